"""Two starts at once (two windows, or Refresh during a first start) must not collide."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from destination_norberg.store.database import DatabaseError, make_engine
from destination_norberg.store.demo import NotEmptyError, has_data, load_demo
from destination_norberg.store.migrate import HEAD_REVISION, current_revision
from destination_norberg.store.opening import open_database, seed_demo_if_empty
from destination_norberg.store.schema import ensure_schema


def run_together(*jobs) -> list[object]:
    """Start the jobs at one barrier; collect each result or exception."""
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = jobs[i]()
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_two_first_starts_migrate_once_and_both_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    engines = [make_engine(url), make_engine(url)]
    try:
        results = run_together(*(lambda e=e: ensure_schema(e) for e in engines))
        assert results == [HEAD_REVISION, HEAD_REVISION]
        assert current_revision(engines[0]) == HEAD_REVISION
    finally:
        for e in engines:
            e.dispose()


def test_two_seeding_starts_load_the_demo_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'seed.sqlite'}"
    first, second = open_database(url), open_database(url)
    try:
        results = run_together(lambda: seed_demo_if_empty(first),
                               lambda: seed_demo_if_empty(second))
        assert sorted(results) == [False, True]  # exactly one loaded; no IntegrityError
        with pytest.raises(NotEmptyError):
            load_demo(first)
    finally:
        first.dispose()
        second.dispose()


def test_demo_into_a_read_only_database_is_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    # SQLite's own read-only mode: refused even for root, as a read-only share would be.
    engine = make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with pytest.raises(DatabaseError) as info:
            load_demo(engine)
        assert "\n" not in str(info.value)
        assert "readonly" in str(info.value).replace("-", "").replace(" ", "").lower()
    finally:
        engine.dispose()
    check = make_engine(f"sqlite:///{path}")
    try:
        assert not has_data(check)
    finally:
        check.dispose()
