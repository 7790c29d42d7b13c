"""Messages from importers, geodata, the store and app/ in the window's language.

Below the window a message the user can see is a `core.said.Said`: the English sentence,
which the command line prints, with the `key` and `params` that name it. The tables in the
`texts_*` modules beside this one hold every key's sentence as the source text of the
translation catalogue (written the same way as where it is said: tests/gui/common/
test_messages.py keeps the two equal), so lupdate files them and the Swedish window shows
them in Swedish. A key no table knows falls back to the English sentence: a new message is
never hidden, only not yet translated (and the test names it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from destination_norberg.core.said import message_of
from destination_norberg.gui.common import (
    texts_calendar,
    texts_capacity,
    texts_contacts,
    texts_counters,
    texts_geo,
    texts_guest_nights,
    texts_mail,
    texts_output,
    texts_packages,
)

_TABLES = (texts_contacts, texts_calendar, texts_geo, texts_output, texts_packages,
           texts_guest_nights, texts_capacity, texts_counters, texts_mail)


def templates() -> dict[str, str]:
    """Every key's sentence in the current language, {placeholders} as where it is said."""
    out: dict[str, str] = {}
    for table in _TABLES:
        out.update(table.templates())
    return out


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def _value(value: Any, table: dict[str, str]) -> str:
    if isinstance(value, str):
        return _word(value, table)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        # 12 000 in Swedish, 12,000 in English; a line number or a year stays 2026
        return QLocale().toString(value) if abs(value) >= 10000 else str(value)
    if isinstance(value, list | tuple):
        return ", ".join(_value(v, table) for v in value)
    return str(value)


def _word(text: str, table: dict[str, str]) -> str:
    key = getattr(text, "key", "")
    if not key:
        return str(text)
    params: dict[str, Any] = getattr(text, "params", {}) or {}
    if key == "sentences":
        return " ".join(_word(part, table) for part in params.get("parts", ()))
    if key == "clause":  # core.said.clause: a sentence standing inside another one
        return _word(params.get("sentence", ""), table).rstrip(".")
    template = table.get(key)
    if template is None:
        return str(text)
    return template.format_map(_Params({k: _value(v, table) for k, v in params.items()}))


def word(text: str) -> str:
    """A message (a Said, or any text) as the user reads it in the window's language."""
    return _word(text, templates())


def words(texts: list[str] | tuple[str, ...]) -> list[str]:
    """Several messages in the window's language (the table is built once)."""
    table = templates()
    return [_word(t, table) for t in texts]


def error_text(exc: BaseException) -> str | None:
    """An error raised with a Said (or an AppError with a key a table knows) in the window's
    language; None when the error names no message."""
    first = message_of(exc)
    if first is not None:
        return word(first)
    key = getattr(exc, "key", "")
    table = templates() if key else {}
    if key and key in table:
        params: dict[str, Any] = getattr(exc, "params", {}) or {}
        return table[key].format_map(_Params({k: _value(v, table) for k, v in params.items()}))
    return None
