"""The window's erasure (issue 13): the confirmation says what erasure cannot reach, as plain
text; afterwards the window shows what was replaced and what might remain for review (plain
text), offers to re-seal or delete the program's own backups, and finishes a file clean-up
that another program's open connection stopped."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from destination_norberg.core import erasure_reach as reach
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.network.erasure import ErasureResultDialog, place_text
from destination_norberg.gui.network.page import NetworkPage
from destination_norberg.gui.network.tools import GdprDialog
from destination_norberg.store import backup as bk
from destination_norberg.store.network_write import insert_row

LOAD_TIMEOUT_MS = 20_000
NAME = "<b>Greta</b> Zetterqvist"  # a name that would be bold (or worse) if read as HTML


@pytest.fixture
def greta(demo_engine) -> dict:
    person = insert_row(demo_engine, "person", {"name": NAME, "email": "greta@zz.example"})
    insert_row(demo_engine, "organisation", {
        "name": "Ateljé Ugglan", "notes": f"{NAME}s förslag; fråga Zetterqvist igen"})
    demo_engine.dispose()
    return person


@pytest.fixture
def page(qtbot, greta, demo_url, demo_engine, fixed_now, monkeypatch):
    i18n.install(QApplication.instance(), "en")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    runner = TaskRunner()
    page = NetworkPage(PlanningStore(demo_url, lambda: demo_engine), runner, QUndoStack(),
                       lambda: fixed_now)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    yield page
    runner.shutdown()


class Asked(list):
    """The question boxes shown, each answered `answer`."""

    answer = QMessageBox.StandardButton.Yes


@pytest.fixture
def asked(monkeypatch) -> Asked:
    boxes = Asked()

    def exec_(box: QMessageBox) -> int:
        boxes.append(box)
        return boxes.answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return boxes


def gdpr_dialog(page, qtbot, uid: str) -> GdprDialog:
    dialog = GdprDialog(page)
    qtbot.addWidget(dialog)
    row = next(i for i in range(dialog.people.count())
               if dialog.people.item(i).data(Qt.ItemDataRole.UserRole) == uid)
    dialog.people.setCurrentRow(row)
    return dialog


def erase(dialog: GdprDialog, qtbot, page) -> ErasureResultDialog:
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert dialog.erase_person()
    result = dialog.result_dialog
    assert isinstance(result, ErasureResultDialog)
    qtbot.addWidget(result)
    return result


def test_the_confirmation_says_what_erasure_cannot_reach(page, qtbot, greta,
                                                         asked: Asked) -> None:
    asked.answer = QMessageBox.StandardButton.No
    dialog = gdpr_dialog(page, qtbot, greta["uid"])
    assert not dialog.erase_person()
    box = asked[0]
    assert box.textFormat() == Qt.TextFormat.PlainText
    text = box.text()
    assert text.startswith(f"Erase {NAME} · greta@zz.example") and " for good? " in text
    assert "Erasure cannot reach:\n• backups kept outside the program's backup folder (" in text
    assert ("• copies sent by e-mail\n• the e-mails sent to them (in their mailbox and the mail "
            "server's log)\n• partner files and exports already sent") in text
    assert "write-ahead log" not in text  # SQLite: no server
    assert "`" not in text and "--" not in text  # no command for a coordinator to type
    assert dialog.result_dialog is None
    assert dialog.people.count() == len(page.snapshot.persons)  # nobody erased


def test_after_erasing_it_shows_what_was_replaced_and_what_to_review(
        page, qtbot, greta, asked) -> None:
    dialog = gdpr_dialog(page, qtbot, greta["uid"])
    result = erase(dialog, qtbot, page)
    assert result.summary.text() == ("Erased. 1 texts had their name, e-mail or phone "
                                     "replaced by [raderad]; 0 contacts stay with their "
                                     "organisation without them.")
    assert result.review_label.text() == ("Might still name them, left as it is for you to "
                                          "review (1 places):")
    assert result.review.isReadOnly()
    assert "organisation.notes id " in result.review.toPlainText()
    assert ": Zetterqvist" in result.review.toPlainText()
    assert "copies sent by e-mail" in result.reach.text()
    for label in (result.summary, result.review_label, result.reach, result.backups,
                  result.cleanup):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert result.backups.text() == "The program keeps no backups that could still hold them."
    assert result.reseal_button.isHidden() and result.purge_button.isHidden()
    assert result.finish_button.isHidden() and result.cleanup.isHidden()
    result.close()  # the Close button's way out
    assert not result.isVisible()


@pytest.mark.parametrize("purge", [False, True])
def test_the_programs_backups_are_resealed_or_deleted(page, qtbot, greta, asked, demo_engine,
                                                      purge: bool) -> None:
    auto = bk.backup_before_migration(demo_engine, "0004_gdpr_log")
    demo_engine.dispose()
    before = auto.read_bytes()
    dialog = gdpr_dialog(page, qtbot, greta["uid"])
    result = erase(dialog, qtbot, page)
    assert result.backups.text().startswith("1 backups kept by the program may still hold")
    assert result.reseal_button.isVisibleTo(result) and result.purge_button.isVisibleTo(result)
    assert result.clean_backups(purge=purge)
    if purge:
        assert asked[-1].text().startswith("Delete each of the program's backups")
        assert result.backups.text() == ("Deleted 1 backups that held erased people; 0 held "
                                         "none and were kept.")
        assert not auto.exists()
    else:
        assert result.backups.text() == ("Re-sealed 1 backups without the erased people; 0 "
                                         "held none and were left as they were.")
        assert auto.read_bytes() != before
        bk.verify_backup(auto)
    assert not result.reseal_button.isEnabled() and not result.purge_button.isEnabled()


def test_deleting_the_backups_is_asked_first(page, qtbot, greta, asked: Asked,
                                             demo_engine) -> None:
    auto = bk.backup_before_migration(demo_engine, "0004_gdpr_log")
    demo_engine.dispose()
    result = erase(gdpr_dialog(page, qtbot, greta["uid"]), qtbot, page)
    asked.answer = QMessageBox.StandardButton.No
    assert not result.clean_backups(purge=True)
    assert auto.exists() and result.purge_button.isEnabled()


def test_a_clean_up_stopped_by_another_program_is_finished_from_the_window(
        page, qtbot, greta, asked, demo_engine) -> None:
    reader = sqlite3.connect(demo_engine.url.database)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM person").fetchall()
    try:
        result = erase(gdpr_dialog(page, qtbot, greta["uid"]), qtbot, page)
        assert not result.erasure.file_cleaned
        assert result.cleanup.text().startswith("Another program has the database open")
        assert result.finish_button.isVisibleTo(result)
    finally:
        reader.close()
    assert result.finish_clean_up()
    assert result.cleanup.text() == "The clean-up of the database file is now done."
    assert result.finish_button.isHidden()


def test_every_place_out_of_reach_is_worded_for_the_window_and_translated(qtbot) -> None:
    places = reach.out_of_reach("postgresql")
    assert set(places) == set(reach.ENGLISH)
    app = QApplication.instance()
    try:
        i18n.install(app, "en")
        english = {p: place_text(p, "/b") for p in places}
        i18n.install(app, "sv")
        swedish = {p: place_text(p, "/b") for p in places}
    finally:
        i18n.install(app, "en")
    for place in places:
        assert "`" not in english[place] and "--" not in english[place]
        assert swedish[place] != english[place], place
    assert swedish[reach.EMAIL_COPIES] == "kopior som skickats med e-post"
    assert "/b" in swedish[reach.BACKUPS_ELSEWHERE]
