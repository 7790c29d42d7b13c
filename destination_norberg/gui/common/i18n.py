"""Swedish first, English second: the program's catalogue plus Qt's own, switchable live.

Source strings are English; the Swedish catalogue (resources/translations) is compiled into the
resources. Qt's own dialogs (buttons, file dialogs) come from Qt's catalogue for the language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from destination_norberg.gui.forms import resources_rc  # noqa: F401 - registers :/ resources

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> str:
    """Replace the installed catalogues with those of `language` ("sv" or "en")."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden) if language == "sv" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English is the source language; its catalogue only holds plural forms ("1 day").
    catalogues = ((("qtbase_sv", qt_dir), ("qt_sv", qt_dir),
                   ("destination_norberg_sv", ":/translations")) if language == "sv"
                  else (("destination_norberg_en", ":/translations"),))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def locale() -> QLocale:
    return QLocale()
