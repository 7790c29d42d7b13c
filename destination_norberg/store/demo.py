"""Load the bundled Norberg demo season (data/) into an empty database, in one transaction.

Refuses a database that already holds data unless `reset` is given, so real work is never
overwritten by accident. Files are read and checked before anything is written.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from destination_norberg.core.demo_dates import demo_dates
from destination_norberg.core.geometry import Geometry, from_geojson
from destination_norberg.core.progress import Progress
from destination_norberg.core.timeutil import parse_local, parse_utc
from destination_norberg.paths import demo_data_dir
from destination_norberg.store import models as m
from destination_norberg.store.database import DatabaseError, first_line, write_session
from destination_norberg.store.demo_anchor import anchor
from destination_norberg.store.demo_capacity import read_capacity_files, write_capacity
from destination_norberg.store.demo_counters import write_counters
from destination_norberg.store.demo_guest_nights import write_guest_nights
from destination_norberg.store.demo_mail import write_mailings
from destination_norberg.store.demo_volunteers import write_volunteers

# The steps reported to `progress`, by name (the window words them), in order.
STEPS = ("clearing", "seasons", "organisations", "events", "stråk", "trails", "snow",
         "packages")


class DemoDataError(DatabaseError):
    """The demo files are missing or inconsistent, or the database is not empty."""


def _csv(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _json(folder: Path, name: str) -> Any:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def _optional_json(folder: Path, name: str) -> Any:
    """A demo folder from before the fictional weather station (tests' own) has none."""
    return _json(folder, name) if (folder / name).exists() else []


def _optional_csv(folder: Path, name: str) -> list[dict[str, str]]:
    return _csv(folder, name) if (folder / name).exists() else []


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _clock(text: str) -> time | None:
    return time.fromisoformat(text) if text else None


def _yes(text: str) -> bool:
    return text.strip().lower() in {"ja", "yes", "true", "1"}


def _num(text: str) -> float | None:
    return float(text) if text not in ("", None) else None


def _uid(key: str) -> str:
    return f"demo-{key}"


class NotEmptyError(DemoDataError):
    """The database holds data and no reset was asked for."""


def has_data(engine: Engine) -> bool:
    """True when any domain row exists (the schema alone does not count)."""
    with engine.connect() as conn:
        return _any_rows(conn)


def _any_rows(conn: Connection | Session) -> bool:
    return any(conn.execute(select(func.count()).select_from(t)).scalar_one()
               for t in m.TABLES)


def clear_all(session: Session) -> None:
    for table in reversed(m.Base.metadata.sorted_tables):
        session.execute(delete(table))


def load_demo(engine: Engine, reset: bool = False, folder: Path | None = None,
              progress: Progress | None = None, today: date | None = None) -> dict[str, int]:
    """Write the demo season, anchored to the coming season as on `today` (as authored,
    for core.demo_dates.REFERENCE_DAY, when None); returns rows written per table."""
    folder = folder or demo_data_dir()
    try:
        files = anchor(_read_all(folder), demo_dates(today))
    except (OSError, ValueError, KeyError) as exc:
        raise DemoDataError(f"The demo data in {folder} cannot be read: {exc}") from exc

    def say(step: str) -> None:
        if progress is not None:  # raises Cancelled to stop: the write unit rolls back
            progress(STEPS.index(step) / len(STEPS), step)

    try:
        with write_session(engine) as session:
            # Checked inside the write unit (its first statement takes the write lock), so
            # two starts at once cannot both find the database empty and load twice.
            if not reset and _any_rows(session):
                raise NotEmptyError(
                    "The database already holds data; the demo season was not loaded. "
                    "Use --reset to replace everything with the demo season.")
            if reset:
                say("clearing")
                clear_all(session)
            return _write(session, files, say)
    except DemoDataError:
        raise
    except (ValueError, KeyError, TypeError) as exc:  # rolled back: nothing was written
        raise DemoDataError(f"The demo data in {folder} has a bad value: {exc!r}") from exc
    except SQLAlchemyError as exc:  # read-only file, disk full, locked …: rolled back
        raise DatabaseError(f"The demo season could not be written: {first_line(exc)}") \
            from exc


def _read_all(folder: Path) -> dict[str, Any]:
    return {**read_capacity_files(folder),
        "seasons": _json(folder, "seasons.json"),
        "places": _json(folder, "places.geojson")["features"],
        "orgs": _csv(folder, "organisations.csv"),
        "persons": _csv(folder, "persons.csv"),
        "interactions": _csv(folder, "interactions.csv"),
        "events": _json(folder, "events.json"),
        "tasks": _csv(folder, "tasks.csv"),
        "strak": _json(folder, "strak.json"),
        "trails": _json(folder, "trails.geojson")["features"],
        "reports": _csv(folder, "trail_reports.csv"),
        "depth": _csv(folder, "snow_depth.csv"),
        "stations": _optional_json(folder, "weather_stations.json"),
        "temperatures": _optional_csv(folder, "weather_temperature.csv"),
        "storage": _csv(folder, "snow_storage.csv"),
        "production": _csv(folder, "snow_production.csv"),
        "targets": _json(folder, "snow_targets.json"),
        "race_courses": _json(folder, "race_courses.json"),
        "packages": _json(folder, "packages.json"),
        "guest_nights": _optional_csv(folder, "guest_nights.csv"),
        "volunteers": _optional_json(folder, "volunteers.json"),
        "counters": _optional_json(folder, "trail_counters.json"),
        "mailings": _optional_json(folder, "mailings.json"),
    }


def _write_weather(session: Session, f: dict[str, Any]) -> None:
    """The fictional station, its three-hourly temperatures and daily snow depths: Core
    executemany (about 20,000 rows), never an ORM object per reading."""
    for st in f["stations"]:
        session.execute(insert(m.WeatherStation.__table__).values(
            key=st["key"], name=st["name"], network=st.get("network") or "demo",
            latitude=st.get("latitude"), longitude=st.get("longitude"),
            height_m=st.get("height_m"), meta=json.dumps({"demo": True})))
    depth = [{"station": d["station"], "measured_at": parse_utc(f"{d['date']}T06:00:00Z"),
              "depth_m": float(d["depth_m"]), "quality": d["quality"], "source": "demo"}
             for d in f["depth"]]
    if depth:
        session.execute(insert(m.SnowMeasurement.__table__), depth)
    fast = session.get_bind().dialect.name == "sqlite"
    temps: list[Any] = []
    for row in f["temperatures"]:
        for name, value in row.items():
            if not name.startswith("t") or value == "":
                continue
            if fast:  # the exact text SQLAlchemy's SQLite dialect stores (store.rows)
                temps.append((row["station"], f"{row['date']} {name[1:]}:00:00.000000",
                              float(value), "G", "demo"))
            else:
                temps.append({"station": row["station"],
                              "measured_at": parse_utc(f"{row['date']}T{name[1:]}:00:00Z"),
                              "temp_c": float(value), "quality": "G", "source": "demo"})
    if temps and fast:
        session.connection().exec_driver_sql(
            "INSERT INTO temperature_observation (station, measured_at, temp_c, quality, "
            "source) VALUES (?, ?, ?, ?, ?)", temps)
    elif temps:
        session.execute(insert(m.TemperatureObservation.__table__), temps)


def _write(session: Session, f: dict[str, Any], say: Callable[[str], None]) -> dict[str, int]:
    ids: dict[str, dict[str, Any]] = {}

    def add(table: str, key: str, row: Any) -> Any:
        session.add(row)
        ids.setdefault(table, {})[key] = row
        return row

    def ref(table: str, key: str | None) -> Any:
        if not key:
            return None
        try:
            return ids[table][key]
        except KeyError:
            raise DemoDataError(f"demo data: {table} '{key}' is referred to but missing") \
                from None

    say("seasons")
    for s in f["seasons"]:
        add("season", s["key"], m.Season(uid=_uid(s["key"]), name=s["name"], kind=s["kind"],
                                         starts_on=_day(s["starts"]), ends_on=_day(s["ends"])))
    for feat in f["places"]:
        p = feat["properties"]
        add("place", p["key"], m.Place(
            uid=_uid(p["key"]), name=p["name"], kind=p.get("kind") or "annat",
            geom=from_geojson(feat["geometry"]).to_wkb(),
            description_sv=p.get("description_sv") or "",
            description_en=p.get("description_en") or ""))
    say("organisations")
    for o in f["orgs"]:
        geom = (Geometry.point(float(o["e"]), float(o["n"])).to_wkb()
                if o.get("e") and o.get("n") else None)
        add("org", o["key"], m.Organisation(
            uid=_uid(o["key"]), name=o["name"], orgnr=o["orgnr"] or None,
            category=o["category"], street=o["street"], postal_code=o["postal_code"],
            city=o["city"], kommun=o["kommun"], geom=geom, website=o["website"],
            tags=o["tags"], notes=o["notes"], is_demo=_yes(o.get("demo", "ja"))))
    for p in f["persons"]:
        add("person", p["key"], m.Person(
            uid=_uid(p["key"]), organisation=ref("org", p["organisation"]), name=p["name"],
            role=p["role"], email=p["email"], phone=p["phone"], legal_basis=p["legal_basis"],
            consent_on=_day(p["consent_date"]),
            retention_review_on=_day(p["retention_review"]),
            mail_opt_out_on=_day(p.get("mail_opt_out") or "")))
    for i in f["interactions"]:
        persons = [ref("person", k) for k in i["persons"].split(";") if k]
        add("interaction", i["key"], m.Interaction(
            uid=_uid(i["key"]), organisation=ref("org", i["organisation"]),
            occurred_on=_day(i["date"]), kind=i["kind"], note=i["note"],
            follow_up_on=_day(i["follow_up"]), follow_up_done=_yes(i["follow_up_done"]),
            persons=persons))
    say("events")
    session.flush()
    for e in f["events"]:
        event = add("event", e["key"], m.Event(
            uid=_uid(e["key"]), name_sv=e["name_sv"], name_en=e.get("name_en") or "",
            kind=e["kind"], status=e["status"], starts_at=parse_local(e["start"]),
            ends_at=parse_local(e["end"]) if e.get("end") else None,
            outdoor=bool(e.get("outdoor")), milestone=bool(e.get("milestone")),
            description_sv=e.get("description_sv") or "",
            description_en=e.get("description_en") or ""))
        event.season_id = ref("season", e["season"]).id if e.get("season") else None
        event.place = ref("place", e.get("place"))
        org = ref("org", e.get("organiser"))
        event.organiser_id = org.id if org is not None else None
    session.flush()
    for e in f["events"]:
        if e.get("parent"):
            ids["event"][e["key"]].parent_id = ref("event", e["parent"]).id
    for t in f["tasks"]:
        add("task", t["key"], m.Task(
            uid=_uid(t["key"]), event=ref("event", t["event"]), title=t["title"],
            due_on=_day(t["due"]),
            due_offset_days=int(t["due_offset_days"]) if t["due_offset_days"] else None,
            responsible=ref("person", t["responsible"]), done=_yes(t["done"])))
    say("stråk")
    for s in f["strak"]:
        strak = add("strak", s["key"], m.Strak(
            uid=_uid(s["key"]), name=s["name"], period_start=_day(s["period_start"]),
            period_end=_day(s["period_end"]),
            weekdays=",".join(str(d) for d in s["weekdays"]),
            opens=_clock(s["opens"]), closes=_clock(s["closes"]),
            route=Geometry.line([tuple(c) for c in s["route"]]).to_wkb()))
        strak.season_id = ref("season", s["season"]).id
        strak.event_id = ref("event", s.get("event")).id if s.get("event") else None
        for stop in s["stops"]:
            org = ref("org", stop["organisation"])
            strak.stops.append(m.StrakStop(
                uid=_uid(f"{s['key']}-{stop['order']}"), position=int(stop["order"]),
                organisation_id=org.id, opening=stop.get("opening") or "",
                offer_sv=stop.get("offer_sv") or "", offer_en=stop.get("offer_en") or ""))
    say("trails")
    for feat in f["trails"]:
        p = feat["properties"]
        geom = from_geojson(feat["geometry"])
        add("trail", p["key"], m.Trail(
            uid=_uid(p["key"]), name=p["name"], kind=p["kind"],
            grade_colour=p.get("grade_colour"), imba=p.get("imba"),
            mtb_scale=p.get("mtb_scale"), mtb_scale_imba=p.get("mtb_scale_imba"),
            area=p.get("area") or "", lit=bool(p.get("lit")),
            description_sv=p.get("description_sv") or "",
            description_en=p.get("description_en") or "",
            geom=geom.to_wkb(), length_m=round(geom.length(), 1)))
    for r in f["reports"]:
        trail = ref("trail", r["trail"])
        trail.reports.append(m.TrailReport(
            reported_at=parse_utc(r["reported_at_utc"]), status=r["status"],
            condition=r["condition"] or None,
            groomed_at=parse_utc(r["groomed_at_utc"]) if r["groomed_at_utc"] else None,
            groom_style=r["groom_style"] or None, snow_depth_cm=_num(r["snow_depth_cm"]),
            author=r["author"], note=r["note"]))
    say("snow")
    _write_weather(session, f)
    for s in f["storage"]:
        session.add(m.SnowStorageMeasurement(
            uid=_uid(s["key"]), pile=ref("place", s["pile"]).name,  # the pile by its name
            measured_on=_day(s["measured_on"]), volume_m3=float(s["volume_m3"]),
            method=s["method"], note=s["note"]))
    for p in f["production"]:
        session.add(m.SnowProduction(
            uid=_uid(p["key"]), produced_on=_day(p["date"]), cannons=int(p["cannons"]),
            hours=float(p["hours"]), volume_m3=float(p["volume_m3"]),
            wet_bulb_c=_num(p["wet_bulb_c"]), note=p["note"]))
    for t in f["targets"]:
        target = add("target", t["key"], m.SnowTarget(
            uid=_uid(t["key"]), name=t["name"], deadline=_day(t["deadline"]),
            required_km=float(t["required_km"]), min_depth_cm=float(t["min_depth_cm"]),
            notes=t.get("notes") or "", trails=[ref("trail", k) for k in t["trails"]]))
        target.event_id = ref("event", t.get("event")).id if t.get("event") else None
    session.flush()  # the courses refer to events and trails by id
    for race in f["race_courses"]:
        event = ref("event", race["event"])
        for pos, c in enumerate(race["courses"], start=1):
            trail = ref("trail", c.get("trail"))
            session.add(m.RaceCourse(
                uid=_uid(f"{race['event']}-course-{pos}"), event_id=event.id, position=pos,
                loop_km=float(c["loop_km"]), laps=int(c["laps"]),
                natural_course=bool(c["natural_course"]),
                trail_id=trail.id if trail is not None else None))
    say("packages")
    for p in f["packages"]:
        package = add("package", p["key"], m.Package(
            uid=_uid(p["key"]), title_sv=p["title_sv"], title_en=p.get("title_en") or "",
            text_sv=p.get("text_sv") or "", text_en=p.get("text_en") or "",
            valid_from=_day(p.get("valid_from") or ""), valid_to=_day(p.get("valid_to") or ""),
            price_basis_persons=int(p.get("price_basis_persons") or 1),
            partners=[ref("org", k) for k in p.get("partners", [])]))
        package.event_id = ref("event", p.get("event")).id if p.get("event") else None
        for pos, c in enumerate(p["components"], start=1):
            org = ref("org", c.get("organisation"))
            package.components.append(m.PackageComponent(
                uid=_uid(f"{p['key']}-{pos}"), position=pos,
                organisation_id=org.id if org is not None else None, kind=c["kind"],
                description=c.get("description") or "",
                price_sek=Decimal(str(c["price_sek"])), capacity=c.get("capacity"),
                price_basis=c.get("price_basis") or "per_package",
                occupancy=c.get("occupancy")))
    write_guest_nights(session, f.get("guest_nights", []))
    session.flush()
    write_capacity(session, f, ref)
    write_volunteers(session, f.get("volunteers"), ids)
    write_counters(session, f.get("counters"), ref)
    write_mailings(session, f.get("mailings"), ref)
    session.flush()
    return {t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
            for t in m.TABLES}
