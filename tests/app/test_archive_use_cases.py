"""The use cases behind the window's Arkiv menu: database addresses without passwords, a new
database, the restore preview and safety copy, and scheduled backups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from destination_norberg.app import backup as use
from destination_norberg.app.database import (
    create_database,
    has_password,
    info_at,
    is_server,
    server_url,
    shown_name,
    with_password,
    without_password,
)
from destination_norberg.app.errors import AppError

SERVER = "postgresql+psycopg://coordinator@db.example:5432/norberg"


def test_a_server_address_is_shown_and_kept_without_its_password() -> None:
    secret = with_password(SERVER, "p@ss:word")
    assert has_password(secret) and not has_password(SERVER)
    assert "p%40ss%3Aword" in secret  # quoted, so it survives the URL
    from sqlalchemy.engine import make_url

    assert make_url(secret).password == "p@ss:word"
    assert make_url(secret).username == "coordinator"
    service = "postgresql+psycopg:///?service=norberg"
    assert without_password(service) == service and not has_password(service)
    assert without_password(secret) == SERVER
    assert shown_name(secret) == (SERVER, SERVER)
    assert is_server(SERVER) and not is_server("sqlite:////tmp/x.sqlite")
    assert shown_name("sqlite:////tmp/norberg.sqlite")[0] == "norberg.sqlite"
    assert without_password("sqlite:////tmp/x.sqlite") == "sqlite:////tmp/x.sqlite"
    assert server_url("postgresql://a@b/c") == "postgresql+psycopg://a@b/c"
    assert server_url("postgres://a@b/c") == "postgresql+psycopg://a@b/c"
    assert server_url(SERVER) == SERVER


def test_a_new_database_is_empty_and_never_replaces_a_file(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    create_database(path).dispose()
    info = info_at(f"sqlite:///{path}")
    assert info is not None and info.schema_revision and not any(info.row_counts.values())
    with pytest.raises(AppError, match="already exists"):
        create_database(path)
    with pytest.raises(AppError, match="does not exist"):
        create_database(tmp_path / "no" / "such" / "x.sqlite")


def test_the_restore_preview_verifies_and_counts(demo_url: str, tmp_path: Path) -> None:
    zipped = tmp_path / "b.zip"
    info = use.backup(demo_url, zipped)
    preview = use.restore_preview(demo_url, zipped)
    assert preview.backup.sha256 == info.sha256
    assert preview.current["event"] == info.row_counts["event"] > 0
    assert preview.current_rows == info.total_rows
    broken = tmp_path / "broken.zip"
    broken.write_bytes(zipped.read_bytes()[:-40])
    from destination_norberg.app.errors import DatabaseError

    with pytest.raises(DatabaseError):
        use.restore_preview(demo_url, broken)


def test_a_restore_in_the_window_keeps_a_safety_copy(demo_url: str, demo_engine,
                                                     tmp_path: Path) -> None:
    from destination_norberg.paths import user_data_dir

    zipped = tmp_path / "b.zip"
    use.backup(demo_url, zipped)
    demo_engine.dispose()
    result, kept = use.restore_with_safety_copy(demo_url, zipped)
    assert kept is not None and kept.parent == user_data_dir() / "backups"
    assert use.restore_preview(demo_url, kept).backup.total_rows == result.backup.total_rows


def test_scheduled_backups_keep_the_newest_of_their_own_database(demo_url: str,
                                                                 tmp_path: Path) -> None:
    schedule = use.Scheduled(tmp_path, 24, 2)
    t0 = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
    other = tmp_path / "other-0001_x-20200101T000000Z.zip"
    other.write_bytes(b"x")
    made = [use.run_scheduled_backup(demo_url, schedule, t0 + timedelta(days=n)).made
            for n in range(4)]
    assert all(made)
    assert sorted(tmp_path.glob("demo-*.zip")) == sorted(made[-2:])
    assert other.exists()
    assert use.last_scheduled_backup(demo_url, tmp_path) == t0 + timedelta(days=3)
    # ten minutes early still counts as due: a daily backup keeps its hour
    early = t0 + timedelta(days=4) - timedelta(minutes=5)
    assert use.run_scheduled_backup(demo_url, schedule, early).made is not None
    with pytest.raises(AppError, match="does not exist"):
        use.run_scheduled_backup(demo_url, use.Scheduled(tmp_path / "gone", 24, 2))
