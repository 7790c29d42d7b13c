"""Bytes → text → content lines → a tree of components, tolerant of what real producers write.

Accepted: a UTF-8 BOM, UTF-16 with a BOM, CRLF / LF / lone CR, folds with space or tab, blank
lines, lowercase names, quoted parameter values holding `,;:`, text after END:VCALENDAR, several
VCALENDARs in one file, a stray unreadable line (skipped with a warning: a broken fold such as
Confluence writes). A component inside the calendar whose END is misspelt or missing (an
`END:VEVNT`, a new BEGIN:VEVENT before the END) is closed there and marked with a `problem`,
so the reader refuses that one event with the reason and keeps the others. Refused with
IcalError: binary data, no BEGIN:VCALENDAR first, an END that closes no open component at the
calendar's level, a file that ends inside a component. Property values are not parsed here:
the reader asks only for what it uses, so a broken X- property can never refuse a file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from destination_norberg.core.said import said, template

from .ical_common import IcalError, snippet

_NOT_ICAL = template("calendar.not_ical", "Line {line}: expected BEGIN:VCALENDAR, found "
                     "'{text}'; this is not an iCalendar file.")
_CUT_OFF = said("calendar.cut_off", "The file ends before END:VCALENDAR: it is cut off.")
_BINARY = said("calendar.binary", "The file holds binary data, not text: it is not an "
               "iCalendar file.")

_MOJIBAKE = re.compile("[ÂÃ][\u0080-\u00bf\u0152-\u2122]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, warnings: list[str] | None = None) -> str:
    """UTF-8 (BOM or not; UTF-16 with a BOM), else Windows-1252 with a warning. UTF-8 that was
    encoded twice (`MathÃ©matique`) is repaired, also with a warning."""
    notes = warnings if warnings is not None else []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IcalError(said("calendar.not_utf16", "The file says it is UTF-16 but is not: "
                                 "it cannot be read.")) from None
    if b"\x00" in data:
        raise IcalError(_BINARY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise IcalError(said("calendar.no_encoding", "The file is not text in a known "
                                 "encoding (neither UTF-8 nor Windows-1252).")) from None
        notes.append(said("calendar.cp1252", "The file is not UTF-8; it was read as "
                          "Windows-1252 (Western European)."))
        return text
    if _MOJIBAKE.search(text):
        try:
            repaired = text.encode("cp1252").decode("utf-8")
        except UnicodeError:
            return text
        notes.append(said("calendar.mojibake", "The file's text was encoded twice (UTF-8 read "
                          "as Latin-1), so letters such as é were garbled; they were repaired."))
        return repaired
    return text


@dataclass(slots=True)
class Prop:
    """One content line: upper-cased name, the raw text after the name, its first line number."""

    name: str
    rest: str
    line: int

    def split(self) -> tuple[dict[str, str], str]:
        """Parameters (upper-cased names, unquoted values, lists joined by ',') and value."""
        rest = self.rest
        if rest.startswith(":"):
            return {}, rest[1:]
        params: dict[str, str] = {}
        pos = 0
        while pos < len(rest) and rest[pos] == ";":
            match = _PARAM.match(rest, pos)
            if match is None:
                break
            pieces = _PIECE.findall(match.group(2) or "")
            params[match.group(1).strip().upper()] = ",".join(p.strip('"') for p in pieces)
            pos = match.end()
        if pos >= len(rest) or rest[pos] != ":":
            raise IcalError(said("calendar.bad_parameters", "Line {line}: the parameters of "
                                 "{name} cannot be read (an unclosed quote or a missing ':').",
                                 line=self.line, name=self.name))
        return params, rest[pos + 1:]

    @property
    def value(self) -> str:
        return self.split()[1]


_PARAM = re.compile(r';([^=;:"]*)(?:=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*))?')
_PIECE = re.compile(r'"[^"]*"|[^",]+')


@dataclass(slots=True)
class Component:
    """BEGIN:<name> … END:<name>, with its properties and child components in file order."""

    name: str
    line: int
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    problem: str | None = None  # why its structure is broken (a misspelt or missing END)

    def first(self, name: str) -> Prop | None:
        for prop in self.props:
            if prop.name == name:
                return prop
        return None

    def all(self, name: str) -> list[Prop]:
        return [prop for prop in self.props if prop.name == name]


@dataclass(slots=True)
class Parsed:
    calendars: list[Component]
    warnings: list[str]


_NAME = re.compile(r"([A-Za-z0-9_-]+)(?=[;:])")
_MAX_DEPTH = 16


def parse(text: str) -> Parsed:
    """The VCALENDARs of a decoded file, or IcalError for a structure that is broken."""
    warnings: list[str] = []
    if len(_CONTROLS.findall(text, 0, 4096)) > 16:
        raise IcalError(_BINARY)
    text = text.rstrip("\x1a")  # a DOS end-of-file mark
    controls = len(_CONTROLS.findall(text))
    if controls:
        text = _CONTROLS.sub("", text)
        warnings.append(said("calendar.controls", "The file holds {n} control character(s); "
                             "they were removed.", n=controls))
    calendars: list[Component] = []
    stack: list[Component] = []
    bad: list[int] = []
    trailing: int | None = None
    total = 0
    for number, line in _logical_lines(text):
        total += 1
        match = _NAME.match(line)
        if not stack and not calendars and (match is None or match.group(1).upper() != "BEGIN"):
            raise IcalError(_NOT_ICAL(line=number, text=snippet(line)))
        if match is None:
            if stack:
                bad.append(number)
            elif trailing is None:
                trailing = number
            continue
        name = match.group(1).upper()
        rest = line[match.end():]
        if name in ("BEGIN", "END"):
            kind = rest[rest.find(":") + 1:].strip().upper() if ":" in rest else ""
            if not kind:
                raise IcalError(said("calendar.no_component_name", "Line {line}: {name} has no "
                                     "component name.", line=number, name=name))
            if name == "BEGIN":
                _begin(kind, number, stack, calendars, line)
            elif stack:
                _end(kind, number, stack, calendars)
            elif trailing is None:
                trailing = number
        elif stack:
            stack[-1].props.append(Prop(name, rest, number))
        elif trailing is None:
            trailing = number
    if not calendars and not stack:
        raise IcalError(said("file.empty", "The file is empty."))
    if stack:
        if len(stack) == 1:
            raise IcalError(_CUT_OFF)
        raise IcalError(said("calendar.ends_inside", "The file ends inside {name} (begun on "
                             "line {line}): it is cut off.", name=stack[-1].name,
                             line=stack[-1].line))
    if bad:
        if len(bad) > 20 and len(bad) * 2 > total:
            raise IcalError(said("calendar.most_lines_bad", "Most lines of the file cannot be "
                                 "read: it is not an iCalendar file."))
        warnings.append(_bad_lines(bad))
    if trailing is not None:
        warnings.append(said("calendar.trailing", "Line {line}: text after END:VCALENDAR was "
                             "ignored.", line=trailing))
    return Parsed(calendars, warnings)


def _begin(kind: str, number: int, stack: list[Component], calendars: list[Component],
           line: str) -> None:
    if not stack:
        if kind != "VCALENDAR":
            if not calendars:
                if kind == "VCARD":
                    raise IcalError(said("calendar.is_vcard", "This is a vCard (contacts) "
                                         "file, not a calendar."))
                raise IcalError(_NOT_ICAL(line=number, text=snippet(line)))
            raise IcalError(said("calendar.outside", "Line {line}: BEGIN:{kind} stands outside "
                                 "the calendar.", line=number, kind=snippet(kind)))
    elif kind == "VCALENDAR":
        raise IcalError(said("calendar.second_calendar", "Line {line}: a new calendar begins "
                             "before the one from line {first} has ended.", line=number,
                             first=stack[0].line))
    elif len(stack) >= _MAX_DEPTH:
        raise IcalError(said("calendar.too_deep", "Line {line}: components are nested too "
                             "deeply.", line=number))
    elif kind in _TOP_LEVEL and stack[-1].name in _TOP_LEVEL:
        # BEGIN:VEVENT inside a VEVENT: the END of the one before is missing or misspelt.
        _close_broken(stack, said("calendar.problem.no_end_before", "has no END:{kind} before "
                                  "the BEGIN:{next} on line {line}", kind=stack[-1].name,
                                  next=kind, line=number))
    stack.append(Component(kind, number))


#: Components that stand directly in a VCALENDAR and never inside each other.
_TOP_LEVEL = frozenset({"VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"})


def _close_broken(stack: list[Component], problem: str) -> None:
    top = stack.pop()
    top.problem = top.problem or problem
    stack[-1].children.append(top)


def _end(kind: str, number: int, stack: list[Component], calendars: list[Component]) -> None:
    top = stack[-1]
    if kind != top.name:
        if any(c.name == kind for c in stack[:-1]):  # closes an outer one: inner ones unended
            while stack[-1].name != kind:
                _close_broken(stack, said("calendar.problem.no_end", "has no END:{kind} (line "
                                          "{line} ends {outer} first)", kind=stack[-1].name,
                                          line=number, outer=snippet(kind)))
            top = stack[-1]
        elif len(stack) > 1:  # a misspelt END such as END:VEVNT closes what is open
            _close_broken(stack, said("calendar.problem.misspelt_end", "ends with END:{kind} on "
                                      "line {line} instead of END:{expected}", kind=snippet(kind),
                                      line=number, expected=top.name))
            return
        else:
            raise IcalError(said("calendar.end_mismatch", "Line {line}: END:{kind} does not "
                                 "match BEGIN:{begun} on line {begun_line}.", line=number,
                                 kind=snippet(kind), begun=top.name, begun_line=top.line))
    stack.pop()
    (stack[-1].children if stack else calendars).append(top)


def _bad_lines(lines: list[int]) -> str:
    if len(lines) == 1:
        return said("calendar.bad_line", "Line {line} could not be read and was ignored.",
                    line=lines[0])
    return said("calendar.bad_lines", "{n} lines could not be read and were ignored (lines "
                "{lines}).", n=len(lines), lines=line_list(lines))


def line_list(lines: list[int], shown: int = 5) -> str:
    """`3, 7, 12` or `3, 7, 12, 15, 20 and 9 more`."""
    head = ", ".join(str(n) for n in lines[:shown])
    if len(lines) <= shown:
        return head
    return said("calendar.lines_more", "{head} and {more} more", head=head,
                more=len(lines) - shown)


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(first physical line number, unfolded line); blank lines are skipped, a continuation
    after a blank line still continues the line before it."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts: list[str] | None = None
    start = 0
    for number, raw in enumerate(text.split("\n"), 1):
        if not raw:
            continue
        if raw[0] in " \t":
            if parts is not None:
                parts.append(raw[1:])
            elif raw.strip():
                yield number, raw.strip()
            continue
        if parts is not None:
            yield start, "".join(parts)
        parts, start = [raw], number
    if parts is not None:
        yield start, "".join(parts)
