"""Faults of the database itself: a clear message, and nothing half-written (issue 8).

A read-only database, a busy one (another program holds the write lock past the busy
timeout), a full disk (SQLite's max_page_count stands in for it) and a dropped connection (a
server restart: the pool's pre-ping, and run_write's single retry, never after COMMIT). Each
case checks the words (the store's DatabaseError, the window's user_message, the command
line) and that every table holds exactly the rows it held before.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, inspect, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from destination_norberg.cli import main
from destination_norberg.core.contacts import ContactRow
from destination_norberg.gui.common.errors import user_message
from destination_norberg.store import models as m
from destination_norberg.store.database import (
    BUSY_TIMEOUT_ENV,
    FAULT_SENTENCES,
    DatabaseError,
    Fault,
    fault_of,
    first_line,
    make_engine,
    run_read,
    run_write,
    write_session,
)
from destination_norberg.store.network_import import import_contacts

READ_ONLY = ("The database is read-only: changes cannot be saved to it here (check the file's "
             "permissions, or your rights on the server); nothing was saved.")
BUSY = "The database is busy: another program is writing; try again."
FULL = "The disk is full (or the database reached its size limit): nothing was saved."
LOST = ("The connection to the database server was lost: nothing was saved. The program "
        "reconnects by itself; try again.")
TODAY = date(2026, 11, 26)


def contact_rows(n: int) -> list[ContactRow]:
    return [ContactRow(source_row=i + 2, organisation=f"Nytt företag {i // 4}",
                       name=f"Person {i}", email=f"person{i}@nytt.example") for i in range(n)]


def table_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        names = [n for n in inspect(conn).get_table_names() if n != "alembic_version"]
        return {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one()
                for n in names}


def counts_of(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        return table_counts(engine)
    finally:
        engine.dispose()


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def demo_file(demo_engine, tmp_path: Path) -> Path:
    """The demo season in an SQLite file, with no connection left open."""
    demo_engine.dispose()
    return tmp_path / "demo.sqlite"


@pytest.fixture
def contacts_csv(tmp_path: Path) -> Path:
    path = tmp_path / "kontakter.csv"
    lines = ["Företag;Namn;E-post"] + [f"Nytt företag {i // 4};Person {i};person{i}@nytt.example"
                                       for i in range(40)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- the words --------------------------------------------------------------------------------


def test_the_window_and_the_store_say_the_same_sentences() -> None:
    assert FAULT_SENTENCES == {Fault.READ_ONLY: READ_ONLY, Fault.BUSY: BUSY, Fault.FULL: FULL,
                               Fault.DISCONNECTED: LOST}


@pytest.mark.parametrize(("exc", "fault"), [
    (sqlite3.OperationalError("attempt to write a readonly database"), Fault.READ_ONLY),
    (sqlite3.OperationalError("database is locked"), Fault.BUSY),
    (sqlite3.OperationalError("database or disk is full"), Fault.FULL),
    (OSError(errno.ENOSPC, "No space left on device"), Fault.FULL),
    (OSError(errno.EROFS, "Read-only file system"), Fault.READ_ONLY),
    (sqlite3.OperationalError("no such table: event"), None),
    (ValueError("naive datetime"), None),
])
def test_faults_are_told_apart_from_other_errors(exc: BaseException, fault: Fault | None) -> None:
    assert fault_of(exc) is fault
    wrapped = DatabaseError("The event could not be saved")
    wrapped.__cause__ = exc
    assert fault_of(wrapped) is fault


def test_an_unknown_error_keeps_the_drivers_words() -> None:
    exc = OperationalError("SELECT 1", {}, sqlite3.OperationalError("no such table: event"))
    assert first_line(exc) == "no such table: event"


# --- read-only --------------------------------------------------------------------------------


def test_a_read_only_database_says_so_and_nothing_is_written(demo_file: Path) -> None:
    url = f"sqlite:///{demo_file}"
    before = counts_of(url)
    ro = make_engine(f"sqlite:///file:{demo_file}?mode=ro&uri=true")
    try:
        with pytest.raises(DatabaseError) as info:
            import_contacts(ro, contact_rows(20), "kontakter.csv", today=TODAY)
        assert str(info.value) == ("The import could not be saved: the database is read-only "
                                   "(check the file's permissions, or your rights on the "
                                   "server)")
        assert user_message(info.value) == READ_ONLY
        with pytest.raises(OperationalError) as raw, write_session(ro) as s:
            s.add(m.Organisation(name="Går inte"))
        assert user_message(raw.value) == READ_ONLY
    finally:
        ro.dispose()
    assert counts_of(url) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to a file without write bits")
def test_a_file_without_write_permission_is_read_only(demo_file: Path) -> None:
    url = f"sqlite:///{demo_file}"
    before = counts_of(url)
    demo_file.chmod(0o444)
    try:
        engine = make_engine(url)
        try:
            with pytest.raises(DatabaseError) as info:
                import_contacts(engine, contact_rows(20), "kontakter.csv", today=TODAY)
            assert user_message(info.value) == READ_ONLY
        finally:
            engine.dispose()
    finally:
        demo_file.chmod(0o644)
    assert counts_of(url) == before


def test_the_command_line_says_read_only_in_one_line(demo_file: Path, contacts_csv: Path,
                                                     capsys) -> None:
    before = counts_of(f"sqlite:///{demo_file}")
    code = main(["--db", f"sqlite:///file:{demo_file}?mode=ro&uri=true", "import", "contacts",
                 str(contacts_csv)])
    line = one_line(capsys.readouterr().err)
    assert code == 2
    assert "the database is read-only" in line
    assert counts_of(f"sqlite:///{demo_file}") == before


# --- busy -------------------------------------------------------------------------------------


def test_a_locked_database_is_busy_then_works_again(demo_file: Path) -> None:
    url = f"sqlite:///{demo_file}"
    before = counts_of(url)
    holder = sqlite3.connect(demo_file, isolation_level=None)
    impatient = make_engine(url, busy_timeout_ms=50)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program is writing, and takes its time
        started = time.monotonic()
        with pytest.raises(DatabaseError) as info:
            import_contacts(impatient, contact_rows(20), "kontakter.csv", today=TODAY)
        assert time.monotonic() - started < 5  # the configured timeout, not the default 10 s
        assert "the database is busy (another program is writing); try again" in str(info.value)
        assert user_message(info.value) == BUSY
        with pytest.raises(OperationalError) as raw, write_session(impatient) as s:
            s.add(m.Organisation(name="Väntar"))
        assert user_message(raw.value) == BUSY
        holder.execute("ROLLBACK")
        assert counts_of(url) == before
        report = import_contacts(impatient, contact_rows(20), "kontakter.csv", today=TODAY)
        assert report.created_persons == 20  # the same unit, tried again, is saved whole
    finally:
        holder.close()
        impatient.dispose()
    after = counts_of(url)
    assert after["person"] == before["person"] + 20
    assert after["organisation"] == before["organisation"] + 5


def test_the_busy_timeout_comes_from_the_environment(demo_file: Path, contacts_csv: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys) -> None:
    url = f"sqlite:///{demo_file}"
    before = counts_of(url)
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "50")
    holder = sqlite3.connect(demo_file, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        code = main(["--db", url, "import", "contacts", str(contacts_csv)])
        assert time.monotonic() - started < 8
    finally:
        holder.close()
    line = one_line(capsys.readouterr().err)
    assert code == 2
    assert "the database is busy" in line
    assert counts_of(url) == before


def test_a_mistyped_busy_timeout_is_a_clear_error(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "ten seconds")
    with pytest.raises(DatabaseError, match=BUSY_TIMEOUT_ENV):
        make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")


# --- disk full --------------------------------------------------------------------------------


def capped(url: str, extra_pages: int) -> Engine:
    """An engine whose database may grow by only a few pages: SQLITE_FULL, as on a full disk."""
    probe = sqlite3.connect(url.removeprefix("sqlite:///"))
    pages = probe.execute("PRAGMA page_count").fetchone()[0]
    probe.close()
    engine = make_engine(url)

    @event.listens_for(engine, "connect")
    def _cap(dbapi_conn, _record) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    return engine


def test_a_full_disk_saves_nothing(demo_file: Path) -> None:
    url = f"sqlite:///{demo_file}"
    before = counts_of(url)
    full = capped(url, 2)
    try:
        with pytest.raises(DatabaseError) as info:
            import_contacts(full, contact_rows(5000), "kontakter.csv", today=TODAY)
        assert str(info.value) == ("The import could not be saved: the disk is full (or the "
                                   "database reached its size limit)")
        assert user_message(info.value) == FULL
    finally:
        full.dispose()
    assert counts_of(url) == before
    conn = sqlite3.connect(demo_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_a_disk_full_error_from_the_file_system_is_worded_too() -> None:
    assert user_message(OSError(errno.ENOSPC, "No space left on device", "x.zip")) == FULL


# --- a dropped connection ---------------------------------------------------------------------


def cut_connection(engine: Engine, times: int, statement_starts: str = "INSERT") -> list[str]:
    """Make the next `times` matching statements fail as a dropped server connection would."""
    cuts: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _cut(_conn, _cursor, statement, _params, _context, _many) -> None:
        if len(cuts) < times and statement.lstrip().upper().startswith(statement_starts):
            cuts.append(statement)
            raise sqlite3.OperationalError("server closed the connection unexpectedly")

    @event.listens_for(engine, "handle_error")
    def _as_disconnect(context) -> None:
        if "server closed the connection" in str(context.original_exception):
            context.is_disconnect = True

    return cuts


def add_org(name: str, calls: list[int]):
    def unit(session) -> int:
        calls.append(1)
        org = m.Organisation(name=name)
        session.add(org)
        session.flush()
        return org.id
    return unit


def org_names(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(m.Organisation.name).order_by(m.Organisation.id))
                    .scalars())


def test_a_unit_cut_off_before_commit_is_run_again_once(engine) -> None:
    cuts = cut_connection(engine, 1)
    calls: list[int] = []
    new_id = run_write(engine, add_org("Bageriet", calls))
    assert len(cuts) == 1 and len(calls) == 2
    assert org_names(engine) == ["Bageriet"]  # once, not twice
    assert new_id is not None


def test_a_connection_that_stays_down_is_one_clear_message(engine) -> None:
    before = table_counts(engine)
    cut_connection(engine, 2)
    calls: list[int] = []
    with pytest.raises(OperationalError) as info:
        run_write(engine, add_org("Bageriet", calls))
    assert len(calls) == 2  # tried again once, not for ever
    assert fault_of(info.value) is Fault.DISCONNECTED
    assert user_message(info.value) == LOST
    assert table_counts(engine) == before


def test_a_connection_lost_during_commit_is_never_retried(engine,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The outcome of a COMMIT cut off is unknown: running the unit again could save twice."""
    from sqlalchemy.orm import Session

    def lost(self) -> None:
        raise OperationalError("COMMIT", {}, sqlite3.OperationalError(
            "server closed the connection unexpectedly"), connection_invalidated=True)

    monkeypatch.setattr(Session, "commit", lost)
    calls: list[int] = []
    with pytest.raises(OperationalError) as info:
        run_write(engine, add_org("Bageriet", calls))
    assert len(calls) == 1
    assert user_message(info.value) == LOST


def test_other_errors_are_not_retried(engine) -> None:
    calls: list[int] = []

    def orphan(session) -> None:
        calls.append(1)
        session.add(m.Task(event_id=424242, title="Föräldralös"))

    with pytest.raises(IntegrityError):
        run_write(engine, orphan)
    assert calls == [1]
    assert table_counts(engine)["task"] == 0


def test_a_read_cut_off_is_run_again_once(engine) -> None:
    with write_session(engine) as s:
        s.add(m.Organisation(name="Bageriet"))
    cuts = cut_connection(engine, 1, "SELECT")
    names = run_read(engine, lambda s: s.scalars(select(m.Organisation.name)).all())
    assert names == ["Bageriet"] and len(cuts) == 1


# --- PostgreSQL: a server that restarts, refuses writes, or holds a lock ----------------------


@pytest.fixture
def pg_url(request, postgres_server) -> str:
    name = postgres_server.create("demo")
    request.addfinalizer(lambda: postgres_server.drop(name))
    return postgres_server.url(name)


def restart_cut(postgres_server, url: str) -> int:
    """What a server restart does to its clients: every connection to the database is cut."""
    from sqlalchemy.engine import make_url

    with postgres_server.admin.connect() as conn:
        return len(conn.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = :db AND pid <> pg_backend_pid()"),
            {"db": make_url(url).database}).all())


@pytest.mark.postgres
def test_a_server_restart_between_units_is_not_noticed(postgres_server, pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        with write_session(engine) as s:
            s.add(m.Organisation(name="Före omstarten"))
        assert restart_cut(postgres_server, pg_url) >= 1  # our pooled connection, now dead
        with write_session(engine) as s:  # pre-ping: a new connection, the edit is saved
            s.add(m.Organisation(name="Efter omstarten"))
        names = run_read(engine, lambda s: s.scalars(
            select(m.Organisation.name).where(m.Organisation.name.like("%omstarten"))
            .order_by(m.Organisation.id)).all())
        assert names == ["Före omstarten", "Efter omstarten"]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_server_connection_cut_during_a_unit_is_run_again(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        before = table_counts(engine)
        calls: list[int] = []

        def unit(session) -> None:
            calls.append(1)
            session.add(m.Organisation(name="Mitt i omstarten"))
            session.flush()
            if len(calls) == 1:  # the server goes away with the unit half done
                session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))

        run_write(engine, unit)
        assert len(calls) == 2
        after = table_counts(engine)
        assert after["organisation"] == before["organisation"] + 1
        assert {k: v for k, v in after.items() if k != "organisation"} == \
            {k: v for k, v in before.items() if k != "organisation"}
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_read_only_server_database_says_so(postgres_server, pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    before = counts_of(pg_url)
    with postgres_server.admin.connect() as conn:
        conn.exec_driver_sql(f"ALTER DATABASE {make_url(pg_url).database} "
                             "SET default_transaction_read_only = on")
    engine = make_engine(pg_url)
    try:
        with pytest.raises(DatabaseError) as info:
            import_contacts(engine, contact_rows(20), "kontakter.csv", today=TODAY)
        assert "the database is read-only" in str(info.value)
        assert user_message(info.value) == READ_ONLY
    finally:
        engine.dispose()
    assert counts_of(pg_url) == before


@pytest.mark.postgres
def test_a_lock_held_on_the_server_is_busy(pg_url: str) -> None:
    before = counts_of(pg_url)
    holder = make_engine(pg_url)
    impatient = make_engine(pg_url, busy_timeout_ms=100)
    try:
        with holder.begin() as conn:
            conn.execute(text("LOCK TABLE organisation IN EXCLUSIVE MODE"))
            started = time.monotonic()
            with pytest.raises(DatabaseError) as info:
                import_contacts(impatient, contact_rows(20), "kontakter.csv", today=TODAY)
            assert time.monotonic() - started < 5
        assert "the database is busy" in str(info.value)
        assert user_message(info.value) == BUSY
    finally:
        holder.dispose()
        impatient.dispose()
    assert counts_of(pg_url) == before


def test_counts_helper_sees_every_table(engine) -> None:
    assert set(table_counts(engine)) == set(m.Base.metadata.tables)


# --- a process killed during an import --------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
IMPORT_ROWS = 40_000

IMPORTER = """
import sys, time
from sqlalchemy import Engine, event

url, csv_path, stall = sys.argv[1], sys.argv[2], sys.argv[3] == "stall"
said = set()

@event.listens_for(Engine, "after_cursor_execute")
def _progress(conn, cursor, statement, params, context, executemany):
    for table in ("organisation", "person"):
        if statement.startswith(f"INSERT INTO {table} ") and table not in said:
            said.add(table)
            print(f"inserted {table}", flush=True)
            if stall and table == "organisation":
                time.sleep(60)  # a slow disk: the kill comes in the middle of the unit

print("started", flush=True)
from destination_norberg.cli import main
sys.exit(main(["--db", url, "import", "contacts", csv_path]))
"""


def big_contacts_csv(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        f.write("Företag;Namn;E-post;Telefon\n")
        for i in range(n):
            f.write(f"Företag {i // 4};Person {i};person{i}@import.example;070-{i:07d}\n")
    return path


def run_importer(url: str, csv_path: Path, stall: bool, kill_after: str | float | None):
    """Start an import in a new process; SIGKILL it at a printed step or after some seconds."""
    import signal
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    proc = subprocess.Popen([sys.executable, "-c", IMPORTER, url, str(csv_path),
                             "stall" if stall else "run"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    seen: list[str] = []
    try:
        if kill_after is None:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err
            return out.splitlines()
        while True:
            line = proc.stdout.readline().strip()
            if not line:
                proc.wait()
                pytest.fail(f"the import ended before the kill: {proc.stderr.read()}")
            seen.append(line)
            if isinstance(kill_after, str) and line == kill_after:
                break
            if line == "started" and not isinstance(kill_after, str):
                time.sleep(kill_after)
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(60)
        return seen
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def import_state(path: Path) -> tuple[list[tuple[str]], int, int]:
    conn = sqlite3.connect(path)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        orgs = conn.execute("SELECT count(*) FROM organisation "
                            "WHERE name LIKE 'Företag %'").fetchone()[0]
        people = conn.execute("SELECT count(*) FROM person "
                              "WHERE email LIKE '%@import.example'").fetchone()[0]
        return check, orgs, people
    finally:
        conn.close()


@pytest.fixture(scope="module")
def import_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return big_contacts_csv(tmp_path_factory.mktemp("import") / "kontakter.csv", IMPORT_ROWS)


@pytest.fixture(scope="module")
def whole_import(import_csv: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, int]:
    """What the import writes when it is left to finish: (organisations, people)."""
    path = tmp_path_factory.mktemp("whole") / "whole.sqlite"
    run_importer(f"sqlite:///{path}", import_csv, stall=False, kill_after=None)
    check, orgs, people = import_state(path)
    assert check == [("ok",)]
    assert (orgs, people) == (IMPORT_ROWS // 4, IMPORT_ROWS)
    return orgs, people


@pytest.mark.slow
@pytest.mark.parametrize(("kill_at", "stall"), [
    ("started", False),  # while the file is read
    ("inserted organisation", True),  # inside the unit, held there: certainly mid-write
    ("inserted organisation", False),  # inside the unit, racing it to its commit
    ("inserted person", False),
    (0.5, False),  # whenever it happens to be, some seconds in
    (1.0, False),
    (1.5, False),
])
def test_a_process_killed_during_an_import_leaves_all_or_nothing(
        kill_at: str | float, stall: bool, demo_file: Path, import_csv: Path,
        whole_import: tuple[int, int]) -> None:
    url = f"sqlite:///{demo_file}"
    before = counts_of(url)
    run_importer(url, import_csv, stall=stall, kill_after=kill_at)
    check, orgs, people = import_state(demo_file)
    assert check == [("ok",)]
    assert (orgs, people) in ((0, 0), whole_import)
    after = counts_of(url)
    if (orgs, people) == (0, 0):
        assert after == before  # not a row of it, and nothing else touched
    else:
        assert after == before | {"organisation": before["organisation"] + orgs,
                                  "person": before["person"] + people}
    if stall:  # killed inside the unit, after its first inserts: certainly none of it
        assert (orgs, people) == (0, 0)
