"""The status bar names the database; a server's password is never shown nor stored."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.both_engines


def test_the_status_bar_names_the_database_without_its_password(
        make_window, load, demo_url: str, demo_engine, settings_path: Path) -> None:
    window = make_window(demo_url)
    load(window)
    shown = window.db_label.text() + "\n" + window.db_label.toolTip()
    password = demo_engine.url.password
    if demo_engine.dialect.name == "sqlite":
        assert window.db_label.text() == f"Database: {Path(demo_engine.url.database).name}"
    else:
        assert password and password not in shown
        assert window.db_label.text() == \
            f"Database: {demo_engine.url.render_as_string(hide_password=True)}"
    window.close()  # the window saves its settings as it closes
    window.settings.sync()
    stored = settings_path.read_bytes().decode("utf-8", "replace")
    assert "geometry" in stored  # the settings were written: the check below looks at them
    if password:  # the recent databases name the server without it (gui.archive.options)
        assert demo_url not in stored
        assert password not in stored
