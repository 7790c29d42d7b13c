"""The public status page read back with other libraries: the HTML with html.parser, the
GeoJSON with geopandas, the feed with json; written whole or not at all; 500 trails."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from destination_norberg.app.status_data import StatusData, read_status
from destination_norberg.core.geometry import Geometry
from destination_norberg.core.trail_register import TrailRow
from destination_norberg.core.vocab import Condition, GradeColour, GroomStyle, TrailKind
from destination_norberg.core.vocab import TrailStatus as S
from destination_norberg.exchange import status_page
from destination_norberg.exchange.status_page import write_status_page
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.classes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        self.classes.extend((dict(attrs).get("class") or "").split())

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


@pytest.fixture
def demo_status(demo_engine, fixed_now) -> StatusData:
    return read_status(EngineRows(demo_engine), fixed_now, 7)


def test_the_demo_page(demo_status, tmp_path) -> None:
    paths = write_status_page(demo_status, tmp_path / "web")
    assert [p.name for p in paths] == ["status.json", "status.geojson", "en.html",
                                       "index.html"]
    assert sorted(p.name for p in (tmp_path / "web").iterdir()) == [
        "en.html", "index.html", "status.geojson", "status.json"]  # no temporary file left
    page = parse(paths[3])
    assert page.tags[0] == ("html", {"lang": "sv"})
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) \
        in page.tags
    assert not any(t == "script" for t, _ in page.tags)
    text = "".join(page.text)
    for trail in demo_status.trails:
        assert trail.name in text
    stale = [t for t in demo_status.trails if t.stale]
    assert stale and page.classes.count("stale") == len(stale)
    assert "Inaktuell rapport" in text and "Out-of-date report" not in text  # one language
    assert ("a", {"href": "en.html", "hreflang": "en", "lang": "en"}) in page.tags
    # The storage loop: reported 2026-11-25 08:25 UTC = 09:25 in Norberg, groomed 1–3 days.
    assert "25 nov. 2026 09:25" in text and "1–3 dagar sedan" in text
    assert "Snögaranti" in text and "Grön" in text and "Uppfyllt nu" in text
    # The demo's fictional station gives the race a projection (issue 14): yellow.
    assert "Gul" in text and "om prognosen håller" in text and "Ej bedömt" not in text
    assert "temperatur" not in text  # nothing of the coordinators' work reaches the public
    times = [a["datetime"] for t, a in page.tags if t == "time"]
    assert all(v.endswith("Z") for v in times) and len(times) > len(demo_status.trails) // 2


def test_the_english_page_is_wholly_in_english(demo_status, tmp_path) -> None:
    """Issue 17: a page per language; the Swedish one no longer says "Rapport Report"."""
    write_status_page(demo_status, tmp_path)
    page = parse(tmp_path / "en.html")
    assert page.tags[0] == ("html", {"lang": "en"})
    assert ("a", {"href": "index.html", "hreflang": "sv", "lang": "sv"}) in page.tags
    text = "".join(page.text)
    assert "Trail and snow status, Norberg" in text and "Snow guarantee" in text
    assert "Out-of-date report" in text and "Met now" in text and "Yellow" in text
    assert "25 Nov 2026 09:25" in text or "25 November 2026 09:25" in text
    for swedish in ("Rapport", "Snögaranti", "Inaktuell", "sedan", "Uppfyllt", "Öppen",
                    "Preparerat", "dagar"):
        assert swedish not in text, swedish
    notes = [a for t, a in page.tags if t == "p" and a.get("class") == "note"]
    assert notes and all(a.get("lang") == "sv" for a in notes)  # marked, not mixed
    assert text.count("(in Swedish)") == len(notes)
    sv_text = "".join(parse(tmp_path / "index.html").text)
    for english in ("Report", "Snow guarantee", "ago", "Clear", "Groomed", "Met now"):
        assert english not in sv_text, english


def test_the_feed_and_the_geojson(demo_status, tmp_path) -> None:
    import geopandas

    write_status_page(demo_status, tmp_path)
    feed = json.loads((tmp_path / "status.json").read_text(encoding="utf-8"))
    assert feed["generated_at"] == "2026-11-26T08:00:00Z" and feed["stale_days"] == 7
    assert len(feed["trails"]) == 18 and len(feed["guarantee"]) == 2
    storage = next(t for t in feed["trails"] if t["id"] == "demo-konstsnoslingan-4km")
    assert (storage["status"], storage["status_sv"], storage["reported_at"],
            storage["grooming_band"], storage["stale"]) == (
        "clear", "Öppen", "2026-11-25T08:25:00Z", "1-3", False)
    assert all("author" not in t for t in feed["trails"])  # no personal data published
    first = feed["guarantee"][0]
    assert first["level"] == "green" and first["reason_sv"].startswith("Uppfyllt nu")
    frame = geopandas.read_file(tmp_path / "status.geojson")
    assert frame.crs.to_epsg() == 4326 and len(frame) == 18
    assert set(frame["status"].dropna()) <= {"clear", "minor", "significant", "closed"}
    assert frame["stale"].dtype == bool and frame["stale"].any()
    xmin, ymin, xmax, ymax = frame.total_bounds
    assert 15.7 < xmin < xmax < 16.2 and 59.9 < ymin < ymax < 60.2


def synthetic(n: int, now: datetime) -> StatusData:
    """n trails of 60 vertices, a third of them ski tracks, some stale, one hostile."""
    rows, geometries = [], {}
    kinds = (TrailKind.MTB, TrailKind.CLASSIC_SKI, TrailKind.HIKING)
    for i in range(n):
        kind = kinds[i % 3]
        at = now - timedelta(days=(i % 12), hours=i % 5)
        rows.append(TrailRow(
            id=i + 1, uid=f"t{i}", name=f"Led {i:03d} – Kärrgruvan", kind=kind,
            grade_colour=GradeColour.BLUE, imba=2, mtb_scale=1, mtb_scale_imba=1, area="",
            length_m=1000.0 + i, status=(S.CLEAR, S.MINOR, S.SIGNIFICANT, S.CLOSED)[i % 4],
            condition=Condition.SNOW, reported_at=at,
            report_age_days=(now - at).total_seconds() / 86400, stale=(i % 12) > 7,
            groomed_at=at if kind.is_ski else None,
            grooming_band="4-6" if kind.is_ski else None,
            groom_style=GroomStyle.CLASSIC if kind.is_ski else None, snow_depth_cm=35.0,
            author="Anna", note="<script>alert(1)</script> & fint"))
        x0, y0 = 548_000.0 + 10 * i, 6_655_000.0 + 7 * i
        geometries[i + 1] = Geometry.line([(x0 + 25 * k, y0 + 15 * k) for k in range(60)])
    return StatusData(now, 7, tuple(rows), geometries, ())


def test_five_hundred_trails_within_a_second(tmp_path, fixed_now) -> None:
    data = synthetic(500, fixed_now)
    status_page.status_geojson(synthetic(1, fixed_now))  # warm up pyproj once
    start = time.perf_counter()
    write_status_page(data, tmp_path)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0, elapsed
    page = parse(tmp_path / "index.html")
    assert not any(t == "script" for t, _ in page.tags)  # the hostile note stayed text
    assert "<script>alert(1)</script> & fint" in "".join(page.text)
    feed = json.loads((tmp_path / "status.json").read_text(encoding="utf-8"))
    assert len(feed["trails"]) == 500
    geo = json.loads((tmp_path / "status.geojson").read_text(encoding="utf-8"))
    assert len(geo["features"]) == 500
    assert len(geo["features"][0]["geometry"]["coordinates"]) == 60


def test_a_trail_never_reported(tmp_path, fixed_now) -> None:
    one = synthetic(1, fixed_now)
    never = replace(one.trails[0], status=None, condition=None, reported_at=None,
                    report_age_days=None, stale=True, note="")
    write_status_page(replace(one, trails=(never,)), tmp_path)
    text = "".join(parse(tmp_path / "index.html").text)
    assert "Ingen rapport" in text and "Inaktuell rapport" in text
    feed = json.loads((tmp_path / "status.json").read_text(encoding="utf-8"))
    assert feed["trails"][0]["status"] is None and feed["trails"][0]["stale"] is True


def test_a_failed_write_leaves_the_published_page_as_it_was(tmp_path, fixed_now,
                                                            monkeypatch) -> None:
    write_status_page(synthetic(3, fixed_now), tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real = Path.write_text
    calls = {"n": 0}

    def failing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:  # the page itself: the feed and map are already written
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", failing)
    with pytest.raises(OSError):
        write_status_page(synthetic(5, fixed_now + timedelta(hours=1)), tmp_path)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_generated_at_is_utc_with_z(fixed_now) -> None:
    feed = status_page.status_feed(synthetic(1, fixed_now.astimezone(UTC)))
    assert feed["generated_at"] == "2026-11-26T08:00:00Z"
    assert feed["trails"][0]["reported_at"].endswith("Z")


def test_the_condition_and_the_trail_type_are_set_apart(demo_status) -> None:
    """"Stängd · fruset" and "Skidspår, skate · 2,5 km" are two paragraphs, never one run."""
    import re

    for lang in ("sv", "en"):
        html = status_page.status_html(demo_status, lang)
        for trail in demo_status.trails:
            kind = status_page.kind_name(str(trail.kind), lang)
            card = re.search(rf"<h3>.*?{re.escape(trail.name)}</h3>(.*?)</li>", html, re.S)
            assert card is not None
            paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", card.group(1), re.S)
            badge = next(p for p in paragraphs if 'class="badge' in p)
            assert kind not in badge
            assert any(p.startswith(kind) for p in paragraphs)
