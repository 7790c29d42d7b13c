"""Undo and redo of a geodata import: take away what it added, put back what it replaced.

An import (store.geodata_store) adds trails or a reference layer, or replaces a stråk's
route. The window keeps what it added as plain rows; undo removes exactly those rows after
checking that they still hold what the import left (by uid, content compared, bookkeeping
columns ignored) and that nothing has come to refer to them since (a report, a snow target,
a race course), and redo inserts them again (new ids, the same uids). A route is put back
only when the route stored is still the one the step left. Anything else is a
ConflictError and nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Engine, func, insert, select, update

from destination_norberg.store import models as m
from destination_norberg.store.base import utcnow
from destination_norberg.store.database import write_session
from destination_norberg.store.planning_write import _guard
from destination_norberg.store.versioned import ConflictError

Row = dict[str, Any]

#: Identity and bookkeeping, not content: ignored when comparing.
_IGNORED = {"id", "version", "created_at", "updated_at", "layer_id"}


def _plain(row: Mapping[str, Any]) -> Row:
    return {k: (bytes(v) if isinstance(v, memoryview) else v) for k, v in row.items()}


def _content(row: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, v) for k, v in _plain(row).items() if k not in _IGNORED))


def read_trails(engine: Engine, ids: Sequence[int]) -> list[Row]:
    """The trails `ids` as stored, in id order."""
    t = m.Trail.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.id.in_(list(ids))).order_by(t.c.id))
        return [_plain(r) for r in rows.mappings()]


def remove_trails(engine: Engine, expected: Sequence[Mapping[str, Any]]) -> None:
    """Delete the imported trails if each still holds what `expected` says and nothing refers
    to them; ConflictError otherwise."""
    with _guard("The import"), write_session(engine) as session:
        _remove_trails(session, expected)


def _remove_trails(session: Any, expected: Sequence[Mapping[str, Any]]) -> None:
    t = m.Trail.__table__
    uids = [r["uid"] for r in expected]
    current = {r["uid"]: _plain(r) for r in session.execute(
        select(t).where(t.c.uid.in_(uids))).mappings()}
    if len(current) != len(uids):
        raise ConflictError("Some of the imported trails were removed meanwhile; the "
                            "import was not undone.")
    changed = [r["name"] for r in expected if _content(current[r["uid"]]) != _content(r)]
    if changed:
        raise ConflictError(f"“{changed[0]}” was changed after the import; the import "
                            "was not undone.")
    ids = [current[u]["id"] for u in uids]
    used = session.execute(select(func.count()).select_from(m.TrailReport.__table__)
                           .where(m.TrailReport.trail_id.in_(ids))).scalar_one()
    used += session.execute(select(func.count()).select_from(m.snow_target_trail)
                            .where(m.snow_target_trail.c.trail_id.in_(ids))).scalar_one()
    used += session.execute(select(func.count()).select_from(m.RaceCourse.__table__)
                            .where(m.RaceCourse.trail_id.in_(ids))).scalar_one()
    if used:
        raise ConflictError("The imported trails have reports or are used by a snow "
                            "target or a race since the import; the import was not undone.")
    session.execute(t.delete().where(t.c.id.in_(ids)))


def restore_trails(engine: Engine, rows: Sequence[Mapping[str, Any]]) -> list[Row]:
    """Insert the trails again (new ids, the same uids): the rows as saved."""
    with _guard("The trails"), write_session(engine) as session:
        return _restore_trails(session, rows)


def _restore_trails(session: Any, rows: Sequence[Mapping[str, Any]]) -> list[Row]:
    t = m.Trail.__table__
    if not rows:
        return []
    now = utcnow()
    values = [{**{k: v for k, v in r.items() if k != "id"}, "updated_at": now} for r in rows]
    session.execute(insert(t), values)
    saved = session.execute(select(t).where(t.c.uid.in_([r["uid"] for r in rows]))
                            .order_by(t.c.id)).mappings()
    return [_plain(r) for r in saved]


def _swap_trails(session: Any, expected: Sequence[Mapping[str, Any]],
                 put: Sequence[Mapping[str, Any]]) -> list[Row]:
    """Trails an import with "replace" updated: each still as `expected` says, set to `put`
    (same uid); the rows as saved. ConflictError when one changed meanwhile."""
    t = m.Trail.__table__
    if not expected:
        return []
    by_uid = {r["uid"]: r for r in put}
    current = {r["uid"]: _plain(r) for r in session.execute(
        select(t).where(t.c.uid.in_([r["uid"] for r in expected]))).mappings()}
    for row in expected:
        now = current.get(row["uid"])
        if now is None or _content(now) != _content(row):
            raise ConflictError(f"“{row['name']}” was changed after the import; the import "
                                "was not undone.")
    for row in expected:
        values = {k: v for k, v in by_uid[row["uid"]].items() if k not in _IGNORED}
        session.execute(update(t).where(t.c.uid == row["uid"]).values(
            **values, version=t.c.version + 1, updated_at=utcnow()))
    saved = session.execute(select(t).where(t.c.uid.in_(list(by_uid))).order_by(t.c.id))
    return [_plain(r) for r in saved.mappings()]


def undo_trails_import(engine: Engine, created: Sequence[Mapping[str, Any]],
                       before: Sequence[Mapping[str, Any]],
                       after: Sequence[Mapping[str, Any]]) -> None:
    """One unit: remove the trails an import created and put back those it replaced."""
    with _guard("The import"), write_session(engine) as session:
        if created:
            _remove_trails(session, created)
        _swap_trails(session, after, before)


def redo_trails_import(engine: Engine, created: Sequence[Mapping[str, Any]],
                       before: Sequence[Mapping[str, Any]],
                       after: Sequence[Mapping[str, Any]]) -> tuple[list[Row], list[Row]]:
    """One unit: the created trails again and the replaced ones as the import left them;
    (created, replaced) as saved."""
    with _guard("The trails"), write_session(engine) as session:
        return _restore_trails(session, created), _swap_trails(session, before, after)


def read_layer(engine: Engine, layer_id: int) -> Row:
    """The reference layer as stored, with its features under "features"."""
    layer, features = m.MapLayer.__table__, m.MapFeature.__table__
    with engine.connect() as conn:
        row = conn.execute(select(layer).where(layer.c.id == layer_id)).mappings().first()
        if row is None:
            raise ConflictError("The imported layer is no longer there.")
        out = _plain(row)
        out["features"] = [_plain(f) for f in conn.execute(
            select(features).where(features.c.layer_id == layer_id)
            .order_by(features.c.id)).mappings()]
    return out


def remove_layer(engine: Engine, expected: Mapping[str, Any]) -> None:
    """Delete the imported layer and its features if it is still as the import left it."""
    layer, features = m.MapLayer.__table__, m.MapFeature.__table__
    with _guard("The import"), write_session(engine) as session:
        row = session.execute(select(layer).where(layer.c.uid == expected["uid"])
                              ).mappings().first()
        if row is None:
            raise ConflictError(f"The layer {expected['name']} was removed meanwhile; the "
                                "import was not undone.")
        if _content({k: v for k, v in row.items()}) != _content(
                {k: v for k, v in expected.items() if k != "features"}):
            raise ConflictError(f"The layer {expected['name']} was changed after the import; "
                                "the import was not undone.")
        session.execute(features.delete().where(features.c.layer_id == row["id"]))
        session.execute(layer.delete().where(layer.c.id == row["id"]))


def restore_layer(engine: Engine, snapshot: Mapping[str, Any]) -> Row:
    """Insert the layer and its features again (new ids, the same uid): as saved."""
    layer, features = m.MapLayer.__table__, m.MapFeature.__table__
    values = {k: v for k, v in snapshot.items() if k not in ("id", "features")}
    with _guard("The layer"), write_session(engine) as session:
        layer_id = session.execute(insert(layer).values(**{**values, "updated_at": utcnow()})
                                   ).inserted_primary_key[0]
        rows = [{k: v for k, v in f.items() if k != "id"} | {"layer_id": layer_id}
                for f in snapshot["features"]]
        if rows:
            session.execute(insert(features), rows)
    return read_layer(engine, int(layer_id))


def read_route(engine: Engine, strak_id: int) -> tuple[str, bytes | None]:
    """(the stråk's uid, its route as WKB or None)."""
    s = m.Strak.__table__
    with engine.connect() as conn:
        row = conn.execute(select(s.c.uid, s.c.route).where(s.c.id == strak_id)).first()
    if row is None:
        raise ConflictError("That stråk no longer exists.")
    return str(row[0]), (bytes(row[1]) if row[1] is not None else None)


def replace_route(engine: Engine, uid: str, expected: bytes | None, new: bytes | None) -> None:
    """Set the stråk's route to `new` if it is still `expected`; ConflictError if not."""
    s = m.Strak.__table__
    with _guard("The route"), write_session(engine) as session:
        row = session.execute(select(s.c.route).where(s.c.uid == uid)).first()
        if row is None:
            raise ConflictError("That stråk no longer exists.")
        current = bytes(row[0]) if row[0] is not None else None
        if current != expected:
            raise ConflictError("The stråk's route was changed after the import; the step "
                                "was not undone.")
        session.execute(update(s).where(s.c.uid == uid).values(
            route=new, version=s.c.version + 1, updated_at=utcnow()))
