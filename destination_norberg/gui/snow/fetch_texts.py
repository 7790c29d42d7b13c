"""SMHI online problems in the user's language.

app.smhi_fetch names each sentence (`AppError.key`, with its values in `params`); its message
is the English wording the command line prints. A key this table does not know falls back to
that message, so a new problem is never hidden, only not yet translated.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _templates() -> dict[str, str]:
    return {
        "unreachable": QCoreApplication.translate(
            "SmhiFetch",
            "SMHI could not be reached ({reason}). Check the connection and try again; "
            "nothing was imported."),
        "http": QCoreApplication.translate(
            "SmhiFetch",
            "SMHI answered {code}; nothing was imported. Try again later."),
        "too_large": QCoreApplication.translate(
            "SmhiFetch",
            "SMHI's answer is larger than a download may be; nothing was imported."),
        "not_json": QCoreApplication.translate(
            "SmhiFetch",
            "SMHI's answer could not be read (it is not JSON); nothing was imported."),
        "unexpected": QCoreApplication.translate(
            "SmhiFetch",
            "SMHI's answer has an unexpected form; nothing was imported."),
        "no_stations": QCoreApplication.translate(
            "SmhiFetch",
            "SMHI lists no stations for this measurement; nothing was imported."),
        "wrong_parameter": QCoreApplication.translate(
            "SmhiFetch",
            "SMHI sent another measurement ({got}) than the one asked for ({asked}); "
            "nothing was imported."),
        "cancelled": QCoreApplication.translate(
            "SmhiFetch",
            "The download was cancelled; nothing was imported."),
        "cache": QCoreApplication.translate(
            "SmhiFetch",
            "The saved forecast could not be read ({reason})."),
    }


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def fetch_message(exc: BaseException) -> str | None:
    """The sentence for an SMHI online problem in the user's language; None when `exc` is
    not one the table words."""
    key = getattr(exc, "key", "")
    template = _templates().get(key) if key else None
    if template is None:
        return None
    params: dict[str, Any] = getattr(exc, "params", {}) or {}
    return template.format_map(_Params({k: str(v) for k, v in params.items()}))
