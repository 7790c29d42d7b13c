"""Dialogs of the network: an organisation, a person, a contact (interaction).

Each edits one plain dict of the table's columns and hands the new one back from
`values()`. What the user types is checked on OK with the reason in the dialog, in the
same words the store would use: an organisation number's check digit, an e-mail address,
a phone number (stored E.164, shown the Swedish way), a location inside Sweden.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from destination_norberg.core.contacts import (
    ContactError,
    display_phone,
    normalise_email,
    normalise_phone,
)
from destination_norberg.core.orgnr import format_orgnr, is_valid, normalise
from destination_norberg.core.vocab import InteractionKind, LegalBasis, OrgCategory
from destination_norberg.gui.common import date_field, labels
from destination_norberg.gui.common.capacity_fields import CapacityFields
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.forms.interaction_dialog_ui import Ui_InteractionDialog
from destination_norberg.gui.forms.organisation_dialog_ui import Ui_OrganisationDialog
from destination_norberg.gui.forms.person_dialog_ui import Ui_PersonDialog

Values = dict[str, Any]
#: SWEREF 99 TM covers Sweden within these (with a margin): a location outside is a typo.
SWEDEN = (200_000.0, 6_100_000.0, 1_000_000.0, 7_700_000.0)


def hours_text(hours: dict[str, str] | None) -> str:
    """Opening hours per season ({season: hours}) as lines "season: hours"."""
    return "\n".join(f"{k}: {v}" for k, v in (hours or {}).items())


def hours_dict(text: str) -> dict[str, str]:
    """Lines "season: hours" back to {season: hours}; a line without a colon is "alla"."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        season, sep, hours = line.partition(":")
        key, value = (season.strip(), hours.strip()) if sep else ("alla", line.strip())
        out[key] = value
    return out


def location_text(location: tuple[float, float] | None) -> str:
    return f"N {location[1]:.0f} E {location[0]:.0f}" if location else ""


def parse_location(text: str) -> tuple[float, float] | None:
    """"N 6659000 E 551400" (or "551400, 6659000") → (easting, northing) in SWEREF 99 TM;
    ValueError when it is not two numbers in Sweden."""
    if not text.strip():
        return None
    # Digits grouped with spaces ("6 659 000") are one number; a comma or letters split.
    joined = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}\b)", "", text)
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", joined)]
    if len(numbers) != 2:
        raise ValueError("Give the location as N (northing) and E (easting) in SWEREF 99 TM.")
    a, b = numbers
    north, east = (a, b) if a > b else (b, a)  # northings are the larger numbers in Sweden
    x0, y0, x1, y1 = SWEDEN
    if not (x0 <= east <= x1 and y0 <= north <= y1):
        raise ValueError("The location is not in Sweden in SWEREF 99 TM (N about 6 100 000–"
                         "7 700 000, E about 200 000–1 000 000).")
    return (east, north)


class OrganisationDialog(CheckedDialog):
    def __init__(self, values: Values | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_OrganisationDialog()
        ui.setupUi(self)
        self.check_on_ok()
        self.before = values
        v = values or {}
        ui.name.setText(v.get("name") or "")
        ui.orgnr.setText(format_orgnr(v.get("orgnr") or ""))
        for category in OrgCategory:
            ui.category.addItem(labels.org_category(str(category)), str(category))
        ui.category.setCurrentIndex(max(ui.category.findData(v.get("category") or "övrigt"), 0))
        ui.street.setText(v.get("street") or "")
        ui.postalCode.setText(v.get("postal_code") or "")
        ui.city.setText(v.get("city") or "")
        ui.kommun.setText(v.get("kommun") if values is not None else "Norberg")
        ui.website.setText(v.get("website") or "")
        ui.location.setText(location_text(v.get("location")))
        # What the map picker shows around the point (a worker read; gui.map.point_picker).
        self.map_source: Callable[[], Any] | None = None
        ui.pickLocationButton.clicked.connect(self.pick_location)
        ui.tags.setText("; ".join(v.get("tags") or []))
        ui.openingHours.setPlainText(hours_text(v.get("opening_hours")))
        ui.notes.setPlainText(v.get("notes") or "")
        self.setWindowTitle(self.tr("New organisation") if values is None
                            else self.tr("Organisation: %1").replace("%1", v.get("name", "")))
        # An accommodation business's capacity (all year; the Beds tab plans with it).
        self.capacity = CapacityFields(None, self)
        self.capacityLabel = QLabel(self.tr("Capacity (all year)"), self)
        ui.form.addRow(self.capacityLabel, self.capacity)
        ui.category.currentIndexChanged.connect(lambda _i: self._show_capacity())
        self._show_capacity()

    def _show_capacity(self) -> None:
        on = self.ui.category.currentData() == OrgCategory.LODGING
        self.capacity.setVisible(on)
        self.capacityLabel.setVisible(on)

    def capacity_figures(self) -> dict[str, int] | None:
        """The capacity typed in, or None when the organisation is no accommodation."""
        return self.capacity.figures() if self.ui.category.currentData() == OrgCategory.LODGING \
            else None

    def pick_location(self) -> None:
        """The location clicked on a map instead of typed (saved with this edit)."""
        from destination_norberg.gui.map import point_picker

        try:
            start = parse_location(self.ui.location.text())
        except ValueError:
            start = None
        point = point_picker.pick_point(self, start, self.map_source)
        if point is not None:
            self.ui.location.setText(location_text(point))

    def problem(self) -> str:
        ui = self.ui
        if not ui.name.text().strip():
            return self.tr("Give the organisation a name.")
        text = ui.orgnr.text().strip()
        if text and (normalise(text) is None or not is_valid(text)):
            return self.tr("%1 is not an organisation number: ten digits whose last is the "
                           "check digit (NNNNNN-NNNN).").replace("%1", text)
        try:
            parse_location(ui.location.text())
        except ValueError:
            return self.tr("Give the location as N and E in SWEREF 99 TM, in Sweden "
                           "(for example N 6659000 E 551400), or leave it empty.")
        return ""

    def values(self) -> Values:
        ui = self.ui
        tags = [t.strip().casefold() for t in re.split(r"[;,]", ui.tags.text()) if t.strip()]
        return {**(self.before or {}), "name": ui.name.text().strip(),
                "orgnr": format_orgnr(ui.orgnr.text()) if normalise(ui.orgnr.text()) else None,
                "category": ui.category.currentData(), "street": ui.street.text().strip(),
                "postal_code": ui.postalCode.text().strip(), "city": ui.city.text().strip(),
                "kommun": ui.kommun.text().strip(), "website": ui.website.text().strip(),
                "location": parse_location(ui.location.text()),
                "tags": list(dict.fromkeys(tags)),
                "opening_hours": hours_dict(ui.openingHours.toPlainText()),
                "notes": ui.notes.toPlainText().strip()}


class PersonDialog(CheckedDialog):
    def __init__(self, values: Values | None, organisations: Sequence[tuple[int, str]],
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PersonDialog()
        ui.setupUi(self)
        self.check_on_ok()
        self.before = values
        v = values or {}
        ui.name.setText(v.get("name") or "")
        ui.role.setText(v.get("role") or "")
        ui.organisation.addItem(self.tr("(no organisation)"), None)
        for org_id, name in organisations:
            ui.organisation.addItem(name, org_id)
        ui.organisation.setCurrentIndex(max(ui.organisation.findData(v.get("organisation_id")),
                                            0))
        ui.email.setText(v.get("email") or "")
        ui.phone.setText(display_phone(v.get("phone") or ""))
        for basis in LegalBasis:
            ui.legalBasis.addItem(labels.legal_basis(str(basis)), str(basis))
        ui.legalBasis.setCurrentIndex(max(ui.legalBasis.findData(
            v.get("legal_basis") or str(LegalBasis.LEGITIMATE_INTEREST)), 0))
        date_field.setup(ui.consentOn, maximum=max(today, v.get("consent_on") or today))
        self.consent = date_field.OptionalDate(ui.consentOn, v.get("consent_on") or today)
        # The day the person asked for no more e-mail (an opt-out): part of this edit.
        self.opt_out = date_field.OptionalDate(ui.optOutOn, today, ui.optOut)
        self.opt_out.set_value(v.get("mail_opt_out_on"))
        for w in (ui.optOut, ui.optOutOn):
            w.setVisible(takes_opt_out())
        review = v.get("retention_review_on") or date(today.year + 2, today.month, 1)
        ui.retentionOn.setDate(labels.qdate(review))
        ui.notes.setPlainText(v.get("notes") or "")
        ui.legalBasis.currentIndexChanged.connect(self._basis_changed)
        self._basis_changed()
        self.setWindowTitle(self.tr("New person") if values is None
                            else self.tr("Person: %1").replace("%1", v.get("name", "")))

    def _basis_changed(self) -> None:
        consent = self.ui.legalBasis.currentData() == str(LegalBasis.CONSENT)
        self.consent.set_on(consent)  # the day of consent only where consent is the basis

    def problem(self) -> str:
        ui = self.ui
        if not ui.name.text().strip():
            return self.tr("Give the person a name.")
        try:
            normalise_email(ui.email.text())
        except ContactError:
            return self.tr("%1 is not an e-mail address.").replace("%1", ui.email.text())
        try:
            normalise_phone(ui.phone.text())
        except ContactError:
            return self.tr("%1 is not a phone number: write it with its area code "
                           "(0223-123 45) or with +country.").replace("%1", ui.phone.text())
        return ""

    def values(self) -> Values:
        ui = self.ui
        consent = ui.legalBasis.currentData() == str(LegalBasis.CONSENT)
        return {**(self.before or {}), "name": ui.name.text().strip(),
                "role": ui.role.text().strip(),
                "organisation_id": ui.organisation.currentData(),
                "email": normalise_email(ui.email.text()),
                "phone": normalise_phone(ui.phone.text()),
                "legal_basis": ui.legalBasis.currentData(),
                "consent_on": self.consent.value() if consent else None,
                "retention_review_on": ui.retentionOn.date().toPython(),
                "notes": ui.notes.toPlainText().strip(),
                **({"mail_opt_out_on": self.opt_out.value()} if takes_opt_out() else {})}


def takes_opt_out() -> bool:
    """Whether the person's edit takes the e-mail opt-out (the mail backend's column)."""
    from destination_norberg.app.network_edit import FIELDS

    return "mail_opt_out_on" in FIELDS["person"]


class InteractionDialog(CheckedDialog):
    """A contact with an organisation: when, how, with whom, and what to follow up."""

    def __init__(self, values: Values | None, people: Sequence[tuple[int, str]], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_InteractionDialog()
        ui.setupUi(self)
        self.check_on_ok()
        self.before = values
        v = values or {}
        ui.occurredOn.setDate(labels.qdate(v.get("occurred_on") or today))
        for kind in InteractionKind:
            ui.kind.addItem(labels.interaction_kind(str(kind)), str(kind))
        ui.kind.setCurrentIndex(max(ui.kind.findData(v.get("kind") or "möte"), 0))
        chosen = set(v.get("person_ids") or [])
        for person_id, name in people:
            item = QListWidgetItem(name, ui.people)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setCheckState(Qt.CheckState.Checked if person_id in chosen
                               else Qt.CheckState.Unchecked)
        ui.note.setPlainText(v.get("note") or "")
        follow = v.get("follow_up_on")
        self.follow_up = date_field.OptionalDate(
            ui.followUpOn, date.fromordinal(today.toordinal() + 14), ui.hasFollowUp)
        self.follow_up.set_value(follow)
        ui.followUpDone.setChecked(bool(v.get("follow_up_done")))
        ui.followUpDone.setEnabled(follow is not None)
        ui.hasFollowUp.toggled.connect(ui.followUpDone.setEnabled)
        self.setWindowTitle(self.tr("New contact") if values is None else self.tr("Contact"))

    def person_ids(self) -> list[int]:
        lw = self.ui.people
        return [int(lw.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lw.count())
                if lw.item(i).checkState() == Qt.CheckState.Checked]

    def values(self) -> Values:
        ui = self.ui
        follow = self.follow_up.value()
        return {**(self.before or {}), "occurred_on": ui.occurredOn.date().toPython(),
                "kind": ui.kind.currentData(), "note": ui.note.toPlainText().strip(),
                "person_ids": self.person_ids(),
                "follow_up_on": follow,
                "follow_up_done": follow is not None and ui.followUpDone.isChecked()}
