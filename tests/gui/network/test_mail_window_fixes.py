"""The review's fixes on the window side of e-mail, end to end against an SMTP server on
loopback: one sending at a time ("Try again" is off while its own sending runs), names with
markup shown as text in lists and tables, and rows the program cannot tell about (status
"sänder") listed and sent again only after the user confirms."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, update

from destination_norberg.gui.network import mail_send
from destination_norberg.store import models as m
from destination_norberg.store.models_mail import MailRecipient
from tests.gui.network.mail_window import WAIT_MS, ring, smtp, use_server
from tests.gui.network.test_mail_composer import open_composer, page, rows, send, write

__all__ = ["page", "ring", "smtp"]  # fixtures

MARKUP = "<b>Kalle</b> Berg"


def test_try_again_is_off_while_its_sending_runs_and_no_second_sending_starts(
        page, qtbot, smtp, ring, demo_url, monkeypatch) -> None:
    handler, port = smtp
    use_server(demo_url, port)
    dialog = open_composer(page, qtbot)
    write(dialog, qtbot)
    everyone = sorted(c.email for c in dialog.preview.included)
    handler.refuse = set(everyone[:2])
    sender, summary = send(page, dialog, qtbot)
    assert summary.retry_button.isEnabled()
    handler.refuse = set()
    accept = type(handler).handle_DATA

    async def slowly(self, server, session, envelope):  # the retry takes its time
        await asyncio.sleep(0.3)
        return await accept(self, server, session, envelope)

    monkeypatch.setattr(type(handler), "handle_DATA", slowly)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    first = sender.result
    summary.retry_button.click()
    assert mail_send.sending_now()
    assert not summary.retry_button.isEnabled()  # a second click cannot start another
    summary.retry_button.click()
    sender.send(sender.mailing_id)  # nor can code that asks again
    # nor the history's button or a new sending from the window
    assert mail_send.start_sending(page, page.runner, demo_url, None, sender.mailing_id,
                                   lambda: None) is None
    assert told and "under way" in told[0]
    qtbot.waitUntil(lambda: sender.result is not first, timeout=WAIT_MS)
    assert not mail_send.sending_now()
    assert sender.result.sent == 2
    assert sorted(a for r in handler.received for a in r.recipients) == everyone  # once each
    summary.close()


def test_a_name_with_markup_shows_as_text_in_lists_and_tables(
        page, qtbot, smtp, ring, demo_url, demo_engine) -> None:
    from destination_norberg.gui.network.mail_history import MailHistoryDialog

    handler, port = smtp
    use_server(demo_url, port)
    dialog = open_composer(page, qtbot)
    write(dialog, qtbot)
    person = dialog.preview.included[0]
    with demo_engine.begin() as conn:
        conn.execute(update(m.Person).where(m.Person.id == person.person_id)
                     .values(name=MARKUP))
    before = dialog.preview
    dialog.read_preview()
    qtbot.waitUntil(lambda: dialog.preview is not before and dialog.ok.isEnabled(),
                    timeout=WAIT_MS)
    [shown] = [r for r in rows(dialog.ui.included) if r.startswith("<b>")]
    assert shown.startswith(f"{MARKUP} (") and "<p" not in shown
    assert dialog.ui.sampleFor.findText(MARKUP) >= 0
    handler.refuse = {person.email}
    _sender, summary = send(page, dialog, qtbot)
    [failed] = rows(summary.failed)
    assert failed.startswith(f"{MARKUP} <{person.email}>: ")
    summary.close()

    page.ui.mailButton.menu().actions()[1].trigger()
    history = page.mail_dialog
    assert isinstance(history, MailHistoryDialog)
    qtbot.waitUntil(lambda: history.people.rowCount() > 0, timeout=WAIT_MS)
    names = [history.people.item(r, 0).text() for r in range(history.people.rowCount())]
    assert MARKUP in names


def statuses(engine, mailing_id: int) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(select(MailRecipient.address, MailRecipient.status).where(
            MailRecipient.mailing_id == mailing_id)).all())


def test_uncertain_rows_are_listed_and_sent_again_only_after_the_user_confirms(
        page, qtbot, smtp, ring, demo_url, demo_engine, monkeypatch) -> None:
    from destination_norberg.gui.network.mail_history import MailHistoryDialog

    handler, port = smtp
    use_server(demo_url, port)
    dialog = open_composer(page, qtbot)
    write(dialog, qtbot)
    everyone = sorted(c.email for c in dialog.preview.included)
    sender, summary = send(page, dialog, qtbot)
    summary.close()
    mailing_id = sender.mailing_id
    # the program stopped while the server had these two: claimed, never recorded
    unsure = everyone[:2]
    with demo_engine.begin() as conn:
        conn.execute(update(MailRecipient).where(MailRecipient.mailing_id == mailing_id,
                                                 MailRecipient.address.in_(unsure))
                     .values(status="sänder"))

    page.ui.mailButton.menu().actions()[1].trigger()
    history = page.mail_dialog
    assert isinstance(history, MailHistoryDialog)
    qtbot.waitUntil(lambda: history.people.rowCount() == len(everyone), timeout=WAIT_MS)
    assert history.list.horizontalHeaderItem(7).text() == "Uncertain"
    assert history.list.item(0, 7).text() == "2"
    shown = {history.people.item(r, 1).text(): history.people.item(r, 2).text()
             for r in range(history.people.rowCount())}
    assert {shown[a] for a in unsure} == {"sending / uncertain"}
    assert history.retry.isEnabled()  # to reach them: the sending lists them, sends none
    history.retry.click()
    qtbot.waitUntil(lambda: history.sender.result is not None, timeout=WAIT_MS)
    result, summary = history.sender.result, history.sender.summary
    assert result.sent == 0 and sorted(u.address for u in result.uncertain) == unsure
    assert len(handler.received) == len(everyone)  # nothing sent by itself
    assert "May have been sent; the program cannot tell: 2" in summary.text.text()
    listed = rows(summary.uncertain)
    assert len(listed) == 2 and all(any(a in line for a in unsure) for line in listed)
    assert summary.resend_button.isVisible() and summary.resend_button.isEnabled()

    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    summary.resend_button.click()
    assert len(asked) == 1 and all(a in asked[0] for a in unsure)
    assert history.sender.result is result and len(handler.received) == len(everyone)
    assert {statuses(demo_engine, mailing_id)[a] for a in unsure} == {"sänder"}

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    summary.resend_button.click()
    qtbot.waitUntil(lambda: history.sender.result is not result, timeout=WAIT_MS)
    assert history.sender.result.sent == 2 and not history.sender.result.uncertain
    again = sorted(a for r in handler.received[len(everyone):] for a in r.recipients)
    assert again == unsure
    assert set(statuses(demo_engine, mailing_id).values()) == {"skickad"}
    assert not summary.resend_button.isVisible()
    qtbot.waitUntil(lambda: history.list.item(0, 7).text() == "0", timeout=WAIT_MS)
    summary.close()


def test_a_template_saved_in_windows_1252_is_read(page, qtbot, tmp_path, ring) -> None:
    dialog = open_composer(page, qtbot)
    path = tmp_path / "mall.txt"
    path.write_bytes("Vårens möte\n\nHej {förnamn}! Välkommen till Ängarna.\n"
                     .encode("cp1252"))
    assert dialog.open_template(path)
    assert dialog.ui.subject.text() == "Vårens möte"
    assert dialog.ui.body.toPlainText() == "Hej {förnamn}! Välkommen till Ängarna.\n"
    assert not dialog.open_template(tmp_path / "saknas.txt")
    assert "saknas.txt" in dialog.ui.problem.text()
    assert "Traceback" not in dialog.ui.problem.text()


def test_the_window_reads_the_server_and_the_history_off_the_ui_thread(
        page, qtbot, smtp, ring, demo_url, monkeypatch) -> None:
    import threading

    from destination_norberg.app import mail

    handler, port = smtp
    use_server(demo_url, port)
    on_ui = []
    for name in ("read_smtp_settings", "list_mailings", "mailing_recipients"):
        real = getattr(mail, name)

        def watched(*args, _real=real, _name=name, **kwargs):
            if threading.current_thread() is threading.main_thread():
                on_ui.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(mail, name, watched)
    dialog = open_composer(page, qtbot)  # the server's settings, then the preview
    write(dialog, qtbot)
    _sender, summary = send(page, dialog, qtbot)  # the settings again before sending
    summary.close()
    page.ui.mailButton.menu().actions()[1].trigger()  # the history
    history = page.mail_dialog
    qtbot.waitUntil(lambda: history.people.rowCount() > 0, timeout=WAIT_MS)
    assert handler.received and on_ui == []
    from destination_norberg.gui.network.mail_api import read_server

    read_server(demo_url)  # the watch itself sees a read on the UI thread
    assert on_ui == ["read_smtp_settings"]
