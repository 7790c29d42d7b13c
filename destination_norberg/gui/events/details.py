"""The selected event's details beside the events list, as rich text (user text escaped)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import to_local
from destination_norberg.gui.common import labels


def details_html(e: EventRecord, parent: EventRecord | None, language: str) -> str:
    """When, kind and status, place, organiser, the event it is part of and its description
    in the window's `language` (the Swedish one when there is no English)."""
    start = to_local(e.starts_at)
    when = labels.fmt_local(e.starts_at) + f" {start:%Y}"
    if e.ends_at:
        end = to_local(e.ends_at)
        when += " – " + (labels.fmt_local_time(e.ends_at) if end.date() == start.date()
                         else labels.fmt_local(e.ends_at))
    lines = [f"<b>{escape(when)}</b>",
             f"{labels.event_kind(e.kind)} · {labels.event_status(e.status)}"]
    if e.place_name:
        lines.append(escape(e.place_name))
    if e.organiser_name:
        lines.append(QCoreApplication.translate("EventsPage", "Organiser: %1").replace(
            "%1", escape(e.organiser_name)))
    if parent:
        lines.append(QCoreApplication.translate("EventsPage", "Part of %1").replace(
            "%1", escape(parent.name_sv)))
    text = e.description_en if language == "en" and e.description_en else e.description_sv
    if text:
        lines.append(f"<span style='color:#44505c'>{escape(text)}</span>")
    return "<br>".join(lines)
