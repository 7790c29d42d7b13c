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
