"""Shared fixtures: fresh databases in tmp_path, the demo season, a fixed "now".

No test may touch the real per-user data folder, so every test runs with its own
DESTINATION_NORBERG_DB and XDG folders under tmp_path.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # plain `pytest` without an editable install
    sys.path.insert(0, str(ROOT))

from destination_norberg.core.timeutil import STOCKHOLM  # noqa: E402
from destination_norberg.store.database import make_engine  # noqa: E402
from destination_norberg.store.migrate import ensure_schema  # noqa: E402

#: The coordinator's morning: 2026-11-26 09:00 in Norberg (08:00 UTC).
FIXED_NOW = datetime(2026, 11, 26, 9, 0, tzinfo=STOCKHOLM).astimezone(UTC)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESTINATION_NORBERG_DB", str(tmp_path / "env-db.sqlite"))
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "xdg" / var.lower()))


@pytest.fixture
def fixed_now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def engine(db_path: Path):
    """A fresh, migrated SQLite file database."""
    eng = make_engine(sqlite_url(db_path))
    ensure_schema(eng)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated database with the demo season loaded, built once per test run."""
    from destination_norberg.store.demo import load_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    eng = make_engine(sqlite_url(path))
    try:
        ensure_schema(eng)
        load_demo(eng)
        with eng.connect() as conn:  # fold the WAL into the file so one file is the database
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        eng.dispose()
    return path


@pytest.fixture
def demo_engine(demo_template: Path, tmp_path: Path):
    """A private copy of the demo database: fast, and no test sees another's writes."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    eng = make_engine(sqlite_url(path))
    yield eng
    eng.dispose()


@pytest.fixture
def demo_url(demo_engine) -> str:
    """A private copy of the demo database, as a URL (for the CLI and the window)."""
    return demo_engine.url.render_as_string(hide_password=False)


@pytest.fixture
def future_db(tmp_path: Path) -> Path:
    """A database as a newer program would leave it: our tables, a revision we do not know."""
    path = tmp_path / "future.sqlite"
    engine = make_engine(sqlite_url(path))
    try:
        ensure_schema(engine)
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    return path


REALDATA = ROOT.parent / "shared" / "realdata"


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Say loudly when the real-world files were absent: their tests were skipped, not run."""
    if not REALDATA.is_dir():
        terminalreporter.write_line(
            f"NOTE: {REALDATA} is absent: the tests against real files (iCalendar, GPX, …) "
            "were skipped, not passed.", yellow=True, bold=True)
