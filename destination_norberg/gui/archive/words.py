"""An error of the Arkiv menu's jobs as the user reads it: one sentence."""

from __future__ import annotations

from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.messages import error_text


def said(exc: BaseException) -> str:
    """A use case's AppError is already worded for the user; anything else as the window
    words errors (gui.common.errors)."""
    from destination_norberg.app.errors import AppError

    worded = error_text(exc)  # a message that names itself: in the window's language
    if worded is not None:
        return worded
    if isinstance(exc, AppError):
        text = (str(exc).strip().splitlines() or [""])[0]
        return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
    return user_message(exc)
