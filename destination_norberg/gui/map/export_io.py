"""The map's exports: trails and stråk routes to a file, and the map as an image or PDF.

Split from geodata_io (the imports) to keep each module small; the same helpers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from destination_norberg.gui.common.errors import user_message


def run_export(page: Any, path: Path | None = None, fmt: str | None = None) -> bool:
    """Trails and stråk routes to GeoJSON, GPX or GeoPackage."""
    from destination_norberg.app.database import rows_of
    from destination_norberg.app.geodata import export_features, write_features

    if path is None:
        name, chosen = QFileDialog.getSaveFileName(
            page,
            QCoreApplication.translate("MapIO", "Export trails and stråk routes"),
            "leder.geojson",
            "GeoJSON (*.geojson);;GPX 1.1 (*.gpx);;GeoPackage (*.gpkg)",
        )
        if not name:
            return False
        path = Path(name)
        fmt = "gpx" if "gpx" in chosen.casefold() else "gpkg" if "gpkg" in chosen else "geojson"
    try:
        features = export_features(
            rows_of(page.store.engine), page.clock(), page.stale_days(), True
        )
        write_features(features, path, fmt or "geojson")
    except Exception as exc:  # noqa: BLE001 - every failure is told
        QMessageBox.warning(
            page, QCoreApplication.translate("MapIO", "Not exported"), user_message(exc)
        )
        return False
    page.ui.state.setText(QCoreApplication.translate("MapIO", "Wrote %1.").replace("%1", str(path)))
    page.ui.state.setVisible(True)
    return True


SCALES = (5_000, 10_000, 25_000, 50_000, 100_000)


def save_map_image(page: Any, path: Path | None = None, scale: int | None = None) -> bool:
    """The view as PNG or PDF at a chosen scale (A4 landscape), with legend and credit."""
    from destination_norberg.gui.map.printing import write_map

    if path is None:
        name, _f = QFileDialog.getSaveFileName(
            page,
            QCoreApplication.translate("MapIO", "Save the map"),
            "karta.pdf",
            QCoreApplication.translate("MapIO", "PDF (*.pdf);;PNG image (*.png)"),
        )
        if not name:
            return False
        path = Path(name)
    if scale is None:
        choices = [f"1:{s:,}".replace(",", " ") for s in SCALES]
        text, ok = QInputDialog.getItem(
            page,
            QCoreApplication.translate("MapIO", "Scale"),
            QCoreApplication.translate("MapIO", "Scale of the printed map"),
            choices,
            2,
            False,
        )
        if not ok:
            return False
        scale = SCALES[choices.index(text)]
    try:
        write_map(page.canvas, path, scale)
    except Exception as exc:  # noqa: BLE001 - every failure is told
        QMessageBox.warning(
            page, QCoreApplication.translate("MapIO", "Not saved"), user_message(exc)
        )
        return False
    return True
