"""Merging duplicate people: which values the kept record takes, field by field.

The coordinator chooses the record that survives and, per field, whose value to keep; the
choice is prefilled by one rule, `merge_defaults`: for each field the value of the most
recently changed record that has one (a later id breaks a tie), else the kept record's own;
the notes of all of them are joined (each once, newest first), so nothing written about the
person is lost unless the coordinator chooses one. What moves with the merge (contacts,
tasks) and the GDPR checks are store.person_merge's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

#: The person's fields a merge chooses, in the order the merge dialog shows them.
MERGE_FIELDS = ("name", "organisation_id", "role", "email", "phone", "legal_basis",
                "consent_on", "retention_review_on", "notes")


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _newest_first(people: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    def key(p: Mapping[str, Any]) -> tuple[datetime, int]:
        changed = p.get("updated_at")
        return (changed if isinstance(changed, datetime) else datetime.min,
                int(p.get("id") or 0))

    stamped = [p for p in people if isinstance(p.get("updated_at"), datetime)]
    if len({p["updated_at"].tzinfo is None for p in stamped}) > 1:  # mixed: compare naive
        return sorted(people, key=lambda p: (key(p)[0].replace(tzinfo=None), key(p)[1]),
                      reverse=True)
    return sorted(people, key=key, reverse=True)


def joined_notes(people: Sequence[Mapping[str, Any]]) -> str:
    """Every record's notes, each once, newest first, one paragraph each."""
    seen = dict.fromkeys(str(p.get("notes") or "").strip() for p in _newest_first(people))
    return "\n\n".join(n for n in seen if n)


def merge_defaults(people: Sequence[Mapping[str, Any]], keep_uid: str) -> dict[str, Any]:
    """The values the kept record takes unless the coordinator chooses otherwise (see the
    module note). `people` are the records as read (values with id, uid, updated_at)."""
    keep = next(p for p in people if p.get("uid") == keep_uid)
    ordered = _newest_first(people)
    out: dict[str, Any] = {}
    for name in MERGE_FIELDS:
        if name == "notes":
            out[name] = joined_notes(people)
            continue
        found = next((p for p in ordered if not _empty(p.get(name))), keep)
        out[name] = found.get(name)
    return out
