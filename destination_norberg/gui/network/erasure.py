"""The window's erasure, around the erasure itself (issue 13): before it, a confirmation
that says what erasure cannot reach; after it, what was replaced, what might still name
the person for someone to review, and the program's own backups re-sealed or deleted on
request. The places out of reach come from core.erasure_reach, the same list the command
line prints, worded here for a coordinator (translated, and naming no command to type).

Every text that may hold user data (a name, a note's fragment) is shown as plain text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.core import erasure_reach as reach
from destination_norberg.core.erasure_text import ERASED
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import run_and_wait

# What the window says the erasure was requested as (the log's note).
WINDOW_NOTE = "on request, from the window"


def place_text(place: str, backups: str) -> str:
    """One place an erasure cannot reach (core.erasure_reach), in the window's words."""
    texts = {
        reach.BACKUPS_ELSEWHERE: QCoreApplication.translate(
            "Erasure", "backups kept outside the program's backup folder (%1): saved "
                       "elsewhere or copied").replace("%1", backups),
        reach.EMAIL_COPIES: QCoreApplication.translate("Erasure", "copies sent by e-mail"),
        reach.MESSAGES_SENT: QCoreApplication.translate(
            "Erasure", "the e-mails sent to them (in their mailbox and the mail server's log)"),
        reach.SENT_FILES: QCoreApplication.translate(
            "Erasure", "partner files and exports already sent"),
        reach.SERVER_LOG: QCoreApplication.translate(
            "Erasure", "the database server's write-ahead log and its own backups"),
    }
    return texts.get(place) or reach.ENGLISH[place].format(backups=backups)


def out_of_reach_text(url: str) -> str:
    """"Erasure cannot reach:" and the places, one a line."""
    from destination_norberg.app.erasure import backups_folder, out_of_reach

    folder = str(backups_folder())
    return "\n".join([QCoreApplication.translate("Erasure", "Erasure cannot reach:")]
                     + [f"• {place_text(p, folder)}" for p in out_of_reach(url)])


def plain_question(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question whose text is never read as HTML (it may hold a name)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_erasure(parent: QWidget, who: str, url: str) -> bool:
    """Ask before erasing `who`, saying what the erasure cannot reach."""
    text = QCoreApplication.translate(
        "GdprDialog", "Erase %1 for good? Their contacts stay with the organisation without "
                      "their name. This cannot be undone.").replace("%1", who)
    return plain_question(parent, QCoreApplication.translate("GdprDialog", "Erase"),
                          f"{text}\n\n{out_of_reach_text(url)}")


def _plain_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


class ErasureResultDialog(QDialog):
    """What an erasure did and left: texts replaced, places to review, places out of
    reach, the database file's clean-up, and the program's own backups (re-seal, delete)."""

    def __init__(self, page: Any, done: Any, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent or page)
        from destination_norberg.app.erasure import backend_of, program_backups

        self.page, self.erasure, self.url = page, done, url
        self.setWindowTitle(self.tr("Erased"))
        self.resize(620, 520)
        self.summary = _plain_label(self, self.tr(
            "Erased. %1 texts had their name, e-mail or phone replaced by %2; %3 contacts "
            "stay with their organisation without them.").replace(
            "%1", str(done.texts_scrubbed)).replace("%2", ERASED).replace(
            "%3", str(done.interactions_kept)))
        self.cleanup = _plain_label(self)
        self.finish_button = QPushButton(self.tr("Finish the clean-up"), self)
        self.finish_button.clicked.connect(lambda: self.finish_clean_up())
        sqlite = backend_of(url) == "sqlite"
        if sqlite and not done.file_cleaned:
            self.cleanup.setText(self.tr(
                "Another program has the database open (perhaps another window of this "
                "program), so the file still holds the erased data. Close the other "
                "programs, then finish the clean-up."))
        elif not sqlite and done.note:
            self.cleanup.setText(self.tr("From the database server: %1").replace(
                "%1", done.note))
        self.cleanup.setVisible(bool(self.cleanup.text()))
        self.finish_button.setVisible(sqlite and not done.file_cleaned)
        review = list(done.might_remain)
        self.review_label = _plain_label(self, self.tr(
            "Might still name them, left as it is for you to review (%1 places):").replace(
            "%1", str(len(review))) if review else self.tr(
            "Nothing else in the database seems to name them."))
        self.review = QPlainTextEdit(self)
        self.review.setReadOnly(True)
        self.review.setPlainText("\n".join(review))
        self.review.setVisible(bool(review))
        self.reach = _plain_label(self, out_of_reach_text(url))
        held = program_backups(url)
        self.backups = _plain_label(self, self.tr(
            "%1 backups kept by the program may still hold erased people. Re-sealing "
            "rewrites them without the erased people; deleting removes them.").replace(
            "%1", str(len(held))) if held else self.tr(
            "The program keeps no backups that could still hold them."))
        self.reseal_button = QPushButton(self.tr("Re-seal the backups"), self)
        self.purge_button = QPushButton(self.tr("Delete the backups"), self)
        self.reseal_button.clicked.connect(lambda: self.clean_backups(purge=False))
        self.purge_button.clicked.connect(lambda: self.clean_backups(purge=True))
        for button in (self.reseal_button, self.purge_button):
            button.setVisible(bool(held))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.finish_button, self.reseal_button, self.purge_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        box = QVBoxLayout(self)
        for widget in (self.summary, self.cleanup, self.review_label):
            box.addWidget(widget)
        box.addWidget(self.review, 1)
        box.addWidget(self.reach)
        box.addWidget(self.backups)
        box.addLayout(row)

    def _wait(self, fn: Any, label: str) -> Any:
        return run_and_wait(self.page.runner, self, lambda _progress: fn(), label, None,
                            maximum=0, min_duration=400)

    def finish_clean_up(self) -> bool:
        """Run the erasure's file clean-up again (the person is already erased)."""
        from destination_norberg.app.network import gdpr_erase

        url, uid = self.url, self.erasure.person_uid
        try:
            again = self._wait(lambda: gdpr_erase(url, uid, True, WINDOW_NOTE),
                               self.tr("Cleaning the database file…"))
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self.cleanup.setText(user_message(exc))
            return False
        if not again.file_cleaned:
            return False  # the text above still says why and what to do
        self.cleanup.setText(self.tr("The clean-up of the database file is now done."))
        self.finish_button.setVisible(False)
        return True

    def clean_backups(self, purge: bool, confirmed: bool = False) -> bool:
        """Re-seal or (asked first) delete the program's backups that hold erased people."""
        from destination_norberg.app.erasure import clean_program_backups

        if purge and not confirmed and not plain_question(
                self, self.tr("Delete the backups"), self.tr(
                    "Delete each of the program's backups that still holds an erased "
                    "person? They cannot be restored afterwards.")):
            return False
        url = self.url
        try:
            result = self._wait(lambda: clean_program_backups(url, purge),
                                self.tr("Deleting the backups…") if purge
                                else self.tr("Re-sealing the backups…"))
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self.backups.setText(user_message(exc))
            return False
        if purge:
            text = self.tr("Deleted %1 backups that held erased people; %2 held none and "
                           "were kept.").replace("%1", str(len(result.purged)))
        else:
            text = self.tr("Re-sealed %1 backups without the erased people; %2 held none "
                           "and were left as they were.").replace("%1", str(len(result.resealed)))
        lines = [text.replace("%2", str(len(result.clean)))]
        lines += [self.tr("Could not open %1: %2").replace("%1", str(path)).replace("%2", why)
                  for path, why in result.failed]
        self.backups.setText("\n".join(lines))
        for button in (self.reseal_button, self.purge_button):
            button.setEnabled(False)
        return not result.failed
