"""The packages list, one package in full and finding a package by name, read from the
database (the rules themselves: tests/core/test_packages.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from destination_norberg.core.packages import PackageLookupError
from destination_norberg.core.timeutil import to_local
from destination_norberg.store.package_read import find_package, package_detail, packages
from destination_norberg.store.rows import EngineRows, open_current_sqlite

pytestmark = pytest.mark.both_engines


@pytest.fixture
def rows(demo_engine):
    return EngineRows(demo_engine)


def test_the_list_has_the_demo_packages_with_totals(rows) -> None:
    found = packages(rows)
    assert [p.title_sv for p in found] == [
        "Vinterstråket & skidpremiär – helg i Norberg", "Engelbrektsloppet-helg 2027"]
    weekend = found[1]
    assert weekend.event_name == "Engelbrektsloppet 60 km klassisk"
    assert weekend.component_count == 7
    # For two persons: per person 2 × (750 + 150 + 425 + 595 + 95) = 4030, two nights of
    # one double room 2 × 1195 = 2390; total 6420, per person 3210 (it was 2203 while every
    # part was divided by the head count)
    assert weekend.total_sek == Decimal("6420.00")
    assert weekend.per_person_sek == Decimal("3210")
    strak = found[0]  # the room per unit, the taxi once, the rest per person
    assert strak.total_sek == Decimal("3475.00") and strak.per_person_sek == Decimal("1738")
    assert weekend.revision == 1 and weekend.last_sent is None
    assert not weekend.changed_since_sent
    assert weekend.partner_names[0] == "Glidresor AB"
    assert len(weekend.partner_names) == 5


@pytest.mark.sqlite_only
def test_the_fast_path_reads_the_same(demo_url, rows) -> None:
    fast = open_current_sqlite(demo_url)
    assert fast is not None
    try:
        assert packages(fast) == packages(rows)
        assert package_detail(fast, 1) == package_detail(rows, 1)
    finally:
        fast.close()


def test_find_by_id_uid_title_or_prefix(rows) -> None:
    assert find_package(rows, "1") == 1
    assert find_package(rows, "demo-vinterstraket-skidpremiar-2026") == 2
    assert find_package(rows, "engelbrektsloppet-helg 2027") == 1
    assert find_package(rows, "VINTERSTRAKET") == 2  # accents and case do not matter
    assert find_package(rows, "Engelbrektsloppet weekend") == 1  # the English title too


def test_an_ambiguous_or_unknown_name_says_so(rows, demo_engine) -> None:
    from destination_norberg.store.package_write import insert_package

    insert_package(demo_engine, {"title_sv": "Engelbrektsloppet-paket light",
                                 "price_basis_persons": 1})
    with pytest.raises(PackageLookupError) as err:
        find_package(rows, "engelbrektsloppet")
    assert "matches 2 packages" in str(err.value)
    assert "Engelbrektsloppet-helg 2027 (id 1)" in str(err.value)
    with pytest.raises(PackageLookupError, match="no package “nothing”"):
        find_package(rows, "nothing")
    with pytest.raises(PackageLookupError):
        find_package(rows, "  ")
    with pytest.raises(PackageLookupError, match="no package with id 99"):
        package_detail(rows, 99)


def test_detail_of_the_race_weekend(rows) -> None:
    d = package_detail(rows, 1)
    assert d.title("en") == "Engelbrektsloppet weekend 2027"
    assert d.text("sv").startswith("Åk Engelbrektsloppet")
    assert d.total_sek == Decimal("6420.00") and d.per_person_sek == Decimal("3210")
    assert [(c.price_basis, c.occupancy) for c in d.components[:3]] == [
        ("per_person", None), ("per_unit", 2), ("per_unit", 2)]
    assert [c.position for c in d.components] == list(range(1, 8))
    hotel = d.components[1].organisation
    assert hotel is not None and hotel.name == "Hotell Hyttgården"
    assert hotel.person and hotel.phone.startswith("0") and "@" in hotel.email
    assert hotel.address == "Hyttgatan 4, 738 30 Norberg"
    assert [c.name for c in d.contacts()][:2] == ["Norbergs Skidklubb (demo)",
                                                  "Hotell Hyttgården"]
    assert len(d.contacts()) == 5  # the hotel and the ski club twice each, listed once
    assert {p.lang for p in d.partners} == {"sv"}
    assert d.event is not None and d.event.name_sv == "Engelbrektsloppet 60 km klassisk"
    assert d.event_place is not None and d.event_place.name == "Torget"


def test_the_programme_is_the_weekend_of_the_winter_week(rows) -> None:
    d = package_detail(rows, 1)
    days = {to_local(e.starts_at).date().isoformat() for e in d.programme}
    assert days == {"2027-02-12", "2027-02-13", "2027-02-14"}
    names = [e.name_sv for e in d.programme]
    assert "Engelbrektsloppet 60 km klassisk" in names and "Pastaparty" in names
    assert "Vintervecka 2027" not in names  # the week itself is the frame, not an item
    assert "Invigning av vinterveckan" not in names  # before the package's first day
    assert [e.starts_at for e in d.programme] == sorted(e.starts_at for e in d.programme)


def test_the_routes_concerned(rows) -> None:
    race = package_detail(rows, 1)
    # The guarantee target of the race (its 20 km loop) and the sprint's course loop.
    assert {r.name for r in race.routes} == {"Engelbrektsslingan 20 km", "Elljusspåret 2,5 km"}
    assert all(r.kind == "trail" and r.geometry is not None for r in race.routes)
    walk = package_detail(rows, 2)
    assert [r.kind for r in walk.routes] == ["strak"]
    assert walk.routes[0].name == "Vinterstråket 2026/27"
    assert len(walk.routes[0].stops) == 11 and walk.routes[0].stops[0][0] == 1


def test_an_explicit_language_overrides_the_guess(rows) -> None:
    assert {p.lang for p in package_detail(rows, 1, lang="en").partners} == {"en"}
