"""The history of mailings in the reader's language: the demo's invitation with its refused
address worded in Swedish (the server's own reply kept as it said it) and in English; the
refusal of a new try worded the same way, in the history and in the send summary; the
"Send the failed again" button shows its whole label."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.network.mail_history import MailHistoryDialog
from destination_norberg.gui.network.page import NetworkPage
from tests.gui.network.mail_window import WAIT_MS, ring, smtp, use_server

__all__ = ["ring", "smtp"]  # fixtures

HANNA = "hanna@hantverksboden.example"  # the demo mailing's refused address
REPLY = "550 5.1.1 User unknown"


@pytest.fixture(params=["sv", "en"])
def page(request, qtbot, demo_url, demo_engine, fixed_now, monkeypatch):
    i18n.install(QApplication.instance(), request.param)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError(a[2])))
    runner = TaskRunner()
    page = NetworkPage(PlanningStore(demo_url, lambda: demo_engine), runner, QUndoStack(),
                       lambda: fixed_now)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()
    page.lang = request.param
    yield page
    for dialog in (getattr(page, "mail_dialog", None),):
        from shiboken6 import Shiboken

        if dialog is not None and Shiboken.isValid(dialog):
            dialog.close()
    runner.shutdown()
    i18n.install(QApplication.instance(), "en")


def open_history(page: NetworkPage, qtbot) -> MailHistoryDialog:
    page.ui.mailButton.menu().actions()[1].trigger()
    history = page.mail_dialog
    assert isinstance(history, MailHistoryDialog)
    qtbot.waitUntil(lambda: history.people.rowCount() == 12, timeout=WAIT_MS)
    return history


def reason_of(history: MailHistoryDialog, address: str) -> tuple[str, str]:
    for row in range(history.people.rowCount()):
        if history.people.item(row, 1).text() == address:
            return history.people.item(row, 2).text(), history.people.item(row, 4).text()
    raise AssertionError(address)


def tip_of(history: MailHistoryDialog, address: str) -> str:
    row = next(r for r in range(history.people.rowCount())
               if history.people.item(r, 1).text() == address)
    return history.people.item(row, 4).toolTip()


WORDED = {"sv": ("misslyckad", "Servern nekade adressen"),
          "en": ("failed", "The server refused the address")}


def test_the_refused_address_is_worded_in_the_readers_language(page, qtbot) -> None:
    history = open_history(page, qtbot)
    status, reason = reason_of(history, HANNA)
    assert (status, reason) == (WORDED[page.lang][0], f"{WORDED[page.lang][1]} {HANNA}: {REPLY}")
    assert tip_of(history, HANNA) == reason  # the whole reason, also where the cell is narrow
    assert [history.list.item(0, c).text() for c in (4, 5, 6)] == ["11", "1", "0"]


def test_a_new_refusal_is_worded_in_the_history_and_the_summary(
        page, qtbot, smtp, ring, demo_url) -> None:
    handler, port = smtp
    use_server(demo_url, port)
    handler.refuse = {HANNA}
    history = open_history(page, qtbot)
    assert history.retry.isEnabled()
    history.retry.click()
    qtbot.waitUntil(lambda: history.sender.result is not None, timeout=WAIT_MS)
    summary = history.sender.summary
    [line] = [summary.failed.item(r).text() for r in range(summary.failed.count())]
    assert line == (f"Hanna Eriksson <{HANNA}>: {WORDED[page.lang][1]} {HANNA}: "
                    "550 5.1.1 No such user here")
    summary.close()
    qtbot.waitUntil(lambda: reason_of(history, HANNA)[1].endswith("No such user here"),
                    timeout=WAIT_MS)
    assert reason_of(history, HANNA) == (
        WORDED[page.lang][0], f"{WORDED[page.lang][1]} {HANNA}: 550 5.1.1 No such user here")
    assert handler.received == []


@pytest.mark.parametrize("size", [(1280, 720), (1400, 900)])
def test_send_the_failed_again_shows_its_whole_label(page, qtbot, size) -> None:
    from destination_norberg.gui.network.mail_shots import framed

    window = page.window()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    history = open_history(page, qtbot)
    framed(window, history)
    qtbot.waitUntil(lambda: history.retry.isVisible(), timeout=WAIT_MS)
    button = history.retry
    assert button.text() == {"sv": "Skicka om misslyckade",
                             "en": "Send the failed again"}[page.lang]
    metrics = button.fontMetrics()
    room = button.contentsRect().width() - metrics.horizontalAdvance(button.text())
    assert room >= 2 * metrics.height() - 2  # a margin of a line's height on each side
    assert button.geometry().right() < history.width()
