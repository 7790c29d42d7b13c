"""A package sent to its partners by e-mail from the window, against an SMTP server on
loopback: who gets it in which language, what is attached, the sending, and the package's
dispatch ("last sent") read again after."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.packages.mail import PackageMailDialog, size_text
from destination_norberg.gui.packages.page import PackagesPage
from destination_norberg.store import models as m
from tests.gui.network.mail_window import WAIT_MS, ring, smtp, use_server

__all__ = ["ring", "smtp"]  # fixtures


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now, monkeypatch):
    i18n.install(QApplication.instance(), "en")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError(a[2])))
    runner = TaskRunner()
    page = PackagesPage(PlanningStore(demo_url, lambda: demo_engine), runner, QUndoStack(),
                        lambda: fixed_now)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()
    yield page
    runner.shutdown()


def dispatches(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(m.PackageDispatch)).scalar_one()


def test_sizes_are_written_the_swedish_way() -> None:
    assert size_text(512) == "1 kB" and size_text(820_400) == "820 kB"
    assert size_text(1_420_000) == "1,4 MB"


def test_a_package_goes_to_its_partners_by_email(page, qtbot, smtp, ring, demo_url,
                                                  demo_engine) -> None:
    handler, port = smtp
    use_server(demo_url, port)
    title = "Engelbrektsloppet-helg 2027"
    page.select_package(next(r.id for r in page.rows if r.title_sv == title))
    qtbot.waitUntil(lambda: page.ui.mailButton.isEnabled(), timeout=WAIT_MS)
    history_before = page.ui.history.text()
    sent_before = dispatches(demo_engine)
    page.ui.mailButton.click()
    dialog = page.mail_dialog
    assert isinstance(dialog, PackageMailDialog)
    assert title in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    preview = dialog.preview
    assert preview.included, "the demo package's partners have contact people"
    who = [dialog.included.item(r).text() for r in range(dialog.included.count())]
    assert all(w.endswith(("· Swedish", "· English")) for w in who)
    attached = [dialog.attachments.item(r).text() for r in range(dialog.attachments.count())]
    assert any(".pdf · " in a for a in attached), attached
    assert dialog.included_label.text() == f"Gets it ({len(preview.included)})"
    assert dialog.send_button.isEnabled()

    dialog.send_button.click()
    qtbot.waitUntil(lambda: getattr(page, "mail_sender", None) is not None
                    and page.mail_sender.result is not None, timeout=WAIT_MS)
    result = page.mail_sender.result
    assert result.sent == len(preview.included) and not result.failed
    addresses = {a for r in handler.received for a in r.recipients}
    assert addresses == {c.email for c in preview.included}
    message = handler.received[0].message
    names = [part.get_filename() for part in message.iter_attachments()]
    assert any(n.endswith(".pdf") for n in names), names
    # recorded as a dispatch of this version, and the page says so when read again
    assert dispatches(demo_engine) > sent_before
    qtbot.waitUntil(lambda: page.ui.history.text() != history_before, timeout=WAIT_MS)
    assert "last sent" in page.ui.history.text()
    page.mail_sender.summary.close()


def open_dialog(page, qtbot, title: str) -> PackageMailDialog:
    page.select_package(next(r.id for r in page.rows if r.title_sv == title))
    qtbot.waitUntil(lambda: page.ui.mailButton.isEnabled(), timeout=WAIT_MS)
    page.ui.mailButton.click()
    dialog = page.mail_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    return dialog


def test_partners_who_already_got_the_version_are_shown_and_sent_again_only_if_asked(
        page, qtbot, smtp, ring, demo_url) -> None:
    handler, port = smtp
    use_server(demo_url, port)
    title = "Engelbrektsloppet-helg 2027"
    dialog = open_dialog(page, qtbot, title)
    assert not dialog.already.isVisible() and not dialog.again.isVisible()
    everyone = {c.email for c in dialog.preview.included}
    partners = {c.organisation for c in dialog.preview.included}
    dialog.send_button.click()
    qtbot.waitUntil(lambda: getattr(page, "mail_sender", None) is not None
                    and page.mail_sender.result is not None, timeout=WAIT_MS)
    page.mail_sender.summary.close()
    assert {a for r in handler.received for a in r.recipients} == everyone

    dialog = open_dialog(page, qtbot, title)
    revision = dialog.preview.revision
    assert {name for _id, name in dialog.preview.already_sent} == partners
    assert dialog.already.isVisible() and dialog.again.isVisible()
    text = dialog.already.text()
    assert text.startswith(f"Already got version {revision}: ")
    assert all(p in text for p in partners)
    who = [dialog.included.item(r).text() for r in range(dialog.included.count())]
    assert all(w.endswith("· already got this version") for w in who)
    assert dialog.chosen_ids() == [] and not dialog.send_button.isEnabled()
    assert dialog.included_label.text() == "Gets it (0)"
    dialog.again.setChecked(True)  # "Send to them again"
    assert dialog.included_label.text() == f"Gets it ({len(everyone)})"
    assert dialog.send_button.isEnabled()
    sent_before = len(handler.received)
    page.mail_sender = None
    dialog.send_button.click()
    qtbot.waitUntil(lambda: getattr(page, "mail_sender", None) is not None
                    and page.mail_sender.result is not None, timeout=WAIT_MS)
    assert page.mail_sender.result.sent == len(everyone)
    assert {a for r in handler.received[sent_before:] for a in r.recipients} == everyone
    page.mail_sender.summary.close()
