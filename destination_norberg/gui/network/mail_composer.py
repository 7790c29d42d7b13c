"""Write an e-mail to the network: recipients by category, tag or the list now shown; the
message with fields; the preview of who gets it and who is left out and why.

The preview is read in the worker pool (app.mail*.preview_mailing: the consent rule of
core.mail decides) a moment after the last keystroke; only the newest answer is shown. The
message for another recipient is rendered here from what was read (core.mail.render is
pure and quick). Sending closes the composer and goes on in gui.network.mail_send.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QMenu, QWidget

from destination_norberg.core.text import swedish_key
from destination_norberg.core.vocab import OrgCategory
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.dialog import PROBLEM_STYLE
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.messages import word
from destination_norberg.gui.common.plain import plain, shown
from destination_norberg.gui.forms.mail_composer_dialog_ui import Ui_MailComposerDialog
from destination_norberg.gui.network.mail_api import api, core_mail, waited

PREVIEW_DELAY_MS = 400
TEMPLATE_FILTER = "Text (*.txt);;All files (*)"
WARN_STYLE = "color: #8a5a00"
#: what the preview reads while the message is still empty: who gets it shows already
PLACEHOLDER_TEMPLATE = "-\n-"


def field_names(lang: str) -> list[tuple[str, str]]:
    """The template fields of core.mail.FIELDS in the message's language, each with what
    it becomes: [("{förnamn}", "first_name"), …]. A field has a Swedish and an English name
    (FIELDS lists the Swedish first); the organisation's is the same in both."""
    chosen: dict[str, str] = {}
    for name, meaning in core_mail().FIELDS.items():
        if lang == "sv":
            chosen.setdefault(meaning, name)
        else:
            chosen[meaning] = name
    return [("{" + name + "}", meaning) for meaning, name in chosen.items()]


class MailComposerDialog(QDialog):
    """`page`: the network page (its store, runner, snapshot and the list now shown)."""

    def __init__(self, page: Any, shown_ids: frozenset[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or page)
        self.page, self.url, self.runner = page, page.store.url, page.runner
        self.shown_ids = shown_ids
        self.ui = ui = Ui_MailComposerDialog()
        ui.setupUi(self)
        ui.dialogLayout.setStretchFactor(ui.splitter, 1)  # the rest keep their height
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        for widget, stretch in ((ui.sample, 3), (ui.included, 2), (ui.excluded, 1)):
            ui.previewLayout.setStretchFactor(widget, stretch)
        ui.problem.setStyleSheet(PROBLEM_STYLE)
        ui.problem.setVisible(False)
        ui.notice.setStyleSheet(WARN_STYLE)
        ui.serverNote.setStyleSheet(WARN_STYLE)
        ui.sample.setOpenLinks(False)
        self.preview: Any = None  # the newest MailPreview read
        self.previewed: tuple | None = None  # what it was read for
        self.unticked: set[int] = set()
        self._asked = 0  # the newest preview asked for; older answers are dropped
        self._focus_subject = False
        self.smtp: Any = None
        self._server_asked = 0  # the newest read of the server's settings
        self._fill_choices()
        self._fields_menu()
        self.ok = ui.buttonBox.button(ui.buttonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Send…"))
        self.ok.setEnabled(False)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.serverButton.clicked.connect(self.edit_server)
        ui.openTemplate.clicked.connect(lambda: self.open_template())
        ui.saveTemplate.clicked.connect(lambda: self.save_template())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.read_preview)
        for signal in (ui.category.currentIndexChanged, ui.tag.currentIndexChanged,
                       ui.lang.currentIndexChanged, ui.shownOnly.toggled):
            signal.connect(lambda *_a: self.read_preview())
        for signal in (ui.subject.textChanged, ui.body.textChanged):
            signal.connect(lambda *_a: self._edited())
        ui.sampleFor.currentIndexChanged.connect(lambda _i: self._show_sample())
        ui.included.itemChanged.connect(self._ticked)
        self.finished.connect(self._stop)
        ui.serverBar.setVisible(False)  # until the settings are read
        self.show_server()  # then the preview

    def _stop(self, _result: int = 0) -> None:
        """Closed: an answer still on its way is dropped."""
        self.timer.stop()
        self._asked += 1
        self._server_asked += 1

    # --- choices ----------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui, snapshot = self.ui, self.page.snapshot
        ui.category.addItem(self.tr("All categories"), None)
        for category in OrgCategory:
            ui.category.addItem(labels.org_category(str(category)), str(category))
        ui.tag.addItem(self.tr("All tags"), None)
        tags = {t for o in (snapshot.organisations if snapshot else []) for t in o.tags}
        for tag in sorted(tags, key=swedish_key):
            ui.tag.addItem(tag, tag)
        ui.lang.addItem(self.tr("Swedish"), "sv")
        ui.lang.addItem(self.tr("English"), "en")
        shown = self.shown_ids  # None: the list shows every organisation
        if shown is not None:
            ui.shownOnly.setText(self.tr(
                "Only the organisations now shown in the network list (%1)").replace(
                "%1", str(len(shown))))
        ui.shownOnly.setEnabled(shown is not None)

    def _fields_menu(self) -> None:
        menu = QMenu(self)
        menu.aboutToShow.connect(lambda: self._fill_fields(menu))
        self._fill_fields(menu)
        self.ui.insertField.setMenu(menu)
        self.ui.subject.installEventFilter(self)
        self.ui.body.installEventFilter(self)

    def _fill_fields(self, menu: QMenu) -> None:
        """The fields in the message's language, each with what it becomes."""
        meanings = {"name": self.tr("The person's name"),
                    "first_name": self.tr("The person's first name"),
                    "organisation": self.tr("The organisation's name")}
        menu.clear()
        for name, meaning in field_names(self.lang()):
            menu.addAction(f"{meanings.get(meaning, meaning)}: {name}",
                           partial(self.insert_field, name))

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn:
            self._focus_subject = watched is self.ui.subject
        return super().eventFilter(watched, event)

    def insert_field(self, name: str) -> None:
        """The field at the cursor of the subject or the message, whichever was last in use."""
        if self._focus_subject:
            self.ui.subject.insert(name)
            self.ui.subject.setFocus()
        else:
            self.ui.body.insertPlainText(name)
            self.ui.body.setFocus()

    def query(self) -> Any:
        ui = self.ui
        category, tag = ui.category.currentData(), ui.tag.currentData()
        return api("RecipientQuery")(
            categories=frozenset({category}) if category else frozenset(),
            tags=frozenset({tag}) if tag else frozenset(),
            organisation_ids=self.shown_ids if ui.shownOnly.isChecked() else None)

    def lang(self) -> str:
        return str(self.ui.lang.currentData())

    def template_text(self) -> str:
        """The template as a text file holds it: the subject, then the message."""
        return f"{self.ui.subject.text().strip()}\n{self.ui.body.toPlainText()}"

    def set_template(self, subject: str, body: str) -> None:
        self.ui.subject.setText(subject)
        self.ui.body.setPlainText(body)
        self.read_preview()

    # --- the server -------------------------------------------------------------------------

    def show_server(self) -> None:
        """Read the server's settings in the worker; then say whether one is set up and
        read the preview (its message names the sender)."""
        from destination_norberg.gui.network.mail_api import read_server

        self._server_asked += 1
        asked = self._server_asked
        self.runner.run(partial(read_server, self.url),
                        lambda smtp: self._on_server(asked, smtp, None),
                        lambda exc: self._on_server(asked, None, exc))

    def _on_server(self, asked: int, smtp: Any, exc: BaseException | None) -> None:
        if asked != self._server_asked:
            return
        self.smtp = smtp
        if exc is not None:
            self.ui.serverNote.setText(plain(user_message(exc)))
        self.ui.serverBar.setVisible(self.smtp is None)
        self.read_preview()

    def edit_server(self) -> None:
        from destination_norberg.gui.network.mail_server import edit_server

        if edit_server(self, self.runner, self.url):
            self.show_server()

    # --- the preview ------------------------------------------------------------------------

    def _edited(self) -> None:
        self.ok.setEnabled(False)
        self.timer.start()

    def read_preview(self) -> None:
        """Read who gets it and the message for the first, in the worker."""
        self.timer.stop()
        self.ok.setEnabled(False)
        text = self.template_text()
        empty = not self.ui.subject.text().strip() or not self.ui.body.toPlainText().strip()
        key = (text, self.lang(), self.query(), empty)
        self._asked += 1
        asked = self._asked
        job = partial(api("preview_mailing"), self.url,
                      PLACEHOLDER_TEMPLATE if empty else text, self.lang(), key[2], self.smtp)
        self.runner.run(job, lambda preview: self._on_preview(asked, key, preview),
                        lambda exc: self._on_failed(asked, exc))

    def _on_failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        self.preview, self.previewed = None, None
        self.ui.problem.setText(plain(user_message(exc)))
        self.ui.problem.setVisible(True)
        self.ui.sample.setPlainText("")
        self.ok.setEnabled(False)

    def _on_preview(self, asked: int, key: tuple, preview: Any) -> None:
        if asked != self._asked:
            return
        ui = self.ui
        self.preview, self.previewed = preview, key
        ui.problem.setVisible(False)
        ui.included.blockSignals(True)
        ui.included.clear()
        for c in preview.included:
            what = ", ".join(x for x in (c.organisation, c.email) if x)
            item = QListWidgetItem(shown(f"{c.name} ({what})"), ui.included)
            item.setData(Qt.ItemDataRole.UserRole, c.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if c.person_id in self.unticked
                               else Qt.CheckState.Checked)
        ui.included.blockSignals(False)
        ui.excluded.clear()
        for c, why in preview.excluded:
            org = f" ({c.organisation})" if c.organisation else ""
            item = QListWidgetItem(shown(f"{c.name}{org}: {word(why)}"), ui.excluded)
            item.setData(Qt.ItemDataRole.UserRole, c.person_id)
        kept = ui.sampleFor.currentData()
        ui.sampleFor.blockSignals(True)
        ui.sampleFor.clear()
        for index, c in enumerate(preview.included):
            ui.sampleFor.addItem(shown(c.name), index)
        ui.sampleFor.setCurrentIndex(max(ui.sampleFor.findData(kept), 0))
        ui.sampleFor.blockSignals(False)
        self._show_counts()
        self._show_sample()

    def _ticked(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.unticked.discard(person_id)
        else:
            self.unticked.add(person_id)
        self._show_counts()

    def chosen_ids(self) -> list[int]:
        """The people still ticked in the preview."""
        ui = self.ui
        return [ui.included.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(ui.included.count())
                if ui.included.item(r).checkState() == Qt.CheckState.Checked]

    def _show_counts(self) -> None:
        ui, p = self.ui, self.preview
        if p is None:
            return
        chosen = len(self.chosen_ids())
        ui.includedLabel.setText(self.tr("Gets it (%1)").replace("%1", str(chosen)))
        ui.excludedLabel.setText(self.tr("Left out, and why (%1)").replace(
            "%1", str(len(p.excluded))))
        ui.counts.setText(self.tr("%1 of %2 people get it; %3 are left out.").replace(
            "%1", str(chosen)).replace(
            "%2", str(len(p.included))).replace("%3", str(len(p.excluded))))
        empty = self.previewed is not None and self.previewed[3]
        self.ok.setEnabled(chosen > 0 and not empty)

    def _show_sample(self) -> None:
        ui, p = self.ui, self.preview
        if p is None:
            return
        if self.previewed is not None and self.previewed[3]:
            ui.sample.setPlainText(self.tr("Write a subject and a message: the message as "
                                           "the first recipient gets it shows here."))
            return
        index = ui.sampleFor.currentData()
        if index is None or index >= len(p.included):
            ui.sample.setPlainText(self.tr("No one gets this message with this choice."))
            return
        candidate = p.included[index]
        rendered = p.sample if index == 0 and p.sample is not None else self._render(candidate)
        to = self.tr("To: %1").replace("%1", f"{candidate.name} <{candidate.email}>")
        subject = self.tr("Subject: %1").replace("%1", rendered.subject)
        ui.sample.setPlainText(f"{to}\n{subject}\n\n{rendered.body}")

    def _render(self, candidate: Any) -> Any:
        sender = self.smtp.sender if self.smtp is not None else ""
        try:
            return core_mail().render(self.preview.template, candidate, self.lang(), sender)
        except Exception as exc:  # noqa: BLE001 - a template the preview read renders
            return type("Shown", (), {"subject": "", "body": user_message(exc)})()

    # --- templates --------------------------------------------------------------------------

    def open_template(self, path: Path | None = None) -> bool:
        if path is None:
            name, _f = QFileDialog.getOpenFileName(self, self.tr("Open template"), "",
                                                   TEMPLATE_FILTER)
            if not name:
                return False
            path = Path(name)
        try:  # BOM, UTF-8, else Windows-1252 (a template saved in Notepad): app.mail's
            text = str(waited(self, self.runner, partial(api("read_template_file"), path),
                              self.tr("Reading the template…")))
        except Exception as exc:  # noqa: BLE001 - said in the dialog (it names the file)
            self.ui.problem.setText(plain(user_message(exc)))
            self.ui.problem.setVisible(True)
            return False
        subject, _nl, body = text.replace("\r\n", "\n").partition("\n")
        self.set_template(subject.strip(), body.lstrip("\n").rstrip() + "\n")
        return True

    def save_template(self, path: Path | None = None) -> bool:
        if path is None:
            name, _f = QFileDialog.getSaveFileName(self, self.tr("Save template"),
                                                   "mall.txt", TEMPLATE_FILTER)
            if not name:
                return False
            path = Path(name)
        body = self.ui.body.toPlainText().rstrip()
        try:
            path.write_text(f"{self.ui.subject.text().strip()}\n\n{body}\n", encoding="utf-8")
        except OSError as exc:
            self.ui.problem.setText(plain(user_message(exc)))
            self.ui.problem.setVisible(True)
            return False
        return True

    # --- sending ----------------------------------------------------------------------------

    def problem(self) -> str:
        if self.preview is None or self.previewed is None or self.previewed[3]:
            return self.tr("Write a subject and a message first.")
        if self.previewed[:3] != (self.template_text(), self.lang(), self.query()):
            return self.tr("The preview is being read again; send when it shows.")
        if not self.chosen_ids():
            return self.tr("No one is ticked to get the message.")
        return ""

    def accept(self) -> None:
        why = self.problem()
        self.ui.problem.setText(plain(why))
        self.ui.problem.setVisible(bool(why))
        if not why:
            super().accept()


def open_composer(page: Any, shown_ids: frozenset[int] | None) -> MailComposerDialog:
    """Open the composer over the network page (window-modal); on Send, send."""
    from destination_norberg.gui.network.mail_send import start_sending

    dialog = MailComposerDialog(page, shown_ids)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            create = partial(_create_for, dialog.url, dialog.template_text(), dialog.lang(),
                             dialog.query(), dialog.chosen_ids())
            page.mail_sender = start_sending(page, page.runner, dialog.url, create, None,
                                             page._after_edit)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    page.mail_dialog = dialog
    dialog.open()
    return dialog


def _create_for(url: str, text: str, lang: str, query: Any, person_ids: list[int]) -> int:
    from destination_norberg.gui.network.mail_api import author

    return int(api("create_mailing")(url, text, lang, query, author(), person_ids))
