"""A sentence for the user that names itself, so the window can word it in its language.

Importers, geodata, the store and app/ word their reasons and errors in English: the command
line prints them as they are. The window speaks Swedish first, and it cannot translate a
finished English sentence. So a message the user can see is made with `said(key, english,
**params)`: the result *is* the English string (a `str`, so every caller that joins, prints or
compares it keeps working), and it also carries `key` and `params`. The window's catalogue
(gui/common/messages.py) has the same sentence under the same key, with the English text
written the same way (a test keeps the two equal), and words it in Swedish or English.

A parameter may itself be a Said (a field's name, a reason inside a reason): the window words
it too. A sequence of Saids under the key `sentences` is shown one after another; a Said under
the key `clause` is its sentence without the closing full stop.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any


class Said(str):
    """The English sentence, with the `key` and `params` that name it."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, english: str, /, **params: Any) -> Said:
        self = super().__new__(cls, english.format(**params) if params else english)
        self.key, self.params = key, params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # survives a copy or a pickle with its key
        return (_rebuilt, (str(self), self.key, self.params))


def _rebuilt(text: str, key: str, params: dict[str, Any]) -> Said:
    said_ = str.__new__(Said, text)
    said_.key, said_.params = key, params
    return said_


def said(key: str, english: str, /, **params: Any) -> Said:
    """`english` with its {placeholders} filled in, named `key` for the window's catalogue."""
    return Said(key, english, **params)


def template(key: str, english: str) -> Callable[..., Said]:
    """`said` for later: the message `key` made when its values are known."""
    return partial(Said, key, english)


def sentences(parts: Sequence[str]) -> Said:
    """Several sentences shown one after another (each worded on its own in the window)."""
    return _rebuilt(" ".join(parts), "sentences", {"parts": tuple(parts)})


def clause(text: str) -> str:
    """`text` without its closing full stop, to stand inside a longer sentence ("{reason};
    this event was left out."). A Said becomes the message `clause` holding it, so the window
    words the whole sentence in its language and leaves out the full stop there too."""
    if isinstance(text, Said):
        return _rebuilt(str(text).rstrip("."), "clause", {"sentence": text})
    return text.rstrip(".")


def message_of(exc: BaseException) -> Said | None:
    """The Said an exception was raised with (its first such argument: an OSError's message
    comes second), else None."""
    return next((arg for arg in exc.args if isinstance(arg, Said)), None)


_STORED = '{"said":'


def _to_plain(value: Any) -> Any:
    if isinstance(value, Said):
        return {"said": {"key": value.key, "en": str(value),
                         "params": {k: _to_plain(v) for k, v in value.params.items()}}}
    if isinstance(value, list | tuple):
        return [_to_plain(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)


def _from_plain(value: Any) -> Any:
    if isinstance(value, dict):
        inner = value.get("said")
        if not isinstance(inner, dict):
            return str(value)
        params = inner.get("params")
        return _rebuilt(str(inner.get("en", "")), str(inner.get("key", "")),
                        {str(k): _from_plain(v) for k, v in params.items()}
                        if isinstance(params, dict) else {})
    if isinstance(value, list):
        return tuple(_from_plain(v) for v in value)
    return value


def stored(text: str) -> str:
    """A message as a text column keeps it: a Said as JSON with its key, params and English
    sentence, so it is worded in the reader's language when it is read back (`restored`);
    any other text as it is."""
    if not isinstance(text, Said):
        return text
    return json.dumps(_to_plain(text), ensure_ascii=False, sort_keys=True)


def restored(text: str) -> str:
    """The message `stored` kept: the Said again; a text written before (a plain sentence, or
    anything that is not such JSON) as it is."""
    if not text.startswith(_STORED):
        return text
    try:
        value = _from_plain(json.loads(text))
    except (ValueError, AttributeError, TypeError):
        return text
    return value if isinstance(value, Said) and value.key else text
