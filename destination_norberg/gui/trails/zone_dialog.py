""""Stäng område…": every trail in a zone gets one report, as one undo step.

The zone is an imported map layer's polygons (all, or one of them), a geodata file's layer,
or a polygon drawn on the map. The trails inside or crossing it are found in the worker
(app.zones: a spatial join on the EPSG:3006 geometries) and listed with their count;
retired trails are left alone. OK writes one report per trail with the one status and note
in one unit, and the caller pushes it as one undo step (gui.trails.commands.AddReportsCommand)
that removes exactly those reports again.

Drawing needs the map, which a modal dialog would cover: "Draw on the map…" closes the
dialog with what was typed so far (`wants_drawing`, `carried()`), the map takes the
polygon (gui.map.zone_tools) and opens the dialog again with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTreeWidgetItem,
    QWidget,
)

from destination_norberg.core.vocab import TrailStatus
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.forms.zone_dialog_ui import Ui_ZoneDialog
from destination_norberg.gui.trails.report_dialog import kind_label

OPEN_FILTER = ("Geodata (*.geojson *.json *.gpkg *.shp *.zip *.kml *.kmz *.fgb);;"
               "All files (*)")
Highlight = Callable[[Any, Any], None]  # (zone, finding), (None, None) to clear


class ZoneDialog(CheckedDialog):
    """After OK, `result_` is (drafts, report ids) as written."""

    def __init__(self, store: Any, runner: Any, clock: Callable[[], datetime],
                 parent: QWidget | None = None, *,
                 drawn: list[tuple[float, float]] | None = None, layer_id: int | None = None,
                 carried: dict[str, Any] | None = None,
                 highlight: Highlight | None = None, can_draw: bool = True) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ZoneDialog()
        ui.setupUi(self)
        self.check_on_ok()
        self.store, self.runner, self.clock, self.highlight = store, runner, clock, highlight
        self.drawn = drawn
        self.layers: list[Any] = []
        self.file_path: Path | None = None
        self.file_zone: Any = None
        self.zone: Any = None
        self.finding: Any = None
        self.result_: tuple[list[Any], list[int]] | None = None
        self.wants_drawing = False
        self._ticket = 0
        self._reading_file = False
        carried = carried or {}
        for status in TrailStatus:
            ui.status.addItem(labels.trail_status(status.value), status.value)
        ui.status.setCurrentIndex(max(ui.status.findData(carried.get("status", "closed")), 0))
        ui.note.setText(carried.get("note", ""))
        ui.author.setText(carried.get("author", ""))
        header = ui.trails.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._show_file_layers()
        ui.drawButton.setEnabled(can_draw)
        ui.drawButton.setText(self.tr("Draw again on the map…") if drawn
                              else self.tr("Draw on the map…"))
        ui.drawnText.setText(self.tr("%n corner(s)", "", len(drawn)) if drawn else "")
        ui.fromDrawing.setEnabled(bool(drawn))
        for radio in (ui.fromLayer, ui.fromFile, ui.fromDrawing):
            radio.toggled.connect(lambda on: on and self._zone_changed())
        ui.layer.currentIndexChanged.connect(lambda _i: self._layer_changed())
        ui.polygon.currentIndexChanged.connect(lambda _i: self._zone_changed())
        ui.chooseFileButton.clicked.connect(lambda: self.choose_file())
        ui.fileLayer.activated.connect(lambda _i: self._read_file())
        ui.drawButton.clicked.connect(self._ask_to_draw)
        ui.status.currentIndexChanged.connect(lambda _i: self._show_ok())
        self._wanted_layer = layer_id
        if drawn:
            ui.fromDrawing.setChecked(True)
        self._read_layers()

    # --- what was typed, carried through a drawing ---------------------------------------

    def carried(self) -> dict[str, Any]:
        ui = self.ui
        return {"status": ui.status.currentData(), "note": ui.note.text(),
                "author": ui.author.text()}

    def _ask_to_draw(self) -> None:
        self.wants_drawing = True
        self.reject()

    # --- the zone ------------------------------------------------------------------------

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None]) -> None:
        """In the worker pool; without one (tests of the dialog alone) here."""
        if self.runner is None:
            try:
                result = job()
            except Exception as exc:  # noqa: BLE001 - told in the dialog
                failed(exc)
                return
            done(result)
        else:
            self.runner.run(job, done, failed)

    def _read_layers(self) -> None:
        from destination_norberg.app.zones import read_zone_layers

        if self.ui.fromLayer.isChecked():
            self.ui.count.setText(self.tr("Reading the map layers…"))
        self._run(partial(read_zone_layers, self.store.url), self._layers_read,
                  self._failed)

    def _layers_read(self, layers: list[Any]) -> None:
        ui = self.ui
        self.layers = layers
        ui.layer.blockSignals(True)
        ui.layer.clear()
        for layer in layers:
            ui.layer.addItem(labels.layer_title(layer.name), layer.id)
        ui.layer.setCurrentIndex(max(ui.layer.findData(self._wanted_layer), 0))
        ui.layer.blockSignals(False)
        ui.fromLayer.setEnabled(bool(layers))
        ui.layer.setEnabled(bool(layers))
        if not layers:
            ui.layer.addItem(self.tr("(no imported layer has areas)"), None)
            if ui.fromLayer.isChecked():
                ui.fromFile.setChecked(True)
        self._layer_changed()
        if not ui.fromLayer.isChecked() and self.zone is None:
            self._zone_changed()

    def _current_layer(self) -> Any:
        return next((la for la in self.layers if la.id == self.ui.layer.currentData()), None)

    def _layer_changed(self) -> None:
        ui, layer = self.ui, self._current_layer()
        ui.polygon.blockSignals(True)
        ui.polygon.clear()
        if layer is not None:
            ui.polygon.addItem(self.tr("All %n area(s)", "", len(layer.polygons)), None)
            for fid, name, _g in layer.polygons:
                ui.polygon.addItem(name or self.tr("Area %1").replace("%1", str(fid)), fid)
        ui.polygon.setEnabled(layer is not None and len(layer.polygons) > 1)
        ui.polygon.blockSignals(False)
        if ui.fromLayer.isChecked():
            self._zone_changed()

    def choose_file(self, path: Path | None = None) -> None:
        """Ask for a file (`path` None), list its layers and read the first."""
        from destination_norberg.app.geodata import list_layers

        if path is None:
            name, _f = QFileDialog.getOpenFileName(self, self.tr("A zone from a file"), "",
                                                   OPEN_FILTER)
            if not name:
                return
            path = Path(name)
        ui = self.ui
        try:
            layers = list_layers(path)
        except Exception as exc:  # noqa: BLE001 - said in the dialog, nothing read
            self._failed(exc)
            return
        self.file_path = path
        ui.fileName.setText(plain(path.name))
        ui.fileLayer.clear()
        for info in layers:
            ui.fileLayer.addItem(f"{info.name} · {info.geometry_type} · {info.feature_count}",
                                 info.name)
        self._show_file_layers()
        ui.fromFile.setChecked(True)
        self._read_file()

    def _show_file_layers(self) -> None:
        """The layer choice only for a file of several layers."""
        several = self.ui.fileLayer.count() > 1
        self.ui.fileLayer.setVisible(several)
        self.ui.fileLayerLabel.setVisible(several)

    def _read_file(self) -> None:
        from destination_norberg.app.zones import zone_from_file

        if self.file_path is None:
            return
        self.file_zone = None
        self._reading_file = True
        self._ticket += 1
        ticket, path = self._ticket, self.file_path
        # A file of one layer is named by the file alone.
        layer = self.ui.fileLayer.currentData() if self.ui.fileLayer.count() > 1 else None
        self.ui.count.setText(self.tr("Reading %1…").replace("%1", path.name))

        def done(zone: Any) -> None:
            if ticket == self._ticket:
                self._reading_file = False
                self.file_zone = zone
                self._zone_changed()

        def failed(exc: BaseException) -> None:
            if ticket == self._ticket:
                self._reading_file = False
                self._failed(exc)

        self._run(partial(zone_from_file, path, layer), done, failed)

    def _chosen_zone(self) -> Any:
        from destination_norberg.app.zones import zone_from_layer, zone_from_points

        ui = self.ui
        if ui.fromLayer.isChecked():
            layer = self._current_layer()
            # named as the layer is offered: a background layer by its panel title
            return zone_from_layer(replace(layer, name=labels.layer_title(layer.name)),
                                   ui.polygon.currentData()) if layer else None
        if ui.fromFile.isChecked():
            return self.file_zone
        if self.drawn:
            return zone_from_points(self.tr("the drawn zone"), self.drawn)
        return None

    def _zone_changed(self) -> None:
        from destination_norberg.app.zones import read_finding

        self.finding = None
        self.ui.trails.clear()
        self._show_ok()
        if self.ui.fromFile.isChecked() and self._reading_file:
            return
        try:
            self.zone = self._chosen_zone()
        except Exception as exc:  # noqa: BLE001 - AppError: a layer without areas
            self.zone = None
            self._failed(exc)
            return
        if self.zone is None:
            self.ui.count.setText(self.tr("Choose the zone: an imported layer, a file or a "
                                          "polygon drawn on the map."))
            if self.highlight is not None:
                self.highlight(None, None)
            return
        self._ticket += 1
        ticket, zone = self._ticket, self.zone
        self.ui.count.setText(self.tr("Looking for the trails in %1…").replace("%1", zone.name))

        def done(finding: Any) -> None:
            if ticket == self._ticket:
                self._show(finding)

        def failed(exc: BaseException) -> None:
            if ticket == self._ticket:
                self._failed(exc)

        self._run(partial(read_finding, self.store.url, zone, self.clock()), done, failed)

    def _failed(self, exc: BaseException) -> None:
        self.ui.count.setText(plain(user_message(exc)))
        self.ui.count.setStyleSheet("color: #b3261e")

    # --- what it finds ----------------------------------------------------------------

    def _show(self, finding: Any) -> None:
        ui = self.ui
        self.finding = finding
        ui.count.setStyleSheet("")
        text = self.tr("%n trail(s) inside or crossing %1.", "", len(finding.trails)) \
            .replace("%1", finding.zone.name)
        if finding.retired:
            text += " " + self.tr("%n retired trail(s) left alone.", "", finding.retired)
        ui.count.setText(plain(text))
        ui.trails.clear()
        for t in finding.trails:
            item = QTreeWidgetItem([
                t.name, kind_label(t.kind), labels.trail_status(t.status),
                self.tr("crosses the edge") if t.crossing else self.tr("inside")])
            ui.trails.addTopLevelItem(item)
        self._show_ok()
        if self.highlight is not None:
            self.highlight(finding.zone, finding)

    def _ok(self) -> Any:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _show_ok(self) -> None:
        n = len(self.finding.trails) if self.finding is not None else 0
        closing = self.ui.status.currentData() == TrailStatus.CLOSED.value
        self._ok().setText(self.tr("Close %n trail(s)", "", n) if closing
                           else self.tr("Report on %n trail(s)", "", n))
        self._ok().setEnabled(n > 0)

    def undo_label(self) -> str:
        """What the undo step says it did."""
        n = len(self.finding.trails) if self.finding is not None else 0
        name = self.finding.zone.name if self.finding is not None else ""
        status = self.ui.status.currentData()
        if status == TrailStatus.CLOSED.value:
            return self.tr("Close %n trail(s) in %1", "", n).replace("%1", name)
        return (self.tr("Report %n trail(s) in %1 as %2", "", n).replace("%1", name)
                .replace("%2", labels.trail_status(status)))

    # --- OK -----------------------------------------------------------------------------

    def problem(self) -> str | None:
        if self.zone is None:
            return self.tr("Choose the zone first.")
        if self.finding is None:
            return self.tr("The trails in the zone are still being looked for.")
        if not self.finding.trails:
            return self.tr("There are no trails in the zone.")
        if not self.ui.note.text().strip():
            return self.tr("Write a note: visitors read it with the status.")
        return None

    def accept(self) -> None:
        from destination_norberg.app.zones import close_zone

        why = self.problem()
        if not why:
            ui = self.ui
            try:
                self.result_ = close_zone(self.store.engine, self.finding.ids,
                                          ui.status.currentData(), ui.note.text(),
                                          ui.author.text(), self.clock())
            except Exception as exc:  # noqa: BLE001 - told, nothing written
                why = self.tr("Nothing was reported: %1").replace("%1", user_message(exc))
        self.ui.problem.setText(plain(why or ""))
        self.ui.problem.setVisible(bool(why))
        if not why:
            QDialog.accept(self)


def close_area(parent: QWidget, store: Any, runner: Any, clock: Callable[[], datetime],
               undo_stack: Any, changed: Callable[[], None],
               report: Callable[[BaseException], None], *,
               drawn: list[tuple[float, float]] | None = None, layer_id: int | None = None,
               carried: dict[str, Any] | None = None, highlight: Highlight | None = None,
               draw: Callable[[dict[str, Any]], None] | None = None) -> bool:
    """Open the dialog; on OK push the reports as one undo step. True when written.

    `draw(carried)` is called when the user asks to draw the zone on the map."""
    from destination_norberg.gui.trails.commands import AddReportsCommand

    dialog = ZoneDialog(store, runner, clock, parent, drawn=drawn, layer_id=layer_id,
                        carried=carried, highlight=highlight, can_draw=draw is not None)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        if highlight is not None:
            highlight(None, None)
    if dialog.wants_drawing and draw is not None:
        draw(dialog.carried())
        return False
    if not accepted or dialog.result_ is None:
        return False
    drafts, ids = dialog.result_
    undo_stack.push(AddReportsCommand(dialog.undo_label(), drafts, ids,
                                      engine=lambda: store.engine, changed=changed,
                                      report=report))
    changed()
    return True


class OnLanguageChange(QObject):
    """Calls `name()` whenever the watched widget's language changes (its words again)."""

    def __init__(self, watched: QWidget, name: Callable[[], None]) -> None:
        super().__init__(watched)
        self.name = name
        watched.installEventFilter(self)
        name()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.LanguageChange:
            self.name()
        return False


def add_close_area_button(page: Any, draw: Callable[[dict[str, Any]], None] | None) -> Any:
    """"Close an area…" in the trail register's header, before "New report…"; `draw`
    hands a drawing over to the map. The button is returned (and kept as
    `page.close_area_button`)."""
    from PySide6.QtWidgets import QPushButton

    button = QPushButton(page)
    button.setObjectName("closeAreaButton")
    header = page.ui.header
    header.insertWidget(header.indexOf(page.ui.newReportButton), button)

    def name() -> None:
        button.setText(QCoreApplication.translate("ZoneDialog", "Close an area…"))
        button.setToolTip(QCoreApplication.translate(
            "ZoneDialog", "Report every trail inside a zone closed (or another status) in "
            "one step: the zone is an imported map layer, a file, or drawn on the map."))

    page._close_area_names = OnLanguageChange(page, name)
    button.clicked.connect(lambda: close_area(
        page, page.store, page.runner, page.clock, page.undo_stack, page._after_edit,
        page._report, draw=draw))
    page.close_area_button = button
    return button
