"""Drawing a new trail, editing a trail's line and moving a venue on the map page, each saved
as ONE undo step.

The map page owns one `TrailEditing`; it shows a bar above the map while a line is being
edited (what to do, the length so far, Finish and Cancel) and installs a `LineTool` on the
canvas. A finished edit is saved through app.map_edit.trail_line (the line in EPSG:3006 and
its length, measured as an import measures it) as a trail row step (gui.snow.commands):
"Change the line of X" for an existing trail, "New trail X" after the trail dialog asked for
its name, kind, grade and stage (a new trail starts as planned).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from destination_norberg.core.trail_life import NEW_TRAIL_LIFECYCLE
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.map.line_editor import LineTool
from destination_norberg.gui.snow.texts import km


def ask_trail(values: dict, parent: QWidget) -> dict | None:
    """The trail dialog for a drawn trail: its values, or None when cancelled (tests patch
    this to answer without a modal dialog)."""
    from destination_norberg.gui.trails.trail_dialog import TrailDialog

    dialog = TrailDialog(values, parent)
    dialog.setWindowTitle(QCoreApplication.translate("TrailDialog", "New trail"))
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class TrailEditing(QObject):
    """One line edit at a time on `page` (a MapPage with `canvas`, `store`, `undo_stack`)."""

    def __init__(self, page: Any, holder: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.tool: Any = None  # a LineTool, or a ClickTool while a venue is moved
        self.before: dict | None = None  # the trail row edited (None: a new trail)
        self.bar = QFrame(holder)
        self.bar.setObjectName("lineEditBar")
        self.bar.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(8, 4, 8, 4)
        self.hint = QLabel(self.bar)
        self.hint.setWordWrap(True)
        self.finish_button = QPushButton(self.bar)
        self.cancel_button = QPushButton(self.bar)
        row.addWidget(self.hint, 1)
        row.addWidget(self.finish_button)
        row.addWidget(self.cancel_button)
        holder.layout().insertWidget(0, self.bar)
        self.finish_button.clicked.connect(
            lambda: isinstance(self.tool, LineTool) and self.tool.finish())
        self.cancel_button.clicked.connect(self.cancel)
        self.bar.hide()

    @property
    def active(self) -> bool:
        return self.tool is not None

    def draw_new(self) -> None:
        """Start drawing a new trail."""
        self._start(None, [])

    def edit(self, trail_id: int) -> bool:
        """Start editing the line of trail `trail_id` (drawing it when it has none)."""
        from destination_norberg.app.map_edit import line_points
        from destination_norberg.app.snow_edit import load_id

        try:
            before = load_id(self.page.store.engine, "trail", trail_id)
        except Exception as exc:  # noqa: BLE001 - every failure is told
            self._tell(exc)
            return False
        if before is None:
            return False
        self._start(before, line_points(before.get("geom")))
        return True

    def move_place(self, place_id: int) -> bool:
        """Move the venue `place_id`: its new place is the next click on the map."""
        from destination_norberg.app.snow_edit import load_id
        from destination_norberg.gui.map.point_picker import ClickTool

        try:
            before = load_id(self.page.store.engine, "place", place_id)
        except Exception as exc:  # noqa: BLE001 - every failure is told
            self._tell(exc)
            return False
        if before is None:
            return False
        self.cancel()
        self.tool = ClickTool(lambda x, y: self._place_clicked(before, x, y), self.cancel)
        self.page.canvas.set_tool(self.tool)
        self.finish_button.hide()
        self.bar.show()
        self.hint.setText(plain(self.tr("%1 — click its new place on the map; Esc cancels.")
                                .replace("%1", before["name"])))
        return True

    def _place_clicked(self, before: dict, x: float, y: float) -> None:
        from destination_norberg.app.map_edit import point_geom

        self.cancel()
        self._save(self.tr("Move %1").replace("%1", before["name"]), "place", before,
                   {**before, "geom": point_geom(x, y)})

    def _start(self, before: dict | None, points: list) -> None:
        self.cancel()
        self.before = before
        self.tool = LineTool(self.page.canvas, points, drawing=len(points) < 2, parent=self)
        self.tool.edited.connect(self._show_hint)
        self.tool.finished.connect(self._finished)
        self.tool.cancelled.connect(self.cancel)
        self.page.canvas.set_tool(self.tool)
        self.finish_button.show()
        self.page._zoomed = True  # a read arriving now keeps the view on the line
        if len(points) >= 2:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            self.page.canvas.zoom_to((min(xs), min(ys), max(xs), max(ys)), margin=0.2,
                                     min_span=300.0)
        self.bar.show()
        self.retranslate()

    def cancel(self) -> None:
        """End the edit without saving anything."""
        if self.tool is not None:
            self.page.canvas.set_tool(None)
            if isinstance(self.tool, LineTool):
                self.tool.remove()
                self.tool.deleteLater()
            self.tool = None
        self.bar.hide()

    def retranslate(self) -> None:
        self.finish_button.setText(self.tr("Finish"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_hint()

    def _show_hint(self) -> None:
        tool = self.tool
        if not isinstance(tool, LineTool):
            return
        if tool.editor.drawing:
            what = self.tr("Click to add points; double-click or Enter finishes, Backspace "
                           "takes back the last point, Esc cancels.")
        else:
            what = self.tr("Drag a point to move it, click on the line to add one, "
                           "right-click a point to remove it; Enter finishes, Esc cancels.")
        name = self.before["name"] if self.before else self.tr("New trail")
        length = self.tr("%1 km").replace("%1", km(tool.length_m() / 1000.0))
        self.hint.setText(plain(f"{name} · {length} — {tool.problem or what}"))

    def _finished(self, points: list) -> None:
        from destination_norberg.app.map_edit import trail_line

        line = trail_line(points)
        before = self.before
        self.cancel()
        if before is not None:
            before = self._still(before)
            if before is None:
                return
            after = {**before, **line}
            self._save(self.tr("Change the line of %1").replace("%1", before["name"]),
                       "trail", before, after)
            return
        values = ask_trail({"name": "", "kind": "mtb", "lifecycle": NEW_TRAIL_LIFECYCLE.value,
                            "area": "", "lit": False, "description_sv": "",
                            "description_en": "", **line}, self.page)
        if values is not None:
            values.update(line)
            self._save(self.tr("New trail %1").replace("%1", values["name"]), "trail", None,
                       values)

    def _still(self, started: dict) -> dict | None:
        """The trail as it is now, if its line is still the one the edit started from (a
        name or a grade changed meanwhile by someone else is kept, not overwritten)."""
        from destination_norberg.app.errors import ConflictError
        from destination_norberg.app.snow_edit import load

        try:
            now = load(self.page.store.engine, "trail", started["uid"])
            if now is None or now.get("geom") != started.get("geom"):
                raise ConflictError(self.tr("Someone else changed or removed the line of %1 "
                                            "meanwhile; nothing was saved.")
                                    .replace("%1", started["name"]))
        except Exception as exc:  # noqa: BLE001 - every failure is told
            self._tell(exc)
            self.page.data_changed()
            return None
        return now

    def _save(self, text: str, kind: str, before: dict | None, after: dict) -> None:
        """Save first, push the step only when saved (gui.common.undo)."""
        from destination_norberg.gui.snow.commands import RowCommand, step

        page = self.page
        try:
            saved = step(page.store.engine, kind, before, after)
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing pushed
            self._tell(exc)
            return
        if page.undo_stack is not None:
            page.undo_stack.push(RowCommand(text, kind, before, saved,
                                            engine=lambda: page.store.engine,
                                            changed=page.data_changed, report=self._tell))
        page.data_changed()
        if saved is not None and kind == "trail":
            page.select_after_read(int(saved["id"]))

    def _tell(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from destination_norberg.gui.common.errors import user_message

        QMessageBox.warning(self.page, self.tr("Not saved"), plain(user_message(exc)))
