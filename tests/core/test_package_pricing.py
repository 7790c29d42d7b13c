"""The one pricing rule of a package (core.packages.price_package) and how the price basis
enters a version (core.package_versions): per person, per unit with its occupancy, per
package; whole kronor halves up; snapshots sent before the basis existed still load."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from destination_norberg.core.package_versions import (
    content_hash,
    package_content,
    snapshot_hash,
    snapshot_pricing,
    stored_component,
    validate,
)
from destination_norberg.core.packages import (
    PackageError,
    basis_text,
    price_basis,
    price_package,
    quantity,
)


def test_each_basis_counts_the_price_as_often_as_the_head_count_needs() -> None:
    assert quantity("per_person", 3, None) == 3
    assert quantity("per_unit", 3, 2) == 2  # three persons fill two double rooms
    assert quantity("per_unit", 4, 2) == 2 and quantity("per_unit", 1, 4) == 1
    assert quantity("per_package", 5, None) == 1
    assert quantity("per_person", 0, None) == 1  # below one person counts as one


def test_the_demo_race_weekend_for_two_is_3210_per_person() -> None:
    parts = [(750, "per_person", None), (1195, "per_unit", 2), (1195, "per_unit", 2),
             (150, "per_person", None), (425, "per_person", None),
             (595, "per_person", None), (95, "per_person", None)]
    pricing = price_package(parts, 2)
    assert [line.amount for line in pricing.lines] == [
        Decimal(x) for x in ("1500.00", "1195.00", "1195.00", "300.00", "850.00",
                             "1190.00", "190.00")]
    assert pricing.total == Decimal("6420.00") and pricing.per_person == Decimal("3210")
    # the old arithmetic (everything once, divided by two) gave 2203
    old = price_package([(p, "per_package", None) for p, _b, _o in parts], 2)
    assert old.per_person == Decimal("2203")


def test_the_total_is_the_sum_of_the_parts_and_the_person_price_rounds_half_up() -> None:
    pricing = price_package([(Decimal("100.50"), "per_person", None),
                             (Decimal("1.00"), "per_package", None)], 3)
    assert pricing.total == Decimal("302.50")  # öre kept in the total
    assert pricing.per_person == Decimal("101")  # 100.83 → 101
    assert price_package([(Decimal("5"), "per_package", None)], 2).per_person == Decimal("3")


def test_an_unknown_basis_is_refused_and_none_is_the_old_per_package() -> None:
    assert price_basis(None) == "per_package" and price_basis("") == "per_package"
    with pytest.raises(PackageError, match="not a price basis"):
        price_basis("per_night")


def test_the_basis_in_words() -> None:
    assert basis_text("per_person", "startavgift", None, "sv") == "per person"
    assert basis_text("per_unit", "boende", 2, "sv") == "per rum (2 pers.)"
    assert basis_text("per_unit", "boende", 2, "en") == "per room (2 persons)"
    assert basis_text("per_unit", "transport", 1, "en") == "per vehicle (1 person)"
    assert basis_text("per_package", "transport", None, "sv") == "per paket"
    assert basis_text("per_package", "transport", None, "en") == "per package"


def test_a_per_unit_part_needs_its_occupancy() -> None:
    base = {"title_sv": "Paket", "price_basis_persons": 2}
    component = {"kind": "boende", "price_sek": 900, "price_basis": "per_unit"}
    with pytest.raises(PackageError, match="Component 1 is priced per unit"):
        validate({**base, "components": [component]})
    validate({**base, "components": [{**component, "occupancy": 2}]})
    with pytest.raises(PackageError, match="Component 1: “nightly” is not a price basis"):
        validate({**base, "components": [{**component, "price_basis": "nightly"}]})
    # an occupancy is kept only per unit
    assert stored_component({**component, "price_basis": "per_person",
                             "occupancy": 2})["occupancy"] is None


FIELDS = {"event_id": None, "title_sv": "Paket", "price_basis_persons": 2}
OLD_COMPONENT = {"organisation_id": None, "kind": "måltid", "description": "Middag",
                 "price_sek": "425.00", "capacity": None}


def test_a_package_sent_before_the_basis_existed_is_not_changed_by_the_upgrade() -> None:
    # The content as it was hashed before: no basis keys. A per-package part hashes the same.
    old = {**package_content(FIELDS, []), "components": [OLD_COMPONENT]}
    new = package_content(FIELDS, [{**OLD_COMPONENT, "price_basis": "per_package"}])
    assert content_hash(old) == content_hash(new)
    # … and per person it is a new version
    per_person = package_content(FIELDS, [{**OLD_COMPONENT, "price_basis": "per_person"}])
    assert content_hash(per_person) != content_hash(old)


def test_an_old_snapshot_loads_with_the_arithmetic_of_its_day() -> None:
    old = json.dumps({"format": 1, "content": {**package_content(FIELDS, []),
                                               "components": [OLD_COMPONENT]}})
    pricing = snapshot_pricing(old)
    assert pricing is not None and pricing.total == Decimal("425.00")
    assert pricing.per_person == Decimal("213") and snapshot_hash(old) is not None
    new = {"content": package_content(FIELDS, [{**OLD_COMPONENT, "price_basis": "per_person"}])}
    assert snapshot_pricing(new).total == Decimal("850.00")  # type: ignore[union-attr]
    assert snapshot_pricing({"format": 2}) is None
