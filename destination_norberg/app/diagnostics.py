"""The facts support asks for, in one place: the About dialog, the crash dialog's "Kopiera
detaljer" and `info --json` all show these.

Qt's and PySide6's versions come from the caller that has Qt loaded (gui.common.crash's
`qt_versions`, reached from the command line through gui.entry): app/ imports no Qt.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from destination_norberg import version

__all__ = ["SupportFacts", "crash_report", "support_facts"]


@dataclass(frozen=True)
class SupportFacts:
    version: str
    database: str  # the URL in use, a server's password masked (app.database.masked)
    data_dir: str
    log_dir: str
    log_path: str
    cache_dir: str
    settings_file: str
    python: str
    system: str
    qt: str | None
    pyside6: str | None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)

    def as_text(self) -> str:
        """Label: value lines, in English: what support reads, whatever the window's language."""
        labels = {"version": "Version", "database": "Database", "data_dir": "Data folder",
                  "log_dir": "Log folder", "log_path": "Log file", "cache_dir": "Cache folder",
                  "settings_file": "Settings file", "python": "Python", "system": "System",
                  "qt": "Qt", "pyside6": "PySide6"}
        return "\n".join(f"{labels[key]}: {value or '-'}" for key, value in asdict(self).items())


def support_facts(url: str | None, qt: Mapping[str, str] | None = None) -> SupportFacts:
    """Version, the database `url` (password masked), the per-user folders and the versions
    of Python, Qt and PySide6 (`qt`: {"qt": …, "pyside6": …} from the window's side)."""
    from destination_norberg.app.database import masked
    from destination_norberg.app.logs import log_dir, log_path
    from destination_norberg.paths import settings_file, user_cache_dir, user_data_dir

    qt = qt or {}
    return SupportFacts(
        version=version(), database=masked(url) if url else "-",
        data_dir=str(user_data_dir()), log_dir=str(log_dir()), log_path=str(log_path()),
        cache_dir=str(user_cache_dir()), settings_file=str(settings_file()),
        python=f"{platform.python_version()} ({sys.executable})",
        system=platform.platform(), qt=qt.get("qt"), pyside6=qt.get("pyside6"))


def crash_report(facts: SupportFacts, traceback_text: str) -> str:
    """What "Kopiera detaljer" puts on the clipboard: the facts, then the traceback."""
    from destination_norberg.app.logs import mask_url

    return f"Destination Norberg: an unexpected error\n\n{facts.as_text()}\n\n" \
           f"{mask_url(traceback_text.rstrip())}\n"
