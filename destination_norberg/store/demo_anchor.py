"""The demo files as read (store.demo._read_all), moved to the coming season for a day.

The rules are core.demo_dates'; this module only knows which field of which file is which
kind of date. It returns new rows and leaves the ones it was given alone.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from destination_norberg.core.demo_dates import REFERENCE_DAY, DemoDates
from destination_norberg.store.demo_counters import anchored as counters_anchored
from destination_norberg.store.demo_guest_nights import anchored
from destination_norberg.store.demo_mail import anchored as mailings_anchored


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _moved(text: str | None, days: int) -> Any:
    """`2027-02-14`, `2027-02-14T09:00` or `2026-11-25T07:30:00Z` `days` later, the clock
    kept; an empty value stays empty."""
    if not text:
        return text
    return (_day(text) + timedelta(days=days)).isoformat() + text[10:]


def _past(text: str | None, dates: DemoDates) -> Any:
    return _moved(text, dates.days)


def _named(row: dict[str, Any], dates: DemoDates, *fields: str) -> dict[str, Any]:
    return row | {f: dates.name(row[f]) for f in fields if row.get(f)}


def anchor(files: dict[str, Any], dates: DemoDates) -> dict[str, Any]:
    """`files` moved by `dates`; the same files when nothing moves (the authored day)."""
    if dates.years == 0 and dates.days == 0:
        return files
    out = dict(files)
    season = dates.season_day
    out["seasons"] = [_named(s, dates, "name") | {"starts": season(_day(s["starts"])).isoformat(),
                                                   "ends": season(_day(s["ends"])).isoformat()}
                      for s in files["seasons"]]
    event_start: dict[str, date] = {}
    events = []
    for e in files["events"]:
        offset = dates.plan_offset(_day(e["start"]))
        moved = _named(e, dates, "name_sv", "name_en") | {
            "start": _moved(e["start"], offset), "end": _moved(e.get("end"), offset)}
        event_start[e["key"]] = _day(moved["start"])
        events.append(moved)
    out["events"] = events
    out["tasks"] = [_task(t, dates, files["events"], event_start) for t in files["tasks"]]
    out["strak"] = []
    for s in files["strak"]:
        offset = dates.plan_offset(_day(s["period_start"]))
        out["strak"].append(_named(s, dates, "name") | {
            "period_start": _moved(s["period_start"], offset),
            "period_end": _moved(s["period_end"], offset)})
    out["packages"] = []
    for p in files["packages"]:
        offset = dates.plan_offset(_day(p["valid_from"])) if p.get("valid_from") else 0
        out["packages"].append(_named(p, dates, "title_sv", "title_en") | {
            "valid_from": _moved(p.get("valid_from"), offset),
            "valid_to": _moved(p.get("valid_to"), offset)})
    out["targets"] = [_named(t, dates, "name") | {
        "deadline": dates.plan_day(_day(t["deadline"])).isoformat()} for t in files["targets"]]
    out["reports"] = [r | {"reported_at_utc": _past(r["reported_at_utc"], dates),
                           "groomed_at_utc": _past(r["groomed_at_utc"], dates)}
                      for r in files["reports"]]
    out["interactions"] = [i | {"date": _past(i["date"], dates),
                                "follow_up": _past(i["follow_up"], dates)}
                           for i in files["interactions"]]
    out["persons"] = [p | {"consent_date": _past(p["consent_date"], dates),
                           "retention_review": _past(p["retention_review"], dates)}
                      for p in files["persons"]]
    # the snow store and its production belong with the weather they were made in
    shift = dates.weather_offset
    out["storage"] = [s | {"measured_on": _moved(s["measured_on"], shift)}
                      for s in files["storage"]
                      if dates.keeps_reading(_day(s["measured_on"]) + timedelta(days=shift))]
    out["production"] = [p | {"date": _moved(p["date"], shift)} for p in files["production"]
                         if dates.keeps_reading(_day(p["date"]) + timedelta(days=shift))]
    out["depth"] = [d | {"date": _moved(d["date"], shift)} for d in files["depth"]
                    if dates.keeps_reading(_day(d["date"]) + timedelta(days=shift))]
    out["temperatures"] = [t | {"date": _moved(t["date"], shift)} for t in files["temperatures"]
                           if dates.keeps_reading(_day(t["date"]) + timedelta(days=shift))]
    out["guest_nights"] = anchored(files.get("guest_nights", []), dates)
    out["counters"] = counters_anchored(files.get("counters"), dates)
    out["mailings"] = mailings_anchored(files.get("mailings"), dates)
    return out


def _task(task: dict[str, str], dates: DemoDates, events: list[dict[str, Any]],
          moved_start: dict[str, date]) -> dict[str, str]:
    """A task's own due date moved (core.demo_dates.DemoDates.task_due); one of the plan
    that fell due in the stretch the demo skipped is done."""
    if not task["due"] and not task["due_offset_days"]:
        return task
    if task["due"]:
        authored = _day(task["due"])
        due = dates.task_due(authored)
        out = task | {"due": due.isoformat()}
    else:
        start = _day({e["key"]: e for e in events}[task["event"]]["start"])
        offset = timedelta(days=int(task["due_offset_days"] or 0))
        authored, due = start + offset, moved_start[task["event"]] + offset
        out = dict(task)
    if authored >= REFERENCE_DAY and dates.skipped(due):
        out["done"] = "ja"
    return out
