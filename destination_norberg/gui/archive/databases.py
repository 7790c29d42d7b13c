"""New database, open a database (a file, or a server whose password is asked), the recent
databases, leaving the demo.

A server's password is asked in the open dialog and kept only in this process's memory
(`_PASSWORDS`, by the address without it), so a recent server opens again without asking
until the program closes; it is never written to the settings, the recent list or a title.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from destination_norberg.gui.archive import options
from destination_norberg.gui.archive.options import SQLITE_FILTER
from destination_norberg.gui.archive.words import said
from destination_norberg.gui.common.jobs import ProgressJob
from destination_norberg.gui.common.plain import plain

#: Passwords typed this session, by server address without the password. Memory only.
_PASSWORDS: dict[str, str] = {}


def _open_job(url: str) -> Any:
    from destination_norberg.app.database import open_database

    return open_database(url)


def _create_job(path: Path) -> Any:
    from destination_norberg.app.database import create_database

    return create_database(path)


class Databases(QObject):
    def __init__(self, menu: Any) -> None:
        super().__init__(menu)
        self.menu = menu
        self.job: ProgressJob | None = None

    @property
    def window(self) -> Any:
        return self.menu.window

    # --- opening ----------------------------------------------------------------------------

    def open_url(self, url: str, job: Any = _open_job, arg: Any = None,
                 title: str | None = None) -> None:
        """Open (create, migrate, check) in a worker, then switch the window to it."""
        title = title or self.tr("Open database")
        self.job = job_ = ProgressJob(self.menu.runner, self.window,
                                      self.tr("Opening the database…"), None, maximum=0)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, title, plain(
                self.tr("The database could not be opened: %1").replace(
                    "%1", said(exc))))

        job_.start(lambda _progress: job(url if arg is None else arg),
                   lambda engine: self.menu.switch_to(url, engine), failed, lambda: None)

    def new_database(self) -> None:
        from destination_norberg.paths import user_data_dir

        start = str(user_data_dir() / "norberg.sqlite")
        name, _f = QFileDialog.getSaveFileName(
            self.window, self.tr("New database"), start,
            self.tr("Databases %1").replace("%1", SQLITE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        if path.exists():
            QMessageBox.warning(self.window, self.tr("New database"), plain(self.tr(
                "%1 already exists: a new database never replaces a file. Choose another "
                "name, or open it with Open database….").replace("%1", str(path))))
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.open_url(f"sqlite:///{path.resolve()}", _create_job, path.resolve(),
                      self.tr("New database"))

    def open_database(self, address: str = "") -> None:
        from destination_norberg.gui.archive.open_dialog import OpenDatabaseDialog

        dialog = OpenDatabaseDialog(self.window, address)
        if dialog.exec() != OpenDatabaseDialog.DialogCode.Accepted:
            return
        url, password = dialog.chosen()
        self.open_with_password(url, password)

    def open_with_password(self, url: str, password: str) -> None:
        from destination_norberg.app.database import (
            has_password,
            is_server,
            with_password,
            without_password,
        )

        if is_server(url):
            plain_url = without_password(url)
            if has_password(url) and not password:  # typed into the address: used, not kept
                password = _password_of(url)
            if password:
                _PASSWORDS[plain_url] = password
            url = with_password(plain_url, password)
        self.open_url(url)

    def open_recent(self, url: str) -> None:
        from destination_norberg.app.database import is_server, sqlite_file

        if is_server(url):
            if url in _PASSWORDS:
                self.open_with_password(url, _PASSWORDS[url])
            else:
                self.open_database(url)  # the address filled in; the password asked
            return
        path = sqlite_file(url)
        if path is not None and not path.exists():
            QMessageBox.warning(self.window, self.tr("Open database"), plain(
                self.tr("%1 is not there any more.").replace("%1", str(path))))
            self.fill_recent()
            return
        self.open_url(url)

    def fill_recent(self) -> None:
        """The recent list; a file that is gone is shown but cannot be chosen."""
        from destination_norberg.app.database import shown_name, sqlite_file, without_password

        menu = self.menu.recent_menu
        menu.clear()
        here = without_password(self.window.db_url)
        entries = [r for r in options.recent(self.window.settings) if r.url != here]
        for entry in entries:
            short, full = shown_name(entry.url)
            path = sqlite_file(entry.url)
            missing = path is not None and not path.exists()
            text = short
            if entry.demo:
                text = self.tr("%1 (demo)").replace("%1", text)
            if missing:
                text = self.tr("%1 (missing)").replace("%1", text)
            act = menu.addAction(text.replace("&", "&&"))
            act.setToolTip(full)
            act.setStatusTip(full)
            act.setEnabled(not missing)
            act.triggered.connect(lambda _c=False, u=entry.url: self.open_recent(u))
        if not entries:
            menu.addAction(self.tr("(none yet)")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear the list")).triggered.connect(self._clear)
        menu.setToolTipsVisible(True)

    def _clear(self) -> None:
        options.forget_all(self.window.settings)
        self.fill_recent()

    # --- leaving the demo -------------------------------------------------------------------

    def last_real(self) -> str | None:
        """The newest recent database that is not the demo and is still there."""
        from destination_norberg.app.database import sqlite_file, without_password

        here = without_password(self.window.db_url)
        for entry in options.recent(self.window.settings):
            path = sqlite_file(entry.url)
            if entry.demo or entry.url == here or (path is not None and not path.exists()):
                continue
            return entry.url
        return None

    def leave_demo(self) -> None:
        """Back to the last real database when there is one (asked), else a new one."""
        last = self.last_real()
        choice = "new" if last is None else self.choose_leave(last)
        if choice == "back" and last is not None:
            self.open_recent(last)
        elif choice == "new":
            self.new_database()

    def choose_leave(self, last: str) -> str | None:
        """Asked: "back" to `last`, a "new" database, or None (cancelled)."""
        from destination_norberg.app.database import shown_name

        name = shown_name(last)[0]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Leave the demo"), plain(
            self.tr("Leave the demo and go back to %1, or start a new, empty database?")
            .replace("%1", name)), QMessageBox.StandardButton.Cancel, self.window)
        back = box.addButton(self.tr("Open %1").replace("%1", name.replace("&", "&&")),
                             QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(self.tr("New database…"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(back)
        box.exec()
        clicked = box.clickedButton()
        return "back" if clicked is back else "new" if clicked is new else None


def _password_of(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).password or "")
