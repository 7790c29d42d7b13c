"""The trail area's dialogs for `screenshot`: "groomer-preview" (the groomer import's
preview with its map, over a track driven along two demo loops) and "counters-import" (the
counter import's preview of a small export: the demo's counter and a new one). Each is drawn
inside the window as it opens over it (a screenshot grabs the window only), as the Help
menu's dialogs are (gui.help_dialogs.show_for_screenshot)."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from destination_norberg.gui.common.dialog_shot import framed

#: The counter export the "counters-import" view previews (hours the demo's counter has).
SAMPLE_EXPORT = (
    "Counter ID;Counter name;Timestamp;Count;Direction\n"
    + "".join(f"NBG-GR-01;Gruvrundan, parkeringen vid Mimerlaven;{{day}} {h}:00;{n};{d}\n"
              for h, n in ((9, 14), (10, 31), (11, 22)) for d in ("IN", "OUT"))
    + "".join(f"NBG-SL-02;Slaggvarpet, södra infarten;{{day}} {h}:00;{n};IN\n"
              for h, n in ((9, 3), (10, 8), (11, 6), (12, 11))))


def show_dialog(area: Any, view: str) -> QDialog:
    page = area.trails
    window = area.window()
    if view == "groomer-preview":
        from destination_norberg.app.groomer_track import demo_preview
        from destination_norberg.gui.trails.groomer_dialog import GroomerDialog

        preview = demo_preview(page.store.url, page.clock() - timedelta(hours=3))
        dialog: QDialog = GroomerDialog(preview, lambda: page.store.engine, page.clock, window)
    else:
        from destination_norberg.app.counters_edit import read_preview
        from destination_norberg.core.trail_counts import local_day
        from destination_norberg.gui.trails.counters_dialog import CountersImportDialog

        day = local_day(page.clock()) - timedelta(days=2)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "ecovisio-export.csv"
            path.write_text(SAMPLE_EXPORT.replace("{day}", day.isoformat()), encoding="utf-8")
            preview = read_preview(page.store.url, path)
        dialog = CountersImportDialog(preview, page.clock().year, window)
    return framed(window, dialog, 0.92)
