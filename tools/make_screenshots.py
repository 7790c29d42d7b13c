"""Regenerate the screenshots with the program's own `screenshot` command.

Uses a throwaway database loaded with the demo season, so the pictures show the demo data
whatever the user's own database holds. Two sets:

- `docs/screenshots/<name>.png`: the README's pictures (1400×900, mostly Swedish);
- `docs/screenshots/all/<view>-<lang>-<W>x<H>.png`: every view in Swedish and English at
  1280×720 and 1400×900, to look over as a user would (`--gallery`, or `make screenshots`).

The map is shown with a background map imported first: a small GeoPackage in the shape of
Lantmäteriet's Topografi 50 (its layers and `objekttyp` classes) around the demo's Norberg,
written by tests/basemap/topografi.py. It is as fictional as the demo season; the real
Lantmäteriet extracts the tests read lie elsewhere in Sweden and would not show at Norberg.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = [("overview", "sv", "overview.png"), ("overview", "en", "overview-en.png"),
         ("calendar", "sv", "calendar.png"), ("timeline", "sv", "timeline.png"),
         ("strak", "sv", "strak.png"), ("seasons", "sv", "seasons.png"),
         ("capacity", "sv", "capacity.png"), ("volunteers", "sv", "volunteers.png"),
         ("trails", "sv", "trails.png"), ("counters", "sv", "counters.png"),
         ("counters-import", "sv", "counters-import.png"),
         ("groomer-preview", "sv", "groomer-preview.png"),
         ("snow", "sv", "snow.png"), ("gonogo", "sv", "gonogo.png"),
         ("snowlog", "sv", "snowlog.png"), ("map", "sv", "map.png"),
         ("snowmap", "sv", "snowmap.png"), ("trailedit", "sv", "trailedit.png"),
         ("zoneclose", "sv", "zoneclose.png"), ("network", "sv", "network.png"),
         ("mail-composer", "sv", "mail-composer.png"),
         ("mail-history", "sv", "mail-history.png"),
         ("packages", "sv", "packages.png"), ("status", "sv", "status.png"),
         ("report", "sv", "report.png"), ("guide", "sv", "guide.png")]
SIZES = ("1280x720", "1400x900")
#: The demo season is written around this day (core.demo_dates.REFERENCE_DAY): loaded and
#: shown as on it, pictures made on any day show it the same.
DEMO_DAY = "2026-11-26"


def views() -> tuple[str, ...]:
    sys.path.insert(0, str(ROOT))
    from destination_norberg.cli.screenshot import VIEWS

    return VIEWS


def with_background(cli: list[str], tmp: str) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from basemap.topografi import write_topografi

    sample = write_topografi(Path(tmp) / "topografi50-norberg.gpkg")
    subprocess.run([*cli, "import", "basemap", str(sample)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)


def shrink(paths: list[Path]) -> None:
    """256 colours, no dithering: a quarter of the size, and text as sharp (a window's
    screenshot has few colours; checked by eye on the map, the richest view)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    flags = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
    for path in paths:
        QImage(str(path)).convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme-only", action="store_true",
                        help="only the README's pictures, not every view in both languages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "norberg-demo.sqlite")
        cli = [sys.executable, "-m", "destination_norberg", "--db", db]
        subprocess.run([*cli, "--today", DEMO_DAY, "demo"], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        with_background(cli, tmp)
        jobs = [(view, lang, ROOT / "docs" / "screenshots" / name, "1400x900")
                for view, lang, name in SHOTS]
        if not args.readme_only:
            gallery = ROOT / "docs" / "screenshots" / "all"
            gallery.mkdir(exist_ok=True)
            jobs += [(view, lang, gallery / f"{view}-{lang}-{size}.png", size)
                     for view in views() for lang in ("sv", "en") for size in SIZES]
        for view, lang, out, size in jobs:
            subprocess.run([*cli, "--lang", lang, "--today", DEMO_DAY, "screenshot", view,
                            "--out", str(out), "--size", size], check=True, cwd=ROOT,
                           stdout=subprocess.DEVNULL)
    shrink([out for _view, _lang, out, _size in jobs])
    return 0


if __name__ == "__main__":
    sys.exit(main())
