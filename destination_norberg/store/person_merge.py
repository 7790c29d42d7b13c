"""Merge duplicate people into one, and undo a merge, each in one write unit.

The coordinator keeps one record and chooses its values field by field (the defaults are
core.person_merge's rule). Everything that points to the others moves to the kept one:
the contacts (interactions) they took part in, the tasks they are responsible for. The
others are then deleted. A person is referred to by id in exactly those two places (the
interaction_person link table and task.responsible_id); the GDPR log names people by uid
and keeps the removed records' history under their own uids.

GDPR: a merge must never bring back someone erased on request. The kept record's values
after the merge (its uid, name, e-mail and phone) are checked against the register of
erasures (store.erasures, the same match a restore re-applies: the uid, or two of name,
e-mail and phone); if they would make up an erased person the merge is refused and nothing
is written. An undo puts the removed records back only if none of them matches the register
either (someone may have erased the person since). Merges are not written to the GDPR log:
it records exports and erasures on request, and a merge is neither (the register and the
log of erasures are untouched by it).

The undo is a snapshot, like store.network_merge's: the merge returns the deleted rows
whole (same id and uid) and what it moved; `undo_merge_persons` puts them back and restores
the kept one's values, but only while the kept record is as the merge left it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.orm import Session

from destination_norberg.core.contacts import ContactError
from destination_norberg.core.network import clean_person
from destination_norberg.core.person_merge import MERGE_FIELDS, merge_defaults
from destination_norberg.store import erasures
from destination_norberg.store import models as m
from destination_norberg.store.database import DatabaseError, write_session
from destination_norberg.store.network_write import Values, _content, read_row
from destination_norberg.store.planning_write import _guard
from destination_norberg.store.versioned import (
    ConflictError,
    NotFoundError,
    meanwhile,
    update_versioned,
)

_PERSON = m.Person.__table__
_LINKS = m.interaction_person
_TASK = m.Task.__table__
_INTERACTION = m.Interaction.__table__
_MAIL = m.MailRecipient.__table__


class MergeRefusedError(DatabaseError):
    """The merge (or its undo) would do what it must not; nothing was written."""


@dataclass(frozen=True)
class PersonMergeResult:
    """What a merge did, enough for `undo_merge_persons` to take it back."""

    keep_uid: str
    keep_before: Values
    keep_after: Values
    removed: list[dict[str, Any]]  # the merged-away people's rows, every column
    #: (interaction id, the removed person's id, whether the kept one was linked by the merge)
    links: list[tuple[int, int, bool]] = field(default_factory=list)
    tasks: list[tuple[int, int]] = field(default_factory=list)  # (task id, former person)
    #: (mail_recipient id, former person): the messages sent to the merged-away people
    mails: list[tuple[int, int]] = field(default_factory=list)
    #: mail_recipient rows the merge removed (a mailing that reached both keeps one row)
    mails_removed: list[dict[str, Any]] = field(default_factory=list)

    @property
    def moved_count(self) -> int:
        return len(self.links) + len(self.tasks)


def _register(engine: Engine) -> erasures.Register:
    try:
        return erasures.load(erasures.register_path(engine))
    except (OSError, ValueError, KeyError) as exc:
        raise MergeRefusedError(f"The register of erasures could not be read ({exc}); nothing "
                           "was merged, so no erased person can come back.") from exc


def _erased(register: erasures.Register, uid: str, values: Mapping[str, Any]) -> bool:
    return any(register.matches(e, uid, values.get("name") or "", values.get("email") or "",
                                values.get("phone") or "") for e in register.entries)


def merge_candidates(engine: Engine, uids: Sequence[str]) -> list[Values]:
    """The people `uids` name as a merge dialog shows them: their values, id, uid, version,
    updated_at and how many contacts and tasks each has. Missing uids are left out."""
    from destination_norberg.store.database import read_session

    out = []
    with read_session(engine) as session:
        for uid in dict.fromkeys(uids):
            row = read_row(session, "person", uid)
            if row is None:
                continue
            row["updated_at"] = session.execute(select(_PERSON.c.updated_at).where(
                _PERSON.c.uid == uid)).scalar()
            out.append(row)
    return out


def merge_persons(engine: Engine, keep_uid: str, other_uids: Sequence[str],
                  values: Mapping[str, Any] | None = None) -> PersonMergeResult:
    """Keep `keep_uid` with `values` (None: core.person_merge.merge_defaults), move the
    others' contacts and tasks to it and delete them; one write unit."""
    others_wanted = list(dict.fromkeys(other_uids))
    if not others_wanted or keep_uid in others_wanted:
        raise MergeRefusedError("Choose the person to keep and at least one other to merge into "
                           "them; nothing was merged.")
    register = _register(engine)
    with _guard("The merge"), write_session(engine) as session:
        keep = read_row(session, "person", keep_uid)
        if keep is None:
            raise NotFoundError("The person to keep no longer exists; nothing was merged.")
        rows = [dict(r) for r in session.execute(
            select(_PERSON).where(_PERSON.c.uid.in_(others_wanted))).mappings()]
        if len(rows) != len(others_wanted):
            raise ConflictError("A person to merge was removed meanwhile; nothing was merged.")
        rows.sort(key=lambda r: others_wanted.index(r["uid"]))
        stamped = {keep_uid: session.execute(select(_PERSON.c.updated_at).where(
            _PERSON.c.uid == keep_uid)).scalar()}
        people = [{**keep, "updated_at": stamped[keep_uid]},
                  *({**r} for r in rows)]
        chosen = dict(values) if values is not None else merge_defaults(people, keep_uid)
        try:
            after = clean_person({**{k: keep.get(k) for k in MERGE_FIELDS}, **chosen})
        except ContactError as exc:
            raise MergeRefusedError(f"{exc} Nothing was merged.") from exc
        # An opt-out is respected whoever's record is kept: the earliest one stands.
        opt_outs = [d for d in [keep.get("mail_opt_out_on"),
                                *(r.get("mail_opt_out_on") for r in rows)] if d is not None]
        after["mail_opt_out_on"] = min(opt_outs) if opt_outs else None
        if _erased(register, keep_uid, after):
            raise MergeRefusedError("The merged person would be someone erased on request "
                               "(their name, e-mail or phone); nothing was merged.")
        other_ids = [int(r["id"]) for r in rows]
        links = _move_links(session, other_ids, int(keep["id"]))
        tasks = [(int(t), int(p)) for t, p in session.execute(
            select(_TASK.c.id, _TASK.c.responsible_id)
            .where(_TASK.c.responsible_id.in_(other_ids)))]
        if tasks:
            session.execute(update(_TASK).where(_TASK.c.id.in_([t for t, _ in tasks]))
                            .values(responsible_id=keep["id"], version=_TASK.c.version + 1))
        mails, mails_removed = _move_mail(session, other_ids, int(keep["id"]))
        update_versioned(session, _PERSON, keep["id"], keep["version"], after,
                         conflict=meanwhile("The person"))
        session.execute(delete(_PERSON).where(_PERSON.c.id.in_(other_ids)))
        return PersonMergeResult(keep_uid, keep, read_row(session, "person", keep_uid),
                                 rows, links, tasks, mails,  # type: ignore[arg-type]
                                 mails_removed)


#: Which of two rows of one mailing a merge keeps: a record of a message sent (or perhaps
#: sent) is never lost to one waiting.
_MAIL_RANK = {"skickad": 3, "sänder": 2, "misslyckad": 1}


def _move_mail(session: Session, other_ids: Sequence[int],
               keep_id: int) -> tuple[list[tuple[int, int]], list[dict[str, Any]]]:
    """The others' mail_recipient rows to the kept person. A mailing that reached both
    keeps one row per person and mailing: the one sent, else the kept person's. The rows
    moved (id, former person) and the rows removed (every column)."""
    r = _MAIL
    have = {int(mailing): (int(row_id), str(status)) for row_id, mailing, status in
            session.execute(select(r.c.id, r.c.mailing_id, r.c.status)
                            .where(r.c.person_id == keep_id)).all()}
    out: list[tuple[int, int]] = []
    removed: list[dict[str, Any]] = []
    for row_id, mailing_id, person_id, status in session.execute(
            select(r.c.id, r.c.mailing_id, r.c.person_id, r.c.status)
            .where(r.c.person_id.in_(other_ids)).order_by(r.c.id)).all():
        if mailing_id in have:
            kept_id, kept_status = have[mailing_id]
            if _MAIL_RANK.get(str(status), 0) <= _MAIL_RANK.get(kept_status, 0):
                removed.append(_mail_row(session, int(row_id)))
                session.execute(delete(r).where(r.c.id == row_id))
                continue
            removed.append(_mail_row(session, kept_id))
            session.execute(delete(r).where(r.c.id == kept_id))
        session.execute(update(r).where(r.c.id == row_id).values(person_id=keep_id))
        have[int(mailing_id)] = (int(row_id), str(status))
        out.append((int(row_id), int(person_id)))
    return out, removed


def _mail_row(session: Session, row_id: int) -> dict[str, Any]:
    return dict(session.execute(select(_MAIL).where(_MAIL.c.id == row_id)).mappings().one())


def _move_links(session: Session, other_ids: Sequence[int],
                keep_id: int) -> list[tuple[int, int, bool]]:
    """The others' places in interactions, to the kept person (once per interaction); each
    interaction touched gets a new version, so an editor open on it sees the change."""
    found = [(int(i), int(p)) for i, p in session.execute(
        select(_LINKS.c.interaction_id, _LINKS.c.person_id)
        .where(_LINKS.c.person_id.in_(other_ids)))]
    have = set(session.scalars(select(_LINKS.c.interaction_id)
                               .where(_LINKS.c.person_id == keep_id)))
    out = []
    for interaction_id, person_id in found:
        session.execute(delete(_LINKS).where(_LINKS.c.interaction_id == interaction_id,
                                             _LINKS.c.person_id == person_id))
        added = interaction_id not in have
        if added:
            session.execute(insert(_LINKS).values(interaction_id=interaction_id,
                                                  person_id=keep_id))
            have.add(interaction_id)
        out.append((interaction_id, person_id, added))
    _bump(session, {i for i, _p, _a in out})
    return out


def _bump(session: Session, interaction_ids: set[int]) -> None:
    if interaction_ids:
        session.execute(update(_INTERACTION).where(_INTERACTION.c.id.in_(
            sorted(interaction_ids))).values(version=_INTERACTION.c.version + 1))


def undo_merge_persons(engine: Engine, result: PersonMergeResult) -> Values:
    """Take a merge back; the kept person's values as they are again."""
    register = _register(engine)
    for row in result.removed:
        if _erased(register, row["uid"], row):
            raise MergeRefusedError("A merged person has been erased on request since; the merge "
                               "was not undone, so they do not come back.")
    with _guard("Undoing the merge"), write_session(engine) as session:
        keep = read_row(session, "person", result.keep_uid)
        if keep is None or keep["version"] != result.keep_after["version"] or \
                _content("person", keep) != _content("person", result.keep_after):
            raise ConflictError("The kept person was changed or removed since the merge; the "
                                "merge was not undone.")
        for row in result.removed:
            taken = session.execute(select(_PERSON.c.id).where(
                (_PERSON.c.id == row["id"]) | (_PERSON.c.uid == row["uid"]))).first()
            if taken is not None:
                raise ConflictError("A merged person's place was taken meanwhile; the merge "
                                    "was not undone.")
            session.execute(insert(_PERSON).values(**row))
        existing = set(session.scalars(select(_INTERACTION.c.id).where(
            _INTERACTION.c.id.in_(sorted({i for i, _p, _a in result.links} or {0})))))
        for interaction_id, former, added in result.links:
            if interaction_id not in existing:
                continue  # the contact was deleted since: nothing to link
            if added:
                session.execute(delete(_LINKS).where(_LINKS.c.interaction_id == interaction_id,
                                                     _LINKS.c.person_id == keep["id"]))
            session.execute(insert(_LINKS).values(interaction_id=interaction_id,
                                                  person_id=former))
        _bump(session, existing)
        for task_id, former in result.tasks:
            session.execute(update(_TASK).where(_TASK.c.id == task_id,
                                                _TASK.c.responsible_id == keep["id"])
                            .values(responsible_id=former, version=_TASK.c.version + 1))
        for row_id, former in result.mails:
            session.execute(update(_MAIL).where(_MAIL.c.id == row_id,
                                                _MAIL.c.person_id == keep["id"])
                            .values(person_id=former))
        for mail_row in result.mails_removed:
            mailing = m.Mailing.__table__
            if session.execute(select(mailing.c.id).where(
                    mailing.c.id == mail_row["mailing_id"])).first():  # not deleted since
                session.execute(insert(_MAIL).values(**mail_row))
        update_versioned(session, _PERSON, keep["id"], keep["version"],
                         {**{k: result.keep_before[k] for k in MERGE_FIELDS},
                          "mail_opt_out_on": result.keep_before.get("mail_opt_out_on")},
                         conflict=meanwhile("The person"))
        return read_row(session, "person", result.keep_uid)  # type: ignore[return-value]


__all__ = ["MergeRefusedError", "PersonMergeResult", "merge_candidates", "merge_persons",
           "undo_merge_persons"]
