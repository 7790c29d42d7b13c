"""The bundled demo season (data/) loads whole, checks its own references, and never half-loads."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import shapely
from sqlalchemy import func, select

from destination_norberg.core.dates import engelbrektsloppet_day
from destination_norberg.core.geometry import decode_wkb
from destination_norberg.core.orgnr import is_valid
from destination_norberg.core.timeutil import parse_local, to_local
from destination_norberg.paths import demo_data_dir
from destination_norberg.store import models as m
from destination_norberg.store.database import read_session, write_session
from destination_norberg.store.demo import DemoDataError, has_data, load_demo
from destination_norberg.store.info import database_info

pytestmark = pytest.mark.both_engines

DATA = demo_data_dir()
#: The demo's mailing (data/mailings.json): the consent rule picks 12 people of the
#: organisations tagged vinterstråket, the server refused one address.
SENT_IN_DEMO_MAILING = 11


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def data(name: str):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def counts(engine) -> dict[str, int]:
    return database_info(engine).row_counts


def all_empty(engine) -> bool:
    return not has_data(engine) and set(counts(engine).values()) == {0}


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A private copy of data/ for a test to spoil."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


# --- loading into an empty database ------------------------------------------------------


def test_load_into_empty_database_writes_every_file(engine) -> None:
    stages: list[str] = []
    written = load_demo(engine, progress=lambda _fraction, step: stages.append(step))
    assert written == {t: n for t, n in counts(engine).items() if t in written}
    sent = SENT_IN_DEMO_MAILING
    expected = {
        "season": len(data("seasons.json")),
        "place": len(data("places.geojson")["features"]),
        "organisation": len(rows("organisations.csv")),
        # issue 19: the volunteers not in the network are persons too
        "person": len(rows("persons.csv")) + len(data("volunteers.json")["volunteers"]),
        # issue 20: the demo's mailing logs each message it sent as a contact (e-post)
        "interaction": len(rows("interactions.csv")) + sent,
        "event": len(data("events.json")),
        "task": len(rows("tasks.csv")),
        "strak": len(data("strak.json")),
        "strak_stop": sum(len(s["stops"]) for s in data("strak.json")),
        "trail": len(data("trails.geojson")["features"]),
        "trail_report": len(rows("trail_reports.csv")),
        "snow_measurement": len(rows("snow_depth.csv")),
        "snow_storage_measurement": len(rows("snow_storage.csv")),
        "snow_production": len(rows("snow_production.csv")),
        "snow_target": len(data("snow_targets.json")),
        "package": len(data("packages.json")),
        "package_component": sum(len(p["components"]) for p in data("packages.json")),
        "package_dispatch": 0,
    }
    assert {t: written[t] for t in expected} == expected
    assert stages[0] == "seasons" and stages[-1] == "packages"
    assert "clearing" not in stages


def test_seasons(demo_engine) -> None:
    with read_session(demo_engine) as s:
        seasons = {x.name: x.kind for x in s.scalars(select(m.Season))}
    assert seasons == {"Vinter 2026/27": "vinter", "Sommar 2027": "sommar"}


def test_engelbrektsloppet_60_km(demo_engine) -> None:
    with read_session(demo_engine) as s:
        race = s.scalars(select(m.Event).where(m.Event.kind == "lopp",
                                               m.Event.name_sv.like("Engelbrektsloppet 60%"))
                         ).one()
        starts_at, status = race.starts_at, race.status
        place = race.place.name
        parent = race.parent.kind if race.parent else None
    assert to_local(starts_at).date() == engelbrektsloppet_day(2027) == date(2027, 2, 14)
    assert place == "Torget"
    assert status != "inställd"
    assert parent == "vecka"  # a race of the winter week


def test_event_times_are_local_in_the_files(demo_engine) -> None:
    by_uid = {f"demo-{e['key']}": e for e in data("events.json")}
    with read_session(demo_engine) as s:
        stored = {e.uid: (e.starts_at, e.ends_at) for e in s.scalars(select(m.Event))}
    assert set(stored) == set(by_uid)
    for uid, (starts, ends) in stored.items():
        e = by_uid[uid]
        assert starts == parse_local(e["start"]), uid
        assert ends == (parse_local(e["end"]) if e.get("end") else None), uid


def test_organisations_have_valid_orgnr(demo_engine) -> None:
    with read_session(demo_engine) as s:
        orgs = s.execute(select(m.Organisation.name, m.Organisation.orgnr)).all()
    assert 50 <= len(orgs) <= 70
    numbers = [nr for _, nr in orgs if nr]
    assert numbers, "some organisations carry an orgnr"
    assert [nr for nr in numbers if not is_valid(nr)] == []
    assert all(nr is None or nr != "" for _, nr in orgs)  # empty cells are stored as NULL


def test_trail_lengths_come_from_geometry(demo_engine) -> None:
    features = {f"demo-{f['properties']['key']}": f for f in data("trails.geojson")["features"]}
    with read_session(demo_engine) as s:
        trails = s.execute(select(m.Trail.uid, m.Trail.length_m, m.Trail.geom)).all()
    assert {uid for uid, _, _ in trails} == set(features)
    for uid, length_m, geom in trails:
        reference = shapely.geometry.shape(features[uid]["geometry"]).length
        assert length_m > 0
        assert length_m == pytest.approx(reference, abs=0.06), uid
        assert decode_wkb(geom).length() == pytest.approx(reference), uid


def test_snow_targets_with_their_loops(demo_engine) -> None:
    targets = data("snow_targets.json")
    assert len(targets) == 2
    with read_session(demo_engine) as s:
        event_uids = {e.id: e.uid for e in s.scalars(select(m.Event))}
        stored = {t.uid: (t.required_km, t.min_depth_cm, t.deadline,
                          event_uids.get(t.event_id), {tr.uid for tr in t.trails})
                  for t in s.scalars(select(m.SnowTarget))}
    assert set(stored) == {f"demo-{t['key']}" for t in targets}
    for t in targets:
        required, depth, deadline, event_uid, loops = stored[f"demo-{t['key']}"]
        assert loops == {f"demo-{k}" for k in t["trails"]}
        assert loops, "a target needs at least one loop"
        assert (required, depth) == (t["required_km"], t["min_depth_cm"])
        assert deadline == date.fromisoformat(t["deadline"])
        assert event_uid == (f"demo-{t['event']}" if t.get("event") else None)


def test_task_event_links(demo_engine) -> None:
    expected = {f"demo-{t['key']}": f"demo-{t['event']}" for t in rows("tasks.csv")}
    with read_session(demo_engine) as s:
        got = dict(s.execute(select(m.Task.uid, m.Event.uid)
                             .join(m.Event, m.Event.id == m.Task.event_id)).all())
    assert got == expected


# --- refusing, resetting ----------------------------------------------------------------


def test_second_load_is_refused_and_changes_nothing(demo_engine) -> None:
    before = counts(demo_engine)
    with pytest.raises(DemoDataError, match="already holds data"):
        load_demo(demo_engine)
    assert counts(demo_engine) == before


def test_any_row_counts_as_data(engine) -> None:
    with write_session(engine) as s:
        s.add(m.Organisation(name="Mitt eget café"))
    with pytest.raises(DemoDataError):
        load_demo(engine)
    assert counts(engine)["organisation"] == 1


def test_reset_reloads_to_the_same_counts(demo_engine) -> None:
    before = counts(demo_engine)
    with write_session(demo_engine) as s:
        s.add(m.Organisation(name="Tillagd efter demon"))
    stages: list[str] = []
    written = load_demo(demo_engine, reset=True,
                        progress=lambda _fraction, step: stages.append(step))
    assert counts(demo_engine) == before
    assert written == {t: n for t, n in before.items() if t in written}
    assert stages[0] == "clearing"
    with read_session(demo_engine) as s:
        assert s.scalar(select(func.count()).where(
            m.Organisation.name == "Tillagd efter demon")) == 0


# --- broken demo folders: an error, and nothing written ---------------------------------


def spoil_csv(path: Path, column: str, value: str, row: int = 0) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields, content = reader.fieldnames, list(reader)
    content[row][column] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(content)


def test_missing_reference_in_tasks(engine, broken: Path) -> None:
    spoil_csv(broken / "tasks.csv", "event", "finns-inte", row=-1)
    with pytest.raises(DemoDataError, match="finns-inte"):
        load_demo(engine, folder=broken)
    assert all_empty(engine)


def test_missing_reference_in_the_last_file(engine, broken: Path) -> None:
    packages = json.loads((broken / "packages.json").read_text(encoding="utf-8"))
    packages[-1]["partners"].append("saknad-partner")
    (broken / "packages.json").write_text(json.dumps(packages), encoding="utf-8")
    with pytest.raises(DemoDataError, match="saknad-partner"):
        load_demo(engine, folder=broken)
    assert all_empty(engine)


def test_truncated_json(engine, broken: Path) -> None:
    path = broken / "events.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(DemoDataError, match="cannot be read"):
        load_demo(engine, folder=broken)
    assert all_empty(engine)


def test_missing_file(engine, broken: Path) -> None:
    (broken / "snow_targets.json").unlink()
    with pytest.raises(DemoDataError, match="cannot be read"):
        load_demo(engine, folder=broken)
    assert all_empty(engine)


def test_failed_reset_keeps_the_old_data(demo_engine, broken: Path) -> None:
    before = counts(demo_engine)
    spoil_csv(broken / "tasks.csv", "event", "finns-inte")
    with pytest.raises(DemoDataError):
        load_demo(demo_engine, reset=True, folder=broken)
    assert counts(demo_engine) == before


def test_bad_value_leaves_the_database_empty(engine, broken: Path) -> None:
    spoil_csv(broken / "tasks.csv", "due", "2026-13-45")
    with pytest.raises((DemoDataError, ValueError)):
        load_demo(engine, folder=broken)
    assert all_empty(engine)


@pytest.mark.parametrize(("column", "value"), [("due", "2026-13-45"),
                                               ("due_offset_days", "tre")])
def test_bad_value_is_a_demo_data_error(engine, broken: Path, column: str, value: str) -> None:
    spoil_csv(broken / "tasks.csv", column, value)
    with pytest.raises(DemoDataError):
        load_demo(engine, folder=broken)
