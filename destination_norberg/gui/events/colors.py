"""How an event looks wherever it is drawn: calendar, season timeline, event list.

One colour per event kind (every one at least 4.5:1 against white, so it works as a bar with
white text and as text on white), one style per status: an idea is a dashed outline, a
cancelled event is grey and struck through. The drawing helper and the local-time span live
here too, so the calendar and the timeline cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import STOCKHOLM, to_local
from destination_norberg.core.vocab import EventKind, EventStatus
from destination_norberg.gui.common import labels

# Kind → colour. Contrast against white: navy 11.7, blue 5.8, green 5.1, purple 7.6,
# rust 6.1, raspberry 7.0, slate 6.8 (WCAG AA needs 4.5 for normal text; a test checks).
KIND_COLOURS: dict[str, str] = {
    EventKind.WEEK: "#1f3a56",
    EventKind.RACE: "#1565c0",
    EventKind.PROGRAMME: "#2e7d32",
    EventKind.STRAK: "#6a3d9a",
    EventKind.MARKET: "#a3470b",
    EventKind.FESTIVAL: "#ad1457",
    EventKind.MEETING: "#4e5d6c",
}
OTHER_COLOUR = "#5b6670"
ACCENT = "#f2c14e"  # selection ring, today marker (app.qss accent)
NAVY = "#1f3a56"
INK = "#1b2733"  # text on light backgrounds
MUTED_INK = "#5b6670"
GRID = "#d9dee5"
TODAY_LINE = "#b3261e"


@dataclass(frozen=True, slots=True)
class EventStyle:
    """`fill`/`on_fill` for solid bars, `tint`/`on_tint` for light chips with a stripe."""

    colour: QColor
    fill: QColor
    on_fill: QColor
    tint: QColor
    on_tint: QColor
    stripe: QColor
    border: QColor | None
    dashed: bool
    strike: bool


def _mix(colour: QColor, amount: float) -> QColor:
    """`colour` laid over white at `amount` (0 = white, 1 = colour)."""
    return QColor(round(255 + (colour.red() - 255) * amount),
                  round(255 + (colour.green() - 255) * amount),
                  round(255 + (colour.blue() - 255) * amount))


@cache
def style_for(kind: str, status: str) -> EventStyle:
    colour = QColor(KIND_COLOURS.get(kind, OTHER_COLOUR))
    if status == EventStatus.CANCELLED:
        return EventStyle(colour=colour, fill=QColor("#d5dae0"), on_fill=QColor("#444f5a"),
                          tint=QColor("#eef1f4"), on_tint=QColor(MUTED_INK),
                          stripe=_mix(colour, 0.45), border=None, dashed=False, strike=True)
    if status == EventStatus.IDEA:
        white = QColor("white")
        return EventStyle(colour=colour, fill=white, on_fill=colour, tint=white, on_tint=colour,
                          stripe=white, border=colour, dashed=True, strike=False)
    return EventStyle(colour=colour, fill=colour, on_fill=QColor("white"),
                      tint=_mix(colour, 0.16), on_tint=QColor(INK), stripe=colour, border=None,
                      dashed=False, strike=False)


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# --- labels --------------------------------------------------------------------------------

def kind_label(code: str) -> str:
    """The kind's translated name (labels.event_kind: one catalogue entry per kind)."""
    return labels.event_kind(code)


def display_name(event: EventRecord, language: str) -> str:
    return event.name_en if language == "en" and event.name_en else event.name_sv


@dataclass(frozen=True, slots=True)
class EventSpan:
    """Where an event sits in Norberg's local time. `last_day` is inclusive: an end at local
    midnight belongs to the day before (an all-day event stored as [00:00, next 00:00))."""

    start: datetime  # naive local
    end: datetime  # naive local, >= start
    first_day: date
    last_day: date
    all_day: bool

    @property
    def multi_day(self) -> bool:
        """Drawn as a bar across days (the month's bars, the week's top strip)."""
        return self.all_day or self.last_day > self.first_day

    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


def span_of(event: EventRecord) -> EventSpan:
    start = _naive_local(event.starts_at)
    end = start if event.ends_at is None else max(_naive_local(event.ends_at), start)
    first = start.date()
    last = end.date()
    if end > start and end.hour == 0 and end.minute == 0 and end.second == 0:
        last -= timedelta(days=1)
    return EventSpan(start=start, end=end, first_day=first, last_day=max(last, first),
                     all_day=event.all_day)


def _naive_local(instant: datetime) -> datetime:
    """to_local without the zone attached (set_events of 5,000 events calls this 10,000 times)."""
    if instant.tzinfo is None:
        return to_local(instant).replace(tzinfo=None)
    return instant.astimezone(STOCKHOLM).replace(tzinfo=None)


def when_text(span: EventSpan) -> str:
    """`sön 14 feb 2027 09:00–16:00`, `mån 8 feb – sön 14 feb 2027`, `lör 5 dec 2026`."""
    if span.multi_day:
        first = labels.fmt_short_day(span.first_day, span.last_day.year)
        return f"{first} – {labels.fmt_day(span.last_day)}"
    day = labels.fmt_day(span.first_day)
    if span.all_day:
        return day
    text = f"{day} {span.start:%H:%M}"
    return text + (f"–{span.end:%H:%M}" if span.end > span.start else "")


def tooltip_html(event: EventRecord, language: str, parent_name: str | None = None) -> str:
    """Name, time, place, status (and parent) for a tooltip; rich text, escaped."""
    span = span_of(event)
    lines = [f"<b>{escape(display_name(event, language))}</b>", escape(when_text(span))]
    if event.place_name:
        lines.append(escape(event.place_name))
    status = escape(labels.event_status(event.status))
    kind = escape(kind_label(event.kind))
    lines.append(f"{kind} · {status}")
    if parent_name:
        lines.append(f"<i>{escape(part_of(parent_name))}</i>")
    return "<br>".join(lines)


def part_of(parent_name: str) -> str:
    return QCoreApplication.translate("EventColors", "Part of %1").replace("%1", parent_name)


# --- drawing -------------------------------------------------------------------------------

STRIPE = 3.0


def draw_event_box(painter: QPainter, rect: QRectF, style: EventStyle, text: str, *,
                   solid: bool, selected: bool = False, radius: float = 3.0,
                   open_left: bool = False, open_right: bool = False,
                   text_flags: int = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   padding: float = 4.0) -> None:
    """One event box: solid bar (white text) or tinted chip (stripe, dark text).

    `open_left`/`open_right` square off a side whose event continues past the drawn range.
    `text` is drawn elided to one line; callers that wrap draw their own text and pass "".
    """
    painter.save()
    path = _box_path(rect, radius, open_left, open_right)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.fill if solid else style.tint)
    painter.drawPath(path)
    left_pad = padding + (4.0 if open_left else 0.0)
    if not solid and not style.dashed and not open_left:
        painter.setBrush(style.stripe)
        painter.drawRect(QRectF(rect.left(), rect.top(), STRIPE, rect.height()))
        left_pad += STRIPE
    if style.border is not None:
        pen = QPen(style.border, 1.2)
        if style.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_box_path(rect.adjusted(0.6, 0.6, -0.6, -0.6), radius, open_left,
                                   open_right))
    if text:
        draw_box_text(painter, rect.adjusted(left_pad, 0, -padding, 0), style, text,
                      solid=solid, flags=text_flags)
    if selected:
        draw_selection(painter, rect, radius)
    painter.restore()


def draw_box_text(painter: QPainter, rect: QRectF, style: EventStyle, text: str, *,
                  solid: bool, flags: int = Qt.AlignmentFlag.AlignLeft
                  | Qt.AlignmentFlag.AlignVCenter) -> None:
    if rect.width() < 4:
        return
    font = painter.font()
    if style.strike and not font.strikeOut():
        font = QFont(font)
        font.setStrikeOut(True)
        painter.setFont(font)
    painter.setPen(style.on_fill if solid else style.on_tint)
    fm = painter.fontMetrics()
    elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
    if flags == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter:
        # The common case without a text layout pass: a bar's single line on its baseline.
        baseline = rect.center().y() + (fm.ascent() - fm.descent()) / 2
        painter.drawText(QPointF(rect.left(), baseline), elided)
    else:
        painter.drawText(rect, int(flags), elided)


def draw_selection(painter: QPainter, rect: QRectF, radius: float = 3.0) -> None:
    """Accent ring with a navy edge: visible on white, on tints and on navy bars alike."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(NAVY), 1.0))
    painter.drawRoundedRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5), radius + 2, radius + 2)
    painter.setPen(QPen(QColor(ACCENT), 2.5))
    painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), radius + 1, radius + 1)
    painter.restore()


def _box_path(rect: QRectF, radius: float, open_left: bool, open_right: bool) -> QPainterPath:
    path = QPainterPath()
    if not open_left and not open_right:
        path.addRoundedRect(rect, radius, radius)
        return path
    # A continuing side ends in a point inside the rectangle: the event goes on past the edge.
    notch = min(5.0, rect.height() / 2.5, rect.width() / 3)
    left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
    mid = rect.center().y()
    path.moveTo(left + (notch if open_left else radius), top)
    if open_right:
        path.lineTo(right - notch, top)
        path.lineTo(right, mid)
        path.lineTo(right - notch, bottom)
    else:
        path.lineTo(right - radius, top)
        path.quadTo(QPointF(right, top), QPointF(right, top + radius))
        path.lineTo(right, bottom - radius)
        path.quadTo(QPointF(right, bottom), QPointF(right - radius, bottom))
    if open_left:
        path.lineTo(left + notch, bottom)
        path.lineTo(left, mid)
        path.lineTo(left + notch, top)
    else:
        path.lineTo(left + radius, bottom)
        path.quadTo(QPointF(left, bottom), QPointF(left, bottom - radius))
        path.lineTo(left, top + radius)
        path.quadTo(QPointF(left, top), QPointF(left + radius, top))
    path.closeSubpath()
    return path


# --- legend --------------------------------------------------------------------------------

def legend_entries() -> list[tuple[str, EventStyle]]:
    """(label, style) for every kind, then the two status styles (shown on a neutral kind)."""
    entries = [(kind_label(kind), style_for(kind, EventStatus.CONFIRMED)) for kind in EventKind]
    entries.append((labels.event_status(EventStatus.IDEA),
                    style_for(EventKind.MEETING, EventStatus.IDEA)))
    entries.append((labels.event_status(EventStatus.CANCELLED),
                    style_for(EventKind.MEETING, EventStatus.CANCELLED)))
    return entries


class EventLegend(QWidget):
    """A painted, wrapping row of swatches: the colour of each kind and the status styles."""

    SWATCH = 12
    GAP = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries = legend_entries()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def entries(self) -> list[tuple[str, EventStyle]]:
        return list(self._entries)

    def _positions(self, width: int) -> tuple[list[QRectF], int]:
        fm = self.fontMetrics()
        line_h = max(fm.height(), self.SWATCH) + 4
        x, y, rects = 0.0, 0.0, []
        for text, _style in self._entries:
            w = self.SWATCH + 5 + fm.horizontalAdvance(text)
            if x > 0 and x + w > width:
                x, y = 0.0, y + line_h
            rects.append(QRectF(x, y, w, line_h))
            x += w + self.GAP
        return rects, int(y + line_h)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._positions(width)[1]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        rects, height = self._positions(10_000)
        return QSize(int(rects[-1].right()) + 1 if rects else 0, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(60, self.heightForWidth(60))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._entries = legend_entries()
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rects, _ = self._positions(self.width())
        for (text, style), rect in zip(self._entries, rects, strict=True):
            swatch = QRectF(rect.left() + 0.5, rect.center().y() - self.SWATCH / 2,
                            self.SWATCH, self.SWATCH)
            draw_event_box(painter, swatch, style, "", solid=True, radius=2)
            text_rect = QRectF(swatch.right() + 5, rect.top(), rect.width(), rect.height())
            painter.setPen(QColor(INK))
            font = QFont(self.font())
            font.setStrikeOut(style.strike)
            painter.setFont(font)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft
                                            | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
