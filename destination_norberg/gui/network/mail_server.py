"""The destination's e-mail server: host, port, security, user, sender; the password goes to
the computer's keyring (app.mail*), never into the database or the settings file, and is
never shown back. "Test the connection" logs in from a worker.

The server is the municipality's, the same for every coordinator, so it is kept in the
database with the destination's other settings; saving it is not on the undo stack (as the
backup schedule and the publishing folder are not): it is configuration, not planning data.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from destination_norberg.core.contacts import ContactError, normalise_email
from destination_norberg.core.progress import Cancelled
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import TaskRunner, run_and_wait
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.forms.mail_server_dialog_ui import Ui_MailServerDialog
from destination_norberg.gui.network.mail_api import api, waited

#: security -> the port its servers usually listen on
PORTS = {"starttls": 587, "tls": 465, "none": 25}
OK_COLOUR = "#1b6e2f"


class MailServerDialog(CheckedDialog):
    def __init__(self, url: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url, self.runner = url, runner
        self.ui = ui = Ui_MailServerDialog()
        ui.setupUi(self)
        self.check_on_ok()
        for code, text in (("starttls", self.tr("STARTTLS (port 587)")),
                           ("tls", self.tr("TLS (port 465)")),
                           ("none", self.tr("None (only inside the municipality's network)"))):
            ui.security.addItem(text, code)
        self.before = waited(self, runner, partial(api("read_smtp_settings"), url),
                             self.tr("Reading the e-mail server's settings…"))
        self.keyring_ok, self.has_password = True, False
        s = self.before
        if s is not None:
            ui.host.setText(s.host)
            ui.security.setCurrentIndex(max(ui.security.findData(s.security), 0))
            ui.port.setValue(int(s.port))
            ui.user.setText(s.user)
            ui.sender.setText(s.sender)
            ui.senderName.setText(s.sender_name)
            try:
                self.has_password = bool(waited(self, runner, partial(api("read_password"), s),
                                                self.tr("Reading the keyring…")))
            except api("KeyringUnavailable"):
                self.keyring_ok = False
        else:
            ui.senderName.setText(self.tr("Destination Norberg"))
        self._show_keyring()
        ui.security.currentIndexChanged.connect(self._security_changed)
        self._security = ui.security.currentData()
        ui.testButton.clicked.connect(lambda: self.test())
        ui.testResult.setVisible(False)

    def _show_keyring(self) -> None:
        ui = self.ui
        if not self.keyring_ok:
            ui.keyringNote.setText(self.tr(
                "This computer has no keyring the program can use: the password cannot be "
                "saved here and is asked for each sending."))
            ui.password.setPlaceholderText("")
        elif self.has_password:
            ui.password.setPlaceholderText(self.tr("(saved in the keyring; type to change)"))
            ui.keyringNote.setText(self.tr("The password is kept in this computer's keyring."))
        else:
            ui.keyringNote.setText(self.tr("Saved in this computer's keyring, not in the "
                                           "database."))

    def _security_changed(self) -> None:
        """A port still at the old security's usual one follows to the new one's."""
        ui = self.ui
        new = ui.security.currentData()
        if ui.port.value() == PORTS.get(self._security):
            ui.port.setValue(PORTS[new])
        self._security = new

    def settings(self) -> Any:
        ui = self.ui
        return api("SmtpSettings")(
            host=ui.host.text().strip(), port=ui.port.value(),
            security=ui.security.currentData(), user=ui.user.text().strip(),
            sender=normalise_email(ui.sender.text()), sender_name=ui.senderName.text().strip())

    def problem(self) -> str:
        ui = self.ui
        if not ui.host.text().strip():
            return self.tr("Give the server's name, such as smtp.norberg.se.")
        if not ui.sender.text().strip():
            return self.tr("Give the sender's e-mail address.")
        try:
            normalise_email(ui.sender.text())
        except ContactError:
            return self.tr("%1 is not an e-mail address.").replace("%1", ui.sender.text())
        return ""

    def password(self) -> str | None:
        """The password typed now, or the stored one; None if neither."""
        typed = self.ui.password.text()
        if typed:
            return typed
        if self.before is None or not self.keyring_ok:
            return None
        try:
            stored = waited(self, self.runner, partial(api("read_password"), self.settings()),
                            self.tr("Reading the keyring…"))
        except api("KeyringUnavailable"):
            return None
        return str(stored) if stored else None

    def test(self) -> bool:
        """Log in to the server from a worker; the result in one line beside the button."""
        ui = self.ui
        why = self.problem()
        if why:
            ui.problem.setText(plain(why))
            ui.problem.setVisible(True)
            return False
        ui.problem.setVisible(False)
        settings, password = self.settings(), self.password()
        test_connection = api("test_connection")
        try:
            run_and_wait(self.runner, self, lambda _p: test_connection(settings, password),
                         self.tr("Connecting to %1…").replace("%1", settings.host),
                         self.tr("Cancel"), maximum=0, min_duration=300,
                         wait_on_cancel=False)
        except Cancelled:
            return False
        except Exception as exc:  # noqa: BLE001 - told beside the button
            ui.testResult.setStyleSheet("color: #b3261e")
            ui.testResult.setText(plain(user_message(exc)))
            ui.testResult.setVisible(True)
            return False
        ui.testResult.setStyleSheet(f"color: {OK_COLOUR}")
        ui.testResult.setText(self.tr("The server answered and accepted the login."))
        ui.testResult.setVisible(True)
        return True

    def save(self) -> bool:
        """The settings into the database, a typed password into the keyring."""
        settings = self.settings()
        try:
            waited(self, self.runner, partial(api("save_smtp_settings"), self.url, settings),
                   self.tr("Saving…"))
        except Exception as exc:  # noqa: BLE001 - told in the dialog, which stays open
            self.ui.problem.setText(plain(user_message(exc)))
            self.ui.problem.setVisible(True)
            return False
        typed = self.ui.password.text()
        if typed and self.keyring_ok:
            try:
                waited(self, self.runner, partial(api("save_password"), settings, typed),
                       self.tr("Saving the password in the keyring…"))
            except Exception as exc:  # noqa: BLE001 - the settings are saved; said why not
                self.ui.problem.setText(plain(user_message(exc)))
                self.ui.problem.setVisible(True)
                self.keyring_ok = False
                self._show_keyring()
                return False
        return True

    def accept(self) -> None:
        why = self.problem()
        if why:
            super().accept()  # shows why and stays open
            return
        if self.save():
            QDialog.accept(self)


def edit_server(parent: QWidget, runner: TaskRunner, url: str) -> bool:
    """Open the settings; True when they were saved."""
    dialog = MailServerDialog(url, runner, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def server_title() -> str:
    return QCoreApplication.translate("MailServerDialog", "E-mail server…")
