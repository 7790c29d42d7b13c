"""Weather in, without a terminal: "Importera väderdata…" (files) and "Hämta från SMHI…".

Both dialogs are thin: every read, download and write is app.smhi's or app.smhi_fetch's and
runs in the worker pool behind a progress dialog with Cancel; the widgets only show what comes
back. An import is one write unit and adds nothing when repeated; the snow area has no undo
for imports (its undo covers the snow log's own edits), which the import dialog says.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.gui.common import labels
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import ProgressJob, TaskRunner


def message_of(exc: BaseException) -> str:
    from destination_norberg.app.errors import AppError
    from destination_norberg.gui.snow.fetch_texts import fetch_message

    worded = fetch_message(exc)
    if worded is not None:
        return worded
    return str(exc) if isinstance(exc, AppError) else user_message(exc)


def _day(at: datetime | None) -> str:
    return labels.fmt_date(at.date()) if at is not None else "—"


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # plain text, never rich text
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class WeatherImportDialog(QDialog):
    """Choose files, see what each holds, import them all in one go."""

    imported = Signal()

    def __init__(self, url: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url, self.runner = url, runner
        self.previews: list[Any] = []
        self.job: ProgressJob | None = None
        self.setWindowTitle(self.tr("Import weather data"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "SMHI observation downloads (CSV or JSON: air temperature hourly, daily mean, "
            "minimum and maximum; relative humidity; snow depth) and SMHI's point forecast "
            "(JSON). Importing the same file again adds nothing; an import cannot be undone "
            "from the window."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choose = QPushButton(self.tr("Choose files…"), self)
        self.choose.clicked.connect(self.choose_files)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeft)
        self.table = _table(self, [self.tr("File"), self.tr("Station"), self.tr("Parameter"),
                                   self.tr("Period"), self.tr("Rows"), self.tr("Notes")])
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_files)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose SMHI files"), "",
            self.tr("SMHI data (*.csv *.json *.txt *.gz);;All files (*)"))
        if paths:
            self.read_files([Path(p) for p in paths])

    def read_files(self, paths: list[Path]) -> None:
        """Read and check each file in the worker; nothing is written."""
        from destination_norberg.app.errors import AppError
        from destination_norberg.app.smhi import preview, read_weather_path

        def work(progress: Callable[..., None]) -> list[tuple[Path, Any]]:
            out: list[tuple[Path, Any]] = []
            for i, path in enumerate(paths):
                progress(i / len(paths), path.name)
                try:
                    out.append((path, preview(path, read_weather_path(path))))
                except AppError as exc:
                    out.append((path, str(exc)))
            return out

        self.job = ProgressJob(self.runner, self, self.tr("Reading the files…"),
                               self.tr("Cancel"))
        self.job.start(work, self._show_previews, self._failed, lambda: None)

    def _show_previews(self, results: list[tuple[Path, Any]]) -> None:
        self.previews = [p for _path, p in results if not isinstance(p, str)]
        self.table.setRowCount(len(results))
        for row, (path, p) in enumerate(results):
            if isinstance(p, str):
                cells = [path.name, "—", "—", "—", "—", p]
            else:
                parameter = (self.tr("forecast (air temperature, humidity)") if p.is_forecast
                             else parameter_name(self, p.data.parameter))
                station = self.tr("SMHI forecast for Norberg") if p.is_forecast else p.station
                cells = [path.name, station, parameter, f"{_day(p.first)} – {_day(p.last)}",
                         str(p.rows), " ".join(p.warnings)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _cell(text))
        refused = len(results) - len(self.previews)
        self.status.setText(self.tr("%1 file(s) can be imported; %2 cannot (see Notes).")
                            .replace("%1", str(len(self.previews))).replace("%2", str(refused)))
        self.import_button.setEnabled(bool(self.previews))

    def import_files(self) -> None:
        from destination_norberg.app.smhi import import_previews

        previews = list(self.previews)

        def work(progress: Callable[..., None]) -> list[int]:
            progress(0.0, "")
            return import_previews(self.url, previews)

        self.import_button.setEnabled(False)
        self.job = ProgressJob(self.runner, self, self.tr("Importing…"), None, maximum=0)
        self.job.start(work, self._imported, self._failed, lambda: None)

    def _imported(self, counts: list[int]) -> None:
        self.previews = []
        self.status.setText(self.tr("Imported: %1 new or changed rows.")
                            .replace("%1", str(sum(counts))))
        self.imported.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(message_of(exc))
        self.import_button.setEnabled(bool(self.previews))


def parameter_name(_widget: QWidget, parameter: int) -> str:
    translate = QCoreApplication.translate
    names = {1: translate("SmhiWeather", "air temperature, hourly (1)"),
             2: translate("SmhiWeather", "air temperature, daily mean (2)"),
             19: translate("SmhiWeather", "air temperature, daily minimum (19)"),
             20: translate("SmhiWeather", "air temperature, daily maximum (20)"),
             6: translate("SmhiWeather", "relative humidity, hourly (6)"),
             8: translate("SmhiWeather", "snow depth (8)")}
    return names.get(parameter, str(parameter))


class SmhiFetchDialog(QDialog):
    """Stations near Norberg for a parameter, their periods; download and import; the
    forecast for Norberg."""

    imported = Signal()

    def __init__(self, url: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        from destination_norberg.app.smhi_fetch import ONLINE_PARAMETERS

        super().__init__(parent)
        self.url, self.runner = url, runner
        self.stations: list[Any] = []
        self.job: ProgressJob | None = None
        self.setWindowTitle(self.tr("Fetch from SMHI"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("SMHI's open data (CC BY 4.0, credit SMHI): choose what to "
                               "fetch, list the stations within 100 km of Norberg, pick one "
                               "or more and fetch."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.parameter = QComboBox(self)
        for number in ONLINE_PARAMETERS:
            self.parameter.addItem(parameter_name(self, number), number)
        self.list_button = QPushButton(self.tr("List stations"), self)
        self.list_button.clicked.connect(self.list_stations)
        self.period = QComboBox(self)
        for key, text in (("latest-months", self.tr("the latest four months")),
                          ("corrected-archive", self.tr("the checked archive (all years)"))):
            self.period.addItem(text, key)
        row.addWidget(self.parameter)
        row.addWidget(self.list_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Period:"), self))
        row.addWidget(self.period)
        layout.addLayout(row)
        self.table = _table(self, [self.tr("Station"), self.tr("Number"), self.tr("Distance"),
                                   self.tr("Data from"), self.tr("Data to"), self.tr("Active")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.forecast_button = self.buttons.addButton(self.tr("Fetch the forecast for Norberg"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.fetch_button = self.buttons.addButton(self.tr("Fetch and import"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.fetch_button.setEnabled(False)
        self.fetch_button.clicked.connect(self.fetch_selected)
        self.forecast_button.clicked.connect(self.fetch_forecast)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def list_stations(self) -> None:
        from destination_norberg.app.smhi_fetch import nearby_stations

        parameter = int(self.parameter.currentData())

        def work(progress: Callable[..., None]) -> list[Any]:
            progress(0.0, "")
            return nearby_stations(parameter)

        self.job = ProgressJob(self.runner, self, self.tr("Asking SMHI for its stations…"),
                               self.tr("Cancel"), maximum=0, wait_on_cancel=False)
        self.job.start(work, self._show_stations, self._failed, lambda: None)

    def _show_stations(self, stations: list[Any]) -> None:
        self.stations = stations
        self.table.setRowCount(len(stations))
        for row, s in enumerate(stations):
            cells = [s.name, str(s.number), f"{s.distance_km:.0f} km", _day(s.first),
                     _day(s.last), self.tr("yes") if s.active else self.tr("no")]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _cell(text))
        self.status.setText(self.tr("%1 station(s) within 100 km of Norberg.")
                            .replace("%1", str(len(stations))))

    def _selection_changed(self) -> None:
        self.fetch_button.setEnabled(bool(self.selected()))

    def selected(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.stations[r] for r in rows if r < len(self.stations)]

    def fetch_selected(self) -> None:
        from destination_norberg.app.smhi_fetch import fetch_many

        parameter = int(self.parameter.currentData())
        period = str(self.period.currentData())
        jobs = [(s.number, parameter, period) for s in self.selected()]
        names = {s.number: s.name for s in self.selected()}

        def work(progress: Callable[..., None]) -> list[Any]:
            def step(done: int, total: int) -> bool:
                name = names.get(jobs[done][0], "") if done < total else ""
                progress(done / max(total, 1), name)  # raises Cancelled after Cancel
                return True
            return fetch_many(self.url, jobs, step)

        self.job = ProgressJob(self.runner, self, self.tr("Fetching from SMHI…"),
                               self.tr("Cancel"))
        self.job.start(work, self._fetched, self._failed, self._cancelled)

    def _fetched(self, downloads: list[Any]) -> None:
        rows = sum(len(d.readings) for d in downloads)
        self.status.setText(self.tr("Fetched and imported %1 readings from %2 station(s).")
                            .replace("%1", str(rows)).replace("%2", str(len(downloads))))
        self.imported.emit()

    def fetch_forecast(self) -> None:
        from destination_norberg.app.smhi_fetch import fetch_forecast

        def work(progress: Callable[..., None]) -> Any:
            progress(0.0, "")
            return fetch_forecast(self.url)

        self.job = ProgressJob(self.runner, self, self.tr("Fetching the forecast…"), None,
                               maximum=0)
        self.job.start(work, self._forecast_done, self._failed, lambda: None)

    def _forecast_done(self, result: Any) -> None:
        self.status.setText(self.tr("SMHI's forecast for Norberg (model run %1): %2 "
                                    "hours stored.")
                            .replace("%1", labels.fmt_stamp(result.reference_time))
                            .replace("%2", str(result.hours)))
        self.imported.emit()

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled: nothing was imported."))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(message_of(exc))
