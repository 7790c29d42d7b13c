"""Geodata in and out of the map area: the import dialog, export and the map as an image.

An import reads the file in the worker pool behind a progress dialog with Cancel, shows
what it found on the map as a preview layer, asks where the coordinate system is missing
or only guessed, and writes everything in one unit (store.geodata_store) only on OK.
Export writes trails and stråk routes as GeoJSON (WGS 84), GPX 1.1 or GeoPackage (SWEREF 99
TM); the map image is a PNG or PDF of the view at a chosen scale, with legend and credit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
)

from destination_norberg.core.progress import Cancelled
from destination_norberg.core.vocab import TrailKind
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import run_and_wait
from destination_norberg.gui.common.messages import word
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.forms.geo_import_dialog_ui import Ui_GeoImportDialog
from destination_norberg.gui.trails.report_dialog import kind_label

PREVIEW = "preview"
OPEN_FILTER = (
    "Geodata (*.gpx *.geojson *.json *.gpkg *.shp *.zip *.kml *.kmz *.fgb *.osm);;All files (*)"
)


def read_in_worker(page: Any, path: Path, layer: str | None, crs: int | str | None) -> Any:
    """Read one layer off the UI thread behind a progress dialog; None when cancelled.

    A failure is raised here, on the UI thread, for the caller to tell.
    """
    from destination_norberg.app.geodata import read_layer

    try:
        return run_and_wait(
            page.runner,
            page,
            lambda progress: read_layer(path, layer, crs, progress),
            QCoreApplication.translate("MapIO", "Reading %1…").replace("%1", path.name),
            QCoreApplication.translate("MapIO", "Cancel"),
        )
    except Cancelled:
        return None


class GeoImportDialog(QDialog):
    """What the file holds and what to make of it; the page reads again on a change of
    layer or coordinate system."""

    def __init__(
        self, page: Any, path: Path, layers: list[Any], imported: Any, straks: list[tuple[int, str]]
    ) -> None:
        super().__init__(page)
        self.page, self.path, self.imported = page, path, imported
        self.refused = ""  # why the layer or coordinate system chosen could not be read
        self.ui = ui = Ui_GeoImportDialog()
        ui.setupUi(self)
        ui.problem.setStyleSheet("color: #b3261e")
        ui.problem.setVisible(False)
        ui.file.setText(path.name)
        for info in layers:
            ui.layer.addItem(
                f"{info.name} · {info.format_name} · {info.geometry_type} · {info.feature_count}",
                info.name,
            )
        ui.layer.setCurrentIndex(max(ui.layer.findData(imported.name), 0))
        ui.target.addItem(self.tr("Trails"), "trails")
        ui.target.addItem(self.tr("Stråk route"), "strak")
        ui.target.addItem(self.tr("Reference layer"), "layer")
        for kind in TrailKind:
            ui.kind.addItem(kind_label(kind), str(kind))
        for strak_id, name in straks:
            ui.strak.addItem(name, strak_id)
        ui.layerName.setText(path.stem)
        ui.buttonBox.accepted.connect(self._try_accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.target.currentIndexChanged.connect(self._target_changed)
        ui.layer.activated.connect(lambda _i: self._reread())
        ui.crs.activated.connect(lambda _i: self._reread())
        ui.crsCode.editingFinished.connect(self._reread)
        self._show(imported)
        self._target_changed()
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))

    def _show(self, imported: Any) -> None:
        from destination_norberg.app.geodata import suggest_mapping

        ui = self.ui
        self.imported = imported
        name_field, grade_field = suggest_mapping(imported.fields)
        for combo, chosen in ((ui.nameField, name_field), (ui.gradeField, grade_field)):
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for f in imported.fields:
                combo.addItem(f, f)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        crs = imported.crs
        ui.crs.blockSignals(True)
        ui.crs.clear()
        # What the features were read with comes first: the file's own system when trusted,
        # else the suggestion from where the coordinates lie.
        first = (crs.suggestion, crs.epsg) if crs.needs_confirmation else (crs.epsg,)
        codes = [c for c in (*first, *crs.candidates, 3006, 3021, 4326) if c is not None]
        from destination_norberg.app.geodata import crs_label

        for code in dict.fromkeys(codes):
            ui.crs.addItem(crs_label(code), code)
        ui.crs.setCurrentIndex(0)
        ui.crs.blockSignals(False)
        kinds: dict[str, int] = {}
        for f in imported.features:
            kinds[f.geometry.kind] = kinds.get(f.geometry.kind, 0) + 1
        lines = [
            self.tr("%1 feature(s): %2.")
            .replace("%1", str(len(imported.features)))
            .replace("%2", ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
        ]
        lines += [
            self.tr("Skipped: %1 (%2).").replace("%1", str(n)).replace("%2", word(why))
            for why, n in imported.skipped.items()
        ]
        if imported.thinned:  # a track of millions of points would take minutes to draw
            lines.append(self.tr("Shortened: %1 line(s) of more than 20,000 points, to within "
                                 "0.5 m (the length is the full track's).")
                         .replace("%1", str(imported.thinned)))
        if imported.shortened:
            lines.append(self.tr("Shortened: %1 attribute text(s) longer than 10,000 "
                                 "characters.").replace("%1", str(imported.shortened)))
        lines += self._notes(imported)
        note = word(crs.message())
        if crs.needs_confirmation:
            note = self.tr(
                "Check the coordinate system: %1 The preview on the map shows "
                "where the features land with the choice above."
            ).replace("%1", note)
        lines.append(note)
        ui.summary.setText(plain("\n".join(lines)))
        show_preview(self.page, imported)

    def _notes(self, imported: Any) -> list[str]:
        """What the reader decided for the user to know (app.geodata.layer_notes)."""
        notes = []
        if getattr(imported, "fallback", ""):
            notes.append(self.tr("The file's tracks are empty or single points: its routes "
                                 "were read instead."))
        if getattr(imported, "geodesic", 0):
            notes.append(self.tr("%1 line(s) lie far from Sweden: their length is measured on "
                                 "the ellipsoid, since SWEREF 99 TM would stretch it by more "
                                 "than 0.5 %.").replace("%1", str(imported.geodesic)))
        return notes

    def _target_changed(self) -> None:
        ui = self.ui
        target = ui.target.currentData()
        for widget, label, on in (
            (ui.kind, ui.kindLabel, target == "trails"),
            (ui.gradeField, ui.gradeFieldLabel, target == "trails"),
            (ui.strak, ui.strakLabel, target == "strak"),
            (ui.layerName, ui.layerNameLabel, target == "layer"),
        ):
            widget.setVisible(on)
            label.setVisible(on)

    def chosen_crs(self) -> int | str | None:
        code = self.ui.crsCode.text().strip()
        if code.isdigit():
            return int(code)
        return self.ui.crs.currentData()

    def _reread(self) -> None:
        try:
            again = read_in_worker(
                self.page, self.path, self.ui.layer.currentData(), self.chosen_crs()
            )
        except Exception as exc:  # noqa: BLE001 - said in the dialog, nothing written
            self.refused = crs_refusal(exc) or user_message(exc)
            self.ui.problem.setText(plain(self.refused))
            self.ui.problem.setVisible(True)
            return
        if again is not None:
            self.refused = ""
            self.ui.problem.setVisible(False)
            self._show(again)

    def _try_accept(self) -> None:
        why = ""
        if self.refused:  # the choice on screen was refused: the preview is an older one
            why = self.refused
        elif not self.imported.features:
            why = self.tr("The layer has no features to import.")
        elif self.ui.target.currentData() == "strak" and self.ui.strak.count() == 0:
            why = self.tr("There is no stråk to give this route to.")
        elif self.ui.target.currentData() == "layer" and not self.ui.layerName.text().strip():
            why = self.tr("Give the layer a name.")
        self.ui.problem.setText(plain(why))
        self.ui.problem.setVisible(bool(why))
        if not why:
            self.accept()


def crs_refusal(exc: BaseException) -> str:
    """A coordinate system refused for the coordinates (geo CrsAreaError), in the user's
    language; "" for any other failure."""
    if type(exc).__name__ != "CrsAreaError":
        return ""
    looks = getattr(exc, "looks_like", None)
    if looks == 4326:
        like = QCoreApplication.translate(
            "MapIO", "they look like longitude/latitude in degrees (WGS 84, EPSG:4326)")
    elif looks == 3006:
        like = QCoreApplication.translate(
            "MapIO", "they look like SWEREF 99 TM metres (EPSG:3006)")
    elif looks == 3021:
        like = QCoreApplication.translate(
            "MapIO", "they look like RT90 2.5 gon V metres (EPSG:3021)")
    elif looks is not None:
        like = QCoreApplication.translate(
            "MapIO", "they look like metres in a SWEREF 99 local zone (such as EPSG:%1)"
        ).replace("%1", str(looks))
    else:
        like = QCoreApplication.translate(
            "MapIO", "they fit none of the Swedish coordinate systems, nor longitude/latitude")
    return (
        QCoreApplication.translate(
            "MapIO", "The coordinates cannot be in %1: they lie outside the area it is made "
            "for; %2.")
        .replace("%1", str(getattr(exc, "label", "")))
        .replace("%2", like)
    )


def ask_existing(page: Any, what: str, found: int, total: int, name: str = "") -> str | None:
    """Replace or add, for lines (what="trails") or a layer (what="layer") already there;
    None when the user cancels."""
    if what == "trails":
        text = (
            QCoreApplication.translate(
                "MapIO", "%1 of the %2 lines in this file are already in the database "
                "(imported before). Replace those trails from the file, or add every line "
                "as a new trail?")
            .replace("%1", str(found))
            .replace("%2", str(total))
        )
    else:
        text = QCoreApplication.translate(
            "MapIO", "There is already a layer named %1. Replace its features with the "
            "file's, or add a second layer beside it?").replace("%1", name)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MapIO", "Already imported"),
        plain(text),
        QMessageBox.StandardButton.Cancel,
        page,
    )
    role = QMessageBox.ButtonRole.AcceptRole
    replace = box.addButton(QCoreApplication.translate("MapIO", "Replace"), role)
    add = box.addButton(QCoreApplication.translate("MapIO", "Add as new"), role)
    box.exec()
    clicked = box.clickedButton()
    return "replace" if clicked is replace else "add" if clicked is add else None


def show_preview(page: Any, imported: Any) -> None:
    from destination_norberg.gui.map.layers import LineLayer, PointLayer, Style
    from destination_norberg.gui.map.styles import _parts

    canvas = page.canvas
    for name in (PREVIEW, f"{PREVIEW}:points"):
        if canvas.layer(name) is not None:
            canvas.remove_layer(name)
    lines = [
        (i, "new", _parts(f.geometry))
        for i, f in enumerate(imported.features)
        if f.geometry.kind not in ("Point", "MultiPoint")
    ]
    points = [
        (i, "new", f.geometry.coords[0], f.geometry.coords[1], None)
        for i, f in enumerate(imported.features)
        if f.geometry.kind == "Point"
    ]
    style = Style(
        QCoreApplication.translate("MapIO", "being imported"), "#e91e63", 3.0, fill=None, size=7.0
    )
    if lines:
        canvas.add_layer(
            LineLayer(
                PREVIEW, lines, {"new": style}, QCoreApplication.translate("MapIO", "Preview")
            )
        )
    if points:
        canvas.add_layer(
            PointLayer(
                f"{PREVIEW}:points",
                points,
                {"new": Style(style.label, style.color, 1.0, fill=style.color, size=7.0)},
                QCoreApplication.translate("MapIO", "Preview"),
            )
        )
    box = canvas.layer(PREVIEW) or canvas.layer(f"{PREVIEW}:points")
    if box is not None and box.bbox is not None:
        canvas.zoom_to(box.bbox, margin=0.1)


def clear_preview(page: Any) -> None:
    for name in (PREVIEW, f"{PREVIEW}:points"):
        if page.canvas.layer(name) is not None:
            page.canvas.remove_layer(name)


def run_import(page: Any, path: Path | None = None) -> bool:
    """Ask for a file, read it, confirm, write. True when something was written."""
    from destination_norberg.app.geodata import list_layers

    if path is None:
        name, _f = QFileDialog.getOpenFileName(
            page, QCoreApplication.translate("MapIO", "Import geodata"), "", OPEN_FILTER
        )
        if not name:
            return False
        path = Path(name)
    try:
        layers = list_layers(path)
        imported = read_in_worker(page, path, None, None)
    except Exception as exc:  # noqa: BLE001 - every failure is told, nothing written
        QMessageBox.warning(
            page, QCoreApplication.translate("MapIO", "Not imported"), user_message(exc)
        )
        return False
    if imported is None:
        return False
    straks = [(r.id, r.name) for r in (page.data.routes if page.data else [])]
    dialog = GeoImportDialog(page, path, layers, imported, straks)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return write_import(page, dialog)
    finally:
        clear_preview(page)


def write_import(page: Any, dialog: GeoImportDialog) -> bool:
    """Write what the dialog chose in one unit and push it as one undo step."""
    from destination_norberg.app import geodata as gd
    from destination_norberg.app import map_edit as gs
    from destination_norberg.gui.map import import_commands as ic

    ui, imported = dialog.ui, dialog.imported
    target = ui.target.currentData()
    engine = page.store.engine
    file_name = dialog.path.name
    try:
        if target == "trails":
            from destination_norberg.app.geodata_match import LINES, find_existing, write_trails

            how = gs.TrailImport(kind=ui.kind.currentData(),
                                 name_field=ui.nameField.currentData(),
                                 grade_field=ui.gradeField.currentData(),
                                 default_name=dialog.path.stem)
            found = find_existing(engine, imported.features)
            existing = None
            if found:
                lines = sum(f.geometry.kind in LINES for f in imported.features)
                existing = ask_existing(page, "trails", len(found), lines)
                if existing is None:
                    return False
            # what "replace" may update, as it was: the undo step puts it back
            matched = sorted({m.line.id for m in found if m.line.kind == "trail"})
            before = gd.imported_trails(engine, matched) if existing == "replace" else []
            done = write_trails(engine, imported.features, how, existing, file_name)
            after = gd.imported_trails(engine, matched) if before else []
            replaced = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
            message = QCoreApplication.translate("MapIO", "%1 trail(s) imported.").replace(
                "%1", str(len(done.created))
            )
            if found:
                message += " " + QCoreApplication.translate(
                    "MapIO", "Already there: %1 replaced from the file, %2 unchanged."
                ).replace("%1", str(done.replaced)).replace("%2", str(done.unchanged))
            count = len(done.created) + len(replaced)
            label = (QCoreApplication.translate("MapIO", "Import %1 trail(s) from %2")
                     .replace("%1", str(count)).replace("%2", file_name))
            command: Any = ic.ImportTrailsCommand(
                label, gd.imported_trails(engine, done.created), **ic.services(page),
                before=[b for b, _a in replaced], after=[a for _b, a in replaced])
        elif target == "strak":
            change = gd.import_strak_route(engine, ui.strak.currentData(), imported.features)
            message = (
                QCoreApplication.translate("MapIO", "The route of %1 is now %2 m long.")
                .replace("%1", ui.strak.currentText())
                .replace("%2", f"{change.length_m:.0f}")
            )
            label = (QCoreApplication.translate("MapIO", "Import the route of %1 from %2")
                     .replace("%1", ui.strak.currentText()).replace("%2", file_name))
            command = ic.RouteImportCommand(label, change, **ic.services(page))
        else:
            from destination_norberg.app.geodata import write_layer
            from destination_norberg.app.geodata_match import layer_conflict

            existing = None
            there = layer_conflict(engine, ui.layerName.text())
            if there is not None:
                existing = ask_existing(page, "layer", 0, 0, ui.layerName.text().strip())
                if existing is None:
                    return False
            old = gd.imported_layer(engine, there[0]) if there and existing == "replace" else None
            written = write_layer(engine, imported, ui.layerName.text(), file_name,
                                  ui.nameField.currentData(), existing)
            message = QCoreApplication.translate("MapIO", "The layer %1 was added.").replace(
                "%1", written
            ) if existing != "replace" else QCoreApplication.translate(
                "MapIO", "The features of the layer %1 were replaced from the file."
            ).replace("%1", written)
            label = (QCoreApplication.translate("MapIO", "Import the layer %1 from %2")
                     .replace("%1", written).replace("%2", file_name))
            now = layer_conflict(engine, written)
            assert now is not None  # just written
            new = gd.imported_layer(engine, now[0])
            if old is None:
                command = ic.ImportLayerCommand(label, new, **ic.services(page))
            else:  # the old features out, the file's in: undone the other way round
                command = ic.StepsCommand(label, [
                    ic.RemoveLayerCommand(label, old, **ic.services(page)),
                    ic.ImportLayerCommand(label, new, **ic.services(page))])
    except Exception as exc:  # noqa: BLE001 - every failure is told, nothing written
        QMessageBox.warning(
            page, QCoreApplication.translate("MapIO", "Not imported"), user_message(exc)
        )
        return False
    stack = getattr(page, "undo_stack", None)
    if stack is not None:
        stack.push(command)
    page.ui.state.setText(plain(message))
    page.ui.state.setVisible(True)
    return True


def run_export(page: Any, path: Path | None = None, fmt: str | None = None) -> bool:
    """Trails and stråk routes to GeoJSON, GPX or GeoPackage (gui.map.export_io)."""
    from destination_norberg.gui.map.export_io import run_export as export

    return export(page, path, fmt)


def save_map_image(page: Any, path: Path | None = None, scale: int | None = None) -> bool:
    """The map as PNG or PDF (gui.map.export_io)."""
    from destination_norberg.gui.map.export_io import save_map_image as save

    return save(page, path, scale)
