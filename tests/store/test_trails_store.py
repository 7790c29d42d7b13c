"""The trail register read from and written to real databases (demo and fresh SQLite files)."""

from __future__ import annotations

import csv
import importlib.util
import itertools
import json
import math
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from destination_norberg.core.timeutil import STOCKHOLM, parse_utc
from destination_norberg.core.trail_register import (
    ReportDraft,
    TrailLookupError,
    bulk_reports,
)
from destination_norberg.core.vocab import Condition, GroomStyle, TrailKind, TrailStatus
from destination_norberg.paths import demo_data_dir
from destination_norberg.store import models as m
from destination_norberg.store.database import DatabaseError
from destination_norberg.store.planning_write import NotFoundError
from destination_norberg.store.rows import EngineRows, open_current_sqlite
from destination_norberg.store.trails_store import (
    add_reports,
    find_trail,
    history,
    register,
    trail_record,
)

pytestmark = pytest.mark.both_engines

DATA = demo_data_dir()
ROOT = Path(__file__).resolve().parents[2]


def csv_rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def demo_features() -> list[dict]:
    return json.loads((DATA / "trails.geojson").read_text(encoding="utf-8"))["features"]


def band_for(days: int) -> str:
    """The grooming bands of DESIGN.md §2, written out again here."""
    for high, label in ((0, "today"), (3, "1-3"), (6, "4-6"), (10, "7-10"), (14, "11-14")):
        if days <= high:
            return label
    return "older"


def report_count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(m.TrailReport.__table__)).scalar()


# --- the demo database ---------------------------------------------------------------------


def test_register_on_the_demo_matches_the_newest_rows_of_the_csv(demo_engine, demo_url,
                                                                 fixed_now, backend) -> None:
    newest: dict[str, dict[str, str]] = {}
    groomed: dict[str, dict[str, str]] = {}
    for r in csv_rows("trail_reports.csv"):
        at = parse_utc(r["reported_at_utc"])
        if at > fixed_now:
            continue
        if r["trail"] not in newest or at >= parse_utc(newest[r["trail"]]["reported_at_utc"]):
            newest[r["trail"]] = r
        if r["groomed_at_utc"] and (r["trail"] not in groomed or at >= parse_utc(
                groomed[r["trail"]]["reported_at_utc"])):
            groomed[r["trail"]] = r
    features = {f["properties"]["key"]: f for f in demo_features()}

    fast = open_current_sqlite(demo_url) if backend == "sqlite" else EngineRows(demo_engine)
    assert fast is not None
    try:
        rows = register(fast, fixed_now)
    finally:
        fast.close()
    assert register(demo_engine, fixed_now) == rows  # the same through SQLAlchemy
    assert len(rows) == len(features) == 18
    for row in rows:
        key = row.uid.removeprefix("demo-")
        props, coords = features[key]["properties"], features[key]["geometry"]["coordinates"]
        assert (row.name, str(row.kind), row.grade_colour, row.imba, row.mtb_scale,
                row.mtb_scale_imba, row.area) == (
            props["name"], props["kind"], props["grade_colour"], props["imba"],
            props["mtb_scale"], props["mtb_scale_imba"], props["area"])
        planar = sum(math.dist(a[:2], b[:2]) for a, b in itertools.pairwise(coords))
        assert row.length_m == pytest.approx(planar, abs=0.1)
        want = newest[key]
        at = parse_utc(want["reported_at_utc"])
        assert row.reported_at == at, key
        assert (str(row.status), str(row.condition or "")) == (want["status"],
                                                               want["condition"]), key
        assert (row.author, row.note) == (want["author"], want["note"])
        assert row.snow_depth_cm == (float(want["snow_depth_cm"]) if want["snow_depth_cm"]
                                     else None)
        assert row.report_age_days == pytest.approx((fixed_now - at).total_seconds() / 86400)
        assert row.stale == (fixed_now - at > timedelta(days=7)), key
        if key in groomed:
            g = parse_utc(groomed[key]["groomed_at_utc"])
            days = (fixed_now.astimezone(STOCKHOLM).date() - g.astimezone(STOCKHOLM).date()).days
            assert (row.groomed_at, row.grooming_band, str(row.groom_style)) == (
                g, band_for(days), groomed[key]["groom_style"])
        else:
            assert row.groomed_at is None and row.grooming_band is None
    assert any(r.stale for r in rows) and any(r.grooming_band for r in rows)


def test_register_on_an_earlier_day_ignores_later_reports(demo_engine) -> None:
    before = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    rows = {r.uid: r for r in register(demo_engine, before)}
    assert all(r.reported_at is None or r.reported_at <= before for r in rows.values())
    # the storage loop's first grooming (24 November) has not happened yet
    assert rows["demo-konstsnoslingan-4km"].grooming_band is None
    assert str(rows["demo-konstsnoslingan-4km"].status) == "closed"


def test_history_is_newest_first(demo_engine) -> None:
    tid = find_trail(EngineRows(demo_engine), "Familjeslingan Mimer")
    found = history(demo_engine, tid)
    expected = sorted((parse_utc(r["reported_at_utc"]) for r in csv_rows("trail_reports.csv")
                       if r["trail"] == "mimer-familjeslingan"), reverse=True)
    assert [r.reported_at for r in found] == expected
    assert all(r.trail_id == tid for r in found)
    assert [r.reported_at for r in history(demo_engine, tid, limit=3)] == expected[:3]
    assert history(demo_engine, 99_999) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Gruvstigen", "Gruvstigen"), ("gruvst", "Gruvstigen"), ("blabar", "Blåbärsstigen"),
    ("snölag", "Snölagringsslingan 4 km"), ("SNOLAG", "Snölagringsslingan 4 km"),
    ("demo-hyttbacken", "Hyttbacken"), ("långa k", "Långa Kärrgruverundan"),
])
def test_find_trail_by_name_prefix_or_uid(demo_engine, text: str, name: str) -> None:
    tid = find_trail(demo_engine, text)
    record = trail_record(demo_engine, tid)
    assert record is not None and record.name == name
    assert find_trail(demo_engine, str(tid)) == tid


def test_find_trail_explains_an_ambiguous_prefix(demo_engine) -> None:
    with pytest.raises(TrailLookupError) as err:
        find_trail(demo_engine, "gruv")
    message = str(err.value)
    assert message.startswith("“gruv” matches 3 trails: Gruvmilen 10 km (id ")
    assert "Gruvrundan (id " in message and "Gruvstigen (id " in message
    with pytest.raises(TrailLookupError, match="There is no trail “Nowhere”"):
        find_trail(demo_engine, "Nowhere")


# --- fresh databases -----------------------------------------------------------------------


def add_trail(engine, name: str, kind: TrailKind = TrailKind.MTB) -> int:
    with engine.begin() as conn:
        return conn.execute(insert(m.Trail.__table__).values(
            name=name, kind=kind.value, length_m=1000.0)).inserted_primary_key[0]


def draft(trail_id: int, at: datetime, status: TrailStatus = TrailStatus.CLEAR,
          groomed_at: datetime | None = None, note: str = "") -> ReportDraft:
    return ReportDraft(trail_id=trail_id, reported_at=at, status=status,
                       groomed_at=groomed_at,
                       groom_style=GroomStyle.CLASSIC if groomed_at else None, note=note)


def test_stale_flags_at_the_boundary_from_the_database(engine, fixed_now) -> None:
    exact = add_trail(engine, "Exakt sju dagar")
    older = add_trail(engine, "En sekund äldre")
    never = add_trail(engine, "Aldrig rapporterad")
    add_reports(engine, [draft(exact, fixed_now - timedelta(days=7)),
                         draft(older, fixed_now - timedelta(days=7, seconds=1))])
    rows = {r.id: r for r in register(engine, fixed_now, stale_days=7)}
    assert (rows[exact].stale, rows[older].stale, rows[never].stale) == (False, True, True)
    assert rows[never].status is None and rows[never].report_age_days is None
    relaxed = {r.id: r.stale for r in register(engine, fixed_now, stale_days=8)}
    assert relaxed == {exact: False, older: False, never: True}


@pytest.mark.parametrize("days", [0, 1, 3, 4, 6, 7, 10, 11, 14, 15, 40])
def test_grooming_bands_from_the_database(engine, fixed_now, days: int) -> None:
    ski = add_trail(engine, "Stadionslingan", TrailKind.CLASSIC_SKI)
    groomed = fixed_now - timedelta(days=days, hours=1)  # 08:00 in Norberg, `days` ago
    add_reports(engine, [draft(ski, groomed + timedelta(minutes=30), groomed_at=groomed)])
    (row,) = register(engine, fixed_now)
    assert row.grooming_band == band_for(days)
    assert row.groom_style is GroomStyle.CLASSIC


def test_the_last_grooming_counts_even_when_the_newest_report_has_none(engine,
                                                                       fixed_now) -> None:
    ski = add_trail(engine, "Gruvmilen", TrailKind.CLASSIC_SKI)
    add_reports(engine, [draft(ski, fixed_now - timedelta(days=5),
                               groomed_at=fixed_now - timedelta(days=5, hours=2))])
    add_reports(engine, [draft(ski, fixed_now - timedelta(hours=1), TrailStatus.MINOR)])
    (row,) = register(engine, fixed_now)
    assert row.status is TrailStatus.MINOR
    assert row.grooming_band == "4-6"


def test_two_reports_at_one_instant_the_later_row_wins(engine, fixed_now) -> None:
    tid = add_trail(engine, "Gruvstigen")
    at = fixed_now - timedelta(hours=2)
    add_reports(engine, [draft(tid, at, TrailStatus.CLEAR, note="first"),
                         draft(tid, at, TrailStatus.CLOSED, note="second")])
    (row,) = register(engine, fixed_now)
    assert (row.status, row.note) == (TrailStatus.CLOSED, "second")
    assert [r.note for r in history(engine, tid)] == ["second", "first"]


def test_a_bulk_update_of_three_trails_is_one_unit(engine, fixed_now) -> None:
    ids = [add_trail(engine, n) for n in ("Gruvstigen", "Hyttbacken", "Slaggvarpet")]
    spare = add_trail(engine, "Svarta Schaktet")
    drafts = bulk_reports(ids, "stängd", "nedfallna träd", "Stormen Hans", "Spårpatrullen",
                          fixed_now)
    assert add_reports(engine, drafts) == 3
    assert report_count(engine) == 3
    rows = {r.id: r for r in register(engine, fixed_now)}
    for tid in ids:
        assert (rows[tid].status, rows[tid].condition, rows[tid].note) == (
            TrailStatus.CLOSED, Condition.FALLEN_TREES, "Stormen Hans")
    assert rows[spare].status is None


def test_a_bulk_update_with_an_unknown_trail_adds_nothing(engine, fixed_now) -> None:
    ids = [add_trail(engine, n) for n in ("Gruvstigen", "Hyttbacken")]
    drafts = bulk_reports([*ids, 9999], "clear", None, "Allt öppet", None, fixed_now)
    with pytest.raises(NotFoundError, match="no trail with id 9999; none of the 3 report"):
        add_reports(engine, drafts)
    assert report_count(engine) == 0


def test_a_failure_in_the_middle_of_a_bulk_update_rolls_back_the_rows_before_it(
        engine, fixed_now) -> None:
    """The database refuses the third row after two were written: the unit takes none."""
    ids = [add_trail(engine, n) for n in ("A", "B", "C")]
    drafts = [draft(ids[0], fixed_now), draft(ids[1], fixed_now),
              ReportDraft(trail_id=ids[2], reported_at=fixed_now, status=None)]  # type: ignore[arg-type]
    with pytest.raises(DatabaseError, match=r"(?i)could not be saved: .*not[ -]null"):
        add_reports(engine, drafts)
    assert report_count(engine) == 0
    assert add_reports(engine, []) == 0


def test_register_needs_an_aware_now(engine) -> None:
    with pytest.raises(ValueError, match="aware"):
        register(engine, datetime(2026, 11, 26, 8, 0))


# --- speed and start-up --------------------------------------------------------------------


def load_bench():
    spec = importlib.util.spec_from_file_location("trail_statuses",
                                                  ROOT / "bench" / "trail_statuses.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_200_trails_with_50000_reports_list_in_100_ms(tmp_path: Path) -> None:
    bench = load_bench()
    url = bench.build_database(tmp_path / "bench.sqlite")
    fast = open_current_sqlite(url)
    assert fast is not None
    try:
        assert fast.rows("SELECT COUNT(*) FROM trail_report")[0][0] == 50_000
        rows = register(fast, bench.NOW)
        assert len(rows) == 200
        samples = []
        for _ in range(5):
            begin = time.perf_counter()
            register(fast, bench.NOW)
            samples.append(time.perf_counter() - begin)
    finally:
        fast.close()
    assert statistics.median(samples) <= 0.100


@pytest.mark.sqlite_only
def test_the_register_reads_without_sqlalchemy(demo_url: str) -> None:
    code = ("import sys; from datetime import datetime, UTC;"
            "from destination_norberg.store.rows import open_current_sqlite;"
            "from destination_norberg.store.trails_store import register;"
            f"src = open_current_sqlite({demo_url!r}); assert src is not None;"
            "rows = register(src, datetime.now(UTC)); src.close(); assert len(rows) == 18;"
            "print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"
