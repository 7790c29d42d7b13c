"""The one door from the command line into the window: nothing else in cli/ imports gui/.

Everything here imports its gui module (and so Qt) only when called, so the command line
starts without Qt, and a command that needs no window never loads it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any


class DocumentError(Exception):
    """A PDF could not be written (the Qt writer's PdfError, catchable without Qt loaded)."""


def run_gui(db_url: str, language: str | None, today: date | None = None,
            vnc: bool = False, remembered: bool = False) -> int:
    """Open the window on `db_url` (over VNC with `vnc`); returns the exit code when it
    closes, 2 when there is no screen to open it on. `remembered`: no database was named,
    so the last one the window had open may be opened instead."""
    from destination_norberg.gui.app import run_gui as run

    return run(db_url, language, today=today, vnc=vnc, remembered=remembered)


def take_screenshot(view: str, out: Path, size: tuple[int, int], db_url: str,
                    language: str, today: date | None = None) -> None:
    """Render `view` offscreen to the PNG file `out`."""
    from destination_norberg.gui.screenshot import take_screenshot as take

    take(view, out, size, db_url, language, today=today)


def write_bulletin(source: Any, out: Path, day: date, lang: str, now: datetime) -> None:
    """The daily bulletin of `day` as a PDF, read from the RowSource `source`."""
    from destination_norberg.gui.documents.output import PdfError
    from destination_norberg.gui.documents.pdf import write_bulletin as write

    try:
        write(source, out, day, lang, now)
    except PdfError as exc:
        raise DocumentError(str(exc)) from exc


def brochure_writer() -> Callable[..., None] | None:
    """The window's brochure writer, or None when Qt (or the writer) cannot be loaded."""
    try:
        from destination_norberg.gui.documents.pdf import write_brochure
    except ImportError:
        return None
    return write_brochure



def qt_versions() -> dict[str, str]:
    """{"qt": the Qt version, "pyside6": PySide6's} for app.diagnostics; empty when Qt cannot
    be loaded (the facts then say "-")."""
    from destination_norberg.gui.common.versions import qt_versions as versions

    return versions()


def board_report_writer() -> Any:
    """The window's writer of the board's report (gui.documents.board), or None when Qt
    cannot be loaded."""
    try:
        from destination_norberg.gui.documents.board import BoardWriter
    except ImportError:
        return None
    return BoardWriter()


def write_roster(roster: Any, out: Path, lang: str) -> None:
    """A volunteer roster (app.volunteers.Roster) as a PDF; DocumentError when it cannot."""
    from destination_norberg.gui.documents.output import PdfError
    from destination_norberg.gui.documents.roster import write_roster as write

    try:
        write(roster, out, lang)
    except PdfError as exc:
        raise DocumentError(str(exc)) from exc
