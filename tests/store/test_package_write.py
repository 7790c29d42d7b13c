"""Packages edited by uid in one write unit, and versions: what was sent, to whom and when."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from destination_norberg.core.package_versions import (
    package_snapshot,
    snapshot_hash,
    snapshot_pricing,
)
from destination_norberg.core.packages import PackageError
from destination_norberg.store import models as m
from destination_norberg.store.package_read import package_detail, packages
from destination_norberg.store.package_write import (
    delete_package,
    insert_package,
    load,
    load_id,
    record_dispatch,
    update_package,
)
from destination_norberg.store.planning_write import ConflictError, NotFoundError
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines


def count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def org_ids(engine, n: int) -> list[int]:
    with engine.connect() as conn:
        return list(conn.execute(select(m.Organisation.id).order_by(m.Organisation.id)
                                 .limit(n)).scalars())


def new_package(engine) -> dict:
    a, b, c = org_ids(engine, 3)
    return {"title_sv": "Snöskovandring med fika", "title_en": "Snowshoe walk with fika",
            "text_sv": "Två timmar i skogen.", "valid_from": date(2027, 1, 9),
            "valid_to": date(2027, 3, 27), "price_basis_persons": 2, "event_id": None,
            "components": [
                {"organisation_id": a, "kind": "aktivitet", "description": "Guidad tur",
                 "price_sek": Decimal("350"), "capacity": 12},
                {"organisation_id": b, "kind": "måltid", "description": "Fika i kåtan",
                 "price_sek": "85.50", "capacity": None}],
            "partner_ids": [c]}


def test_insert_update_delete_with_components_and_partners(demo_engine) -> None:
    row = insert_package(demo_engine, new_package(demo_engine))
    assert row["version"] == 1 and row["revision"] == 1 and row["uid"]
    assert [c["kind"] for c in row["components"]] == ["aktivitet", "måltid"]
    assert row["components"][1]["price_sek"] == Decimal("85.50")
    first_uid = row["components"][0]["uid"]
    assert load(demo_engine, row["uid"]) == row == load_id(demo_engine, row["id"])

    swapped = {**row, "components": row["components"][::-1], "price_basis_persons": 1}
    changed = update_package(demo_engine, row, swapped)
    assert changed["version"] == 2
    assert [c["kind"] for c in changed["components"]] == ["måltid", "aktivitet"]
    assert changed["components"][1]["uid"] == first_uid  # a component keeps its uid
    detail = package_detail(EngineRows(demo_engine), changed["id"])
    assert detail.total_sek == Decimal("435.50") and detail.per_person_sek == Decimal("436")

    back = update_package(demo_engine, changed, row)  # undo, as a command does it
    assert [c["kind"] for c in back["components"]] == ["aktivitet", "måltid"]
    delete_package(demo_engine, back)
    assert load(demo_engine, row["uid"]) is None
    assert count(demo_engine, m.PackageComponent) == 14  # the demo's two packages remain
    again = insert_package(demo_engine, back)  # redo of a creation: the same uid
    assert again["uid"] == row["uid"] and again["partner_ids"] == row["partner_ids"]


def test_a_stale_edit_is_a_conflict_and_writes_nothing(demo_engine) -> None:
    row = insert_package(demo_engine, new_package(demo_engine))
    update_package(demo_engine, row, {**row, "title_sv": "Someone else's title"})
    with pytest.raises(ConflictError, match="changed or removed by someone else"):
        update_package(demo_engine, row, {**row, "title_sv": "Mine"})
    with pytest.raises(ConflictError):
        delete_package(demo_engine, row)
    assert load(demo_engine, row["uid"])["title_sv"] == "Someone else's title"
    with pytest.raises(ConflictError, match="already exists"):
        insert_package(demo_engine, row)


@pytest.mark.parametrize(("change", "message"), [
    ({"title_sv": "  "}, "Swedish title"),
    ({"price_basis_persons": 0}, "at least one"),
    ({"valid_to": date(2026, 1, 1)}, "before it is valid from"),
    ({"components": [{"kind": "helikopter", "price_sek": 1}]}, "kind “helikopter”"),
    ({"components": [{"kind": "boende", "price_sek": -5}]}, "negative price"),
    ({"components": [{"kind": "boende", "price_sek": "abc"}]}, "not a price"),
    ({"components": [{"kind": "boende", "price_sek": 5, "capacity": -1}]}, "capacity"),
])
def test_invalid_values_are_refused(demo_engine, change, message) -> None:
    before = count(demo_engine, m.Package)
    with pytest.raises(PackageError, match=message):
        insert_package(demo_engine, {**new_package(demo_engine), **change})
    assert count(demo_engine, m.Package) == before


def test_a_missing_organisation_is_named_and_nothing_is_saved(demo_engine) -> None:
    values = new_package(demo_engine)
    values["partner_ids"] = [999_999]
    with pytest.raises(NotFoundError, match="999999"):
        insert_package(demo_engine, values)
    assert count(demo_engine, m.Package) == 2


def _detail(engine, package_id: int = 1):
    return package_detail(EngineRows(engine), package_id)


def test_dispatches_and_versions(demo_engine) -> None:
    when = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    d = _detail(demo_engine)
    partners = [p.id for p in d.partners]
    # The first dispatch records the package's revision, one row per partner.
    assert record_dispatch(demo_engine, 1, partners[:2], package_snapshot(d), sent_at=when) == 1
    # Unchanged: the same version again (to another partner).
    d = _detail(demo_engine)
    assert d.sent_revision == 1 and not d.changed_since_sent
    assert record_dispatch(demo_engine, 1, partners[2:3], package_snapshot(d)) == 1
    assert [x.revision for x in d.dispatches] == [1, 1]
    assert d.last_sent == when

    # A changed package becomes a new version on its next dispatch.
    row = load_id(demo_engine, 1)
    comps = [dict(c) for c in row["components"]]
    comps[0]["price_sek"] = Decimal("800")
    update_package(demo_engine, row, {**row, "components": comps})
    d = _detail(demo_engine)
    assert d.changed_since_sent and d.sent_revision == 2
    listed = {p.id: p for p in packages(EngineRows(demo_engine))}[1]
    assert listed.changed_since_sent and listed.revision == 1
    assert record_dispatch(demo_engine, 1, partners, package_snapshot(d)) == 2
    d = _detail(demo_engine)
    assert d.revision == 2 and not d.changed_since_sent and d.sent_revision == 2
    assert [x.revision for x in d.dispatches][-len(partners):] == [2] * len(partners)
    assert {x.partner_name for x in d.dispatches} >= {p.name for p in d.partners}

    # A partner change alone is not a new version.
    row = load_id(demo_engine, 1)
    update_package(demo_engine, row, {**row, "partner_ids": partners[:1]})
    assert not _detail(demo_engine).changed_since_sent


def test_the_stored_snapshot_is_what_was_sent(demo_engine) -> None:
    d = _detail(demo_engine)
    snap = package_snapshot(d)
    record_dispatch(demo_engine, 1, [], snap)  # to no partner in particular: one row
    with demo_engine.connect() as conn:
        stored = conn.execute(select(m.PackageDispatch.snapshot, m.PackageDispatch.partner_id)
                              .where(m.PackageDispatch.package_id == 1)).all()
    assert len(stored) == 1 and stored[0].partner_id is None
    data = json.loads(stored[0].snapshot)
    assert data["revision"] == 1 and data["total_sek"] == "6420.00"
    assert data["per_person_sek"] == "3210" and data["price_basis_persons"] == 2
    room = data["content"]["components"][1]
    assert (room["price_basis"], room["occupancy"]) == ("per_unit", 2)
    assert data["components"][1]["quantity"] == 1 and data["components"][0]["quantity"] == 2
    assert snapshot_pricing(stored[0].snapshot) == d.pricing  # reproducible from the content
    assert data["content"]["components"][0]["price_sek"] == "750.00"
    assert snapshot_hash(stored[0].snapshot) == d.content_hash


def test_dispatch_errors(demo_engine) -> None:
    d = _detail(demo_engine)
    with pytest.raises(NotFoundError, match="no package with id 77"):
        record_dispatch(demo_engine, 77, [], package_snapshot(d))
    with pytest.raises(NotFoundError, match="organisation"):
        record_dispatch(demo_engine, 1, [424242], package_snapshot(d))
    with pytest.raises(PackageError):
        record_dispatch(demo_engine, 1, [], {"no": "content"})
    assert count(demo_engine, m.PackageDispatch) == 0


def test_deleting_a_package_takes_its_history(demo_engine) -> None:
    d = _detail(demo_engine)
    record_dispatch(demo_engine, 1, [d.partners[0].id], package_snapshot(d))
    delete_package(demo_engine, load_id(demo_engine, 1))
    assert count(demo_engine, m.PackageDispatch) == 0
    assert count(demo_engine, m.package_partner) == 4  # the other package's partners
