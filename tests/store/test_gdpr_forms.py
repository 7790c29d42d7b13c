"""Erasure in the database finds the Swedish forms of a name and the phone by its digits,
on both engines (the database pre-selects rows; core.erasure_text decides), and reports
what might remain without changing it (issue 13)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from destination_norberg.store import models as m
from destination_norberg.store.gdpr import ERASED, erase_person
from destination_norberg.store.network_write import insert_row, load

pytestmark = pytest.mark.both_engines


def test_the_swedish_forms_are_scrubbed_and_the_rest_reported(demo_engine) -> None:
    hotel = load(demo_engine, "organisation", "demo-hotell-hyttgarden")
    person = insert_row(demo_engine, "person", {
        "organisation_id": hotel["id"], "name": "Åsa Zetterqvist", "phone": "070-987 65 43",
        "email": "asa.z@zz.example"})
    texts = {
        date(2026, 10, 1): "Åsa Zetterqvists förslag antogs.",
        date(2026, 10, 2): "Deltagare: Zetterqvist, Åsa; Berg, Anna.",
        date(2026, 10, 3): "Ring Å. Zetterqvist på 0709876543 eller +46 70 987 65 43.",
        date(2026, 10, 4): "ÅSA ZETTERQVIST skrev till ASA.Z@ZZ.EXAMPLE.",
        date(2026, 10, 5): "Zetterqvist hörde av sig; Åsa kommer.",
        date(2026, 10, 6): "Inget om henne här.",
    }
    for day, note in texts.items():
        insert_row(demo_engine, "interaction", {
            "organisation_id": hotel["id"], "occurred_on": day, "kind": "samtal", "note": note,
            "person_ids": []})
    insert_row(demo_engine, "organisation", {"name": "Zetterqvists Keramik"})
    done = erase_person(demo_engine, person["uid"])
    with demo_engine.connect() as conn:
        got = dict(conn.execute(select(m.Interaction.occurred_on, m.Interaction.note).where(
            m.Interaction.occurred_on.in_(list(texts)))).all())
    assert got == {
        date(2026, 10, 1): f"{ERASED} förslag antogs.",
        date(2026, 10, 2): f"Deltagare: {ERASED}; Berg, Anna.",
        date(2026, 10, 3): f"Ring {ERASED} på {ERASED} eller {ERASED}.",
        date(2026, 10, 4): f"{ERASED} skrev till {ERASED}.",
        date(2026, 10, 5): "Zetterqvist hörde av sig; Åsa kommer.",
        date(2026, 10, 6): "Inget om henne här.",
    }
    assert done.texts_scrubbed == 4
    review = "\n".join(done.might_remain)
    assert "Zetterqvist, Åsa" in review  # the note of 5 October, left as it was
    assert "organisation.name id " in review and "Zetterqvists" in review
    assert "Inget" not in review
