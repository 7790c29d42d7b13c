"""A package sent to its partners by e-mail: who gets it (each in their language), who is
left out and why, what is attached; then the same sending as the network's (progress,
Cancel, summary, try again). The backend records a dispatch of this version per partner, so
the package's "last sent" follows when the page reads itself again.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.gui.common.dialog import PROBLEM_STYLE
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.messages import word
from destination_norberg.gui.common.plain import plain, shown
from destination_norberg.gui.network.mail_api import api, author, on_geodata_thread, read_server

#: an item's partner (organisation id) in the list of who gets it
ORGANISATION_ROLE = Qt.ItemDataRole.UserRole + 1


def size_text(size: int) -> str:
    """A file's size the Swedish way: 820 kB, 1,4 MB (a comma in both languages' lists)."""
    if size < 1000 * 1000:
        return f"{max(1, round(size / 1000))} kB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


class PackageMailDialog(QDialog):
    def __init__(self, page: Any, package_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or page)
        self.page, self.url, self.runner = page, page.store.url, page.runner
        self.package_id = package_id
        self.preview: Any = None
        self.already_got: set[int] = set()  # partners (organisation ids) who got this version
        self._open = True
        self.setWindowTitle(self.tr("Send “%1” by e-mail").replace("%1", title))
        self.resize(760, 600)
        self.server_note = QLabel(self.tr("No e-mail server is set up yet: “Send” asks for "
                                          "it first."), self)
        self.server_note.setWordWrap(True)
        self.state = QLabel(self.tr("Reading the package and its partners…"), self)
        self.state.setWordWrap(True)
        self.included = QListWidget(self)
        self.included.setAccessibleName(self.tr("Who gets it (untick to leave out)"))
        self.excluded = QListWidget(self)
        self.excluded.setWordWrap(True)
        self.attachments = QListWidget(self)
        self.sample = QTextBrowser(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.already = QLabel(self)  # who already got this version (not sent again by default)
        self.already.setWordWrap(True)
        self.already.setTextFormat(Qt.TextFormat.PlainText)
        self.again = QCheckBox(self.tr("Send to them again"), self)
        self.again.toggled.connect(lambda _on: self._show_counts())
        for widget in (self.already, self.again):
            widget.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = QPushButton(self.tr("Send…"), self)
        self.send_button.setEnabled(False)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.server_note)
        box.addWidget(self.state)
        box.addWidget(self.already)
        box.addWidget(self.again)
        self.included_label = QLabel(self.tr("Gets it"), self)
        self.excluded_label = QLabel(self.tr("Left out"), self)
        for label, widget, stretch in (
                (self.included_label, self.included, 2), (self.excluded_label, self.excluded, 1),
                (QLabel(self.tr("Attached (first partner)"), self), self.attachments, 1),
                (QLabel(self.tr("The message (first partner)"), self), self.sample, 3)):
            box.addWidget(label)
            box.addWidget(widget, stretch)
        box.addWidget(self.problem)
        box.addWidget(buttons)
        self.included.itemChanged.connect(lambda _i: self._show_counts())
        self.finished.connect(self._stop)
        self.smtp: Any = None
        self.server_note.setVisible(False)  # until the settings are read with the preview
        self.runner.run(partial(_preview, self.url, package_id), self._on_preview,
                        self._on_failed)

    def _stop(self, _result: int = 0) -> None:
        self._open = False

    def _on_failed(self, exc: BaseException) -> None:
        if self._open:
            self.state.setText(plain(user_message(exc)))

    def _lang_of(self, organisation_id: int | None) -> str:
        """The language the partner gets the package in."""
        lang = self.preview.lang.get(organisation_id or 0, "sv")  # organisation id -> language
        return {"sv": self.tr("Swedish"), "en": self.tr("English")}.get(lang, lang)

    def _on_preview(self, read: tuple[Any, Any]) -> None:
        if not self._open:
            return
        self.smtp, preview = read
        self.server_note.setVisible(self.smtp is None)
        self.preview = preview
        self.state.setText(self.tr("Version %1 of the package goes to its partners.").replace(
            "%1", str(getattr(preview, "revision", "") or "")))
        already = list(getattr(preview, "already_sent", None) or [])
        self.already_got = {organisation_id for organisation_id, _name in already}
        got_it = self.tr("already got this version")
        self.included.blockSignals(True)
        for c in preview.included:
            text = f"{c.name} ({c.organisation}) <{c.email}> · {self._lang_of(c.organisation_id)}"
            if c.organisation_id in self.already_got:
                text += f" · {got_it}"
            item = QListWidgetItem(shown(text), self.included)
            item.setData(Qt.ItemDataRole.UserRole, c.person_id)
            item.setData(ORGANISATION_ROLE, c.organisation_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.included.blockSignals(False)
        for c, why in preview.excluded:
            org = f" ({c.organisation})" if c.organisation else ""
            self.excluded.addItem(shown(f"{c.name}{org}: {word(why)}"))
        for name, size in preview.attachments:
            self.attachments.addItem(shown(f"{name} · {size_text(int(size))}"))
        if already:
            self.already.setText(self.tr("Already got version %1: %2.").replace(
                "%1", str(getattr(preview, "revision", "") or "")).replace(
                "%2", ", ".join(shown(name) for _id, name in already)))
        for widget in (self.already, self.again):
            widget.setVisible(bool(already))
        sample = preview.sample
        self.sample.setPlainText(f"{sample.subject}\n\n{sample.body}" if sample else "")
        self._show_counts()

    def chosen_ids(self) -> list[int]:
        """The people ticked who get it: of a partner who already got this version only
        when "Send to them again" is ticked (create_package_mailing leaves them out)."""
        again = self.send_again()
        return [item.data(Qt.ItemDataRole.UserRole)
                for item in (self.included.item(r) for r in range(self.included.count()))
                if item.checkState() == Qt.CheckState.Checked
                and (again or item.data(ORGANISATION_ROLE) not in self.already_got)]

    def send_again(self) -> bool:
        """Whether partners who already got this version are to get it again."""
        return bool(self.already_got) and self.again.isChecked()

    def _show_counts(self) -> None:
        if self.preview is None:
            return
        again = self.send_again()
        self.included.blockSignals(True)  # a flag changed is an itemChanged
        for r in range(self.included.count()):  # greyed out while they do not get it again
            item = self.included.item(r)
            if item.data(ORGANISATION_ROLE) in self.already_got:
                flags = item.flags()
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if again
                              else flags & ~Qt.ItemFlag.ItemIsEnabled)
        self.included.blockSignals(False)
        chosen = len(self.chosen_ids())
        self.included_label.setText(self.tr("Gets it (%1)").replace("%1", str(chosen)))
        self.excluded_label.setText(self.tr("Left out (%1)").replace(
            "%1", str(len(self.preview.excluded))))
        self.send_button.setEnabled(chosen > 0)
        for widget in (self.excluded_label, self.excluded):  # shown when someone is
            widget.setVisible(bool(self.preview.excluded))

    def accept(self) -> None:
        if not self.chosen_ids():
            self.problem.setText(self.tr("No one is ticked to get the package."))
            self.problem.setVisible(True)
            return
        super().accept()


def open_package_mail(page: Any, package_id: int, title: str) -> PackageMailDialog:
    """The dialog over the packages page (window-modal); on Send, send; the page reads its
    dispatches again after."""
    from destination_norberg.gui.network.mail_send import start_sending

    dialog = PackageMailDialog(page, package_id, title)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            create = partial(_create, dialog.url, package_id, dialog.chosen_ids(), dialog.smtp,
                             dialog.send_again())
            page.mail_sender = start_sending(page, page.runner, dialog.url, create, None,
                                             page._after_edit, package=True)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    page.mail_dialog = dialog
    dialog.open()
    return dialog


def _preview(url: str, package_id: int) -> tuple[Any, Any]:
    """In the worker: the server's settings (None: none set up, or unreadable: the sending
    asks for them) and the preview with the brochure's PDF among the attachments."""
    from destination_norberg.gui.documents.pdf import write_brochure

    try:
        smtp = read_server(url)
    except Exception:  # noqa: BLE001 - the sending asks for the server
        smtp = None
    return smtp, on_geodata_thread(api("preview_package_mail"), url, package_id, smtp,
                                   pdf_writer=write_brochure)


def _create(url: str, package_id: int, person_ids: list[int], smtp: Any,
            again: bool = False) -> int:
    create = api("create_package_mailing")
    if again:  # partners who already got this version get it again, as the user asked
        return int(create(url, package_id, author(), person_ids, smtp, again=True))
    return int(create(url, package_id, author(), person_ids, smtp))
