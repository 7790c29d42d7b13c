"""Migration 0004 (the GDPR log, an index on a person's interactions) keeps every row."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from destination_norberg.store.database import make_engine
from destination_norberg.store.migrate import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
)
from destination_norberg.store.schema import ensure_schema

pytestmark = pytest.mark.both_engines

TABLES = ("organisation", "person", "interaction", "interaction_person", "map_layer")
STAMP = "'2026-01-01 00:00:00'"


def test_a_database_at_0003_with_a_network_is_upgraded_with_every_row(blank_url: str) -> None:
    from alembic import command

    engine = make_engine(blank_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0003_map_layers")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO organisation (id, uid, version, created_at, updated_at, name, "
                "orgnr, category, street, postal_code, city, kommun, website, tags, "
                f"opening_hours, notes, is_demo) VALUES (1, 'o1', 3, {STAMP}, {STAMP}, "
                "'Hotell Hyttgården', '557541-1243', 'boende', 'Hyttgatan 4', '738 30', "
                "'Norberg', 'Norberg', '', 'paket', '', 'Största hotellet', FALSE)"))
            conn.execute(text(
                "INSERT INTO person (id, uid, version, created_at, updated_at, organisation_id, "
                "name, role, email, phone, legal_basis, notes) VALUES (7, 'p7', 1, "
                f"{STAMP}, {STAMP}, 1, 'Åsa Nilsson', 'Ägare', 'asa@hotell.example', "
                "'+4622335075', 'avtal', '')"))
            conn.execute(text(
                "INSERT INTO interaction (id, uid, version, created_at, updated_at, "
                "organisation_id, occurred_on, kind, note, follow_up_done) VALUES (9, 'i9', 1, "
                f"{STAMP}, {STAMP}, 1, '2026-10-01', 'möte', 'Vinterpaket', FALSE)"))
            conn.execute(text("INSERT INTO interaction_person VALUES (9, 7)"))
            conn.execute(text(
                "INSERT INTO map_layer (uid, version, created_at, updated_at, name, source, "
                f"source_crs, geometry_type, colour, position) VALUES ('l1', 1, {STAMP}, "
                f"{STAMP}, 'Kommungräns', 'x.gpkg', 'EPSG:3006', 'Polygon', '#000000', 0)"))
        with engine.connect() as conn:
            before = {t: conn.execute(text(f"SELECT * FROM {t}")).all() for t in TABLES}
        assert current_revision(engine) == "0003_map_layers"

        assert ensure_schema(engine) == HEAD_REVISION  # 0004_gdpr_log and what came after

        with engine.connect() as conn:
            after = {t: conn.execute(text(f"SELECT * FROM {t}")).all() for t in TABLES}
            assert conn.execute(text("SELECT COUNT(*) FROM gdpr_log")).scalar_one() == 0
        # 0012_mail adds person.mail_opt_out_on, empty: every row is otherwise as it was
        assert [r[-1] for r in after["person"]] == [None]
        after["person"] = [tuple(r)[:-1] for r in after["person"]]
        assert after == {t: [tuple(r) for r in rows] for t, rows in before.items()}
        assert all(before.values())
        indexes = {i["name"] for i in inspect(engine).get_indexes("interaction_person")}
        assert "ix_interaction_person_person_id" in indexes
        assert "ix_interaction_contact" in {i["name"] for i in
                                            inspect(engine).get_indexes("interaction")}
        with engine.begin() as conn:  # and back: the network is still all there
            command.downgrade(alembic_config(conn), "0003_map_layers")
        with engine.connect() as conn:
            assert {t: conn.execute(text(f"SELECT * FROM {t}")).all() for t in TABLES} == before
        assert "gdpr_log" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
