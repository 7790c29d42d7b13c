"""The package builder on the demo data: the list, the form, totals, save and undo, and the
export bundle, status page and bulletin from the window."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.packages.page import PackagesPage, sek
from destination_norberg.store import models as m

LOAD_TIMEOUT_MS = 20_000


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


def choose(page: PackagesPage, title: str) -> None:
    page.select_package(next(r.id for r in page.rows if r.title_sv == title))


def test_prices_are_written_as_the_language_and_the_partner_files_write_them(qapp) -> None:
    from PySide6.QtWidgets import QApplication

    from destination_norberg.app.wording import kronor
    from destination_norberg.gui.common import i18n
    i18n.install(QApplication.instance(), "en")
    assert sek(Decimal("3475")) == "SEK 3,475" == kronor(Decimal("3475"), "en")
    i18n.install(QApplication.instance(), "sv")
    assert sek(Decimal("1195.00")) == "1\u00a0195\u00a0kr" == kronor(Decimal("1195"), "sv")
    assert sek(Decimal("95.5")) == "96\u00a0kr" and sek(Decimal("96.5")) == "97\u00a0kr"


def test_the_demo_packages_and_their_totals(page) -> None:
    assert page.model.rowCount() == 2
    choose(page, "Engelbrektsloppet-helg 2027")
    assert page.ui.titleEn.text() == "Engelbrektsloppet weekend 2027"
    assert page.ui.basis.value() == 2
    assert page.ui.totals.text() == f"Total {sek(6420)} for 2 persons · {sek(3210)} per person"
    table = page.ui.components
    assert table.cellWidget(1, 4).currentText() == "per room (2 persons)"
    assert table.cellWidget(0, 4).currentText() == "per person"
    assert [table.cellWidget(r, 7).text() for r in range(3)] == [
        sek(1500), sek(1195), sek(1195)]


def test_a_change_is_saved_undone_and_redone(page, qtbot, demo_engine) -> None:
    choose(page, "Engelbrektsloppet-helg 2027")
    page.ui.titleEn.setText("Engelbrektsloppet weekend 2027 (two nights)")
    page.ui.basis.setValue(1)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert page.save()
    with demo_engine.connect() as conn:
        title, basis = conn.execute(select(m.Package.title_en, m.Package.price_basis_persons)
                                    .where(m.Package.title_sv == "Engelbrektsloppet-helg "
                                                                "2027")).one()
    assert (title, basis) == ("Engelbrektsloppet weekend 2027 (two nights)", 1)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.undo()
    with demo_engine.connect() as conn:
        assert conn.execute(select(m.Package.price_basis_persons).where(
            m.Package.title_sv == "Engelbrektsloppet-helg 2027")).scalar_one() == 2


def test_a_new_package_with_a_component(page, qtbot, demo_engine) -> None:
    page.new_package()
    page.ui.titleSv.setText("Julbord och skidor")
    page.ui.addComponent.click()
    table = page.ui.components
    table.cellWidget(0, 2).setText("Julbord lördag")
    table.cellWidget(0, 3).setValue(495)
    assert "SEK 495" in page.ui.totals.text() and "kr" not in page.ui.totals.text()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert page.save()
    with demo_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Package)).scalar_one() == 3
    assert page.model.rowCount() == 3


def test_a_package_without_a_title_is_refused_under_the_form(page) -> None:
    page.new_package()
    assert not page.save()
    assert page.ui.problem.isVisibleTo(page) and "title" in page.ui.problem.text()


def test_the_bundle_from_the_window_is_written_and_recorded(page, qtbot, demo_engine,
                                                            tmp_path: Path,
                                                            monkeypatch) -> None:
    from destination_norberg.gui.packages import export as packages_export
    monkeypatch.setattr(packages_export.QDesktopServices, "openUrl", lambda *_a: True)
    choose(page, "Engelbrektsloppet-helg 2027")
    paths = packages_export.run_export(page, page.current_id, tmp_path, {
        "partner": None, "lang": None, "zip": True, "per_day": False})
    assert paths and all(p.exists() and p.suffix == ".zip" for p in paths)
    with demo_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.PackageDispatch)).scalar_one() \
            >= 1


def test_the_bulletin_from_the_window(page, tmp_path: Path) -> None:
    # The status page is published by the Arkiv menu's action (tests/gui/archive).
    from destination_norberg.gui.packages import export as packages_export
    pdf = tmp_path / "bulletin.pdf"
    assert packages_export.run_bulletin(page, pdf, "sv")
    assert pdf.read_bytes().startswith(b"%PDF")
