"""tools/collect_licenses.py: the licences of what a bundle ships, and only of that."""

from __future__ import annotations

import importlib.util
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tool():
    try:
        metadata.distribution("destination-norberg")
    except metadata.PackageNotFoundError:
        pytest.skip("destination-norberg is not installed here (pip install -e .)")
    spec = importlib.util.spec_from_file_location("collect_licenses",
                                                  ROOT / "tools" / "collect_licenses.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_requirement_tree_with_postgres_and_without_the_test_tools(tool) -> None:
    names = {tool._canonical(d.metadata["Name"]) for d in tool.shipped_distributions()}
    assert {"pyside6-essentials", "shiboken6", "geopandas", "pyogrio", "pyproj", "shapely",
            "sqlalchemy", "alembic", "psycopg", "psycopg-binary", "pandas", "numpy"} <= names
    # The test extra is not shipped: its tools are installed here, but not required.
    assert not {"pytest", "ruff", "mypy", "hypothesis", "import-linter"} & names


def test_collect_writes_each_licence_and_the_qt_notice(tool, tmp_path) -> None:
    out = tmp_path / "licenses"
    lines = tool.collect(out)
    index = (out / "THIRD-PARTY-LICENSES.txt").read_text("utf-8")
    assert index.splitlines() == lines
    geopandas = next(line for line in lines if line.startswith("geopandas "))
    folder = out / geopandas.rsplit("— ", 1)[1]
    assert any("Redistribution and use in source and binary forms" in f.read_text("utf-8")
               for f in folder.iterdir())  # the BSD-3-Clause text itself
    pyside = next(line for line in lines if line.startswith("PySide6"))
    assert "LGPL-3.0" in pyside and "QT-LGPL-NOTICE.txt" in pyside
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (out / "LGPL-3.0.txt").read_text("utf-8")
    assert "Version 3" in (out / "GPL-3.0.txt").read_text("utf-8")
