from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common import settings as opt
from destination_norberg.gui.main_window import AREAS

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "destination_norberg_sv.ts"

NAV_SV = ["Översikt", "Evenemang", "Leder och snö", "Karta", "Nätverk", "Paket"]
NAV_EN = ["Overview", "Events", "Trails and snow", "Map", "Network", "Packages"]
MENUS_SV = ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
MENUS_EN = ["&File", "&Edit", "&View", "&Help"]
CARDS_SV = ["Milstolpar", "Snögaranti", "Ledstatus", "Evenemang de närmaste 14 dagarna",
            "Uppföljningar att göra", "Uppgifter att göra"]
CARDS_EN = ["Milestones", "Snow guarantee", "Trail status", "Events in the next 14 days",
            "Follow-ups due", "Tasks due"]


def nav(window) -> list[str]:
    return [window.ui.navList.item(row).text() for row in range(window.ui.navList.count())]


def menus(window) -> list[str]:
    ui = window.ui
    return [m.title() for m in (ui.menuFile, ui.menuEdit, ui.menuView, ui.menuHelp)]


def cards(window) -> list[str]:
    ui = window.overview.ui
    return [label.text() for label in (ui.milestonesTitle, ui.snowTitle, ui.trailsTitle,
                                       ui.eventsTitle, ui.followUpsTitle, ui.tasksTitle)]


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'never-opened.sqlite'}"


def test_the_window_is_built_in_swedish(make_window, url: str) -> None:
    window = make_window(url, language="sv")
    assert nav(window) == NAV_SV
    assert window.ui.menuFile.title() == "&Arkiv"
    assert menus(window) == MENUS_SV
    assert window.ui.actionQuit.text() == "&Avsluta"
    assert window.ui.menuEdit.actions()[0].text() == "&Ångra"
    assert cards(window) == CARDS_SV
    assert window.overview.ui.stateLabel.text() == "Läser in säsongen…"
    assert window.overview.events_model.headerData(0, Qt.Orientation.Horizontal) == "När"
    assert window.packages_page.ui.heading.text() == "Paket"
    assert len(AREAS) == len(NAV_SV)


def test_the_window_is_built_in_english(make_window, url: str) -> None:
    window = make_window(url, language="en")
    assert nav(window) == NAV_EN
    assert menus(window) == MENUS_EN
    assert cards(window) == CARDS_EN


def test_switching_to_english_retranslates_live(make_window, url: str, settings,
                                                qtbot) -> None:
    window = make_window(url, language="sv")
    assert nav(window) == NAV_SV
    assert window.packages_page.ui.heading.text() == "Paket"  # built in Swedish
    window.set_language("en")
    # the LanguageChange events are posted to the window: let them arrive
    qtbot.waitUntil(lambda: nav(window) == NAV_EN, timeout=5000)
    assert menus(window) == MENUS_EN
    assert window.ui.actionLoadDemo.text() == "Load the &demo season…"
    assert window.ui.menuEdit.actions()[0].text() == "&Undo"
    assert cards(window) == CARDS_EN
    assert window.overview.events_model.headerData(0, Qt.Orientation.Horizontal) == "When"
    assert window.packages_page.ui.heading.text() == "Packages"
    assert window.language == "en"
    assert settings.get(opt.LANGUAGE) == "en"


def test_switching_back_to_swedish_retranslates_live(make_window, url: str, qtbot) -> None:
    window = make_window(url, language="en")
    window.set_language("sv")
    qtbot.waitUntil(lambda: nav(window) == NAV_SV, timeout=5000)
    assert menus(window) == MENUS_SV
    assert cards(window) == CARDS_SV


def test_the_language_menu_switches_language(make_window, url: str, qtbot) -> None:
    window = make_window(url, language="sv")
    assert window.ui.actionSwedish.isChecked()
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: nav(window) == NAV_EN, timeout=5000)
    assert window.ui.actionEnglish.isChecked()
    assert not window.ui.actionSwedish.isChecked()


def test_a_loaded_overview_is_rerendered_in_the_new_language(make_window, load, demo_url,
                                                             qtbot) -> None:
    window = make_window(demo_url, language="sv")
    load(window)
    assert "dagar" in window.overview.ui.milestonesBody.text()
    assert window.overview.ui.tasksTitle.text().startswith("Uppgifter att göra · ")
    window.set_language("en")
    qtbot.waitUntil(lambda: window.overview.ui.tasksTitle.text().startswith("Tasks due · "),
                    timeout=5000)
    assert "dagar" not in window.overview.ui.milestonesBody.text()
    assert window.db_label.text().startswith("Database: ")


def test_qt_own_catalogue_is_loaded_for_swedish(qtbot) -> None:
    app = QApplication.instance()
    # first prove the string really is in Qt's Swedish catalogue
    reference = QTranslator()
    assert reference.load("qtbase_sv",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert reference.translate("QPlatformTheme", "Cancel") == "Avbryt"

    i18n.install(app, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    i18n.install(app, "sv")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"


def test_install_sets_the_default_locale() -> None:
    app = QApplication.instance()
    i18n.install(app, "sv")
    assert QLocale().language() == QLocale.Language.Swedish
    assert QCoreApplication.translate("Labels", "Overview") == "Översikt"
    i18n.install(app, "en")
    assert QLocale().language() == QLocale.Language.English
    assert QCoreApplication.translate("Labels", "Overview") == "Overview"


def test_installing_twice_does_not_stack_catalogues() -> None:
    app = QApplication.instance()
    i18n.install(app, "sv")
    first = list(i18n._installed)
    i18n.install(app, "sv")
    assert len(i18n._installed) == len(first)
    assert not set(map(id, first)) & set(map(id, i18n._installed))


def _messages(path: Path = TS) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def test_the_swedish_catalogue_has_no_unfinished_translations() -> None:
    messages = _messages()
    assert len(messages) > 50
    problems = []
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            problems.append(f"no translation: {source!r}")
            continue
        kind = translation.get("type")
        if kind in {"unfinished", "obsolete", "vanished"}:
            problems.append(f"{kind}: {source!r}")
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != 2 or not all(f.strip() for f in forms):
                problems.append(f"plural forms missing: {source!r}")
            elif "%n" in (source or "") and not all("%n" in f for f in forms[1:]):
                problems.append(f"plural form drops %n: {source!r}")
        elif not (translation.text or "").strip():
            problems.append(f"empty: {source!r}")
    assert problems == []


def test_the_swedish_catalogue_keeps_every_placeholder() -> None:
    bad = []
    for message in _messages():
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            continue
        translation = message.findtext("translation") or ""
        for placeholder in ("%1", "%2"):
            if (placeholder in source) != (placeholder in translation):
                bad.append(source)
    assert bad == []


def test_every_translatable_string_in_the_sources_is_in_the_catalogue(tmp_path: Path) -> None:
    """lupdate over the same sources as `make translations` adds nothing to the catalogue."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    assert lupdate.is_file(), "pyside6-lupdate comes with PySide6-Essentials"
    gui = ROOT / "destination_norberg" / "gui"
    sources = [str(p) for p in sorted(gui.rglob("*.py")) if "forms" not in p.parts]
    sources += [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run([str(lupdate), "-silent", "-locations", "none", "-no-obsolete", *sources,
                    "-ts", str(copy)], check=True, capture_output=True, timeout=60)
    fresh = _messages(copy)
    unfinished = [m.findtext("source") for m in fresh
                  if (m.find("translation") is not None
                      and m.find("translation").get("type") == "unfinished")]
    assert unfinished == []
    assert len(fresh) == len(_messages())
