"""Finding one person in free text the way Swedes write about people, for erasure.

A note rarely names someone exactly as the register does: "Greta Zetterqvists förslag"
(genitive), "Zetterqvist, Greta" (a list), "G. Zetterqvist" (initials), the phone as
"0709876543", "070 987 65 43" or "+46 (0)70-987 65 43". What is certainly this person
(the full name in any of those forms, the e-mail, the phone by its digits) is replaced;
what only might be (the surname or a first name alone, the e-mail's local part) is
reported for a person to review and left as it is: a lone "Anna" is every Anna.

Plain Python on purpose (no SQL, no Qt): store.gdpr runs it over every text column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ERASED = "[raderad]"

#: What may stand between the digits of a phone number as people write it.
_SEP = r"[ \t\u00a0\u202f\-\u2010\u2011\u2013./()]{0,3}"
#: Letters a Swedish genitive adds no "s" to: "Hans Ros förslag", "Felix bil".
_SIBILANTS = ("s", "x", "z")
#: Local parts of an e-mail that say nothing about a person (not worth a review).
_GENERIC_LOCAL = {"info", "kontakt", "contact", "mail", "post", "hej", "office", "admin",
                  "bokning", "booking", "reception", "kansli", "support", "order"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def phone_digits(phone: str) -> tuple[str, str]:
    """(country code, national number without its leading 0) of a stored phone number.

    "+46709876543" gives ("46", "709876543"); a national "070-987 65 43" is Swedish;
    a foreign "+44 20 7946 0958" gives ("44", "2079460958") when its code is two digits
    and is otherwise matched on all its digits ("", "…").
    """
    raw = phone.strip().replace("(0)", "")
    digits = re.sub(r"\D", "", raw)
    if not digits:
        return "", ""
    if raw.startswith("+") or digits.startswith("00"):
        digits = digits[2:] if digits.startswith("00") else digits
        if digits.startswith("46"):
            return "46", digits[2:].lstrip("0")
        return "", digits
    if digits.startswith("0"):
        return "46", digits[1:]
    return "", digits


def _word(text: str) -> str:
    """One name word as a pattern: case ignored, any dash for a dash."""
    parts = re.split(r"[-\u2010\u2011\u2013]", text)
    return r"[-\u2010\u2011\u2013]".join(re.escape(p) for p in parts)


def _genitive(last: str) -> str:
    """The suffix the last word of a name may take: "Zetterqvists", "Ros", "Felix'"."""
    if last.casefold().endswith(_SIBILANTS):
        return r"(?:['\u2019])?"
    return r"(?:['\u2019]?s)?"


def _initials(given: list[str]) -> list[str]:
    """Initials as written: "G.", "A. M.", "A.M."; a capital and a dot (without the dot
    "I Berg" would be the preposition "i" before a place name)."""
    firsts = [rf"(?-i:{re.escape(w[0].upper())})\." for w in given if w[:1].isalpha()]
    if not firsts:
        return []
    return [firsts[0]] + ([r"\s*".join(firsts)] if len(firsts) > 1 else [])


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    what: str  # "name", "e-mail", "phone" (replaced) or "surname", "first name", "e-mail name"


@dataclass(frozen=True, slots=True)
class Scrubbed:
    text: str  # the text with every certain form replaced
    replaced: tuple[Found, ...]  # positions in the original text
    might_remain: tuple[str, ...]  # fragments of the new text a person should look at


class PersonMatcher:
    """The forms of one person's name, e-mail and phone in free text.

    A name of one word is never replaced (a lone first name is too common); it is only
    reported. Whole words only: erasing "Anna Berg" leaves "Anna Bergström" alone.
    """

    def __init__(self, name: str, email: str = "", phone: str = "") -> None:
        self.words = [w for w in nfc(name).split() if w]
        self.email = nfc(email.strip())
        self.country, self.national = phone_digits(phone)
        self._certain = self._certain_pattern()
        self._review = self._review_pattern()

    # --- building ------------------------------------------------------------------------

    def _name_forms(self) -> list[str]:
        if len(self.words) < 2:
            return []
        given, surname = self.words[:-1], self.words[-1]
        sur = _word(surname)
        g_all = r"\s+".join(_word(w) for w in given)
        forms = [rf"{g_all}\s+{sur}{_genitive(surname)}"]
        forms += [rf"{_word(w)}\s+{sur}{_genitive(surname)}" for w in given if len(given) > 1]
        forms += [rf"{i}\s*{sur}{_genitive(surname)}" for i in _initials(given)]
        # A list: "Zetterqvist, Greta", "Zetterqvist Greta", "Zetterqvist, G."
        forms.append(rf"{sur},?\s+{g_all}{_genitive(given[-1])}")
        forms += [rf"{sur},?\s+{_word(w)}{_genitive(w)}" for w in given if len(given) > 1]
        forms += [rf"{sur},\s*{i}" for i in _initials(given)]
        return forms

    def _phone_form(self) -> str | None:
        if len(self.national) < 6:
            return None
        body = _SEP.join(self.national)
        if self.country == "46":
            # "+46 (0)70-…", "0046 70 …", "46709…", "070-…", "(0223) 123 45"
            lead = (rf"(?:(?:(?:\+|00)[ ]?)?46{_SEP}(?:\(?0\)?{_SEP})?"
                    rf"|(?:\((?=0\d{{1,4}}\)))?0{_SEP})")
        else:
            lead = r"(?:\+|00)[ ]?"
        return rf"(?<![\d+]){lead}{body}(?!\d)"

    def _certain_pattern(self) -> re.Pattern[str] | None:
        parts = [f"(?P<name{n}>(?<!\\w){form}(?!\\w))"
                 for n, form in enumerate(self._name_forms())]
        if len(self.email) >= 3:
            parts.append(rf"(?P<email>(?<![\w.+-]){re.escape(self.email)}(?![\w-]|\.\w))")
        phone = self._phone_form()
        if phone:
            parts.append(f"(?P<phone>{phone})")
        return re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def _review_pattern(self) -> re.Pattern[str] | None:
        parts = []
        local = self.email.partition("@")[0]
        if len(local) >= 4 and local.casefold() not in _GENERIC_LOCAL:
            parts.append(rf"(?P<local>(?<![\w.+-]){re.escape(local)}(?![\w-]))")
        if self.words:
            surname = self.words[-1]
            parts.append(rf"(?P<surname>(?<!\w){_word(surname)}{_genitive(surname)}(?!\w))")
            given = [w for w in self.words[:-1] if len(w) >= 2]
            if given:
                alts = "|".join(f"{_word(w)}{_genitive(w)}" for w in given)
                parts.append(rf"(?P<first>(?<!\w)(?:{alts})(?!\w))")
        return re.compile("|".join(parts), re.IGNORECASE) if parts else None

    # --- using ---------------------------------------------------------------------------

    @property
    def prefilter(self) -> list[str]:
        """Plain substrings of which every certain or possible match holds at least one
        (a database can cheaply pre-select rows with them); the phone is not among them:
        see `phone_sequence`."""
        words = list(self.words)
        if self.email:
            words += [self.email, self.email.partition("@")[0]]
        return [w for w in dict.fromkeys(words) if len(w) >= 2]

    @property
    def phone_sequence(self) -> str:
        """The digits every written form of the phone holds, in order (may be "")."""
        return self.national if len(self.national) >= 6 else ""

    def find(self, text: str) -> list[Found]:
        """The certain forms in `text` (NFC), in order."""
        if self._certain is None:
            return []
        out = []
        for match in self._certain.finditer(nfc(text)):
            kind = match.lastgroup or ""
            what = "e-mail" if kind == "email" else "phone" if kind == "phone" else "name"
            out.append(Found(match.start(), match.end(), what))
        return out

    def review(self, text: str) -> list[str]:
        """What might still be this person (the surname or a first name alone, the e-mail's
        local part), as written; nothing is replaced."""
        if self._review is None:
            return []
        return list(dict.fromkeys(m.group(0) for m in self._review.finditer(nfc(text))))

    def scrub(self, text: str, mark: str = ERASED) -> Scrubbed:
        """`text` with each certain form replaced by `mark`, and what might remain."""
        source = nfc(text)
        found = self.find(source)
        if not found:
            return Scrubbed(text, (), tuple(self.review(source)))
        pieces, at = [], 0
        for f in found:
            pieces += [source[at:f.start], mark]
            at = f.end
        pieces.append(source[at:])
        new = "".join(pieces)
        return Scrubbed(new, tuple(found), tuple(self.review(new)))
