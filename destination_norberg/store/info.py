"""What `destination-norberg info` reports: where the data is, its schema, its rows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, inspect, select

from destination_norberg.store import models as m
from destination_norberg.store.migrate import current_revision
from destination_norberg.store.schema_version import KNOWN_REVISIONS


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    url: str
    backend: str
    schema_revision: str | None
    row_counts: dict[str, int]

    @property
    def newer(self) -> bool:
        """Made by a newer program: shown, but this program will not open it."""
        return self.schema_revision is not None and self.schema_revision not in KNOWN_REVISIONS

    def as_dict(self) -> dict:
        return {"database": self.url, "backend": self.backend,
                "schema_revision": self.schema_revision, "row_counts": self.row_counts}


def database_info(engine: Engine) -> DatabaseInfo:
    """Counts the tables this program knows that exist (a newer schema may lack some)."""
    revision = current_revision(engine)
    counts: dict[str, int] = {}
    if revision is not None:
        with engine.connect() as conn:
            present = set(inspect(conn).get_table_names())
            for table in m.Base.metadata.sorted_tables:
                if table.name in present:
                    counts[table.name] = conn.execute(
                        select(func.count()).select_from(table)).scalar_one()
    return DatabaseInfo(url=engine.url.render_as_string(hide_password=True),
                        backend=engine.url.get_backend_name(), schema_revision=revision,
                        row_counts=dict(sorted(counts.items())))
