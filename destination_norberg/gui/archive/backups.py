"""Back up to a chosen file, and restore from one, from the Arkiv menu.

A restore looks first (in a worker): the file gets every check the command line's restore
makes (the seal, every member's checksum, the schema, the row counts) and the database's
current rows are counted. The question names both. Only then the window lets go of the
database (an SQLite file is swapped in with one rename, which needs the only connection),
a safety copy of the current database goes into the program's backups folder, the backup
is restored, and a new window opens on the restored database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from destination_norberg.gui.archive import options
from destination_norberg.gui.archive.words import said
from destination_norberg.gui.common.jobs import ProgressJob
from destination_norberg.gui.common.plain import plain

BACKUP_FILTER = "(*.zip)"


def _when(iso: str) -> str:
    """A backup's UTC time as Norberg's local date and time."""
    from datetime import datetime

    from destination_norberg.gui.common.labels import fmt_stamp

    try:
        return fmt_stamp(datetime.fromisoformat(iso.replace("Z", "+00:00")))
    except ValueError:
        return iso


class Backups(QObject):
    def __init__(self, menu: Any) -> None:
        super().__init__(menu)
        self.menu = menu
        self.job: ProgressJob | None = None

    @property
    def window(self) -> Any:
        return self.menu.window

    def _job(self, label: str) -> ProgressJob:
        self.job = ProgressJob(self.menu.runner, self.window, label, None, maximum=0)
        return self.job

    # --- backup -----------------------------------------------------------------------------

    def backup(self) -> None:
        from destination_norberg.app.database import shown_name

        settings = self.window.settings
        stem = Path(shown_name(self.window.db_url)[0]).stem or "norberg"
        folder = settings.get(options.BACKUP_DIR) or str(Path.home())
        start = str(Path(folder) / f"{stem}-{date.today().isoformat()}.zip")
        name, _f = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up the database"), start,
            self.tr("Backups %1").replace("%1", BACKUP_FILTER))
        if not name:
            return
        out = Path(name)
        if out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
        if out.is_dir():
            self._warn(self.tr("Back up the database"), self.tr(
                "%1 is a folder: name the backup file.").replace("%1", str(out)))
            return
        settings.set(options.BACKUP_DIR, str(out.parent))
        url = self.window.db_url

        def job(_progress: Any) -> Any:
            from destination_norberg.app.backup import backup

            return backup(url, out)

        def done(info: Any) -> None:
            self.window.statusBar().showMessage(self.tr(
                "Backed up to %1: %2 rows in %3 tables.").replace("%1", str(out))
                .replace("%2", str(info.total_rows)).replace("%3", str(len(info.row_counts))),
                30_000)

        def failed(exc: BaseException) -> None:
            self._warn(self.tr("Back up the database"), self.tr(
                "The backup could not be written: %1").replace("%1", said(exc)))

        self._job(self.tr("Backing up the database…")).start(job, done, failed, lambda: None)

    # --- restore ----------------------------------------------------------------------------

    def restore(self) -> None:
        settings = self.window.settings
        name, _f = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup"),
            settings.get(options.BACKUP_DIR) or str(Path.home()),
            self.tr("Backups %1").replace("%1", BACKUP_FILTER))
        if not name:
            return
        file = Path(name)
        url = self.window.db_url

        def job(_progress: Any) -> Any:
            from destination_norberg.app.backup import restore_preview

            return restore_preview(url, file)

        def failed(exc: BaseException) -> None:
            self._warn(self.tr("Restore from a backup"), self.tr(
                "%1 cannot be restored: %2 Nothing was changed.").replace("%1", file.name)
                .replace("%2", said(exc)))

        self._job(self.tr("Checking the backup…")).start(
            job, lambda preview: self._confirm(file, preview), failed, lambda: None)

    def question(self, preview: Any, file: Path) -> str:
        """What the confirmation says: what comes back, and what it replaces."""
        from destination_norberg.app.database import shown_name

        info = preview.backup
        text = self.tr("Restore %1, taken %2 from %3 (%4 rows)?").replace("%1", file.name) \
            .replace("%2", _when(info.created_at)).replace("%3", info.source or "?") \
            .replace("%4", str(info.total_rows))
        text += "\n\n" + self.tr("It replaces everything in the database %1: %2.").replace(
            "%1", shown_name(self.window.db_url)[0]).replace("%2", self._held(preview.current))
        if preview.current_rows:
            text += "\n\n" + self.tr("A safety copy of the database as it is now is kept in "
                                     "the program's backups folder first.")
        if preview.warning:
            text += "\n\n" + preview.warning
        return text

    def _held(self, counts: dict[str, int]) -> str:
        shown = [(t, n) for t, n in counts.items() if n and t in _SHOWN_TABLES]
        if not shown:
            total = sum(counts.values())
            return self.tr("%1 rows").replace("%1", str(total)) if total \
                else self.tr("it is empty")
        return ", ".join(f"{n} {self._table_word(t, n)}" for t, n in shown)

    def _table_word(self, table: str, n: int) -> str:
        words = {
            "event": (self.tr("event"), self.tr("events")),
            "trail": (self.tr("trail"), self.tr("trails")),
            "organisation": (self.tr("organisation"), self.tr("organisations")),
            "person": (self.tr("person"), self.tr("people")),
            "package": (self.tr("package"), self.tr("packages")),
        }
        one, many = words.get(table, (table, table))
        return one if n == 1 else many

    def _confirm(self, file: Path, preview: Any) -> None:
        answer = QMessageBox.question(
            self.window, self.tr("Restore from a backup"), plain(self.question(preview, file)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window.shutdown()  # the window lets go of the database before it is replaced
        url = self.window.db_url

        def job(_progress: Any) -> Any:
            from destination_norberg.app.backup import restore_with_safety_copy

            return restore_with_safety_copy(url, file)

        def done(outcome: Any) -> None:
            result, kept = outcome
            message = self.tr("Restored %1 (taken %2).").replace("%1", file.name) \
                .replace("%2", _when(result.backup.created_at))
            if kept is not None:
                message += " " + self.tr("The data it replaced is kept in %1.").replace(
                    "%1", str(kept))
            if result.erasures_reapplied:
                message += " " + self.tr("%1 erased person(s) were erased again.").replace(
                    "%1", str(len(result.erasures_reapplied)))
            self.last_message = message
            self.menu.switch_to(url, None, message)

        def failed(exc: BaseException) -> None:
            self.last_message = self.tr("%1 was not restored: %2").replace(
                "%1", file.name).replace("%2", said(exc))
            new = self.menu.switch_to(url, None, self.last_message)
            self._warn(self.tr("Restore from a backup"), self.last_message, new)

        self.last_message = ""
        self._job(self.tr("Restoring %1…").replace("%1", file.name)).start(
            job, done, failed, lambda: None)

    def _warn(self, title: str, text: str, parent: Any = None) -> None:
        QMessageBox.warning(parent or self.window, title, plain(text))


#: The tables a coordinator knows by name; the others are counted in "rows".
_SHOWN_TABLES = ("event", "trail", "organisation", "person", "package")
