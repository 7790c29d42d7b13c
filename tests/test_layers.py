"""The layering rule, enforced: only gui imports Qt; core imports no Qt, SQL or heavy library.

The full layer contracts (cli | gui → app → store | geo | exchange → core, cli and gui
reaching store, geo and exchange only through app, no cycles) are import-linter's, in
pyproject.toml, run by `make test`; these AST checks add what it cannot say: heavy
libraries only inside functions, and what the window loads at start-up.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "destination_norberg"
QT = ("PySide6", "shiboken6", "pyqtgraph")
HEAVY = ("geopandas", "pyogrio", "openpyxl")
DB = ("sqlalchemy", "alembic", "psycopg")


def imports(path: Path, top_level_only: bool = False) -> set[str]:
    """Absolute module names imported by a file (at module level only, if asked)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules(sub: str = "") -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


def offending(path: Path, banned: tuple[str, ...], top_level_only: bool = False) -> list[str]:
    return sorted(m for m in imports(path, top_level_only)
                  if any(m == b or m.startswith(b + ".") for b in banned))


OUTSIDE_GUI = [p for p in modules() if "gui" not in p.relative_to(PACKAGE).parts]


@pytest.mark.parametrize("path", OUTSIDE_GUI, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_gui_imports_qt(path: Path) -> None:
    assert offending(path, QT) == []


@pytest.mark.parametrize("path", modules("core"), ids=lambda p: p.name)
def test_core_has_no_qt_sql_or_outer_layers(path: Path) -> None:
    banned = QT + DB + HEAVY + ("destination_norberg.store", "destination_norberg.gui",
                                "destination_norberg.geo", "destination_norberg.exchange")
    assert offending(path, banned) == []


@pytest.mark.parametrize("path", modules("store") + modules("geo") + modules("exchange"),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_inner_layers_do_not_reach_the_gui(path: Path) -> None:
    assert offending(path, ("destination_norberg.gui",)) == []


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_heavy_libraries_are_imported_where_used(path: Path) -> None:
    """geopandas, pyogrio and openpyxl only inside functions, never at module level."""
    assert offending(path, HEAVY, top_level_only=True) == []


def test_the_rule_catches_a_leak(tmp_path: Path) -> None:
    """The checker itself must be able to fail."""
    leak = tmp_path / "leak.py"
    leak.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert offending(leak, QT) == ["PySide6.QtCore"]
    assert offending(leak, DB) == ["sqlalchemy.orm"]


def test_window_modules_start_without_database_or_geodata_libraries() -> None:
    """Start-up cost: the window shows before SQLAlchemy, alembic or geopandas are loaded."""
    code = ("import sys, destination_norberg.cli, destination_norberg.gui.main_window, "
            "destination_norberg.gui.app;"
            "print(','.join(sorted(m for m in ('sqlalchemy', 'alembic', 'geopandas', 'pyogrio', "
            "'openpyxl', 'pyqtgraph', 'shapely') if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=PACKAGE.parent)
    assert out.stdout.strip() == ""


def test_the_first_overview_is_read_without_sqlalchemy(tmp_path: Path) -> None:
    """The fast path (store.rows on a current SQLite file) must not import SQLAlchemy."""
    db = tmp_path / "demo.sqlite"
    subprocess.run([sys.executable, "-m", "destination_norberg", "--db", str(db), "demo"],
                   check=True, capture_output=True, cwd=PACKAGE.parent)
    code = ("import sys; from datetime import datetime, UTC;"
            "from destination_norberg.store.rows import open_current_sqlite;"
            "from destination_norberg.app.overview import overview;"
            f"src = open_current_sqlite('sqlite:///{db}'); assert src is not None;"
            "overview(src, datetime.now(UTC)); src.close();"
            "print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=PACKAGE.parent)
    assert out.stdout.strip() == "False"
