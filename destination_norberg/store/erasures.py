"""The register of erasures: who was erased and when, kept outside the database so that a
restore cannot take it back.

A restore replaces the whole database, the erasure's own log entry with it, so an older
backup would bring an erased person back. The register lives beside an SQLite file
(`<name>.erasures.json`) or, for a server database, in the per-user data folder
(`erasures/<backend>_<host>_<port>_<database>.json`); a restore leaves it alone and
re-applies it: whoever it names is erased again and the erasure's log entry is put back.

It names no one in clear: for each erasure the person's uid, salted hashes (HMAC-SHA256
with a random salt kept in the file) of the normalised name, e-mail and phone digits, the
time and the log entry's note (who asked and what was done; no personal data). That is
enough to recognise the person in a restored backup — by uid, or by two of name, e-mail and
phone — and not enough to read who they were. The file is owner-only (0600).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from destination_norberg.core.erasure_text import nfc, phone_digits
from destination_norberg.store import models as m

FORMAT = "destination-norberg-erasures"
SUFFIX = ".erasures.json"
_LOG = m.GdprLog.__table__


@dataclass(frozen=True, slots=True)
class Entry:
    uid: str
    at: datetime  # UTC
    name: str  # salted hashes; "" where the person had none
    email: str
    phone: str
    note: str  # the log entry's note


@dataclass(frozen=True, slots=True)
class Register:
    path: Path | None
    salt: bytes
    entries: tuple[Entry, ...]

    def digest(self, kind: str, value: str) -> str:
        norm = _normal(kind, value)
        if not norm:
            return ""
        return hmac.new(self.salt, f"{kind}:{norm}".encode(), hashlib.sha256).hexdigest()

    def matches(self, entry: Entry, uid: str, name: str, email: str, phone: str) -> bool:
        """The same person: the same uid, or two of name, e-mail and phone the same (one
        alone is not enough: a namesake, or a colleague on the shared info@ address)."""
        if uid == entry.uid:
            return True
        same = sum(1 for kind, value, stored in (("name", name, entry.name),
                                                 ("email", email, entry.email),
                                                 ("phone", phone, entry.phone))
                   if stored and self.digest(kind, value) == stored)
        return same >= 2

    @property
    def last(self) -> datetime | None:
        return max((e.at for e in self.entries), default=None)

    def find(self, key: str) -> Entry | None:
        """The latest erasure of the person `key` names (uid, name, e-mail or phone), so
        that erasing someone again finishes the clean-up rather than finding no one."""
        wanted = key.strip()
        for entry in sorted(self.entries, key=lambda e: e.at, reverse=True):
            if entry.uid == wanted or any(
                    stored and self.digest(kind, wanted) == stored
                    for kind, stored in (("name", entry.name), ("email", entry.email),
                                         ("phone", entry.phone))):
                return entry
        return None


def _normal(kind: str, value: str) -> str:
    if kind == "phone":
        country, national = phone_digits(value or "")
        return f"{country}:{national}" if national else ""
    return " ".join(nfc(value or "").casefold().split())


def register_path(engine: Engine) -> Path | None:
    """Where the register of this database lives; None for an in-memory SQLite database."""
    from destination_norberg.store.database import sqlite_path

    path = sqlite_path(engine)
    if path is not None:
        return path.with_name(path.name + SUFFIX)
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return None
    from destination_norberg.paths import user_data_dir

    raw = f"{url.get_backend_name()}_{url.host or 'localhost'}_{url.port or ''}_{url.database}"
    return user_data_dir() / "erasures" / (re.sub(r"[^A-Za-z0-9._-]+", "_", raw) + ".json")


def load(path: Path | None) -> Register:
    """The register at `path`; an empty one (with a new salt) where there is none yet."""
    if path is None or not path.exists():
        return Register(path, secrets.token_bytes(16), ())
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path} is not a register of erasures")
    entries = tuple(Entry(e["uid"], datetime.fromisoformat(e["at"]), e["name"], e["email"],
                          e["phone"], e.get("note", "")) for e in data["erasures"])
    return Register(path, bytes.fromhex(data["salt"]), entries)


def _save(register: Register) -> None:
    assert register.path is not None
    folder = register.path.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = {"format": FORMAT, "version": 1, "salt": register.salt.hex(),
            "erasures": [{"uid": e.uid, "at": e.at.isoformat(), "name": e.name,
                          "email": e.email, "phone": e.phone, "note": e.note}
                         for e in register.entries]}
    handle, tmp = tempfile.mkstemp(prefix=f".{register.path.name}.", suffix=".part",
                                   dir=folder)  # 0600
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, register.path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def record(engine: Engine, uid: str, name: str, email: str, phone: str, at: datetime,
           note: str) -> str:
    """Add one erasure to the register; "" or why it could not be written."""
    path = register_path(engine)
    if path is None:
        return ""
    try:
        reg = load(path)
        entry = Entry(uid, at.astimezone(UTC), reg.digest("name", name),
                      reg.digest("email", email), reg.digest("phone", phone), note)
        _save(Register(path, reg.salt, (*reg.entries, entry)))
    except (OSError, ValueError, KeyError) as exc:
        return (f"the register of erasures ({path}) could not be written ({exc}): a restore "
                "of an older backup would bring the person back")
    return ""


def backup_created_at(file: Path) -> datetime | None:
    """When a backup says it was taken (its manifest, unverified: only for a warning)."""
    try:
        with zipfile.ZipFile(file) as zf:
            created = json.loads(zf.read("manifest.json"))["created_at"]
        return datetime.fromisoformat(created.replace("Z", "+00:00")).astimezone(UTC)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError):
        return None


def restore_warning(engine: Engine, file: Path) -> str:
    """A warning before restoring a backup older than the last erasure ("" if none)."""
    try:
        reg = load(register_path(engine))
    except (OSError, ValueError, KeyError):
        return ""
    created = backup_created_at(Path(file))
    last = reg.last
    # A backup's time is to the second: one taken in the erasure's second may hold them.
    if created is None or last is None or created > last.replace(microsecond=0):
        return ""
    later = sum(1 for e in reg.entries if e.at.replace(microsecond=0) >= created)
    return (f"{Path(file).name} was taken {created.isoformat(timespec='seconds')}, before "
            f"the last erasure ({last.isoformat(timespec='seconds')}): it may hold {later} "
            "person(s) erased since; the restore erases them again from the register of "
            "erasures.")
