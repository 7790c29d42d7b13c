"""Destination Norberg: the coordinator program for Norberg's visitor economy.

The version has one source, `version` in pyproject.toml: an installed program reads it from
its package metadata (the `destination_norberg-<version>.dist-info` folder the installer
wrote, found on sys.path as importlib.metadata finds it, without importing importlib.metadata,
which costs the window's start 50-130 ms), a source checkout that was never installed from
pyproject.toml beside the package. `__version__` is looked up on first use (PEP 562).
"""

from __future__ import annotations

from functools import cache

APP_NAME = "Destination Norberg"
APP_ID = "destination-norberg"
DIST_NAME = "destination-norberg"


@cache
def version() -> str:
    """The program's version: package metadata, else pyproject.toml of a source checkout."""
    return _installed_version() or _checkout_version()


def _installed_version() -> str | None:
    """The version in the name of the first `destination_norberg-*.dist-info` on sys.path."""
    import os
    import sys

    prefix, suffix = DIST_NAME.replace("-", "_") + "-", ".dist-info"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip, a missing folder
            continue
        for name in names:
            if name.lower().startswith(prefix) and name.endswith(suffix):
                return name[len(prefix):-len(suffix)]
    return None


def _checkout_version() -> str:
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        with pyproject.open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
