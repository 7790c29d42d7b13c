"""The program's log: one rotating file in the per-user log folder, for support.

What it holds: each start (version, Python, system, the command) and the database in use
with its password masked; imports and exports with their counts (`logged`, the one helper
the use cases are decorated with); warnings; errors with their tracebacks. Python's
faulthandler writes a hard crash (a segfault in Qt, say) to `crash.log` beside it. The
window adds Qt's own warnings and the dialog for an uncaught error (gui.common.crash).

The folder is the owner's alone (0700) and so are the files (0600), as every other file the
program writes that may hold personal data. A log that cannot be written (a read-only home
folder) is no reason to stop: the program runs on without one.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import logging.handlers
import os
import re
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from io import TextIOWrapper
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from destination_norberg import APP_ID, version

__all__ = ["CRASH_FILE", "LOGGER", "LOG_FILE", "counts_of", "flush", "log_database",
           "log_dir", "log_error", "log_path", "log_start", "logged", "mask_url",
           "start_logging", "stop_logging"]

LOG_FILE = f"{APP_ID}.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOGGER = "destination_norberg"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

#: user:password@ in any URL of a message or a traceback: the password becomes ***.
_PASSWORD_IN_URL = re.compile(r"(?P<head>[a-zA-Z][\w+.-]*://[^/\s:@]*:)[^@\s/]+(?=@)")

P = ParamSpec("P")
R = TypeVar("R")

_state: dict[str, Any] = {"handler": None, "fault_file": None}


def log_dir() -> Path:
    """The per-user log folder (paths.user_log_dir)."""
    from destination_norberg.paths import user_log_dir

    return user_log_dir()


def log_path() -> Path:
    """The log file support asks for (older ones beside it end in .1 … .5)."""
    return log_dir() / LOG_FILE


def mask_url(text: str) -> str:
    """`text` with the password of every `scheme://user:password@` in it shown as ***."""
    return _PASSWORD_IN_URL.sub(r"\g<head>***", text)


class _MaskingFormatter(logging.Formatter):
    """Masks a password in a message or a traceback (an error may quote a database URL)."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_url(super().format(record))


class _OwnerOnlyFileHandler(logging.handlers.RotatingFileHandler):
    """Every file it opens, the rotated ones' successors included, is made 0600."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        _owner_only(Path(self.baseFilename), 0o600)
        return open(fd, "a", encoding=self.encoding or "utf-8")


def _owner_only(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):  # a file system without modes (FAT, a share)
        os.chmod(path, mode)


def start_logging() -> Path | None:
    """Log to the per-user log file from now on; the file's path, or None when it cannot be
    written. Called again (another database, a test's own folder), it moves to the folder
    that is current then and otherwise changes nothing."""
    path = log_path()
    old = _state["handler"]
    if old is not None and Path(old.baseFilename) == path:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _owner_only(path.parent, 0o700)
        handler = _OwnerOnlyFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                        encoding="utf-8", delay=False)
    except OSError:
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(_MaskingFormatter(_FORMAT))
    root = logging.getLogger()
    if old is not None:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    _state["handler"] = handler
    logging.getLogger(LOGGER).setLevel(logging.INFO)  # ours at INFO, libraries at WARNING
    logging.captureWarnings(True)
    _start_faulthandler(path.parent / CRASH_FILE)
    _log_thread_errors()
    return path


def _start_faulthandler(path: Path) -> None:
    """A hard crash's Python stacks into crash.log; left alone when a developer (or pytest)
    has faulthandler on already, so their stacks stay on the terminal."""
    import faulthandler

    if faulthandler.is_enabled() and _state["fault_file"] is None:
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        file = open(fd, "a", encoding="utf-8")  # noqa: SIM115 - open while the program runs
    except OSError:
        return
    _owner_only(path, 0o600)
    faulthandler.enable(file=file, all_threads=True)
    if _state["fault_file"] is not None:
        _state["fault_file"].close()
    _state["fault_file"] = file


def _log_thread_errors() -> None:
    """An error that ends a plain thread goes to the log too (then to the hook before)."""
    import threading

    if getattr(threading.excepthook, "_dn_logs", False):
        return
    before = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit and args.exc_value is not None:
            logging.getLogger(LOGGER).error(
                "uncaught error in thread %s", getattr(args.thread, "name", "?"),
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        before(args)

    hook._dn_logs = True  # type: ignore[attr-defined]
    threading.excepthook = hook


def log_start(url: str, what: str) -> None:
    """The start line (version, Python, system, what was asked for) and the database."""
    import platform

    log = logging.getLogger(LOGGER)
    log.info("Destination Norberg %s started: %s (Python %s, %s)", version(), what,
             platform.python_version(), platform.platform())
    log_database(url)


def log_database(url: str, why: str = "database") -> None:
    """The database in use, its password masked."""
    logging.getLogger(LOGGER).info("%s: %s", why, mask_url(url))


def counts_of(result: object) -> str:
    """A use case's result in words for the log: its counts, never its content."""
    if isinstance(result, bool) or result is None:
        return "done"
    if isinstance(result, int):
        return f"{result} rows"
    if isinstance(result, dict):
        return ", ".join(f"{key} {value}" for key, value in result.items()
                         if isinstance(value, int)) or "done"
    if isinstance(result, tuple):
        return "; ".join(counts_of(item) for item in result) or "done"
    if isinstance(result, list | set | frozenset):
        return f"{len(result)} items"
    if is_dataclass(result):
        parts = []
        for field in fields(result):
            value = getattr(result, field.name)
            if isinstance(value, int) and not isinstance(value, bool):
                parts.append(f"{field.name} {value}")
            elif isinstance(value, list | tuple | set | frozenset | dict):
                parts.append(f"{field.name} {len(value)}")
        return ", ".join(parts) or "done"
    return "done"


def logged(action: str, describe: Callable[[Any], str] | None = None
           ) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorates an import or export use case: its counts go to the log when it succeeds
    (`describe(result)`, or `counts_of`), its failure (the user's sentence, or the traceback
    of an unexpected error) when not. Put it on the use case that writes, not on the one
    that calls it, so each import or export is logged once."""

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            log = logging.getLogger(LOGGER)
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:
                from destination_norberg.app.errors import AppError

                if isinstance(exc, AppError | OSError) or type(exc).__name__ == "Cancelled":
                    log.warning("%s failed: %s", action, exc)
                else:
                    log.exception("%s failed", action)
                raise
            try:
                said = (describe or counts_of)(result)
            except Exception:  # noqa: BLE001 - a log line never fails a finished import
                said = "done"
            log.info("%s: %s", action, said)
            return result

        return call

    return wrap


def log_error(message: str, exc: BaseException) -> None:
    """An unexpected error with its traceback (the window's crash dialog, the CLI's guard)."""
    logging.getLogger(LOGGER).error(message, exc_info=(type(exc), exc, exc.__traceback__))


def stop_logging() -> None:
    """Stop writing the log file (tests; the program logs until it ends)."""
    handler = _state["handler"]
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
        _state["handler"] = None


def flush() -> None:
    handler = _state["handler"]
    if handler is not None:
        handler.flush()

