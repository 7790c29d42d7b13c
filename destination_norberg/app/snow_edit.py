"""Edits of the snow log, the targets, trail attributes and race courses.

Each opens its own write unit on the engine it is given. They are the store's functions
under their use-case names: the snow and trails pages and their undo commands call them
here, never store/ (the "through app" contract in pyproject.toml). Importing this module
loads SQLAlchemy: import it inside the function that writes.
"""

from __future__ import annotations

from typing import Any

from destination_norberg.store.snow_write import Values as Values
from destination_norberg.store.snow_write import delete_row as delete_row
from destination_norberg.store.snow_write import insert_row as insert_row
from destination_norberg.store.snow_write import load as load
from destination_norberg.store.snow_write import load_id as load_id
from destination_norberg.store.snow_write import replace_courses as replace_courses
from destination_norberg.store.snow_write import update_row as update_row

__all__ = ["Values", "delete_row", "insert_row", "load", "load_id", "read_courses",
           "replace_courses", "update_row"]


def read_courses(engine: Any, event_id: int) -> list[Values]:
    """The courses of the race `event_id` as they are now, in one read unit."""
    from destination_norberg.store.database import read_session
    from destination_norberg.store.snow_write import read_courses as read

    with read_session(engine) as session:
        courses: list[Values] = read(session, event_id)
    return courses
