"""Reading a partner bundle back as the text a partner sees, minus what it marks as being in
the other language (issue 17: a partner output is wholly in its language)."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from destination_norberg.core.package_language import EVENT_KINDS, MARK, untranslated
from destination_norberg.exchange import package_texts as texts

ROOT = Path(__file__).resolve().parents[2]
SV_TS = ROOT / "resources" / "translations" / "destination_norberg_sv.ts"
_WORD = re.compile(r"[^\W\d_]+")
_PLACEHOLDER = re.compile(r"\{\w+\}|%\d")
COMMAND = re.compile(r"(?<![\w-])--[a-z]|destination-norberg |python -m")


def norm(text: str) -> str:
    return " ".join(text.split())


def words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(_PLACEHOLDER.sub(" ", text))}


def _pairs() -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for table in (texts.LABELS, texts.KINDS, texts.TRAIL_KINDS, EVENT_KINDS,
                  texts.GRADES, texts.FILE_PARTS):
        pairs += table.values()
    for key in ("sv", "en"):
        assert len(texts._MONTHS[key]) == 12
    pairs += list(zip(texts._MONTHS["sv"], texts._MONTHS["en"], strict=True))
    pairs += list(zip(texts._WEEKDAYS["sv"], texts._WEEKDAYS["en"], strict=True))
    pairs += [("per paket", "per package"), ("per rum (2 pers.)", "per room (2 persons)"),
              ("1 195 kr", "SEK 1,195")]
    # The brochure's words (the window's catalogue, context Brochure).
    for context in ET.parse(SV_TS).getroot().iter("context"):
        if context.findtext("name") == "Brochure":
            for message in context.iter("message"):
                source, translation = message.findtext("source"), message.findtext("translation")
                if source and translation:
                    pairs.append((translation, source))
    return pairs


def vocabulary(lang: str) -> set[str]:
    """The program's own words of `lang` that the other language does not share."""
    pairs = _pairs()
    sv = set().union(*(words(a) for a, _ in pairs))
    en = set().union(*(words(b) for _, b in pairs))
    own, other = (sv, en) if lang == "sv" else (en, sv)
    return {w for w in own - other if len(w) > 1}


class _Html(HTMLParser):
    """The page's text outside script and style, minus every element marked as being in
    another language than the page's."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang, self.stack, self.out, self.marked = lang, [], [], []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "meta", "img", "link"):
            return
        other = dict(attrs).get("lang") not in (None, self.lang) and tag != "html"
        self.stack.append((tag, other or tag in ("script", "style")))
        if other:
            self.marked.append("")

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            name, _skip = self.stack.pop()
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if any(skip for _, skip in self.stack):
            if self.marked and any(n not in ("script", "style") and s for n, s in self.stack):
                self.marked[-1] += data
            return
        self.out.append(data)


def html_text(path: Path, lang: str) -> tuple[str, list[str]]:
    parser = _Html(lang)
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join(parser.out), parser.marked


def _json_strings(value: Any, lang: str) -> Iterator[str]:
    if isinstance(value, dict):
        if "@language" in value:
            if value["@language"] == lang:
                yield str(value["@value"])
            return
        for key, item in value.items():
            if key not in ("@id", "@type", "@context", "identifier", "url", "hasMap",
                           "priceCurrency", "propertyID", "unitCode", "inLanguage"):
                yield from _json_strings(item, lang)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item, lang)
    elif isinstance(value, str) and not value.startswith(("http", "urn:")):
        yield value


def _unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


def _ics_text(path: Path, lang: str) -> str:
    out = []
    for line in _unfolded(path.read_text(encoding="utf-8")):
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        if name in ("SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES", "COMMENT",
                    "X-WR-CALNAME") and f"LANGUAGE={'en' if lang == 'sv' else 'sv'}" \
                not in params:
            out.append(value.replace("\\,", ",").replace("\\;", ";").replace("\\n", " "))
    return "\n".join(out)


def _cells(path: Path) -> list[str]:
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True)
        return [str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                for v in row if v is not None]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        sample = handle.readline()
        handle.seek(0)
        return [c for row in csv.reader(handle, delimiter=";" if ";" in sample else ",")
                for c in row]


def _pdf_text(path: Path) -> str:
    import pypdf

    return norm(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages))


def unmarked_text(path: Path, lang: str, foreign: list[str]) -> str:
    """What `path` shows a partner in `lang`, with the texts it marks taken out."""
    suffix = path.suffix
    if suffix == ".html":
        return html_text(path, lang)[0]
    if suffix == ".jsonld":
        return "\n".join(_json_strings(json.loads(path.read_text(encoding="utf-8")), lang))
    if suffix == ".ics":
        return _ics_text(path, lang)
    if suffix in (".csv", ".xlsx"):
        return "\n".join(c for c in _cells(path) if not c.endswith(f" {MARK}"))
    if suffix == ".geojson":
        data = json.loads(path.read_text(encoding="utf-8"))
        out = []
        for feature in data["features"]:
            props = dict(feature["properties"])
            if "comment" in props:  # the description is the other language's, and says so
                props.pop("description", None)
            out += [str(v) for v in props.values() if isinstance(v, str)]
        return "\n".join(out)
    if suffix == ".gpx":
        root = ET.parse(path).getroot()
        out = []
        for item in root.iter():
            tag = item.tag.rsplit("}", 1)[-1]
            if tag in ("trk", "wpt"):
                kids = {k.tag.rsplit("}", 1)[-1]: k.text or "" for k in item}
                if "cmt" in kids:
                    kids.pop("desc", None)
                out += [kids.get(k, "") for k in ("name", "cmt", "desc", "type")]
            elif tag == "metadata":
                out.append(item.findtext("{*}name") or "")
        return "\n".join(out)
    if suffix == ".pdf":
        text = _pdf_text(path)
        for t in sorted(foreign, key=len, reverse=True):
            text = re.sub(re.escape(norm(t)) + r" ?\*", " ", text)
        return text
    raise AssertionError(f"a file nobody reads back: {path.name}")


def names_of(detail: Any) -> list[str]:
    """Names and addresses, written as they are in any language, and the user texts in the
    bundle's own language (they may quote names)."""
    out = ["Norberg", "Västmanlands län"]
    for c in (*detail.contacts(), *(p.contact for p in detail.partners)):
        out += [c.name, c.person, c.address, c.street, c.city, c.email, c.website, c.phone]
    for e in (*detail.programme, *([detail.event] if detail.event else [])):
        out += [e.place_name or "", e.organiser_name or "", e.name_en, e.description_en]
    for r in detail.routes:
        out += [r.name, r.description_en, *(name for _n, name, _x, _y in r.stops)]
    if detail.event_place is not None:
        out.append(detail.event_place.name)
    out += [detail.title_en, detail.text_en]
    return [n for n in out if n]


def own_texts_sv(detail: Any) -> list[str]:
    out = [detail.title_sv, detail.text_sv, *(c.description for c in detail.components),
           *(c.role for c in detail.contacts())]
    for e in (*detail.programme, *([detail.event] if detail.event else [])):
        out += [e.name_sv, e.description_sv]
    out += [r.description_sv for r in detail.routes]
    return [t for t in out if t]


def problems(folder: Path, detail: Any, lang: str) -> list[str]:
    """Every place where the bundle in `folder` shows the other language unmarked, or tells
    its reader to run a command; [] when it is wholly in `lang`."""
    foreign = [u.text for u in untranslated(detail, lang)]
    names = names_of(detail) if lang == "en" else names_of(detail) + own_texts_sv(detail)
    names = [n for n in names if n not in foreign]
    other_words = vocabulary("sv" if lang == "en" else "en")
    found = []
    for path in sorted(folder.iterdir()):
        text = unmarked_text(path, lang, foreign)
        flat = norm(text)
        found += [f"{path.name}: unmarked {t!r}" for t in foreign if norm(t) in flat]
        if COMMAND.search(text):
            found.append(f"{path.name}: names a command: {COMMAND.search(text)[0]!r}")
        for name in sorted(names, key=len, reverse=True):
            flat = flat.replace(norm(name), " ")
        stray = sorted(words(flat) & other_words)
        if stray:
            found.append(f"{path.name}: {stray}")
    return found
