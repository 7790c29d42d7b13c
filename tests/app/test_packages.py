"""The package window's use cases: each opens its own unit of work and hands back core
values, so the window holds no session."""

from __future__ import annotations

from decimal import Decimal

import pytest

from destination_norberg.app import packages as use_cases
from destination_norberg.core.packages import (
    EventChoice,
    OrganisationChoice,
    PackageDetail,
    PackagesView,
)

pytestmark = pytest.mark.both_engines


def test_the_view_holds_the_list_and_the_forms_choices(demo_url) -> None:
    view = use_cases.read_view(demo_url)
    assert isinstance(view, PackagesView)
    assert [p.title_sv for p in view.packages] == [
        "Vinterstråket & skidpremiär – helg i Norberg", "Engelbrektsloppet-helg 2027"]
    assert view.packages == use_cases.list_packages(demo_url)
    assert all(isinstance(e, EventChoice) for e in view.events)
    assert [e.day for e in view.events] == sorted(e.day for e in view.events)
    assert "Engelbrektsloppet 60 km klassisk" in {e.name for e in view.events}
    assert all(isinstance(o, OrganisationChoice) for o in view.organisations)
    partners = {o.name for o in view.organisations if o.is_partner}
    assert "Glidresor AB" in partners
    assert len(partners) < len(view.organisations)  # not every organisation is a partner


def test_find_read_and_save_through_an_engine(demo_engine) -> None:
    package_id = use_cases.find_package(demo_engine, "engelbrektsloppet-helg")
    detail = use_cases.package_detail(demo_engine, package_id, lang="en")
    assert isinstance(detail, PackageDetail)
    assert detail.per_person_sek == Decimal("3210")
    assert {p.lang for p in detail.partners} == {"en"}
    values = use_cases.load_package(demo_engine, package_id)
    assert values is not None and values["id"] == package_id
    saved = use_cases.update_package(demo_engine, values, {**values, "title_en": "Weekend"})
    assert saved["title_en"] == "Weekend" and saved["version"] == values["version"] + 1
    parts = [{**c, "uid": None} for c in values["components"]]
    copy = use_cases.insert_package(demo_engine, {**values, "uid": None, "title_sv": "Kopia",
                                                  "components": parts})
    assert copy["id"] != package_id
    use_cases.delete_package(demo_engine, copy)
    assert use_cases.load_package(demo_engine, copy["id"]) is None
