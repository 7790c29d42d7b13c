"""The one error a use case raises for a problem the user can fix, and the store's errors
the front ends tell apart.

AppError's message is worded for the user (the command line prints it as one line, the
window shows it); use cases raise it instead of leaking a store or file-format error that
needs context.

The window and the command line never import store/ (the "through app" contract in
pyproject.toml), yet they must tell a database fault, a conflict with another coordinator
and a removed row apart to word them. So the store's error types are re-exported here. They
are loaded on first use (PEP 562 `__getattr__`), not at import: store.database pulls in
SQLAlchemy, and the window and the command line start without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from destination_norberg.store.database import DatabaseError as DatabaseError
    from destination_norberg.store.database import Fault as Fault
    from destination_norberg.store.database import fault_of as fault_of
    from destination_norberg.store.versioned import ConflictError as ConflictError
    from destination_norberg.store.versioned import NotFoundError as NotFoundError

__all__ = ["AppError", "ConflictError", "DatabaseError", "Fault", "NotFoundError", "fault_of"]


class AppError(Exception):
    """A problem worded for the user: a missing file, an unknown name, a bad choice.

    `key` and `params` name the sentence where the window words it in the user's language
    (e.g. gui.snow.fetch_texts for SMHI online); the message is its English wording, which
    the command line prints."""

    def __init__(self, message: str = "", key: str = "", **params: Any) -> None:
        super().__init__(message)
        self.key, self.params = key, params


def __getattr__(name: str) -> Any:
    """The store's error types, imported when first asked for (see the module's docstring)."""
    if name in ("DatabaseError", "Fault", "fault_of"):
        from destination_norberg.store import database

        return getattr(database, name)
    if name in ("ConflictError", "NotFoundError"):
        from destination_norberg.store import versioned

        return getattr(versioned, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
