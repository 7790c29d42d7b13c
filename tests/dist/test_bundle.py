"""The bundled program (`make dist`, installer/destination-norberg.spec) started as a user's
machine would: from outside the checkout, with a fresh home folder, no Python environment.

It answers `info --json`, loads the demo season with `demo` and paints the overview with
`screenshot`; what it writes goes to the per-user folders of that fresh home, never into the
bundle; the licences travel with it. Skipped with a reason when the bundle has not been built
(`make dist`), except in CI, where `.ci/run` builds it first: there a missing bundle fails.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from destination_norberg.app.database import HEAD_REVISION

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "dist" / "destination-norberg"
PROGRAM = FOLDER / ("destination-norberg-cli.exe" if sys.platform == "win32"
                    else "destination-norberg")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not PROGRAM.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"CI builds the bundle before the tests (make dist): {PROGRAM} is missing")
        pytest.skip(f"the bundle has not been built ({PROGRAM} is missing): run `make dist`")
    return PROGRAM


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fresh-home")


def _env(home: Path) -> dict[str, str]:
    """A user's environment: a fresh home and per-user folders, nothing of this checkout's
    Python (no PYTHONPATH, no venv, no database variable), no screen."""
    keep = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "WINDIR", "TEMP", "TMP", "TMPDIR")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env |= {
        "HOME": str(home), "USERPROFILE": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return env


def _run(program: Path, home: Path, *words: str) -> subprocess.CompletedProcess[str]:
    work = home / "work"
    work.mkdir(exist_ok=True)
    done = subprocess.run([str(program), *words], cwd=work, env=_env(home), text=True,
                          encoding="utf-8", capture_output=True, timeout=300, check=False)
    assert done.returncode == 0, f"{words}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _project_version() -> str:
    """The one version number, pyproject.toml's."""
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])


def _files(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns
            for p in folder.rglob("*") if p.is_file()}


def test_bundle_runs_outside_the_checkout_with_a_fresh_home(bundle: Path, home: Path) -> None:
    before = _files(FOLDER)

    # The version from the bundled package metadata, not a fallback (`0+unknown`).
    printed = _run(bundle, home, "--version").stdout.split()
    assert printed == ["destination-norberg", _project_version()], printed

    fresh = json.loads(_run(bundle, home, "info", "--json").stdout)
    assert fresh["exists"] is False
    assert fresh["program"]["version"] == _project_version()
    # The log: under that fresh home, owner-only, the start written to it.
    log = Path(fresh["log_path"])
    assert log.is_relative_to(home), log
    assert "Destination Norberg " + _project_version() + " started" in log.read_text("utf-8")
    if sys.platform != "win32":
        assert log.stat().st_mode & 0o777 == 0o600
        assert log.parent.stat().st_mode & 0o777 == 0o700
    assert fresh["program_schema"] == HEAD_REVISION  # the bundle is this checkout's program
    database = Path(fresh["database"].removeprefix("sqlite:///"))
    assert database.is_relative_to(home), database  # the per-user data folder of that home

    loaded = _run(bundle, home, "demo").stdout
    assert "Loaded the demo season" in loaded
    assert database.is_file()

    info = json.loads(_run(bundle, home, "info", "--json").stdout)
    assert info["exists"] is True
    assert info["schema_revision"] == HEAD_REVISION
    counts = info["row_counts"]
    assert counts["event"] > 0 and counts["trail"] > 0 and counts["organisation"] > 0
    assert f"{counts['event']} events" in loaded  # the two commands agree

    png = home / "overview.png"
    _run(bundle, home, "--lang", "sv", "--today", "2026-11-26", "screenshot", "overview",
         "--out", str(png), "--size", "1280x720")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1280, 720)
    assert len(data) > 20_000  # a painted window, not an empty frame

    # Nothing writable inside the bundle: all of it went to the fresh home.
    assert _files(FOLDER) == before
    assert not ROOT.joinpath("destination-norberg.sqlite").exists()


def test_licences_travel_with_the_bundle(bundle: Path) -> None:
    licences = FOLDER / "licenses"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "LGPL-3.0.txt").read_text("utf-8")
    notice = (licences / "QT-LGPL-NOTICE.txt").read_text("utf-8")
    assert "LGPL" in notice and "replace" in notice
    index = (licences / "THIRD-PARTY-LICENSES.txt").read_text("utf-8")
    for name in ("PySide6_Essentials", "geopandas", "pyogrio", "pyproj", "shapely",
                 "SQLAlchemy", "psycopg", "Python"):
        assert f"\n{name} " in index, name
    assert (licences / "PYTHON-LICENSE.txt").is_file()
    # Each distribution's own licence texts, copied from its metadata.
    assert any(licences.glob("geopandas-*/LICENSE*"))
    assert "pyinstaller" not in index.lower()  # build tools are not shipped, nor listed
