"""The demo's accommodation capacities (data/capacity.json) and the participant counts of a
fictional registration export for Vintervecka 2027 (data/participants.json, made by
tests/capacity/participants_file.py), written in the demo's write unit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from destination_norberg.store import models as m

DEMO_SOURCE = "demo"


def read_capacity_files(folder: Path) -> dict[str, Any]:
    def optional(name: str, empty: Any) -> Any:
        path = folder / name
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else empty

    return {"capacity": optional("capacity.json", []),
            "participants": optional("participants.json", {})}


def write_capacity(session: Session, files: dict[str, Any], ref: Any) -> None:
    """`ref(table, key)` finds a demo row written before (organisation, season, event)."""
    for c in files.get("capacity", []):
        org = ref("org", c["organisation"])
        season = ref("season", c.get("season"))
        session.add(m.AccommodationCapacity(
            organisation_id=org.id, season_id=season.id if season is not None else None,
            rooms=int(c["rooms"]), beds=int(c["beds"]), cabins=int(c["cabins"]),
            pitches=int(c["pitches"]), allotment=int(c["allotment"])))
    participants = files.get("participants") or {}
    if participants:
        event = ref("event", participants["event"])
        session.add_all(m.ParticipantCount(event_id=event.id, source=DEMO_SOURCE, race=race,
                                           dimension=dim, key=key, count=int(n))
                        for race, dim, key, n in participants["counts"])
