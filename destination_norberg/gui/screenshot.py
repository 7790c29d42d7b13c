"""Render a view offscreen to PNG with the current data: `destination-norberg screenshot`."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, time
from pathlib import Path

from destination_norberg.gui.common import areas

# Each area's views (gui.common.areas), then the public status page, which is no area, and
# the Help menu's dialogs over the overview (gui.help_dialogs.HELP_VIEWS).
HELP_VIEWS = ("guide", "shortcuts", "about")
VIEWS = (*areas.views(), "status", "report", *HELP_VIEWS)


def take_screenshot(view: str, out: Path, size: tuple[int, int], db_url: str,
                    language: str, today: date | None = None) -> None:
    """Load synchronously (the picture must show data, not a loading state) and grab.

    With `today`, the season is shown as at 09:00 that day, so a picture can be made again.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler

    from destination_norberg.core.timeutil import clock_on, now_utc

    def quiet(kind: QtMsgType, _context: object, message: str) -> None:
        # The offscreen platform warns about window hints it cannot honour: not news.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)

    from destination_norberg.gui.app import make_app
    from destination_norberg.gui.common import i18n
    from destination_norberg.gui.common import settings as opt
    from destination_norberg.gui.main_window import MainWindow

    app = make_app()
    i18n.install(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        # A throwaway settings file: the user's window size and last page do not leak in.
        settings = opt.Settings(QSettings(str(Path(tmp) / "shot.ini"),
                                          QSettings.Format.IniFormat))
        clock = clock_on(today, time(9, 0)) if today else now_utc
        window = MainWindow(db_url, settings, language=language, clock=clock, seed_demo=False)
        try:
            window.resize(*size)
            if view == "status":  # the public status page, as a phone shows it
                _status_page(window, clock(), out, size)
                return
            if view == "report":  # page 1 of the board's report (PDF), at the size's width
                _report_page(window, clock(), out, size, language)
                return
            spec = areas.area_of_view("overview" if view in HELP_VIEWS else view)
            window.select_area(spec.key)
            page = window.page(spec.key)
            if spec.show_view is not None:
                spec.show_view(page, view)
            window.load_blocking()
            if spec.finish_view is not None:
                spec.finish_view(page, view)
            if view in HELP_VIEWS:
                from destination_norberg.gui.help_dialogs import show_for_screenshot

                show_for_screenshot(window, view)
            if window.fatal_error:
                from destination_norberg.app.errors import DatabaseError

                raise DatabaseError(window.fatal_error)
            window.show()
            app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(out), "PNG"):
                raise OSError(f"could not write {out}")
        finally:
            window.shutdown()
            window.deleteLater()
            app.processEvents()


def _status_page(window: object, now: object, out: Path, size: tuple[int, int]) -> None:
    """Publish the status page into a temporary folder and render its page in the window's
    language (index.html or en.html) in a QTextBrowser (the Qt view without a web engine),
    at phone width."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from destination_norberg.app.database import rows_of
    from destination_norberg.app.publish import write_status

    with tempfile.TemporaryDirectory() as tmp:
        engine = window.ensure_engine()  # type: ignore[attr-defined]
        write_status(rows_of(engine), now, Path(tmp))
        view = QTextBrowser()
        view.resize(min(size[0], 480), size[1])
        page = "en.html" if getattr(window, "language", "sv") == "en" else "index.html"
        view.setSource(QUrl.fromLocalFile(str(Path(tmp) / page)))  # the window's language
        view.show()
        QApplication.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not view.grab().save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
        view.deleteLater()


def _report_page(window: object, now: object, out: Path, size: tuple[int, int],
                 language: str) -> None:
    """Page 1 of the report to the municipal board for the year a report is usually asked
    for (app.board_report.default_year), as the PDF lays it out."""
    from destination_norberg.app.board_report import default_year, read_board_report
    from destination_norberg.app.database import rows_of
    from destination_norberg.core.board_report import year_period
    from destination_norberg.core.timeutil import to_local
    from destination_norberg.gui.documents.board import first_page_image

    engine = window.ensure_engine()  # type: ignore[attr-defined]
    year = default_year(to_local(now).date())  # type: ignore[arg-type]
    report = read_board_report(rows_of(engine), year_period(year), now)  # type: ignore[arg-type]
    out.parent.mkdir(parents=True, exist_ok=True)
    if not first_page_image(report, language, size[0]).save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
