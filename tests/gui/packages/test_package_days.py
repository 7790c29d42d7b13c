"""A package's valid days: picked from the date field's calendar, left out for a package
that has none (a new one no longer gets today–today), stored and undone."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from destination_norberg.store import models as m
from tests.gui.date_pick import pick
from tests.gui.packages.test_packages_page import LOAD_TIMEOUT_MS, choose
from tests.gui.packages.test_packages_page import page as page


def days(engine, title: str) -> tuple[date | None, date | None]:
    with engine.connect() as conn:
        return tuple(conn.execute(select(m.Package.valid_from, m.Package.valid_to)
                                  .where(m.Package.title_sv == title)).one())


def test_a_new_package_has_no_days_until_they_are_picked(page, qtbot, demo_engine) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.new_package()
    ui = page.ui
    assert not ui.validLabel.isChecked()
    assert ui.validFrom.text() == ui.validTo.text() == "no date"
    ui.titleSv.setText("Julbord och skidor")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert page.save()
    assert days(demo_engine, "Julbord och skidor") == (None, None)

    choose(page, "Julbord och skidor")
    assert not ui.validLabel.isChecked()
    ui.validLabel.setChecked(True)
    pick(ui.validFrom, date(2026, 12, 11))
    pick(ui.validTo, date(2026, 12, 13))
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert page.save()
    assert days(demo_engine, "Julbord och skidor") == (date(2026, 12, 11), date(2026, 12, 13))
    row = next(r for r in range(page.model.rowCount())
               if page.model.index(r, 0).data() == "Julbord och skidor")
    assert page.model.index(row, 2).data() == "Fri 11 Dec 2026 – Sun 13 Dec 2026"

    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.undo()
    assert days(demo_engine, "Julbord och skidor") == (None, None)
