"""Where things live: the per-user data, cache, log and settings folders, the default database,
the bundled demo data.

Every per-user folder is named after the one product folder name APP_ID
("destination-norberg") on every system, the settings file included (gui.common.settings
opens `settings_file()`), so an IT department finds everything the program writes under that
one name (docs/it.md)."""

from __future__ import annotations

import os
from pathlib import Path

from destination_norberg import APP_ID

DB_ENV = "DESTINATION_NORBERG_DB"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False)


def user_cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(APP_ID, appauthor=False)


def user_log_dir() -> Path:
    """Linux ~/.local/state/destination-norberg/log, Windows
    %LOCALAPPDATA%\\destination-norberg\\Logs, macOS ~/Library/Logs/destination-norberg."""
    from platformdirs import user_log_path

    return user_log_path(APP_ID, appauthor=False)


def user_config_dir() -> Path:
    """Linux ~/.config/destination-norberg, Windows %APPDATA%\\destination-norberg (roaming,
    as QSettings keeps its INI files), macOS ~/Library/Application Support/destination-norberg."""
    from platformdirs import user_config_path

    return user_config_path(APP_ID, appauthor=False, roaming=True)


def settings_file() -> Path:
    """The window's settings (QSettings, INI format): language, window state, recent
    databases, the backup schedule; never a password."""
    return user_config_dir() / f"{APP_ID}.ini"


def default_db_path() -> Path:
    return user_data_dir() / "destination-norberg.sqlite"


def resolve_db_url(cli_value: str | None = None) -> str:
    """`--db` wins over the environment variable, which wins over the per-user SQLite file.

    A bare file path is accepted too and taken as an SQLite file.
    """
    value = cli_value or os.environ.get(DB_ENV) or ""
    if not value:
        return f"sqlite:///{default_db_path()}"
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def demo_data_dir() -> Path:
    """`data/` of a source checkout, or the copy an installed wheel carries."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "demo_data", here.parent / "data"):
        if (candidate / "seasons.json").exists():
            return candidate
    raise FileNotFoundError("the bundled demo data (data/) is missing from this installation")
