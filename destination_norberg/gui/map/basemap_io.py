"""“Import background map…” in the map area: a Lantmäteriet Topografi file read and written
in a worker behind a progress dialog (app.basemap), pushed as one undo step that takes the
background away again (and puts back the layers it replaced)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from destination_norberg.core.progress import Cancelled
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import run_and_wait
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.common.undo import StoreCommand

OPEN_FILTER = "Lantmäteriet Topografi (*.gpkg *.zip *.geojson *.json);;All files (*)"


class ImportBasemapCommand(StoreCommand):
    """Undo removes the layers the import wrote and restores those it replaced; redo the
    reverse; each in one unit (app.basemap.swap_basemap)."""

    def __init__(self, text: str, before: list[dict[str, Any]], after: list[dict[str, Any]],
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.before, self.after = before, after

    def apply(self) -> None:
        from destination_norberg.app.basemap import swap_basemap

        self.after = swap_basemap(self.engine(), self.before, self.after)

    def revert(self) -> None:
        from destination_norberg.app.basemap import swap_basemap

        self.before = swap_basemap(self.engine(), self.after, self.before)


def import_basemap(page: Any, path: Path | None = None) -> bool:
    """Ask for the file, import every layer, push the undo step. True when written."""
    from destination_norberg.app.basemap import import_in_window
    from destination_norberg.gui.map import import_commands as ic

    if path is None:
        name, _f = QFileDialog.getOpenFileName(
            page, QCoreApplication.translate("Basemap", "Import background map"), "", OPEN_FILTER)
        if not name:
            return False
        path = Path(name)
    engine = page.store.engine
    try:
        done = run_and_wait(page.runner, page,
                            lambda progress: import_in_window(engine, path, progress),
                            QCoreApplication.translate(
                                "Basemap", "Reading the background map %1…").replace(
                                "%1", path.name),
                            None)
    except Cancelled:
        return False
    except Exception as exc:  # noqa: BLE001 - every failure is told, nothing written
        QMessageBox.warning(page, QCoreApplication.translate(
            "Basemap", "Background map not imported"), plain(user_message(exc)))
        return False
    label = QCoreApplication.translate(
        "Basemap", "Import the background map from %1").replace("%1", path.name)
    command = ImportBasemapCommand(label, list(done.before), list(done.after),
                                   **ic.services(page))
    stack = getattr(page, "undo_stack", None)
    if stack is not None:
        stack.push(command)
    message = (QCoreApplication.translate(
        "Basemap", "Background map imported: %1 feature(s) in %2 layer(s).")
               .replace("%1", str(done.features)).replace("%2", str(len(done.layers))))
    page.ui.state.setText(plain(message))
    page.ui.state.setVisible(True)
    page.changed.emit()
    page.reload()
    return True
