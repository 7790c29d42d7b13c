"""Packages as the window and the command line use them: the list with the form's choices,
one package to edit or in full, finding one by name, and saving an edit whole.

Each call opens its own unit of work (a read on the sqlite3 fast path where it applies, or
one write unit in store.package_write) and hands back core.packages' values, so the package
window keeps only Qt and never holds a session. The store is imported inside the calls: the
window imports this module before SQLAlchemy is loaded (tests/test_layers.py).
"""

from __future__ import annotations

from typing import Any

from destination_norberg.core.package_versions import Values
from destination_norberg.core.packages import PackageDetail, PackageRow, PackagesView


def _rows(source: Any) -> Any:
    """A RowSource (store.rows) as given, or a SQLAlchemy Engine wrapped as one."""
    if hasattr(source, "rows"):
        return source
    from destination_norberg.store.rows import EngineRows

    return EngineRows(source)


def read_view_from(source: Any) -> PackagesView:
    """The packages, the events a package can belong to and the network's organisations,
    from an open RowSource (or an Engine)."""
    from destination_norberg.store.package_read import package_choices, packages

    rows = _rows(source)
    events, organisations = package_choices(rows)
    return PackagesView(packages(rows), events, organisations)


def read_view(url: str) -> PackagesView:
    """What the package window lists and offers, read in a worker: the sqlite3 fast path on
    a current SQLite file, else an engine opened and disposed for this read."""
    from destination_norberg.store.reading import read_with

    return read_with(url, read_view_from)


def read_view_and_package(url: str, package_id: int | None,
                          ) -> tuple[PackagesView, int | None, Values | None]:
    """Worker: `read_view`, and the package the window shows first (`package_id` while it
    is listed, else the first) as the form edits it, with its id; (view, None, None) when
    there is none. Loaded here, the window's first package needs no engine, and so no
    SQLAlchemy, on the UI thread (a second and a half on the first open)."""
    from destination_norberg.store.opening import open_database

    view = read_view(url)
    ids = [row.id for row in view.packages]
    wanted = package_id if package_id in ids else (ids[0] if ids else None)
    if wanted is None:
        return view, None, None
    engine = open_database(url)
    try:
        return view, wanted, load_package(engine, wanted)
    finally:
        engine.dispose()


def list_packages(url: str) -> list[PackageRow]:
    """Every package (the `packages` command), by validity start then Swedish title."""
    from destination_norberg.store.package_read import packages
    from destination_norberg.store.reading import read_with

    return read_with(url, packages)


def read_named_package(url: str, text: str) -> PackageDetail:
    """The package `text` names (id, uid or the start of a title), in full, in one read:
    what `packages PACKAGE` shows. PackageLookupError says why none."""
    from destination_norberg.store.package_read import find_package as find
    from destination_norberg.store.package_read import package_detail as detail
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda rows: detail(rows, find(rows, text)))


def find_package(source: Any, text: str) -> int:
    """The id of the package `text` names (core.packages.match_package); PackageLookupError
    says why not. `source` is an Engine or a RowSource."""
    from destination_norberg.store.package_read import find_package as find

    return find(_rows(source), text)


def package_detail(source: Any, package_id: int, lang: str | None = None) -> PackageDetail:
    """One package in full (a bundle, a brochure, the export dialog); `lang` overrides every
    partner's language. PackageLookupError when there is no such package."""
    from destination_norberg.store.package_read import package_detail as detail

    return detail(_rows(source), package_id, lang)


def load_package(engine: Any, package_id: int) -> Values | None:
    """The package as the form edits it (fields, components, partner ids, its version),
    None when it is gone."""
    from destination_norberg.store.package_write import load_id

    return load_id(engine, package_id)


def insert_package(engine: Any, values: Values) -> Values:
    """A new package, in one write unit; as saved."""
    from destination_norberg.store.package_write import insert_package as insert

    return insert(engine, values)


def update_package(engine: Any, expected: Values, new: Values) -> Values:
    """Change the package from `expected` to `new` if it still holds `expected`
    (ConflictError otherwise, nothing written); as saved."""
    from destination_norberg.store.package_write import update_package as update

    return update(engine, expected, new)


def delete_package(engine: Any, expected: Values) -> None:
    """Remove the package if it still holds `expected`, its history with it."""
    from destination_norberg.store.package_write import delete_package as delete

    delete(engine, expected)
