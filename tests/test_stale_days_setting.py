"""The stale-report threshold is the destination's one setting, stored in the database
(app.settings): every reader of trail status judges by it, a command's --stale-days still
overrides it for that command, and a database that never set it judges by the old 7 days."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import text

from destination_norberg.app import settings
from destination_norberg.app.status_data import read_status
from destination_norberg.cli.trails import cmd_trail_report, cmd_trails
from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.store.rows import EngineRows, open_current_sqlite
from destination_norberg.store.trails_store import register

pytestmark = pytest.mark.both_engines

TRAIL = "demo-hyttbacken"  # stale in the demo season: its newest report is weeks old


@pytest.fixture
def five_days_old(demo_engine, demo_url, fixed_now) -> str:
    """The demo database with TRAIL reported clear five days before `fixed_now`."""
    assert cmd_trail_report(demo_url, TRAIL, "clear", None, None, None, False, None, None,
                            fixed_now - timedelta(days=5)) == 0
    row = next(r for r in register(demo_engine, fixed_now) if r.uid == TRAIL)
    assert row.report_age_days == pytest.approx(5.0) and not row.stale  # 7 days by default
    return demo_url


def trails_json(url: str, now, capsys, stale_days: int | None = None) -> dict[str, dict]:
    assert cmd_trails(url, True, now, stale_days) == 0
    return {item["uid"]: item for item in json.loads(capsys.readouterr().out)}


def test_a_database_that_never_set_it_uses_the_default(demo_engine, demo_url) -> None:
    assert DEFAULT_STALE_DAYS == 7
    assert settings.stale_days(demo_url) == 7
    assert settings.stale_days(demo_engine) == 7
    assert settings.stale_days(EngineRows(demo_engine)) == 7


def test_set_and_read_back_through_every_kind_of_source(demo_engine, demo_url) -> None:
    settings.set_stale_days(demo_url, 3)
    assert settings.stale_days(demo_url) == 3
    assert settings.stale_days(demo_engine) == 3
    settings.set_stale_days(demo_engine, 12)  # a second write replaces the first
    assert settings.stale_days(EngineRows(demo_engine)) == 12
    with demo_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM destination_setting")).scalar_one() == 1


@pytest.mark.sqlite_only
def test_the_sqlite3_fast_path_reads_it(demo_url) -> None:
    settings.set_stale_days(demo_url, 4)
    fast = open_current_sqlite(demo_url)
    assert fast is not None
    try:
        assert settings.stale_days(fast) == 4
    finally:
        fast.close()


@pytest.mark.parametrize("days", [0, 366, -1, True, 7.5])
def test_a_threshold_out_of_range_is_refused(demo_url, days) -> None:
    with pytest.raises(ValueError, match="1 to 365 days"):
        settings.set_stale_days(demo_url, days)
    assert settings.stale_days(demo_url) == 7


@pytest.mark.parametrize("stored", ["often", "0", "999", ""])
def test_a_bad_stored_value_reads_as_the_default(demo_engine, stored) -> None:
    with demo_engine.begin() as conn:
        conn.execute(text("INSERT INTO destination_setting (name, value) VALUES (:n, :v)"),
                     {"n": settings.STALE_DAYS_NAME, "v": stored})
    assert settings.stale_days(demo_engine) == 7


def test_a_carry_over_is_stored_only_where_nothing_is(demo_engine) -> None:
    assert not settings.carry_over_stale_days(demo_engine, DEFAULT_STALE_DAYS)
    assert settings.stale_days(demo_engine) == 7
    assert settings.carry_over_stale_days(demo_engine, 30)
    assert settings.stale_days(demo_engine) == 30
    assert not settings.carry_over_stale_days(demo_engine, 10)  # another's choice is kept
    assert settings.stale_days(demo_engine) == 30


def test_the_cli_trails_judge_by_the_setting(five_days_old, fixed_now, capsys) -> None:
    assert not trails_json(five_days_old, fixed_now, capsys)[TRAIL]["stale"]
    settings.set_stale_days(five_days_old, 3)
    assert trails_json(five_days_old, fixed_now, capsys)[TRAIL]["stale"]
    # --stale-days still overrides the setting for that one command
    assert not trails_json(five_days_old, fixed_now, capsys, stale_days=7)[TRAIL]["stale"]
    assert cmd_trails(five_days_old, False, fixed_now) == 0
    assert "have no report newer than 3 day(s)." in capsys.readouterr().out


def test_the_status_page_data_judges_by_the_setting(five_days_old, demo_engine,
                                                   fixed_now) -> None:
    source = EngineRows(demo_engine)
    before = read_status(source, fixed_now, with_guarantee=False)
    assert before.stale_days == 7
    assert not next(t for t in before.trails if t.uid == TRAIL).stale
    settings.set_stale_days(five_days_old, 3)
    after = read_status(source, fixed_now)
    assert after.stale_days == 3
    assert next(t for t in after.trails if t.uid == TRAIL).stale
    assert read_status(source, fixed_now, 7).stale_days == 7  # an explicit value wins


def test_the_bulletin_data_judges_by_the_setting(five_days_old, demo_engine,
                                                fixed_now) -> None:
    from destination_norberg.gui.documents.bulletin import read_bulletin

    source = EngineRows(demo_engine)
    day = fixed_now.date()
    assert not next(t for t in read_bulletin(source, day, fixed_now).trails
                    if t.uid == TRAIL).stale
    settings.set_stale_days(five_days_old, 3)
    data = read_bulletin(source, day, fixed_now)
    assert data.stale_days == 3
    assert next(t for t in data.trails if t.uid == TRAIL).stale


def test_the_snow_report_judges_loops_by_the_setting(demo_engine, fixed_now) -> None:
    from destination_norberg.app.snow import snow_report

    def ready(*args) -> list[float]:
        return [s.ready_km for s, _p in snow_report(EngineRows(demo_engine), *args).judged]

    later = fixed_now + timedelta(days=3)  # the loops' newest reports are now 3-4 days old
    assert ready(later) == ready(later, 7) and ready(later)[0] > 0
    settings.set_stale_days(demo_engine, 2)
    assert ready(later) == ready(later, 2) == [0.0] * len(ready(later, 7))
    assert ready(later, 7)[0] > 0  # an explicit value wins


def test_publish_status_judges_by_the_setting(five_days_old, fixed_now, tmp_path,
                                              capsys) -> None:
    from destination_norberg.cli.packages import cmd_publish_status

    settings.set_stale_days(five_days_old, 3)
    assert cmd_publish_status(five_days_old, tmp_path / "web", None, fixed_now) == 0
    feed = json.loads((tmp_path / "web" / "status.json").read_text(encoding="utf-8"))
    assert feed["stale_days"] == 3
    assert cmd_publish_status(five_days_old, tmp_path / "web", 30, fixed_now) == 0
    feed = json.loads((tmp_path / "web" / "status.json").read_text(encoding="utf-8"))
    assert feed["stale_days"] == 30


def test_migration_0005_adds_the_table_and_goes_back(blank_url) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from destination_norberg.store.database import make_engine
    from destination_norberg.store.migrate import alembic_config, current_revision

    engine = make_engine(blank_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0004_gdpr_log")
        assert "destination_setting" not in inspect(engine).get_table_names()
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0005_destination_setting")
        assert current_revision(engine) == "0005_destination_setting"
        settings.set_stale_days(engine, 9)
        assert settings.stale_days(engine) == 9
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0004_gdpr_log")
        assert "destination_setting" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
