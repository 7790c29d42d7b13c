"""Every file of a package bundle read back with a different library than the one that wrote
it: the iCalendar with `icalendar`, the workbook with openpyxl, the CSV with the csv module,
the GPX against the GPX 1.1 schema (lxml), the GeoJSON with geopandas, the JSON-LD expanded
with pyld, the page with html.parser. The package is made hostile first: an organisation
named like a spreadsheet formula, texts with markup and a script end tag.

JSON-LD: schema.org's remote context cannot be fetched offline, so pyld is given a document
loader that serves a minimal context for https://schema.org (`@vocab` only); the expansion
then proves the document is valid JSON-LD and says which schema.org terms it uses, and a
hand-written table checks each type's properties against schema.org.
"""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from destination_norberg.exchange.package_bundle import write_bundle
from destination_norberg.store import models as m
from destination_norberg.store.package_read import package_detail
from destination_norberg.store.package_write import load_id, update_package
from destination_norberg.store.rows import EngineRows
from tests.conftest import REALDATA

pytestmark = pytest.mark.both_engines

HOSTILE = '=HYPERLINK("http://x","y")'
TEXT = "Åk fort & njut <b>ö</b> </script><script>alert(1)</script>"
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
GPX_XSD = REALDATA / "schemas" / "gpx11.xsd"


@pytest.fixture
def hostile(demo_engine):
    """Package 1 with a component and a partner from an organisation named like a formula."""
    with Session(demo_engine) as session, session.begin():
        org = m.Organisation(name=HOSTILE, category="aktivitet", street="@Storgatan 1",
                             postal_code="738 30", city="Norberg",
                             website="javascript:alert(1)")
        session.add(org)
        session.flush()
        session.add(m.Person(organisation_id=org.id, name="-Eva Ödman", role="+chef",
                             email="eva@example.example", phone="+44 20 7946 0958"))
        org_id = org.id
    row = load_id(demo_engine, 1)
    components = [*row["components"], {"organisation_id": org_id, "kind": "aktivitet",
                                       "description": "=1+2 skoterkörning",
                                       "price_sek": Decimal("0.50"), "capacity": 3}]
    update_package(demo_engine, row, {**row, "text_sv": TEXT, "components": components,
                                      "partner_ids": [*row["partner_ids"], org_id]})
    return package_detail(EngineRows(demo_engine), 1)


@pytest.fixture
def bundle(hostile, tmp_path) -> Path:
    return write_bundle(hostile, tmp_path, lang="sv", now=NOW)


def files(folder: Path, suffix: str) -> Path:
    found = [p for p in folder.iterdir() if p.name.endswith(suffix)]
    assert len(found) == 1, [p.name for p in folder.iterdir()]
    return found[0]


# --- iCalendar ------------------------------------------------------------------------------


def test_the_calendar_parses_with_icalendar(hostile, bundle, tmp_path) -> None:
    icalendar = pytest.importorskip("icalendar")
    cal = icalendar.Calendar.from_ical(files(bundle, "-program.ics").read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == len(hostile.programme) == 10
    uids = {str(e["UID"]) for e in events}
    assert uids == {f"{p.uid}@destination-norberg" for p in hostile.programme}
    race = next(e for e in events if str(e["SUMMARY"]) == "Engelbrektsloppet 60 km klassisk")
    start = race.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Stockholm" and start.hour == 9
    assert start.astimezone(UTC) == hostile.event.starts_at
    assert any("å" in str(e["SUMMARY"]) or "ä" in str(e["SUMMARY"]) for e in events)
    # Stable UIDs: a second export gives the same ones.
    again = write_bundle(hostile, tmp_path / "again", now=NOW)
    cal2 = icalendar.Calendar.from_ical(files(again, "-program.ics").read_bytes())
    assert {str(e["UID"]) for e in cal2.walk("VEVENT")} == uids


def test_one_entry_per_day_where_asked(hostile, tmp_path) -> None:
    icalendar = pytest.importorskip("icalendar")
    out = write_bundle(hostile, tmp_path, per_day=True, now=NOW)
    events = icalendar.Calendar.from_ical(files(out, "-program.ics").read_bytes()).walk(
        "VEVENT")
    expo = [e for e in events if str(e["SUMMARY"]) == "Nummerlappsutdelning och expo"]
    assert len(expo) == 2  # Friday noon to Saturday evening: one entry per day
    assert {str(e["UID"]).split("@")[0].rsplit("-", 1)[1] for e in expo} == {"20270212",
                                                                              "20270213"}


# --- spreadsheets ---------------------------------------------------------------------------


def test_the_workbook_has_no_formula_even_for_a_hostile_name(bundle) -> None:
    import openpyxl

    book = openpyxl.load_workbook(files(bundle, "-komponenter.xlsx"))
    assert book.sheetnames == ["Komponenter", "Kontakter"]
    seen = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                seen.append(cell.value)
    assert HOSTILE in seen and "=1+2 skoterkörning" in seen and "-Eva Ödman" in seen
    comps = book["Komponenter"]
    header = [c.value for c in comps[1]]
    assert header[:9] == ["Nr", "Typ", "Beskrivning", "Arrangör", "Pris (kr)", "Pris per",
                          "Antal", "Belopp (kr)", "Kapacitet"]
    prices = [r[4].value for r in comps.iter_rows(min_row=2)]
    assert prices[:8] == [750, 1195, 1195, 150, 425, 595, 95, 0.5]
    bases = [r[5].value for r in comps.iter_rows(min_row=2)][:8]
    assert bases == ["per person", "per rum (2 pers.)", "per rum (2 pers.)", "per person",
                     "per person", "per person", "per person", "per paket"]
    amounts = [r[7].value for r in comps.iter_rows(min_row=2)]
    assert amounts[:8] == [1500, 1195, 1195, 300, 850, 1190, 190, 0.5]  # for two persons
    # the total, the price per person (of two): core.packages' rule, halves up
    assert amounts[-2:] == [6420.5, 3210]
    hostile_row = next(r for r in comps.iter_rows(min_row=2) if r[3].value == HOSTILE)
    assert hostile_row[3].data_type == "s" and hostile_row[3].quotePrefix
    phones = [r[3].value for r in book["Kontakter"].iter_rows(min_row=2)]
    assert "0223-350 75" in phones and "+44 20 7946 0958" in phones  # text, not numbers


def test_the_csv_guards_every_formula_start(bundle) -> None:
    with files(bundle, "-komponenter.csv").open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert len({len(r) for r in table}) == 1  # a rectangle
    flat = [cell for row in table for cell in row]
    assert "'" + HOSTILE in flat and "'=1+2 skoterkörning" in flat and "'-Eva Ödman" in flat
    assert not any(c and c[0] in "=+-@\t\r" for c in flat)
    assert "6420,50" in flat and "0,50" in flat  # Swedish decimal comma
    with files(bundle, "-kontakter.csv").open(encoding="utf-8-sig", newline="") as handle:
        contacts = list(csv.reader(handle, delimiter=";"))
    assert contacts[0][0] == "Organisation" and "'" + HOSTILE in [r[0] for r in contacts]
    assert "'+44 20 7946 0958" in [r[3] for r in contacts]


def test_an_english_bundle_uses_english_spreadsheet_conventions(hostile, tmp_path) -> None:
    out = write_bundle(hostile, tmp_path, lang="en", now=NOW)
    with files(out, "-components.csv").open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][:3] == ["No.", "Type", "Description"] and "6420.50" in table[-3]
    assert table[-1][2] == "Texts marked * are only available in Swedish."


# --- geodata --------------------------------------------------------------------------------


def test_the_gpx_validates_against_the_gpx_11_schema(bundle) -> None:
    if not GPX_XSD.is_file():
        pytest.skip("../shared/realdata/schemas/gpx11.xsd is absent")
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(GPX_XSD)))
    document = etree.parse(str(files(bundle, "-leder.gpx")))
    assert schema.validate(document), schema.error_log
    ns = {"g": "http://www.topografix.com/GPX/1/1"}
    names = [t.findtext("g:name", namespaces=ns) for t in document.getroot().findall("g:trk",
                                                                                      ns)]
    assert sorted(names) == ["Elljusspåret 2,5 km", "Engelbrektsslingan 20 km"]


def test_the_geojson_reads_with_geopandas(bundle) -> None:
    import geopandas

    frame = geopandas.read_file(files(bundle, "-leder.geojson"))
    assert frame.crs.to_epsg() == 4326
    assert sorted(frame["name"]) == ["Elljusspåret 2,5 km", "Engelbrektsslingan 20 km"]
    xmin, ymin, xmax, ymax = frame.total_bounds
    assert 15.7 < xmin < xmax < 16.2 and 59.9 < ymin < ymax < 60.2  # around Norberg


# --- JSON-LD --------------------------------------------------------------------------------

#: The schema.org properties each type used may carry (a subset of schema.org, as of 2025).
ALLOWED = {
    "Event": {"name", "identifier", "description", "startDate", "endDate", "eventStatus",
              "eventAttendanceMode", "location", "organizer", "offers", "subEvent",
              "inLanguage"},
    "Place": {"name", "address", "geo"},
    "PostalAddress": {"streetAddress", "postalCode", "addressLocality", "addressRegion",
                      "addressCountry"},
    "GeoCoordinates": {"latitude", "longitude"},
    "GeoShape": {"line"},
    "Organization": {"name", "address", "url", "telephone", "email"},
    "Offer": {"name", "identifier", "description", "price", "priceCurrency", "availability",
              "validFrom", "validThrough", "priceSpecification", "itemOffered",
              "inventoryLevel"},
    "PriceSpecification": {"name", "price", "priceCurrency", "eligibleQuantity"},
    "QuantitativeValue": {"value", "unitText"},
    "Service": {"name", "identifier", "category", "provider", "offers"},
    "TouristAttraction": {"name", "identifier", "description", "keywords", "geo",
                          "containedInPlace", "additionalProperty", "hasMap", "event",
                          "additionalType"},
    "PropertyValue": {"propertyID", "name", "value", "unitCode"},
}
ALLOWED["SportsEvent"] = ALLOWED["Event"]
ALLOWED["UnitPriceSpecification"] = ALLOWED["PriceSpecification"] | {"referenceQuantity",
                                                                     "unitText"}


def _check_shape(node: object) -> int:
    """Every typed node uses only its type's properties; returns how many nodes were seen."""
    if isinstance(node, list):
        return sum(_check_shape(n) for n in node)
    if not isinstance(node, dict):
        return 0
    seen = 0
    if "@type" in node:
        kind = node["@type"]
        props = {k for k in node if not k.startswith("@")}
        assert props <= ALLOWED[kind], (kind, props - ALLOWED[kind])
        seen = 1
    return seen + sum(_check_shape(v) for k, v in node.items() if k != "@context")


def _offline_loader(url: str, options: object = None) -> dict:
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contextUrl": None, "documentUrl": url,
            "document": {"@context": {"@vocab": "https://schema.org/"}}}


def test_the_json_ld_expands_and_has_the_profile_shape(hostile, bundle) -> None:
    pyld = pytest.importorskip("pyld")
    data = json.loads(files(bundle, ".jsonld").read_text(encoding="utf-8"))
    assert data["@context"] == "https://schema.org"
    assert _check_shape(data["@graph"]) > 20
    expanded = pyld.jsonld.expand(data, {"documentLoader": _offline_loader})
    by_type: dict[str, list[dict]] = {}
    for node in expanded:
        for kind in node.get("@type", []):
            by_type.setdefault(kind, []).append(node)
    event = by_type["https://schema.org/SportsEvent"][0]
    s = "https://schema.org/"
    assert event[s + "name"][0]["@value"] == "Engelbrektsloppet 60 km klassisk"
    assert event[s + "startDate"][0]["@value"] == "2027-02-14T09:00+01:00"
    offer = event[s + "offers"][0]
    assert offer["@type"] == [s + "Offer"]
    assert offer[s + "price"][0]["@value"] == "3210"
    assert offer[s + "priceCurrency"][0]["@value"] == "SEK"
    assert offer[s + "validFrom"][0]["@value"] == "2027-02-12"
    assert offer[s + "validThrough"][0]["@value"] == "2027-02-14"
    assert offer[s + "availability"][0]["@value"] == s + "InStock"
    providers = [i[s + "provider"][0][s + "name"][0]["@value"]
                 for i in offer[s + "itemOffered"]]
    assert HOSTILE in providers
    hostile_org = next(i[s + "provider"][0] for i in offer[s + "itemOffered"]
                       if i[s + "provider"][0][s + "name"][0]["@value"] == HOSTILE)
    assert s + "url" not in hostile_org  # a javascript: address is never published
    assert len(event[s + "subEvent"]) == len(hostile.programme) - 1
    trails = by_type[s + "TouristAttraction"]
    assert sorted(t[s + "name"][0]["@value"] for t in trails) == [
        "Elljusspåret 2,5 km", "Engelbrektsslingan 20 km"]
    line = trails[0][s + "geo"][0][s + "line"][0]["@value"].split()
    lat, lon = float(line[0]), float(line[1])
    assert 59.9 < lat < 60.2 and 15.7 < lon < 16.2 and len(line) % 2 == 0
    assert all(t["@id"].startswith("urn:destination-norberg:trail:") for t in trails)


def test_an_expired_offer_is_discontinued(hostile, tmp_path) -> None:
    later = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
    data = json.loads(files(write_bundle(hostile, tmp_path, now=later), ".jsonld")
                      .read_text(encoding="utf-8"))
    assert data["@graph"][0]["offers"]["availability"] == "https://schema.org/Discontinued"


# --- the page -------------------------------------------------------------------------------


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)


def test_the_page_is_escaped_readable_on_a_phone_and_carries_the_json_ld(bundle) -> None:
    html = files(bundle, ".html").read_text(encoding="utf-8")
    page = Page()
    page.feed(html)
    tags = [t for t, _ in page.tags]
    assert tags[0] == "html" and dict(page.tags[0][1])["lang"] == "sv"
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) \
        in page.tags
    scripts = [a for t, a in page.tags if t == "script"]
    assert scripts == [{"type": "application/ld+json"}]  # the injected <script> stayed text
    assert "b" not in tags  # markup in the text is shown, not obeyed
    text = "".join(page.text).replace("\u00a0", " ")  # amounts keep together: no-break
    assert TEXT in text and HOSTILE in text
    assert "3 210 kr" in text and "6 420,50 kr" in text and "Version 1" in text
    assert "per rum (2 pers.)" in text and "Totalt för 2 personer" in text
    assert "Engelbrektsloppet 60 km klassisk" in text and "sön 14 feb. 2027 09:00" in text
    links = [a.get("href", "") for t, a in page.tags if t == "a"]
    assert not any(h.startswith("javascript:") for h in links)
    assert "tel:+442079460958" in links
    embedded = json.loads("".join(page.scripts))
    assert embedded == json.loads(files(bundle, ".jsonld").read_text(encoding="utf-8"))


def test_a_comment_opener_in_a_text_cannot_swallow_the_page(demo_engine, tmp_path) -> None:
    """`<!--<script>` inside the JSON-LD block puts an HTML5 parser into its "double
    escaped" state and the rest of the page vanishes; the block must hold no `<`, `>` or
    `&` at all (Python's HTMLParser does not model that state, so the test reads the bytes)."""
    evil = "Boka nu <!--<script> & njut > allt </script-->"
    row = load_id(demo_engine, 1)
    update_package(demo_engine, row, {**row, "text_sv": evil})
    folder = write_bundle(package_detail(EngineRows(demo_engine), 1), tmp_path, now=NOW)
    html = files(folder, ".html").read_text(encoding="utf-8")
    opener = '<script type="application/ld+json">'
    inside = html[html.index(opener) + len(opener):html.index("</script>")]
    assert not {"<", ">", "&"} & set(inside)
    assert json.loads(inside) == json.loads(files(folder, ".jsonld").read_text("utf-8"))
    assert evil in json.dumps(json.loads(inside), ensure_ascii=False)
