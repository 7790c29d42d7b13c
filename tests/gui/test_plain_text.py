"""User text is plain text everywhere in the window (issue 13, "Published output").

Qt shows a string in a QLabel, a QMessageBox or a tooltip as HTML whenever it looks like HTML,
so an organisation named `<img src="file:///etc/passwd">` loaded a local file into the window
and markup could disguise the erase confirmation. `displayed` renders a string the way such an
auto-detecting surface does and returns the text a person sees.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from destination_norberg.core.events import EventRecord
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.plain import esc, plain, tip
from destination_norberg.gui.common.table_model import Row, SnapshotTableModel

IMG = '<img src="file:///etc/passwd">'
BOLD = "<b>X</b>"
LOAD_TIMEOUT_MS = 20_000


def displayed(shown: str) -> str:
    """What a QLabel/QMessageBox/tooltip in Qt.AutoText shows of `shown`, as text; an
    image Qt would load becomes U+FFFC, the object replacement character."""
    from PySide6.QtGui import Qt as GuiQt

    if not GuiQt.mightBeRichText(shown):
        return shown
    doc = QTextDocument()
    doc.setHtml(shown)
    return doc.toPlainText()


def loads_an_image(shown: str) -> bool:
    doc = QTextDocument()
    doc.setHtml(shown)
    return "\ufffc" in doc.toPlainText()


@pytest.mark.parametrize("name", [IMG, BOLD, "AT&T <Norberg> a<b", "Rad ett\nRad två"])
def test_the_helpers_show_text_literally(qapp, name: str) -> None:
    assert displayed(plain(name)) == name
    assert displayed(tip(name)) == name
    label = f"<b>{esc(name)}</b>"  # in HTML a line break is <br>: the builders add it
    assert displayed(label) == name.replace("\n", " ")
    assert plain("Ordinary text") == "Ordinary text"  # unchanged where Qt shows it as text


def test_table_tooltips_are_text(qapp) -> None:
    model = SnapshotTableModel(["A"])
    model.set_rows([Row(cells=(IMG,), tooltip=f"{IMG} ({BOLD})")])
    index = model.index(0, 0)
    assert displayed(model.data(index, Qt.ItemDataRole.ToolTipRole)) == f"{IMG} ({BOLD})"
    assert model.data(index) == IMG  # the cell is drawn as text by the delegate


def _event(name: str) -> EventRecord:
    return EventRecord(id=1, uid="e1", name_sv=name, name_en="", kind="lopp", status="bekräftad",
                       starts_at=datetime(2027, 2, 14, 8, tzinfo=UTC), ends_at=None,
                       parent_id=None, place_id=1, place_name=BOLD, organiser_id=None,
                       organiser_name=None, description_sv=IMG)


def test_the_event_list_tooltip_is_text(qapp) -> None:
    from destination_norberg.gui.events.list_model import NAME, EventListModel

    i18n.install(QApplication.instance(), "en")
    model = EventListModel()
    model.set_events([_event(IMG)])
    shown = model.data(model.index(0, NAME), Qt.ItemDataRole.ToolTipRole)
    assert IMG in displayed(shown) and not loads_an_image(shown)


def test_calendar_and_timeline_tooltips_are_text(qapp) -> None:
    from destination_norberg.gui.events.colors import tooltip_html

    shown = tooltip_html(_event(IMG), "sv", parent_name=BOLD)
    assert IMG in displayed(shown) and BOLD in displayed(shown)
    assert not loads_an_image(shown)


@pytest.fixture
def hostile_engine(demo_engine):
    """The demo with markup in an organisation's name, every event's name, a task's title
    and a person's name (what an import or a careless paste may bring)."""
    with demo_engine.begin() as conn:
        conn.execute(text("UPDATE organisation SET name = :n WHERE id = "
                          "(SELECT min(id) FROM organisation)"), {"n": IMG})
        conn.execute(text("UPDATE event SET name_sv = :n || name_sv, name_en = ''"),
                     {"n": BOLD})
        conn.execute(text("UPDATE task SET title = :n || title"), {"n": IMG})
        conn.execute(text("UPDATE person SET name = :n WHERE id = (SELECT min(id) FROM person)"),
                     {"n": f"{BOLD}<br><span style='color:white'>Ingen</span>"})
    return demo_engine


@pytest.fixture
def network_page(qtbot, hostile_engine, demo_url, fixed_now, monkeypatch):
    from destination_norberg.gui.events.planning_data import PlanningStore
    from destination_norberg.gui.network.page import NetworkPage

    i18n.install(QApplication.instance(), "en")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    runner = TaskRunner()
    page = NetworkPage(PlanningStore(demo_url, lambda: hostile_engine), runner, QUndoStack(),
                       lambda: fixed_now)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    yield page
    runner.shutdown()


def test_the_network_detail_shows_the_organisation_name_as_text(network_page, qtbot) -> None:
    org = next(o for o in network_page.snapshot.organisations if o.name == IMG)
    network_page.select_organisation(org.id)
    qtbot.waitUntil(lambda: network_page.detail is not None
                    and network_page.detail.organisation.id == org.id, timeout=LOAD_TIMEOUT_MS)
    title = network_page.ui.detailTitle.text()
    assert displayed(title) == IMG and not loads_an_image(title)
    assert "\ufffc" not in network_page.ui.details.toPlainText()


def test_the_erase_confirmation_cannot_be_disguised(network_page, qtbot, monkeypatch) -> None:
    from destination_norberg.gui.network.tools import GdprDialog

    asked: list[str] = []

    def shown(box: QMessageBox) -> QMessageBox.StandardButton:
        # What the box displays: its text as plain text when it is set so, else as Qt reads it
        plain = box.textFormat() == Qt.TextFormat.PlainText
        asked.append(box.text() if plain else displayed(box.text()))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", shown)
    dialog = GdprDialog(network_page)
    qtbot.addWidget(dialog)
    row = next(i for i in range(dialog.people.count())
               if dialog.people.item(i).text().startswith(BOLD))
    dialog.people.setCurrentRow(row)
    assert not dialog.erase_person()
    (message,) = asked
    assert f"Erase {dialog.people.item(row).text()} for good?" in message


def test_the_overview_cards_show_names_as_text(make_window, load, demo_url, hostile_engine
                                               ) -> None:
    window = make_window(demo_url)
    load(window)
    page = window.overview
    assert BOLD in displayed(page.ui.milestonesBody.text())
    model = page.tasks_model
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        shown = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
        assert displayed(shown).startswith(IMG) and not loads_an_image(shown)
