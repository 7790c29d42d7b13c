from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import make_url

from destination_norberg.store import models as m
from destination_norberg.store.base import Base
from destination_norberg.store.database import make_engine, write_session
from destination_norberg.store.info import database_info
from destination_norberg.store.migrate import HEAD_REVISION

pytestmark = pytest.mark.both_engines


def test_empty_database_has_no_revision_and_no_counts(blank_url: str) -> None:
    eng = make_engine(blank_url)
    try:
        info = database_info(eng)
    finally:
        eng.dispose()
    assert info.schema_revision is None
    assert info.row_counts == {}
    assert info.backend == make_url(blank_url).get_backend_name()
    assert info.url == make_url(blank_url).render_as_string(hide_password=True)


def test_migrated_database_counts_every_table(engine) -> None:
    info = database_info(engine)
    assert info.schema_revision == HEAD_REVISION
    assert set(info.row_counts) == set(Base.metadata.tables)
    assert set(info.row_counts.values()) == {0}
    assert list(info.row_counts) == sorted(info.row_counts)


def test_counts_follow_the_rows(engine) -> None:
    with write_session(engine) as s:
        s.add(m.Season(name="Vinter 2026/27", kind="vinter", starts_on=date(2026, 11, 1),
                       ends_on=date(2027, 3, 31)))
        for day in range(1, 4):
            s.add(m.SnowMeasurement(station="Norberg", depth_m=0.1,
                                    measured_at=datetime(2026, 11, day, 6, tzinfo=UTC)))
    counts = database_info(engine).row_counts
    assert counts["season"] == 1
    assert counts["snow_measurement"] == 3
    assert sum(counts.values()) == 4


def test_as_dict(engine) -> None:
    data = database_info(engine).as_dict()
    assert set(data) == {"database", "backend", "schema_revision", "row_counts"}
    assert data["schema_revision"] == HEAD_REVISION
    assert data["backend"] == engine.url.get_backend_name()
    password = engine.url.password
    if password:  # a server's address is shown without its password
        assert password not in str(data) and "***" in data["database"]
