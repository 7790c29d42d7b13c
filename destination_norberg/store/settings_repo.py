"""The destination's shared settings (table destination_setting): read and write by name.

Values are plain text here; app.settings gives them their type, range and default. Reads
are portable SQL on a RowSource, so the sqlite3 fast path can read them too.
"""

from __future__ import annotations

from typing import Any

from destination_norberg.store.rows import RowSource


def read_setting(source: RowSource, name: str) -> str | None:
    """The stored value of `name`; None when the destination never set it."""
    found = source.rows("SELECT value FROM destination_setting WHERE name = :name", name=name)
    return None if not found else str(found[0][0])


def write_setting(engine: Any, name: str, value: str, *, only_if_unset: bool = False) -> bool:
    """Store `value` for `name` in one transaction; whether it was written.

    With `only_if_unset` a value another coordinator stored first is kept (a one-time
    carry-over must not override the destination's choice).
    """
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    for _attempt in range(2):  # a concurrent first insert of the same name: update it then
        try:
            with engine.begin() as conn:
                if only_if_unset:
                    stored = conn.execute(text("SELECT 1 FROM destination_setting "
                                               "WHERE name = :name"), {"name": name}).first()
                    if stored is not None:
                        return False
                elif conn.execute(text("UPDATE destination_setting SET value = :value "
                                       "WHERE name = :name"),
                                  {"name": name, "value": value}).rowcount:
                    return True
                conn.execute(text("INSERT INTO destination_setting (name, value) "
                                  "VALUES (:name, :value)"), {"name": name, "value": value})
                return True
        except IntegrityError:
            if only_if_unset:
                return False
    raise RuntimeError(f"the setting {name} could not be stored")  # pragma: no cover
