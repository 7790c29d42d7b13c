"""Screenshots of the published pages for docs/screenshots/web/, written only when asked
(DN_WRITE_SCREENSHOTS=1, as tools/web_screenshots.py sets it): the tests leave the checkout
as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.browser.pages import HEIGHT

FOLDER = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "web"
#: A full page, but never taller than this (a phone's status page is some 6,000 px).
MAX_HEIGHT = 8000


def save_full_page(driver: Any, page: str, width: int) -> Path:
    """The whole open page, `width` CSS pixels wide, as `<page>-<width>.png`."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    outer = driver.get_window_size()["width"]
    tall = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(outer, min(tall, MAX_HEIGHT))
    path = FOLDER / f"{page}-{width}.png"
    try:
        driver.save_screenshot(str(path))
    finally:
        driver.set_window_size(outer, HEIGHT)
    return path
