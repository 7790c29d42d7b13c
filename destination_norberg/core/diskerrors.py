"""An operating-system error while writing a file, in one line the user can act on.

"[Errno 28] No space left on device" with a traceback tells a coordinator nothing they can
do; "the disk is full: kontakter.xlsx was not written" does. WriteError stays an OSError, so
callers that already catch OSError (the window's error box, the command line's last guard)
keep working and now show the sentence.
"""

from __future__ import annotations

import errno
from pathlib import Path

from destination_norberg.core.said import said

_WHY = {
    errno.ENOSPC: said("file.why.full", "the disk is full"),
    errno.EDQUOT: said("file.why.quota", "the disk quota is used up"),
    errno.EROFS: said("file.why.read_only", "the folder is on a read-only disk"),
    errno.EACCES: said("file.why.no_access", "the folder may not be written to"),
    errno.EPERM: said("file.why.no_access", "the folder may not be written to"),
    errno.ENOENT: said("file.why.no_folder", "the folder does not exist"),
    errno.EFBIG: said("file.why.too_large", "the file would be larger than the disk allows"),
}


def why_not_written(exc: OSError) -> str:
    """Why `exc` kept a file from being written, in a few words (a Said where we know it)."""
    return _WHY.get(exc.errno or 0) or (exc.strerror or str(exc) or type(exc).__name__)


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
    return WriteError(exc.errno, said("file.not_written", "{why}: {name} was not written "
                                      "(nothing was left behind)", why=why_not_written(exc),
                                      name=name))
