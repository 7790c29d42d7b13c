from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError, OperationalError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from destination_norberg.core.timeutil import STOCKHOLM
from destination_norberg.store import database
from destination_norberg.store import models as m
from destination_norberg.store.database import (
    DatabaseError,
    make_engine,
    read_session,
    write_session,
)
from destination_norberg.store.schema import ensure_schema

pytestmark = pytest.mark.both_engines


def season(name: str = "Vinter 2026/27") -> m.Season:
    return m.Season(name=name, kind="vinter", starts_on=date(2026, 11, 1),
                    ends_on=date(2027, 3, 31))


def count(engine, model: type) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.mark.sqlite_only
def test_file_database_pragmas(engine) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == database.BUSY_TIMEOUT_MS
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_memory_database_gets_foreign_keys_but_no_wal() -> None:
    eng = make_engine("sqlite:///:memory:")
    try:
        with eng.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "memory"
    finally:
        eng.dispose()


def test_foreign_keys_are_enforced(engine) -> None:
    with pytest.raises(IntegrityError), write_session(engine) as s:
        s.add(m.Task(event_id=424242, title="Föräldralös"))
    assert count(engine, m.Task) == 0


def test_write_session_commits(engine) -> None:
    with write_session(engine) as s:
        s.add(season())
    assert count(engine, m.Season) == 1


def test_write_session_rolls_back_everything_on_error(engine) -> None:
    class BoomError(Exception):
        pass

    with pytest.raises(BoomError), write_session(engine) as s:
        s.add(season())
        s.add(m.SnowMeasurement(station="Norberg", depth_m=0.1,
                                measured_at=datetime(2026, 11, 25, 6, tzinfo=UTC)))
        s.flush()
        assert s.execute(select(func.count()).select_from(m.Season)).scalar_one() == 1
        raise BoomError
    assert count(engine, m.Season) == 0
    assert count(engine, m.SnowMeasurement) == 0


def test_read_session_never_writes(engine) -> None:
    with read_session(engine) as s:
        s.add(season())
        s.flush()
    assert count(engine, m.Season) == 0


def wait_for(flag: threading.Event, future: Future) -> None:
    """Wait for a thread's signal; a thread that failed instead re-raises its error here."""
    for _ in range(600):
        if flag.wait(0.1):
            return
        if future.done():
            future.result()
            pytest.fail("the thread ended without signalling")
    pytest.fail("the thread never signalled")


@pytest.mark.sqlite_only
def test_write_session_holds_the_write_lock_from_its_start(engine, db_path: Path) -> None:
    """IMMEDIATE: an open unit that has only read keeps other writers out."""
    inside, release = threading.Event(), threading.Event()

    def unit() -> None:
        with write_session(engine) as s:
            s.execute(select(func.count()).select_from(m.Season)).scalar_one()  # read only
            inside.set()
            release.wait()
            s.add(season("Från tråden"))

    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(unit)
        try:
            wait_for(inside, future)
            other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
            try:
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
            finally:
                other.close()
        finally:
            release.set()
        future.result()
    assert count(engine, m.Season) == 1


@pytest.mark.sqlite_only
def test_second_writer_waits_for_the_first(engine, db_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A second write unit waits for the lock (busy timeout) instead of failing."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 60_000)
    first_inside, first_release = threading.Event(), threading.Event()
    second_begun = threading.Event()
    order: list[str] = []

    second_engine = make_engine(f"sqlite:///{db_path}")

    @event.listens_for(second_engine, "connect")
    def _trace(dbapi_conn, _record) -> None:
        # Fires as SQLite starts the statement, i.e. before it waits for the lock.
        dbapi_conn.set_trace_callback(
            lambda sql: second_begun.set() if sql.startswith("BEGIN IMMEDIATE") else None)

    def first() -> None:
        with write_session(engine) as s:
            s.add(season("Först"))
            s.flush()
            first_inside.set()
            first_release.wait()
            order.append("first")

    def second() -> None:
        with write_session(second_engine) as s:
            # The unit's first statement begins it (the session is lazy): a read here
            # must wait for the lock rather than fail later at the write.
            s.execute(select(func.count()).select_from(m.Season)).scalar_one()
            order.append("second")
            s.add(season("Sedan"))

    try:
        with ThreadPoolExecutor(2) as pool:
            one = pool.submit(first)
            try:
                wait_for(first_inside, one)
                two = pool.submit(second)
                wait_for(second_begun, two)
                # While the first unit is open the second cannot be past its BEGIN.
                assert order == []
            finally:
                first_release.set()
            one.result()
            two.result()
    finally:
        second_engine.dispose()
    assert order == ["first", "second"]
    with read_session(engine) as s:
        assert s.scalars(select(m.Season.name).order_by(m.Season.id)).all() == ["Först", "Sedan"]


@pytest.mark.sqlite_only
def test_without_busy_timeout_a_second_writer_fails(engine, db_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The control for the test above: the wait is the busy timeout's doing."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 0)
    impatient = make_engine(f"sqlite:///{db_path}")
    try:
        with write_session(engine) as s:
            s.add(season("Först"))
            s.flush()
            with pytest.raises(OperationalError, match="locked"), write_session(impatient) as s2:
                s2.add(season("Sedan"))
    finally:
        impatient.dispose()
    assert count(engine, m.Season) == 1


def test_utc_datetime_round_trip(engine, backend) -> None:
    local = datetime(2027, 2, 14, 9, 0, tzinfo=STOCKHOLM)
    with write_session(engine) as s:
        s.add(m.SnowMeasurement(station="Norberg", measured_at=local, depth_m=0.4))
    with read_session(engine) as s:
        back = s.scalars(select(m.SnowMeasurement.measured_at)).one()
    assert back == local
    assert back.tzinfo is UTC
    assert back.hour == 8
    with engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT measured_at FROM snow_measurement").scalar()
    if backend == "sqlite":  # naive UTC text, as store.rows compares it
        assert raw.startswith("2027-02-14 08:00:00")
    else:  # timestamptz: the instant itself
        assert raw == datetime(2027, 2, 14, 8, 0, tzinfo=UTC)


def test_utc_datetime_in_queries(engine) -> None:
    at = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
    with write_session(engine) as s:
        for day in range(3):
            s.add(m.SnowMeasurement(station="Norberg", measured_at=at + timedelta(days=day),
                                    depth_m=0.1 * day))
    cutoff = datetime(2026, 11, 26, 7, 0, tzinfo=STOCKHOLM)  # 06:00 UTC on the 26th
    with read_session(engine) as s:
        later = s.scalars(select(m.SnowMeasurement.depth_m)
                          .where(m.SnowMeasurement.measured_at >= cutoff)
                          .order_by(m.SnowMeasurement.measured_at)).all()
    assert later == pytest.approx([0.1, 0.2])


def test_utc_datetime_rejects_naive(engine) -> None:
    with pytest.raises(StatementError) as info, write_session(engine) as s:
        s.add(m.SnowMeasurement(station="Norberg", measured_at=datetime(2026, 11, 25, 6),
                                depth_m=0.1))
    assert isinstance(info.value.orig, ValueError)
    assert "naive" in str(info.value.orig)
    assert count(engine, m.SnowMeasurement) == 0


def test_version_increments_on_update(engine) -> None:
    with write_session(engine) as s:
        row = season()
        s.add(row)
        s.flush()
        assert row.version == 1
        row_id = row.id
    for expected in (2, 3):
        with write_session(engine) as s:
            row = s.get(m.Season, row_id)
            row.name = f"Vinter v{expected}"
        assert row.version == expected


def test_stale_update_raises(engine) -> None:
    with write_session(engine) as s:
        s.add(season())
    with Session(engine, expire_on_commit=False) as editor:
        mine = editor.scalars(select(m.Season)).one()
        editor.commit()  # the dialog is open: no transaction is held meanwhile
        with write_session(engine) as other:
            other.scalars(select(m.Season)).one().name = "Ändrad av en kollega"
        mine.name = "Min ändring"
        with pytest.raises(StaleDataError):
            editor.commit()
    with read_session(engine) as s:
        row = s.scalars(select(m.Season)).one()
        assert (row.name, row.version) == ("Ändrad av en kollega", 2)


@pytest.mark.parametrize("url", ["this is not a url", "nosuchdatabase://host/db", ""])
def test_garbage_url_is_a_database_error(url: str) -> None:
    with pytest.raises(DatabaseError):
        make_engine(url)


def test_sqlite_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "data.sqlite"
    eng = make_engine(f"sqlite:///{path}")
    try:
        ensure_schema(eng)
    finally:
        eng.dispose()
    assert path.is_file()


def test_uncreatable_folder_is_a_database_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="Cannot create the folder"):
        make_engine(f"sqlite:///{blocker / 'sub' / 'data.sqlite'}")
