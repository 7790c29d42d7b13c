"""The map's part in closing an area: the buttons, drawing the zone, showing what it holds.

`install(page, undo_stack)` is the one hook into the map page (called where the area is
built, gui.map.__init__): it adds "Close an area…" (with the imported layer chosen in the
layers panel as the zone) and "Draw a zone…" under the layers panel, and a polygon tool
(gui.map.zone_draw). While the zone dialog is open, the zone and the trails in it are drawn
on the map in a layer of their own; closing the dialog takes it away again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.plain import plain

ZONE = "zone"
ZONE_TRAILS = "zone:trails"


translate = QCoreApplication.translate  # lupdate reads translate("ZoneTools", "text")


def install(page: Any, undo_stack: Any) -> None:
    """Give the map page its zone buttons and tool; `page.zone_tool` is the drawing tool."""
    from destination_norberg.gui.map.zone_draw import PolygonDrawTool

    page.undo_stack = undo_stack
    page.zone_tool = tool = PolygonDrawTool(page.canvas, page)
    page.close_area_button = QPushButton(page.ui.layersHolder)
    page.close_area_button.setObjectName("closeAreaButton")
    page.draw_zone_button = QPushButton(page.ui.layersHolder)
    page.draw_zone_button.setObjectName("drawZoneButton")
    layout = page.ui.layersHolder.layout()
    layout.addWidget(page.close_area_button)
    layout.addWidget(page.draw_zone_button)
    page.close_area_button.clicked.connect(lambda: open_dialog(page))
    page.draw_zone_button.clicked.connect(lambda: start_drawing(page))
    page._zone_carried = {}
    tool.changed.connect(lambda n: _hint(page, n))
    tool.finished.connect(lambda corners: _drawn(page, corners))
    tool.cancelled.connect(lambda: _stopped(page))
    page.start_zone_drawing = lambda carried=None: start_drawing(page, carried)
    from destination_norberg.gui.trails.zone_dialog import OnLanguageChange

    page._zone_names = OnLanguageChange(page, lambda: name_buttons(page))


def name_buttons(page: Any) -> None:
    """The buttons' words (again after a change of language)."""
    page.close_area_button.setText(translate("ZoneTools", "Close an area…"))
    page.close_area_button.setToolTip(translate(
        "ZoneTools",
        "Report every trail inside a zone closed (or another status) in one step: the "
        "zone is the imported layer chosen above, a file, or a polygon drawn on the map."))
    page.draw_zone_button.setText(translate("ZoneTools", "Draw a zone…"))
    page.draw_zone_button.setToolTip(translate(
        "ZoneTools",
        "Click the corners of the zone on the map; double-click or Enter closes it, Esc "
        "cancels."))


def _hint(page: Any, corners: int) -> None:
    page.ui.state.setText(plain(translate(
        "ZoneTools",
        "Drawing a zone: click its corners on the map (%1 so far); double-click or Enter "
        "closes it, Backspace takes back a corner, Esc cancels.").replace("%1", str(corners))))
    page.ui.state.setVisible(True)


def start_drawing(page: Any, carried: dict[str, Any] | None = None) -> None:
    """Let the user draw a zone on the map; the zone dialog opens when it is closed."""
    if page.zone_tool.active:
        return
    if page.view != "map":
        page.set_view("map")
    page._zone_carried = dict(carried or {})
    page.draw_zone_button.setEnabled(False)
    page.zone_tool.start()
    _hint(page, 0)


def _stopped(page: Any) -> None:
    page.draw_zone_button.setEnabled(True)
    page.ui.state.setVisible(False)


def _drawn(page: Any, corners: list[tuple[float, float]]) -> None:
    _stopped(page)
    open_dialog(page, drawn=corners, carried=page._zone_carried)


def _current_layer(page: Any) -> int | None:
    name = page.panel.current_layer() or ""
    return int(name.split(":")[1]) if name.startswith("ref:") else None


def open_dialog(page: Any, drawn: list[tuple[float, float]] | None = None,
                carried: dict[str, Any] | None = None) -> bool:
    """The zone dialog over the map, with the zone and its trails shown on the map."""
    from destination_norberg.gui.trails.zone_dialog import close_area

    def changed() -> None:
        page.changed.emit()
        page.reload()

    def report(exc: BaseException) -> None:
        QMessageBox.warning(page, translate("ZoneTools", "Not saved"), plain(user_message(exc)))

    return close_area(page, page.store, page.runner, page.clock, page.undo_stack, changed,
                      report, drawn=drawn, layer_id=_current_layer(page), carried=carried,
                      highlight=lambda zone, finding: highlight(page, zone, finding),
                      draw=lambda values: start_drawing(page, values))


def highlight(page: Any, zone: Any, finding: Any) -> None:
    """Draw the zone and the trails found in it; (None, None) takes them away."""
    from destination_norberg.gui.map.layers import LineLayer, PolygonLayer, Style
    from destination_norberg.gui.map.styles import _parts

    canvas = page.canvas
    for name in (ZONE, ZONE_TRAILS):
        if canvas.layer(name) is not None:
            canvas.remove_layer(name)
    if zone is None:
        canvas.refresh()
        return
    canvas.add_layer(PolygonLayer(
        ZONE, [(0, "zone", _parts(zone.geometry))],
        {"zone": Style(translate("ZoneTools", "zone"), "#b3261e", 2.0, dash="dash",
                       fill="#b3261e22")},
        translate("ZoneTools", "Zone")))
    if finding is not None and finding.trails:
        canvas.add_layer(LineLayer(
            ZONE_TRAILS, [(t.id, "in", _parts(t.geometry)) for t in finding.trails],
            {"in": Style(translate("ZoneTools", "in the zone"), "#ff6f00", 5.0)},
            translate("ZoneTools", "Trails in the zone")))
    box = canvas.layer(ZONE)
    if box is not None and box.bbox is not None:
        canvas.zoom_to(box.bbox, margin=0.1)
    canvas.refresh()


#: The screenshot's zone: drawn around Klackberget, south-east of the town.
SCREENSHOT_ZONE = [(553_000.0, 6_655_600.0), (555_800.0, 6_655_600.0),
                   (556_300.0, 6_657_000.0), (555_000.0, 6_657_900.0),
                   (553_000.0, 6_657_700.0)]


def screenshot_dialog(page: Any) -> Any:
    """The zone dialog for `screenshot zoneclose`: a drawn zone, its trails found, shown
    inside the map page (a separate window would not be in the picture); writes nothing."""
    from PySide6.QtCore import Qt

    from destination_norberg.gui.trails.zone_dialog import ZoneDialog

    note = translate("ZoneTools", "Fallen trees after the storm; clearing in progress.")
    window = page.window()
    dialog = ZoneDialog(page.store, None, page.clock, window, drawn=SCREENSHOT_ZONE,
                        carried={"note": note},
                        highlight=lambda zone, finding: highlight(page, zone, finding))
    dialog.setWindowFlags(Qt.WindowType.Widget)
    dialog.setObjectName("zoneScreenshot")
    dialog.setStyleSheet("#zoneScreenshot { background: palette(window); "
                         "border: 1px solid #5b6670; }")
    dialog.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    width = min(600, window.width() - 40)
    height = min(dialog.sizeHint().height() + 40, window.height() - 70)
    dialog.setGeometry(window.width() - width - 16, 40, width, height)
    dialog.show()
    dialog.raise_()
    page.zone_screenshot_dialog = dialog
    return dialog
