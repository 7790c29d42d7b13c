"""All user settings in one typed registry over QSettings (as Picard's options.py).

Each option has one name, one type and one default, so a typo cannot create a second,
silently unused setting.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from destination_norberg import APP_ID, APP_NAME
from destination_norberg.core.trails import DEFAULT_STALE_DAYS, STALE_DAYS_RANGE

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T
    valid: Callable[[Any], bool] | None = None  # a stored value failing it reads as default


LANGUAGE = Option("ui/language", str, "sv")
WINDOW_GEOMETRY = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option("window/state", QByteArray, QByteArray())
#: The stale-report threshold this workstation used before it became the destination's
#: setting in the database (app.settings): read once, to carry it over (gui.main_window).
STALE_DAYS = Option("trails/stale_report_days", int, DEFAULT_STALE_DAYS,
                    valid=lambda n: STALE_DAYS_RANGE[0] <= n <= STALE_DAYS_RANGE[1])
STALE_DAYS_IN_DATABASE = Option("trails/stale_report_days_in_database", bool, False)
#: Fetch background tiles from OpenStreetMap: off until the user turns it on (privacy, and
#: the tile usage policy asks for no bulk fetching).
MAP_ONLINE_TILES = Option("map/online_tiles", bool, False)

LANGUAGES = ("sv", "en")


def settings_path() -> Path:
    """The settings file, in the product's one folder name (paths.settings_file); the file
    of versions before issue 18 ("Destination Norberg/destination-norberg.ini", a folder
    name of its own) is copied there once, so nobody loses their recent databases."""
    from destination_norberg.paths import settings_file

    path = settings_file()
    if not path.exists():
        old = _before_issue_18()
        if old.is_file() and old != path:
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                shutil.copy2(old, path)
            except OSError:  # the old settings stay where they are; the new file starts empty
                pass
    return path


def _before_issue_18() -> Path:
    """Where QSettings(APP_NAME, APP_ID) kept the INI file (Linux ~/.config/Destination
    Norberg/destination-norberg.ini, Windows %APPDATA%\\Destination Norberg\\…)."""
    return Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          APP_NAME, APP_ID).fileName())


class Settings:
    """Typed access over one QSettings; used on the UI thread only (workers get values)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._qs = qsettings or QSettings(str(settings_path()), QSettings.Format.IniFormat)

    def get(self, option: Option[T]) -> T:
        value: Any = self._qs.value(option.key, option.default)
        if option.type is int:
            try:
                number = int(value)
            except (TypeError, ValueError):
                return option.default
            return number if option.valid is None or option.valid(number) else option.default
        if option.type is QByteArray:
            return value if isinstance(value, QByteArray) else option.default
        if option.type is bool:  # QSettings' INI files give "true"/"false" back as text
            return value in (True, 1, "true", "1") if value is not None else option.default
        return option.type(value)

    def set(self, option: Option[T], value: T) -> None:
        self._qs.setValue(option.key, value)

    def sync(self) -> None:
        self._qs.sync()

    @property
    def language(self) -> str:
        lang = self.get(LANGUAGE)
        return lang if lang in LANGUAGES else LANGUAGE.default
