"""Render a view offscreen to PNG with the current data: `destination-norberg screenshot`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

VIEWS = ("overview", "events", "trails", "map", "network", "packages")


def take_screenshot(view: str, out: Path, size: tuple[int, int], db_url: str,
                    language: str) -> None:
    """Load synchronously (the picture must show data, not a loading state) and grab."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from destination_norberg.gui import i18n
    from destination_norberg.gui import settings as opt
    from destination_norberg.gui.app import make_app
    from destination_norberg.gui.main_window import MainWindow

    app = make_app()
    i18n.install(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        # A throwaway settings file: the user's window size and last page do not leak in.
        settings = opt.Settings(QSettings(str(Path(tmp) / "shot.ini"),
                                          QSettings.Format.IniFormat))
        window = MainWindow(db_url, settings, language=language, seed_demo=False)
        try:
            window.resize(*size)
            window.select_area(view)
            window.load_blocking()
            if window.fatal_error:
                from destination_norberg.store.database import DatabaseError

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
