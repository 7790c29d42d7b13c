"""GPX import benchmark: read_layer on a 50,000-point GPX, against xml.etree parsing the file.

A GPX 1.1 file of 50,000 track points (with elevation and time, as a GPS watch writes them) is
generated in a temporary folder. Timed in one run, alternated, median of the runs:
- etree: `xml.etree.ElementTree.parse` of the same file, the same-run baseline (parsing only:
  no coordinates extracted, nothing transformed);
- read_layer: the whole import (XML safety check, GDAL, transform to EPSG:3006, core
  geometries), as the import dialog calls it.
The machine is shared and noisy: watch the ratio as well as the seconds. Target: at most 1 s.

    python bench/geo_import.py [--points 50000] [--tracks 1] [--runs 5] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from destination_norberg.geo.read import read_layer  # noqa: E402

TARGET_SECONDS = 1.0
START = datetime(2026, 2, 8, 8, 0, tzinfo=UTC)  # Engelbrektsloppet, second Sunday of February


def make_gpx(path: Path, points: int, tracks: int) -> None:
    """A wandering track around Norberg, split over `tracks` tracks of one segment each."""
    per = max(points // tracks, 2)
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1">\n')
        n = 0
        for t in range(tracks):
            out.write(f"<trk><name>Engelbrektsloppet del {t + 1}</name><trkseg>\n")
            for i in range(per):
                lat = 60.065 + 0.02 * ((n * 7919) % 1000) / 1000 + n * 1e-7
                lon = 15.923 + 0.04 * ((n * 104729) % 1000) / 1000
                when = (START + timedelta(seconds=n)).strftime("%Y-%m-%dT%H:%M:%SZ")
                out.write(f'<trkpt lat="{lat:.7f}" lon="{lon:.7f}"><ele>{180 + i % 90}.4</ele>'
                          f"<time>{when}</time></trkpt>\n")
                n += 1
            out.write("</trkseg></trk>\n")
        out.write("</gpx>\n")


def timed(work: Callable[[], object]) -> float:
    begin = time.perf_counter()
    work()
    return time.perf_counter() - begin


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=50_000)
    parser.add_argument("--tracks", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.gpx"
        make_gpx(path, args.points, args.tracks)
        size = path.stat().st_size
        layer = read_layer(path)  # warm-up: imports of pyogrio, pyproj, shapely
        vertices = sum(len(part) for f in layer.features for part in f.geometry.coords)
        assert vertices == args.points // args.tracks * args.tracks, vertices
        samples: dict[str, list[float]] = {"etree": [], "read_layer": []}
        for _ in range(args.runs):
            samples["etree"].append(timed(lambda: ET.parse(path)))
            samples["read_layer"].append(timed(lambda: read_layer(path)))
    medians = {k: statistics.median(v) for k, v in samples.items()}
    ratio = medians["read_layer"] / medians["etree"]

    print(f"{args.points:,} track points in {args.tracks} track(s), {size / 1e6:.1f} MB of GPX, "
          f"median of {args.runs} runs")
    print(f"  xml.etree parse baseline {medians['etree'] * 1000:8.1f} ms")
    print(f"  read_layer (to 3006)     {medians['read_layer'] * 1000:8.1f} ms   "
          f"({ratio:.1f}× etree)")
    ok = medians["read_layer"] <= TARGET_SECONDS
    print(f"  target: import in at most {TARGET_SECONDS:.0f} s: {'met' if ok else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps({"points": args.points, "tracks": args.tracks,
                                         "runs": args.runs, "bytes": size,
                                         "median_seconds": medians, "ratio_to_etree": ratio},
                                        indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
