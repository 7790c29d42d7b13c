"""Sending a mailing from the window: the password, the job with progress and Cancel, the
summary with "Try again" for whoever failed.

Shared by the composer, the history of mailings and a package's "Send by e-mail". The
backend (app.mail*) fixes the recipients as "waiting" first (create_mailing) and
`send_mailing` sends only the rows not yet sent, so a retry or a send after Cancel never
sends anything twice. Sending is not on the undo stack: a sent message cannot be unsent.

One sending at a time from the window: while one runs, its summary's "Try again" and the
history's "Send the failed again" are off, and `start_sending` says a sending is under way
instead of starting a second (the backend claims each row too, so even two computers never
send one twice). Rows the backend cannot tell about (status "sänder": the program stopped
while the server had it) are not sent again by themselves: the summary lists them and
"Send again anyway…" asks first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.core.progress import Cancelled
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import ProgressJob, TaskRunner, run_and_wait
from destination_norberg.gui.common.messages import word
from destination_norberg.gui.common.plain import plain, shown
from destination_norberg.gui.network.mail_api import api, on_geodata_thread, read_server, waited

translate = QCoreApplication.translate  # lupdate reads translate("MailSend", "text")


class PasswordDialog(QDialog):
    """The server's password for this sending; "Save in the computer's keyring" unless the
    computer has none (then said why, and the password is used for this sending only)."""

    def __init__(self, server: Any, keyring_ok: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail server password"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Save in the computer's keyring"), self)
        self.remember.setChecked(keyring_ok)
        self.remember.setEnabled(keyring_ok)
        intro = QLabel(plain(self.tr("The password of %1 on %2:").replace(
            "%1", server.user or server.sender).replace("%2", server.host)), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        if not keyring_ok:
            why = QLabel(self.tr("This computer has no keyring the program can use: the "
                                 "password is used for this sending only and asked again "
                                 "next time."), self)
            why.setWordWrap(True)
            box.addWidget(why)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)


def ask_password(parent: QWidget, runner: TaskRunner, server: Any) -> str | None:
    """The stored password, or the one the user types (saved to the keyring if asked);
    None when the user cancels."""
    if not server.user:  # a server inside the municipality's network without a login
        return ""
    unavailable = api("KeyringUnavailable")
    keyring_ok = True
    try:
        stored = waited(parent, runner, partial(api("read_password"), server),
                        translate("MailSend", "Reading the keyring…"))
    except unavailable:
        stored, keyring_ok = None, False
    if stored:
        return str(stored)
    dialog = PasswordDialog(server, keyring_ok, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    password = dialog.password.text()
    if dialog.remember.isChecked() and password:
        try:
            waited(parent, runner, partial(api("save_password"), server, password),
                   translate("MailSend", "Saving the password in the keyring…"))
        except unavailable as exc:
            QMessageBox.information(parent, translate("MailSend", "Password not saved"),
                                    plain(user_message(exc)))
    return password


class Sender:
    """Sends one mailing (`mailing_id`) with progress and Cancel and shows the summary;
    `after()` runs once something may have been sent (the network reads itself again)."""

    def __init__(self, parent: QWidget, runner: TaskRunner, url: str, server: Any,
                 password: str, after: Callable[[], None], package: bool = False) -> None:
        self.parent, self.runner, self.url, self.package = parent, runner, url, package
        self.server, self.password, self.after = server, password, after
        self.job: ProgressJob | None = None
        self.summary: SummaryDialog | None = None
        self.result: Any = None
        self.mailing_id: int | None = None

    @property
    def sending(self) -> bool:
        return self in RUNNING

    def send(self, mailing_id: int) -> None:
        if sending_now():  # this or another sending is under way: never a second at once
            return
        RUNNING.add(self)
        self.mailing_id = mailing_id
        if self.summary is not None:
            self.summary.set_busy(True)
        send_mailing = api("send_mailing")
        url, server, password = self.url, self.server, self.password
        job = self.job = ProgressJob(
            self.runner, self.parent, translate("MailSend", "Sending…"),
            translate("MailSend", "Cancel"), maximum=100, min_duration=0)

        def work(progress: Any) -> Any:  # in the worker
            def report(done: int, total: int) -> None:
                # After Cancel, send_mailing stops at `cancelled` and says what is left.
                with contextlib.suppress(Cancelled):
                    progress(done / total if total else 1.0, translate(
                        "MailSend", "Sent %1 of %2…").replace("%1", str(done)).replace(
                        "%2", str(total)))

            from destination_norberg.gui.documents.pdf import write_brochure

            run = on_geodata_thread if self.package else _call
            return run(send_mailing, url, mailing_id, server, password, progress=report,
                       cancelled=lambda: job.token.cancelled, pdf_writer=write_brochure)

        job.start(work, lambda result: self._done(mailing_id, result), self._failed,
                  lambda: self._done(mailing_id, None))

    def _done(self, mailing_id: int, result: Any) -> None:
        RUNNING.discard(self)
        self.after()
        self.result = result
        if self.summary is None:
            self.summary = SummaryDialog(self.parent, lambda: self.send(mailing_id),
                                         lambda: self.send_uncertain(mailing_id))
        self.summary.show_result(result)
        if not self.summary.isVisible():
            self.summary.open()

    def _failed(self, exc: BaseException) -> None:
        RUNNING.discard(self)
        if self.summary is not None:
            self.summary.set_busy(False)
        self.after()
        QMessageBox.warning(self.parent, translate("MailSend", "Not sent"),
                            plain(user_message(exc)))

    def send_uncertain(self, mailing_id: int) -> bool:
        """After the user confirms: the rows the program cannot tell about made "waiting"
        again (app.mail.resend_uncertain, in a worker), then sent. False when not."""
        uncertain = list(getattr(self.result, "uncertain", None) or [])
        if sending_now() or not uncertain:
            return False
        parent = self.summary or self.parent
        names = "\n".join(shown(f"{u.name} <{u.address}>") for u in uncertain)
        answer = QMessageBox.question(
            parent, translate("MailSend", "Send again anyway?"),
            plain(translate("MailSend", "The program cannot tell whether these got the "
                            "message; if they did, they get it twice:\n\n%1\n\nSend to "
                            "them again?").replace("%1", names)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        ids = [u.person_id for u in uncertain if u.person_id is not None]
        try:
            waited(parent, self.runner, partial(api("resend_uncertain"), self.url, mailing_id,
                                                ids),
                   translate("MailSend", "Preparing the mailing…"))
        except Exception as exc:  # noqa: BLE001 - told; nothing sent
            QMessageBox.warning(parent, translate("MailSend", "Not sent"),
                                plain(user_message(exc)))
            return False
        self.send(mailing_id)
        return True


#: the sendings under way (at most one): the window never starts a second meanwhile
RUNNING: set[Sender] = set()


def sending_now() -> bool:
    """Whether a sending from the window is under way (one whose runner was shut down,
    its window closed, is not)."""
    for sender in list(RUNNING):
        if not sender.runner.busy:
            RUNNING.discard(sender)
    return bool(RUNNING)


class SummaryDialog(QDialog):
    """What a sending did: how many were sent, who failed and why, how many are left after
    Cancel; "Try again" sends the failed and the left (nothing is sent twice)."""

    def __init__(self, parent: QWidget, retry: Callable[[], None],
                 resend: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail sent"))
        self.resize(560, 380)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.failed = QListWidget(self)
        self.failed.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.clicked.connect(retry)
        self.uncertain_label = QLabel(self.tr("May have been sent; the program cannot tell "
                                              "(ask them, or send again anyway):"), self)
        self.uncertain_label.setWordWrap(True)
        self.uncertain = QListWidget(self)
        self.uncertain.setWordWrap(True)
        self.resend_button = QPushButton(self.tr("Send again anyway…"), self)
        if resend is not None:
            self.resend_button.clicked.connect(lambda: resend())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.resend_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(self.failed, 1)
        box.addWidget(self.uncertain_label)
        box.addWidget(self.uncertain, 1)
        box.addWidget(buttons)
        self._show_uncertain([])

    def set_busy(self, busy: bool) -> None:
        """Off while a sending runs (a second click would start another); on again by
        `show_result`."""
        if busy:
            self.retry_button.setEnabled(False)
            self.resend_button.setEnabled(False)

    def _show_uncertain(self, rows: list[Any]) -> None:
        self.uncertain.clear()
        for u in rows:
            self.uncertain.addItem(shown(f"{u.name} <{u.address}>"))
        for widget in (self.uncertain_label, self.uncertain, self.resend_button):
            widget.setVisible(bool(rows))
        self.resend_button.setEnabled(bool(rows))

    def show_result(self, result: Any) -> None:
        if result is None:  # cancelled before the backend could say
            self.text.setText(self.tr("Sending was cancelled. Whoever was not reached yet "
                                      "can be sent to with “Try again”."))
            self.failed.setVisible(False)
            self._show_uncertain([])
            self.retry_button.setEnabled(True)
            return
        lines = [self.tr("Sent: %1.").replace("%1", str(result.sent))]
        if result.already_sent:
            lines.append(self.tr("Already sent before (not sent again): %1.").replace(
                "%1", str(result.already_sent)))
        if result.failed:
            lines.append(self.tr("Failed: %1 (listed below).").replace(
                "%1", str(len(result.failed))))
        if result.left:
            lines.append(self.tr("Not sent, because sending was cancelled: %1.").replace(
                "%1", str(result.left)))
        uncertain = list(getattr(result, "uncertain", None) or [])
        if uncertain:
            lines.append(self.tr("May have been sent; the program cannot tell: %1 (not sent "
                                 "again by itself).").replace("%1", str(len(uncertain))))
        if getattr(result, "stopped", ""):
            lines.append(shown(word(result.stopped)))
        self.text.setText("\n".join(lines))
        self.failed.clear()
        for f in result.failed:
            self.failed.addItem(shown(f"{f.name} <{f.address}>: {word(f.error)}"))
        self._show_uncertain(uncertain)
        self.failed.setVisible(bool(result.failed))
        self.retry_button.setEnabled(bool(result.failed or result.left))
        self.retry_button.setVisible(bool(result.failed or result.left))


def _server(parent: QWidget, runner: TaskRunner, url: str) -> Any:
    """The destination's server settings read in a worker (None: none set up)."""
    return waited(parent, runner, partial(read_server, url),
                  translate("MailSend", "Reading the e-mail server's settings…"))


def _call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    return fn(*args, **kwargs)


def start_sending(parent: QWidget, runner: TaskRunner, url: str,
                  create: Callable[[], int] | None, mailing_id: int | None,
                  after: Callable[[], None], package: bool = False) -> Sender | None:
    """Ask for the password, fix the recipients (`create()` in a worker, giving the mailing's
    id) unless `mailing_id` is given, and send (a `package`'s mailing on the geodata thread:
    its bundle is projected with pyproj). None when nothing was started."""
    from destination_norberg.gui.network.mail_server import edit_server

    if sending_now():
        QMessageBox.information(parent, translate("MailSend", "Sending under way"), translate(
            "MailSend", "A sending is under way; wait until it has finished."))
        return None
    try:
        server = _server(parent, runner, url)
        if server is None:
            if not edit_server(parent, runner, url):
                return None
            server = _server(parent, runner, url)
    except Exception as exc:  # noqa: BLE001 - every failure is told, nothing sent
        QMessageBox.warning(parent, translate("MailSend", "Not sent"),
                            plain(user_message(exc)))
        return None
    if server is None:
        return None
    password = ask_password(parent, runner, server)
    if password is None:
        return None
    if mailing_id is None and create is not None:
        try:
            mailing_id = run_and_wait(runner, parent, lambda _p: create(),
                                      translate("MailSend", "Preparing the mailing…"), None,
                                      maximum=0, min_duration=400)
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing sent
            QMessageBox.warning(parent, translate("MailSend", "Not sent"),
                                plain(user_message(exc)))
            return None
    if mailing_id is None:
        return None
    sender = Sender(parent, runner, url, server, password, after, package)
    sender.send(mailing_id)
    return sender
