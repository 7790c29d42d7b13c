from __future__ import annotations

from pathlib import Path

import pytest

from destination_norberg import paths


def test_tests_never_see_the_real_user_folders(tmp_path: Path) -> None:
    assert paths.user_data_dir().is_relative_to(tmp_path)
    assert paths.user_cache_dir().is_relative_to(tmp_path)
    assert paths.default_db_path().is_relative_to(tmp_path)
    assert paths.resolve_db_url() == f"sqlite:///{tmp_path / 'env-db.sqlite'}"


def test_cli_value_wins_over_the_environment(tmp_path: Path) -> None:
    assert paths.resolve_db_url("postgresql://h/db") == "postgresql://h/db"
    assert paths.resolve_db_url(str(tmp_path / "x.sqlite")) == f"sqlite:///{tmp_path}/x.sqlite"


def test_without_the_variable_the_per_user_file(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DB_ENV)
    assert paths.resolve_db_url() == f"sqlite:///{paths.default_db_path()}"
    assert paths.default_db_path().is_relative_to(tmp_path)


def test_demo_data_folder() -> None:
    folder = paths.demo_data_dir()
    assert (folder / "seasons.json").is_file()
