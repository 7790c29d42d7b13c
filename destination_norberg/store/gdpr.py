"""The GDPR for one person: find them, export everything held about them, erase them on
request, and keep a log of both that never names them.

Erasure deletes the person and every link to them: they leave the interactions they took
part in (the interactions stay with the organisation, without their name) and the tasks
they were responsible for. Their full name, e-mail and phone number are then replaced by
"[raderad]" wherever they stand as whole words in a text column (notes, task titles, report
authors, the log), since a name typed into a note is personal data too: in the forms Swedes
write (core.erasure_text: genitive, "Surname, Given", initials, the phone by its digits);
a surname or first name alone is reported for review, not replaced. Other people's and
organisations' names are left alone. On SQLite the bytes must also leave the
file: the unit runs with `PRAGMA secure_delete` (deleted content is overwritten, not just
unlinked), and afterwards the WAL is checkpointed, the file rebuilt by VACUUM and the WAL
truncated to nothing. On PostgreSQL the tables the erasure wrote to are rewritten by
VACUUM FULL (a plain vacuum leaves the dead rows' bytes on disk); the server's WAL keeps
them until recycled (docs/privacy.md). Each erasure is also written to the register of
erasures beside the database (store.erasures), which a restore re-applies.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, String, Text, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from destination_norberg.core.contacts import display_phone
from destination_norberg.core.erasure_text import ERASED, PersonMatcher
from destination_norberg.store import erasures
from destination_norberg.store import models as m
from destination_norberg.store.database import DatabaseError, first_line, write_session
from destination_norberg.store.network_read import day
from destination_norberg.store.planning_write import NotFoundError, _guard
from destination_norberg.store.rows import EngineRows, RowSource, as_utc

__all__ = ["ERASED", "AmbiguousPersonError", "Erasure", "LogEntry", "PersonRef",
           "erase_person", "find_person", "gdpr_log", "log_action", "person_export"]
_LOG = m.GdprLog.__table__
_PERSON_COLUMNS = ("p.id, p.uid, p.name, p.email, p.phone, p.role, p.legal_basis, "
                   "p.consent_on, p.retention_review_on, p.notes, p.organisation_id, "
                   "p.created_at, p.updated_at, p.mail_opt_out_on")


class AmbiguousPersonError(DatabaseError):
    """More than one person matches; the message lists them."""


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: int
    uid: str
    name: str
    email: str
    organisation_name: str

    def label(self) -> str:
        where = f", {self.organisation_name}" if self.organisation_name else ""
        mail = f", {self.email}" if self.email else ""
        return f"id {self.id}: {self.name}{where}{mail} (uid {self.uid})"


def find_person(source: RowSource, key: str) -> PersonRef:
    """The one person whose uid, id, e-mail or exact name (case ignored) is `key`."""
    wanted = key.strip()
    if not wanted:
        raise NotFoundError("Name the person: their uid, id, e-mail or exact name.")
    sql = ("SELECT p.id, p.uid, p.name, p.email, COALESCE(o.name, '') FROM person p "
           "LEFT JOIN organisation o ON o.id = p.organisation_id WHERE ")
    rows = source.rows(sql + "p.uid = :k", k=wanted)
    if not rows and wanted.isdigit():
        rows = source.rows(sql + "p.id = :i", i=int(wanted))
    if not rows and "@" in wanted:
        rows = [r for r in source.rows(sql + "p.email <> ''")
                if r[3].casefold() == wanted.casefold()]
    if not rows:
        rows = source.rows(sql + "p.name = :k", k=wanted) or [
            r for r in source.rows(sql + "1 = 1") if r[2].casefold() == wanted.casefold()]
    found = [PersonRef(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows]
    if not found:
        raise NotFoundError(f"No person matches “{wanted}”: give their uid, id, e-mail or "
                            "exact name.")
    if len(found) > 1:
        listed = "; ".join(p.label() for p in sorted(found, key=lambda p: p.id))
        raise AmbiguousPersonError(f"“{wanted}” matches {len(found)} people ({listed}); "
                                   "give the id or uid of the one you mean.")
    return found[0]


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def person_export(source: RowSource, key: str | int, now: datetime | None = None) -> dict:
    """Everything the program holds about one person, as JSON-ready values.

    Interactions they took part in, and those whose note names them, are included; other
    participants are counted, not named (their data is not this person's to receive).
    """
    ref = find_person(source, str(key))
    p = source.rows(f"SELECT {_PERSON_COLUMNS} FROM person p WHERE p.id = :i", i=ref.id)[0]
    person = {"uid": p[1], "name": p[2], "email": p[3], "phone": p[4],
              "phone_display": display_phone(p[4]), "role": p[5], "legal_basis": p[6],
              "consent_on": _iso(day(p[7])), "retention_review_on": _iso(day(p[8])),
              "notes": p[9], "created_at": _iso(as_utc(p[11])),
              "updated_at": _iso(as_utc(p[12])), "mail_opt_out_on": _iso(day(p[13]))}
    org = None
    if p[10] is not None:
        o = source.rows("SELECT name, orgnr, category, street, postal_code, city, kommun, "
                        "website FROM organisation WHERE id = :o", o=p[10])[0]
        org = dict(zip(("name", "orgnr", "category", "street", "postal_code", "city",
                        "kommun", "website"), o, strict=True))
    like = f"%{_like_escape(ref.name)}%"
    interactions = [{
        "date": _iso(day(r[0])), "kind": r[1], "organisation": r[2], "note": r[3],
        "follow_up_on": _iso(day(r[4])), "follow_up_done": bool(r[5]),
        "took_part": bool(r[6]), "other_participants": int(r[7])}
        for r in source.rows(
            "SELECT i.occurred_on, i.kind, o.name, i.note, i.follow_up_on, i.follow_up_done, "
            "EXISTS (SELECT 1 FROM interaction_person x WHERE x.interaction_id = i.id "
            "AND x.person_id = :p), "
            "(SELECT COUNT(*) FROM interaction_person y WHERE y.interaction_id = i.id "
            "AND y.person_id <> :p) "
            "FROM interaction i JOIN organisation o ON o.id = i.organisation_id "
            "WHERE i.id IN (SELECT interaction_id FROM interaction_person WHERE person_id = :p)"
            # lower() on both sides: LIKE ignores case on SQLite (ASCII), not on a server
            " OR lower(i.note) LIKE lower(:like) ESCAPE '\\' ORDER BY i.occurred_on, i.id",
            p=ref.id, like=like)]
    tasks = [{"title": r[0], "event": r[1], "due_on": _iso(day(r[2])), "done": bool(r[3])}
             for r in source.rows(
                 "SELECT t.title, e.name_sv, t.due_on, t.done FROM task t JOIN event e "
                 "ON e.id = t.event_id WHERE t.responsible_id = :p ORDER BY t.due_on, t.id",
                 p=ref.id)]
    shifts = [{"event": r[0], "place": r[1], "role": r[2], "starts_at": _iso(as_utc(r[3])),
               "ends_at": _iso(as_utc(r[4]))} for r in source.rows(
        "SELECT e.name_sv, s.place, s.role, s.starts_at, s.ends_at FROM volunteer_assignment a "
        "JOIN volunteer_shift s ON s.id = a.shift_id JOIN event e ON e.id = s.event_id "
        "WHERE a.person_id = :p ORDER BY s.starts_at, s.id", p=ref.id)]
    # The e-mail sent to them (issue 20): when, what, whether it went out.
    mails = [{"date": _iso(as_utc(r[1]) or as_utc(r[0])), "subject": r[2], "status": r[3],
              "address": r[4]} for r in source.rows(
        "SELECT m.created_at, r.sent_at, m.subject, r.status, r.address FROM mail_recipient r "
        "JOIN mailing m ON m.id = r.mailing_id WHERE r.person_id = :p ORDER BY m.id",
        p=ref.id)]
    return {"format": "Destination Norberg personal data export, version 1",
            "exported_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
            "person": person, "organisation": org, "interactions": interactions,
            "tasks": tasks, "volunteer_shifts": shifts, "mails": mails,
            "log": [e.as_dict() for e in gdpr_log(source, ref.uid)]}


@dataclass(frozen=True, slots=True)
class LogEntry:
    at: datetime
    action: str  # "export" or "erase"
    person_uid: str
    note: str

    def as_dict(self) -> dict[str, str]:
        return {"at": self.at.isoformat(timespec="seconds"), "action": self.action,
                "person_uid": self.person_uid, "note": self.note}


def gdpr_log(source: RowSource, person_uid: str | None = None) -> list[LogEntry]:
    """The log of exports and erasures, newest first (one person's, with `person_uid`)."""
    where, params = ("WHERE person_uid = :u", {"u": person_uid}) if person_uid else ("", {})
    return [LogEntry(as_utc(r[0]), r[1], r[2], r[3]) for r in source.rows(
        f"SELECT at, action, person_uid, note FROM gdpr_log {where} ORDER BY at DESC, id DESC",
        **params)]


def log_action(engine: Engine, action: str, person_uid: str, note: str = "") -> None:
    """Write one log entry (its own unit: an export is logged once its files exist)."""
    with _guard("The GDPR log"), write_session(engine) as session:
        _log(session, action, person_uid, note)


def _log(session: Session, action: str, person_uid: str, note: str) -> None:
    session.execute(insert(_LOG).values(at=datetime.now(UTC), action=action,
                                        person_uid=person_uid, note=note))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True, slots=True)
class Erasure:
    person_uid: str
    interactions_kept: int  # interactions the person left; they stay with the organisation
    texts_scrubbed: int  # text values where the name, e-mail or phone was replaced
    file_cleaned: bool  # SQLite: vacuumed and the WAL truncated (False: see `note`)
    note: str = ""
    #: Text a person should look at: "table.column id N: fragment, …" (a surname or first
    #: name alone, the e-mail's local part, a firm named after them); nothing was replaced.
    might_remain: tuple[str, ...] = ()
    #: PostgreSQL: the tables rewritten (VACUUM FULL) so the old row versions are gone.
    tables_rewritten: tuple[str, ...] = ()
    #: Set when the person was erased before (this run only finished the file clean-up).
    already_erased_at: datetime | None = None


#: Columns that name someone else (another person who shares the name is another person).
_IDENTITY = {("person", "name"), ("person", "email"), ("person", "phone"),
             ("organisation", "name"), ("gdpr_log", "person_uid")}
#: Identity columns still read for review: a firm may carry its owner's name.
_REVIEW_ONLY = {("organisation", "name")}


def _like_word(word: str) -> str:
    """A LIKE pattern body that holds `word` whatever its case and Unicode form: letters
    outside ASCII (which SQLite's LIKE compares case-sensitively) become `%`."""
    return "".join(c if c.isascii() else "%" for c in _like_escape(word))


@dataclass
class _Scrub:
    changed: int = 0
    tables: set[str] = field(default_factory=set)
    review: list[str] = field(default_factory=list)


def _scrub(session: Session, matcher: PersonMatcher) -> _Scrub:
    """Replace what is certainly the person (core.erasure_text: the name in its Swedish
    forms, the e-mail, the phone by its digits) in every text column but the identity
    columns of other rows; collect what might remain for review.

    The database pre-selects rows by plain substrings every form holds; the matching itself
    is done here, in Python. Whole words only: erasing "Anna Berg" leaves "Anna Bergström".
    """
    out = _Scrub()
    seq = matcher.phone_sequence
    for table in m.Base.metadata.sorted_tables:
        if "id" not in table.c:
            continue
        for column in [c for c in table.c if isinstance(c.type, String | Text)
                       and c.name != "uid" and ((table.name, c.name) not in _IDENTITY
                                                or (table.name, c.name) in _REVIEW_ONLY)]:
            likes = [column.ilike(f"%{_like_word(w)}%", escape="\\")
                     for w in matcher.prefilter]
            if seq:
                likes.append(column.like("%" + "%".join(seq) + "%"))
            if not likes:
                continue
            review_only = (table.name, column.name) in _REVIEW_ONLY
            for row_id, text in session.execute(select(table.c.id, column)
                                                .where(or_(*likes))).all():
                done = matcher.scrub(text)
                where = f"{table.name}.{column.name} id {row_id}"
                if review_only:
                    seen = [text] if done.replaced else list(done.might_remain)
                    if seen:
                        out.review.append(f"{where}: " + ", ".join(seen))
                    continue
                if done.might_remain:
                    out.review.append(f"{where}: " + ", ".join(done.might_remain))
                if not done.replaced:
                    continue
                values: dict[str, Any] = {column.name: done.text}
                if "version" in table.c:
                    values["version"] = table.c.version + 1
                session.execute(update(table).where(table.c.id == row_id).values(**values))
                out.changed += 1
                out.tables.add(table.name)
    return out


@dataclass(frozen=True, slots=True)
class _Erased:
    kept: int
    scrub: _Scrub
    name: str
    email: str
    phone: str


def erase_in(session: Session, person_id: int) -> _Erased:
    """The erasure itself inside a write unit (also used to re-apply the register of
    erasures after a restore, store.erasures): unlink, delete, scrub. Not logged here."""
    links = m.interaction_person
    task = m.Task.__table__
    row = session.execute(select(m.Person.name, m.Person.email, m.Person.phone)
                          .where(m.Person.id == person_id)).first()
    if row is None:
        raise NotFoundError("The person was removed meanwhile; nothing was erased.")
    name, email, phone = row
    kept = len(session.execute(select(links.c.interaction_id)
                               .where(links.c.person_id == person_id)).all())
    session.execute(delete(links).where(links.c.person_id == person_id))
    session.execute(update(task).where(task.c.responsible_id == person_id)
                    .values(responsible_id=None, version=task.c.version + 1))
    # Their shifts and their place on the volunteer list (explicitly, not by ON DELETE
    # CASCADE alone: a connection without foreign keys on must not leave them behind).
    # The messages sent to them (their address, the outcome); the mailing itself stays.
    for table in (m.VolunteerAssignment.__table__, m.Volunteer.__table__,
                  m.MailRecipient.__table__):
        session.execute(delete(table).where(table.c.person_id == person_id))
    session.execute(delete(m.Person.__table__).where(m.Person.id == person_id))
    return _Erased(kept, _scrub(session, PersonMatcher(name, email or "", phone or "")),
                   name, email or "", phone or "")


#: Tables an erasure always writes to: their old row versions hold the person.
_ERASE_TABLES = ("person", "interaction_person", "task", "gdpr_log",
                 "volunteer_assignment", "volunteer", "mail_recipient")


def erase_person(engine: Engine, key: str | int, note: str = "") -> Erasure:
    """Erase one person on request; see the module doc. `note`: who asked, how (logged).

    The erasure is written to the register of erasures (store.erasures), which lives beside
    the database, so that a restore of an older backup erases the person again.
    """
    ref = find_person(EngineRows(engine), str(key))
    sqlite = engine.url.get_backend_name() == "sqlite"
    with _guard("The erasure"), write_session(engine) as session:
        if sqlite:
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        person_id = session.execute(select(m.Person.id).where(m.Person.uid == ref.uid)
                                    ).scalar()
        if person_id is None:
            raise NotFoundError("The person was removed meanwhile; nothing was erased.")
        done = erase_in(session, person_id)
        log_note = ((f"{note.strip()}; " if note.strip() else "")
                    + f"erased on request; left {done.kept} interaction(s), "
                      f"{done.scrub.changed} text(s) scrubbed")
        at = datetime.now(UTC)
        session.execute(insert(_LOG).values(at=at, action="erase", person_uid=ref.uid,
                                            note=log_note))
        if sqlite:
            session.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
    unregistered = erasures.record(engine, ref.uid, done.name, done.email, done.phone, at,
                                   log_note)
    rewritten: tuple[str, ...] = ()
    if sqlite:
        cleaned, why = _clean_file(engine)
    else:
        cleaned = False
        rewritten, why = rewrite_tables(engine, (*_ERASE_TABLES, *sorted(done.scrub.tables)))
    if unregistered:
        cleaned, why = False, "; ".join(w for w in (why, unregistered) if w)
    return Erasure(ref.uid, done.kept, done.scrub.changed, cleaned, why,
                   tuple(done.scrub.review), rewritten)


def erased_before(engine: Engine, key: str) -> tuple[str, datetime] | None:
    """(uid, when) of an earlier erasure of whom `key` names: by uid in the log, or by
    uid, name, e-mail or phone in the register of erasures; None if there is none."""
    with contextlib.suppress(OSError, ValueError, KeyError):
        entry = erasures.load(erasures.register_path(engine)).find(key)
        if entry is not None:
            return entry.uid, entry.at
    logged = gdpr_log(EngineRows(engine), key.strip())
    erased = [e for e in logged if e.action == "erase"]
    return (erased[0].person_uid, erased[0].at) if erased else None  # newest first


def finish_clean_up(engine: Engine, uid: str, at: datetime) -> Erasure:
    """The clean-up of an erasure done before (the file or the tables, again): what a
    second erasure of the same person does, when the first could not finish it because
    another program had the database open. Nothing else is written."""
    if engine.url.get_backend_name() == "sqlite":
        cleaned, why = _clean_file(engine)
        return Erasure(uid, 0, 0, cleaned, why, already_erased_at=at)
    rewritten, why = rewrite_tables(engine, personal_tables())
    return Erasure(uid, 0, 0, False, why, tables_rewritten=rewritten, already_erased_at=at)


def personal_tables() -> tuple[str, ...]:
    """Every table an erasure may write to (all with text), for `gdpr vacuum`."""
    return tuple(t.name for t in m.Base.metadata.sorted_tables
                 if t.name in _ERASE_TABLES or any(isinstance(c.type, String | Text)
                                                   for c in t.c))


#: What a PostgreSQL server keeps after VACUUM FULL, said in the erasure's note.
PG_REMAINS = ("the server's write-ahead log keeps the old row versions until its segments "
              "are recycled (after the next checkpoints, normally within hours); archived "
              "WAL, base backups and replicas keep them as long as they are kept")


def rewrite_tables(engine: Engine, tables: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """PostgreSQL: VACUUM FULL each table, so that the erased rows' old versions leave the
    table files (a plain vacuum only marks them reusable; the bytes stay on disk until
    overwritten). VACUUM cannot run in a transaction: an autocommit connection. Each
    table takes an exclusive lock for as long as its rewrite (seconds on this data)."""
    done: list[str] = []
    failed: list[str] = []
    names = tuple(dict.fromkeys(tables))
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            q = conn.dialect.identifier_preparer.quote
            node = "SELECT pg_relation_filenode(CAST(%(t)s AS regclass))"
            for table in names:
                try:
                    before = conn.exec_driver_sql(node, {"t": q(table)}).scalar()
                    conn.exec_driver_sql(f"VACUUM FULL {q(table)}")
                    # A role that does not own the table gets a warning, not an error, and
                    # nothing is rewritten: a new file (filenode) is the proof it was.
                    if conn.exec_driver_sql(node, {"t": q(table)}).scalar() == before:
                        failed.append(f"{table} (not rewritten: only its owner may)")
                    else:
                        done.append(table)
                except Exception as exc:  # noqa: BLE001 - said in the note, the erasure stands
                    failed.append(f"{table} ({first_line(exc)})")
    except Exception as exc:  # noqa: BLE001
        failed.append(f"the server ({first_line(exc)})")
    if failed:
        left = [t for t in names if t not in done]
        why = (f"the tables could not all be rewritten (vacuum full failed for "
               f"{', '.join(failed)}): the erased rows' old versions stay in those table files "
               "until the server reuses the space; whoever administers the database server "
               f"can rewrite those tables (VACUUM FULL {', '.join(left)}, as the schema's "
               f"owner); and {PG_REMAINS}")
    else:
        why = (f"the tables {', '.join(done)} were rewritten (vacuum full), so the old row "
               f"versions are gone from the table files; {PG_REMAINS}")
    return tuple(done), why
def _clean_file(engine: Engine) -> tuple[bool, str]:
    """Fold the WAL in, rebuild the file without free pages, truncate the WAL."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection  # autocommit (store.database): VACUUM needs no BEGIN
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("VACUUM")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except Exception as exc:  # noqa: BLE001 - the erasure stands; the clean-up is reported
        return False, (f"the person is erased, but the file could not be rebuilt ({exc}): "
                       "close the other programs that have it open and erase the person "
                       "again, which finishes the clean-up")
    finally:
        raw.close()
    if busy and busy[0]:
        return False, ("the person is erased, but another program was reading the database, "
                       "so its journal could not be emptied: close the other programs that "
                       "have it open and erase the person again, which finishes the clean-up")
    return True, ""


# Re-applying the register of erasures (store.erasures) after a restore: erase again.

@dataclass(frozen=True, slots=True)
class Reapplied:
    erased: tuple[str, ...]  # uids erased again
    logged: int  # erasure log entries put back
    note: str = ""  # what the file clean-up or table rewrite left


def reapply(engine: Engine, register: erasures.Register) -> Reapplied:
    """Erase again whoever the register names and put back the erasures' log entries.

    Run on a restored database (before it is swapped in, where it is a file), and on the
    copy of a backup that is being re-sealed (store.backup.resealing).
    """
    if not register.entries:
        return Reapplied((), 0)
    sqlite = engine.url.get_backend_name() == "sqlite"
    erased: list[str] = []
    logged = 0
    tables: set[str] = set()
    with write_session(engine) as session:
        if sqlite:
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        present = set(session.execute(select(_LOG.c.person_uid)
                                      .where(_LOG.c.action == "erase")).scalars())
        people = session.execute(select(m.Person.id, m.Person.uid, m.Person.name,
                                        m.Person.email, m.Person.phone)).all()
        for person_id, uid, name, email, phone in people:
            entry = next((e for e in register.entries
                          if register.matches(e, uid, name, email or "", phone or "")), None)
            if entry is None:
                continue
            done = erase_in(session, person_id)
            tables |= done.scrub.tables
            erased.append(uid)
            session.execute(insert(_LOG).values(
                at=datetime.now(UTC), action="erase", person_uid=uid,
                note=f"the erasure of {entry.at.isoformat(timespec='seconds')} "
                     f"(uid {entry.uid}) re-applied after a restore"))
        for entry in register.entries:
            if entry.uid not in present:
                session.execute(insert(_LOG).values(at=entry.at, action="erase",
                                                    person_uid=entry.uid, note=entry.note))
                logged += 1
        if sqlite:
            session.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
    note = ""
    if erased:
        if sqlite:
            note = _clean_file(engine)[1]
        else:
            note = rewrite_tables(engine, ("person", "interaction_person", "task",
                                           "gdpr_log", *sorted(tables)))[1]
    return Reapplied(tuple(erased), logged, note)
