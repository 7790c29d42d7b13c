"""What the browser tests ask of a page: opening it at a width, its console, its references."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

WIDTHS = (390, 1280)  # a phone held upright, a laptop
HEIGHT = 900

#: Every reference a page makes to another file or place: (selector, attribute).
REFERENCES = (("a[href]", "href"), ("link[href]", "href"), ("img[src]", "src"),
              ("script[src]", "src"), ("source[src]", "src"), ("iframe[src]", "src"))
_REFERENCES_JS = """
const out = [];
for (const [sel, attr] of arguments[0]) {
  for (const el of document.querySelectorAll(sel)) out.push([el.tagName, el.getAttribute(attr)]);
}
return out;"""

#: Whatever scrolls sideways: the page itself, or a box in it that overflows its width.
_SIDEWAYS_JS = """
const out = [];
const root = document.documentElement;
if (root.scrollWidth > window.innerWidth) out.push(`the page: ${root.scrollWidth} px`);
for (const el of document.body.querySelectorAll('*')) {
  const style = getComputedStyle(el);
  if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
    out.push(`${el.tagName}.${el.className}: ${el.scrollWidth} > ${el.clientWidth} px`);
  const right = el.getBoundingClientRect().right;
  if (right > window.innerWidth + 0.5)
    out.push(`${el.tagName}.${el.className} ends at ${Math.round(right)} px: `
             + el.textContent.slice(0, 40));
}
return out;"""


def open_at(driver: Any, url: str, width: int) -> None:
    """Open `url` with a viewport `width` CSS pixels wide (the window's frame, if any, is
    added to reach it) and wait for the page to be loaded."""
    driver.set_window_size(width, HEIGHT)
    driver.get(url)
    inner = driver.execute_script("return window.innerWidth")
    if inner != width:
        driver.set_window_size(2 * width - inner, HEIGHT)
        driver.get(url)
    assert driver.execute_script("return window.innerWidth") == width
    assert driver.execute_script("return document.readyState") == "complete"


def console_errors(driver: Any) -> list[str]:
    """The browser console's errors since the last call (reading the log empties it)."""
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE"]


def sideways(driver: Any) -> list[str]:
    """What makes the page (or a box in it) scroll sideways; empty when nothing does."""
    found: list[str] = driver.execute_script(_SIDEWAYS_JS)
    return found


def references(driver: Any) -> list[tuple[str, str]]:
    """(tag, the attribute as written) of every reference on the open page."""
    return [(tag, value) for tag, value in
            driver.execute_script(_REFERENCES_JS, [list(r) for r in REFERENCES])]


_HOST = re.compile(r"^[A-Za-z0-9.-]+(:\d+)?$")


def broken(value: str, page: str, root: Path, ids: set[str]) -> str | None:
    """Why the reference `value` on `page` (its path under `root`) does not resolve; None
    when it does. Relative files must exist inside `root`; `#id` must be on the page (or in
    the file named); absolute web addresses are only checked to be well-formed (no network
    in tests)."""
    value = value.strip()
    if not value:
        return "an empty reference"
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return None if parts.netloc and _HOST.match(parts.netloc.rsplit("@", 1)[-1]) \
            else "a malformed web address"
    if scheme in ("mailto", "tel"):
        return None if parts.path and " " not in parts.path else f"an empty {scheme}: link"
    if scheme == "data":
        return None
    if scheme:
        return f"a {scheme}: link"
    if not parts.path:  # "#id" on this page
        return None if unquote(parts.fragment) in ids else f"no element with id {parts.fragment}"
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
    if target.startswith("../") or target == ".." or posixpath.isabs(target):
        return "a file outside the published folder"
    path = root / target
    if not path.is_file():
        return "no such file in the published folder"
    if parts.fragment and f'id="{parts.fragment}"' not in path.read_text(encoding="utf-8"):
        return f"no element with id {parts.fragment} in {target}"
    return None
