"""A trail's life in the register: the stage filter, and the "More" menu with draw a new
trail, edit the line on the map, retire and delete.

Retire and delete are row steps on the window's undo stack (gui.snow.commands.RowCommand:
saved first, pushed only when saved). A trail is deleted only when nothing refers to it
(app.trails.trail_references); otherwise the coordinator is told what refers to it and
offered to retire it instead, which keeps its history and takes it off the public pages.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QMenu, QMessageBox

from destination_norberg.core.vocab import TrailLifecycle
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.trails.life_words import LIFE_ORDER, lifecycle_label
from destination_norberg.gui.trails.model import EVERY_STATE, IN_USE

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def fill_life_filter(combo: QComboBox) -> None:
    """Planned, building and open trails (the default), every trail, or one stage."""
    kept = combo.currentData() if combo.count() else IN_USE
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(translate("TrailLife", "Not retired"), IN_USE)
    combo.addItem(translate("TrailLife", "Every stage"), EVERY_STATE)
    for state in LIFE_ORDER:
        combo.addItem(lifecycle_label(state), state.value)
    combo.setCurrentIndex(max(combo.findData(kept), 0))
    combo.blockSignals(False)


class TrailLife(QObject):
    """The register's "More" menu (the page's `moreButton`)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.menu = QMenu(page)
        self.draw_action = self.menu.addAction("", lambda: page.edit_on_map.emit(None))
        self.line_action = self.menu.addAction("", self._edit_line)
        self.menu.addSeparator()
        self.retire_action = self.menu.addAction("", self.retire)
        self.delete_action = self.menu.addAction("", self.delete)
        page.ui.moreButton.setMenu(self.menu)
        self.retranslate()
        self.sync()

    def reference_words(self, refs: Any) -> str:
        """"12 reports, 1 snow-guarantee target" in the window's language."""
        parts = []
        if refs.reports:
            parts.append(self.tr("%n report(s)", "", refs.reports))
        if refs.race_courses:
            parts.append(self.tr("%n race course(s)", "", refs.race_courses))
        if refs.snow_targets:
            parts.append(self.tr("%n snow-guarantee target(s)", "", refs.snow_targets))
        return ", ".join(parts)

    def retranslate(self) -> None:
        self.draw_action.setText(translate("TrailLife", "Draw a new trail on the map…"))
        self.line_action.setText(translate("TrailLife", "Edit the line on the map"))
        self.retire_action.setText(translate("TrailLife", "Retire the trail"))
        self.delete_action.setText(translate("TrailLife", "Delete the trail…"))

    def sync(self) -> None:
        rows = self.page.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        self.line_action.setEnabled(one is not None)
        self.retire_action.setEnabled(one is not None
                                      and one.lifecycle is not TrailLifecycle.RETIRED)
        self.delete_action.setEnabled(one is not None)

    def _one(self) -> Any:
        rows = self.page.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _edit_line(self) -> None:
        row = self._one()
        if row is not None:
            self.page.edit_on_map.emit(row.id)

    def _load(self, trail_id: int) -> dict | None:
        from destination_norberg.app.snow_edit import load_id

        try:
            return load_id(self.page.store.engine, "trail", trail_id)
        except Exception as exc:  # noqa: BLE001 - every failure is told
            self.page._report(exc)
            return None

    def _step(self, text: str, before: dict, after: dict | None) -> bool:
        """Save the step, then push it; a failure is told and pushes nothing."""
        from destination_norberg.gui.snow.commands import RowCommand, step

        page = self.page
        try:
            saved = step(page.store.engine, "trail", before, after)
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing pushed
            page._report(exc)
            return False
        page.undo_stack.push(RowCommand(text, "trail", before, saved,
                                        engine=lambda: page.store.engine,
                                        changed=page._after_edit, report=page._report))
        page._after_edit()
        return True

    def retire(self) -> bool:
        """The selected trail becomes nedlagd: one undo step "Retire X"."""
        row = self._one()
        before = self._load(row.id) if row is not None else None
        if before is None:
            return False
        after = {**before, "lifecycle": TrailLifecycle.RETIRED.value}
        return self._step(translate("TrailLife", "Retire %1").replace("%1", before["name"]),
                          before, after)

    def delete(self) -> bool:
        """Delete the selected trail if nothing refers to it (one undo step); otherwise say
        what refers to it and offer to retire it instead."""
        from destination_norberg.app.trails import trail_references

        row = self._one()
        before = self._load(row.id) if row is not None else None
        if before is None:
            return False
        page = self.page
        try:
            refs = trail_references(page.store.engine, int(before["id"]))
        except Exception as exc:  # noqa: BLE001 - every failure is told
            page._report(exc)
            return False
        name = before["name"]
        if refs.any:
            text = translate(
                "TrailLife", "“%1” cannot be deleted: %2 refer to it. Retire it instead? "
                "A retired trail leaves the map and the public pages and keeps its history.")
            answer = QMessageBox.question(
                page, translate("TrailLife", "Delete the trail"),
                plain(text.replace("%1", name).replace("%2", self.reference_words(refs))))
            return answer == QMessageBox.StandardButton.Yes and self.retire()
        answer = QMessageBox.question(
            page, translate("TrailLife", "Delete the trail"),
            plain(translate("TrailLife", "Delete “%1” and its line? Undo brings it back.")
                  .replace("%1", name)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._step(translate("TrailLife", "Delete %1").replace("%1", name), before,
                          None)
