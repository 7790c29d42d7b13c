"""core.groomer_track: which covered trails count, when they were groomed, what is reported."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from destination_norberg.core.geometry import Geometry
from destination_norberg.core.groomer_track import (
    BUFFER_M,
    SHARE_MIN,
    Coverage,
    TrackPoint,
    grooming_drafts,
    matches,
)
from destination_norberg.core.vocab import TrailStatus
from destination_norberg.geo.groomer_track import coverages

T0 = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)


def line(*xy: tuple[float, float]) -> Geometry:
    return Geometry("LineString", tuple(xy))


def walk(x0: float, x1: float, y: float, step: float = 20.0, timed: bool = True,
         start: datetime = T0) -> list[TrackPoint]:
    n = int((x1 - x0) / step) + 1
    return [TrackPoint(x0 + i * step, y, start + timedelta(seconds=10 * i) if timed else None)
            for i in range(n)]


# A 1000 m loop along y = 0 and one parallel 200 m away (never near the track).
TRAILS = [(1, "Stadionslingan", "classic_ski", line((0.0, 0.0), (1000.0, 0.0))),
          (2, "Grannslingan", "skate_ski", line((0.0, 200.0), (1000.0, 200.0)))]


def test_a_track_along_the_whole_loop_covers_it_and_its_last_point_is_the_time() -> None:
    track = walk(0, 1000, 8.0)  # 8 m beside the line: GPS error, well inside 25 m
    found = {c.trail_id: c for c in coverages(TRAILS, [track])}
    assert found[1].share > 0.99
    assert found[1].last_time == track[-1].time
    assert found[2].share == 0 and found[2].last_time is None
    covered = matches(found.values())
    assert [m.trail_id for m in covered] == [1]
    assert covered[0].reportable


def test_a_loop_covered_below_the_threshold_is_left_out() -> None:
    track = walk(0, 500, 0.0)  # half the loop: 0.5 (+ the buffer's end cap) < 0.6
    share = {c.trail_id: c.share for c in coverages(TRAILS, [track])}[1]
    assert 0.5 <= share < SHARE_MIN
    assert matches(coverages(TRAILS, [track])) == []
    assert [m.trail_id for m in matches(coverages(TRAILS, [track]), threshold=0.5)] == [1]


def test_a_track_beyond_the_buffer_covers_nothing() -> None:
    assert matches(coverages(TRAILS, [walk(0, 1000, BUFFER_M + 30)])) == []


def test_a_track_without_times_is_matched_but_gives_no_report() -> None:
    covered = matches(coverages(TRAILS, [walk(0, 1000, 0.0, timed=False)]))
    assert [m.trail_id for m in covered] == [1]
    assert covered[0].groomed_at is None and not covered[0].reportable
    assert grooming_drafts(covered, {}, "Kim", "x") == []


def test_a_grooming_already_reported_at_that_time_is_not_reported_again() -> None:
    c = Coverage(1, "Stadionslingan", "classic_ski", 0.9, T0)
    assert matches([c], {1: [T0 + timedelta(seconds=30)]})[0].already
    assert not matches([c], {1: [T0 - timedelta(hours=1)]})[0].already
    assert grooming_drafts(matches([c], {1: [T0]}), {}, "", "") == []


def test_drafts_keep_the_trails_status_and_leave_the_style_unknown() -> None:
    found = matches([Coverage(1, "A", "classic_ski", 1.0, T0),
                     Coverage(2, "B", "mtb", 0.7, T0 + timedelta(hours=1))])
    drafts = grooming_drafts(found, {1: TrailStatus.MINOR}, "  Kim   Berg ", " GPS ")
    assert [(d.trail_id, d.status, d.groomed_at, d.reported_at, d.groom_style, d.author,
             d.note) for d in drafts] == [
        (1, TrailStatus.MINOR, T0, T0, None, "Kim Berg", "GPS"),
        (2, TrailStatus.CLEAR, T0 + timedelta(hours=1), T0 + timedelta(hours=1), None,
         "Kim Berg", "GPS")]


# --- real files (../shared/realdata; skipped where absent) ----------------------------------


def test_every_real_gpx_is_read_or_refused_in_one_sentence(realdata) -> None:
    from destination_norberg.geo.errors import GeoImportError
    from destination_norberg.geo.groomer_track import read_track

    read = 0
    for path in sorted((realdata / "gpx").glob("*.gpx")):
        try:
            segments = read_track(path)
        except GeoImportError as exc:
            assert "\n" not in str(exc) and str(exc), path.name
            continue
        read += 1
        assert all(seg for seg in segments), path.name
    assert read >= 20
    for path in sorted((realdata / "gpx_malformed").iterdir()):
        try:
            read_track(path)
        except GeoImportError as exc:
            assert "\n" not in str(exc) and str(exc), path.name


def test_a_real_bike_computers_track_laid_over_a_loop_drawn_from_it(realdata) -> None:
    """The Garmin Edge 800's real points (jitter and all) moved to Norberg, against a loop
    drawn through every tenth of them: covered, groomed when the device's last point there."""
    from destination_norberg.geo.groomer_track import read_track

    segments = read_track(realdata / "gpx" / "gpsbabel__track_garmin-edge-800-output.gpx")
    flat = [p for seg in segments for p in seg]
    dx, dy = 552500.0 - flat[0].x, 6663250.0 - flat[0].y
    moved = [TrackPoint(p.x + dx, p.y + dy, p.time) for p in flat]
    drawn = line(*[(p.x, p.y) for p in moved[::10]])
    found = matches(coverages([(7, "Gruvmilen", "classic_ski", drawn)], [moved]))
    assert len(found) == 1 and found[0].share > 0.95
    assert found[0].groomed_at == max(p.time for p in moved if p.time is not None)
    assert found[0].groomed_at.tzinfo is not None
