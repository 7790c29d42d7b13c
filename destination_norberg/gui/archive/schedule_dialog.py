"""The automatic backup's settings: on or off, the folder, how often, how many to keep."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.gui.archive import options
from destination_norberg.gui.common.dialog import CheckedDialog


class ScheduleDialog(CheckedDialog):
    def __init__(self, parent: QWidget | None, settings: Any, last: str) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Automatic backup"))
        self.enabled = QCheckBox(self.tr("&Back up the open database automatically"))
        self.folder = QLineEdit()
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        self.daily = QRadioButton(self.tr("&Daily"))
        self.weekly = QRadioButton(self.tr("&Weekly"))
        self.hourly = QRadioButton(self.tr("Every"))
        self.hours = QSpinBox()
        self.hours.setRange(1, 24 * 31)
        self.hours.setSuffix(self.tr(" hours"))
        group = QButtonGroup(self)
        for button in (self.daily, self.weekly, self.hourly):
            group.addButton(button)
        self.keep = QSpinBox()
        self.keep.setRange(1, 999)
        self.last = QLabel(last)
        self.last.setObjectName("lastBackup")
        explain = QLabel(self.tr(
            "A backup is taken when the program starts and one is due, and while it is "
            "open. The oldest backups of this database in the folder beyond the number to "
            "keep are deleted. These settings belong to this computer."))
        explain.setWordWrap(True)
        problem = QLabel()
        problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        often = QHBoxLayout()
        for widget in (self.daily, self.weekly, self.hourly, self.hours):
            often.addWidget(widget)
        often.addStretch(1)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("backups")))
        keep_row.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Folder:")), 0, 0)
        grid.addLayout(folder_row, 0, 1)
        grid.addWidget(QLabel(self.tr("How often:")), 1, 0)
        grid.addLayout(often, 1, 1)
        grid.addWidget(QLabel(self.tr("Keep the newest:")), 2, 0)
        grid.addLayout(keep_row, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(grid)
        layout.addWidget(self.last)
        layout.addWidget(explain)
        layout.addWidget(problem)
        layout.addWidget(buttons)
        self.ui = SimpleNamespace(problem=problem, buttonBox=buttons)
        self.check_on_ok()
        self._show(settings)
        self.enabled.toggled.connect(self._enable)
        self.hours.valueChanged.connect(lambda _v: self.hourly.setChecked(True))
        self._enable(self.enabled.isChecked())
        self.resize(560, self.sizeHint().height())

    def _show(self, settings: Any) -> None:
        hours = settings.get(options.SCHEDULE_HOURS)
        self.enabled.setChecked(hours > 0 and bool(settings.get(options.SCHEDULE_FOLDER)))
        self.folder.setText(settings.get(options.SCHEDULE_FOLDER))
        self.hours.setValue(hours if hours not in (0, options.DAILY, options.WEEKLY) else 12)
        {options.WEEKLY: self.weekly}.get(hours, self.daily if hours in (0, options.DAILY)
                                          else self.hourly).setChecked(True)
        self.keep.setValue(settings.get(options.SCHEDULE_KEEP))

    def _enable(self, on: bool) -> None:
        for widget in (self.folder, self.daily, self.weekly, self.hourly, self.hours,
                       self.keep):
            widget.setEnabled(on)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Back up into which folder?"),
                                                self.folder.text())
        if name:
            self.folder.setText(name)

    def every_hours(self) -> int:
        if self.daily.isChecked():
            return options.DAILY
        if self.weekly.isChecked():
            return options.WEEKLY
        return self.hours.value()

    def problem(self) -> str | None:
        if not self.enabled.isChecked():
            return None
        text = self.folder.text().strip()
        if not text:
            return self.tr("Choose the folder the backups go into.")
        if not Path(text).expanduser().is_dir():
            return self.tr("There is no folder %1.").replace("%1", text)
        return None

    def save(self) -> None:
        on = self.enabled.isChecked()
        if self.folder.text().strip():
            self.settings.set(options.SCHEDULE_FOLDER,
                              str(Path(self.folder.text().strip()).expanduser()))
        self.settings.set(options.SCHEDULE_HOURS, self.every_hours() if on else 0)
        self.settings.set(options.SCHEDULE_KEEP, self.keep.value())
