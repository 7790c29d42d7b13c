"""A tiny GeoPackage shaped like Lantmäteriet's Topografi 50 (layers `mark`, `hydrolinje`,
`vaglinje`, `byggnad`, `text`; the class in `objekttyp` with the values the real files use,
EPSG:3006) around the demo's Norberg, a few features per layer. Written by the tests (no
binary in the repository) and by the screenshot instructions in the report."""

from __future__ import annotations

from pathlib import Path

TOWN = (551_400.0, 6_659_000.0)  # Norberg's square in the demo


def _box(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


def layers() -> dict[str, list[tuple[str, object, dict[str, object]]]]:
    """{layer: [(objekttyp, shapely geometry, other attributes)]}."""
    from shapely.geometry import LineString, MultiLineString, Point, Polygon

    x, y = TOWN
    forest = Polygon(_box(545_000, 6_653_000, 560_000, 6_667_000),
                     [_box(550_200, 6_657_800, 552_600, 6_660_400)])
    return {
        "mark": [
            ("Barr- och blandskog", forest, {}),
            ("Öppen mark", Polygon(_box(550_200, 6_657_800, 552_600, 6_660_400)), {}),
            ("Låg bebyggelse", Polygon(_box(x - 700, y - 700, x + 700, y + 900)), {}),
            ("Sluten bebyggelse", Polygon(_box(x - 150, y - 150, x + 150, y + 150)), {}),
            ("Åker", Polygon(_box(547_500, 6_656_500, 549_800, 6_658_200)), {}),
            ("Lövskog", Polygon(_box(553_500, 6_661_000, 555_000, 6_662_500)), {}),
            ("Sjö", Polygon([(548_200, 6_654_200), (550_400, 6_654_600), (550_900, 6_655_600),
                             (549_600, 6_656_300), (548_100, 6_655_600), (548_200, 6_654_200)]),
             {}),
            ("Sjö", Polygon([(553_900, 6_659_200), (555_100, 6_659_400), (555_300, 6_660_300),
                             (554_100, 6_660_500), (553_900, 6_659_200)]), {}),
        ],
        "hydrolinje": [
            ("Vattendrag", LineString([(550_900, 6_655_600), (551_800, 6_657_000),
                                       (553_000, 6_658_400), (553_900, 6_659_300)]), {}),
        ],
        "vaglinje": [
            ("Landsväg", MultiLineString([[(546_000, 6_652_500), (549_000, 6_656_000),
                                           (x, y), (553_500, 6_662_000),
                                           (556_500, 6_667_000)]]),
             {"vardvagnummer": "68", "gatunamn": None}),
            ("Landsväg liten", LineString([(x, y), (555_000, 6_657_500), (560_000, 6_656_000)]),
             {"vardvagnummer": "256", "gatunamn": None}),
            ("Lokalgata stor", LineString([(x - 600, y + 200), (x + 600, y - 200)]),
             {"gatunamn": "Bergsmansgatan"}),
            ("Lokalgata liten", LineString([(x - 200, y - 600), (x + 100, y + 700)]),
             {"gatunamn": "Malmgatan"}),
            ("Småväg", LineString([(553_500, 6_662_000), (552_500, 6_663_300)]),
             {"gatunamn": None}),
            ("Småväg enkel standard", LineString([(552_500, 6_663_300), (550_500, 6_665_500)]),
             {"gatunamn": None}),
        ],
        "byggnad": [
            ("Bostad", Polygon(_box(x + dx, y + dy, x + dx + 18, y + dy + 12)), {})
            for dx in (-420, -300, -180, 120, 240, 360) for dy in (-380, -220, 260, 420)
        ] + [("Samhällsfunktion", Polygon(_box(x - 40, y + 30, x + 40, y + 80)), {})],
        "text": [
            ("Tätort", Point(x + 150, y + 350), {"karttext": "Norberg"}),
            ("Sjö", Point(549_400, 6_655_300), {"karttext": "Noren"}),
            ("Bebyggelse", Point(552_900, 6_663_700), {"karttext": "Kärrgruvan"}),
            ("Terräng", Point(553_600, 6_656_800), {"karttext": "Klackberg"}),
        ],
    }


def write_topografi(path: Path, only: tuple[str, ...] | None = None) -> Path:
    """The GeoPackage at `path` (one table per layer, EPSG:3006)."""
    import geopandas as gpd

    for name, rows in layers().items():
        if only is not None and name not in only:
            continue
        frame = gpd.GeoDataFrame(
            [{"objekttyp": kind, **attrs} for kind, _g, attrs in rows],
            geometry=[g for _k, g, _a in rows], crs="EPSG:3006")
        frame.to_file(path, layer=name, driver="GPKG")
    return path
