"""What a geodata file holds: its layers, their geometry, size, fields and coordinate system.

The file's extension decides which GDAL driver may read it (a .shp that GDAL takes for
something else is refused), XML formats pass a safety check first, and zip archives are read
in place through /vsizip/ after zipsafe has looked at them. Every failure is a GeoImportError
with one plain sentence.
"""

from __future__ import annotations

import warnings
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from destination_norberg.core.plain_text import NAME_MAX, clean_value
from destination_norberg.core.said import said
from destination_norberg.geo.crs import Bounds, CrsDetection, detect_crs
from destination_norberg.geo.dbf import shapefile_encoding, zipped_shapefile_encoding
from destination_norberg.geo.errors import FORMAT_NAMES, GeoImportError, gdal_message
from destination_norberg.geo.xmlcheck import BadXmlError, check_xml
from destination_norberg.geo.zipsafe import (
    checked_members,
    dataset_members,
    inner_zips,
    open_inner_zip,
    shown,
)

SUFFIXES = {".gpx": "GPX", ".geojson": "GeoJSON", ".json": "GeoJSON", ".gpkg": "GPKG",
            ".shp": "ESRI Shapefile", ".kml": "KML", ".kmz": "KML", ".fgb": "FlatGeobuf",
            ".osm": "OSM", ".zip": "zip", ".xml": "xml"}
# Layers offered, in the order a default is picked: route_points/track_points repeat the
# vertices of routes and tracks, and OSM's relations are rarely what a coordinator wants.
GPX_LAYERS = ("tracks", "routes", "waypoints")
OSM_LAYERS = ("lines", "multipolygons", "points")
_XML_ROOTS = {"GPX": "gpx", "KML": "kml"}
_DRIVERS_OK = {"KML": {"KML", "LIBKML"}}
RANDOM_ACCESS = {"GPKG", "ESRI Shapefile", "FlatGeobuf"}


@dataclass(frozen=True, slots=True)
class LayerInfo:
    """One layer as the import dialog lists it.

    `dataset` is the path GDAL opens (a /vsizip/ path inside a zip) and `gdal_layer` the
    layer's name there; `name` is unique within the file and is what read_layer takes.
    """

    name: str
    geometry_type: str
    feature_count: int
    fields: tuple[str, ...]
    crs: CrsDetection
    driver: str
    dataset: str
    gdal_layer: str
    encoding: str | None = None
    bounds: Bounds | None = None

    @property
    def format_name(self) -> str:
        return FORMAT_NAMES.get(self.driver, self.driver)


@dataclass(frozen=True, slots=True)
class _Dataset:
    path: str
    driver: str
    encoding: str | None
    member: str | None = None  # inside a zip: the member, to make layer names unique


def pyogrio_errors() -> tuple[type[BaseException], ...]:
    """Everything pyogrio raises for a bad file (its errors, and what GDAL lets through)."""
    from pyogrio import errors

    # UnboundLocalError: pyogrio 0.13's read_info on a .prj that is not UTF-8 ("wkt").
    return (errors.DataSourceError, errors.DataLayerError, errors.FieldError,
            errors.GeometryError, errors.FeatureError, errors.CRSError, OSError,
            RuntimeError, ValueError, UnicodeError, MemoryError, UnboundLocalError)


_ZIP_DAMAGED = said("geo.zip_damaged", "The zip archive is damaged: a file in it cannot be "
                    "unpacked.")


def _check_xml_file(path: Path, driver: str) -> str:
    kind = FORMAT_NAMES[driver]
    try:
        if path.suffix.lower() == ".kmz":
            infos = checked_members(path)
            kml = [i for i in infos if i.filename.lower().endswith(".kml")]
            if not kml:
                raise GeoImportError(said("geo.kmz_empty", "The KMZ file holds no KML document."))
            with zipfile.ZipFile(path) as archive:
                for info in kml:
                    with archive.open(info) as stream:
                        check_xml(stream, limit=info.file_size + 1)
            return "kml"
        with path.open("rb") as stream:
            return check_xml(stream)
    except BadXmlError as problem:
        raise GeoImportError(said("geo.invalid", "The file is not a valid {kind}: {problem}.",
                                  kind=kind, problem=str(problem))) from None
    except (OSError, zipfile.BadZipFile, EOFError, zlib.error):
        raise GeoImportError(said("geo.cannot_read", "The {kind} could not be read: it is damaged "
                                  "or unreadable.", kind=kind)) from None


def _sniff_xml(path: Path) -> str:
    """A .xml file is read when it is in fact GPX or KML."""
    try:
        with path.open("rb") as stream:
            root = check_xml(stream)
    except BadXmlError as problem:
        raise GeoImportError(said("geo.not_gpx_kml", "The file is not a GPX or KML file: "
                                  "{problem}.", problem=str(problem))) from None
    driver = {"gpx": "GPX", "kml": "KML"}.get(root)
    if driver is None:
        raise GeoImportError(said("geo.xml_not_geodata", "The file is XML but not geodata: its "
                                  "content is <{root}>, not GPX or KML.", root=root))
    return driver


def _datasets(path: Path, encoding: str | None) -> list[_Dataset]:
    if not path.is_file():
        raise GeoImportError(said("geo.file_not_found", "The file {name} could not be found.",
                                  name=path.name))
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise GeoImportError(said("geo.unknown_suffix", "The program cannot read {suffix} files: "
                                  "choose GPX, GeoJSON, GeoPackage, shapefile (.shp or .zip), "
                                  "KML/KMZ, FlatGeobuf or OpenStreetMap (.osm).",
                                  suffix=path.suffix or said("geo.no_suffix",
                                                             "extension-less")))
    if kind == "xml":
        kind = _sniff_xml(path)
    elif kind in _XML_ROOTS:
        root = _check_xml_file(path, kind)
        if root != _XML_ROOTS[kind]:
            raise GeoImportError(said("geo.wrong_root", "The file is not a {kind}: its content "
                                      "is <{root}>, not <{expected}>.", kind=FORMAT_NAMES[kind],
                                      root=root, expected=_XML_ROOTS[kind]))
    if kind == "zip":
        return _zip_datasets(path, encoding)
    if kind == "ESRI Shapefile":
        return [_Dataset(str(path), kind, encoding or shapefile_encoding(path))]
    return [_Dataset(str(path), kind, None)]


def _zip_datasets(path: Path, encoding: str | None) -> list[_Dataset]:
    infos = checked_members(path)
    inner = inner_zips(infos)
    datasets = _members(path, f"/vsizip/{path.resolve().as_posix()}", infos, encoding)
    for member in inner:
        datasets += _inner_datasets(path, member, encoding)
    if not datasets:
        raise GeoImportError(said("geo.zip_no_data", "The zip archive holds no map data the "
                                  "program reads (no .shp, .gpkg, .geojson, .gpx, .kml or .fgb "
                                  "file)."))
    return datasets


def _members(archive: Path | BinaryIO, prefix: str, infos: list[zipfile.ZipInfo],
             encoding: str | None, within: str = "") -> list[_Dataset]:
    """The datasets among an archive's members; `prefix` is the archive as GDAL opens it."""
    names = [i.filename for i in infos]
    datasets = []
    try:
        for member, driver in dataset_members(infos):
            if driver in _XML_ROOTS:
                _check_zipped_xml(archive, member, driver, within)
            enc = None
            if driver == "ESRI Shapefile":
                enc = encoding or zipped_shapefile_encoding(archive, member, names)
            datasets.append(_Dataset(f"{prefix}/{member}", driver, enc, within + member))
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error):
        raise GeoImportError(_ZIP_DAMAGED) from None
    return datasets


def _inner_datasets(path: Path, member: str, encoding: str | None) -> list[_Dataset]:
    """The datasets of a zip inside the zip (Statistics Sweden's boundary downloads), read by
    GDAL through /vsizip/ twice, checked like the outer archive."""
    try:
        data = open_inner_zip(path, member)
        infos = checked_members(data)
    except GeoImportError as problem:
        raise GeoImportError(in_zip(member, str(problem))) from None
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error):
        raise GeoImportError(_ZIP_DAMAGED) from None
    prefix = "/vsizip/{/vsizip/" + f"{path.resolve().as_posix()}/{member}}}"
    return _members(data, prefix, infos, encoding, within=f"{member}/")


def _check_zipped_xml(path: Path | BinaryIO, member: str, driver: str, within: str = "") -> None:
    kind = FORMAT_NAMES[driver]
    with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
        try:
            root = check_xml(stream, limit=archive.getinfo(member).file_size + 1)
        except BadXmlError as problem:
            raise GeoImportError(in_zip(within + member,
                                        f"The file is not a valid {kind}: {problem}.")) from None
    if root != _XML_ROOTS[driver]:
        raise GeoImportError(in_zip(within + member,
                                    f"The file is not a {kind}: its content is <{root}>."))


def in_zip(member: str, message: str) -> str:
    """A sentence about "the file" turned into one about a member of the zip archive."""
    member = shown(member)
    if message.startswith("The file "):
        return f"The file {member} in the zip archive " + message.removeprefix("The file ")
    return f"In the zip archive, {member}: {message[0].lower()}{message[1:]}"


def _layer_names(dataset: _Dataset) -> list[str]:
    import pyogrio

    # Tables without geometry (a GeoPackage's attribute tables) cannot be imported as map data.
    layers = [str(name) for name, kind in pyogrio.list_layers(dataset.path) if kind is not None]
    if dataset.driver == "GPX":
        return [n for n in GPX_LAYERS if n in layers]
    if dataset.driver == "OSM":
        return [n for n in OSM_LAYERS if n in layers]
    return layers


def _layer(dataset: _Dataset, gdal_layer: str, name: str) -> LayerInfo:
    import pyogrio

    wgs84 = dataset.driver in _XML_ROOTS  # GPX and KML: no CRS to guess, no bounds needed
    info = pyogrio.read_info(dataset.path, layer=gdal_layer, encoding=dataset.encoding,
                             force_feature_count=True, force_total_bounds=not wgs84)
    driver = str(info["driver"])
    if driver != dataset.driver and driver not in _DRIVERS_OK.get(dataset.driver, ()):
        kind = FORMAT_NAMES.get(dataset.driver, dataset.driver)
        other = FORMAT_NAMES.get(driver, driver)
        raise GeoImportError(said("geo.wrong_name", "The file is not a {kind}: it is a {other} "
                                  "under the wrong name.", kind=kind, other=other))
    bounds = info.get("total_bounds")
    bounds = tuple(float(v) for v in bounds) if bounds is not None else None
    count = int(info["features"])
    crs = detect_crs(info["crs"], bounds if count > 0 else None, always_wgs84=wgs84)
    return LayerInfo(name=name, geometry_type=str(info["geometry_type"]), feature_count=count,
                     fields=tuple(clean_value(str(f), NAME_MAX) for f in info["fields"]), crs=crs,
                     driver=driver,
                     dataset=dataset.path, gdal_layer=gdal_layer, encoding=dataset.encoding,
                     bounds=bounds)


def _candidates(path: Path, encoding: str | None) -> list[tuple[_Dataset, str, str]]:
    """(dataset, GDAL layer, unique name) of every layer offered, without counting features."""
    datasets = _datasets(path, encoding)
    found: list[tuple[_Dataset, str, str]] = []
    for dataset in datasets:
        with _gdal_errors(dataset, len(datasets) > 1):
            found.extend((dataset, name, name) for name in _layer_names(dataset))
    names = [name for _, _, name in found]
    if len(set(names)) != len(names):
        found = [(d, g, f"{d.member or d.path.rsplit('/', 1)[-1]}:{g}") for d, g, _ in found]
    return found


@contextmanager
def _gdal_errors(dataset: _Dataset, several: bool) -> Iterator[None]:
    """GDAL's failures as GeoImportError, and its warnings kept off the console."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            yield
        except GeoImportError:
            raise
        except pyogrio_errors() as err:
            failure = gdal_message(str(err), dataset.driver)
            if several and dataset.member:
                failure = in_zip(dataset.member, failure)
            raise GeoImportError(failure) from None


def _info(candidate: tuple[_Dataset, str, str], several: bool) -> LayerInfo:
    dataset, gdal_layer, name = candidate
    with _gdal_errors(dataset, several):
        return _layer(dataset, gdal_layer, name)


def layer_bounds(info: LayerInfo) -> Bounds | None:
    """The layer's coordinate ranges as the file holds them (GPX and KML are listed without
    them: they are read here when a check needs them); None for an empty layer."""
    if info.bounds is not None or info.feature_count == 0:
        return info.bounds
    import pyogrio

    with _gdal_errors(_Dataset(info.dataset, info.driver, info.encoding), False):
        found = pyogrio.read_info(info.dataset, layer=info.gdal_layer, encoding=info.encoding,
                                  force_total_bounds=True).get("total_bounds")
    return tuple(float(v) for v in found) if found is not None else None  # type: ignore[return-value]


def list_layers(path: str | Path, *, encoding: str | None = None) -> list[LayerInfo]:
    """Every layer of a file, with feature counts, fields and the detected CRS.

    `encoding` overrides the text encoding of shapefile attributes (else .cpg, the DBF's own
    code page, or detection). GPX offers tracks, routes and waypoints (empty ones included, so
    an empty file lists three empty layers); OpenStreetMap offers lines, multipolygons, points.
    """
    candidates = _candidates(Path(path), encoding)
    return [_info(c, len(candidates) > 1) for c in candidates]


def layer_names(path: str | Path, *, encoding: str | None = None) -> list[str]:
    """The names of a file's layers, in order, without reading them (a zip of zips: each
    inner shapefile's layer)."""
    return [name for _, _, name in _candidates(Path(path), encoding)]


def find_layer(path: str | Path, layer: str | None, *,
               encoding: str | None = None) -> LayerInfo:
    """The named layer, or the first one with features (GPX: tracks, then routes, waypoints).

    Only the layers looked at are counted: a GPX of 50,000 points is parsed once per layer.
    """
    candidates = _candidates(Path(path), encoding)
    several = len(candidates) > 1
    if not candidates:
        raise GeoImportError(said("geo.no_layers", "The file holds no map layers (no table with "
                                  "geometry)."))
    if layer is not None:
        chosen = next((c for c in candidates if c[2] == layer), None)
        if chosen is None:
            raise GeoImportError(said("geo.no_such_layer", "The file has no layer named "
                                      "“{layer}”; it has {layers}.", layer=layer,
                                      layers=", ".join(c[2] for c in candidates)))
        return _info(chosen, several)
    first = None
    for candidate in candidates:
        info = _info(candidate, several)
        if info.feature_count > 0:
            return info
        first = first or info
    assert first is not None
    return first
