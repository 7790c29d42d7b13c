"""Guessing which columns hold a feature's name and its grade, to pre-fill the import dialog.

Real files name them every way: OpenStreetMap `name`/`ref`/`mtb:scale`, SCB `KnNamn`,
Lantmäteriet `namn`, GPX `name`, club spreadsheets `Svårighet` or `Färg`. The guess is only a
default; the user sees it and may change it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping

_NAME_EXACT = ("name", "namn", "title", "titel", "label", "benamning", "benämning",
               "spar", "spår", "ref")
_NAME_PART = ("namn", "name", "title", "titel")
_GRADE_EXACT = ("grade", "gradering", "difficulty", "svårighet", "svarighet", "svårighetsgrad",
                "svarighetsgrad", "nivå", "niva", "level", "colour", "color", "färg", "farg",
                "mtb:scale:imba", "imba", "mtb:scale", "sac_scale", "piste:difficulty",
                "klass")
_GRADE_PART = ("svårighet", "svarighet", "difficulty", "grade", "imba", "mtb:scale", "färg",
               "colour", "color")
# Translations and alternatives are not the name a coordinator means: name:en, alt_name, …
_NOT_NAME = ("name:", "_name", "alt_", "old_", "official_", "short_", "file", "user", "link")


def _pick(fields: list[str], exact: tuple[str, ...], parts: tuple[str, ...],
          avoid: tuple[str, ...] = ()) -> str | None:
    lowered = {f.casefold().strip(): f for f in fields}
    for want in exact:
        if want in lowered:
            return lowered[want]
    for want in parts:
        for low, original in lowered.items():
            if want in low and not any(a in low for a in avoid):
                return original
    return None


def suggest_mapping(field_names: Iterable[str]) -> tuple[str | None, str | None]:
    """(name field, grade field) guessed from the column names, None where nothing fits."""
    fields = [str(f) for f in field_names]
    name = _pick(fields, _NAME_EXACT, _NAME_PART, _NOT_NAME)
    grade = _pick([f for f in fields if f != name], _GRADE_EXACT, _GRADE_PART)
    return name, grade


# A feature's own name where the chosen field is empty for it: GeoJSON merged from several
# sources names features in different properties, and OpenStreetMap exports keep the tags
# nested ("tags" of osmtogeojson) or packed (GDAL's "other_tags" hstore text).
_NAME_KEYS = ("name:sv", "name", "namn", "knnamn", "kom_namn", "kommunnamn", "lnnamn",
              "lansnamn", "benämning", "benamning", "title", "titel", "label",
              "official_name", "loc_name", "alt_name")
_NESTED = ("tags", "properties", "other_tags")
_HSTORE = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=>\s*"((?:[^"\\]|\\.)*)"')


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else \
        str(value) if isinstance(value, int | float) and not isinstance(value, bool) else ""


def _nested(value: object) -> dict[str, object] | None:
    if isinstance(value, dict):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.startswith("{"):
        try:
            found = json.loads(text)
        except ValueError:
            return None
        return found if isinstance(found, dict) else None
    pairs = _HSTORE.findall(text)
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in pairs} if pairs else None


def feature_name(attributes: Mapping[str, object], depth: int = 0) -> str:
    """The name a feature gives itself in any of the usual properties (Swedish first), or ""."""
    lowered = {str(k).casefold().strip(): v for k, v in attributes.items()}
    for key in _NAME_KEYS:
        name = _text(lowered.get(key))
        if name:
            return name
    for key, value in lowered.items():
        if any(part in key for part in _NAME_PART) and not any(a in key for a in _NOT_NAME):
            name = _text(value)
            if name:
                return name
    if depth == 0:
        for key in _NESTED:
            inner = _nested(lowered.get(key))
            if inner:
                name = feature_name(inner, 1)
                if name:
                    return name
    return _text(lowered.get("ref"))  # a road's number (E 45) rather than nothing
