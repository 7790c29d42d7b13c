"""Renew the screenshots of the published pages: docs/screenshots/web/<page>-<width>.png.

The pages are the ones the browser tests write and check (tests/browser: the status page in
Swedish and English with its events, the package one-pager in both languages), from the
demo season as of its reference day, in headless Chromium at 390 px (a phone) and 1280 px
wide, each as a whole page. The tests take them when DN_WRITE_SCREENSHOTS=1 and only after
the page passed its checks; here they are then brought down to 256 colours (as
tools/make_screenshots.py does with the window's pictures) to keep the checkout small.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "docs" / "screenshots" / "web"


def shrink(paths: list[Path]) -> None:
    """256 colours, no dithering (tools/make_screenshots.py: text stays sharp)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    flags = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
    for path in paths:
        QImage(str(path)).convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path))


def main() -> int:
    before = {p: p.stat().st_mtime for p in FOLDER.glob("*.png")}
    env = dict(os.environ, DN_WRITE_SCREENSHOTS="1", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/browser", "-k", "sideways"], cwd=ROOT, env=env, check=False)
    if done.returncode != 0:
        print("web_screenshots: the browser tests failed or were skipped; nothing renewed",
              file=sys.stderr)
        return 1
    fresh = sorted(p for p in FOLDER.glob("*.png") if before.get(p) != p.stat().st_mtime)
    if not fresh:
        print("web_screenshots: no screenshot was written (is Chromium installed?)",
              file=sys.stderr)
        return 1
    shrink(fresh)
    for path in fresh:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
