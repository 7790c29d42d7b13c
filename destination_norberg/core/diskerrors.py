"""An operating-system error while writing a file, in one line the user can act on.

"[Errno 28] No space left on device" with a traceback tells a coordinator nothing they can
do; "the disk is full: kontakter.xlsx was not written" does. WriteError stays an OSError, so
callers that already catch OSError (the window's error box, the command line's last guard)
keep working and now show the sentence.
"""

from __future__ import annotations

import errno
from pathlib import Path

_WHY = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the folder is on a read-only disk",
    errno.EACCES: "the folder may not be written to",
    errno.EPERM: "the folder may not be written to",
    errno.ENOENT: "the folder does not exist",
    errno.EFBIG: "the file would be larger than the disk allows",
}


class WriteError(OSError):
    """A file could not be written; str() is the one line to show. Nothing was left behind
    (the writer removed its temporary file)."""

    def __init__(self, code: int | None, message: str) -> None:
        super().__init__(code, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def write_error(exc: OSError, target: str | Path) -> WriteError:
    """The WriteError for `exc` raised while writing `target`."""
    if isinstance(exc, WriteError):
        return exc
    name = Path(target).name or str(target)
    why = _WHY.get(exc.errno or 0) or (exc.strerror or str(exc) or type(exc).__name__)
    return WriteError(exc.errno, f"{why}: {name} was not written (nothing was left behind)")
