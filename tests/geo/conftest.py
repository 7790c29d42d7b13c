"""Fixtures for the geodata tests: the real files, skipped where ../shared/realdata is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.geo.helpers import REALDATA


@pytest.fixture
def realdata() -> Path:
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is absent (a fresh checkout has no shared folder)")
    return REALDATA
