"""Fuzzing the geodata importer: list_layers and read_layer on GPX, GeoJSON, KML/KMZ, zipped
shapefiles, GeoPackage, FlatGeobuf and OpenStreetMap files, and the import of a layer as
trails or as a reference layer.

Cases: random bytes under every extension the importer takes; real and hand-made files
mutated (XML with entity declarations and deep nesting, wrong encodings, huge and odd
numbers; the parts of a zipped shapefile dropped, swapped or damaged; binary formats with
flipped bytes); GPX, GeoJSON and KML generated from grammars of their elements, attributes,
geometries and coordinate systems. Property: an ImportedLayer (every coordinate finite) or a
GeoImportError with a one-line message and no GDAL jargon, in time; an import into the
database that fails leaves it unchanged.
"""

from __future__ import annotations

import functools
import io
import json
import tempfile
import warnings
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import numpy as np
import shapely
from hypothesis import example, given
from hypothesis import strategies as st

from destination_norberg.geo.errors import GeoImportError
from destination_norberg.geo.read import ImportedLayer, read_layer, suggest_mapping
from destination_norberg.geo.sources import LayerInfo, list_layers
from destination_norberg.store.database import DatabaseError
from destination_norberg.store.geodata_store import (
    GeodataError,
    TrailImport,
    import_reference_layer,
    import_trails,
)
from tests.fuzz.conftest import (
    Template,
    assert_unchanged,
    attempt,
    case_file,
    count_rows,
    database_copy,
    fuzz_settings,
    mutated,
    numbers_text,
    random_bytes,
    rarely,
    realdata_seeds,
    texts,
)
from tests.geo.helpers import UNNAMED_SWEREF99TM

E, N = 551_400.0, 6_659_000.0  # Torget, Norberg, SWEREF 99 TM
LAT, LON = 60.065, 15.925

# --- Seeds ---------------------------------------------------------------------------------

GPX = (f'<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="fuzz" '
       'xmlns="http://www.topografix.com/GPX/1/1">\n'
       '<metadata><name>Norberg</name><time>2026-11-26T08:00:00Z</time></metadata>\n'
       f'<wpt lat="{LAT}" lon="{LON}"><ele>210</ele><name>Torget</name><sym>Flag</sym></wpt>\n'
       f'<rte><name>Stråket</name><rtept lat="{LAT}" lon="{LON}"/>'
       f'<rtept lat="{LAT + 0.01}" lon="{LON + 0.01}"/></rte>\n'
       '<trk><name>Kärrgruvan runt</name><type>MTB</type><trkseg>\n'
       + "".join(f'<trkpt lat="{LAT + i * 1e-4:.6f}" lon="{LON + i * 1e-4:.6f}"><ele>{200 + i}'
                 f"</ele><time>2026-06-01T10:{i:02d}:00Z</time></trkpt>\n" for i in range(12))
       + "</trkseg><trkseg/></trk>\n</gpx>\n").encode("utf-8")
GEOJSON = json.dumps({
    "type": "FeatureCollection",
    "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3006"}},
    "features": [
        {"type": "Feature", "properties": {"namn": "Blå slingan", "färg": "blå", "imba": 2},
         "geometry": {"type": "LineString",
                      "coordinates": [[E + i * 25, N + i * 10] for i in range(10)]}},
        {"type": "Feature", "properties": {"namn": "Torget", "höjd": 210.5},
         "geometry": {"type": "Point", "coordinates": [E, N]}},
        {"type": "Feature", "properties": {"namn": "Parken", "tags": ["a", 1, None]},
         "geometry": {"type": "Polygon", "coordinates": [[[E, N], [E + 100, N], [E + 100, N + 100],
                                                          [E, N]]]}},
        {"type": "Feature", "properties": {}, "geometry": None}]},
    ensure_ascii=False).encode("utf-8")
KML = ('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'
       "<Document><name>Norberg</name><Folder><Placemark><name>Spår</name><LineString>"
       f"<coordinates>{LON},{LAT},200 {LON + 0.01},{LAT + 0.01},210</coordinates></LineString>"
       f"</Placemark><Placemark><name>Torget</name><Point><coordinates>{LON},{LAT}</coordinates>"
       "</Point></Placemark></Folder></Document></kml>\n").encode()
OSM = ("<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\" generator=\"fuzz\">\n"
       f'<node id="1" lat="{LAT}" lon="{LON}"><tag k="name" v="Torget"/></node>\n'
       f'<node id="2" lat="{LAT + 0.01}" lon="{LON + 0.01}"/>\n'
       '<way id="3"><nd ref="1"/><nd ref="2"/><tag k="highway" v="path"/>'
       '<tag k="mtb:scale" v="2"/><tag k="name" v="Stigen"/></way>\n</osm>\n').encode()


def _written(driver: str, suffix: str, *, crs: str | None = "EPSG:3006") -> dict[str, bytes]:
    """The files pyogrio writes for a small layer of lines, by suffix."""
    from pyogrio.raw import write

    geoms = [shapely.LineString([(E + i * 10, N + i * 5) for i in range(8)]),
             shapely.LineString([(E, N), (E + 500, N + 900)])]
    with tempfile.TemporaryDirectory() as folder, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        path = Path(folder) / f"spar{suffix}"
        write(str(path), np.array(shapely.to_wkb(geoms), dtype=object),
              [np.array(["Gröna spåret", "Röd"], dtype=object),
               np.array(["grön", "S3"], dtype=object)], ["namn", "grad"],
              geometry_type="LineString", crs=crs, driver=driver, encoding="UTF-8"
              if driver == "ESRI Shapefile" else None)
        return {p.suffix: p.read_bytes() for p in Path(folder).iterdir()}


@functools.cache
def shapefile_parts() -> dict[str, bytes]:
    return _written("ESRI Shapefile", ".shp")


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # "Duplicate name": wanted here
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data)
    return out.getvalue()


SHAPE_ZIP = _zip([(f"spar{s}", d) for s, d in shapefile_parts().items()])
GPKG = _written("GPKG", ".gpkg")[".gpkg"]
FGB = _written("FlatGeobuf", ".fgb")[".fgb"]
KMZ = _zip([("doc.kml", KML)])

#: (suffix, seed) pairs: the hand-made ones always, the real ones when ../shared is there.
SEEDS: list[tuple[str, bytes]] = [
    (".gpx", GPX), (".geojson", GEOJSON), (".kml", KML), (".kmz", KMZ), (".osm", OSM),
    (".zip", SHAPE_ZIP), (".gpkg", GPKG), (".fgb", FGB),
    *((".gpx", d) for d in realdata_seeds("gpx/*.gpx", "gpx_malformed/*", max_bytes=96 * 1024)),
    *((".geojson", d) for d in realdata_seeds("sweref99tm/*.geojson",
                                              "boundaries/swedish_regions__okfse.geojson")),
    *((".zip", d) for d in realdata_seeds("boundaries/LanSweref99TM__SCB_original.zip")),
]
TEXT_SEEDS = [d for s, d in SEEDS if s in (".gpx", ".geojson", ".kml", ".osm")]
BINARY_SEEDS = [d for s, d in SEEDS if s in (".gpkg", ".fgb", ".zip", ".kmz")]
XML_TOKENS = [t.encode() for t in (
    '<!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;", "&b;", "&amp;", "&#0;",
    "&#x1F600;", '<?xml version="1.0" encoding="UTF-16"?>', '<?xml version="1.0" encoding="x"?>',
    '<trkpt lat="1e400" lon="nan"/>', '<trkpt lat="" lon=""/>', '<trkpt lat="60"/>',
    '<wpt lat="91" lon="-181"/>', "<trkseg>", "</trkseg>", "<trk>", "</trk>", "<rte>",
    "<extensions>" + "<a>" * 3000, "</a>" * 100, "<![CDATA[", "]]>", "<!--", "-->", "<?pi x?>",
    '"coordinates": [[[[[[[[[[1]]]]]]]]]]', '"type": "GeometryCollection"', '"crs": 3006',
    '"coordinates": "x"', '"geometry": {}', "NaN", "Infinity", "-Infinity", "null", "[" * 3000,
    "<coordinates>1,2,3,4,5 , ,,</coordinates>", "<MultiGeometry>", "<Point/>")]

# --- Grammars -----------------------------------------------------------------------------

GOOD_LAT = st.floats(59.5, 60.5).map(lambda f: f"{f:.6f}")
GOOD_LON = st.floats(15.5, 16.5).map(lambda f: f"{f:.6f}")
LAT_TEXT = st.one_of(st.floats(-90, 90).map(repr), numbers_text())  # the odd ones
LON_TEXT = st.one_of(st.floats(-180, 180).map(repr), numbers_text())
TIME_TEXT = st.one_of(st.datetimes().map(lambda d: d.isoformat() + "Z"),
                      st.sampled_from(("2026-13-45T25:61:61Z", "", "yesterday", "2026-06-01")),
                      texts(20))
ELEMENT = st.sampled_from(("name", "desc", "cmt", "type", "sym", "ele", "time", "src", "link",
                           "number", "extensions", "gpxx:DisplayColor", "x:y", "foo", "trkpt",
                           "wpt"))


XML_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"),
                                  exclude_characters="\ufffe\uffff"), max_size=20)


def _text(value: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Text as a file holds it: escaped as XML wants it, in CDATA, or now and then raw (with
    characters XML does not allow)."""
    escaped = value.map(escape)
    return st.one_of(*[escaped] * 12, value.map(lambda v: f"<![CDATA[{v.replace(']]>', '')}]]>"),
                     value)


CHILD = st.builds(lambda tag, body: f"<{tag}>{body}</{tag}>", ELEMENT,
                  _text(st.one_of(TIME_TEXT, numbers_text().map(escape), XML_TEXT)))
DEEP = st.integers(1, 400).map(lambda n: "<extensions>" + "<x:e>" * n + "</x:e>" * n
                               + "</extensions>")
ATTRS = st.lists(st.tuples(st.sampled_from(("id", "x:y", "version", "xmlns:x", "creator", "a")),
                           XML_TEXT), max_size=2, unique_by=lambda kv: kv[0]).map(
    lambda items: "".join(f" {k}={quoteattr(v)}" for k, v in items))


@st.composite
def _coordinates(draw: st.DrawFn) -> str:
    """A point's lat and lon: near Norberg, or (one time in eight) odd, swapped or missing."""
    if not rarely(draw, 7):
        return f' lat="{draw(GOOD_LAT)}" lon="{draw(GOOD_LON)}"'
    lat, lon = draw(st.one_of(GOOD_LAT, LAT_TEXT)), draw(st.one_of(GOOD_LON, LON_TEXT))
    return draw(st.sampled_from((f' lat="{lat}" lon="{lon}"', f' lon="{lon}" lat="{lat}"',
                                 f' lat="{lat}"', "")))


def _point(tag: str) -> st.SearchStrategy[str]:
    return st.builds(lambda c, extra, kids: f"<{tag}{c}{extra}>{''.join(kids)}</{tag}>",
                     _coordinates(), ATTRS, st.lists(st.one_of(CHILD, CHILD, CHILD, DEEP),
                                                     max_size=3))


TRKPT, RTEPT, WPT = _point("trkpt"), _point("rtept"), _point("wpt")
SEGMENT = st.lists(TRKPT, min_size=2, max_size=8).map(lambda ps: f"<trkseg>{''.join(ps)}</trkseg>")
TRACK = st.builds(lambda kids, segs: f"<trk>{''.join(kids)}{''.join(segs)}</trk>",
                  st.lists(CHILD, max_size=2), st.lists(SEGMENT, min_size=1, max_size=3))
ROUTE = st.builds(lambda kids, pts: f"<rte>{''.join(kids)}{''.join(pts)}</rte>",
                  st.lists(CHILD, max_size=2), st.lists(RTEPT, min_size=2, max_size=6))
GPX_ROOT = st.sampled_from((
    '<gpx version="1.1" creator="fuzz" xmlns="http://www.topografix.com/GPX/1/1">',
    '<gpx version="1.1" creator="fuzz" xmlns="http://www.topografix.com/GPX/1/1">',
    '<gpx version="1.1" creator="fuzz" xmlns="http://www.topografix.com/GPX/1/1">',
    '<gpx version="1.0" creator="fuzz" xmlns="http://www.topografix.com/GPX/1/0">',
    '<gpx version="1.1" creator="fuzz">', "<gpx>", '<gpx version="9.9" xmlns="urn:x">',
    '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxx='
    '"http://www.garmin.com/xmlschemas/GpxExtensions/v3" xmlns:x="urn:x">',
    '<x:gpx xmlns:x="http://www.topografix.com/GPX/1/1">', "<GPX>"))


@st.composite
def gpx_files(draw: st.DrawFn) -> bytes:
    """A GPX file from the grammar: waypoints, routes and tracks with coordinates of every
    kind, known and unknown elements, extensions nested deep, in a declared encoding."""
    root = draw(GPX_ROOT)
    body = draw(st.lists(st.one_of(TRACK, TRACK, TRACK, ROUTE, WPT), min_size=1, max_size=4))
    if rarely(draw, 3):
        body.insert(draw(st.integers(0, len(body))), draw(CHILD))
    end = "</x:gpx>" if root.startswith("<x:") else "</GPX>" if root == "<GPX>" else "</gpx>"
    encoding = draw(st.sampled_from(("UTF-8", "UTF-8", "ISO-8859-1", "windows-1252", "UTF-16",
                                     "ascii", None)))
    declared = draw(st.sampled_from(("UTF0", "shift_jis", "utf-7", "rot13", "undefined",
                                     "x" * 200))) if rarely(draw, 12) else encoding
    head = f'<?xml version="1.0" encoding="{declared}"?>\n' if declared else ""
    if rarely(draw, 15):
        head += draw(st.sampled_from(XML_TOKENS[:2])).decode()
    text = head + root + "\n".join(body) + end + ("junk" if rarely(draw, 10) else "\n")
    actual = draw(st.sampled_from(("utf-8", "utf-16-le"))) if rarely(draw, 8) else \
        encoding or "utf-8"
    return text.encode(_codec(actual), errors="xmlcharrefreplace")


def _codec(name: str) -> str:
    return {"ascii": "ascii", "windows-1252": "cp1252"}.get(name, name)


SWEREF = st.tuples(st.floats(E - 5000, E + 5000), st.floats(N - 5000, N + 5000)).map(list)
WGS84 = st.tuples(st.floats(15, 17), st.floats(59, 61)).map(list)
ODD_COORD = st.one_of(
    st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=5),
    st.lists(st.one_of(st.none(), st.text(max_size=3), st.integers(-(10**30), 10**30)),
             max_size=3), SWEREF, WGS84, SWEREF, WGS84)


def _rings(line: st.SearchStrategy[list]) -> st.SearchStrategy[list]:
    return st.lists(line.map(lambda pts: pts + pts[:1]), max_size=3)


@functools.cache
def geometries(coord: st.SearchStrategy[list]) -> st.SearchStrategy[object]:
    """GeoJSON geometries of every type (and some that are none) with coordinates of one
    kind, mostly, so that a file's coordinates fit one coordinate system or none."""
    line = st.one_of(st.lists(coord, min_size=2, max_size=8), st.lists(coord, max_size=8))
    single = st.one_of(
        st.builds(lambda c: {"type": "LineString", "coordinates": c}, line),
        st.builds(lambda c: {"type": "LineString", "coordinates": c}, line),
        st.builds(lambda c: {"type": "Point", "coordinates": c}, coord),
        st.builds(lambda c: {"type": "MultiLineString", "coordinates": c},
                  st.lists(line, max_size=3)),
        st.builds(lambda c: {"type": "Polygon", "coordinates": c}, _rings(line)),
        st.builds(lambda c: {"type": "MultiPolygon", "coordinates": c},
                  st.lists(_rings(line), max_size=2)),
        st.builds(lambda c: {"type": "MultiPoint", "coordinates": c}, line),
        st.builds(lambda t, c: {"type": t, "coordinates": c},
                  st.sampled_from(("GeometryCollection", "Curve", "", "point", "LineString")),
                  st.recursive(coord, lambda x: st.lists(x, max_size=3), max_leaves=10)),
        st.none(), st.just({}))
    return st.one_of(single, single, single, single, st.lists(single, max_size=3).map(
        lambda gs: {"type": "GeometryCollection", "geometries": gs}))


PROPERTY_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**20), 10**20), st.floats(), texts(20),
    st.sampled_from(("blå", "röd", "S3", "IMBA 2", "2", "black")),
    st.lists(st.integers(), max_size=3), st.dictionaries(texts(5), st.integers(), max_size=2))
PROPERTIES = st.one_of(st.dictionaries(
    st.one_of(st.sampled_from(("name", "namn", "grade", "Svårighet", "färg", "imba",
                               "mtb:scale", "ref", "id", "")), texts(10)),
    PROPERTY_VALUE, max_size=5), st.none(), st.just([]))
CRS = st.one_of(
    st.sampled_from(("urn:ogc:def:crs:EPSG::3006", "urn:ogc:def:crs:EPSG::3006",
                     "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::3021",
                     "urn:ogc:def:crs:EPSG::3010", "urn:ogc:def:crs:EPSG::999999",
                     "EPSG:-1", "+proj=tmerc +lat_0=0 +lon_0=15 +k=0.9996 +x_0=500000", "")),
    st.integers(-5, 10**7).map(lambda n: f"EPSG:{n}"), texts(20)).map(
    lambda name: {"type": "name", "properties": {"name": name}})


SWEREF_CRS = st.sampled_from(("urn:ogc:def:crs:EPSG::3006", "EPSG:3006")).map(
    lambda name: {"type": "name", "properties": {"name": name}})


@st.composite
def geojson_files(draw: st.DrawFn) -> bytes:
    """A GeoJSON file: a FeatureCollection (now and then a bare Feature or geometry) of
    features with geometries of every type and nesting, any properties; coordinates in
    SWEREF 99 TM with its crs member, in WGS 84 without one, or anything with any crs."""
    mode = draw(st.sampled_from(("sweref", "wgs84", "any")))
    coord = {"sweref": SWEREF, "wgs84": WGS84, "any": ODD_COORD}[mode]
    features = draw(st.lists(st.builds(
        lambda g, p: {"type": "Feature", "geometry": g, "properties": p}, geometries(coord),
        PROPERTIES), min_size=1, max_size=6))
    doc: object = {"type": "FeatureCollection", "features": features}
    shape = draw(st.integers(0, 9))
    if shape == 9 and features:
        doc = features[0]
    elif shape == 8:
        doc = draw(geometries(coord))
    if isinstance(doc, dict):
        if mode == "sweref":
            doc["crs"] = draw(SWEREF_CRS)
        elif mode == "any" and draw(st.booleans()):
            doc["crs"] = draw(st.one_of(CRS, CRS, CRS, PROPERTY_VALUE))
    return json.dumps(doc, ensure_ascii=draw(st.booleans()), allow_nan=True).encode("utf-8")


KML_COORDS = st.lists(st.builds(lambda lon, lat, alt: f"{lon},{lat}{alt}",
                                st.one_of(*[GOOD_LON] * 6, LON_TEXT),
                                st.one_of(*[GOOD_LAT] * 6, LAT_TEXT),
                                st.sampled_from(("", ",200", ",", ",1e400,9"))),
                      max_size=6).map(" ".join)
KML_GEOMETRY = st.one_of(
    KML_COORDS.map(lambda c: f"<Point><coordinates>{c}</coordinates></Point>"),
    KML_COORDS.map(lambda c: f"<LineString><coordinates>{c}</coordinates></LineString>"),
    KML_COORDS.map(lambda c: f"<Polygon><outerBoundaryIs><LinearRing><coordinates>{c}"
                             "</coordinates></LinearRing></outerBoundaryIs></Polygon>"),
    st.lists(KML_COORDS, max_size=3).map(
        lambda cs: "<MultiGeometry>" + "".join(f"<LineString><coordinates>{c}</coordinates>"
                                               "</LineString>" for c in cs) + "</MultiGeometry>"),
    st.just(""))
PLACEMARK = st.builds(
    lambda name, geom, data: f"<Placemark><name>{name}</name>{data}{geom}</Placemark>",
    _text(XML_TEXT), KML_GEOMETRY,
    st.lists(st.builds(lambda k, v: f'<Data name={quoteattr(k)}><value>{v}</value></Data>',
                       XML_TEXT, _text(XML_TEXT)), max_size=2).map(
        lambda ds: f"<ExtendedData>{''.join(ds)}</ExtendedData>" if ds else ""))


@st.composite
def kml_files(draw: st.DrawFn) -> bytes:
    """A KML document of placemarks in folders (nested now and then)."""
    marks = draw(st.lists(PLACEMARK, min_size=1, max_size=5))
    depth = draw(st.integers(0, 3))
    body = "<Folder>" * depth + "".join(marks) + "</Folder>" * depth
    return ('<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
            f"<Document>{body}</Document></kml>").encode()


PRJ = st.one_of(st.sampled_from((
    UNNAMED_SWEREF99TM.encode(),
    b'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]]]',
    b'PROJCS["x",PROJECTION["Nope"]]', b"", b"EPSG:3006")), st.binary(max_size=80))
CPG = st.one_of(st.sampled_from((b"UTF-8", b"1252", b"ISO-8859-1", b"LDID/87", b"", b"bogus",
                                 b"UTF-16", b"rot13", b"idna", b"undefined")),
                st.binary(max_size=12))


@st.composite
def shapefile_zips(draw: st.DrawFn) -> bytes:
    """A zipped shapefile whose parts are dropped, renamed, duplicated, swapped for another
    file's, or damaged; with any .prj and .cpg; in a folder or not."""
    parts = dict(shapefile_parts())
    if rarely(draw, 2):
        parts[".prj"] = draw(PRJ)
    if rarely(draw, 2):
        parts[".cpg"] = draw(CPG)
    for _ in range(draw(st.integers(0, 3))):
        suffix = draw(st.sampled_from(sorted(parts)))
        op = draw(st.sampled_from(("damage", "damage", "drop", "swap", "truncate")))
        if op == "drop":
            del parts[suffix]
        elif op == "damage":
            parts[suffix] = draw(_part_mutations(suffix))
        elif op == "swap":
            parts[suffix] = parts[draw(st.sampled_from(sorted(parts)))]
        else:
            parts[suffix] = parts[suffix][:draw(st.integers(0, len(parts[suffix])))]
        if not parts:
            break
    folder = draw(st.sampled_from(("__MACOSX/", "./", ".hidden/"))) if rarely(draw, 10) else \
        draw(st.sampled_from(("", "", "data/", "a/b/")))
    stem = draw(st.sampled_from(("spar", "spar", "Spår", "SPAR", "x y")))
    members = [(f"{folder}{stem}{s.upper() if rarely(draw, 5) else s}", d)
               for s, d in parts.items()]
    if rarely(draw, 3):  # other files beside it, a hostile name among them
        members += draw(st.lists(st.tuples(
            st.sampled_from(("other.shp", "readme.txt", "b.gpx", "c.geojson", "d.kml",
                             "../x.shp", "line\nbreak.gpx", "C:\\x.shp", "e\u202e.kml")),
            st.binary(max_size=100)), min_size=1, max_size=2))
    return _zip(members)


@functools.cache
def _part_mutations(suffix: str) -> st.SearchStrategy[bytes]:
    return mutated([shapefile_parts()[suffix]], max_ops=2) if suffix in shapefile_parts() \
        else st.binary(max_size=200)


SUFFIXES = (".gpx", ".geojson", ".json", ".gpkg", ".shp", ".kml", ".kmz", ".fgb", ".osm", ".zip",
            ".xml", ".GPX", ".txt", "")

# --- The reader -------------------------------------------------------------------------


def _check_layer(layer: ImportedLayer) -> None:
    assert isinstance(layer, ImportedLayer)
    for feature in layer.features:
        coords = np.asarray(list(_flatten(feature.geometry.coords)), dtype=float)
        assert np.isfinite(coords).all(), feature.geometry
        json.dumps(feature.attributes, allow_nan=False)  # the store keeps them as JSON


def _flatten(coords: object) -> list[float]:
    if isinstance(coords, int | float):
        return [float(coords)]
    return [v for c in coords for v in _flatten(c)]  # type: ignore[union-attr]


def read(fuzz_dir: Path, data: bytes, suffix: str) -> ImportedLayer | BaseException:
    """list_layers and read_layer on `data` written as a file with `suffix`."""
    with case_file(fuzz_dir, f"fuzz{suffix}", data) as path:
        listed = attempt("geodata", lambda: list_layers(path), (GeoImportError,),
                         counted=False)
        if not isinstance(listed, BaseException):
            assert all(isinstance(info, LayerInfo) for info in listed)
        outcome = attempt("geodata", lambda: read_layer(path), (GeoImportError,))
    if not isinstance(outcome, BaseException):
        _check_layer(outcome)
    return outcome


@fuzz_settings(250)
@given(random_bytes((b"<?xml version=\"1.0\"?><gpx>", b"<gpx version=\"1.1\">", b"{\"type\":",
                     b"PK\x03\x04", b"SQLite format 3\x00", b"fgb\x03fgb\x00",
                     b"\x00\x00'\x0a", b"<kml>", b"<osm version=\"0.6\">"), max_size=1024),
       st.sampled_from(SUFFIXES))
def test_geodata_random_bytes(fuzz_dir: Path, data: bytes, suffix: str) -> None:
    read(fuzz_dir, data, suffix)


@fuzz_settings(200)
@given(st.one_of(
    st.tuples(mutated(TEXT_SEEDS, XML_TOKENS), st.sampled_from((".gpx", ".geojson", ".kml",
                                                               ".osm", ".xml", ".json"))),
    st.tuples(mutated(BINARY_SEEDS, max_ops=3), st.sampled_from((".gpkg", ".fgb", ".zip",
                                                                ".kmz")))))
# Found by this test: an XML declaration naming an encoding expat cannot use ("UTF0",
# "shift_jis", "rot13") raised LookupError or ValueError out of geo.xmlcheck.check_xml.
@example((b'<?xml version="1.0" encoding="UTF0"?><gpx version="1.1"></gpx>', ".gpx"))
@example((b'<?xml version="1.0" encoding="shift_jis"?><kml></kml>', ".kml"))
@example((b'<?xml version="1.0" encoding="rot13"?><gpx/>', ".xml"))
def test_geodata_mutated_seeds(fuzz_dir: Path, case: tuple[bytes, str]) -> None:
    data, suffix = case
    read(fuzz_dir, data, suffix)


@fuzz_settings(200)
@given(gpx_files(), st.sampled_from((".gpx", ".gpx", ".xml")))
def test_geodata_gpx_grammar(fuzz_dir: Path, data: bytes, suffix: str) -> None:
    read(fuzz_dir, data, suffix)


@fuzz_settings(150)
@given(st.one_of(geojson_files().map(lambda d: (d, ".geojson")),
                 kml_files().map(lambda d: (d, ".kml")),
                 kml_files().map(lambda d: (_zip([("doc.kml", d)]), ".kmz"))))
def test_geodata_geojson_kml_grammar(fuzz_dir: Path, case: tuple[bytes, str]) -> None:
    data, suffix = case
    read(fuzz_dir, data, suffix)


@fuzz_settings(100)
@given(shapefile_zips())
# Found by this test: a line break in a member's name made the message two lines; the names
# are quoted with control characters shown as "?" now (zipsafe.shown).
@example(_zip([("line\nbreak.gpx", b"")]))
@example(_zip([("../a\nb.shp", b"x")]))
# Found by the import test below: a .prj that is not UTF-8 (a Windows-1252 name) made pyogrio's
# read_info raise UnboundLocalError, which sources.pyogrio_errors did not list.
@example(_zip([(f"spar{s}", UNNAMED_SWEREF99TM.replace("unnamed", "Göteborg").encode("cp1252")
                if s == ".prj" else d) for s, d in shapefile_parts().items()]))
def test_geodata_zipped_shapefiles(fuzz_dir: Path, data: bytes) -> None:
    read(fuzz_dir, data, ".zip")


# --- Trails and reference layers into the database ----------------------------------------


@fuzz_settings(100)
@given(st.one_of(gpx_files().map(lambda d: (d, ".gpx")),
                 geojson_files().map(lambda d: (d, ".geojson")),
                 shapefile_zips().map(lambda d: (d, ".zip")),
                 st.sampled_from([(d, s) for s, d in SEEDS if len(d) < 64 * 1024])),
       st.booleans())
def test_geodata_import_into_store(fuzz_db: Template, fuzz_dir: Path, case: tuple[bytes, str],
                                   as_trails: bool) -> None:
    """read_layer, then trails (or a reference layer) in one write unit, as `import trails`
    and `import layer` do: a layer that needs its CRS confirmed or has no features is not
    imported; any failure leaves the database as it was; trails are only made of lines."""
    data, suffix = case
    with case_file(fuzz_dir, f"fuzz{suffix}", data) as path, \
            database_copy(fuzz_db, fuzz_dir) as (engine, db):
        trails_before = count_rows(db, "trail")

        def run() -> object:
            layer = read_layer(path)
            if layer.needs_confirmation or not layer.features:
                raise GeodataError("not imported: the CRS needs confirming or nothing is there")
            name_field, grade_field = suggest_mapping(layer.fields)
            if as_trails:
                return import_trails(engine, layer.features, TrailImport(
                    name_field=name_field, grade_field=grade_field, default_name=path.stem))
            return import_reference_layer(engine, layer.features, "Fuzz", source=path.name,
                                          name_field=name_field)

        outcome = attempt("geodata → trails / layer", run,
                          (GeoImportError, GeodataError, DatabaseError))
        if isinstance(outcome, BaseException):
            assert_unchanged(fuzz_db, db, outcome)
        elif as_trails:
            assert count_rows(db, "trail") == trails_before + len(outcome.created)
