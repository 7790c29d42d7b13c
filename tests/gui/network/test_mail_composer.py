"""E-mail to the network from the window, end to end against an SMTP server on loopback:
choose a tag, see who is left out and why, untick one, send, read what the server got and
the summary; a refused recipient tried again (nothing sent twice); the history."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import func, select

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.network.mail_composer import MailComposerDialog, field_names
from destination_norberg.gui.network.page import NetworkPage
from destination_norberg.store import models as m
from tests.gui.network.mail_window import SENDER, WAIT_MS, ring, smtp, use_server

__all__ = ["ring", "smtp"]  # fixtures

TAG = "vinterstråket"
SUBJECT = "Vinterstråket: vill {organisation} vara med?"
BODY = "Hej {förnamn}!\n\nVi planerar säsongen på Vinterstråket; svara gärna före årsskiftet.\n"


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now, monkeypatch):
    i18n.install(QApplication.instance(), "en")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError(a[2])))
    runner = TaskRunner()
    page = NetworkPage(PlanningStore(demo_url, lambda: demo_engine), runner, QUndoStack(),
                       lambda: fixed_now)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()
    yield page
    dialog = getattr(page, "mail_dialog", None)
    if dialog is not None:
        from shiboken6 import Shiboken

        if Shiboken.isValid(dialog):
            dialog.close()
    runner.shutdown()


def count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def tagged_people(page: NetworkPage) -> dict[str, tuple[int, str]]:
    """Name -> (id, e-mail) of the people of organisations tagged TAG."""
    orgs = {o.id for o in page.snapshot.organisations if TAG in o.tags}
    return {p.name: (p.id, p.email) for p in page.snapshot.persons
            if p.organisation_id in orgs}


def open_composer(page: NetworkPage, qtbot) -> MailComposerDialog:
    """Through the network's "E-mail" menu, as a user would."""
    menu = page.ui.mailButton.menu()
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Send e-mail…", "Mailings…", "E-mail server…"]
    menu.actions()[0].trigger()
    dialog = page.mail_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    return dialog


def write(dialog: MailComposerDialog, qtbot, tag: str = TAG) -> None:
    ui = dialog.ui
    ui.tag.setCurrentIndex(ui.tag.findData(tag))
    ui.subject.setText(SUBJECT)
    ui.body.setPlainText(BODY)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=WAIT_MS)


def rows(widget) -> list[str]:
    return [widget.item(r).text() for r in range(widget.count())]


def send(page: NetworkPage, dialog: MailComposerDialog, qtbot):
    dialog.ok.click()
    qtbot.waitUntil(lambda: getattr(page, "mail_sender", None) is not None
                    and page.mail_sender.result is not None, timeout=WAIT_MS)
    summary = page.mail_sender.summary
    assert summary.isVisible()
    return page.mail_sender, summary


def test_compose_choose_a_tag_untick_one_and_send(page, qtbot, smtp, ring, demo_url,
                                                  demo_engine) -> None:
    from destination_norberg.app.mail import set_opt_out

    handler, port = smtp
    use_server(demo_url, port)
    people = tagged_people(page)
    contacts_before = count(demo_engine, m.Interaction)
    dialog = open_composer(page, qtbot)
    assert not dialog.ui.serverBar.isVisible()  # a server is set up: nothing to say
    assert "unsubscribe" in dialog.ui.notice.text()
    write(dialog, qtbot)
    assert {c.name for c in dialog.preview.included} <= set(people)
    # someone asks for no more e-mail: from then on left out, saying why
    opted_out, unticked = (c.name for c in dialog.preview.included[1:3])
    set_opt_out(demo_url, people[opted_out][0], date(2026, 11, 1))
    before = dialog.preview
    dialog.read_preview()
    qtbot.waitUntil(lambda: dialog.preview is not before and dialog.ok.isEnabled(),
                    timeout=WAIT_MS)
    left_out = rows(dialog.ui.excluded)
    assert any(r.startswith(opted_out) and "Has asked for no more e-mail" in r
               for r in left_out), left_out
    included = rows(dialog.ui.included)
    assert not any(r.startswith(opted_out) for r in included)
    # the message for the first recipient, fields filled in, the notice last
    sample = dialog.ui.sample.toPlainText()
    first = dialog.preview.included[0]
    assert f"Hej {first.name.split()[0]}!" in sample
    assert f"vill {first.organisation} vara med?" in sample
    assert "avregistrera" in sample and SENDER in sample
    # another recipient's message on request
    dialog.ui.sampleFor.setCurrentIndex(1)
    second = dialog.preview.included[1]
    assert f"Hej {second.name.split()[0]}!" in dialog.ui.sample.toPlainText()

    item = next(dialog.ui.included.item(r) for r in range(dialog.ui.included.count())
                if dialog.ui.included.item(r).text().startswith(unticked))
    item.setCheckState(Qt.CheckState.Unchecked)
    expected = {c.email for c in dialog.preview.included if c.name != unticked}
    assert dialog.ui.counts.text().startswith(f"{len(expected)} of {len(included)} people")

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):  # the network reads itself again
        sender, summary = send(page, dialog, qtbot)
    received = {a for r in handler.received for a in r.recipients}
    assert received == expected
    assert people[unticked][1] not in received and people[opted_out][1] not in received
    message = handler.received[0].message
    assert message["Subject"].startswith("Vinterstråket: vill ")
    assert SENDER in message["From"]
    body = message.get_body(("plain",)).get_content()
    assert "säsongen på Vinterstråket" in body and "avregistrera" in body
    assert sender.result.sent == len(expected) and not sender.result.failed
    assert summary.text.text().startswith(f"Sent: {len(expected)}.")
    assert not summary.retry_button.isVisible()
    # each message sent is a contact logged on the organisation; the network reads again
    assert count(demo_engine, m.Interaction) == contacts_before + len(expected)
    summary.close()


def test_a_refused_recipient_is_listed_and_tried_again_without_sending_twice(
        page, qtbot, smtp, ring, demo_url) -> None:
    handler, port = smtp
    use_server(demo_url, port)
    dialog = open_composer(page, qtbot)
    write(dialog, qtbot)
    everyone = [c.email for c in dialog.preview.included]
    refused = everyone[2]
    handler.refuse = {refused}
    sender, summary = send(page, dialog, qtbot)
    assert sender.result.sent == len(everyone) - 1
    assert [f.address for f in sender.result.failed] == [refused]
    failed = rows(summary.failed)
    assert len(failed) == 1 and refused in failed[0] and "550" in failed[0]
    assert "Failed: 1" in summary.text.text()
    assert summary.retry_button.isVisible()

    handler.refuse = set()
    first = sender.result
    summary.retry_button.click()
    qtbot.waitUntil(lambda: sender.result is not first, timeout=WAIT_MS)
    assert sender.result.sent == 1 and sender.result.already_sent == len(everyone) - 1
    assert sorted(a for r in handler.received for a in r.recipients) == sorted(everyone)
    assert not summary.retry_button.isVisible()
    summary.close()


def test_the_history_lists_the_mailing_and_sends_the_failed_again(
        page, qtbot, smtp, ring, demo_url) -> None:
    from destination_norberg.gui.network.mail_history import MailHistoryDialog

    handler, port = smtp
    use_server(demo_url, port)
    dialog = open_composer(page, qtbot)
    write(dialog, qtbot)
    everyone = [c.email for c in dialog.preview.included]
    handler.refuse = {everyone[0]}
    _sender, summary = send(page, dialog, qtbot)
    summary.close()

    page.ui.mailButton.menu().actions()[1].trigger()
    history = page.mail_dialog
    assert isinstance(history, MailHistoryDialog)
    # read in the worker: newest first, then the demo's own mailing
    qtbot.waitUntil(lambda: history.list.rowCount() == 2, timeout=WAIT_MS)
    cells = [history.list.item(0, c).text() for c in range(8)]
    assert cells[1:] == ["mailing", "Vinterstråket: vill {organisation} vara med?", "SV",
                         str(len(everyone) - 1), "1", "0", "0"]
    qtbot.waitUntil(lambda: history.people.rowCount() == len(everyone), timeout=WAIT_MS)
    statuses = {history.people.item(r, 1).text(): history.people.item(r, 2).text()
                for r in range(history.people.rowCount())}
    assert statuses[everyone[0]] == "failed"
    assert {s for a, s in statuses.items() if a != everyone[0]} == {"sent"}
    assert history.retry.isEnabled()

    handler.refuse = set()
    history.retry.click()
    qtbot.waitUntil(lambda: history.sender.result is not None, timeout=WAIT_MS)
    assert history.sender.result.sent == 1
    qtbot.waitUntil(lambda: history.list.item(0, 5).text() == "0", timeout=WAIT_MS)
    assert history.list.item(0, 4).text() == str(len(everyone))
    assert not history.retry.isEnabled()
    history.sender.summary.close()


def test_the_preview_says_what_is_wrong_with_a_template_and_sends_nothing(
        page, qtbot, smtp, ring, demo_url) -> None:
    handler, port = smtp
    use_server(demo_url, port)
    dialog = open_composer(page, qtbot)
    dialog.ui.subject.setText("Hej {efternamn}")
    dialog.ui.body.setPlainText("Text")
    qtbot.waitUntil(lambda: dialog.ui.problem.isVisible(), timeout=WAIT_MS)
    assert "{efternamn}" in dialog.ui.problem.text()
    assert "{förnamn}" in dialog.ui.problem.text()
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.isVisible() and handler.received == []


def test_no_server_is_said_with_a_button_to_the_settings(page, qtbot, monkeypatch,
                                                         ring) -> None:
    from destination_norberg.gui.network import mail_server

    dialog = open_composer(page, qtbot)
    assert dialog.ui.serverBar.isVisible()
    assert "No e-mail server is set up" in dialog.ui.serverNote.text()
    assert "command" not in dialog.ui.serverNote.text()
    opened = []
    monkeypatch.setattr(mail_server, "edit_server",
                        lambda *a: opened.append(a) or False)
    dialog.ui.serverButton.click()
    assert len(opened) == 1


def test_fields_templates_and_the_language(page, qtbot, tmp_path, ring) -> None:
    assert field_names("sv") == [("{namn}", "name"), ("{förnamn}", "first_name"),
                                 ("{organisation}", "organisation")]
    assert [n for n, _m in field_names("en")] == ["{name}", "{first_name}", "{organisation}"]
    dialog = open_composer(page, qtbot)
    ui = dialog.ui
    ui.body.setPlainText("Hej ")
    ui.body.moveCursor(ui.body.textCursor().MoveOperation.End)
    ui.body.setFocus()
    menu = ui.insertField.menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [
        "The person's name: {namn}", "The person's first name: {förnamn}",
        "The organisation's name: {organisation}"]
    menu.actions()[1].trigger()
    assert ui.body.toPlainText() == "Hej {förnamn}"
    ui.lang.setCurrentIndex(ui.lang.findData("en"))
    menu.aboutToShow.emit()
    assert menu.actions()[1].text().endswith("{first_name}")

    ui.subject.setText("Vårens möten")
    ui.body.setPlainText("Hej {förnamn}!\n\nVälkommen.")
    path = tmp_path / "mall.txt"
    assert dialog.save_template(path)
    assert path.read_text(encoding="utf-8") == "Vårens möten\n\nHej {förnamn}!\n\nVälkommen.\n"
    from destination_norberg.core.mail import parse_template

    assert parse_template(path.read_text(encoding="utf-8")).subject == "Vårens möten"
    ui.subject.setText("")
    ui.body.setPlainText("")
    assert dialog.open_template(path)
    assert ui.subject.text() == "Vårens möten"
    assert ui.body.toPlainText() == "Hej {förnamn}!\n\nVälkommen.\n"
    assert not dialog.open_template(tmp_path / "saknas.txt")
    assert "saknas.txt" in ui.problem.text()


def test_the_list_now_shown_narrows_the_recipients(page, qtbot, ring) -> None:
    page.ui.search.setText("Gruvbaren")
    page.apply_filter()
    assert page.model.rowCount() == 1
    dialog = open_composer(page, qtbot)
    assert dialog.ui.shownOnly.isEnabled()
    assert dialog.ui.shownOnly.text().endswith("(1)")
    dialog.ui.subject.setText("Hej")
    dialog.ui.body.setPlainText("Text")
    dialog.ui.shownOnly.setChecked(True)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=WAIT_MS)
    assert {c.organisation for c in dialog.preview.included} == {"Gruvbaren"}
    assert {c.organisation for c, _why in dialog.preview.excluded} <= {"Gruvbaren"}


def test_cancel_stops_the_sending_and_try_again_sends_the_rest_once(
        page, qtbot, smtp, ring, demo_url, monkeypatch) -> None:
    import asyncio

    handler, port = smtp
    use_server(demo_url, port)
    accept = type(handler).handle_DATA

    async def slowly(self, server, session, envelope):  # one message every 0.2 s
        await asyncio.sleep(0.2)
        return await accept(self, server, session, envelope)

    monkeypatch.setattr(type(handler), "handle_DATA", slowly)
    dialog = open_composer(page, qtbot)
    write(dialog, qtbot)
    everyone = sorted(c.email for c in dialog.preview.included)
    dialog.ok.click()
    qtbot.waitUntil(lambda: getattr(page, "mail_sender", None) is not None
                    and page.mail_sender.job is not None
                    and page.mail_sender.job.dialog.isVisible(), timeout=WAIT_MS)
    sender = page.mail_sender  # progress with Cancel while it sends
    assert re.fullmatch(r"Sent \d+ of \d+…", sender.job.dialog.labelText())
    sender.job.dialog.findChild(QPushButton).click()  # Cancel, as the user presses it
    qtbot.waitUntil(lambda: sender.result is not None, timeout=WAIT_MS)
    result = sender.result
    assert result.cancelled and result.left > 0
    assert result.sent + result.left == len(everyone)
    text = sender.summary.text.text()
    assert f"Not sent, because sending was cancelled: {result.left}." in text
    assert sender.summary.retry_button.isVisible()

    first = sender.result
    sender.summary.retry_button.click()
    qtbot.waitUntil(lambda: sender.result is not first, timeout=WAIT_MS)
    assert sender.result.sent == first.left and sender.result.already_sent == first.sent
    assert sorted(a for r in handler.received for a in r.recipients) == everyone
    sender.summary.close()


def test_send_without_a_server_asks_for_it_first_and_creates_nothing(
        page, qtbot, monkeypatch, ring, demo_engine) -> None:
    from destination_norberg.gui.network import mail_server
    from destination_norberg.store.models_mail import Mailing

    demo_mailings = count(demo_engine, Mailing)  # the demo's own sent one
    dialog = open_composer(page, qtbot)
    write(dialog, qtbot)
    asked = []
    monkeypatch.setattr(mail_server, "edit_server", lambda *a: asked.append(a) or False)
    dialog.ok.click()
    assert len(asked) == 1  # the settings were offered; the user closed them
    assert page.mail_sender is None
    assert count(demo_engine, Mailing) == demo_mailings == 1
