"""The bundle as a whole: its files, a zip, the PDF hook, progress, all-or-nothing writing,
and the export with its dispatch record."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from destination_norberg.app.package_export import (
    PartnerLookupError,
    export_package,
    find_partner,
)
from destination_norberg.core.progress import Cancelled
from destination_norberg.exchange.package_bundle import BundleError, bundle_name, write_bundle
from destination_norberg.exchange.package_texts import kronor, slug, when_text
from destination_norberg.store import models as m
from destination_norberg.store.package_read import package_detail
from destination_norberg.store.package_write import insert_package
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
RACE_FILES = {"engelbrektsloppet-helg-2027-program.ics",
              "engelbrektsloppet-helg-2027-komponenter.xlsx",
              "engelbrektsloppet-helg-2027-komponenter.csv",
              "engelbrektsloppet-helg-2027-kontakter.csv",
              "engelbrektsloppet-helg-2027-leder.geojson",
              "engelbrektsloppet-helg-2027-leder.gpx",
              "engelbrektsloppet-helg-2027.html", "engelbrektsloppet-helg-2027.jsonld"}
RACE_FILES_EN = {"engelbrektsloppet-weekend-2027-programme.ics",
                 "engelbrektsloppet-weekend-2027-components.xlsx",
                 "engelbrektsloppet-weekend-2027-components.csv",
                 "engelbrektsloppet-weekend-2027-contacts.csv",
                 "engelbrektsloppet-weekend-2027-trails.geojson",
                 "engelbrektsloppet-weekend-2027-trails.gpx",
                 "engelbrektsloppet-weekend-2027.html", "engelbrektsloppet-weekend-2027.jsonld"}


@pytest.fixture
def detail(demo_engine):
    return package_detail(EngineRows(demo_engine), 1)


@pytest.fixture
def out_dir(tmp_path) -> Path:
    """Bundles go here (tmp_path also holds the test's database)."""
    return tmp_path / "out"


def fake_pdf(detail, path: Path, lang: str) -> None:
    path.write_bytes(b"%PDF-1.4 " + detail.title(lang).encode("utf-8"))


def test_a_folder_with_every_file(detail, out_dir) -> None:
    out = write_bundle(detail, out_dir, now=NOW)
    assert out == out_dir / "engelbrektsloppet-helg-2027" and out.is_dir()
    assert {p.name for p in out.iterdir()} == RACE_FILES
    assert [p.name for p in out_dir.iterdir()] == [out.name]  # no temporary left over


def test_a_zip_for_one_partner_with_the_brochure(detail, out_dir) -> None:
    partner = find_partner(detail, "hotell")
    calls = []

    def pdf(d, path: Path, lang: str) -> None:
        calls.append((d.uid, path.name, lang))
        fake_pdf(d, path, lang)

    out = write_bundle(detail, out_dir, partner=partner, lang="en", as_zip=True,
                       pdf_writer=pdf, now=NOW)
    # Issue 17: an English bundle is named in English, from the package's English title.
    assert out.name == "engelbrektsloppet-weekend-2027-hotell-hyttgarden.zip"
    assert calls == [(detail.uid, "engelbrektsloppet-weekend-2027-brochure.pdf", "en")]
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert archive.read(f"{out.stem}/engelbrektsloppet-weekend-2027-brochure.pdf") \
            .startswith(b"%PDF")
    assert {n.split("/", 1)[0] for n in names} == {out.stem}
    assert {n.split("/", 1)[1] for n in names} == RACE_FILES_EN | {
        "engelbrektsloppet-weekend-2027-brochure.pdf"}
    assert [p.name for p in out_dir.iterdir()] == [out.name]


def test_progress_rises_to_one(detail, out_dir) -> None:
    seen: list[tuple[float, str]] = []
    write_bundle(detail, out_dir, progress=lambda f, t: seen.append((f, t)),
                 pdf_writer=fake_pdf, now=NOW)
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert "engelbrektsloppet-helg-2027-program.ics" in [t for _, t in seen]


def test_a_failure_leaves_nothing_and_keeps_the_old_bundle(detail, out_dir) -> None:
    first = write_bundle(detail, out_dir, now=NOW)
    before = {p.name: p.read_bytes() for p in first.iterdir()}

    def broken(d, path: Path, lang: str) -> None:
        path.write_bytes(b"%PDF half")
        raise RuntimeError("the printer caught fire")

    with pytest.raises(BundleError, match="printer caught fire; nothing was left behind"):
        write_bundle(detail, out_dir, pdf_writer=broken, now=NOW)
    assert [p.name for p in out_dir.iterdir()] == [first.name]
    assert {p.name: p.read_bytes() for p in first.iterdir()} == before
    with pytest.raises(BundleError, match="was not written"):
        write_bundle(detail, out_dir, as_zip=True, pdf_writer=lambda *a: None, now=NOW)
    assert [p.name for p in out_dir.iterdir()] == [first.name]


def test_a_new_bundle_replaces_the_old_one_whole(detail, out_dir) -> None:
    first = write_bundle(detail, out_dir, now=NOW)
    (first / "stray.txt").write_text("from last time")
    again = write_bundle(detail, out_dir, pdf_writer=fake_pdf, now=NOW)
    assert again == first and not (again / "stray.txt").exists()
    assert (again / "engelbrektsloppet-helg-2027-broschyr.pdf").is_file()


def test_an_unwritable_folder_is_one_clear_error(detail, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BundleError, match="Cannot write into"):
        write_bundle(detail, blocker / "sub", now=NOW)


def test_a_package_without_event_or_routes(demo_engine, out_dir) -> None:
    row = insert_package(demo_engine, {"title_sv": "Bara fika", "price_basis_persons": 1,
                                       "components": [{"kind": "måltid", "price_sek": 45}]})
    bare = package_detail(EngineRows(demo_engine), row["id"])
    out = write_bundle(bare, out_dir, now=NOW)
    assert {p.name for p in out.iterdir()} == {
        "bara-fika-komponenter.xlsx", "bara-fika-komponenter.csv", "bara-fika-kontakter.csv",
        "bara-fika.html", "bara-fika.jsonld"}


def test_the_language_must_be_known(detail, out_dir) -> None:
    with pytest.raises(ValueError, match="'sv' or 'en'"):
        write_bundle(detail, out_dir, lang="de")


def test_export_writes_a_bundle_per_partner_then_records_the_dispatch(demo_engine,
                                                                      out_dir) -> None:
    result = export_package(demo_engine, 1, out_dir, now=NOW)
    assert len(result.bundles) == 5 and result.revision == 1
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        bundle_name(result.detail, partner) for partner, _ in result.bundles)
    with demo_engine.connect() as conn:
        sent = conn.execute(select(m.PackageDispatch.partner_id, m.PackageDispatch.sent_at)
                            .order_by(m.PackageDispatch.id)).all()
    assert [s.partner_id for s in sent] == [p.id for p, _ in result.bundles]
    assert {s.sent_at for s in sent} == {NOW}


def test_a_failed_export_records_nothing(demo_engine, out_dir) -> None:
    def broken(d, path: Path, lang: str) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(BundleError, match="the disk is full"):
        export_package(demo_engine, 2, out_dir, pdf_writer=broken, now=NOW)
    with demo_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.PackageDispatch)) \
            .scalar_one() == 0
    assert not out_dir.exists() or list(out_dir.iterdir()) == []


def cancel_at(limit: float):
    """A progress callback that cancels, as the window's does, once `limit` is reached."""
    def progress(fraction: float, _text: str) -> None:
        if fraction >= limit:
            raise Cancelled
    return progress


def test_a_cancelled_bundle_leaves_nothing(detail, out_dir) -> None:
    with pytest.raises(Cancelled):
        write_bundle(detail, out_dir, progress=cancel_at(0.5), pdf_writer=fake_pdf, now=NOW)
    assert list(out_dir.iterdir()) == []


def test_a_cancelled_export_stops_and_records_nothing(demo_engine, out_dir) -> None:
    with pytest.raises(Cancelled):  # in the second partner's bundle
        export_package(demo_engine, 1, out_dir, progress=cancel_at(0.3), now=NOW)
    with demo_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.PackageDispatch)) \
            .scalar_one() == 0
    assert len(list(out_dir.iterdir())) == 1  # the first partner's, complete


def test_find_partner(detail) -> None:
    assert find_partner(detail, "gastgiveri").name == "Gästgiveri Bergsmannen"
    assert find_partner(detail, str(detail.partners[0].id)) == detail.partners[0]
    with pytest.raises(PartnerLookupError, match="not a partner"):
        find_partner(detail, "Restaurang Malmen")
    with pytest.raises(PartnerLookupError, match="matches 2 partners"):
        find_partner(detail, "g")


@pytest.mark.parametrize(("text", "expected"), [
    ("Vinterstråket & skidpremiär – helg i Norberg", "vinterstraket-skidpremiar-helg-i-norberg"),
    ("Ærø Ödmjuk", "aero-odmjuk"), ("???", "paket")])
def test_slug(text, expected) -> None:
    assert slug(text) == expected


def test_amounts_and_times_read_as_partners_expect(detail) -> None:
    from decimal import Decimal

    assert kronor(Decimal("4405.00"), "sv") == "4\u00a0405\u00a0kr"
    assert kronor(Decimal("4405.50"), "en") == "SEK 4,405.50"
    race = detail.event
    assert when_text(race.starts_at, race.ends_at, False, "sv") == "sön 14 feb. 2027 09:00–16:00"
    assert when_text(race.starts_at, None, False, "en") == "Sun 14 Feb 2027 09:00"


def test_partners_whose_names_shorten_alike_get_a_folder_each(demo_engine, out_dir) -> None:
    """Accents, case, punctuation and the 60-character cut make these five one file-name
    part; each must still get its own bundle, and the five recorded are the five written."""
    from dataclasses import replace

    detail = package_detail(EngineRows(demo_engine), 1)
    long = "Hotell Bergsmannen i Norberg och Engelbrektsloppets vänner ideell förening"
    names = ["Hotell Malmén", "hotell malmen", "HOTELL MALMEN!", long, long + " AB"]
    partners = [replace(p, contact=replace(p.contact, name=name))
                for p, name in zip(detail.partners, names, strict=True)]
    result = export_package(demo_engine, 1, out_dir, partners=partners, detail=detail, now=NOW)
    folders = [path for _, path in result.bundles]
    assert len(set(folders)) == 5 and all(f.is_dir() for f in folders)
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(f.name for f in folders)
    assert [f.name for f in folders][:3] == ["engelbrektsloppet-helg-2027-hotell-malmen",
                                             "engelbrektsloppet-helg-2027-hotell-malmen-2",
                                             "engelbrektsloppet-helg-2027-hotell-malmen-3"]
    with demo_engine.connect() as conn:
        sent = conn.execute(select(m.PackageDispatch.partner_id)).scalars().all()
    assert sorted(sent) == sorted(p.id for p in partners)


@pytest.mark.sqlite_only
def test_the_parts_table_names_each_value_for_a_phone(detail) -> None:
    """On a phone the components table is a list of cards (tests/browser checks the page
    fits 390 px): each value carries its column's name, shown before it there."""
    from destination_norberg.exchange.package_html import package_html

    for lang, names in (("sv", ("Typ", "Beskrivning", "Arrangör")),
                        ("en", ("Type", "Description", "Provider"))):
        html = package_html(detail, lang, now=NOW)
        rows = html[html.index("<tbody>"):html.index("</tbody>")].split("<tr>")[1:]
        assert len(rows) == len(detail.components)
        for row in rows:
            assert row.count("data-label=") == 5
            assert all(f'data-label="{n}"' in row for n in names)
        assert "@media (max-width:36rem)" in html and "content:attr(data-label)" in html
        assert '<link rel="icon" href="data:,">' in html  # no request for /favicon.ico
