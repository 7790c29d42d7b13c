"""The volunteer roster (bemanningslista) as a PDF: per place, per person, or the whole plan.

HTML laid out and printed by gui.documents.output, as the brochure and the bulletin are
(A4, fonts embedded, so å, ä and ö print and can be copied). Each shift is one row: day and
time, place, role, how many it needs, who is on it with their phone; a shift short of people
and a person on two overlapping shifts are marked in the page's alert colour, with the
same gaps and clashes core.volunteers computes for the window and the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from destination_norberg.core.contacts import display_phone
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.volunteers import Shift
from destination_norberg.gui.common import labels
from destination_norberg.gui.documents.output import ALERT, MUTED, esc, language, on_gui_thread
from destination_norberg.gui.documents.output import write_pdf as _write_pdf


def _when(shift: Shift) -> str:
    day = labels.fmt_short_day(to_local(shift.starts_at).date())
    return (f"{esc(day)} {labels.fmt_local_time(shift.starts_at)}–"
            f"{labels.fmt_local_time(shift.ends_at)}")


def _people(shift: Shift, clashing: set[tuple[int, int]]) -> str:
    parts = []
    for p in shift.people:
        phone = display_phone(p.phone) if p.phone else ""
        text = esc(p.name) + (f" <span style='color:{MUTED}'>{esc(phone)}</span>"
                              if phone else "")
        if (p.person_id, shift.id) in clashing:
            twice = QCoreApplication.translate("Roster", "(double-booked)")
            text += f" <span style='color:{ALERT}'>{esc(twice)}</span>"
        parts.append(text)
    if shift.missing:
        more = QCoreApplication.translate("Roster", "more needed: %1").replace(
            "%1", str(shift.missing))
        parts.append(f"<span style='color:{ALERT}'><b>{esc(more)}</b></span>")
    return "<br>".join(parts) or "–"


def _table(shifts: tuple[Shift, ...] | list[Shift], clashing: set[tuple[int, int]],
           with_place: bool) -> str:
    place = [QCoreApplication.translate("Roster", "Place")] if with_place else []
    head = [QCoreApplication.translate("Roster", "When"), *place,
            QCoreApplication.translate("Roster", "Role"),
            QCoreApplication.translate("Roster", "Needed"),
            QCoreApplication.translate("Roster", "People")]
    rows = ["<tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr>"]
    for s in shifts:
        cells = [_when(s), *([esc(s.place)] if with_place else []),
                 esc(s.role) + (f"<br><span style='color:{MUTED}'>{esc(s.note)}</span>"
                                if s.note else ""),
                 f"{len(s.people)}/{s.needed}", _people(s, clashing)]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return ("<table class='grid' width='100%' cellpadding='4'>" + "".join(rows) + "</table>")


def roster_html(roster: Any) -> str:
    """The roster (app.volunteers.Roster) in the installed language."""
    plan = roster.plan
    clashing = {(c.person.person_id, s.id) for c in plan.clashes for s in (c.first, c.second)}
    title = QCoreApplication.translate("Roster", "Volunteer roster: %1").replace(
                "%1", roster.event_name)
    out = [f"<h1>{esc(title)}</h1>"]
    if roster.person is not None:
        person = roster.person
        contact = ", ".join(x for x in (display_phone(person.phone) if person.phone else "",
                                        person.email) if x)
        out.append(f"<p class='lead'>{esc(person.name)}"
                   + (f" · {esc(contact)}" if contact else "") + "</p>")
        out.append(_table(roster.shifts, clashing, with_place=True))
    else:
        if roster.heading:
            place = QCoreApplication.translate("Roster", "Place: %1").replace("%1", roster.heading)
            out.append(f"<p class='lead'>{esc(place)}</p>")
        places = sorted({s.place for s in roster.shifts}, key=str.casefold)
        for place in places:
            out.append(f"<h2>{esc(place)}</h2>")
            out.append(_table([s for s in roster.shifts if s.place == place], clashing,
                              with_place=False))
    missing = sum(s.missing for s in roster.shifts)
    if missing:
        text = QCoreApplication.translate("Roster", "People missing on these shifts: %1.").replace(
            "%1", str(missing))
        out.append(f"<p class='alert'>{esc(text)}</p>")
    if not roster.shifts:
        none = QCoreApplication.translate("Roster", "No shifts.")
        out.append(f"<p>{esc(none)}</p>")
    return "".join(out)


def write_roster(roster: Any, path: Path, lang: str) -> None:
    """The roster as a PDF at `path` in `lang` ("sv"/"en"); raises PdfError."""
    def draw() -> None:
        with language(lang):
            title = QCoreApplication.translate("Roster", "Volunteer roster: %1").replace(
                "%1", roster.event_name)
            _write_pdf(roster_html(roster), Path(path), title)

    on_gui_thread(draw)
