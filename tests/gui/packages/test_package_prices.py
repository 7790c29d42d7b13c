"""One price, everywhere: the package window, the brochure, the partner files and the
command line show core.packages' figures and each part's basis; the basis and occupancy are
edited in the window and a save of them undoes as one step."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from destination_norberg.cli import main
from destination_norberg.core.packages import basis_text
from destination_norberg.exchange.package_tables import component_table
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.documents.brochure import basis_label, brochure_html
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.packages.page import PackagesPage, sek
from destination_norberg.store import models as m
from destination_norberg.store.package_read import package_detail
from destination_norberg.store.rows import EngineRows

LOAD_TIMEOUT_MS = 20_000
RACE = "Engelbrektsloppet-helg 2027"


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now, monkeypatch):
    i18n.install(QApplication.instance(), "en")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError(a[2])))
    runner = TaskRunner()
    page = PackagesPage(PlanningStore(demo_url, lambda: demo_engine), runner, QUndoStack(),
                        lambda: fixed_now)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    yield page
    runner.shutdown()
    i18n.install(QApplication.instance(), "en")


def choose(page: PackagesPage, title: str) -> None:
    page.select_package(next(r.id for r in page.rows if r.title_sv == title))


def test_window_brochure_files_and_command_line_agree(page, demo_url, demo_engine,
                                                     capsys) -> None:
    detail = package_detail(EngineRows(demo_engine), 1)
    pricing = detail.pricing
    assert (pricing.total, pricing.per_person) == (Decimal("6420.00"), Decimal("3210"))
    # the window: the list row and the editor's totals and amounts
    row = next(r for r in page.rows if r.id == 1)
    assert (row.total_sek, row.per_person_sek) == (pricing.total, pricing.per_person)
    listed = [page.model.row_at(i).cells for i in range(page.model.rowCount())]
    assert [sek(pricing.total), sek(pricing.per_person)] in [list(c[4:6]) for c in listed]
    choose(page, RACE)
    assert page.ui.totals.text() == (f"Total {sek(pricing.total)} for 2 persons · "
                                     f"{sek(pricing.per_person)} per person")
    table = page.ui.components
    assert [table.cellWidget(r, 7).text() for r in range(table.rowCount())] == [
        sek(line.amount) for line in pricing.lines]
    # the brochure
    html = brochure_html(detail, "en", with_map=False)
    assert "SEK\u00a03,210" in html and "SEK\u00a06,420" in html
    assert html.count("per room (2 persons)") == 2 and html.count("per person") >= 5
    # the partner files (the spreadsheet and CSV table)
    rows = component_table(detail, "sv")
    assert [r[7] for r in rows[-2:]] == [pricing.total, pricing.per_person]
    assert [r[5] for r in rows[1:-2]] == [basis_text(c.price_basis, c.kind, c.occupancy, "sv")
                                          for c in detail.components]
    # the command line
    assert main(["--db", demo_url, "packages", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["total_sek"], data["per_person_sek"]) == ("6420.00", "3210")
    assert [c["amount_sek"] for c in data["components"]] == [str(line.amount)
                                                             for line in pricing.lines]
    assert data["components"][1]["basis"] == "per room (2 persons)"


def test_the_windows_words_for_a_basis_are_the_files_words(qapp) -> None:
    cases = [("per_person", "måltid", None), ("per_unit", "boende", 2),
             ("per_unit", "transport", 1), ("per_unit", "aktivitet", 4),
             ("per_package", "transport", None)]
    try:
        for lang in ("en", "sv"):
            i18n.install(qapp, lang)
            assert [basis_label(*c) for c in cases] == [basis_text(*c, lang) for c in cases]
    finally:
        i18n.install(qapp, "en")


def test_basis_and_occupancy_are_edited_saved_and_undone_as_one_step(page, qtbot,
                                                                     demo_engine) -> None:
    choose(page, RACE)
    table = page.ui.components
    fee, room = table.cellWidget(0, 4), table.cellWidget(1, 5)
    fee.setCurrentIndex(fee.findData("per_package"))  # the start fee once for the party
    room.setValue(1)  # single rooms: two of them
    # 750 + 2 × 1195 + 1195 + 2 × (150 + 425 + 595 + 95) = 6865 → 3433 (halves up)
    assert page.ui.totals.text() == f"Total {sek(6865)} for 2 persons · {sek(3433)} per person"
    assert table.cellWidget(1, 4).currentText() == "per room (1 person)"
    assert not table.cellWidget(0, 5).isEnabled() and room.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert page.save()
    assert page.undo_stack.count() == 1
    assert re.match(r"Save package", page.undo_stack.text(0))

    def stored() -> list[tuple[str, int | None]]:
        with demo_engine.connect() as conn:
            return [tuple(r) for r in conn.execute(
                select(m.PackageComponent.price_basis, m.PackageComponent.occupancy)
                .where(m.PackageComponent.package_id == 1)
                .order_by(m.PackageComponent.position)).all()[:3]]

    assert stored() == [("per_package", None), ("per_unit", 1), ("per_unit", 2)]
    assert next(r for r in page.rows if r.id == 1).per_person_sek == Decimal("3433")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.undo()
    assert stored() == [("per_person", None), ("per_unit", 2), ("per_unit", 2)]
    assert next(r for r in page.rows if r.id == 1).per_person_sek == Decimal("3210")
