"""The package builder: packages around an event, their components from the network, the
partners they go to, the versions sent, and the export bundle.

The list and the chosen package are read in the worker pool (app.packages, which hands back
core.packages' values); the form edits one plain dict (core.package_versions' Values) and
saves it whole, undoably. A package changed after it was sent becomes a new version when it
is next sent (store.package_write.record_dispatch). Only Qt here: no SQL, no session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from destination_norberg.app import packages as use_cases
from destination_norberg.app import wording
from destination_norberg.core.packages import (
    EventChoice,
    OrganisationChoice,
    PackageRow,
    PackagesView,
    price_basis,
    price_package,
)
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.vocab import ComponentKind, PriceBasis
from destination_norberg.gui.common import date_field, labels, table_fit
from destination_norberg.gui.common.combos import SharedChoices
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.page import AreaLoader
from destination_norberg.gui.common.plain import plain, tip
from destination_norberg.gui.common.table_model import Row, SnapshotTableModel
from destination_norberg.gui.documents.brochure import basis_label
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.forms.packages_page_ui import Ui_PackagesPage

Values = dict[str, Any]


def kind_label(code: str) -> str:
    return {
        "boende": QCoreApplication.translate("Packages", "accommodation"),
        "måltid": QCoreApplication.translate("Packages", "meal"),
        "skidhyra": QCoreApplication.translate("Packages", "ski rental"),
        "aktivitet": QCoreApplication.translate("Packages", "activity"),
        "transport": QCoreApplication.translate("Packages", "transport"),
        "startavgift": QCoreApplication.translate("Packages", "race entry"),
    }.get(code, code)


def sek(amount: Decimal | float) -> str:
    """Whole kronor (halves up) as the partner files write them in the window's language:
    "1 195 kr" in Swedish, "SEK 1,195" in English (app.wording.kronor, one truth)."""
    whole = Decimal(str(amount)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return wording.kronor(whole, labels.lang())


#: The component editor's column widths (the description, 0, takes the rest).
COMPONENT_WIDTHS = (110, 90, 0, 62, 140, 60, 70, 80)

class PackagesPage(QWidget):
    loaded = Signal()
    failed = Signal(str)
    changed = Signal()

    def __init__(self, store: PlanningStore, runner: TaskRunner, undo_stack: QUndoStack,
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.undo_stack, self.clock = store, runner, undo_stack, clock
        self.ui = ui = Ui_PackagesPage()
        ui.setupUi(self)
        date_field.setup_all(self)
        # A package may have no set days: the tick beside "Valid" gives it them.
        self.valid_from = date_field.OptionalDate(ui.validFrom, self.today(), ui.validLabel)
        self.valid_to = date_field.OptionalDate(ui.validTo, self.today(), ui.validLabel)
        self.rows: list[PackageRow] = []
        self.events: list[EventChoice] = []
        self.orgs: list[OrganisationChoice] = []
        self.org_choices = SharedChoices(self)  # one list for every component row's picker
        self.org_choices.set_choices((), self.tr("(none)"))
        self.current: Values | None = None  # the package as loaded (what a save expects)
        self.detail: Any = None
        self.current_id: int | None = None
        self.loader: AreaLoader[tuple[PackagesView, int | None, Values | None]] = AreaLoader(
            runner, lambda: partial(use_cases.read_view_and_package, self.store.url,
                                    self.current_id), self._on_read,
            state=ui.state, failed=self.failed)
        #: (id, values) of the package the read loaded with the list (read_view_and_package)
        self._preloaded: tuple[int, Values | None] | None = None
        self.model = SnapshotTableModel(parent=self)
        ui.list.setModel(self.model)
        ui.list.verticalHeader().setVisible(False)
        # A narrow list of titles beside the editor, no sideways scroll bar: a long title is
        # elided in the middle and shown whole, with its event, price and version, on hover.
        ui.list.horizontalHeader().setStretchLastSection(True)
        ui.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        ui.list.setWordWrap(False)
        ui.list.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.splitter.setSizes([220, 1000])  # the editor first: its component table is wide
        ui.pageLayout.setStretchFactor(ui.splitter, 1)
        ui.state.setVisible(False)
        ui.problem.setStyleSheet("color: #b3261e")
        header = ui.components.horizontalHeader()
        table_fit.set_widths(ui.components, COMPONENT_WIDTHS)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.components.verticalHeader().setVisible(False)
        ui.addComponent.clicked.connect(lambda: self._add_component(None))
        ui.removeComponent.clicked.connect(self._remove_component)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(lambda: self._show_package(self.current))
        ui.newButton.clicked.connect(self.new_package)
        ui.deleteButton.clicked.connect(self.remove_package)
        ui.exportButton.clicked.connect(self._export)
        ui.mailButton.clicked.connect(self._mail)
        ui.publishButton.clicked.connect(self._publish)
        ui.bulletinButton.clicked.connect(self._bulletin)
        ui.basis.valueChanged.connect(lambda _v: self._show_totals())
        self._retranslate()
        self._show_package(None)

    def today(self) -> date:
        return to_local(self.clock()).date()

    # --- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.loader.reload()

    def load_blocking(self) -> None:
        self.loader.load_blocking()

    def needs_load(self) -> bool:
        return not self.rows

    def set_language(self, language: str) -> None:
        self.language = language

    def _on_read(self, read: tuple[PackagesView, int | None, Values | None]) -> None:
        result, first_id, first = read
        self.rows, self.events, self.orgs = result
        self._preloaded = (first_id, first) if first_id is not None else None
        self.model.set_rows([self._list_row(r) for r in self.rows])
        for column in range(1, self.model.columnCount()):
            self.ui.list.setColumnHidden(column, True)  # in the tooltip and the editor
        self.ui.summary.setText(self.tr("%n package(s)", "", len(self.rows)))
        self._fill_choices()
        self.org_choices.set_choices(((org_id, name) for org_id, name, _p in self.orgs),
                                     self.tr("(none)"))
        wanted = self.current_id if self.current_id is not None else (
            self.rows[0].id if self.rows else None)
        self.select_package(wanted)
        self._preloaded = None  # only for the selection this read made
        self.loaded.emit()

    def _list_row(self, r: PackageRow) -> Row:
        """A package in the list; its tooltip the whole title, then the columns the narrow
        list leaves out ("Event: …", "Total: …"), in the headers' words."""
        cells = (r.title_sv, r.event_name or "—",
                 f"{labels.fmt_day(r.valid_from)} – {labels.fmt_day(r.valid_to)}"
                 if r.valid_from and r.valid_to else "", str(r.component_count),
                 sek(r.total_sek), sek(r.per_person_sek),
                 str(r.revision) + (" *" if r.changed_since_sent else ""),
                 labels.fmt_local(r.last_sent) if r.last_sent else "—")
        headers = [str(self.model.headerData(c, Qt.Orientation.Horizontal,
                                             Qt.ItemDataRole.DisplayRole) or "")
                   for c in range(1, self.model.columnCount())]
        details = [f"{h}: {cell}" for h, cell in zip(headers, cells[1:], strict=False) if cell]
        return Row(cells=cells, key=r.id, tooltip="\n".join([r.title_sv, *details]))

    def select_package(self, package_id: int | None) -> None:
        row = next((i for i, r in enumerate(self.rows) if r.id == package_id), None)
        if row is None:
            self._show_package(None)
            return
        self.ui.list.selectRow(row)
        self._selection_changed()

    def _selection_changed(self, *_args: Any) -> None:
        rows = self.ui.list.selectionModel().selectedRows()
        if not rows:
            return
        package_id = self.model.row_at(rows[0].row()).key
        if package_id == self.current_id and self.current is not None:
            return
        preloaded, self._preloaded = self._preloaded, None
        try:
            values = preloaded[1] if preloaded and preloaded[0] == package_id else \
                use_cases.load_package(self.store.engine, package_id)
        except Exception as exc:  # noqa: BLE001 - every failure is told
            self.report_error(exc)
            return
        self.current_id = package_id
        self._show_package(values)

    # --- the form ---------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.event.blockSignals(True)
        ui.event.clear()
        ui.event.addItem(self.tr("(no event)"), None)
        for event_id, name, day in self.events:
            ui.event.addItem(f"{name} · {labels.fmt_day(day)}", event_id)
        ui.event.blockSignals(False)

    def _show_package(self, values: Values | None) -> None:
        ui = self.ui
        self.current = values
        v = values or {}
        ui.titleSv.setText(v.get("title_sv") or "")
        ui.titleEn.setText(v.get("title_en") or "")
        ui.event.setCurrentIndex(max(ui.event.findData(v.get("event_id")), 0))
        self.valid_from.set_value(v.get("valid_from"))
        self.valid_to.set_value(v.get("valid_to"))
        ui.basis.setValue(int(v.get("price_basis_persons") or 2))
        ui.textSv.setPlainText(v.get("text_sv") or "")
        ui.textEn.setPlainText(v.get("text_en") or "")
        ui.components.setRowCount(0)
        for component in v.get("components") or []:
            self._add_component(component)
        chosen = set(v.get("partner_ids") or [])
        ui.partners.clear()
        for org_id, name, is_partner in self.orgs:
            if not is_partner and org_id not in chosen:
                continue  # partners are the network's package partners (tagged "paket")
            item = QListWidgetItem(name, ui.partners)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            item.setCheckState(Qt.CheckState.Checked if org_id in chosen
                               else Qt.CheckState.Unchecked)
        row = next((r for r in self.rows if r.id == v.get("id")), None)
        ui.history.setText(self._history(row))
        ui.problem.setVisible(False)
        for w in (ui.deleteButton, ui.exportButton, ui.mailButton):
            w.setEnabled(values is not None and values.get("id") is not None)
        self._show_totals()

    def _history(self, row: Any) -> str:
        if row is None or row.last_sent is None:
            return self.tr("Not sent yet.")
        text = self.tr("Version %1, last sent %2.").replace("%1", str(row.revision)).replace(
            "%2", labels.fmt_local(row.last_sent))
        if row.changed_since_sent:
            text += " " + self.tr("Changed since: the next send is a new version.")
        return text

    def _add_component(self, component: Values | None) -> None:
        """A row of the component editor; a new component is priced per person."""
        table = self.ui.components
        c = component or {"kind": "boende", "description": "", "price_sek": Decimal(0),
                          "capacity": None, "organisation_id": None,
                          "price_basis": PriceBasis.PER_PERSON.value, "occupancy": None}
        row = table.rowCount()
        table.insertRow(row)
        org = self.org_choices.picker(table, c.get("organisation_id"))
        kind = QComboBox(table)
        kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        kind.setProperty(table_fit.FITS_TEXT, True)
        for k in ComponentKind:
            kind.addItem(kind_label(str(k)), str(k))
        kind.setCurrentIndex(max(kind.findData(c.get("kind")), 0))
        text = QLineEdit(c.get("description") or "", table)
        text.setCursorPosition(0)  # the beginning in view, not the tail; all of it on hover
        text.setToolTip(tip(text.text()))
        text.textChanged.connect(lambda value: text.setToolTip(tip(value)))
        price = QDoubleSpinBox(table)
        price.setRange(0, 1_000_000)
        price.setDecimals(0)
        price.setValue(float(c.get("price_sek") or 0))
        basis = QComboBox(table)
        basis.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        basis.setProperty(table_fit.FITS_TEXT, True)  # "per room (2 persons)", never cut
        for b in PriceBasis:
            basis.addItem("", b.value)
        basis.setCurrentIndex(max(basis.findData(price_basis(c.get("price_basis"))), 0))
        occupancy = QSpinBox(table)
        occupancy.setRange(0, 100)
        occupancy.setSpecialValueText("—")
        occupancy.setValue(int(c.get("occupancy") or 0))
        capacity = QSpinBox(table)
        capacity.setRange(0, 100_000)
        capacity.setSpecialValueText("—")
        capacity.setValue(int(c.get("capacity") or 0))
        amount = QLabel(table)
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount.setContentsMargins(0, 0, 8, 0)
        for column, widget in enumerate((org, kind, text, price, basis, occupancy, capacity,
                                         amount)):
            table.setCellWidget(row, column, widget)

        def basis_changed(_index: int) -> None:
            if basis.currentData() == PriceBasis.PER_UNIT and not occupancy.value():
                occupancy.setValue(2)  # a double room, the usual unit
            self._show_totals()

        price.valueChanged.connect(lambda _v: self._show_totals())
        basis.currentIndexChanged.connect(basis_changed)
        occupancy.valueChanged.connect(lambda _v: self._show_totals())
        kind.currentIndexChanged.connect(lambda _i: self._show_totals())
        self._show_totals()

    def _remove_component(self) -> None:
        row = self.ui.components.currentRow()
        if row >= 0:
            self.ui.components.removeRow(row)
            self._show_totals()

    def components(self) -> list[Values]:
        table = self.ui.components
        out = []
        for row in range(table.rowCount()):
            org, kind, text, price, basis, occupancy, capacity = (
                table.cellWidget(row, c) for c in range(7))
            per_unit = basis.currentData() == PriceBasis.PER_UNIT
            out.append({"organisation_id": self.org_choices.value_of(org),
                        "kind": kind.currentData(),
                        "description": text.text().strip(),
                        "price_sek": Decimal(str(int(price.value()))),
                        "price_basis": basis.currentData(),
                        "occupancy": (occupancy.value() or None) if per_unit else None,
                        "capacity": capacity.value() or None})
        return out

    def _show_totals(self) -> None:
        """The one pricing rule (core.packages.price_package) on what the form holds: each
        row's basis in its own words and amount, the total and the price per person."""
        table, parts = self.ui.components, self.components()
        pricing = price_package(((c["price_sek"], c["price_basis"], c["occupancy"])
                                 for c in parts), self.ui.basis.value())
        for row, (c, line) in enumerate(zip(parts, pricing.lines, strict=True)):
            basis, occupancy = table.cellWidget(row, 4), table.cellWidget(row, 5)
            for i in range(basis.count()):
                basis.setItemText(i, basis_label(basis.itemData(i), c["kind"],
                                                 occupancy.value() or 2))
            occupancy.setEnabled(line.basis == PriceBasis.PER_UNIT)
            for column in (1, 4):  # the kind and the basis in full ("per room (2 persons)")
                need = table.cellWidget(row, column).sizeHint().width()
                if table.columnWidth(column) < need:
                    table.setColumnWidth(column, need)
            table.cellWidget(row, 7).setText(sek(line.amount))
            table.cellWidget(row, 7).setToolTip(self.tr("%1 × %2").replace(
                "%1", str(line.quantity)).replace("%2", sek(line.price)))
        self.ui.totals.setText(self.tr("Total %1 for %n person(s) · %2 per person", "",
                                       pricing.persons).replace("%1", sek(pricing.total))
                               .replace("%2", sek(pricing.per_person)))

    def values(self) -> Values:
        ui = self.ui
        partners = [int(ui.partners.item(i).data(Qt.ItemDataRole.UserRole))
                    for i in range(ui.partners.count())
                    if ui.partners.item(i).checkState() == Qt.CheckState.Checked]
        return {**(self.current or {}), "title_sv": ui.titleSv.text().strip(),
                "title_en": ui.titleEn.text().strip(), "event_id": ui.event.currentData(),
                "valid_from": self.valid_from.value(),
                "valid_to": self.valid_to.value(),
                "price_basis_persons": ui.basis.value(),
                "text_sv": ui.textSv.toPlainText().strip(),
                "text_en": ui.textEn.toPlainText().strip(),
                "components": self.components(), "partner_ids": partners}

    # --- saving -----------------------------------------------------------------------------

    def new_package(self) -> None:
        self.current_id = None
        self.ui.list.clearSelection()
        self._show_package(None)
        self.ui.titleSv.setFocus()

    def save(self) -> bool:
        from destination_norberg.gui.packages.commands import PackageCommand, step

        before, after = self.current if self.current and self.current.get("id") else None, \
            self.values()
        try:
            saved = step(self.store.engine, before, after)
        except Exception as exc:  # noqa: BLE001 - said under the form, nothing pushed
            self.ui.problem.setText(plain(user_message(exc)))
            self.ui.problem.setVisible(True)
            return False
        self.current_id = saved["id"]
        self.current = saved
        self.undo_stack.push(PackageCommand(
            self.tr("Save package %1").replace("%1", after["title_sv"]), before, saved,
            engine=lambda: self.store.engine, changed=self._after_edit,
            report=self.report_error))
        self._after_edit()
        return True

    def remove_package(self, confirmed: bool = False) -> bool:
        from destination_norberg.gui.packages.commands import PackageCommand, step

        before = self.current
        if not before or before.get("id") is None:
            return False
        if not confirmed and QMessageBox.question(self, self.tr("Remove"), plain(self.tr(
                "Remove the package %1? Undo brings it back.").replace(
                "%1", before.get("title_sv", "")))) != QMessageBox.StandardButton.Yes:
            return False
        try:
            step(self.store.engine, before, None)
        except Exception as exc:  # noqa: BLE001 - every failure is told
            self.report_error(exc)
            return False
        self.undo_stack.push(PackageCommand(
            self.tr("Remove package %1").replace("%1", before.get("title_sv", "")), before,
            None, engine=lambda: self.store.engine, changed=self._after_edit,
            report=self.report_error))
        self.current_id, self.current = None, None
        self._after_edit()
        return True

    def _after_edit(self) -> None:
        self.current = None
        self.reload()
        self.changed.emit()

    def report_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), plain(user_message(exc)))

    # --- exports (gui.packages_export) ------------------------------------------------------

    def _export(self) -> None:
        from destination_norberg.gui.packages.export import run_export

        if self.current_id is not None:
            run_export(self, self.current_id)

    def _mail(self) -> None:
        from destination_norberg.gui.packages.mail import open_package_mail

        if self.current_id is not None and self.current is not None:
            open_package_mail(self, self.current_id, self.current.get("title_sv") or "")

    def _publish(self) -> None:
        """The Arkiv menu's publish (gui.archive.publish): its remembered folder, a job."""
        archive = getattr(self.window(), "archive", None)
        if archive is not None:
            archive.publish_action.trigger()

    def _bulletin(self) -> None:
        from destination_norberg.gui.packages.export import run_bulletin

        run_bulletin(self)

    def _retranslate(self) -> None:
        for column in range(self.ui.components.columnCount()):  # "Price\n(SEK)" and the like
            item = self.ui.components.horizontalHeaderItem(column)
            if item is not None and column not in (0, 2):
                item.setText(str(table_fit.two_line(item.text())))
        table_fit.set_widths(self.ui.components, COMPONENT_WIDTHS)
        self.model.set_headers([self.tr("Package"), self.tr("Event"), self.tr("Valid"),
                                self.tr("Components"), self.tr("Total"),
                                self.tr("Per person"), self.tr("Version"),
                                self.tr("Last sent")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
