"""The automatic backup on a schedule, and publishing the status page, in the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from destination_norberg.app.backup import Scheduled, last_scheduled_backup
from destination_norberg.gui.archive import options
from destination_norberg.gui.archive.schedule_dialog import ScheduleDialog


def _old_backups(folder: Path, n: int) -> list[Path]:
    """n backups of demo.sqlite from the last days (names are what retention reads)."""
    made = []
    for day in range(1, n + 1):
        stamp = (datetime.now(UTC) - timedelta(days=day)).strftime("%Y%m%dT%H%M%SZ")
        path = folder / f"demo-0007_year_in_window-{stamp}.zip"
        path.write_bytes(b"old")
        made.append(path)
    return made


def test_a_due_backup_runs_at_start_up_and_keeps_the_newest_n(
        make_window, load, idle, demo_url, settings, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old = _old_backups(folder, 5)
    other = folder / "other-0007_year_in_window-20200101T000000Z.zip"  # another database's
    other.write_bytes(b"not ours")
    settings.set(options.SCHEDULE_FOLDER, str(folder))
    settings.set(options.SCHEDULE_HOURS, options.DAILY)
    settings.set(options.SCHEDULE_KEEP, 3)
    window = make_window(demo_url)
    load(window)
    idle(window)
    ours = sorted(p.name for p in folder.glob("demo-*.zip"))
    assert len(ours) == 3
    assert old[0].name in ours and old[1].name in ours  # the newest two old ones stay
    new = [p for p in folder.glob("demo-*.zip") if p not in old]
    assert len(new) == 1 and new[0].stat().st_size > 1000
    assert other.exists()
    label = window.archive.scheduler.label
    assert not label.isHidden() and label.text().startswith("Last backup: ")
    assert label.toolTip() == str(folder)
    assert window.archive.scheduler.last == last_scheduled_backup(demo_url, folder)
    # not due again while the window stays open
    window.archive.scheduler.check()
    idle(window)
    assert len(list(folder.glob("demo-*.zip"))) == 3
    assert window.archive.scheduler.timer.isActive()


def test_no_backup_while_the_last_one_is_recent(make_window, load, idle, demo_url,
                                                settings, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    stamp = (datetime.now(UTC) - timedelta(hours=3)).strftime("%Y%m%dT%H%M%SZ")
    (folder / f"demo-0007_year_in_window-{stamp}.zip").write_bytes(b"x")
    settings.set(options.SCHEDULE_FOLDER, str(folder))
    settings.set(options.SCHEDULE_HOURS, 6)
    window = make_window(demo_url)
    load(window)
    idle(window)
    assert len(list(folder.iterdir())) == 1


def test_a_missing_folder_is_said_in_the_status_bar(make_window, load, idle, demo_url,
                                                   settings, tmp_path: Path) -> None:
    settings.set(options.SCHEDULE_FOLDER, str(tmp_path / "unplugged"))
    settings.set(options.SCHEDULE_HOURS, options.WEEKLY)
    window = make_window(demo_url)
    load(window)
    idle(window)
    label = window.archive.scheduler.label
    assert label.text() == "Backup failed"
    assert "unplugged" in label.toolTip() and "Traceback" not in label.toolTip()


def test_the_schedule_dialog_saves_and_a_backup_follows(
        make_window, load, idle, demo_url, monkeypatch, tmp_path: Path) -> None:
    window = make_window(demo_url)
    load(window)
    assert window.archive.scheduler.label.isHidden()  # off by default
    folder = tmp_path / "nightly"
    folder.mkdir()

    def exec_(dialog: ScheduleDialog) -> int:
        assert not dialog.enabled.isChecked()
        dialog.enabled.setChecked(True)
        dialog.accept()
        assert "Choose the folder" in dialog.ui.problem.text()  # OK refused until then
        dialog.folder.setText(str(folder))
        dialog.weekly.setChecked(True)
        dialog.keep.setValue(5)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ScheduleDialog, "exec", exec_)
    window.archive.schedule_action.trigger()
    idle(window)
    settings = window.settings
    assert settings.get(options.SCHEDULE_HOURS) == options.WEEKLY
    assert settings.get(options.SCHEDULE_KEEP) == 5
    assert len(list(folder.glob("demo-*.zip"))) == 1
    assert not window.archive.scheduler.label.isHidden()


def test_run_scheduled_backup_every_n_hours(demo_url, tmp_path: Path) -> None:
    from destination_norberg.app.backup import run_scheduled_backup

    schedule = Scheduled(tmp_path, 4, 2)
    t0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    first = run_scheduled_backup(demo_url, schedule, t0)
    assert first.made is not None and first.last == t0
    assert run_scheduled_backup(demo_url, schedule, t0 + timedelta(hours=3)).made is None
    assert run_scheduled_backup(demo_url, schedule, t0 + timedelta(hours=4)).made
    third = run_scheduled_backup(demo_url, schedule, t0 + timedelta(hours=8))
    assert third.removed == [first.made] and len(list(tmp_path.glob("*.zip"))) == 2


def _published_box(window) -> QMessageBox:
    box = window.archive.publisher.message
    assert box is not None
    return box


def test_publishing_asks_the_folder_once_then_remembers_it(
        make_window, load, idle, demo_url, monkeypatch, tmp_path: Path, qtbot) -> None:
    folder = tmp_path / "web"
    folder.mkdir()
    asked: list[str] = []

    def ask(*_a, **_k) -> str:
        asked.append("folder")
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", ask)
    window = make_window(demo_url)
    load(window)
    window.archive.publish_action.trigger()
    idle(window)
    assert (folder / "index.html").is_file()
    assert asked == ["folder"]
    assert window.settings.get(options.PUBLISH_FOLDER) == str(folder)
    box = _published_box(window)
    assert str(folder) in box.text()
    # the open event feed went with it, and the message names its files
    for name in ("events.ics", "events-en.ics", "events.jsonld", "events-en.jsonld"):
        assert (folder / name).is_file() and name in box.informativeText()
    opened: list[str] = []
    monkeypatch.setattr("destination_norberg.gui.archive.publish.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    open_button = next(b for b in box.buttons() if b.text() == "&Open the folder")
    open_button.click()
    assert opened == [str(folder)]
    # the second time from the trails area: no question, the same folder
    (folder / "index.html").unlink()
    area = window.open_area("trails", read=False)
    area.publish_button.click()
    idle(window)
    assert (folder / "index.html").is_file() and asked == ["folder"]
    # and from the packages area, the same action
    (folder / "index.html").unlink()
    packages = window.open_area("packages", read=False)
    packages.ui.publishButton.click()
    idle(window)
    assert (folder / "index.html").is_file() and asked == ["folder"]


def test_a_failed_publish_is_one_sentence(make_window, load, idle, demo_url, monkeypatch,
                                          tmp_path: Path) -> None:
    window = make_window(demo_url)
    load(window)
    folder = tmp_path / "web"
    folder.mkdir()
    window.settings.set(options.PUBLISH_FOLDER, str(folder))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))

    def fail(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("destination_norberg.exchange.status_page.write_status_page", fail)
    window.archive.publish_action.trigger()
    idle(window)
    assert len(warned) == 1
    assert warned[0].startswith("The status page was not published: ")
    assert str(folder) in warned[0] and "the folder may not be written to" in warned[0]
    assert "\n" not in warned[0] and "--" not in warned[0]
