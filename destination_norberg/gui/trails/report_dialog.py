"""Trail reports as the user reads and writes them: their words, their HTML, the dialog.

The words (kind, condition, grooming style and age band, a report's age and time) are shared
by the register table (gui.trails_model) and the trail card (gui.trails_page); they are
translated with the context "Trails". Times are Norberg local time.

The dialog makes a new condition report for one trail, or the same status for several (a
bulk update).

Reports are facts in time, so the dialog never edits: it makes ReportDrafts, validated by
core.trail_register (`new_report`, `bulk_reports`), reported at the moment Save is pressed.
A mistake (a name too long, a grooming on a path) keeps the dialog open and says why.

One trail: status, condition, note, author and, for a ski track, "groomed now" with the style
and the snow depth. Several trails: status, condition, one note and the author for all of
them; grooming is per track, so a bulk update leaves it out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from destination_norberg.app import wording
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.trail_register import (
    ReportDraft,
    ReportError,
    ReportRecord,
    TrailRecord,
    TrailRow,
    bulk_reports,
    new_report,
)
from destination_norberg.core.vocab import (
    Condition,
    GradeColour,
    GroomStyle,
    TrailKind,
    TrailStatus,
)
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.combos import fill_combo, select_data
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.forms.report_dialog_ui import Ui_ReportDialog

# --- words ---------------------------------------------------------------------------------

translate = QCoreApplication.translate  # lupdate reads translate("Trails", "text")


class TrailPlurals(QObject):
    """Words with a number. lupdate marks a plural form only on tr() of a QObject, so these
    are methods (context "TrailPlurals"), not translate() calls."""

    def hours_ago(self, n: int) -> str:
        return self.tr("%n hour(s) ago", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n day(s) ago", "", n)

    def stale(self, days: int) -> str:
        return self.tr("No report in the last %n day(s): the status may be out of date.", "",
                       days)

    def more(self, n: int) -> str:
        return self.tr("and %n more", "", n)

    def trails(self, n: int) -> str:
        return self.tr("%n trail(s)", "", n)

    def stale_count(self, n: int) -> str:
        return self.tr("%n stale", "", n)

    def closed_count(self, n: int) -> str:
        return self.tr("%n closed", "", n)


PLURALS = TrailPlurals()


def kind_label(kind: TrailKind | str, short: bool = False) -> str:
    """"Ski track, classic"; `short` for the register's narrow column: "Ski, classic"."""
    if short:
        names = {"mtb": translate("Trails", "MTB"),
                 "classic_ski": translate("Trails", "Ski, classic"),
                 "skate_ski": translate("Trails", "Ski, skate"),
                 "hiking": translate("Trails", "Hiking"),
                 "snowshoe": translate("Trails", "Snowshoe")}
    else:
        names = {"mtb": translate("Trails", "MTB"),
                 "classic_ski": translate("Trails", "Ski track, classic"),
                 "skate_ski": translate("Trails", "Ski track, skate"),
                 "hiking": translate("Trails", "Hiking trail"),
                 "snowshoe": translate("Trails", "Snowshoe trail")}
    return names.get(str(kind), str(kind))


def condition_label(condition: Condition | str | None) -> str:
    if condition is None:
        return ""
    return {
        "dry": translate("Trails", "dry"), "wet": translate("Trails", "wet"),
        "muddy": translate("Trails", "muddy"), "snow": translate("Trails", "snow"),
        "icy": translate("Trails", "icy"), "packed": translate("Trails", "packed snow"),
        "frozen": translate("Trails", "frozen"), "leaves": translate("Trails", "leaves"),
        "fallen_trees": translate("Trails", "fallen trees"),
    }.get(str(condition), str(condition))


def style_label(style: GroomStyle | str | None) -> str:
    if style is None:
        return ""
    return {"classic": translate("Trails", "classic"), "skate": translate("Trails", "skate"),
            "both": translate("Trails", "classic and skate")}.get(str(style), str(style))


def band_label(band: str | None) -> str:
    """A grooming age band (core.trails.GROOMING_BANDS): "today", "1–3 days", … "older"."""
    return {
        "today": translate("Trails", "today"), "1-3": translate("Trails", "1–3 days"),
        "4-6": translate("Trails", "4–6 days"), "7-10": translate("Trails", "7–10 days"),
        "11-14": translate("Trails", "11–14 days"),
        "older": translate("Trails", "older than 14 days"),
        None: translate("Trails", "not reported"),
    }.get(band, band or "")


def grade_text(row: Any) -> str:
    """"blå · IMBA 2 · S1" / "blue · IMBA 2 · S1": the colour in the window's language (the
    words of the partner files and the status page, app.wording), the IMBA level, mtb:scale."""
    parts = [wording.grade_name(str(row.grade_colour), labels.lang()) or ""] \
        if row.grade_colour else []
    if row.imba is not None:
        parts.append(f"IMBA {row.imba}")
    if row.mtb_scale is not None:
        parts.append(f"S{row.mtb_scale}")
    return " · ".join(parts) or "—"


def grade_tooltip(row: Any) -> str:
    """All three gradings spelt out, and a warning when the colour and IMBA disagree."""
    lines = []
    if row.grade_colour:
        colour = str(row.grade_colour)
        other = wording.grade_name(colour, labels.lang()) or ""
        if other and other != colour:  # in English: "blå (blue)"; in Swedish just "blå"
            lines.append(translate("Trails", "Swedish grade: %1 (%2)")
                         .replace("%1", colour).replace("%2", other))
        else:
            lines.append(translate("Trails", "Swedish grade: %1").replace("%1", colour))
    if row.imba is not None:
        lines.append(translate("Trails", "IMBA level %1").replace("%1", str(row.imba)))
    if row.mtb_scale is not None:
        lines.append(f"mtb:scale {row.mtb_scale}")
    if row.mtb_scale_imba is not None:
        lines.append(f"mtb:scale:imba {row.mtb_scale_imba}")
    if not row.grade_consistent:
        lines.append(translate("Trails", "The colour and the IMBA level disagree."))
    return "\n".join(lines) or translate("Trails", "No grade given.")


def age_text(days: float | None, short: bool = False) -> str:
    """How old a report is: "5 days ago", or for the narrow table column "5 d"."""
    if days is None:
        return translate("Trails", "no report")
    hours = int(days * 24)
    if hours < 1:
        return translate("Trails", "just now")
    if hours < 24:
        if short:
            return translate("Trails", "%1 h").replace("%1", str(hours))
        return PLURALS.hours_ago(hours)
    if short:
        return translate("Trails", "%1 d").replace("%1", str(int(days)))
    return PLURALS.days_ago(int(days))


def local_stamp(instant: datetime, now: datetime | None = None) -> str:
    """`26 Nov 09:00` in Norberg time; with the year when it is not the current one."""
    return labels.fmt_stamp(instant, to_local(now if now is not None else instant).year)


MUTED_INK = "#5b6670"
ALERT_INK = "#b3261e"
GRADE_COLOURS = {GradeColour.GREEN: "#2e7d32", GradeColour.BLUE: "#1565c0",
                 GradeColour.RED: "#c62828", GradeColour.BLACK: "#1b1b1b"}


def report_html(r: ReportRecord, now: datetime | None) -> str:
    """One report of a trail's history: time, status, condition; grooming, depth, author;
    the note."""
    code = str(r.status)
    colour = labels.STATUS_COLOURS.get(code, labels.STATUS_COLOURS[None])
    head = [f"<b>{escape(local_stamp(r.reported_at, now))}</b>",
            escape(labels.trail_status(code))]
    if r.condition:
        head.append(escape(condition_label(r.condition)))
    extra = []
    if r.groomed_at is not None:
        style = f" ({style_label(r.groom_style)})" if r.groom_style else ""
        extra.append(translate("Trails", "groomed") + style)
    if r.snow_depth_cm is not None:
        extra.append(translate("Trails", "snow %1 cm").replace("%1", f"{r.snow_depth_cm:.0f}"))
    if r.author:
        extra.append(r.author)
    body = f"{dot(colour)} " + " · ".join(head)
    if extra:
        body += f"<br><span style='color:{MUTED_INK}'>{escape(' · '.join(extra))}</span>"
    if r.note:
        body += f"<br>{escape(r.note)}"
    return f"<p style='margin-top:0; margin-bottom:10px'>{body}</p>"


def dot(colour: str | None) -> str:
    return f"<span style='color:{colour or labels.STATUS_COLOURS[None]}'>●</span>"


def stale_text(stale_days: int) -> str:
    return PLURALS.stale(stale_days)


def trail_card_html(r: TrailRow, description: str, lit: bool, now: datetime,
                    stale_days: int) -> str:
    """The card of one trail: kind, area, length; grade; what its newest report says (and
    whether that is stale); the grooming of a ski track; the description."""
    km = QLocale().toString(r.length_m / 1000, "f", 1)
    where = [r.area, f"{km} km"] + ([translate("Trails", "lit")] if lit else [])
    grade = (dot(GRADE_COLOURS.get(r.grade_colour)) + " " if r.grade_colour else "") + escape(
        grade_text(r))
    code = str(r.status) if r.status else None
    status = f"{dot(labels.STATUS_COLOURS.get(code))} <b>{escape(labels.trail_status(code))}</b>"
    if r.condition:
        status += escape(f", {condition_label(r.condition)}")
    rows = [(translate("Trails", "Kind"), escape(kind_label(r.kind))),
            (translate("Trails", "Where"), escape(" · ".join(w for w in where if w))),
            (translate("Trails", "Grade"),
             f"<span title='{escape(grade_tooltip(r))}'>{grade}</span>"),
            (translate("Trails", "Status"), status)]
    if r.reported_at is not None:
        when = f"{local_stamp(r.reported_at, now)} ({age_text(r.report_age_days)})"
        when += f" · {r.author}" if r.author else ""
        rows.append((translate("Trails", "Reported"), escape(when)))
    if r.stale:
        rows.append(("", f"<span style='color:{ALERT_INK}'>{escape(stale_text(stale_days))}"
                         "</span>"))
    if r.kind.is_ski:
        groomed = band_label(r.grooming_band)
        groomed += f" ({style_label(r.groom_style)})" if r.groom_style else ""
        rows.append((translate("Trails", "Groomed"), escape(groomed)))
        if r.snow_depth_cm is not None:
            rows.append((translate("Trails", "Snow depth"), f"{r.snow_depth_cm:.0f} cm"))
    html = "<table cellspacing='0' cellpadding='2'>" + "".join(
        f"<tr><td style='color:{MUTED_INK}; padding-right:10px'>{escape(label)}</td>"
        f"<td>{value}</td></tr>" for label, value in rows) + "</table>"
    if description:
        html += f"<p style='color:#44505c'>{escape(description)}</p>"
    return html


def trails_list_html(rows: Sequence[TrailRow], limit: int = 12) -> str:
    """Several selected trails with their status, for a bulk update."""
    lines = []
    for r in rows[:limit]:
        code = str(r.status) if r.status else None
        lines.append(f"{dot(labels.STATUS_COLOURS.get(code))} {escape(r.name)} "
                     f"<span style='color:{MUTED_INK}'>· "
                     f"{escape(labels.trail_status(code))}</span>")
    if len(rows) > limit:
        lines.append(escape(PLURALS.more(len(rows) - limit)))
    return "<br>".join(lines)


def history_html(records: Sequence[ReportRecord], now: datetime | None) -> str:
    """A trail's reports, newest first as given; an honest line when there are none."""
    if not records:
        return (f"<span style='color:{MUTED_INK}'>"
                + escape(translate("Trails", "No reports yet: the trail's status is unknown."))
                + "</span>")
    return "".join(report_html(r, now) for r in records)


# --- the dialog --------------------------------------------------------------------------

#: Names listed in a bulk update before "and N more".
LISTED_NAMES = 8


def record_of(row: TrailRow) -> TrailRecord:
    """The register row as the record new_report validates against (kind, name)."""
    return TrailRecord(id=row.id, uid=row.uid, name=row.name, kind=row.kind,
                       grade_colour=row.grade_colour, imba=row.imba, mtb_scale=row.mtb_scale,
                       mtb_scale_imba=row.mtb_scale_imba, area=row.area,
                       length_m=row.length_m)


class ReportDialog(CheckedDialog):
    """`drafts` holds the validated reports once the dialog is accepted."""

    def __init__(self, trails: Sequence[TrailRow], clock: Callable[[], datetime],
                 author: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not trails:
            raise ValueError("a report needs at least one trail")
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        self.trails = list(trails)
        self.clock = clock
        self.drafts: list[ReportDraft] = []
        ui = self.ui
        fill_combo(ui.status, [(s.value, labels.trail_status(s.value)) for s in TrailStatus],
                   None)
        fill_combo(ui.condition, [(c.value, condition_label(c)) for c in Condition],
                   self.tr("(not given)"))
        ui.author.setText(author)
        self.check_on_ok()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        ui.groomed.toggled.connect(ui.style.setEnabled)
        if self.bulk:
            self._set_up_bulk()
        else:
            self._set_up_single(self.trails[0])
        ui.status.setFocus()
        self.resize(self.width(), self.sizeHint().height())  # no gap where the ski box was

    @property
    def bulk(self) -> bool:
        return len(self.trails) > 1

    def _set_up_single(self, row: TrailRow) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New report"))
        ui.heading.setText(plain(row.name))
        facts = [kind_label(row.kind), grade_text(row)]
        if row.area:
            facts.append(row.area)
        now = self.tr("Now: %1").replace("%1", labels.trail_status(
            str(row.status) if row.status else None))
        if row.condition:
            now += f", {condition_label(row.condition)}"
        ui.trailsText.setText(escape(" · ".join(facts)) + "<br>"
                              + f"<span style='color:#5b6670'>{escape(now)}</span>")
        select_data(ui.status, str(row.status) if row.status else TrailStatus.CLEAR.value)
        select_data(ui.condition, str(row.condition) if row.condition else None)
        ski = row.kind.is_ski
        ui.skiBox.setVisible(ski)
        if ski:
            # The style of the last grooming, else the track's own; the depth is a new
            # measurement or none (the last one is not carried forward as if measured now).
            own = row.groom_style or (GroomStyle.SKATE if row.kind is TrailKind.SKATE_SKI
                                      else GroomStyle.CLASSIC)
            fill_combo(ui.style, [(s.value, style_label(s)) for s in GroomStyle], None)
            select_data(ui.style, str(own))
            ui.style.setEnabled(False)

    def _set_up_bulk(self) -> None:
        ui = self.ui
        n = len(self.trails)
        title = self.tr("Set the status of %n trail(s)", "", n)
        self.setWindowTitle(title)
        ui.heading.setText(title)
        names = [escape(t.name) for t in self.trails[:LISTED_NAMES]]
        text = ", ".join(names)
        if n > LISTED_NAMES:
            text += " " + self.tr("and %n more", "", n - LISTED_NAMES)
        ui.trailsText.setText(text + "<br><span style='color:#5b6670'>" + escape(self.tr(
            "Each trail gets its own report with this status, condition and note.")) + "</span>")
        statuses = {t.status for t in self.trails}
        common = statuses.pop() if len(statuses) == 1 else None
        select_data(ui.status, str(common) if common else TrailStatus.CLEAR.value)
        select_data(ui.condition, None)
        ui.skiBox.setVisible(False)

    # --- the result -----------------------------------------------------------------------

    def make_drafts(self, now: datetime) -> list[ReportDraft]:
        """The form as validated reports at `now`; ReportError says what is wrong."""
        ui = self.ui
        status = ui.status.currentData()
        condition = ui.condition.currentData()
        note = ui.note.toPlainText()
        author = ui.author.text()
        if self.bulk:
            return bulk_reports([t.id for t in self.trails], status, condition, note, author,
                                now)
        row = self.trails[0]
        ski = row.kind.is_ski
        groomed = ski and ui.groomed.isChecked()
        depth = ui.depth.value() if ski and ui.depth.value() >= 0 else None
        return [new_report(record_of(row), status, now, condition=condition, note=note,
                           author=author, groomed=groomed,
                           style=ui.style.currentData() if groomed else None,
                           depth_cm=depth)]

    def problem(self) -> str | None:
        """Checked by making the reports: `drafts` holds them when there is no problem."""
        try:
            self.drafts = self.make_drafts(self.clock())
        except ReportError as exc:
            return str(exc)
        return None
