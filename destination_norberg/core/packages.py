"""Event packages as plain values, and the rules about them that need no database.

The store reads packages into these records (store.package_read) and the writers of a
bundle (exchange.package_*) and the window take them from there. Rules kept here and
documented once:

- **Prices** (`price_package`, the one rule every view, file and command shows): each
  component is priced on a basis (core.vocab.PriceBasis) for the package's head count
  (`price_basis_persons`): *per person* counts the price once for each person; *per unit*
  (a room, a cabin, a car) once for each unit the persons fill, ceil(persons / occupancy);
  *per package* once. A component's amount is its price times that quantity (öre kept);
  the total is the sum of the amounts; the price per person is the total divided by the
  head count, rounded to whole kronor, halves up (2 202.50 → 2 203), as prices are quoted to
  partners. A component stored before the basis existed is per package, which is the old
  arithmetic, so its figures stay as they were.
- **Versions**: `revision` counts the versions sent; what makes a version (the content, its
  hash, the snapshot a dispatch stores) is core.package_versions' rule.
  `changed_since_sent`: the content differs from the last dispatch's, so the next dispatch
  records `revision + 1` (`sent_revision`).
- **Programme**: the package's event and everything under it; when that event belongs to a
  larger one (a race in the winter week), also the larger event's other items that touch the
  package's validity days, so a weekend package shows that weekend's programme.
- **Routes concerned** (read by the store): the stråk linked to any of those events (or the
  larger event), the loops of the snow-guarantee targets linked to them, and the trails their
  race courses run on.
- **Partner language**: Swedish, unless the organisation's tags say `lang:en`, `english` or
  `engelska` (the register has no country field); the caller may override it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, NamedTuple

from destination_norberg.core.events import EventRecord
from destination_norberg.core.geometry import Geometry
from destination_norberg.core.said import said
from destination_norberg.core.text import fold_words, swedish_key
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.vocab import PriceBasis

ENGLISH_TAGS = frozenset({"lang:en", "english", "engelska"})
CENT = Decimal("0.01")


class PackageError(ValueError):
    """A package that cannot be saved as given, worded for the user (one sentence)."""


class PackageLookupError(LookupError):
    """No package, or more than one, matches what the user typed (one sentence)."""

    def __str__(self) -> str:  # LookupError would quote the message like a dict key
        return str(self.args[0]) if self.args else "no such package"


class PartnerLookupError(LookupError):
    """The named organisation is not (exactly one of) the package's partners."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "no such partner"


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PackageRow:
    """One line of the packages list."""

    id: int
    uid: str
    version: int  # the row version (optimistic locking)
    revision: int  # the package version as partners know it
    title_sv: str
    title_en: str
    event_id: int | None
    event_name: str | None
    event_starts_at: datetime | None
    event_ends_at: datetime | None
    valid_from: date | None
    valid_to: date | None
    component_count: int
    total_sek: Decimal
    per_person_sek: Decimal
    partner_names: tuple[str, ...]
    last_sent: datetime | None
    changed_since_sent: bool  # sent before, and changed since: the next send is a new version


@dataclass(frozen=True, slots=True)
class Contact:
    """An organisation with its first contact person (one per organisation, GDPR: no more
    personal data than a partner needs to book)."""

    organisation_id: int
    uid: str
    name: str
    category: str = ""
    person: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""  # Swedish display form (0223-123 45)
    street: str = ""
    postal_code: str = ""
    city: str = ""
    website: str = ""
    tags: tuple[str, ...] = ()

    @property
    def address(self) -> str:
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, town) if p)


@dataclass(frozen=True, slots=True)
class ComponentRow:
    id: int
    uid: str
    position: int
    kind: str  # core.vocab.ComponentKind
    description: str
    price_sek: Decimal
    capacity: int | None
    organisation: Contact | None
    price_basis: str = PriceBasis.PER_PACKAGE.value  # core.vocab.PriceBasis
    occupancy: int | None = None  # persons per unit, for a per-unit component


@dataclass(frozen=True, slots=True)
class PartnerRow:
    contact: Contact
    lang: str  # "sv" or "en"

    @property
    def id(self) -> int:
        return self.contact.organisation_id

    @property
    def name(self) -> str:
        return self.contact.name


@dataclass(frozen=True, slots=True)
class RouteRow:
    """A trail or a stråk route the package concerns, geometry in EPSG:3006."""

    kind: str  # "trail" or "strak"
    id: int
    uid: str
    name: str
    geometry: Geometry | None
    trail_kind: str = ""  # core.vocab.TrailKind for trails
    grade_colour: str | None = None
    length_m: float = 0.0
    description_sv: str = ""
    description_en: str = ""
    stops: tuple[tuple[int, str, float, float], ...] = ()  # (number, name, x, y)


@dataclass(frozen=True, slots=True)
class DispatchRow:
    id: int
    revision: int
    partner_id: int | None
    partner_name: str | None
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class PlaceRow:
    name: str
    x: float | None = None  # EPSG:3006
    y: float | None = None


@dataclass(frozen=True, slots=True)
class PackageDetail:
    """Everything a bundle, a brochure or the package window shows about one package."""

    id: int
    uid: str
    version: int
    revision: int
    title_sv: str
    title_en: str
    text_sv: str
    text_en: str
    valid_from: date | None
    valid_to: date | None
    price_basis_persons: int
    event: EventRecord | None
    event_place: PlaceRow | None
    programme: tuple[EventRecord, ...]  # start order; the package's event among them
    components: tuple[ComponentRow, ...]
    partners: tuple[PartnerRow, ...]
    routes: tuple[RouteRow, ...]
    dispatches: tuple[DispatchRow, ...]  # oldest first
    content_hash: str
    last_sent_hash: str | None = field(default=None, compare=False)

    @property
    def pricing(self) -> Pricing:
        return price_package(((c.price_sek, c.price_basis, c.occupancy)
                              for c in self.components), self.price_basis_persons)

    @property
    def total_sek(self) -> Decimal:
        return self.pricing.total

    @property
    def per_person_sek(self) -> Decimal:
        return self.pricing.per_person

    @property
    def changed_since_sent(self) -> bool:
        return self.last_sent_hash is not None and self.last_sent_hash != self.content_hash

    @property
    def sent_revision(self) -> int:
        """The revision a dispatch now records (shown in the bundle as its version)."""
        return self.revision + 1 if self.changed_since_sent else self.revision

    @property
    def last_sent(self) -> datetime | None:
        return self.dispatches[-1].sent_at if self.dispatches else None

    def title(self, lang: str) -> str:
        return (self.title_en or self.title_sv) if lang == "en" else self.title_sv

    def text(self, lang: str) -> str:
        return (self.text_en or self.text_sv) if lang == "en" else (self.text_sv or self.text_en)

    def contacts(self) -> tuple[Contact, ...]:
        """The component providers, once each, in component order."""
        seen: dict[int, Contact] = {}
        for c in self.components:
            if c.organisation is not None:
                seen.setdefault(c.organisation.organisation_id, c.organisation)
        return tuple(seen.values())

    def partner(self, organisation_id: int) -> PartnerRow | None:
        return next((p for p in self.partners if p.id == organisation_id), None)


class EventChoice(NamedTuple):
    """An event a package can belong to, as the package form offers it."""

    id: int
    name: str
    day: date  # the local start day


class OrganisationChoice(NamedTuple):
    """An organisation of the network as the package form offers it."""

    id: int
    name: str
    is_partner: bool  # tagged "paket": one of the network's package partners


class PackagesView(NamedTuple):
    """What the package window shows besides one package: the list and the form's choices."""

    packages: list[PackageRow]
    events: list[EventChoice]
    organisations: list[OrganisationChoice]


# --- rules ---------------------------------------------------------------------------------

#: The words for a basis, (Swedish, English): files for partners and the command line use
#: them; the window has the same words in its Qt catalogue (tests check they agree).
UNIT_WORDS: dict[str, tuple[str, str]] = {
    "boende": ("rum", "room"), "transport": ("fordon", "vehicle")}
OTHER_UNIT = ("enhet", "unit")


@dataclass(frozen=True, slots=True)
class PriceLine:
    """One component priced for the head count: its quantity and amount."""

    price: Decimal
    basis: str  # core.vocab.PriceBasis
    occupancy: int | None  # persons per unit (per unit only)
    quantity: int  # persons, units, or 1 for the package
    amount: Decimal  # price × quantity, öre kept


@dataclass(frozen=True, slots=True)
class Pricing:
    """A package's prices for its head count (see the module note)."""

    persons: int
    lines: tuple[PriceLine, ...]
    total: Decimal
    per_person: Decimal


def price_basis(value: Any) -> str:
    """A stored or edited basis as a PriceBasis value; None or "" (a row from before the
    basis existed) is per package. PackageError for anything else."""
    if value in (None, ""):
        return PriceBasis.PER_PACKAGE.value
    try:
        return PriceBasis(str(value)).value
    except ValueError:
        names = ", ".join(b.value for b in PriceBasis)
        raise PackageError(said("packages.not_basis", "“{value}” is not a price basis; use one "
                                "of {names}.", value=value, names=names)) from None


def quantity(basis: str, persons: int, occupancy: int | None) -> int:
    """How many times a price counts for `persons`: per person, per unit (ceil of persons
    over the unit's occupancy; no occupancy given counts one unit per person) or once."""
    persons = max(1, int(persons or 1))
    if basis == PriceBasis.PER_PERSON:
        return persons
    if basis == PriceBasis.PER_UNIT:
        size = max(1, int(occupancy or 1))
        return -(-persons // size)
    return 1


def price_package(parts: Iterable[tuple[Any, Any, int | None]], persons: int) -> Pricing:
    """The amounts, the total and the price per person of components given as (price,
    basis, occupancy) for `persons` (below one counts as one)."""
    persons = max(1, int(persons or 1))
    lines = []
    for price, basis, occupancy in parts:
        b = price_basis(basis)
        occ = int(occupancy) if occupancy and b == PriceBasis.PER_UNIT else None
        q = quantity(b, persons, occ)
        amount = (money(price) * q).quantize(CENT)
        lines.append(PriceLine(money(price), b, occ, q, amount))
    total = total_of(line.amount for line in lines)
    return Pricing(persons, tuple(lines), total, per_person(total, persons))


def basis_text(basis: str, kind: str, occupancy: int | None, lang: str) -> str:
    """"per person", "per rum (2 pers.)", "per paket" (Swedish, or English for `lang`
    "en"): the basis of a component as partners and the command line read it."""
    en = lang == "en"
    b = price_basis(basis)
    if b == PriceBasis.PER_PERSON:
        return "per person"
    if b == PriceBasis.PER_PACKAGE:
        return "per package" if en else "per paket"
    word = UNIT_WORDS.get(kind, OTHER_UNIT)[1 if en else 0]
    n = max(1, int(occupancy or 1))
    return f"per {word} ({n} {'pers.' if not en else 'person' if n == 1 else 'persons'})"



def money(value: Any) -> Decimal:
    """A price as Decimal öre (SQLite hands back floats or ints)."""
    try:
        return Decimal(str(value if value is not None else 0)).quantize(CENT)
    except InvalidOperation:
        raise PackageError(said("packages.not_price", "“{value}” is not a price in kronor.",
                                value=value)) from None


def total_of(prices: Iterable[Any]) -> Decimal:
    return sum((money(p) for p in prices), Decimal(0)).quantize(CENT)


def per_person(total: Decimal, basis: int) -> Decimal:
    """Whole kronor, halves up; a basis below one person counts as one."""
    return (total / max(1, int(basis or 1))).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def partner_language(tags: str | Sequence[str]) -> str:
    items = tags.split(";") if isinstance(tags, str) else tags
    return "en" if any(t.strip().casefold() in ENGLISH_TAGS for t in items) else "sv"


def match_package(found: Sequence[tuple[int, str, str, str]], text: str) -> int:
    """The id of the package `text` names among `found` (id, uid, Swedish title, English
    title): id, uid, exact title (Swedish or English) or a unique start of one (case- and
    accent-insensitive); PackageLookupError says why not."""
    wanted = (text or "").strip()
    if not wanted:
        raise PackageLookupError("Name a package: its id or the start of its title.")
    if wanted.isdigit() and any(i == int(wanted) for i, *_ in found):
        return int(wanted)
    for pid, uid, *_ in found:
        if uid == wanted:
            return pid
    key = fold_words(wanted)
    exact = [p for p in found if key in (fold_words(p[2]), fold_words(p[3]))]
    if len(exact) == 1:
        return exact[0][0]
    prefix = exact or [p for p in found if fold_words(p[2]).startswith(key)
                       or (p[3] and fold_words(p[3]).startswith(key))]
    if len(prefix) == 1:
        return prefix[0][0]
    if prefix:
        shown = ", ".join(f"{p[2]} (id {p[0]})"
                          for p in sorted(prefix, key=lambda p: swedish_key(p[2])))
        raise PackageLookupError(f"“{wanted}” matches {len(prefix)} packages: {shown}; give "
                                 "more of the title or the id.")
    raise PackageLookupError(f"There is no package “{wanted}”: give its id or the start of "
                             "its title (the packages command lists them).")


def find_partner(detail: PackageDetail, text: str) -> PartnerRow:
    """The partner `text` names: id, uid, name or the unique start of a name (case- and
    accent-insensitive)."""
    wanted = (text or "").strip()
    known = ", ".join(p.name for p in detail.partners) or "none"
    for p in detail.partners:
        if (wanted.isdigit() and p.id == int(wanted)) or p.contact.uid == wanted:
            return p
    key = fold_words(wanted)
    exact = [p for p in detail.partners if fold_words(p.name) == key]
    found = exact or [p for p in detail.partners if fold_words(p.name).startswith(key)]
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(p.name for p in sorted(found, key=lambda p: swedish_key(p.name)))
        raise PartnerLookupError(f"“{wanted}” matches {len(found)} partners of the package: "
                                 f"{names}; give more of the name.")
    raise PartnerLookupError(f"“{wanted}” is not a partner of “{detail.title_sv}” "
                             f"(partners: {known}).")


def select_programme(events: Sequence[EventRecord], event: EventRecord | None,
                     valid_from: date | None, valid_to: date | None) -> list[EventRecord]:
    """The event, everything under it and, for an event inside a larger one, the larger
    event's other items on the package's validity days (see the module note)."""
    if event is None:
        return []
    children: dict[int | None, list[EventRecord]] = {}
    for e in events:
        children.setdefault(e.parent_id, []).append(e)

    def subtree(root: EventRecord) -> list[EventRecord]:
        out, queue = [], [root]
        while queue:
            current = queue.pop(0)
            out.append(current)
            queue.extend(children.get(current.id, []))
        return out

    chosen = {e.id: e for e in subtree(event)}
    if event.parent_id is not None and valid_from is not None:
        last = valid_to or valid_from
        for sibling in children.get(event.parent_id, []):
            first_day = to_local(sibling.starts_at).date()
            last_day = to_local(sibling.finish).date()
            if first_day <= last and last_day >= valid_from:
                for e in subtree(sibling):
                    chosen.setdefault(e.id, e)
    return sorted(chosen.values(), key=lambda e: (e.starts_at, e.id or 0))
