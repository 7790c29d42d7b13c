"""Fuzzing the SMHI importer: read_smhi (metobs CSV and the API's JSON), and the import of a
download into the weather store.

Cases: random bytes; real and hand-written downloads mutated; CSV generated from a grammar
of header blocks (both generations, positions, parameters) and reading rows; JSON generated
from the API's shape with any JSON in any place; HTTP headers and gzip around either.
Property: an SmhiDownload or an SmhiError with a one-line message (never the "unexpected
problem" last guard), in time; an import that fails leaves the database unchanged.
"""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from destination_norberg.exchange.smhi import SmhiDownload, SmhiError, read_smhi
from destination_norberg.store.database import DatabaseError
from destination_norberg.store.weather_store import import_download
from tests.fuzz.conftest import (
    Template,
    assert_unchanged,
    attempt,
    database_copy,
    digest,
    fuzz_settings,
    mutated,
    numbers_text,
    random_bytes,
    rarely,
    realdata_seeds,
    texts,
)

CSV = ("Stationsnamn;Stationsnummer;Stationsnät;Mäthöjd (meter över marken)\n"
       "Kiruna;180960;SMHIs stationsnät;0.0\n\n"
       "Parameternamn;Beskrivning;Enhet\n"
       "Snödjup;momentanvärde, 1 gång/dygn, kl 06;meter\n\n"
       "Tidsperiod (fr.o.m);Tidsperiod (t.o.m);Höjd (meter över havet);Latitud (decimalgrader);"
       "Longitud (decimalgrader)\n"
       "1898-11-01 00:00:00;1964-12-31 23:59:59;505.0;67.8500;20.2333\n"
       "2021-11-01 00:00:00;2026-09-01 09:20:19;518.801;67.8513;20.2497\n\n"
       "Datum;Tid (UTC);Snödjup;Kvalitet;;Tidsutsnitt:\n"
       "2026-02-08;06:00:00;0.58;G;;Kvalitetskontrollerade historiska data\n"
       "2026-02-09;06:00:00;0.57;G;;Tidsperiod (fr.o.m.) = 1898-11-01 00:00:00 (UTC)\n"
       "2026-02-10;06:00:00;0.55;Y\n").encode()
OLD_CSV = ("\ufeffStationsnamn;Klimatnummer;Mäthöjd (meter över marken)\n"
           "Falun-Lugnet;105370;2.0\n\n"
           "Parameternamn;Beskrivning;Enhet\n"
           "Lufttemperatur;momentanvärde, 1 gång/tim;degree celsius\n\n"
           "Tidsperiod (fr.o.m);Tidsperiod (t.o.m);Höjd (meter över havet);"
           "Latitud (decimalgrader);Longitud (decimalgrader)\n"
           "1951-01-01 00:00:00;2015-09-01 06:00:00;160.0;60.6166;15.6200\n\n"
           "Datum;Tid (UTC);Lufttemperatur;Kvalitet;;Tidsutsnitt:\n"
           "1951-01-01;06:00:00;-5.2;G;;Kvalitetskontrollerade historiska data\n"
           "1951-01-01;12:00:00;-3.0;G\n1951-01-01;18:00:00;-41.5;Y\n").encode("utf-8")
JSON_DOC = {
    "updated": 1790294400000,
    "parameter": {"key": "8", "name": "Snödjup", "summary": "momentanvärde, 1 gång/dygn, kl 06",
                  "unit": "meter"},
    "station": {"key": "180960", "name": "Kiruna", "owner": "SMHI", "height": 0.0},
    "period": {"key": "latest-months", "summary": "Data från senaste fyra månaderna"},
    "position": [{"from": -2245795200000, "to": 1790335218000, "height": 518.8,
                  "latitude": 67.85, "longitude": 20.25}],
    "value": [{"date": 1789452000000 + i * 86_400_000, "value": f"0.{i:02d}", "quality": "G"}
              for i in range(5)],
}
JSON_BYTES = json.dumps(JSON_DOC, ensure_ascii=False, indent=1).encode("utf-8")
SEEDS = [CSV, OLD_CSV, JSON_BYTES,
         *realdata_seeds("smhi/*", max_bytes=64 * 1024, head_lines=300)]
TOKENS = [t.encode() for t in (
    "Stationsnamn;Klimatnummer;Mäthöjd", "Stationsnamn;Stationsnummer;Stationsnät;Mäthöjd",
    "Parameternamn;Beskrivning;Enhet", "Datum;Tid (UTC);Snödjup;Kvalitet",
    "Tidsperiod (fr.o.m);Tidsperiod (t.o.m);Höjd;Latitud;Longitud", "Datum;", "Datum",
    "1699-12-31;06:00:00;0.1;G", "2026-02-30;06:00:00;0.1;G", "2026-02-08;25:61:61;0.1;G",
    "2026-02-08;06:00:00;99;G", "2026-02-08;06:00:00;-0.5;G", "2026-02-08;06:00:00;;",
    "9999-12-31;23:59:59;1e308;Q", "HTTP/1.1 200 OK\r\n\r\n", "HTTP/1.1 404 Not Found\r\n\r\n",
    '{"value": [', '"date": 1e400', '"value": {}', '"data": 1', '"station": []', "[" * 2000,
    "\x1f\x8b", ";;;;;;;;;;;;;;;;", "Snödjup;x;cm", "Lufttemperatur;medel;celsius")]
NAMES = st.sampled_from(("", "data.csv", "smhi-opendata_8_180960_x.csv",
                         "smhi-opendata_1_105370_x.csv",
                         "smhi-opendata_99999999999999999999_1_x.csv", "x.json"))


# --- The CSV grammar ----------------------------------------------------------------------


def _line(*cells: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(*cells).map(";".join)


# Valid pieces; smhi_csv then breaks a few cells, lines or blocks of the file they make up, so
# that some files are read whole and the others fail at any one place.
DATE = st.dates(date(1700, 1, 1)).map(date.isoformat)
TIME = st.sampled_from(("06:00:00", "12:00:00", "00:00:00", "23:59:59", "18:00"))
STAMP = st.datetimes().map(lambda d: d.strftime("%Y-%m-%d %H:%M:%S").zfill(19))
VALUE = st.one_of(st.floats(0, 3).map(lambda f: f"{f:.2f}"),  # a depth in m or a temperature
                  st.sampled_from(("0,58", "-0.00", "0", "3")))
ROW = st.one_of(_line(DATE, TIME, VALUE, st.sampled_from(("G", "Y"))),
                _line(DATE, TIME, VALUE, st.sampled_from(("G", "Y")), st.just(""), texts(30)))
STATION = st.one_of(
    st.tuples(st.just("Stationsnamn;Klimatnummer;Mäthöjd (meter över marken)"),
              _line(texts(12), st.sampled_from(("180960", "105370", "1")), numbers_text())),
    st.tuples(st.just("Stationsnamn;Stationsnummer;Stationsnät;Mäthöjd (meter över marken)"),
              _line(texts(12), st.sampled_from(("180960", "105370", "1")),
                    st.just("SMHIs stationsnät"), numbers_text()))).map(list)
PARAMETER = st.sampled_from((
    "Snödjup;momentanvärde, 1 gång/dygn, kl 06;meter",
    "Lufttemperatur;momentanvärde, 1 gång/tim;degree celsius",
    "snödjup ;x;M", "Lufttemperatur;Momentanvärde;°C")).map(
    lambda v: ["Parameternamn;Beskrivning;Enhet", v])
POSITIONS_HEAD = ("Tidsperiod (fr.o.m);Tidsperiod (t.o.m);Höjd (meter över havet);"
                  "Latitud (decimalgrader);Longitud (decimalgrader)")
POSITIONS = st.lists(_line(STAMP, STAMP, st.floats(0, 2000).map(str),
                           st.floats(-90, 90).map(str), st.floats(-180, 180).map(str)),
                     max_size=3).map(lambda rows: [POSITIONS_HEAD, *rows])
DATA_HEAD = st.sampled_from(("Datum;Tid (UTC);Snödjup;Kvalitet;;Tidsutsnitt:",
                             "Datum;Tid (UTC);Lufttemperatur;Kvalitet;;Tidsutsnitt:",
                             "Datum;Tid (UTC);Snödjup;Kvalitet", "Datum;Tid;Snödjup;Kvalitet"))
# What a broken cell, line or block holds instead.
ODD_CELL = st.one_of(
    numbers_text(), texts(12), st.from_regex(r"\A\d{4}-\d\d-\d\d\Z"),
    st.from_regex(r"\A\d\d:\d\d(:\d\d)?\Z"),
    st.sampled_from(("1699-12-31", "0001-01-01", "9999-12-31", "2026-02-29", "26-02-08", "",
                     "Datum", "Stationsnamn", "Parameternamn", "Kvalitet", "Snödjup", "cm",
                     "Nederbörd", "medel", "g", "GG", "R", "10.01", "-0.5", "1e3", "１２")))
ODD_LINE = st.one_of(
    texts(40), st.sampled_from(("", "Datum", "Datum;", "Stationsnamn", "Stationsnamn,Klimatnummer",
                                "Parameternamn;Beskrivning;Enhet", POSITIONS_HEAD, ";;;;;;",
                                "Tidsperiod (fr.o.m)")),
    st.lists(ODD_CELL, max_size=6).map(";".join))
ODD_BLOCK = st.one_of(STATION, PARAMETER, POSITIONS, st.lists(ODD_LINE, min_size=1, max_size=3))


@st.composite
def smhi_csv(draw: st.DrawFn) -> str:
    """A metobs CSV: blocks as SMHI writes them, then 0-3 breakages (a cell replaced, a line
    replaced or dropped, a block dropped, repeated or inserted), and rows of every kind."""
    blocks = [draw(STATION), [""], draw(PARAMETER), [""], draw(POSITIONS), [""],
              [draw(DATA_HEAD)], draw(st.lists(ROW, min_size=1, max_size=10))]
    if blocks[-1] and draw(st.booleans()):  # many rows, as real series have, cheaply
        blocks[-1] = blocks[-1] * draw(st.integers(2, 300))
    for _ in range(draw(st.sampled_from((0, 0, 0, 1, 1, 2, 3)))):
        what = draw(st.sampled_from(("cell", "cell", "cell", "line", "drop", "block", "repeat")))
        b = draw(st.integers(0, len(blocks) - 1))
        block = blocks[b]
        if what in ("cell", "line") and block:
            i = draw(st.integers(0, len(block) - 1))
            if what == "cell":
                cells = block[i].split(";")
                cells[draw(st.integers(0, len(cells) - 1))] = draw(ODD_CELL)
                block[i] = ";".join(cells)
            else:
                block[i] = draw(ODD_LINE)
        elif what == "drop":
            del blocks[b]
            if not blocks:
                break
        elif what == "block":
            blocks.insert(b, draw(ODD_BLOCK))
        else:
            blocks.insert(b, list(block))
    lines = [line for block in blocks for line in block]
    eol = draw(st.sampled_from(("\n", "\n", "\r\n", "\r")))
    return eol.join(lines) + draw(st.sampled_from((eol, "")))


# --- The JSON grammar ---------------------------------------------------------------------

KEYS = ("updated", "parameter", "station", "period", "position", "value", "data", "link",
        "href", "key", "name", "summary", "unit", "from", "to", "height", "latitude",
        "longitude", "date", "quality", "owner")
JSON_LEAF = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**20), 10**20),
    st.integers(-(2**63), 2**63).map(lambda n: n * 1000),
    st.floats(allow_nan=True, allow_infinity=True), texts(12),
    st.sampled_from(("8", "1", "180960", "0.58", "-0.5", "G", "Y", "meter", "Snödjup",
                     "Lufttemperatur", "momentanvärde", "degree celsius",
                     "https://opendata.smhi.se/x/data.csv")))
ANY_JSON = st.recursive(
    JSON_LEAF,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.sampled_from(KEYS) | texts(6), children,
                                               max_size=5)),
    max_leaves=20)
def mostly(good: st.SearchStrategy, *odd: st.SearchStrategy) -> st.SearchStrategy:
    """`good` four times in five, else one of `odd`."""
    return st.one_of(good, good, good, good, st.one_of(*odd))


SOME_JSON = st.one_of(JSON_LEAF, ANY_JSON)  # st.recursive alone seldom gives a bare leaf
# The API's other answers (a period's description with its links, a list of stations), each
# with any JSON where a value belongs, and other JSON documents.
TOP_JSON = st.one_of(
    ANY_JSON, st.dictionaries(st.sampled_from(KEYS), SOME_JSON, max_size=6),
    st.builds(lambda v: {"key": "corrected-archive", "data": v}, SOME_JSON),
    st.builds(lambda v: {"data": [v]}, SOME_JSON),
    st.builds(lambda v: {"data": [{"key": "x", "link": v}]}, SOME_JSON),
    st.builds(lambda v: {"data": [{"link": [v]}]}, SOME_JSON),
    st.builds(lambda v: {"data": [{"link": [{"rel": "data", "href": v}]}]}, SOME_JSON),
    st.builds(lambda v: {"station": v, "key": "8"}, SOME_JSON),
    st.builds(lambda v: {"station": [v]}, SOME_JSON))
READING = st.fixed_dictionaries(
    {"date": mostly(st.integers(-(10**12), 2 * 10**12), st.integers(-(10**14), 10**14),
                    JSON_LEAF),
     "value": mostly(VALUE, ODD_CELL, JSON_LEAF),
     "quality": mostly(st.sampled_from(("G", "Y")), ODD_CELL, JSON_LEAF)})


@st.composite
def smhi_json(draw: st.DrawFn) -> str:
    """A metobs JSON document: the real shape with values replaced, keys dropped or
    retyped, and any JSON in any place; now and then nested beyond any parser's depth."""
    if rarely(draw, 20):
        depth = draw(st.integers(100, 100_000))
        return "[" * depth + "]" * draw(st.sampled_from((depth, 0)))
    if rarely(draw, 4):  # the API's other answers, and other JSON
        return json.dumps(draw(TOP_JSON), allow_nan=True)
    doc = json.loads(json.dumps(JSON_DOC))
    doc["value"] = draw(st.lists(READING, min_size=1, max_size=6))
    for _ in range(draw(st.sampled_from((0, 0, 1, 2, 4)))):
        where: object = doc
        for step in draw(st.sampled_from(((), ("parameter",), ("station",), ("period",),
                                          ("position", 0)))):
            where = where.get(step) if isinstance(where, dict) else \
                where[step] if isinstance(where, list) and where else None
        if not isinstance(where, dict):
            continue
        key = draw(st.sampled_from(KEYS))
        if rarely(draw, 3):
            where.pop(key, None)
        else:
            where[key] = draw(SOME_JSON)
    return json.dumps(doc, ensure_ascii=draw(st.booleans()), allow_nan=True)


@st.composite
def downloads(draw: st.DrawFn) -> bytes:
    """A CSV or JSON download as a file holds it: an encoding, maybe behind the headers of a
    recorded HTTP response, maybe gzipped (whole or cut off)."""
    text = draw(st.one_of(smhi_csv(), smhi_csv(), smhi_json()))
    encoding = draw(st.sampled_from(("utf-8", "utf-8", "utf-8-sig", "cp1252", "utf-16")))
    data = text.encode(encoding, errors="replace")
    wrap = draw(st.integers(0, 9))
    if wrap == 9:
        status = draw(st.sampled_from(("200 OK", "200 OK", "404 Not Found", "500", "2OO")))
        sep = draw(st.sampled_from((b"\r\n\r\n", b"\n\n", b"\r\n")))
        data = f"HTTP/1.1 {status}\r\nContent-Type: text/csv".encode() + sep + data
    elif wrap == 8:
        packed = gzip.compress(data, mtime=0)
        data = packed[:draw(st.integers(0, len(packed)))] if draw(st.booleans()) else packed
    return data


# --- The reader -------------------------------------------------------------------------


def _check(download: SmhiDownload) -> None:
    assert isinstance(download, SmhiDownload)
    assert download.parameter in (1, 8)
    assert download.station.key.startswith("smhi:")
    times = [r.at for r in download.readings]
    assert times == sorted(times) and len(set(times)) == len(times)
    for r in download.readings:
        assert r.at.utcoffset() is not None
        if download.parameter == 8:
            assert 0 <= r.value <= 10
        else:
            assert -70 <= r.value <= 60


def _read(data: bytes, name: str = "") -> SmhiDownload | BaseException:
    outcome = attempt("SMHI", lambda: read_smhi(data, name=name), (SmhiError,))
    if not isinstance(outcome, BaseException):
        _check(outcome)
    return outcome


@fuzz_settings(300)
@given(random_bytes((b"Stationsnamn;", b"\xef\xbb\xbfStationsnamn;Klimatnummer\n", b"{",
                     b"[", b"\x1f\x8b\x08", b"HTTP/1.1 200 OK\r\n\r\n", b"\xff\xfe")), NAMES)
def test_smhi_random_bytes(data: bytes, name: str) -> None:
    _read(data, name)


@fuzz_settings(400)
@given(mutated(SEEDS, TOKENS), NAMES)
def test_smhi_mutated_seeds(data: bytes, name: str) -> None:
    _read(data, name)


@fuzz_settings(400)
@given(downloads(), NAMES)
# Found by this test: a period description whose "data" or "link" was not a list reached the
# last guard (TypeError: 'int' object is not iterable); smhi_json._data_link now skips it.
@example(b'{"key": "corrected-archive", "data": 1}', "")
@example(b'{"data": [{"link": 5}]}', "")
def test_smhi_grammar(data: bytes, name: str) -> None:
    _read(data, name)


# --- The import into the weather store ---------------------------------------------------


@fuzz_settings(120)
@given(st.one_of(downloads(), mutated(SEEDS[:3], TOKENS, max_ops=2)), st.booleans())
def test_smhi_import_into_store(fuzz_db: Template, fuzz_dir: Path, data: bytes,
                                over_existing: bool) -> None:
    """read_smhi then import_download, as `import-smhi` does, into a copy of the demo database
    (with, half the time, a first download of the same station already in it). A failure
    leaves the database as it was; a success stores every reading of the download."""
    with database_copy(fuzz_db, fuzz_dir) as (engine, db):
        if over_existing:
            import_download(engine, read_smhi(CSV))
            import_download(engine, read_smhi(OLD_CSV))
        before = Template(db, digest(db)) if over_existing else fuzz_db

        def run() -> tuple:
            download = read_smhi(data)
            return download, import_download(engine, download)

        outcome = attempt("SMHI → weather store", run, (SmhiError, DatabaseError))
        if isinstance(outcome, BaseException):
            assert_unchanged(before, db, outcome)
            return
        download, counts = outcome
        _check(download)
        assert counts.added + counts.unchanged + counts.updated == len(download.readings)
