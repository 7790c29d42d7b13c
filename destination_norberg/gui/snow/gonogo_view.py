"""Go/no-go for the Engelbrekt week: the recommendation first, then race by race.

The coordinator has to tell 2,000–3,000 starters in time, so the answer comes big and in its
colour at the top (go / go shortened / wait / no go), with why and how many days are left to
the decision date; below, one row per race says which course it would run on and why not
the preferred one. Renders a `core.gonogo.GoNoGo`; words come from gui.snow_texts.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.core.gonogo import GoNoGo, RaceDecision
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.table_fit import two_line
from destination_norberg.gui.common.table_model import Row, SnapshotTableModel
from destination_norberg.gui.snow import texts as texts

COLUMNS = 6


class GoNoGoView(QWidget):
    """`courses_requested(row)`: the user asks to edit the courses of the race in `row`."""

    courses_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gonogo: GoNoGo | None = None
        self.target_name: str | None = None
        self.without_courses: tuple[str, ...] = ()
        self.card = QFrame(self)
        self.card.setProperty("card", True)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(16, 12, 16, 12)
        self.title = QLabel(self.card)
        self.title.setProperty("cardTitle", True)
        self.headline = QLabel(self.card)
        self.headline.setObjectName("gonogoHeadline")
        self.meaning = QLabel(self.card)
        self.meaning.setWordWrap(True)
        self.decision = QLabel(self.card)
        self.reasons = QLabel(self.card)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.title, self.headline, self.meaning, self.decision, self.reasons):
            card_layout.addWidget(label)
        self.model = SnapshotTableModel(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().sectionResized.connect(self._reason_column_resized)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        self.races_title = QLabel(self)
        self.races_title.setProperty("cardTitle", True)
        self.courses_button = QPushButton(self)
        self.courses_button.setEnabled(False)
        self.courses_button.clicked.connect(self._ask_courses)
        self.table.doubleClicked.connect(lambda index: self.courses_requested.emit(index.row()))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.courses_button.setEnabled(self._current_row() is not None))
        self.not_judged = QLabel(self)
        self.not_judged.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.races_title, 1)
        head.addWidget(self.courses_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.card)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.not_judged)
        self._render()

    def set_gonogo(self, gonogo: GoNoGo | None, target_name: str | None = None,
                   without_courses: tuple[str, ...] = ()) -> None:
        """`target_name`: the snow target the race course depends on, named in the title;
        `without_courses`: races of the week that have no course entered."""
        self.gonogo, self.target_name = gonogo, target_name
        self.without_courses = tuple(without_courses)
        self._render()

    def _current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _ask_courses(self) -> None:
        row = self._current_row()
        if row is not None:
            self.courses_requested.emit(row)

    def retranslate(self) -> None:
        self._render()

    # --- rendering ----------------------------------------------------------------------

    def _render(self) -> None:
        self.title.setText(self.tr("Go/no-go for the Engelbrekt week"))
        self.races_title.setText(self.tr("Race by race"))
        self.courses_button.setText(self.tr("Courses of the race…"))
        self.not_judged.setText(self.tr("Not judged, no course entered: %1").replace(
            "%1", ", ".join(self.without_courses)) if self.without_courses else "")
        self.not_judged.setVisible(bool(self.without_courses))
        self.model.set_headers([str(two_line(text)) for text in (  # narrow at 1280×720
            self.tr("Race"), self.tr("Distance"), self.tr("Course needed"),
            self.tr("Available loop"), self.tr("Go / not yet"), self.tr("Why"))])
        g = self.gonogo
        if g is None:
            self.headline.setText("")
            self.meaning.setText(self.tr(
                "No go/no-go yet: it needs a snow-guarantee target linked to a race (an event "
                "of kind race) with its courses entered."))
            self.decision.setText("")
            self.reasons.setText("")
            self.model.set_rows([])
            return
        code = str(g.recommendation)
        colour = texts.RECOMMENDATION_COLOURS.get(code, labels.LEVEL_COLOURS[None])
        self.headline.setText(f"<span style='font-size:26pt; font-weight:700; color:{colour}'>"
                              f"● {escape(texts.recommendation_title(code))}</span>")
        self.meaning.setText(texts.recommendation_text(code))
        self.decision.setText(self._decision_line(g))
        week = [texts.gonogo_reason(c, a) for c, a in g.reasons]
        self.reasons.setText("<ul style='margin:0; -qt-list-indent:1'>" + "".join(
            f"<li>{escape(text)}</li>" for text in week) + "</ul>")
        self.model.set_rows([self._row(d, g.days_to_decision) for d in g.per_race])
        self._fit_columns()

    def _fit_columns(self) -> None:
        """After the model reset (the header only knows its sections then): short columns
        fit their text, the reasons take the rest and wrap."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column == COLUMNS - 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()

    def _reason_column_resized(self, column: int, _old: int, _new: int) -> None:
        """The reasons wrap anew at the new width; measured once the header has settled
        (inside the resize the view still measures with the old widths)."""
        if column == COLUMNS - 1:
            self._rows_timer.start()

    def _decision_line(self, g: GoNoGo) -> str:
        when = labels.fmt_day(g.decision_date, long=True)
        if g.days_to_decision > 0:
            text = self.tr("Decision date: %1, in %n day(s).", "", g.days_to_decision)
        elif g.days_to_decision == 0:
            text = self.tr("Decision date: %1, today.")
        else:
            text = self.tr("Decision date: %1, %n day(s) ago.", "", -g.days_to_decision)
        text = text.replace("%1", when)
        if self.target_name:
            text += " " + self.tr("Race course target: %1.").replace("%1", self.target_name)
        return text

    def _row(self, d: RaceDecision, days_to_decision: int) -> Row:
        preferred = d.race.by_preference()[0]
        variant = d.variant or preferred
        course = texts.course(variant.loop_km, variant.laps)
        if variant.natural_course:
            course += " " + self.tr("(natural-snow course)")
        if d.loop:
            loop = d.loop
        elif d.variant is not None and d.variant.natural_course:
            loop = self.tr("natural-snow course")
        else:
            loop = "—"
        why = " ".join(texts.gonogo_reason(c, a) for c, a in d.reasons)
        tone = "alert" if not d.go and days_to_decision <= 0 else None
        distance = f"{texts.km(d.race.distance_km)} km"
        return Row(cells=(d.race.name, distance, course, loop,
                          texts.race_state(d.go, days_to_decision), why),
                   tone=tone, tooltip=why, extra={"go": d.go})

    def headline_text(self) -> str:
        """The recommendation as plain text (what a test or a screen reader reads)."""
        return texts.recommendation_title(str(self.gonogo.recommendation)) if self.gonogo \
            else ""

    def decision_date(self) -> date | None:
        return self.gonogo.decision_date if self.gonogo else None
