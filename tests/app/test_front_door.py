"""What app/ hands the window and the command line in place of store/ (the "through app"
contract): the same error classes, the same writes, and no SQLAlchemy where there was none."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from destination_norberg.app import errors


def test_the_store_errors_are_the_store_s_own_classes() -> None:
    """An `except app.errors.ConflictError` must catch what the store raises."""
    from destination_norberg.store import database, planning_write, versioned

    assert errors.DatabaseError is database.DatabaseError
    assert errors.ConflictError is versioned.ConflictError is planning_write.ConflictError
    assert errors.NotFoundError is versioned.NotFoundError
    assert errors.fault_of is database.fault_of
    assert errors.Fault is database.Fault
    with pytest.raises(AttributeError):
        errors.NoSuchError  # noqa: B018 - the lazy re-export refuses a name it does not know


def test_app_errors_and_app_database_load_no_sqlalchemy() -> None:
    """The command line and the window import them early: SQLAlchemy comes only on use."""
    code = ("import sys, destination_norberg.app.errors, destination_norberg.app.database;"
            "print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(("name", "first"), [("k.csv", b"\xef\xbb\xbf"),
                                             ("k.vcf", b"BEGIN:VCARD"),
                                             ("k.xlsx", b"PK")])
def test_contacts_export_picks_the_format_by_suffix(demo_engine, tmp_path: Path, name: str,
                                                    first: bytes) -> None:
    from destination_norberg.app.network_edit import export_contacts_to

    out = tmp_path / name
    assert export_contacts_to(demo_engine, out) > 0
    assert out.read_bytes().startswith(first)
