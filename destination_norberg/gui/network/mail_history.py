"""The network area's e-mail menu and the history of mailings.

"Mailings" lists every mailing (app.mail*.list_mailings) with how many were sent, failed,
wait and are uncertain (the program stopped while the server had the message); choosing one
shows its recipients and their status; both are read in the worker. "Send the failed again"
sends whoever was not reached (nothing is sent twice; off while a sending runs).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.gui.common import labels
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.messages import word
from destination_norberg.gui.common.plain import plain, shown
from destination_norberg.gui.network.mail_api import api

translate = QCoreApplication.translate  # lupdate reads translate("MailHistory", "text")


def status_text(status: str) -> str:
    return {"väntar": translate("MailHistory", "waiting"),
            "skickad": translate("MailHistory", "sent"),
            "misslyckad": translate("MailHistory", "failed"),
            "sänder": translate("MailHistory", "sending / uncertain")}.get(status, status)


def kind_text(kind: str) -> str:
    return {"utskick": translate("MailHistory", "mailing"),
            "paket": translate("MailHistory", "package")}.get(kind, kind)


def _item(text: object, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(shown(text))  # a cell shows text as it is: no markup guessed
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    return table


def roomy(button: QPushButton) -> None:
    """Room for the whole label with a margin of a line's height on each side: the style's
    own (a few pixels) left "Skicka om misslyckade" touching its frame, as if cut off."""
    metrics = button.fontMetrics()
    button.setMinimumWidth(max(button.sizeHint().width(),
                               metrics.horizontalAdvance(button.text()) + 2 * metrics.height()))


class MailHistoryDialog(QDialog):
    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or page)
        self.page, self.url, self.runner = page, page.store.url, page.runner
        self.setWindowTitle(self.tr("Mailings"))
        self.resize(900, 560)
        self.mailings: list[Any] = []
        self.recipients: list[Any] = []
        self._asked = 0
        self._listed = 0
        self.loaded = False  # the first list of mailings has arrived
        self.list = _table(self, [self.tr("Created"), self.tr("Kind"), self.tr("Subject"),
                                  self.tr("Language"), self.tr("Sent"), self.tr("Failed"),
                                  self.tr("Waiting"), self.tr("Uncertain")])
        self.people = _table(self, [self.tr("Name"), self.tr("Address"), self.tr("Status"),
                                    self.tr("Sent at"), self.tr("Why it failed")])
        for table, stretch in ((self.list, 2), (self.people, 4)):
            table.horizontalHeader().setSectionResizeMode(
                stretch, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No mailings yet: “Send e-mail…” in the network area "
                                    "writes one."), self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)  # until the list is read
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.people)
        splitter.setStretchFactor(0, 1)  # a few mailings above, their many recipients below
        splitter.setStretchFactor(1, 2)
        self.retry = QPushButton(self.tr("Send the failed again"), self)
        self.retry.setEnabled(False)
        roomy(self.retry)
        self.retry.clicked.connect(lambda: self.send_again())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.retry, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.empty)
        box.addWidget(splitter, 1)
        box.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._chosen)
        self.finished.connect(self._stop)
        self.reload()

    def _stop(self, _result: int = 0) -> None:
        self._asked += 1
        self._listed += 1

    def reload(self) -> None:
        """The mailings, read in the worker (only the newest answer is shown)."""
        self._listed += 1
        listed = self._listed
        self.retry.setEnabled(False)
        self.runner.run(partial(api("list_mailings"), self.url),
                        lambda mailings: self._list(listed, mailings),
                        lambda exc: self._list_failed(listed, exc))

    def _list_failed(self, listed: int, exc: BaseException) -> None:
        if listed == self._listed:
            self.empty.setText(plain(user_message(exc)))
            self._list(listed, [])

    def _list(self, listed: int, mailings: Any) -> None:
        if listed != self._listed:
            return
        kept = self.chosen()
        self.mailings = list(mailings)
        self.loaded = True
        self.empty.setVisible(not self.mailings)
        self.list.setRowCount(len(self.mailings))
        for row, m in enumerate(self.mailings):
            cells = (labels.fmt_local(m.created_at), kind_text(m.kind), m.subject,
                     m.lang.upper(), m.sent, m.failed, m.pending,
                     getattr(m, "uncertain", 0))
            for column, value in enumerate(cells):
                self.list.setItem(row, column, _item(value, column >= 4))
        self.list.resizeColumnsToContents()
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ids = [m.id for m in self.mailings]
        if self.mailings:
            self.list.blockSignals(True)
            self.list.selectRow(ids.index(kept) if kept in ids else 0)
            self.list.blockSignals(False)
        self._chosen()  # its recipients, also when the same one stays chosen

    def chosen(self) -> int | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        return self.mailings[rows[0].row()].id if rows else None

    def _chosen(self) -> None:
        mailing_id = self.chosen()
        mailing = next((m for m in self.mailings if m.id == mailing_id), None)
        from destination_norberg.gui.network.mail_send import sending_now

        self.retry.setEnabled(mailing is not None and not sending_now()
                              and bool(mailing.failed or mailing.pending
                                       or getattr(mailing, "uncertain", 0)))
        self._asked += 1
        asked = self._asked
        if mailing_id is None:
            self.people.setRowCount(0)
            return
        self.runner.run(partial(api("mailing_recipients"), self.url, mailing_id),
                        lambda rows: self._show(asked, rows),
                        lambda exc: self._failed(asked, exc))

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked == self._asked:
            self.empty.setText(plain(user_message(exc)))
            self.empty.setVisible(True)

    def _show(self, asked: int, rows: Any) -> None:
        if asked != self._asked:
            return
        self.recipients = list(rows)
        self.people.setRowCount(len(self.recipients))
        for row, r in enumerate(self.recipients):
            sent_at = getattr(r, "sent_at", None)
            cells = (getattr(r, "name", "") or "", r.address, status_text(r.status),
                     labels.fmt_local(sent_at) if sent_at else "",
                     word(getattr(r, "error", "") or ""))
            for column, value in enumerate(cells):
                self.people.setItem(row, column, _item(value))
            self.people.item(row, 4).setToolTip(plain(cells[4]))  # the whole, when cut
        self.people.resizeColumnsToContents()
        self.people.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def send_again(self) -> None:
        from destination_norberg.gui.network.mail_send import start_sending

        mailing_id = self.chosen()
        if mailing_id is None:
            return

        def after() -> None:
            self.page._after_edit()
            self.reload()

        kind = next((m.kind for m in self.mailings if m.id == mailing_id), "")
        self.retry.setEnabled(False)  # on again when the list is read after the sending
        self.sender = start_sending(self, self.runner, self.url, None, mailing_id, after,
                                    package=kind == "paket")
        if self.sender is None:
            self._chosen()


def open_history(page: Any) -> MailHistoryDialog:
    dialog = MailHistoryDialog(page)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    page.mail_dialog = dialog
    dialog.open()
    return dialog


def shown_organisations(page: Any) -> frozenset[int] | None:
    """The organisations the network list shows now (its search and filters); None when
    it shows them all."""
    from destination_norberg.gui.common.fast_table import KEY_ROLE

    model = page.model
    if model.rowCount() == model.total():
        return None
    return frozenset(model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount()))


class MailMenu(QMenu):
    """The network page's "E-mail" button: write, the history, the server."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.compose_action = self.addAction("", self.compose)
        self.history_action = self.addAction("", lambda: open_history(page))
        self.addSeparator()
        self.server_action = self.addAction("", self.edit_server)
        self.retranslate()

    def compose(self) -> Any:
        from destination_norberg.gui.network.mail_composer import open_composer

        return open_composer(self.page, shown_organisations(self.page))

    def edit_server(self) -> bool:
        from destination_norberg.gui.network.mail_server import edit_server

        return edit_server(self.page, self.page.runner, self.page.store.url)

    def retranslate(self) -> None:
        self.compose_action.setText(self.tr("Send e-mail…"))
        self.history_action.setText(self.tr("Mailings…"))
        self.server_action.setText(self.tr("E-mail server…"))

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
