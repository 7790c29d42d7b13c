"""Backup to a chosen file and restore from it, through the Arkiv menu (dialogs patched)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from destination_norberg.app.backup import restore_preview
from destination_norberg.app.database import sqlite_file
from destination_norberg.paths import user_data_dir


def _sql(path: Path, sql: str) -> list[tuple]:
    """One statement on its own connection, closed after (a restore needs the file alone)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _first_event_title(path: Path) -> str:
    return _sql(path, "SELECT name_sv FROM event ORDER BY id LIMIT 1")[0][0]


def test_backup_then_restore_from_the_menu_brings_the_data_back(
        make_window, load, replaced, idle, demo_url, demo_engine, monkeypatch,
        tmp_path: Path) -> None:
    demo_engine.dispose()  # the window is the only program on the file
    window = make_window(demo_url)
    load(window)
    db = sqlite_file(demo_url)
    original = _first_event_title(db)
    out = tmp_path / "saved" / "norberg-backup"  # no suffix: .zip is added
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.archive.backup_action.trigger()
    idle(window)
    zipped = out.with_name("norberg-backup.zip")
    assert zipped.is_file()
    assert str(zipped) in window.statusBar().currentMessage()
    assert restore_preview(demo_url, zipped).backup.row_counts["event"] > 0  # it verifies

    _sql(db, "UPDATE event SET name_sv = 'Changed after the backup' WHERE id = "
             "(SELECT min(id) FROM event)")  # a change after the backup
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(zipped), ""))
    monkeypatch.setattr(QMessageBox, "question", question)
    window.archive.restore_action.trigger()
    new = replaced(window)
    # the question named the file, when it was taken and what it replaces
    assert len(asked) == 1
    assert "norberg-backup.zip" in asked[0] and "demo.sqlite" in asked[0]
    assert "events" in asked[0] and "safety copy" in asked[0]
    assert _first_event_title(db) == original
    assert not window.isVisible() and new.isVisible()
    assert new.db_url == demo_url
    assert new.overview.overview is not None
    # a safety copy of the replaced data, in the program's backups folder, and beside it
    kept = list((user_data_dir() / "backups").glob("demo-*.zip"))
    assert len(kept) == 1
    assert "Changed after the backup" in _titles_in_backup(kept[0], tmp_path)
    assert db.with_name("demo.sqlite.before-restore").is_file()
    assert "Restored norberg-backup.zip" in window.archive.backups.last_message
    assert str(kept[0]) in window.archive.backups.last_message


def _titles_in_backup(zipped: Path, tmp_path: Path) -> list[str]:
    import zipfile

    with zipfile.ZipFile(zipped) as zf:
        zf.extract("database.sqlite", tmp_path / "x")
    return [r[0] for r in _sql(tmp_path / "x" / "database.sqlite", "SELECT name_sv FROM event")]


def test_a_damaged_backup_is_refused_before_anything_changes(
        make_window, load, idle, demo_url, monkeypatch, tmp_path: Path) -> None:
    window = make_window(demo_url)
    load(window)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not a backup")
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError("asked about a file that cannot be restored")))
    window.archive.restore_action.trigger()
    idle(window)
    assert len(warned) == 1
    assert warned[0].startswith("bad.zip cannot be restored:")
    assert warned[0].endswith("Nothing was changed.")
    assert "Traceback" not in warned[0]
    assert window.archive.replacement is None and window.opened


def test_cancelling_the_question_restores_nothing(
        make_window, load, idle, demo_url, monkeypatch, tmp_path: Path) -> None:
    from destination_norberg.app.backup import backup

    window = make_window(demo_url)
    load(window)
    zipped = tmp_path / "b.zip"
    backup(demo_url, zipped)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(zipped), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.archive.restore_action.trigger()
    idle(window)
    assert window.archive.replacement is None
    assert not sqlite_file(demo_url).with_name("demo.sqlite.before-restore").exists()


@pytest.mark.postgres_only
def test_backup_and_restore_on_a_server(make_window, load, replaced, idle, demo_url,
                                        demo_engine, monkeypatch, tmp_path: Path) -> None:
    from sqlalchemy import text

    def first_title() -> str:
        with demo_engine.connect() as conn:
            return conn.execute(text("SELECT name_sv FROM event ORDER BY id LIMIT 1")).scalar()

    original = first_title()
    window = make_window(demo_url)
    load(window)
    zipped = tmp_path / "server.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(zipped), ""))
    window.archive.backup_action.trigger()
    idle(window)
    assert zipped.is_file()
    with demo_engine.begin() as conn:
        conn.execute(text("UPDATE event SET name_sv = 'Changed' WHERE id = "
                          "(SELECT min(id) FROM event)"))
    demo_engine.dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(zipped), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.archive.restore_action.trigger()
    new = replaced(window)
    assert first_title() == original
    assert new.overview.overview.counts["events"] > 0
    assert "Restored server.zip" in window.archive.backups.last_message


def test_a_restore_that_fails_leaves_the_data_and_reopens_the_window(
        make_window, load, replaced, demo_url, demo_engine, monkeypatch,
        tmp_path: Path) -> None:
    from destination_norberg.app.backup import backup

    demo_engine.dispose()
    db = sqlite_file(demo_url)
    zipped = tmp_path / "b.zip"
    backup(demo_url, zipped)
    _sql(db, "UPDATE event SET name_sv = 'Kept' WHERE id = (SELECT min(id) FROM event)")
    window = make_window(demo_url)
    load(window)
    other = sqlite3.connect(db)  # another program has the file open
    other.execute("SELECT count(*) FROM event").fetchall()
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(zipped), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    try:
        window.archive.restore_action.trigger()
        new = replaced(window)
    finally:
        other.close()
    assert len(warned) == 1 and warned[0].startswith("b.zip was not restored: ")
    assert "Traceback" not in warned[0]
    assert _first_event_title(db) == "Kept"
    assert new.db_url == demo_url and new.overview.overview.counts["events"] > 0
