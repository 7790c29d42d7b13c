"""Slå ihop…: duplicate people merged into one, chosen field by field, as one undo step.

The dialog shows the people of a duplicate group, which one survives, and per field the
values they hold, prefilled by core.person_merge's rule (the newest value there is; the
notes joined). OK runs the merge (one write unit, app.network_edit.merge_persons): what the
store refuses (a bad e-mail, a merge that would make up someone erased on request, a change
meanwhile) is said under the form and nothing is written. The merge then sits on the
window's undo stack as one step that puts every removed person back with their contacts and
tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.core.contacts import display_phone
from destination_norberg.core.person_merge import MERGE_FIELDS, joined_notes, merge_defaults
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.undo import StoreCommand

Values = dict[str, Any]


def field_name(name: str) -> str:
    return {
        "name": QCoreApplication.translate("PersonMerge", "Name"),
        "organisation_id": QCoreApplication.translate("PersonMerge", "Organisation"),
        "role": QCoreApplication.translate("PersonMerge", "Role"),
        "email": QCoreApplication.translate("PersonMerge", "E-mail"),
        "phone": QCoreApplication.translate("PersonMerge", "Phone"),
        "legal_basis": QCoreApplication.translate("PersonMerge", "Legal basis"),
        "consent_on": QCoreApplication.translate("PersonMerge", "Consent given"),
        "retention_review_on": QCoreApplication.translate("PersonMerge", "Retention review"),
        "notes": QCoreApplication.translate("PersonMerge", "Notes"),
    }.get(name, name)


class PersonMergeCommand(StoreCommand):
    """People merged into one; undo puts them back with their contacts and tasks."""

    def __init__(self, text: str, keep_uid: str, other_uids: Sequence[str], values: Values,
                 result: Any, **services: Any) -> None:
        super().__init__(text, **services)
        self.keep_uid, self.other_uids = keep_uid, list(other_uids)
        self.values, self.result = dict(values), result

    def apply(self) -> None:
        from destination_norberg.app.network_edit import merge_persons

        self.result = merge_persons(self.engine(), self.keep_uid, self.other_uids,
                                    self.values)

    def revert(self) -> None:
        from destination_norberg.app.network_edit import undo_merge_persons

        undo_merge_persons(self.engine(), self.result)


class PersonMergeDialog(CheckedDialog):
    """Which record survives and, per field, which value it keeps."""

    def __init__(self, page: Any, people: Sequence[Values],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or page)
        self.page, self.people = page, list(people)
        self.merged: Any = None  # what the merge did (store.person_merge), once done
        self.setWindowTitle(self.tr("Merge people"))
        self.resize(680, 420)
        self.orgs: dict[int, str] = page.snapshot.organisation_names() if page.snapshot else {}
        intro = QLabel(self.tr(
            "These records look like one person. Choose the record to keep and the value "
            "of each field. Every contact and task of the others moves to it; the others "
            "are removed. Undo brings everything back."), self)
        intro.setWordWrap(True)
        self.keep = QComboBox(self)
        for p in self.people:
            self.keep.addItem(self._person_text(p), p["uid"])
        self.fields: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Keep"), self.keep)
        for name in MERGE_FIELDS:
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)
            self.fields[name] = combo
            form.addRow(field_name(name), combo)
        problem = QLabel(self)
        problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.ui = SimpleNamespace(problem=problem, buttonBox=buttons)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addStretch(1)
        box.addWidget(problem)
        box.addWidget(buttons)
        self.check_on_ok()
        self.keep.currentIndexChanged.connect(lambda _i: self._fill())
        self._fill()

    def _person_text(self, p: Values) -> str:
        parts = [p.get("name") or "", p.get("email") or "",
                 self.orgs.get(p.get("organisation_id") or -1, "")]
        counts = self.tr("%1 contact(s), %2 task(s)").replace(
            "%1", str(len(p.get("interaction_ids") or []))).replace(
            "%2", str(len(p.get("task_ids") or [])))
        return " · ".join(x for x in (*parts, f"id {p['id']}", counts) if x)

    def _shown(self, name: str, value: Any) -> str:
        if value is None or (isinstance(value, str) and not value.strip()):
            return self.tr("(empty)")
        if name == "organisation_id":
            return self.orgs.get(int(value), str(value))
        if name == "legal_basis":
            return labels.legal_basis(str(value))
        if name == "phone":
            return display_phone(str(value))
        if isinstance(value, date):
            return labels.fmt_day(value)
        text = " ".join(str(value).split())
        return text if len(text) <= 70 else text[:69] + "…"

    def _fill(self) -> None:
        """Each field's choices (every distinct value held, whose it is) and the default."""
        chosen = merge_defaults(self.people, self.keep.currentData())
        for name, combo in self.fields.items():
            combo.clear()
            options: list[tuple[Any, str]] = []
            for p in self.people:
                value = p.get(name)
                if all(value != v for v, _who in options):
                    options.append((value, f"id {p['id']}"))
            if name == "notes" and joined_notes(self.people) not in [v for v, _ in options]:
                options.append((joined_notes(self.people), self.tr("all joined")))
            for value, who in options:
                combo.addItem(f"{self._shown(name, value)}   ({who})", value)
            index = next((i for i, (v, _w) in enumerate(options) if v == chosen[name]), 0)
            combo.setCurrentIndex(index)

    def values(self) -> Values:
        return {name: combo.currentData() for name, combo in self.fields.items()}

    def step_text(self) -> str:
        """The undo step's label (lupdate reads plurals only from tr())."""
        name = self.merged.keep_after["name"] if self.merged else ""
        return self.tr("Merge %n people into %1", "", len(self.people)).replace("%1", name)

    def keep_uid(self) -> str:
        return str(self.keep.currentData())

    def other_uids(self) -> list[str]:
        return [p["uid"] for p in self.people if p["uid"] != self.keep_uid()]

    def problem(self) -> str | None:
        """The merge itself: what the store refuses is said here and nothing is written."""
        from destination_norberg.app.network_edit import merge_persons

        try:
            self.merged = merge_persons(self.page.store.engine, self.keep_uid(),
                                        self.other_uids(), self.values())
        except Exception as exc:  # noqa: BLE001 - said under the form, nothing written
            return user_message(exc)
        return None


def merge_people(page: Any, person_ids: Sequence[int], parent: QWidget | None = None) -> bool:
    """Open the merge dialog for the people `person_ids`; on OK the merge is done and one
    undo step pushed. False when cancelled or nothing could be read."""
    from destination_norberg.app.network_edit import merge_candidates

    uids = {p.id: p.uid for p in page.snapshot.persons} if page.snapshot else {}
    try:
        people = merge_candidates(page.store.engine, [uids[i] for i in person_ids
                                                      if i in uids])
    except Exception as exc:  # noqa: BLE001 - every failure is told
        page.report_error(exc)
        return False
    if len(people) < 2:
        return False
    dialog = PersonMergeDialog(page, people, parent)
    if dialog.exec() != CheckedDialog.DialogCode.Accepted or dialog.merged is None:
        return False
    page.undo_stack.push(PersonMergeCommand(
        dialog.step_text(),
        dialog.keep_uid(), dialog.other_uids(), dialog.values(), dialog.merged,
        engine=lambda: page.store.engine, changed=page._after_edit,
        report=page.report_error))
    page._after_edit()
    return True
