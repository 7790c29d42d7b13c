"""Regenerate the README screenshots with the program's own `screenshot` command.

Uses a throwaway database loaded with the demo season, so the pictures show the demo data
whatever the user's own database holds.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = [("overview", "sv", "overview.png"), ("overview", "en", "overview-en.png"),
         ("calendar", "sv", "calendar.png"), ("timeline", "sv", "timeline.png"),
         ("strak", "sv", "strak.png"), ("seasons", "sv", "seasons.png"),
         ("trails", "sv", "trails.png"),
         ("snow", "sv", "snow.png"), ("gonogo", "sv", "gonogo.png"),
         ("snowlog", "sv", "snowlog.png"), ("map", "sv", "map.png"),
         ("snowmap", "sv", "snowmap.png"), ("trailedit", "sv", "trailedit.png"),
         ("zoneclose", "sv", "zoneclose.png"), ("network", "sv", "network.png"),
         ("packages", "sv", "packages.png"), ("status", "sv", "status.png"),
         ("report", "sv", "report.png"), ("guide", "sv", "guide.png")]
#: The demo season is written around this day (core.demo_dates.REFERENCE_DAY): loaded and
#: shown as on it, pictures made on any day show it the same.
DEMO_DAY = "2026-11-26"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "norberg-demo.sqlite")
        cli = [sys.executable, "-m", "destination_norberg", "--db", db]
        subprocess.run([*cli, "--today", DEMO_DAY, "demo"], check=True, cwd=ROOT)
        for view, lang, name in SHOTS:
            out = ROOT / "docs" / "screenshots" / name
            subprocess.run([*cli, "--lang", lang, "--today", DEMO_DAY, "screenshot", view,
                            "--out", str(out),
                            "--size", "1400x900"], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
