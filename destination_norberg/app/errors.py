"""The one error a use case raises for a problem the user can fix.

Its message is worded for the user (the command line prints it as one line, the window shows
it); use cases raise it instead of leaking a store or file-format error that needs context.
"""

from __future__ import annotations


class AppError(Exception):
    """A problem worded for the user: a missing file, an unknown name, a bad choice."""
