"""The trail register's rules: rows, stale reports, grooming bands, grades, words, lengths."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta

import pyproj
import pytest

from destination_norberg.core.geometry import line_length
from destination_norberg.core.timeutil import STOCKHOLM
from destination_norberg.core.trail_register import (
    ReportError,
    ReportRecord,
    TrailLookupError,
    TrailRecord,
    bulk_reports,
    geodesic_length_m,
    grade_consistent,
    grade_problems,
    match_trail,
    new_report,
    parse_condition,
    parse_status,
    register_rows,
    sweref99tm_to_wgs84,
    vincenty_m,
)
from destination_norberg.core.vocab import (
    Condition,
    GradeColour,
    GroomStyle,
    TrailKind,
    TrailStatus,
)
from destination_norberg.paths import demo_data_dir

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)  # 09:00 in Norberg
MTB = TrailRecord(id=1, uid="u1", name="Gruvstigen", kind=TrailKind.MTB,
                  grade_colour=GradeColour.BLUE, imba=2, mtb_scale=1, mtb_scale_imba=2,
                  area="Norberg centrum", length_m=3400.0)
SKI = TrailRecord(id=2, uid="u2", name="Stadionslingan 5 km", kind=TrailKind.CLASSIC_SKI,
                  grade_colour=GradeColour.BLUE, imba=2, length_m=5000.0)
SKATE = TrailRecord(id=3, uid="u3", name="Skatingslingan", kind=TrailKind.SKATE_SKI)


def report(trail_id: int, at: datetime, status: TrailStatus = TrailStatus.CLEAR,
           groomed_at: datetime | None = None, rid: int = 1) -> ReportRecord:
    return ReportRecord(id=rid, trail_id=trail_id, reported_at=at, status=status,
                        condition=Condition.PACKED if groomed_at else Condition.DRY,
                        groomed_at=groomed_at,
                        groom_style=GroomStyle.CLASSIC if groomed_at else None,
                        snow_depth_cm=40.0 if groomed_at else None, author="Maja",
                        note="Fint")


# --- register rows -------------------------------------------------------------------------


def test_a_row_carries_the_trail_and_its_newest_report() -> None:
    at = NOW - timedelta(days=2, hours=6)
    (row,) = register_rows([MTB], {1: report(1, at, TrailStatus.MINOR)}, NOW)
    assert (row.id, row.uid, row.name, row.kind, row.grade_colour, row.imba, row.mtb_scale,
            row.mtb_scale_imba, row.area, row.length_m) == (
        1, "u1", "Gruvstigen", TrailKind.MTB, GradeColour.BLUE, 2, 1, 2, "Norberg centrum",
        3400.0)
    assert (row.status, row.condition, row.reported_at, row.author, row.note) == (
        TrailStatus.MINOR, Condition.DRY, at, "Maja", "Fint")
    assert row.report_age_days == pytest.approx(2.25)
    assert row.stale is False
    assert row.grooming_band is None and row.groomed_at is None
    assert row.grade_consistent


def test_a_trail_never_reported_is_listed_and_stale() -> None:
    (row,) = register_rows([MTB], {}, NOW)
    assert row.status is None and row.reported_at is None and row.report_age_days is None
    assert row.stale is True


@pytest.mark.parametrize(("age", "stale_days", "stale"), [
    (timedelta(days=7), 7, False),                       # exactly the limit: still fine
    (timedelta(days=7, seconds=1), 7, True),             # one second older: a warning
    (timedelta(days=3), 2, True),
    (timedelta(days=2), 2, False),
    (timedelta(0), 0, False),
    (timedelta(seconds=1), 0, True),
])
def test_stale_at_the_boundary(age: timedelta, stale_days: int, stale: bool) -> None:
    (row,) = register_rows([MTB], {1: report(1, NOW - age)}, NOW, stale_days)
    assert row.stale is stale


@pytest.mark.parametrize(("groomed_local", "band"), [
    (datetime(2026, 11, 26, 0, 5), "today"),        # after local midnight
    (datetime(2026, 11, 25, 23, 55), "1-3"),        # just before it: yesterday
    (datetime(2026, 11, 23, 5, 0), "1-3"),
    (datetime(2026, 11, 22, 5, 0), "4-6"),
    (datetime(2026, 11, 20, 5, 0), "4-6"),
    (datetime(2026, 11, 19, 5, 0), "7-10"),
    (datetime(2026, 11, 16, 5, 0), "7-10"),
    (datetime(2026, 11, 15, 5, 0), "11-14"),
    (datetime(2026, 11, 12, 5, 0), "11-14"),
    (datetime(2026, 11, 11, 5, 0), "older"),
    (datetime(2026, 1, 1, 5, 0), "older"),
])
def test_grooming_bands_by_norberg_calendar_day(groomed_local: datetime, band: str) -> None:
    groomed = groomed_local.replace(tzinfo=STOCKHOLM).astimezone(UTC)
    (row,) = register_rows([SKI], {2: report(2, NOW - timedelta(minutes=5), groomed_at=groomed)},
                           NOW)
    assert row.grooming_band == band
    assert row.groomed_at == groomed and row.groom_style is GroomStyle.CLASSIC


def test_the_last_grooming_survives_a_newer_report_without_one() -> None:
    groomed = NOW - timedelta(days=5)
    newest = report(2, NOW - timedelta(hours=1), TrailStatus.MINOR, rid=9)
    earlier = report(2, NOW - timedelta(days=5), groomed_at=groomed, rid=4)
    (row,) = register_rows([SKI], {2: newest}, NOW, last_groomings={2: earlier})
    assert row.status is TrailStatus.MINOR
    assert row.grooming_band == "4-6" and row.groomed_at == groomed
    (plain,) = register_rows([SKI], {2: newest}, NOW)  # without it: never groomed
    assert plain.grooming_band is None


def test_rows_come_in_swedish_name_order() -> None:
    names = ["Östra slingan", "Åsleden", "Ängsstigen", "Zeta", "alfa", "Björk"]
    trails = [TrailRecord(id=i, uid=str(i), name=n, kind=TrailKind.MTB)
              for i, n in enumerate(names)]
    assert [r.name for r in register_rows(trails, {}, NOW)] == [
        "alfa", "Björk", "Zeta", "Åsleden", "Ängsstigen", "Östra slingan"]


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        register_rows([MTB], {}, datetime(2026, 11, 26, 8, 0))


# --- grades --------------------------------------------------------------------------------


@pytest.mark.parametrize(("colour", "imba"), [("grön", 1), ("blå", 2), ("röd", 3),
                                               ("svart", 4)])
def test_colour_and_imba_agree_by_convention(colour: str, imba: int) -> None:
    assert grade_consistent(colour, imba)
    assert grade_consistent(GradeColour(colour), imba)
    assert not grade_consistent(colour, imba % 4 + 1)
    assert grade_problems(colour, imba, 2, imba) == []


def test_half_a_grade_is_not_inconsistent_but_an_unknown_colour_is() -> None:
    assert grade_consistent(None, 3) and grade_consistent("röd", None)
    assert not grade_consistent("lila", 2)


def test_grade_problems_are_sentences() -> None:
    assert grade_problems("röd", 2, None, None) == ["The colour röd means IMBA level 3, not 2."]
    problems = grade_problems("lila", 5, 7, -1)
    assert len(problems) == 4
    assert any("mtb:scale 7 is outside 0–6" in p for p in problems)
    assert any("mtb:scale:imba -1 is outside 0–4" in p for p in problems)


# --- words ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "status"), [
    ("öppen", TrailStatus.CLEAR), ("clear", TrailStatus.CLEAR), ("Öppen", TrailStatus.CLEAR),
    ("stängd", TrailStatus.CLOSED), ("closed", TrailStatus.CLOSED),
    ("STANGD", TrailStatus.CLOSED),
    ("mindre problem", TrailStatus.MINOR), ("minor", TrailStatus.MINOR),
    ("Mindre  problem ", TrailStatus.MINOR), ("minor issue", TrailStatus.MINOR),
    ("betydande problem", TrailStatus.SIGNIFICANT), ("significant", TrailStatus.SIGNIFICANT),
])
def test_status_words_in_english_and_swedish(word: str, status: TrailStatus) -> None:
    assert parse_status(word) is status


@pytest.mark.parametrize(("sv", "en", "condition"), [
    ("torr", "dry", Condition.DRY), ("blöt", "wet", Condition.WET),
    ("lerig", "muddy", Condition.MUDDY), ("snö", "snow", Condition.SNOW),
    ("isig", "icy", Condition.ICY), ("packad", "packed", Condition.PACKED),
    ("frusen", "frozen", Condition.FROZEN), ("löv", "leaves", Condition.LEAVES),
    ("nedfallna träd", "fallen_trees", Condition.FALLEN_TREES),
])
def test_condition_words_in_english_and_swedish(sv: str, en: str, condition: Condition) -> None:
    assert parse_condition(sv) is condition
    assert parse_condition(en) is condition
    assert parse_condition(sv.upper()) is condition


def test_unknown_words_are_explained() -> None:
    with pytest.raises(ReportError) as status:
        parse_status("halvöppen")
    assert str(status.value) == (
        "Unknown trail status “halvöppen”: use clear/öppen, minor/mindre problem, "
        "significant/betydande problem or closed/stängd.")
    with pytest.raises(ReportError, match="Unknown trail condition “slaskig”: use dry/torr"):
        parse_condition("slaskig")
    assert parse_condition(None) is None and parse_condition("  ") is None


# --- new reports ---------------------------------------------------------------------------


def test_a_groomed_ski_report_is_groomed_now_in_the_tracks_style() -> None:
    draft = new_report(SKI, "öppen", NOW, condition="packad", groomed=True, depth_cm=45,
                       author="  Maja   Bergman ", note=" Nypreparerat. ")
    assert (draft.trail_id, draft.reported_at, draft.status, draft.condition) == (
        2, NOW, TrailStatus.CLEAR, Condition.PACKED)
    assert (draft.groomed_at, draft.groom_style, draft.snow_depth_cm) == (
        NOW, GroomStyle.CLASSIC, 45.0)
    assert (draft.author, draft.note) == ("Maja Bergman", "Nypreparerat.")
    assert new_report(SKATE, "clear", NOW, groomed=True).groom_style is GroomStyle.SKATE
    assert new_report(SKI, "clear", NOW, groomed=True, style="båda").groom_style is \
        GroomStyle.BOTH


@pytest.mark.parametrize(("trail", "kwargs", "message"), [
    (MTB, {"groomed": True}, "Only ski tracks are groomed; Gruvstigen is not one (mtb)."),
    (SKI, {"style": "skate"}, "A grooming style goes with a grooming"),
    (SKI, {"groomed": True, "style": "diagonal"}, "Unknown grooming style “diagonal”"),
    (SKI, {"depth_cm": -3}, "A snow depth of -3 cm is not possible"),
    (SKI, {"depth_cm": math.nan}, "A snow depth of nan cm is not possible"),
    (SKI, {"author": "x" * 121}, "The author name is 121 characters long; at most 120"),
    (SKI, {"condition": "slask"}, "Unknown trail condition “slask”"),
])
def test_report_mistakes_are_sentences(trail: TrailRecord, kwargs: dict, message: str) -> None:
    with pytest.raises(ReportError) as err:
        new_report(trail, "clear", NOW, **kwargs)
    assert str(err.value).startswith(message)


def test_a_bulk_update_is_one_status_one_note_one_instant() -> None:
    drafts = bulk_reports([5, 3, 5, 8], "stängd", "nedfallna träd",
                          "Stormen: stängt tills träden är bortsågade.", "Spårpatrullen", NOW)
    assert [d.trail_id for d in drafts] == [5, 3, 8]  # each trail once, in the given order
    assert {(d.status, d.condition, d.note, d.author, d.reported_at) for d in drafts} == {
        (TrailStatus.CLOSED, Condition.FALLEN_TREES,
         "Stormen: stängt tills träden är bortsågade.", "Spårpatrullen", NOW)}
    assert all(d.groomed_at is None for d in drafts)


def test_a_bulk_update_needs_trails_and_a_known_status() -> None:
    with pytest.raises(ReportError, match="at least one trail"):
        bulk_reports([], "clear", None, None, None, NOW)
    with pytest.raises(ReportError, match="Unknown trail status"):
        bulk_reports([1, 2], "kanske", None, None, None, NOW)


# --- finding a trail -----------------------------------------------------------------------

CANDIDATES = [(1, "demo-gruvstigen", "Gruvstigen"), (2, "demo-gruvrundan", "Gruvrundan"),
              (3, "demo-gruvmilen", "Gruvmilen 10 km"), (4, "demo-karr", "Kärrgruvan"),
              (5, "demo-kar", "Kärr"), (6, "demo-blabar", "Blåbärsstigen"),
              (12, "demo-tolv", "Tolvan")]


@pytest.mark.parametrize(("text", "trail_id"), [
    ("12", 12), ("demo-gruvrundan", 2), ("Gruvstigen", 1), ("gruvstigen", 1),
    ("gruvst", 1), ("blabar", 6), ("BLÅBÄR", 6), ("  Gruvm ", 3),
    ("Kärr", 5),     # the exact name wins over the prefix of "Kärrgruvan"
    ("karrg", 4),
])
def test_a_trail_by_id_uid_name_or_unique_prefix(text: str, trail_id: int) -> None:
    assert match_trail(CANDIDATES, text) == trail_id


def test_an_ambiguous_prefix_lists_the_matches() -> None:
    with pytest.raises(TrailLookupError) as err:
        match_trail(CANDIDATES, "gruv")
    assert str(err.value) == ("“gruv” matches 3 trails: Gruvmilen 10 km (id 3), Gruvrundan "
                              "(id 2), Gruvstigen (id 1); give more of the name or the id.")


def test_no_match_is_explained() -> None:
    with pytest.raises(TrailLookupError, match="There is no trail “Hyttbacken”"):
        match_trail(CANDIDATES, "Hyttbacken")
    with pytest.raises(TrailLookupError, match="There is no trail “99”"):
        match_trail(CANDIDATES, "99")
    with pytest.raises(TrailLookupError, match="Name a trail"):
        match_trail(CANDIDATES, " ")


# --- geodesic length -----------------------------------------------------------------------

TO_WGS84 = pyproj.Transformer.from_crs(3006, 4326, always_xy=True)
GEOD = pyproj.Geod(ellps="GRS80")

SAMPLE_POINTS = [
    (551_400.0, 6_659_000.0),     # Norberg
    (500_000.0, 6_580_000.0),     # on the central meridian
    (266_000.0, 6_160_000.0),     # Malmö-ish, far west of the meridian
    (920_000.0, 7_670_000.0),     # Haparanda-ish, far east and north
    (320_000.0, 7_560_000.0),     # the mountains in the north-west
    (700_000.0, 6_300_000.0),     # Öland-ish
]


@pytest.mark.parametrize(("x", "y"), SAMPLE_POINTS)
def test_pure_inverse_tm_matches_pyproj_within_a_millimetre(x: float, y: float) -> None:
    lon, lat = sweref99tm_to_wgs84(x, y)
    ref_lon, ref_lat = TO_WGS84.transform(x, y)
    _az, _back, metres = GEOD.inv(lon, lat, ref_lon, ref_lat)
    assert metres < 0.001


def test_vincenty_matches_pyproj_geodesics() -> None:
    pairs = [((15.9, 60.06), (15.91, 60.07)), ((15.9, 60.06), (15.9, 60.06)),
             ((11.0, 55.3), (24.2, 69.0)), ((15.0, 60.0), (15.0, 60.0000001))]
    for (lon1, lat1), (lon2, lat2) in pairs:
        expected = GEOD.inv(lon1, lat1, lon2, lat2)[2]
        assert vincenty_m(lon1, lat1, lon2, lat2) == pytest.approx(expected, abs=0.001)


def demo_trails() -> list[tuple[str, list[tuple[float, float]]]]:
    data = json.loads((demo_data_dir() / "trails.geojson").read_text(encoding="utf-8"))
    return [(f["properties"]["key"], [(c[0], c[1]) for c in f["geometry"]["coordinates"]])
            for f in data["features"]]


@pytest.mark.parametrize(("key", "coords"), demo_trails(), ids=lambda v: v
                         if isinstance(v, str) else "")
def test_planar_3006_length_is_within_half_a_percent_of_the_geodesic(
        key: str, coords: list[tuple[float, float]]) -> None:
    planar = line_length(coords)
    geodesic = geodesic_length_m(coords)
    assert planar > 500  # a real line, not an empty one
    assert abs(planar - geodesic) / geodesic < 0.005
    # Near Norberg (~50 km east of 15° E) the grid scale is 0.9996 · (1 + x²/2R²) ≈ 0.99963:
    # the planar length is a little shorter, never longer.
    assert 0.9995 < planar / geodesic < 0.99975
    lons, lats = TO_WGS84.transform([c[0] for c in coords], [c[1] for c in coords])
    assert geodesic == pytest.approx(GEOD.line_length(lons, lats), abs=0.001)


def test_geodesic_length_of_nothing_is_zero() -> None:
    assert geodesic_length_m([]) == 0.0
    assert geodesic_length_m([(551_400.0, 6_659_000.0)]) == 0.0
