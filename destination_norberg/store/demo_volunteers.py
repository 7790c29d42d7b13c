"""The demo's volunteer plan for the winter week (data/volunteers.json, issue 19).

Shift times are local clock times on the day of the event they belong to, so they move with
the event when store.demo_anchor moves the demo to the coming season; a volunteer's consent
date is counted back from the winter week's start the same way. Volunteers not in the
network are persons without an organisation whose legal basis is consent.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from destination_norberg.core.timeutil import STOCKHOLM, to_local
from destination_norberg.store import models as m
from destination_norberg.store.volunteers_store import RETENTION_DAYS


def _clock(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def write_volunteers(session: Session, data: Any, ids: dict[str, dict[str, Any]]) -> None:
    """Write the plan in `data` (the parsed file; nothing when empty) into the demo's unit;
    `ids` holds the demo's rows written so far by table and key."""
    if not data:
        return
    session.flush()
    week = ids["event"][data["plan_event"]]
    week_day = to_local(week.starts_at).date()
    people: dict[str, Any] = dict(ids.get("person", {}))
    for v in data["volunteers"]:
        person = m.Person(uid=f"demo-{v['key']}", organisation=None, name=v["name"],
                          role="Funktionär", email=v["email"], phone=v["phone"],
                          legal_basis="samtycke",
                          consent_on=week_day - timedelta(days=int(v["consent_days_before"])),
                          # reviewed after next year's week: asked again, or erased
                          retention_review_on=week_day + timedelta(days=RETENTION_DAYS))
        session.add(person)
        people[v["key"]] = person
    session.flush()
    for v in data["volunteers"]:
        session.add(m.Volunteer(person_id=people[v["key"]].id, role_wish=v["role_wish"]))
    for s in data["shifts"]:
        event = ids["event"][s["event"]]
        day = to_local(event.starts_at).date() + timedelta(days=int(s.get("day", 0)))
        starts = datetime.combine(day, _clock(s["start"]), STOCKHOLM)
        ends = datetime.combine(day, _clock(s["end"]), STOCKHOLM)
        shift = m.VolunteerShift(uid=f"demo-{s['key']}", event_id=event.id, place=s["place"],
                                 role=s["role"], starts_at=starts, ends_at=ends,
                                 needed=int(s["needed"]), note=s.get("note") or "")
        session.add(shift)
        session.flush()
        for key in s["people"]:
            session.add(m.VolunteerAssignment(shift_id=shift.id, person_id=people[key].id))
