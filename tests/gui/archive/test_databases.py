"""New database, open another, the recent list and leaving the demo, from the Arkiv menu."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from destination_norberg.app.database import sqlite_file
from destination_norberg.gui.archive import options
from destination_norberg.gui.archive.databases import Databases
from destination_norberg.gui.archive.open_dialog import OpenDatabaseDialog


def _open_file_dialog(monkeypatch, path: Path) -> None:
    def exec_(dialog: OpenDatabaseDialog) -> int:
        dialog.file.setText(str(path))
        dialog.file_choice.setChecked(True)
        dialog.accept()
        assert dialog.result() == OpenDatabaseDialog.DialogCode.Accepted, \
            dialog.ui.problem.text()
        return OpenDatabaseDialog.DialogCode.Accepted

    monkeypatch.setattr(OpenDatabaseDialog, "exec", exec_)


def test_open_another_database_shows_its_data(make_window, load, replaced, blank_url,
                                              demo_url, monkeypatch) -> None:
    from destination_norberg.app.database import open_database

    open_database(blank_url).dispose()  # an empty database with the schema
    window = make_window(blank_url, seed_demo=False)
    load(window)
    assert window.overview.overview.counts.get("events", 0) == 0
    assert window.windowTitle() == f"{sqlite_file(blank_url).name} — Destination Norberg"
    _open_file_dialog(monkeypatch, sqlite_file(demo_url))
    window.archive.open_action.trigger()
    new = replaced(window)
    assert new.db_url == demo_url
    assert new.overview.overview.counts["events"] > 0  # the other database's data
    assert new.windowTitle() == "demo.sqlite (demo) — Destination Norberg"
    assert new.archive.leave_demo_action.isVisible()
    assert not window.isVisible()
    # both are in the recent list, newest first; the open one is not offered again
    urls = [r.url for r in options.recent(new.settings)]
    assert urls[:2] == [demo_url, blank_url]
    texts = [a.text() for a in new.archive.recent_menu.actions()]
    assert texts[0] == sqlite_file(blank_url).name
    assert all("demo.sqlite" not in t for t in texts)


def test_the_open_dialog_refuses_a_missing_file_and_a_bad_address(qtbot, tmp_path) -> None:
    dialog = OpenDatabaseDialog(None)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(tmp_path / "nope.sqlite"))
    dialog.accept()
    assert not dialog.ui.problem.isHidden() and "nope.sqlite" in dialog.ui.problem.text()
    dialog.server_choice.setChecked(True)
    dialog.address.setText("http://example")
    dialog.accept()
    assert "postgresql://" in dialog.ui.problem.text()
    dialog.address.setText("postgresql://coordinator@db.example/norberg")
    dialog.password.setText("s3cret")
    dialog.accept()
    assert dialog.ui.problem.isHidden()
    assert dialog.chosen() == ("postgresql+psycopg://coordinator@db.example/norberg",
                               "s3cret")


def test_an_address_with_a_password_is_shown_without_it(qtbot) -> None:
    dialog = OpenDatabaseDialog(None, "postgresql+psycopg://coordinator:s3cret@db/norberg")
    qtbot.addWidget(dialog)
    assert dialog.server_choice.isChecked()
    assert dialog.address.text() == "postgresql+psycopg://coordinator@db/norberg"
    assert dialog.password.text() == ""


@pytest.mark.postgres_only
def test_open_a_server_with_the_password_asked(make_window, load, replaced, demo_url,
                                               monkeypatch, settings_path: Path) -> None:
    from sqlalchemy.engine import make_url

    from destination_norberg.app.database import without_password

    url = make_url(demo_url)
    window = make_window(f"sqlite:///{settings_path.with_name('here.sqlite')}",
                         seed_demo=False)
    load(window)

    def exec_(dialog: OpenDatabaseDialog) -> int:
        dialog.server_choice.setChecked(True)
        dialog.address.setText(without_password(demo_url))
        dialog.password.setText(url.password or "")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OpenDatabaseDialog, "exec", exec_)
    window.archive.open_action.trigger()
    new = replaced(window)
    assert new.overview.overview.counts["events"] > 0
    assert url.password and url.password not in new.windowTitle()
    new.close()
    new.settings.sync()
    stored = settings_path.read_text()
    assert without_password(demo_url) in stored and url.password not in stored


def test_a_server_password_is_kept_in_memory_only(make_window, load, demo_url, monkeypatch,
                                                  settings_path: Path) -> None:
    from destination_norberg.gui.archive import databases

    window = make_window(demo_url)
    load(window)
    tried: list[str] = []
    monkeypatch.setattr(Databases, "open_url", lambda self, url, *a, **k: tried.append(url))
    monkeypatch.setattr(databases, "_PASSWORDS", {})
    window.archive.databases.open_with_password(
        "postgresql+psycopg://coordinator@db.example/norberg", "s3cret")
    assert tried == ["postgresql+psycopg://coordinator:s3cret@db.example/norberg"]
    options.remember(window.settings, "postgresql+psycopg://coordinator@db.example/norberg",
                     False)
    window.archive.databases.open_recent("postgresql+psycopg://coordinator@db.example/norberg")
    assert tried[-1] == "postgresql+psycopg://coordinator:s3cret@db.example/norberg"
    window.settings.sync()
    assert "s3cret" not in settings_path.read_text()
    window.archive.databases.fill_recent()
    assert all("s3cret" not in a.text() + a.toolTip()
               for a in window.archive.recent_menu.actions())


def test_new_database_is_empty_and_the_window_switches_to_it(
        make_window, load, replaced, demo_url, monkeypatch, tmp_path: Path) -> None:
    window = make_window(demo_url)
    load(window)
    target = tmp_path / "real" / "norberg-2027"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.archive.new_action.trigger()
    new = replaced(window)
    made = target.with_suffix(".sqlite")
    assert made.is_file()
    assert sqlite_file(new.db_url) == made
    assert not any(n for k, n in new.overview.overview.counts.items())  # empty, no demo
    assert new.windowTitle() == "norberg-2027.sqlite — Destination Norberg"
    assert not new.archive.leave_demo_action.isVisible()
    assert new.settings.get(options.LAST_DATABASE) == new.db_url  # opened at next start


def test_new_database_never_replaces_a_file(make_window, load, demo_url, monkeypatch,
                                            tmp_path: Path) -> None:
    window = make_window(demo_url)
    load(window)
    taken = tmp_path / "taken.sqlite"
    taken.write_text("mine")
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(taken), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window.archive.new_action.trigger()
    assert len(warned) == 1 and "already exists" in warned[0]
    assert taken.read_text() == "mine" and window.archive.replacement is None


def test_the_recent_list_shows_a_missing_file_disabled(make_window, load, demo_url,
                                                       tmp_path: Path) -> None:
    gone = tmp_path / "gone.sqlite"
    window = make_window(demo_url)
    options.remember(window.settings, f"sqlite:///{gone}", False)
    load(window)
    actions = {a.text(): a for a in window.archive.recent_menu.actions() if a.text()}
    assert "gone.sqlite (missing)" in actions
    assert not actions["gone.sqlite (missing)"].isEnabled()
    actions["Clear the list"].trigger()
    texts = [a.text() for a in window.archive.recent_menu.actions()]
    assert texts == ["(none yet)"]


def test_the_recent_list_holds_at_most_eight(settings) -> None:
    for n in range(12):
        options.remember(settings, f"sqlite:////tmp/db{n}.sqlite", False)
    urls = [r.url for r in options.recent(settings)]
    assert len(urls) == options.RECENT_MAX == 8
    assert urls[0] == "sqlite:////tmp/db11.sqlite"


@pytest.mark.parametrize("choice", ["back", "new"])
def test_leaving_the_demo_goes_back_to_the_last_real_database_or_a_new_one(
        make_window, load, replaced, demo_url, monkeypatch, tmp_path: Path,
        choice: str) -> None:
    from destination_norberg.app.database import open_database

    real = tmp_path / "real.sqlite"
    open_database(f"sqlite:///{real}").dispose()
    window = make_window(demo_url)
    options.remember(window.settings, f"sqlite:///{real}", False)
    load(window)
    assert window.is_demo and window.archive.leave_demo_action.isVisible()
    monkeypatch.setattr(Databases, "choose_leave", lambda self, last: choice)
    fresh = tmp_path / "fresh.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    window.archive.leave_demo_action.trigger()
    new = replaced(window)
    assert sqlite_file(new.db_url) == (real if choice == "back" else fresh)
    assert not new.is_demo and not new.archive.leave_demo_action.isVisible()


def test_leaving_the_demo_without_a_real_database_starts_a_new_one(
        make_window, load, replaced, demo_url, monkeypatch, tmp_path: Path) -> None:
    window = make_window(demo_url)
    load(window)
    monkeypatch.setattr(Databases, "choose_leave", lambda self, last: pytest.fail("asked"))
    fresh = tmp_path / "mine.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    window.archive.leave_demo_action.trigger()
    assert sqlite_file(replaced(window).db_url) == fresh


def test_the_window_starts_on_the_last_real_database(settings, tmp_path: Path) -> None:
    from destination_norberg.app.database import open_database

    real = tmp_path / "real.sqlite"
    assert options.startup_url(settings) is None
    settings.set(options.LAST_DATABASE, f"sqlite:///{real}")
    assert options.startup_url(settings) is None  # not there (yet): the default opens
    open_database(f"sqlite:///{real}").dispose()
    assert options.startup_url(settings) == f"sqlite:///{real}"
    shutil.move(real, tmp_path / "moved.sqlite")
    assert options.startup_url(settings) is None
