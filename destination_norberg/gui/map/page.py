"""The map area: the trail map and the snow map over the user's reference layers.

The data is read in a worker (app.map) and turned into canvas layers here
(gui.map_styles); the canvas (gui.map_canvas) draws them batched, the layers panel shows,
fades and restacks them, and the details panel says what a click found. Selecting a trail
here can open it in the register, and the register can show a trail here
(`show_trail`). The online background map is off unless the user turns it on: tiles are
fetched from OpenStreetMap and kept in the per-user cache (gui.map_tiles).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QRectF, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from destination_norberg.app.map import MapData, read_map
from destination_norberg.gui.common import labels
from destination_norberg.gui.common import settings as opt
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.page import AreaLoader
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.forms.map_page_ui import Ui_MapPage
from destination_norberg.gui.map.canvas import MapCanvas
from destination_norberg.gui.map.panel import MapLayersPanel
from destination_norberg.gui.map.styles import (
    BUSINESSES,
    STOPS,
    TRAILS,
    VENUES,
    build_layers,
    reference_layers,
)
from destination_norberg.gui.trails.life_words import lifecycle_label
from destination_norberg.gui.trails.report_dialog import kind_label

VIEWS = ("map", "snowmap")


def read_and_build(url: str, now: datetime, stale_days: int) -> tuple[MapData, list[Any]]:
    """Worker: the map's data and its reference layers built for the canvas (plain arrays,
    no Qt objects); built on the UI thread, a million vertices froze the window."""
    from destination_norberg.app.basemap import is_basemap
    from destination_norberg.gui.map.basemap import basemap_layers

    data = read_map(url, now, stale_days)
    basemap_layers(data.layers)  # the background's layers too: built here, cached for the draw
    return data, reference_layers(r for r in data.layers if not is_basemap(r.source))


class MapPage(QWidget):
    """`loaded` after each read is drawn; `open_trail(id)` asks to show a trail in the
    register; `changed` after an import changed the data."""

    loaded = Signal()
    failed = Signal(str)
    open_trail = Signal(int)
    open_stop = Signal(int, int)  # stråk id, stop position: show it in the stråk editor
    open_organisation = Signal(int)  # a business: show it in the network
    changed = Signal()

    def __init__(self, store: PlanningStore, runner: TaskRunner, clock: Callable[[], datetime],
                 stale_days: Callable[[], int], settings: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.clock, self.stale_days = store, runner, clock, stale_days
        self.settings = settings
        self.undo_stack: Any = None  # the window's (gui.map.__init__): edits on the map undo
        self._select_after: int | None = None
        self.ui = Ui_MapPage()
        self.ui.setupUi(self)
        self.data: MapData | None = None
        self._references: list[Any] | None = None  # the reference layers, built with the read
        self.view = "map"
        self.loader: AreaLoader[MapData] = AreaLoader(
            runner, self._read_job, self._on_data, state=self.ui.state, failed=self.failed)
        self._zoomed = False
        self.tiles: Any = None
        self.canvas = MapCanvas(self.ui.canvasHolder)
        self.panel = MapLayersPanel(self.canvas, self.ui.layersHolder)
        for holder, widget in ((self.ui.canvasHolder, self.canvas),
                               (self.ui.layersHolder, self.panel)):
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget)
        from destination_norberg.gui.map.trail_edit import TrailEditing

        self.editing = TrailEditing(self, self.ui.canvasHolder)
        self.remove_layer_button = QPushButton(self.ui.layersHolder)
        self.remove_layer_button.setObjectName("removeLayerButton")
        self.remove_layer_button.clicked.connect(self.remove_reference_layer)
        self.ui.layersHolder.layout().addWidget(self.remove_layer_button)
        self.basemap_button = QPushButton(self.ui.layersHolder)  # gui.map.basemap_io
        self.basemap_button.setObjectName("importBasemapButton")
        self.basemap_button.clicked.connect(lambda: self.import_basemap())
        self.ui.layersHolder.layout().addWidget(self.basemap_button)
        self.panel.tree.currentItemChanged.connect(lambda *_a: self._sync_remove())
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([220, 10_000, 260])  # the map takes what the sides leave
        for side in (self.ui.layersHolder, self.ui.detailsHolder):
            side.setMinimumWidth(120)  # narrow windows: the map keeps the room
        self.ui.splitter.setChildrenCollapsible(False)
        self._fill_choices()
        ui = self.ui
        ui.viewChoice.currentIndexChanged.connect(lambda _i: self.set_view(
            ui.viewChoice.currentData()))
        ui.colourBy.currentIndexChanged.connect(lambda _i: self._draw())
        ui.zoomAllButton.clicked.connect(self.zoom_to_all)
        ui.zoomSelectionButton.clicked.connect(self.zoom_to_selection)
        ui.openTrailButton.clicked.connect(self._open_selected_trail)
        ui.onlineTiles.toggled.connect(self.set_online_tiles)
        ui.importButton.clicked.connect(self.import_geodata)
        ui.drawTrailButton.clicked.connect(self.draw_trail)
        ui.editLineButton.clicked.connect(self._edit_selected_line)
        ui.exportButton.clicked.connect(self.export_geodata)
        ui.saveImageButton.clicked.connect(self.save_image)
        self.canvas.selection_changed.connect(self._show_details)
        self.canvas.view_changed.connect(self._view_changed)
        ui.state.setText(self.tr("Reading the map…"))
        self._sync_remove()
        self._show_details("", None)
        if settings is not None and settings.get(opt.MAP_ONLINE_TILES):
            ui.onlineTiles.setChecked(True)

    def _sync_remove(self) -> None:
        self.remove_layer_button.setText(self.tr("Remove imported layer…"))
        self.basemap_button.setText(self.tr("Import background map…"))
        self.basemap_button.setToolTip(self.tr(
            "A background map from Lantmäteriet's open topographic data (Topografi 10, 50 or "
            "100 as GeoPackage): roads, water, forest, buildings and place names"))
        self.remove_layer_button.setEnabled(self._current_reference() is not None)

    def _current_reference(self) -> int | None:
        """The imported layer chosen in the panel ("ref:<id>:<kind>"), if one is."""
        name = self.panel.current_layer() or ""
        # a layer of the background map too ("basemap:<id>:…", gui.map.basemap)
        return int(name.split(":")[1]) if name.startswith(("ref:", "basemap:")) else None

    def remove_reference_layer(self) -> None:
        """The imported layer chosen in the panel, removed as one undo step."""
        from destination_norberg.gui.map.import_commands import remove_layer

        layer_id = self._current_reference()
        ref = next((r for r in (self.data.layers if self.data else []) if r.id == layer_id),
                   None)
        shown = self.canvas.layer(self.panel.current_layer() or "")
        title = shown.title if shown is not None and ref is not None and \
            ref.name.startswith("basemap:") else ref.name if ref is not None else ""
        if ref is not None and remove_layer(self, ref.id, title):
            self.changed.emit()
            self.reload()

    def _fill_choices(self) -> None:
        ui = self.ui
        view, by = ui.viewChoice.currentData(), ui.colourBy.currentData()
        for combo in (ui.viewChoice, ui.colourBy):
            combo.blockSignals(True)
            combo.clear()
        ui.viewChoice.addItem(self.tr("Trail map"), "map")
        ui.viewChoice.addItem(self.tr("Snow map"), "snowmap")
        ui.colourBy.addItem(self.tr("status"), "status")
        ui.colourBy.addItem(self.tr("grade"), "grade")
        ui.viewChoice.setCurrentIndex(max(ui.viewChoice.findData(view or self.view), 0))
        ui.colourBy.setCurrentIndex(max(ui.colourBy.findData(by or "status"), 0))
        for combo in (ui.viewChoice, ui.colourBy):
            combo.blockSignals(False)

    # --- loading ----------------------------------------------------------------------

    def _read_job(self) -> Callable[[], tuple[MapData, list[Any]]]:
        return partial(read_and_build, self.store.url, self.clock(), self.stale_days())

    def reload(self) -> None:
        self.loader.reload()

    def load_blocking(self) -> None:
        """The screenshot command needs the finished view."""
        self.loader.load_blocking()

    def needs_load(self) -> bool:
        return self.data is None

    def _on_data(self, read: tuple[MapData, list[Any]]) -> None:
        self.data, self._references = read
        self.ui.state.setVisible(False)
        self._draw()
        if not self._zoomed:
            self.zoom_to_all()
            self._zoomed = True
        if self._select_after is not None:
            self.show_trail(self._select_after)
            self._select_after = None
        self.loaded.emit()

    # --- drawing and editing trails (gui.map.trail_edit) --------------------------------

    def draw_trail(self) -> None:
        """Draw a new trail: click points, then the trail dialog asks for the rest."""
        if self.view != "map":
            self.set_view("map")
        self.editing.draw_new()

    def edit_line(self, trail_id: int | None) -> bool:
        """Edit the line of trail `trail_id` (None: draw a new trail)."""
        if trail_id is None:
            self.draw_trail()
            return True
        if self.view != "map":
            self.set_view("map")
        started = self.editing.edit(trail_id)
        if started and self.canvas.selection() != (TRAILS, trail_id):
            # The side panel says which trail is being edited, however the edit was begun
            # (from the trail register too, where nothing on the map was selected).
            self.canvas.select(trail_id, TRAILS)
        return started

    def _edit_selected_line(self) -> None:
        chosen = self.canvas.selection()
        if chosen and chosen[0] == TRAILS:
            self.edit_line(int(chosen[1]))
        elif chosen and chosen[0] == VENUES:
            self.editing.move_place(int(chosen[1]))

    def data_changed(self) -> None:
        """A trail was saved, undone or redone here: read the map again, tell the window."""
        self.reload()
        self.changed.emit()

    def select_after_read(self, trail_id: int) -> None:
        self._select_after = trail_id

    # --- drawing ----------------------------------------------------------------------

    def set_view(self, view: str) -> None:
        """"map" (the trail map) or "snowmap" (ski loops by grooming age)."""
        self.view = view
        self.ui.viewChoice.setCurrentIndex(max(self.ui.viewChoice.findData(view), 0))
        self.ui.colourBy.setEnabled(view == "map")
        self._draw()
        if self.data is not None:
            self.zoom_to_all()

    def _draw(self) -> None:
        if self.data is None:
            return
        selection = self.canvas.selection()
        hidden = {layer.name: (layer.visible, layer.opacity) for layer in self.canvas.layers()}
        for layer in list(self.canvas.layers()):
            self.canvas.remove_layer(layer.name)
        for layer in build_layers(self.data, self.view, self.ui.colourBy.currentData(),
                                  self._references):
            if layer.name in hidden:
                layer.visible, layer.opacity = hidden[layer.name]
            self.canvas.add_layer(layer)
        if selection is not None and not self.canvas.select(selection[1], selection[0]):
            self.canvas.clear_selection()
        self.canvas.refresh()

    def zoom_to_all(self) -> None:
        """The program's own features (on the snow map: the ski loops)."""
        loops = self.canvas.layer(TRAILS) if self.view == "snowmap" else None
        box = loops.bbox if loops is not None else self.data.bounds() if self.data else None
        if box is not None:
            self.canvas.zoom_to(box)
        else:
            self.canvas.zoom_to_all()

    def show_trail(self, trail_id: int) -> bool:
        """Select the trail and bring it into view (from the register)."""
        if self.view != "map" and self.canvas.layer(TRAILS) is not None \
                and self.canvas.layer(TRAILS).row_of(trail_id) is None:
            self.set_view("map")  # an MTB trail is not on the snow map
        return self.canvas.select(trail_id, TRAILS, zoom=True)

    def show_stop(self, strak_id: int, position: int) -> bool:
        """Select a stråk stop and bring it into view (from the stråk editor)."""
        if self.view != "map":
            self.set_view("map")
        return self.canvas.select(f"{strak_id}:{position}", STOPS, zoom=True)

    def show_organisation(self, org_id: int) -> bool:
        """Select a business and bring it into view (from the network)."""
        if self.view != "map":
            self.set_view("map")
        return self.canvas.select(org_id, BUSINESSES, zoom=True)

    def zoom_to_selection(self) -> None:
        chosen = self.canvas.selection()
        if chosen is not None:
            self.canvas.select(chosen[1], chosen[0], zoom=True)

    # --- details ----------------------------------------------------------------------

    def _show_details(self, layer: str, feature_id: object) -> None:
        ui = self.ui
        ui.openTrailButton.setVisible(layer in (TRAILS, STOPS, BUSINESSES))
        ui.editLineButton.setVisible(layer in (TRAILS, VENUES))
        ui.editLineButton.setText(self.tr("Edit the line") if layer == TRAILS
                                  else self.tr("Move on the map"))
        ui.openTrailButton.setText(
            self.tr("Show in the trail register") if layer == TRAILS else
            self.tr("Show in the stråk editor") if layer == STOPS else
            self.tr("Show in the network"))
        ui.zoomSelectionButton.setEnabled(bool(layer))
        if not layer or self.data is None:
            ui.detailTitle.setText(self.tr("Nothing selected"))
            ui.details.setHtml(escape(self.tr(
                "Click a trail, a stop or a business on the map to see what it is. Drag to "
                "move the map, turn the wheel to zoom, Shift-drag to zoom to an area.")))
            return
        title, rows = self._describe(layer, feature_id)
        ui.detailTitle.setText(plain(title))
        ui.details.setHtml("<table cellspacing='3'>" + "".join(
            f"<tr><td style='color:#5b6670; padding-right:8px'>{escape(k)}</td>"
            f"<td>{escape(str(v))}</td></tr>" for k, v in rows if v not in (None, "")) +
            "</table>")

    def _describe(self, layer: str, feature_id: object) -> tuple[str, list[tuple[str, Any]]]:
        data = self.data
        assert data is not None
        if layer == TRAILS:
            t = next((t for t in data.trails if t.row.id == feature_id), None)
            if t is not None:
                r = t.row
                return r.name, [
                    (self.tr("Kind"), kind_label(r.kind)),
                    (self.tr("Stage"), lifecycle_label(r.lifecycle)),
                    (self.tr("Grade"), str(r.grade_colour) if r.grade_colour else None),
                    (self.tr("Length"), f"{r.length_m / 1000:.1f} km"),
                    (self.tr("Status"), labels.trail_status(str(r.status) if r.status
                                                            else None)),
                    (self.tr("Reported"), labels.fmt_local(r.reported_at) if r.reported_at
                     else None),
                    (self.tr("Snow guarantee"), self.tr("counts") if t.guarantee_loop
                     else None),
                    (self.tr("Area"), r.area)]
        if layer == STOPS:
            for route in data.routes:
                for s in route.stops:
                    if f"{route.id}:{s.label}" == feature_id:
                        return f"{s.label}. {s.name}", [(self.tr("Stråk"), route.name),
                                                        *[(k, v) for k, v in s.details]]
        if layer in (BUSINESSES, VENUES):
            points = data.businesses if layer == BUSINESSES else data.venues
            p = next((p for p in points if p.id == feature_id), None)
            if p is not None:
                return p.name, [(self.tr("Kind"), p.kind), *p.details]
        if layer.startswith("ref:"):
            for ref in data.layers:
                for fid, name, _g, attrs in ref.features:
                    if fid == feature_id and layer.startswith(f"ref:{ref.id}:"):
                        return name or ref.name, [(self.tr("Layer"), ref.name),
                                                  *list(attrs.items())[:20]]
        return str(feature_id), []

    def _open_selected_trail(self) -> None:
        chosen = self.canvas.selection()
        if chosen and chosen[0] == TRAILS:
            self.open_trail.emit(int(chosen[1]))
        elif chosen and chosen[0] == STOPS:
            strak_id, position = str(chosen[1]).split(":")
            self.open_stop.emit(int(strak_id), int(position))
        elif chosen and chosen[0] == BUSINESSES:
            self.open_organisation.emit(int(chosen[1]))

    # --- background map ---------------------------------------------------------------

    def set_online_tiles(self, on: bool) -> None:
        """Tiles from OpenStreetMap, kept in the per-user cache; off by default."""
        if self.settings is not None:
            self.settings.set(opt.MAP_ONLINE_TILES, on)
        if self.tiles is None:
            from destination_norberg.gui.map.tiles import TileLayer

            self.tiles = TileLayer.for_source(online=on)
            self.tiles.attach(self.canvas.view_box)
            self.tiles.offline_changed.connect(lambda _o: self._show_attribution())
        self.tiles.set_online(on)
        self.tiles.setVisible(on)
        self._view_changed(self.canvas.view_box.viewRect(), self.canvas.metres_per_pixel())
        self._show_attribution()

    def _view_changed(self, rect: QRectF, metres_per_pixel: float) -> None:
        if self.tiles is not None and self.tiles.isVisible():
            self.tiles.update_view(rect, metres_per_pixel)

    def _show_attribution(self) -> None:
        on = self.tiles is not None and self.tiles.isVisible()
        text = self.tiles.attribution if on else ""
        self.canvas.set_attribution(text)
        self.ui.attribution.setText(self.tiles.status_text() if on else "")

    def stop(self) -> None:
        """Wait for tile downloads: no thread outlives the page."""
        if self.tiles is not None:
            self.tiles.stop()

    # --- import, export, image (gui.map_io) -----------------------------------------------

    def import_geodata(self) -> None:
        self.import_geodata_from(None)

    def import_geodata_from(self, path: Any) -> None:
        """Ask for a file (`path` None) or import `path`; the map reads again after."""
        from destination_norberg.gui.map.geodata_io import run_import

        if run_import(self, path):
            self.changed.emit()
            self._zoomed = True
            self.reload()

    def import_basemap(self, path: Any = None) -> bool:
        """Ask for a Lantmäteriet file (`path` None) and import it as the background map."""
        from destination_norberg.gui.map.basemap_io import import_basemap

        return import_basemap(self, path)

    def export_geodata(self) -> None:
        from destination_norberg.gui.map.geodata_io import run_export

        run_export(self)

    def save_image(self) -> None:
        from destination_norberg.gui.map.geodata_io import save_map_image

        save_map_image(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_choices()
            self._sync_remove()
            self.editing.retranslate()
            self._draw()
            self._show_details(*(self.canvas.selection() or ("", None)))
        super().changeEvent(event)
