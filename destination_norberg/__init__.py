"""Destination Norberg: the coordinator program for Norberg's visitor economy.

The version has one source, `version` in pyproject.toml: an installed program reads it from
its package metadata (importlib.metadata), a source checkout that was never installed from
pyproject.toml beside the package. `__version__` is looked up on first use (PEP 562), so a
start that never asks pays nothing for it.
"""

from __future__ import annotations

from functools import cache

APP_NAME = "Destination Norberg"
APP_ID = "destination-norberg"
DIST_NAME = "destination-norberg"


@cache
def version() -> str:
    """The program's version: package metadata, else pyproject.toml of a source checkout."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version(DIST_NAME)
    except PackageNotFoundError:
        return _checkout_version()


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
