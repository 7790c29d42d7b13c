"""Guessing which columns hold a feature's name and its grade, to pre-fill the import dialog.

Real files name them every way: OpenStreetMap `name`/`ref`/`mtb:scale`, SCB `KnNamn`,
Lantmäteriet `namn`, GPX `name`, club spreadsheets `Svårighet` or `Färg`. The guess is only a
default; the user sees it and may change it.
"""

from __future__ import annotations

from collections.abc import Iterable

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
