"""Shared fixtures: fresh databases in tmp_path, the demo season, a fixed "now".

No test may touch the real per-user data folder, so every test runs with its own
DESTINATION_NORBERG_DB and XDG folders (data, cache, config, state: the log) under tmp_path.

Both engines: a test module marked `pytestmark = pytest.mark.both_engines` (or one test so
marked) runs twice, as test[sqlite] and test[postgres], and its `engine`, `demo_engine`,
`demo_url` and `blank_url` fixtures are then of that engine; a test in it that only makes
sense on SQLite (file checks, sqlite3, VACUUM) says `@pytest.mark.sqlite_only`, one about
the server alone (a service file, a password) `@pytest.mark.postgres_only`. PostgreSQL
is the server named by DN_TEST_POSTGRES_URL (`.ci/run` starts one); each test gets a database
of its own, copied from a migrated or a demo template (CREATE DATABASE … TEMPLATE, some
20-40 ms), so no test sees another's writes and sequences start where the template's end.
The role needs CREATEDB (and CREATEROLE for tests/store/test_postgres_roles.py). Without the
variable those runs are left out with a note at the end (in CI they fail instead).
"""

from __future__ import annotations

import gc
import itertools
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # plain `pytest` without an editable install
    sys.path.insert(0, str(ROOT))

from destination_norberg.core.timeutil import STOCKHOLM  # noqa: E402
from destination_norberg.store.database import make_engine  # noqa: E402
from destination_norberg.store.schema import ensure_schema  # noqa: E402

#: The coordinator's morning: 2026-11-26 09:00 in Norberg (08:00 UTC).
FIXED_NOW = datetime(2026, 11, 26, 9, 0, tzinfo=STOCKHOLM).astimezone(UTC)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


POSTGRES_ENV = "DN_TEST_POSTGRES_URL"


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "both_engines: run on SQLite and on PostgreSQL")
    config.addinivalue_line("markers", "sqlite_only: in a both_engines module, SQLite only")
    config.addinivalue_line("markers", "postgres_only: on PostgreSQL only (server features)")
    config.addinivalue_line("markers", "postgres: the PostgreSQL run of a test (-m 'not "
                                       "postgres' leaves them out)")


def pytest_generate_tests(metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    marked = metafunc.definition.get_closest_marker
    postgres = pytest.param("postgres", marks=pytest.mark.postgres)
    if marked("postgres_only") is not None:
        metafunc.parametrize("backend", [postgres])
    elif marked("both_engines") is not None and marked("sqlite_only") is None:
        metafunc.parametrize("backend", ["sqlite", postgres])


def pytest_collection_modifyitems(config, items) -> None:
    """Without a server (and outside CI) the PostgreSQL runs are left out, and said so once
    at the end, rather than listed one skip at a time. In CI they stay and fail loudly."""
    if os.environ.get(POSTGRES_ENV) or os.environ.get("CI"):
        return
    left_out = [item for item in items if item.get_closest_marker("postgres") is not None]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item.get_closest_marker("postgres") is None]
    config._dn_postgres_left_out = len(left_out)


@pytest.fixture
def backend(request) -> str:
    """The engine this test runs on: "sqlite" unless its module asks for both."""
    return getattr(request, "param", "sqlite")


class PostgresServer:
    """Throw-away databases on the test server, each copied from a template."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        self.base = make_url(url)
        self.admin = create_engine(self.base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.prefix = f"dn_t{os.getpid()}_"
        self.numbers = itertools.count(1)
        self.templates: dict[str, str] = {}
        self._drop_leftovers()

    def _drop_leftovers(self) -> None:
        """Databases of earlier test runs on this machine that were killed before cleaning up
        (named dn_t<pid>_…, the process gone); one still in use is left alone."""
        import contextlib
        import re

        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        with self.admin.connect() as conn:
            names = conn.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :p"),
                                 {"p": "dn\\_t%"}).scalars().all()
        for name in names:
            found = re.fullmatch(r"dn_t(\d+)_\w+", name)
            if found is None or int(found[1]) == os.getpid():
                continue
            try:
                os.kill(int(found[1]), 0)
                continue  # that run is still going
            except ProcessLookupError:
                pass
            except PermissionError:
                continue
            with contextlib.suppress(DBAPIError):  # in use after all: left alone
                self._sql(f"DROP DATABASE IF EXISTS {name}")

    def url(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def _sql(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def create(self, template: str | None = None) -> str:
        """A new database (empty, or a copy of a template by its kind); its name."""
        name = f"{self.prefix}{next(self.numbers)}"
        source = f" TEMPLATE {self.template(template)}" if template else ""
        self._sql(f"CREATE DATABASE {name}{source}")
        return name

    def drop(self, name: str) -> None:
        """Drop a test's database. An autovacuum worker (a superuser process that dn_test
        may not terminate) can be visiting the fresh copy: wait for it a little, and leave
        the database to the throw-away server if it stays."""
        import time

        from sqlalchemy.exc import ProgrammingError

        for _attempt in range(20):
            try:
                self._sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                return
            except ProgrammingError as exc:
                if "pg_signal_backend" not in str(exc):
                    raise
                time.sleep(0.1)

    def template(self, kind: str) -> str:
        """"migrated" (an empty schema at head) or "demo" (the demo season), built once."""
        if kind not in self.templates:
            from destination_norberg.store.demo import load_demo

            name = f"{self.prefix}{kind}"
            self.drop(name)
            self._sql(f"CREATE DATABASE {name}")
            eng = make_engine(self.url(name))
            try:
                ensure_schema(eng)
                if kind == "demo":
                    load_demo(eng)
            finally:
                eng.dispose()  # a template must have no connections when copied
            # Nor may autovacuum visit it: CREATE DATABASE would wait for the worker to go.
            self._sql(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
            self.templates[kind] = name
        return self.templates[kind]

    def close(self) -> None:
        for name in self.templates.values():
            self.drop(name)
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres_server():
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{POSTGRES_ENV} is not set: CI runs the store tests on PostgreSQL "
                        "too (.ci/run starts the server)")
        pytest.skip(f"{POSTGRES_ENV} is not set (bash .ci/run with DN_WITH_POSTGRES=1 "
                    "starts a server)")
    server = PostgresServer(url)
    yield server
    server.close()


def _database_url(request, backend: str, tmp_path: Path, kind: str | None) -> str:
    """A fresh database of this backend: empty (kind None), "migrated" or "demo"."""
    if backend == "postgres":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        name = server.create(kind)
        request.addfinalizer(lambda: server.drop(name))
        return server.url(name)
    if kind == "demo":
        path = tmp_path / "demo.sqlite"
        shutil.copyfile(request.getfixturevalue("demo_template"), path)
        return sqlite_url(path)
    path = tmp_path / ("test.sqlite" if kind else "blank.sqlite")
    if kind == "migrated":
        eng = make_engine(sqlite_url(path))
        try:
            ensure_schema(eng)
        finally:
            eng.dispose()
    return sqlite_url(path)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESTINATION_NORBERG_DB", str(tmp_path / "env-db.sqlite"))
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "xdg" / var.lower()))


@pytest.fixture(autouse=True)
def _collect_after_gui_tests() -> Iterator[None]:
    """The GUI tests switch automatic collection off (gui.common.collector collects on the UI
    thread instead); the tests after them collect what is due after each test."""
    yield
    if not gc.isenabled():
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [g for g in (2, 1, 0) if counts[g] > thresholds[g]]
        if due:
            gc.collect(due[0])


@pytest.fixture
def fixed_now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def engine(request, backend: str, db_path: Path, tmp_path: Path):
    """A fresh, migrated database: an SQLite file, or a PostgreSQL database (both_engines)."""
    if backend == "sqlite":
        eng = make_engine(sqlite_url(db_path))
        ensure_schema(eng)
    else:
        eng = make_engine(_database_url(request, backend, tmp_path, "migrated"))
    yield eng
    eng.dispose()


@pytest.fixture
def blank_url(request, backend: str, tmp_path: Path) -> str:
    """A fresh database with nothing in it (not migrated), as a URL."""
    return _database_url(request, backend, tmp_path, None)


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
def demo_engine(request, backend: str, tmp_path: Path):
    """A private copy of the demo database: fast, and no test sees another's writes."""
    eng = make_engine(_database_url(request, backend, tmp_path, "demo"))
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
    left_out = getattr(config, "_dn_postgres_left_out", 0)
    if left_out:
        terminalreporter.write_line(
            f"NOTE: {POSTGRES_ENV} is not set: the {left_out} PostgreSQL runs of the store "
            "and integration tests were left out, not passed (`DN_WITH_POSTGRES=1 bash "
            ".ci/run` starts a server for them).", yellow=True, bold=True)
    if not REALDATA.is_dir():
        terminalreporter.write_line(
            f"NOTE: {REALDATA} is absent: the tests against real files (iCalendar, GPX, …) "
            "were skipped, not passed.", yellow=True, bold=True)
