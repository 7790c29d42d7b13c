"""The e-mail server's settings in the window: saved in the database for every coordinator,
the password in the computer's keyring and never in the database nor shown back; the
connection tested from a worker; no keyring said and the password asked for one sending."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import text

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.network import mail_send
from destination_norberg.gui.network.mail_server import MailServerDialog
from tests.gui.network.mail_window import SENDER, ring, smtp, use_server

__all__ = ["ring", "smtp"]  # fixtures


@pytest.fixture
def runner(qapp):
    i18n.install(QApplication.instance(), "en")
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def fill(dialog: MailServerDialog, port: int, user: str, password: str) -> None:
    ui = dialog.ui
    ui.host.setText("127.0.0.1")
    ui.security.setCurrentIndex(ui.security.findData("none"))
    ui.port.setValue(port)
    ui.user.setText(user)
    ui.password.setText(password)
    ui.sender.setText(SENDER)
    ui.senderName.setText("Turism i Norberg")


def test_settings_are_saved_and_the_password_goes_to_the_keyring(
        qtbot, runner, demo_url, demo_engine, ring, smtp) -> None:
    from destination_norberg.app.mail import KEYRING_SERVICE, read_smtp_settings

    _handler, port = smtp
    dialog = MailServerDialog(demo_url, runner)
    qtbot.addWidget(dialog)
    assert dialog.ui.security.currentData() == "starttls" and dialog.ui.port.value() == 587
    dialog.ui.security.setCurrentIndex(dialog.ui.security.findData("tls"))
    assert dialog.ui.port.value() == 465  # the usual port follows the security
    dialog.accept()  # nothing filled in: said, and the dialog stays
    assert not dialog.ui.problem.isHidden() and "server" in dialog.ui.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted

    fill(dialog, port, "", "")
    assert dialog.test()  # the loopback server answers; no login asked
    assert dialog.ui.testResult.text() == "The server answered and accepted the login."
    fill(dialog, port, "turism", "hemligt-lösen")
    assert not dialog.test()  # a login where the server offers none: worded
    assert "login" in dialog.ui.testResult.text()
    assert "Traceback" not in dialog.ui.testResult.text()
    dialog.ui.sender.setText("inte en adress")
    dialog.accept()
    assert "is not an e-mail address" in dialog.ui.problem.text()
    dialog.ui.sender.setText(SENDER)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    saved = read_smtp_settings(demo_url)
    assert (saved.host, saved.port, saved.security, saved.user, saved.sender) == (
        "127.0.0.1", port, "none", "turism", SENDER)
    assert ring.store == {(KEYRING_SERVICE, "turism@127.0.0.1"): "hemligt-lösen"}
    with demo_engine.connect() as conn:  # the database holds the settings, not the password
        stored = str(conn.execute(text("SELECT * FROM destination_setting")).all())
    assert "127.0.0.1" in stored and "hemligt" not in stored
    assert b"hemligt" not in Path(demo_engine.url.database).read_bytes()

    again = MailServerDialog(demo_url, runner)  # opened again: the password is not shown
    qtbot.addWidget(again)
    assert again.ui.password.text() == ""
    assert "keyring" in again.ui.password.placeholderText()
    assert again.ui.host.text() == "127.0.0.1" and again.ui.user.text() == "turism"
    assert again.password() == "hemligt-lösen"  # what a test of the connection uses


def test_without_a_keyring_it_is_said_and_the_password_is_asked_for_the_sending(
        qtbot, runner, demo_url, monkeypatch, smtp) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        settings = use_server(demo_url, smtp[1], user="turism")
        dialog = MailServerDialog(demo_url, runner)
        qtbot.addWidget(dialog)
        assert "no keyring" in dialog.ui.keyringNote.text()
        asked = []

        def exec_(box) -> int:
            asked.append(box)
            assert not box.remember.isEnabled() and not box.remember.isChecked()
            box.password.setText("för-en-gång")
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(mail_send.PasswordDialog, "exec", exec_)
        assert mail_send.ask_password(dialog, runner, settings) == "för-en-gång"
        assert len(asked) == 1
    finally:
        keyring.set_keyring(before)


def test_a_stored_password_is_not_asked_for_and_a_typed_one_is_kept(
        qtbot, runner, demo_url, monkeypatch, ring, smtp) -> None:
    from destination_norberg.app.mail import KEYRING_SERVICE

    settings = use_server(demo_url, smtp[1], user="turism")

    def exec_(box) -> int:
        assert box.remember.isEnabled() and box.remember.isChecked()
        box.password.setText("nytt")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(mail_send.PasswordDialog, "exec", exec_)
    parent = MailServerDialog(demo_url, runner)
    qtbot.addWidget(parent)
    assert mail_send.ask_password(parent, runner, settings) == "nytt"
    assert ring.store[(KEYRING_SERVICE, "turism@127.0.0.1")] == "nytt"
    monkeypatch.setattr(mail_send.PasswordDialog, "exec",
                        lambda box: pytest.fail("asked again"))
    assert mail_send.ask_password(parent, runner, settings) == "nytt"


def test_the_file_menu_opens_the_server_settings(make_window, load, tmp_path, monkeypatch,
                                                 ring) -> None:
    from destination_norberg.gui.network import mail_server

    window = make_window(f"sqlite:///{tmp_path / 'mail.sqlite'}", seed_demo=False)
    load(window)
    action = window.archive.mail_server_action
    assert action in window.ui.menuFile.actions()
    assert action.text() == "&E-mail server…"
    opened = []

    def exec_(dialog) -> int:
        opened.append(dialog)
        assert dialog.url == window.db_url
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(mail_server.MailServerDialog, "exec", exec_)
    action.trigger()
    assert len(opened) == 1
