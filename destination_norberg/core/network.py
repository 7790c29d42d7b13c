"""Rules of the business network: values checked before they are stored, duplicates found,
follow-ups, contact gaps and retention reviews judged against a day.

Names are compared, never stored, in a folded form: lower case, å/ä/ö and other accents
folded, punctuation gone, and the words that say nothing about which business it is (company
forms such as AB and HB, "i Norberg") dropped. Similarity is the Jaccard index of the
names' word trigrams, so word order does not matter and a typo costs only a few trigrams.
Pairs are found with a prefix filter (rare trigrams first), which finds exactly the pairs
above the threshold without comparing every name with every other: 100,000 names take
about a second instead of hours.
"""

from __future__ import annotations

import calendar
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from destination_norberg.core import orgnr as orgnr_rules
from destination_norberg.core.contacts import ContactError, normalise_email, normalise_phone
from destination_norberg.core.said import said
from destination_norberg.core.text import fold
from destination_norberg.core.vocab import InteractionKind, LegalBasis, OrgCategory

#: Two names at least this similar (Jaccard of word trigrams) are shown as possible
#: duplicates. 0.6 pairs "Hotell Hyttgården" with "Hotel Hyttgarden AB" (0.82) and
#: "Kafé Gruvlyktan" with "Cafe Gruvlyktan" (0.75), but not "Norbergs Skidhyra" with
#: "Norbergs Skidskola" (0.21 once the town name is dropped).
NAME_THRESHOLD = 0.6

#: Whole phrases and single words dropped before names are compared (already folded).
NOISE_PHRASES = ("i norberg", "ekonomisk forening", "ek for", "enskild firma")
NOISE_WORDS = frozenset({"ab", "hb", "kb", "publ", "aktiebolag", "handelsbolag",
                         "kommanditbolag", "norberg", "norbergs", "och", "and"})
_NON_WORD = re.compile(r"[^0-9a-z]+")

#: Words a file may use for a category besides the stored codes.
_CATEGORY_WORDS = {
    "lodging": OrgCategory.LODGING, "hotell": OrgCategory.LODGING,
    "food": OrgCategory.FOOD, "mat": OrgCategory.FOOD, "restaurang": OrgCategory.FOOD,
    "café": OrgCategory.FOOD, "kafé": OrgCategory.FOOD, "mat & dryck": OrgCategory.FOOD,
    "retail": OrgCategory.RETAIL, "butik": OrgCategory.RETAIL, "activity": OrgCategory.ACTIVITY,
    "transport": OrgCategory.TRANSPORT, "culture": OrgCategory.CULTURE,
    "förening": OrgCategory.CULTURE, "other": OrgCategory.OTHER, "ovrigt": OrgCategory.OTHER,
}


# --- names ----------------------------------------------------------------------------------


def comparable_name(name: str) -> str:
    """The name as duplicates are judged: folded, punctuation and noise words removed.

    A name that is nothing but noise ("Norberg AB") keeps its words, so it still compares.
    """
    words = _NON_WORD.sub(" ", fold(name)).split()
    plain = " ".join(words)
    text = f" {plain} "
    for phrase in NOISE_PHRASES:
        text = text.replace(f" {phrase} ", " ")
    kept = [w for w in text.split() if w not in NOISE_WORDS]
    return " ".join(kept) or plain


def exact_name_key(name: str) -> str:
    """The key an import matches organisations by: case and spacing ignored, nothing else."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def trigrams(comparable: str) -> frozenset[str]:
    """Each word's trigrams, padded with a space on both sides ("ab" → " ab", "ab ")."""
    grams: set[str] = set()
    for word in comparable.split():
        padded = f" {word} "
        grams.update(padded[i:i + 3] for i in range(len(padded) - 2))
    return frozenset(grams)


def name_similarity(a: str, b: str) -> float:
    """Jaccard index of the two names' trigrams, 0 … 1."""
    ta, tb = trigrams(comparable_name(a)), trigrams(comparable_name(b))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def similar_pairs(names: Sequence[tuple[int, str]],
                  threshold: float = NAME_THRESHOLD) -> list[tuple[int, int, float]]:
    """Every pair (id, id, similarity) at or above `threshold`, by a prefix filter.

    Two sets with Jaccard ≥ t share a trigram among the first |x| − ⌈t·|x|⌉ + 1 of each when
    trigrams are ordered rarest first, so only those are indexed and probed; candidates are
    then checked exactly.
    """
    records = [(rid, trigrams(comparable_name(name))) for rid, name in names]
    records = [(rid, grams) for rid, grams in records if grams]
    freq = Counter(g for _, grams in records for g in grams)
    ordered = sorted(((rid, grams, sorted(grams, key=lambda g: (freq[g], g)))
                      for rid, grams in records), key=lambda r: len(r[1]))
    index: dict[str, list[int]] = {}
    pairs: list[tuple[int, int, float]] = []
    for i, (rid, grams, tokens) in enumerate(ordered):
        size = len(tokens)
        prefix = size - math.ceil(threshold * size - 1e-9) + 1
        candidates: set[int] = set()
        for token in tokens[:prefix]:
            bucket = index.setdefault(token, [])
            candidates.update(bucket)
            bucket.append(i)
        for j in candidates:
            other_id, other, _ = ordered[j]
            if len(other) < threshold * size - 1e-9:  # sizes only grow: too small to match
                continue
            shared = len(grams & other)
            score = shared / (size + len(other) - shared)
            if score >= threshold - 1e-9:
                pairs.append((min(rid, other_id), max(rid, other_id), round(score, 3)))
    return sorted(pairs)


# --- duplicates -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Rows that look like one: `kind` "organisation" or "person"; `reason` the strongest of
    "orgnr", "email", "name"; `detail` the shared number or address, or the similarity."""

    kind: str
    reason: str
    ids: tuple[int, ...]
    detail: str


_STRENGTH = {"orgnr": 0, "email": 1, "name": 2}


class _Components:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[tuple[int, ...]]:
        out: dict[int, list[int]] = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return [tuple(sorted(g)) for g in out.values() if len(g) > 1]


def find_duplicates(orgs: Sequence[tuple[int, str, str | None]],
                    persons: Sequence[tuple[int, int | None, str]],
                    threshold: float = NAME_THRESHOLD) -> list[DuplicateGroup]:
    """Groups of organisations (id, name, orgnr) and persons (id, organisation id, e-mail).

    Organisations are grouped by the same organisation number, by people with the same
    e-mail in different organisations, and by similar names, except that two organisations
    with different organisation numbers are never "similar" (they are two legal persons).
    People are grouped by the same e-mail. A set of organisations found for several reasons
    is listed once, under the strongest.
    """
    found: dict[tuple[str, tuple[int, ...]], DuplicateGroup] = {}

    def add(kind: str, reason: str, ids: Iterable[int], detail: str) -> None:
        key = (kind, tuple(sorted(set(ids))))
        old = found.get(key)
        if old is None or _STRENGTH[reason] < _STRENGTH[old.reason]:
            found[key] = DuplicateGroup(kind, reason, key[1], detail)
        elif old.reason == reason and detail not in old.detail.split(", "):
            found[key] = DuplicateGroup(kind, reason, key[1], f"{old.detail}, {detail}")

    numbers: dict[str, list[int]] = {}
    org_number: dict[int, str] = {}
    for oid, _name, number in orgs:
        digits = orgnr_rules.normalise(number or "")
        if digits:
            numbers.setdefault(digits, []).append(oid)
            org_number[oid] = digits
    for digits, ids in numbers.items():
        if len(ids) > 1:
            add("organisation", "orgnr", ids, orgnr_rules.format_orgnr(digits))
    by_email: dict[str, list[tuple[int, int | None]]] = {}
    for pid, org_id, email in persons:
        if email:
            by_email.setdefault(email.casefold(), []).append((pid, org_id))
    for email, people in by_email.items():
        if len(people) > 1:
            add("person", "email", (p for p, _ in people), email)
        org_ids = {o for _, o in people if o is not None}
        if len(org_ids) > 1:
            add("organisation", "email", org_ids, email)
    components = _Components()
    for a, b, _score in similar_pairs([(oid, name) for oid, name, _ in orgs], threshold):
        if a in org_number and b in org_number and org_number[a] != org_number[b]:
            continue
        components.union(a, b)
    names = {oid: name for oid, name, _ in orgs}
    for group in components.groups():
        add("organisation", "name", group, " / ".join(dict.fromkeys(names[i] for i in group)))
    return sorted(found.values(), key=lambda g: (g.kind != "organisation",
                                                 _STRENGTH[g.reason], g.ids))


# --- days -----------------------------------------------------------------------------------


def months_back(today: date, months: int) -> date:
    """The same day `months` calendar months earlier (31 March − 1 month → 28/29 February)."""
    if months < 0:
        raise ValueError("a number of months cannot be negative")
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(today.day, last))


def follow_up_due(follow_up_on: date | None, done: bool, today: date,
                  horizon_days: int = 0) -> bool:
    """Not done and due on or before today (plus `horizon_days` to look ahead)."""
    return (not done and follow_up_on is not None
            and (follow_up_on - today).days <= horizon_days)


def not_contacted_since(last_contact: date | None, today: date, months: int) -> bool:
    """Never contacted, or the last contact lies more than `months` months back."""
    return last_contact is None or last_contact < months_back(today, months)


def retention_review_due(review_on: date | None, today: date) -> bool:
    """Due on or after the review day; a person without one is due (each needs one)."""
    return review_on is None or review_on <= today


# --- values as stored -----------------------------------------------------------------------


def _lookup(vocab: Any, extra: Mapping[str, Any] | None) -> dict[str, str]:
    """Every accepted spelling (casefolded) → the stored code."""
    out = {k: v.value for k, v in (extra or {}).items()}
    for member in vocab:
        out[member.name.casefold().replace("_", " ")] = member.value
        out[member.value.casefold()] = member.value
    return out


def _choice(text: str | None, table: dict[str, str], what: str, vocab: Any,
            default: str | None = None) -> str:
    value = (text or "").strip()
    if not value and default is not None:
        return default
    found = table.get(value.casefold())
    if found is None:
        choices = ", ".join(m.value for m in vocab)
        raise ContactError(said("contacts.not_a_choice", "“{value}” is not a {what}; use one "
                                "of: {choices}.", value=value, what=what, choices=choices))
    return found


_CATEGORIES = _lookup(OrgCategory, _CATEGORY_WORDS)
_BASES = _lookup(LegalBasis, {"consent": LegalBasis.CONSENT,
                              "legitimate interest": LegalBasis.LEGITIMATE_INTEREST,
                              "contract": LegalBasis.CONTRACT})
_KINDS = _lookup(InteractionKind, {
    "meeting": InteractionKind.MEETING, "call": InteractionKind.CALL,
    "email": InteractionKind.EMAIL, "e-mail": InteractionKind.EMAIL,
    "visit": InteractionKind.VISIT, "event": InteractionKind.EVENT})


def clean_orgnr(text: str | None) -> str | None:
    """`NNNNNN-NNNN` after its Luhn check; None for empty; ContactError when wrong."""
    value = (text or "").strip()
    if not value:
        return None
    digits = orgnr_rules.normalise(value)
    if digits is None:
        raise ContactError(said("contacts.not_orgnr", "“{value}” is not an organisation "
                                "number: it needs ten digits, like 556677-8899.", value=value))
    if orgnr_rules.luhn_check_digit(digits[:9]) != int(digits[9]):
        raise ContactError(said("contacts.orgnr_mistyped", "The organisation number {orgnr} is "
                                "mistyped: its last digit does not match the others.",
                                orgnr=f"{digits[:6]}-{digits[6:]}"))
    return f"{digits[:6]}-{digits[6:]}"


def clean_category(text: str | None) -> str:
    return _choice(text, _CATEGORIES, said("contacts.what.category", "category"), OrgCategory,
                   OrgCategory.OTHER.value)


def clean_legal_basis(text: str | None) -> str:
    return _choice(text, _BASES, said("contacts.what.legal_basis", "legal basis"), LegalBasis,
                   LegalBasis.LEGITIMATE_INTEREST.value)


def clean_interaction_kind(text: str | None) -> str:
    return _choice(text, _KINDS, said("contacts.what.kind", "kind of contact"), InteractionKind)


def split_tags(text: str | Iterable[str] | None) -> list[str]:
    """Tags as a list: lower case, trimmed, each once, in the order given."""
    if text is None:
        return []
    parts = re.split(r"[;,]", text) if isinstance(text, str) else text
    return list(dict.fromkeys(t.strip().lower() for t in parts if t and t.strip()))


def join_tags(tags: str | Iterable[str] | None) -> str:
    """Tags as the store keeps them: `;`-separated."""
    return ";".join(split_tags(tags))


def _required(values: Mapping[str, Any], key: str, missing: str) -> str:
    value = str(values.get(key) or "").strip()
    if not value:
        raise ContactError(missing)
    return value


def _text(values: Mapping[str, Any], key: str) -> str:
    return str(values.get(key) or "").strip()


def clean_organisation(values: Mapping[str, Any]) -> dict[str, Any]:
    """The organisation's editable values, checked and normalised (ContactError says why)."""
    hours = values.get("opening_hours") or {}
    if isinstance(hours, str):
        hours = json.loads(hours) if hours.strip() else {}
    location = values.get("location")
    return {
        "name": _required(values, "name", said("contacts.org_needs_name",
                                               "An organisation needs a name.")),
        "orgnr": clean_orgnr(values.get("orgnr")),
        "category": clean_category(values.get("category")),
        "street": _text(values, "street"), "postal_code": _text(values, "postal_code"),
        "city": _text(values, "city"), "kommun": _text(values, "kommun"),
        "website": _text(values, "website"), "tags": split_tags(values.get("tags")),
        "opening_hours": {str(k): str(v) for k, v in dict(hours).items() if str(v).strip()},
        "notes": str(values.get("notes") or ""),
        "location": None if location is None else (float(location[0]), float(location[1])),
    }


def _day(value: Any, what: str) -> date | None:
    if value is None or value == "" or isinstance(value, date):
        return value or None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ContactError(said("contacts.not_a_day", "The {what} “{value}” is not a date like "
                                "2026-11-26.", what=what, value=value)) from None


def clean_person(values: Mapping[str, Any]) -> dict[str, Any]:
    """The person's editable values: e-mail checked, phone in E.164, a known legal basis,
    and a consent day where consent is the basis (the GDPR asks to show when it was given)."""
    basis = clean_legal_basis(values.get("legal_basis"))
    consent_on = _day(values.get("consent_on"),
                      said("contacts.what.consent_day", "consent day"))
    if basis == LegalBasis.CONSENT and consent_on is None:
        raise ContactError(said("contacts.consent_needs_day", "Consent as the legal basis needs "
                                "the day the consent was given."))
    return {
        "organisation_id": values.get("organisation_id"),
        "name": _required(values, "name", said("contacts.person_needs_name",
                                               "A person needs a name.")),
        "role": _text(values, "role"),
        "email": normalise_email(values.get("email")),
        "phone": normalise_phone(values.get("phone")),
        "legal_basis": basis,
        "consent_on": consent_on,
        "retention_review_on": _day(values.get("retention_review_on"), said(
            "contacts.what.review_day", "retention review day")),
        "notes": str(values.get("notes") or ""),
        # The day the person asked for no more e-mail (issue 20; core.mail respects it).
        "mail_opt_out_on": _day(values.get("mail_opt_out_on"),
                                said("contacts.what.opt_out_day", "opt-out day")),
    }


def clean_interaction(values: Mapping[str, Any]) -> dict[str, Any]:
    """The interaction's values: a day, a known kind, an organisation; people as ids."""
    if values.get("organisation_id") is None:
        raise ContactError(said("contacts.interaction_needs_org", "An interaction belongs to an "
                                "organisation: choose one."))
    occurred_on = _day(values.get("occurred_on"),
                       said("contacts.what.interaction_day", "day of the interaction"))
    if occurred_on is None:
        raise ContactError(said("contacts.interaction_needs_day",
                                "An interaction needs the day it took place."))
    return {
        "organisation_id": values["organisation_id"],
        "occurred_on": occurred_on,
        "kind": clean_interaction_kind(values.get("kind")),
        "note": str(values.get("note") or ""),
        "follow_up_on": _day(values.get("follow_up_on"), said("contacts.what.follow_up_day",
                                                             "follow-up day")),
        "follow_up_done": bool(values.get("follow_up_done")),
        "person_ids": sorted(set(values.get("person_ids") or [])),
    }
