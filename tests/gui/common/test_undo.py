"""The one row-edit undo command: saved first, pushed on success, checked on undo and redo.

A fake store stands in for an area's writes: rows by uid, a content check that raises the
store's ConflictError, and a count of every write, so a second save shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from destination_norberg.gui.common.undo import RowEditCommand, RowWrites, StoreCommand
from destination_norberg.store.database import DatabaseError
from destination_norberg.store.versioned import ConflictError


class FakeStore:
    """Rows by uid with a version; every write checks the row still holds what it expects."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, Any]] = {}
        self.writes: list[str] = []
        self._next = 0

    def _check(self, expected: Mapping[str, Any]) -> dict[str, Any]:
        current = self.rows.get(expected["uid"])
        if current is None or current["name"] != expected["name"]:
            raise ConflictError("changed meanwhile")
        return current

    def insert(self, engine: Any, values: Mapping[str, Any]) -> dict[str, Any]:
        self.writes.append("insert")
        uid = values.get("uid")
        if uid is None:
            self._next += 1
            uid = f"u{self._next}"
        if uid in self.rows:
            raise ConflictError("exists")
        self.rows[uid] = {"uid": uid, "name": values["name"], "version": 1}
        return dict(self.rows[uid])

    def update(self, engine: Any, expected: Mapping[str, Any],
               new: Mapping[str, Any]) -> dict[str, Any]:
        self.writes.append("update")
        current = self._check(expected)
        current.update(name=new["name"], version=current["version"] + 1)
        return dict(current)

    def delete(self, engine: Any, expected: Mapping[str, Any]) -> None:
        self.writes.append("delete")
        self._check(expected)
        del self.rows[expected["uid"]]

    def row_writes(self) -> RowWrites:
        return RowWrites(insert=self.insert, update=self.update, delete=self.delete)


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


class Services:
    def __init__(self) -> None:
        self.changed = 0
        self.reported: list[BaseException] = []

    def kw(self) -> dict[str, Any]:
        return {"engine": lambda: "engine", "changed": self._changed,
                "report": self.reported.append}

    def _changed(self) -> None:
        self.changed += 1


def push_edit(stack: QUndoStack, store: FakeStore, services: Services,
              before: dict | None, after: dict | None, text: str = "Edit") -> RowEditCommand:
    """As the pages do: save first, then push with the row as saved."""
    writes = store.row_writes()
    saved = writes.step("engine", before, after)
    command = RowEditCommand(text, writes, before, saved, **services.kw())
    stack.push(command)
    return command


def test_step_creates_changes_and_removes(store: FakeStore) -> None:
    writes = store.row_writes()
    made = writes.step("engine", None, {"name": "Spår 1"})
    assert made == {"uid": "u1", "name": "Spår 1", "version": 1}
    changed = writes.step("engine", made, {**made, "name": "Spår 2"})
    assert changed["version"] == 2 and store.rows["u1"]["name"] == "Spår 2"
    assert writes.step("engine", changed, None) is None
    assert store.rows == {}
    assert store.writes == ["insert", "update", "delete"]


def test_push_does_not_save_twice(qapp, store: FakeStore) -> None:
    stack, services = QUndoStack(), Services()
    push_edit(stack, store, services, None, {"name": "Spår 1"}, "Add")
    assert store.writes == ["insert"]  # the push's redo() is the save already done
    assert services.changed == 0 and stack.count() == 1
    assert stack.undoText() == "Add"


def test_undo_restores_and_redo_applies_again(qapp, store: FakeStore) -> None:
    stack, services = QUndoStack(), Services()
    made = push_edit(stack, store, services, None, {"name": "Spår 1"}).after
    push_edit(stack, store, services, made, {**made, "name": "Spår 2"}, "Rename")
    assert store.rows["u1"]["name"] == "Spår 2"

    stack.undo()
    assert store.rows["u1"]["name"] == "Spår 1" and store.rows["u1"]["version"] == 3
    stack.undo()
    assert store.rows == {}
    assert services.changed == 2

    stack.redo()  # the row comes back with the same uid …
    assert store.rows["u1"]["name"] == "Spår 1"
    stack.redo()  # … and the rename finds it by that uid
    assert store.rows["u1"]["name"] == "Spår 2"
    assert store.writes == ["insert", "update", "update", "delete", "insert", "update"]
    assert services.reported == [] and stack.index() == 2 and not stack.canRedo()


def test_removal_is_undone_by_inserting_the_row_again(qapp, store: FakeStore) -> None:
    stack, services = QUndoStack(), Services()
    made = store.row_writes().step("engine", None, {"name": "Spår 1"})
    push_edit(stack, store, services, made, None, "Remove")
    assert store.rows == {}
    stack.undo()
    assert store.rows["u1"]["name"] == "Spår 1"
    stack.redo()
    assert store.rows == {}


def test_a_row_changed_by_someone_else_is_refused_and_the_step_dropped(
        qapp, store: FakeStore) -> None:
    stack, services = QUndoStack(), Services()
    made = push_edit(stack, store, services, None, {"name": "Spår 1"}, "Add").after
    push_edit(stack, store, services, made, {**made, "name": "Spår 2"}, "Rename")
    store.rows["u1"]["name"] = "Theirs"  # another coordinator saved meanwhile

    stack.undo()
    assert len(services.reported) == 1 and isinstance(services.reported[0], ConflictError)
    assert store.rows["u1"]["name"] == "Theirs"  # nothing was overwritten
    assert services.changed == 1  # the views show what is there now
    # The refused step is obsolete and gone; the creation below it stays undoable.
    assert stack.count() == 1 and stack.index() == 1
    assert stack.undoText() == "Add" and not stack.canRedo()


def test_only_database_errors_are_reported(qapp, store: FakeStore) -> None:
    """Anything else is a bug and goes up (the stack is left as Qt leaves it)."""

    class Broken(StoreCommand):
        def revert(self) -> None:
            raise DatabaseError("The trail could not be saved: disk I/O error")

    stack, services = QUndoStack(), Services()
    stack.push(Broken("Broken", **services.kw()))
    stack.undo()
    assert [str(e) for e in services.reported] == [
        "The trail could not be saved: disk I/O error"]
    assert stack.count() == 0


def test_area_commands_keep_their_texts_and_kinds(qapp) -> None:
    from destination_norberg.gui.network.commands import NetworkRowCommand
    from destination_norberg.gui.packages.commands import PackageCommand
    from destination_norberg.gui.snow.commands import RowCommand

    services = Services()
    snow = RowCommand("Edit Ängsspåret", "trail", None, {"uid": "a"}, **services.kw())
    net = NetworkRowCommand("Remove Gruvbaren", "organisation", {"uid": "b"}, None,
                            **services.kw())
    pkg = PackageCommand("Save package Helg", None, {"uid": "c"}, **services.kw())
    assert [c.text() for c in (snow, net, pkg)] == [
        "Edit Ängsspåret", "Remove Gruvbaren", "Save package Helg"]
    assert (snow.kind, net.kind) == ("trail", "organisation")
    assert all(isinstance(c, RowEditCommand) for c in (snow, net, pkg))
