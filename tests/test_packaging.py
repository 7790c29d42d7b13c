"""Honest packaging: one version, a licence that says what it is, entry points that print
where they should, a lock file that covers every dependency, a changelog."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import destination_norberg

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_one_version_from_pyproject_through_metadata_or_the_checkout() -> None:
    assert destination_norberg._checkout_version() == PROJECT["version"]
    assert destination_norberg.__version__ == destination_norberg.version()
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", destination_norberg.version())


def test_the_licence_is_the_eupl_and_says_so_everywhere() -> None:
    assert PROJECT["license"] == "EUPL-1.2"
    assert PROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "15. Applicable Law" in text and text.rstrip().endswith("EUPL version.")
    assert "EUPL-1.2" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_a_console_entry_that_prints_and_a_windowed_one_that_does_not() -> None:
    assert PROJECT["scripts"] == {"destination-norberg": "destination_norberg.cli:main"}
    assert PROJECT["gui-scripts"] == {
        "destination-norberg-window": "destination_norberg.cli:main"}


def test_the_lock_pins_every_run_time_dependency() -> None:
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    lines = [Requirement(line) for line in lock.splitlines()
             if line.strip() and not line.startswith("#")]
    # A package of another system only (keyring's pywin32-ctypes on Windows) keeps its range
    # and its marker; every other line is one exact pin.
    others = [r for r in lines if r.marker is not None]
    pins = {canonicalize_name(r.name): next(iter(r.specifier)).version
            for r in lines if r.marker is None}
    assert all(len(r.specifier) == 1 and next(iter(r.specifier)).operator == "=="
               for r in lines if r.marker is None)
    assert all(not r.marker.evaluate() for r in others if r.marker is not None)
    wanted = [Requirement(r) for r in PROJECT["dependencies"]
              + PROJECT["optional-dependencies"]["postgres"]]
    missing = [r.name for r in wanted if canonicalize_name(r.name) not in pins]
    assert missing == [], "run `make lock` (tools/make_lock.py)"
    for req in wanted:
        assert req.specifier.contains(pins[canonicalize_name(req.name)], prereleases=True), req


def test_the_changelog_keeps_a_changelog() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog")
    assert "## [Unreleased]" in text
    assert f"## [{PROJECT['version']}]" in text


def test_the_readme_installs_from_the_checkout_not_an_unpublished_name() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install 'destination-norberg[" not in readme
    assert "pip install '.[postgres]'" in readme
    assert "requirements.lock" in readme


def test_the_bundle_is_built_from_the_lock_on_linux_and_windows_alike() -> None:
    """`make dist` and the Windows workflow make their venv from requirements.lock with the
    same PyInstaller pins, and the workflow runs the programs the spec builds."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    pins = re.search(r"^PYINSTALLER_PIN := (.+)$", makefile, re.M)
    assert pins is not None
    assert "pip install --quiet -r requirements.lock '.[postgres]' $(PYINSTALLER_PIN)" \
        in makefile
    assert f'pip install -r requirements.lock ".[postgres]" {pins.group(1)}' in workflow
    spec = (ROOT / "installer" / "destination-norberg.spec").read_text(encoding="utf-8")
    assert 'NAME = "destination-norberg"' in spec and 'NAME + "-cli"' in spec
    assert r"dist\destination-norberg\destination-norberg-cli.exe" in workflow
    assert r"$app\destination-norberg.exe" in workflow
    iss = (ROOT / "installer" / "destination-norberg.iss").read_text(encoding="utf-8")
    assert '#define AppExe "destination-norberg.exe"' in iss
