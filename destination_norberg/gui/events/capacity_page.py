"""The events area's "Beds" tab: an event's expected overnight visitors against the beds in
Norberg and within a chosen distance, the shortfall and the businesses to call first, a map
of accommodation sized by capacity, and where the participants come from.

Every figure is app.capacity's plan (the same plan the overview warns from and `capacity`
prints); the read runs in the pool (app.capacity_view.read_capacity_view).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.core.capacity import (
    DEFAULT_COMPANIONS,
    DEFAULT_OVERNIGHT_SHARE,
    DEFAULT_RADIUS_KM,
    Assumptions,
)
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.page import AreaLoader
from destination_norberg.gui.common.plain import esc, plain

DIMENSIONS = ("lan", "kommun", "country", "club")
TOP = 12


def _n(value: int) -> str:
    return QLocale().toString(value)


class CapacityPage(QWidget):
    def __init__(self, store: Any, runner: TaskRunner, undo_stack: QUndoStack,
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.undo_stack, self.clock = store, runner, undo_stack, clock
        self.language = "sv"
        self.view: Any = None
        self.event_id: int | None = None
        self.loader: AreaLoader[Any] = AreaLoader(runner, self._read_job, self._on_view,
                                                  on_error=self._show_error, again=True)
        self._build()

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        top = QHBoxLayout()
        self.event = QComboBox(self)
        self.event.setObjectName("capacityEvent")
        self.event.setMinimumContentsLength(18)
        self.event.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.share = QSpinBox(self)
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.share.setValue(round(DEFAULT_OVERNIGHT_SHARE * 100))
        self.companions = QDoubleSpinBox(self)
        self.companions.setRange(0.0, 10.0)
        self.companions.setSingleStep(0.1)
        self.companions.setDecimals(1)
        self.companions.setValue(DEFAULT_COMPANIONS)
        self.radius = QSpinBox(self)
        self.radius.setRange(0, 500)
        self.radius.setSuffix(" km")
        self.radius.setValue(round(DEFAULT_RADIUS_KM))
        self.import_button = QPushButton(self.tr("Import participants…"), self)
        self.labels = [QLabel(self.tr("Event"), self), QLabel(self.tr("Stay overnight"), self),
                       QLabel(self.tr("Companions each"), self), QLabel(self.tr("Within"), self)]
        for label, widget in zip(self.labels, (self.event, self.share, self.companions,
                                               self.radius), strict=True):
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 3 if widget is self.event else 0)
        top.addStretch(1)
        top.addWidget(self.import_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("capacitySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.lodgings = QTableWidget(0, 6, self)
        self.lodgings.setObjectName("capacityLodgings")
        self.lodgings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lodgings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lodgings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lodgings.verticalHeader().setVisible(False)
        self.edit_button = QPushButton(self.tr("Change capacity…"), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.lodgings_title = QLabel(self)
        left_layout.addWidget(self.lodgings_title)
        left_layout.addWidget(self.lodgings, 1)
        left_layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.right = QTabWidget(self)
        origin = QWidget(self.right)
        origin_layout = QVBoxLayout(origin)
        self.dimension = QComboBox(origin)
        origin_layout.addWidget(self.dimension)
        split = QSplitter(Qt.Orientation.Vertical, origin)
        self.origins = QTableWidget(0, 2, split)
        self.origins.setObjectName("capacityOrigins")
        self.origins.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.origins.verticalHeader().setVisible(False)
        self.chart = pg.PlotWidget(split, background="w")
        self.chart.setMenuEnabled(False)
        self.chart.setMouseEnabled(False, False)
        self.chart.hideButtons()
        self.chart.getAxis("left").setWidth(130)
        split.setSizes([220, 260])
        origin_layout.addWidget(split, 1)
        self.map = pg.PlotWidget(self.right, background="w")
        self.map.setAspectLocked(True)
        self.map.setMenuEnabled(False)
        self.map.hideButtons()
        for axis in ("left", "bottom"):
            self.map.getPlotItem().hideAxis(axis)
        self.right.addTab(origin, "")
        self.right.addTab(self.map, "")

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._retranslate()

        self.event.activated.connect(self._event_chosen)
        for spin in (self.share, self.radius):
            spin.valueChanged.connect(lambda _v: self.reload())
        self.companions.valueChanged.connect(lambda _v: self.reload())
        self.dimension.currentIndexChanged.connect(lambda _i: self._fill_origins())
        self.import_button.clicked.connect(lambda: self.import_file())
        self.edit_button.clicked.connect(self.edit_selected)
        self.lodgings.doubleClicked.connect(lambda _i: self.edit_selected())

    def _retranslate(self) -> None:
        self.right.setTabText(0, self.tr("Where participants come from"))
        self.right.setTabText(1, self.tr("Accommodation map"))
        self.right.setTabToolTip(1, self.tr("Circles sized by sleeping places; red: call "
                                            "first. Point at a circle for its name."))
        current = self.dimension.currentIndex()
        self.dimension.blockSignals(True)
        self.dimension.clear()
        names = {"lan": self.tr("By län"), "kommun": self.tr("By kommun"),
                 "country": self.tr("By country"), "club": self.tr("By club")}
        for key in DIMENSIONS:
            self.dimension.addItem(names[key], key)
        self.dimension.setCurrentIndex(max(current, 0))
        self.dimension.blockSignals(False)
        self.lodgings.setHorizontalHeaderLabels([
            self.tr("Business"), self.tr("Distance"), self.tr("Beds"),
            self.tr("Places"), self.tr("Held for packages"), self.tr("Free")])
        self.origins.setHorizontalHeaderLabels([self.tr("From"), self.tr("Participants")])

    # --- reading ----------------------------------------------------------------------------

    def assumptions(self) -> Assumptions:
        return Assumptions(self.share.value() / 100.0, self.companions.value(),
                           float(self.radius.value()))

    def _read_job(self) -> Callable[[], Any]:
        from destination_norberg.app.capacity_view import read_capacity_view

        return partial(read_capacity_view, self.store.url, self.clock(), self.event_id,
                       self.assumptions())

    def reload(self) -> None:
        self.loader.reload()

    def load_blocking(self) -> None:
        self.loader.load_blocking()

    def report_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), plain(user_message(exc)))

    def _show_error(self, message: str) -> None:
        self.summary.setText(f"<span style='color:#b3261e'>{esc(message)}</span>")

    def _event_chosen(self, _index: int) -> None:
        self.event_id = self.event.currentData()
        self.reload()

    def _name(self, sv: str, en: str) -> str:
        return en if self.language == "en" and en else sv

    def _on_view(self, view: Any) -> None:
        self.view = view
        plan = view.plan
        if not self.loader.pending:  # a newer read, for the event asked for now, follows
            self.event_id = plan.event_id if plan is not None else None
        self.event.blockSignals(True)
        self.event.clear()
        for e in view.events:
            self.event.addItem(self._name(e.name_sv, e.name_en), e.event_id)
        self.event.setCurrentIndex(max(self.event.findData(self.event_id), 0))
        self.event.blockSignals(False)
        self.import_button.setEnabled(plan is not None)
        self.summary.setText(self._summary_html(plan))
        self._fill_lodgings()
        self._fill_origins()
        self._fill_map()

    def _summary_html(self, plan: Any) -> str:
        if plan is None:
            return self.tr("No coming event to plan for.")
        a = plan.assumptions
        parts = [
            self.tr("<b>%1</b> participants × %2 staying overnight × (1 + %3 companions) = "
                    "<b>%4</b> expected overnight visitors.")
            .replace("%1", _n(plan.total_participants))
            .replace("%2", f"{round(a.overnight_share * 100)} %")
            .replace("%3", QLocale().toString(a.companions, "f", 1))
            .replace("%4", _n(plan.expected)),
            self.tr("Places in Norberg: <b>%1</b>; within %2 km: <b>%3</b>, of which %4 held "
                    "for packages.").replace("%1", _n(plan.places_home))
            .replace("%2", f"{a.radius_km:g}").replace("%3", _n(plan.places_within))
            .replace("%4", _n(plan.allotments))]
        if not plan.participants:
            parts.append(self.tr("No participants imported for this event yet."))
        first = sum(n for _key, n in (self.view.origins.get("first", []) if self.view else []))
        if first:
            parts.append(self.tr("%1 of the participants start for the first time.")
                         .replace("%1", _n(first)))
        if plan.shortfall > 0:
            names = ", ".join(esc(lg.name) for lg in plan.call_first)
            parts.append("<span style='color:#b3261e'><b>" + self.tr(
                "Short of %1 beds.").replace("%1", _n(plan.shortfall)) + "</b></span> "
                + (self.tr("Call first: %1.").replace("%1", names) if names else ""))
        else:
            parts.append("<span style='color:#1e7b34'><b>" + self.tr(
                "Enough beds: %1 to spare.").replace("%1", _n(-plan.shortfall)) + "</b></span>")
        return "<br>".join(parts)

    def _fill_lodgings(self) -> None:
        view = self.view
        plan = view.plan if view is not None else None
        within = {lg.organisation_id: lg for lg in (plan.lodgings if plan else [])}
        first = {lg.organisation_id for lg in (plan.call_first if plan else [])}
        rows = view.businesses if view is not None else []
        self.lodgings.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, (org_id, name, figures) in enumerate(rows):
            lg = within.get(org_id)
            f = figures or {}
            places = lg.places if lg else f.get("beds", 0) + 2 * f.get("pitches", 0)
            values = [name,
                      "–" if lg is None or lg.distance_km is None
                      else QLocale().toString(lg.distance_km, "f", 1) + " km",
                      _n(f.get("beds", 0)) if figures else "–", _n(places) if figures else "–",
                      _n(f.get("allotment", 0)) if figures else "–",
                      _n(lg.free) if lg else "–"]
            for c, value in enumerate(values):
                item = QTableWidgetItem(plain(value))
                item.setData(Qt.ItemDataRole.UserRole, org_id)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if org_id in first:
                    item.setFont(bold)
                if lg is None:
                    item.setForeground(Qt.GlobalColor.gray)
                self.lodgings.setItem(r, c, item)
        header = self.lodgings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 6):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.lodgings_title.setText(self.tr(
            "Accommodation businesses (bold: call first; grey: beyond the distance or without "
            "a capacity)"))

    def _fill_origins(self) -> None:
        key = self.dimension.currentData() or "lan"
        found = (self.view.origins.get(key, []) if self.view is not None else [])
        self.origins.setRowCount(len(found))
        for r, (name, n) in enumerate(found):
            self.origins.setItem(r, 0, QTableWidgetItem(plain(name)))
            item = QTableWidgetItem(_n(n))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.origins.setItem(r, 1, item)
        self.origins.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.chart.clear()
        top = list(reversed(found[:TOP]))
        if top:
            self.chart.addItem(pg.BarGraphItem(x0=0, y=list(range(len(top))), height=0.7,
                                               width=[n for _k, n in top], brush="#2f6f9f"))
            self.chart.getAxis("left").setTicks([[(i, plain(k, 24))
                                                  for i, (k, _n2) in enumerate(top)]])
            self.chart.setYRange(-0.5, len(top) - 0.5, padding=0)
            self.chart.setXRange(0, max(n for _k, n in top) * 1.05, padding=0)

    def _fill_map(self) -> None:
        self.map.clear()
        plan = self.view.plan if self.view is not None else None
        if plan is None:
            return
        points = [lg for lg in plan.lodgings if lg.position is not None]
        if not points:
            return
        first = {lg.organisation_id for lg in plan.call_first}
        spots = [{"pos": lg.position, "size": 8 + 3 * max(lg.places, 1) ** 0.5,
                  "brush": pg.mkBrush(179, 38, 30, 160) if lg.organisation_id in first
                  else pg.mkBrush(47, 111, 159, 150),
                  "data": f"{plain(lg.name, 40)}: {_n(lg.places)}"} for lg in points]
        self.map.addItem(pg.ScatterPlotItem(spots=spots, pen=pg.mkPen("#1f4e70"),
                                            hoverable=True, tip=lambda x, y, data: data))
        for lg in points:  # named where the plan says to call first; the rest on hover
            if lg.organisation_id in first:
                text = pg.TextItem(f"{plain(lg.name, 28)} ({_n(lg.places)})", color="#222",
                                   anchor=(0, 1))
                text.setPos(*lg.position)
                self.map.addItem(text)

    # --- editing ----------------------------------------------------------------------------

    def selected_business(self) -> tuple[int, str, dict[str, int] | None] | None:
        row = self.lodgings.currentRow()
        if self.view is None or not 0 <= row < len(self.view.businesses):
            return None
        found: tuple[int, str, dict[str, int] | None] = self.view.businesses[row]
        return found

    def edit_selected(self) -> bool:
        from destination_norberg.app.capacity import capacity_of, set_capacity
        from destination_norberg.gui.common.capacity_fields import CapacityCommand
        from destination_norberg.gui.events.capacity_dialogs import CapacityDialog

        chosen = self.selected_business()
        if chosen is None:
            return False
        org_id, name, _shown = chosen
        engine = self.store.engine
        season = self.view.season_id  # the figures the plan uses: the season's, else all year
        if season is not None and capacity_of(engine, org_id, season) is None:
            season = None
        before = capacity_of(engine, org_id, season)
        dialog = CapacityDialog(self, name, before)
        if dialog.exec() != CapacityDialog.DialogCode.Accepted:
            return False
        after = dialog.figures()
        try:
            set_capacity(engine, org_id, season, after)
        except Exception as exc:  # noqa: BLE001 - told, nothing written
            self.report_error(exc)
            return False
        self.undo_stack.push(CapacityCommand(
            self.tr("Change capacity of %1").replace("%1", name), org_id, season, before, after,
            engine=lambda: self.store.engine, changed=self.reload, report=self.report_error))
        self.reload()
        return True

    def import_file(self, path: Any = None) -> bool:
        from destination_norberg.gui.events.capacity_dialogs import import_participants

        plan = self.view.plan if self.view is not None else None
        if plan is None:
            return False
        return import_participants(self, plan.event_id,
                                   self._name(plan.event_name, plan.event_name_en), path)

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.view is not None:
                self._on_view(self.view)
        super().changeEvent(event)


def attach(page: Any, host: Any) -> CapacityPage:
    """The tab, added to the events page (third, after the season and the stråk)."""
    capacity = CapacityPage(host.planning, host.runner, host.undo_stack, host.clock, page)
    capacity.language = host.language
    page.capacity_page = capacity
    index = page.ui.tabs.addTab(
        capacity, QCoreApplication.translate("CapacityPage", "Beds and visitors"))

    def shown(current: int) -> None:
        if current == index and capacity.view is None:
            capacity.reload()

    page.ui.tabs.currentChanged.connect(shown)
    page.changed.connect(lambda: capacity.view is not None and capacity.reload())
    action = page.ui.moreButton.menu().addAction(
        QCoreApplication.translate("CapacityPage", "Import participants…"))
    action.triggered.connect(lambda: import_for_event(page, capacity, page.selected_id))
    page.import_participants_action = action
    return capacity


def import_for_event(page: Any, capacity: CapacityPage, event_id: int | None,
                     path: Any = None) -> bool:
    """The events area's "Import participants…" for the selected event: the import, then
    the Beds tab on that event (with no event selected, the tab opens to choose one)."""
    from destination_norberg.app.capacity import event_plan
    from destination_norberg.gui.events.capacity_dialogs import import_participants

    if event_id is not None:
        capacity.event_id = event_id
    page.ui.tabs.setCurrentWidget(capacity)
    if event_id is None:
        return False
    plan = event_plan(capacity.store.engine, event_id)
    done = import_participants(capacity, event_id,
                               capacity._name(plan.event_name, plan.event_name_en), path)
    capacity.reload()
    return done
