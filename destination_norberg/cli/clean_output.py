"""What the command line prints holds no control characters from the data.

A trail note, an organisation or a station name imported with ESC, BEL or NUL in it was
printed raw: ESC sequences move the cursor, rewrite the screen, set the window title or worse
(terminal escape injection). The importers now drop them (core.plain_text), but a database
written before, or by another program, may still hold them; so the command line's own output
streams drop them too. Tabs and line breaks stay; JSON output never holds raw controls anyway
(json.dumps writes them as \\u001b).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from destination_norberg.core.plain_text import strip_controls


class CleanStream:
    """A text stream that writes everything through strip_controls."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(strip_controls(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, encoding, fileno, …
        return getattr(self._inner, name)


@contextmanager
def clean_output() -> Iterator[None]:
    """sys.stdout and sys.stderr without control characters, for the duration."""
    out, err = sys.stdout, sys.stderr
    # None under pythonw (the Windows window launcher): nothing is printed, nothing to wrap.
    if out is not None:
        sys.stdout = CleanStream(out)  # type: ignore[assignment]
    if err is not None:
        sys.stderr = CleanStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
