"""The Help menu (gui.help_dialogs): Kom igång, Kortkommandon, Om Destination Norberg; and the
demo the window loads, anchored to the window's today (core.demo_dates)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from destination_norberg import __version__, version
from destination_norberg.gui.common import areas, i18n
from destination_norberg.gui.help_dialogs import (
    AboutDialog,
    GuideDialog,
    ShortcutsDialog,
)
from destination_norberg.gui.main_window import MainWindow
from tests.gui.conftest import LOAD_TIMEOUT_MS


@pytest.fixture
def window(make_window, load, tmp_path: Path) -> MainWindow:
    win = make_window(f"sqlite:///{tmp_path / 'help.sqlite'}", seed_demo=False)
    load(win)
    return win


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.ui.menuHelp.actions() if not a.isSeparator()]


def close(window: MainWindow) -> None:
    window.help.dialog.close()


def test_the_help_menu_offers_the_guide_the_shortcuts_and_about(window, qtbot) -> None:
    assert menu_texts(window) == ["&Getting started", "&Keyboard shortcuts",
                                  "&About Destination Norberg"]
    window.set_language("sv")
    qtbot.waitUntil(lambda: menu_texts(window)[0] == "&Kom igång")
    assert menu_texts(window) == ["&Kom igång", "K&ortkommandon", "&Om Destination Norberg"]


def test_getting_started_names_every_area_and_three_first_steps(window, qtbot) -> None:
    window.help.guide_action.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, GuideDialog) and dialog.isVisible()
    text = dialog.text.toPlainText()
    for spec in areas.areas():
        assert spec.title() in text
    assert "The first three things to do" in text
    assert "destination-norberg" not in text and "--" not in text  # no command line
    assert QKeySequence(QKeySequence.StandardKey.HelpContents).matches(
        window.help.guide_action.shortcut()) == QKeySequence.SequenceMatch.ExactMatch
    close(window)


def test_the_guide_is_swedish_in_the_swedish_window(make_window, load, tmp_path) -> None:
    win = make_window(f"sqlite:///{tmp_path / 'sv.sqlite'}", language="sv", seed_demo=False)
    load(win)
    win.help.show_guide()
    text = win.help.dialog.text.toPlainText()
    assert "De tre första sakerna att göra" in text and "Leder och snö" in text
    assert win.help.dialog.windowTitle() == "Kom igång"
    close(win)


def test_the_shortcut_list_is_the_window_s_own_shortcuts(window) -> None:
    window.help.shortcuts_action.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    shown = dict(dialog.rows())
    native = QKeySequence.SequenceFormat.NativeText
    real = {a.shortcut().toString(native): a for a in
            [*window.area_actions, *window.area_keys.actions.values()]}
    assert {f"Ctrl+{n}" for n in range(1, len(window.area_actions) + 1)} <= set(shown)
    assert {"Ctrl+N", "Ctrl+E", "Ctrl+S", "Ctrl+F"} <= set(shown)
    for key, action in real.items():
        assert key in shown
        assert action.text().replace("&", "").rstrip("…") in shown[key]
    # a shortcut changed where it is defined shows changed in the list
    window.area_keys.actions["edit"].setShortcut(QKeySequence("Ctrl+K"))
    close(window)
    window.help.show_shortcuts()
    keys = dict(window.help.dialog.rows())
    assert "Ctrl+K" in keys and "Ctrl+E" not in keys
    close(window)


def test_about_shows_the_version_the_database_and_copies_them(window) -> None:
    window.ui.actionAbout.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    facts = dict(dialog.facts)
    assert facts["Version"] == version() == __version__
    assert facts["Log folder"] and facts["Cache folder"]
    assert facts["Database"] == str((Path(window.db_url[len("sqlite:///"):])).resolve())
    assert facts["Qt"] and facts["PySide6"] and facts["Python"]
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"Version: {__version__}" in copied and facts["Database"] in copied
    close(window)


def test_about_masks_a_server_password(window) -> None:
    window.db_url = "postgresql+psycopg://ann:hemligt@db.example:5432/norberg"
    dialog = window.help.show_about()
    database = dict(dialog.facts)["Database"]
    assert database == "postgresql+psycopg://ann:***@db.example:5432/norberg"
    assert "hemligt" not in dialog.text()
    assert "hemligt" not in " ".join(label.text() for label in dialog.values.values())
    close(window)


def test_the_database_in_use_is_in_the_status_bar(window) -> None:
    assert window.db_label.text() == "Database: help.sqlite"


def _race_day(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        (starts,) = conn.execute("SELECT starts_at FROM event "
                                 "WHERE uid = 'demo-engelbrektsloppet-2027'").fetchone()
    return str(starts)[:10]


def test_the_first_start_loads_the_demo_for_the_window_s_today(qtbot, settings,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "first.sqlite"
    i18n.install(QApplication.instance(), "en")
    summer = datetime(2027, 6, 15, 8, 0, tzinfo=UTC)
    win = MainWindow(f"sqlite:///{path}", settings, language="en", clock=lambda: summer,
                     seed_demo=True)
    qtbot.addWidget(win, before_close_func=lambda w: w.shutdown())
    try:
        with qtbot.waitSignal(win.loaded, timeout=LOAD_TIMEOUT_MS):
            win.start()
        assert _race_day(path) == "2028-02-13"  # the second Sunday of the coming February
        tasks = win.overview.overview.tasks
        assert sum(due < summer.date() for _task, due in tasks) == 5  # as on the authored day
    finally:
        win.shutdown()


def test_the_menu_s_demo_load_uses_the_window_s_today(empty_window_at, qtbot) -> None:
    win, path = empty_window_at(datetime(2027, 1, 20, 8, 0, tzinfo=UTC))
    with qtbot.waitSignal(win.loaded, timeout=LOAD_TIMEOUT_MS):
        win.load_demo(reset=False)
    assert _race_day(path) == "2027-02-14"
    assert sum(due < win.clock().date() for _t, due in win.overview.overview.tasks) == 5


@pytest.fixture
def empty_window_at(qtbot, settings, tmp_path: Path):
    made: list[MainWindow] = []

    def make(now: datetime) -> tuple[MainWindow, Path]:
        path = tmp_path / "menu.sqlite"
        i18n.install(QApplication.instance(), "en")
        win = MainWindow(f"sqlite:///{path}", settings, language="en", clock=lambda: now,
                         seed_demo=False)
        qtbot.addWidget(win, before_close_func=lambda w: w.shutdown())
        made.append(win)
        with qtbot.waitSignal(win.loaded, timeout=LOAD_TIMEOUT_MS):
            win.start()
        return win, path

    yield make
    for win in made:
        win.shutdown()


def test_the_guide_names_the_snow_tabs_as_the_window_does(qapp) -> None:
    """The guide's line for Leder och snö speaks of the go/no-go tab by its Swedish name."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from destination_norberg.gui.common import i18n
    from destination_norberg.gui.help_dialogs import area_purposes

    i18n.install(QApplication.instance(), "sv")
    tab = QCoreApplication.translate("SnowPage", "Go/no-go")
    assert tab == "Beslutsunderlag"
    assert tab.lower() in area_purposes()["trails"].lower()
    assert "go/no-go" not in area_purposes()["trails"]
