"""This workstation's settings for the Arkiv menu (gui.common.settings' typed options).

All per workstation, in QSettings: the recent databases and the folders are paths on this
machine (or shares as it mounts them), and the schedule is about this machine being on. A
server's password is never among them (kept in memory only, gui.archive.databases).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from destination_norberg.gui.common.settings import Option, Settings

#: The recently opened databases, newest first, as JSON: [{"url": …, "demo": bool}].
RECENT = Option("archive/recent", str, "")
#: The database the window opens at start-up when none was named (an SQLite file).
LAST_DATABASE = Option("archive/last_database", str, "")
#: The folder a backup to a chosen file was last written to.
BACKUP_DIR = Option("archive/backup_dir", str, "")
#: The automatic backup: folder, hours between two (0: off), how many to keep.
SCHEDULE_FOLDER = Option("backup/folder", str, "")
SCHEDULE_HOURS = Option("backup/every_hours", int, 0, valid=lambda n: 0 <= n <= 24 * 31)
SCHEDULE_KEEP = Option("backup/keep", int, 14, valid=lambda n: 1 <= n <= 999)
#: Where the public status page is published.
PUBLISH_FOLDER = Option("publish/folder", str, "")

RECENT_MAX = 8
SQLITE_FILTER = "(*.sqlite *.sqlite3 *.db)"
DAILY, WEEKLY = 24, 24 * 7


@dataclass(frozen=True)
class Recent:
    url: str  # never with a password
    demo: bool


def recent(settings: Settings) -> list[Recent]:
    try:
        items = json.loads(settings.get(RECENT) or "[]")
        return [Recent(str(i["url"]), bool(i.get("demo", False))) for i in items][:RECENT_MAX]
    except (ValueError, TypeError, KeyError):
        return []


def remember(settings: Settings, url: str, demo: bool) -> None:
    """`url` (without its password) first in the recent list."""
    items = [Recent(url, demo)] + [r for r in recent(settings) if r.url != url]
    settings.set(RECENT, json.dumps([{"url": r.url, "demo": r.demo}
                                     for r in items[:RECENT_MAX]]))


def forget_all(settings: Settings) -> None:
    settings.set(RECENT, "[]")


def startup_url(settings: Settings) -> str | None:
    """The database to open at start-up when none was named: the last real (not demo)
    SQLite file this workstation had open, while it is still there. A server is reopened
    from the recent list instead, where its password is asked."""
    from destination_norberg.app.database import sqlite_file

    last = settings.get(LAST_DATABASE)
    path = sqlite_file(last) if last else None
    return last if path is not None and path.is_file() else None
