"""An accommodation business's capacity as fields (rooms, beds, cabins, camping pitches, beds
held for packages), and the undo step that sets it: shared by the organisation dialog
(gui.network) and the events area's Beds tab (gui.events.capacity_page)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from destination_norberg.gui.common.undo import StoreCommand

FIGURES = ("rooms", "beds", "cabins", "pitches", "allotment")


class CapacityFields(QWidget):
    """Five whole numbers side by side, two rows: a label over each field."""

    def __init__(self, figures: dict[str, int] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        names = {"rooms": self.tr("Rooms"), "beds": self.tr("Beds"),
                 "cabins": self.tr("Cabins"), "pitches": self.tr("Camping pitches"),
                 "allotment": self.tr("Held for packages")}
        self.spins: dict[str, QSpinBox] = {}
        for column, key in enumerate(FIGURES):
            spin = QSpinBox(self)
            spin.setRange(0, 100_000)
            spin.setObjectName(f"capacity_{key}")
            label = QLabel(names[key], self)
            label.setBuddy(spin)
            layout.addWidget(label, 0, column)
            layout.addWidget(spin, 1, column)
            self.spins[key] = spin
        self.set_figures(figures)

    def set_figures(self, figures: dict[str, int] | None) -> None:
        for key, spin in self.spins.items():
            spin.setValue((figures or {}).get(key, 0))

    def figures(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}


class CapacityCommand(StoreCommand):
    """An accommodation business's capacity set: undo puts the earlier figures back (None:
    no capacity stored)."""

    def __init__(self, text: str, organisation_id: int, season_id: int | None,
                 before: dict[str, int] | None, after: dict[str, int] | None,
                 **kw: Any) -> None:
        super().__init__(text, **kw)
        self.org, self.season = organisation_id, season_id
        self.before, self.after = before, after

    def apply(self) -> None:
        from destination_norberg.app.capacity import set_capacity

        set_capacity(self.engine(), self.org, self.season, self.after)

    def revert(self) -> None:
        from destination_norberg.app.capacity import set_capacity

        set_capacity(self.engine(), self.org, self.season, self.before)


def save_with_capacity(page: Any, save: Any, text: str, org_before: dict | None,
                       capacity: dict | None, figures: dict | None) -> dict | None:
    """The organisation saved by `save()` and, when its figures changed, its capacity with
    it: one undo step (a macro named `text`). `page` has the undo stack, the engine (through
    its store) and the after-edit and error slots of the network page."""
    from destination_norberg.app.capacity import set_capacity

    changed = figures is not None and figures != (capacity or dict.fromkeys(figures, 0))
    if changed:
        page.undo_stack.beginMacro(text)
    saved = save()
    if changed:
        if saved is not None:
            try:
                set_capacity(page.store.engine, saved["id"], None, figures)
            except Exception as exc:  # noqa: BLE001 - told, nothing pushed
                page.report_error(exc)
            else:
                page.undo_stack.push(CapacityCommand(
                    text, saved["id"], None, capacity, figures,
                    engine=lambda: page.store.engine, changed=page._after_edit,
                    report=page.report_error))
        page.undo_stack.endMacro()
    return saved
