"""Open a database: an SQLite file, or a server by its address with the password asked here.

The address is shown and remembered without the password; the password field is the only
place it is typed, and it goes no further than this process's memory.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.gui.archive.options import SQLITE_FILTER
from destination_norberg.gui.common.dialog import CheckedDialog


class OpenDatabaseDialog(CheckedDialog):
    def __init__(self, parent: QWidget | None, address: str = "") -> None:
        super().__init__(parent)
        from destination_norberg.app.database import is_server, sqlite_file, without_password

        self.setWindowTitle(self.tr("Open database"))
        self.file_choice = QRadioButton(self.tr("A database &file on this computer or a share"))
        self.file = QLineEdit()
        self.file.setObjectName("file")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.server_choice = QRadioButton(self.tr("A database &server (PostgreSQL)"))
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.address.setPlaceholderText("postgresql://user@server/database")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(self.tr("The password is kept only while the program runs; it is never "
                              "saved."))
        hint.setWordWrap(True)
        problem = QLabel()
        problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        server = QFormLayout()
        server.addRow(self.tr("&Address:"), self.address)
        server.addRow(self.tr("&Password:"), self.password)
        server.addRow("", hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_choice)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.server_choice)
        layout.addLayout(server)
        layout.addWidget(problem)
        layout.addWidget(buttons)
        self.ui = SimpleNamespace(problem=problem, buttonBox=buttons)
        self.check_on_ok()
        self.file.textEdited.connect(lambda _t: self.file_choice.setChecked(True))
        self.address.textEdited.connect(lambda _t: self.server_choice.setChecked(True))
        if address and is_server(address):
            self.address.setText(without_password(address))
            self.server_choice.setChecked(True)
            self.password.setFocus()
        else:
            path = sqlite_file(address) if address else None
            self.file.setText(str(path) if path else "")
            self.file_choice.setChecked(True)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), self.file.text(),
            self.tr("Databases %1").replace("%1", SQLITE_FILTER))
        if name:
            self.file.setText(name)
            self.file_choice.setChecked(True)

    def problem(self) -> str | None:
        from pathlib import Path

        if self.file_choice.isChecked():
            text = self.file.text().strip()
            if not text:
                return self.tr("Choose the database file.")
            if not Path(text).expanduser().is_file():
                return self.tr("There is no file %1.").replace("%1", text)
            return None
        text = self.address.text().strip()
        if not text.lower().startswith(("postgresql://", "postgresql+", "postgres://")):
            return self.tr("A server address looks like postgresql://user@server/database.")
        return None

    def chosen(self) -> tuple[str, str]:
        """(the database URL, the password typed here or "")."""
        from pathlib import Path

        if self.file_choice.isChecked():
            path = Path(self.file.text().strip()).expanduser().resolve()
            return f"sqlite:///{path}", ""
        from destination_norberg.app.database import server_url

        return server_url(self.address.text()), self.password.text()
