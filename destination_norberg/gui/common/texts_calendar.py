"""iCalendar import: the file's problems and the notes on what was read.

The sentences of core.said messages, keyed as where they are said (gui/common/messages.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def templates() -> dict[str, str]:
    return {
        "calendar.also_holds": translate(
            "CalendarMessages",
            "The file also holds {held}; only events were imported."),
        "calendar.bad_date": translate(
            "CalendarMessages",
            "Line {line}: {name} has an invalid date '{text}'."),
        "calendar.bad_default_zone": translate(
            "CalendarMessages",
            "The default time zone '{zone}' is not a known time zone."),
        "calendar.bad_duration": translate(
            "CalendarMessages",
            "Line {line}: {name} has an invalid duration '{text}'."),
        "calendar.bad_line": translate(
            "CalendarMessages",
            "Line {line} could not be read and was ignored."),
        "calendar.bad_lines": translate(
            "CalendarMessages",
            "{n} lines could not be read and were ignored (lines {lines})."),
        "calendar.bad_offset": translate(
            "CalendarMessages",
            "Line {line}: {name} has an invalid UTC offset '{text}'."),
        "calendar.bad_parameters": translate(
            "CalendarMessages",
            "Line {line}: the parameters of {name} cannot be read (an unclosed quote or a "
            "missing ':')."),
        "calendar.bad_params": translate(
            "CalendarMessages",
            "Line {line}: the parameters of {detail} cannot be read; its value was still "
            "used."),
        "calendar.bad_params.many": translate(
            "CalendarMessages",
            "{n} properties have parameters that cannot be read; their values were still used "
            "(lines {lines})."),
        "calendar.bad_rrule": translate(
            "CalendarMessages",
            "Line {line}: the RRULE of {what} cannot be used ({detail}); only its own date was "
            "imported."),
        "calendar.bad_rrule.many": translate(
            "CalendarMessages",
            "{n} events have an RRULE that cannot be used; only their own dates were imported "
            "(lines {lines})."),
        "calendar.bad_stamp": translate(
            "CalendarMessages",
            "Line {line}: {name} has an invalid date or time '{text}'."),
        "calendar.bad_time": translate(
            "CalendarMessages",
            "Line {line}: {name} has an invalid time '{text}'."),
        "calendar.bad_x_wr_timezone": translate(
            "CalendarMessages",
            "The file's X-WR-TIMEZONE '{name}' is not a known time zone; it was ignored."),
        "calendar.before_season": translate(
            "CalendarMessages",
            "Line {line}: the event '{title}' also repeats on 1 date before the season; it is "
            "left out."),
        "calendar.before_season.many": translate(
            "CalendarMessages",
            "Line {line}: the event '{title}' also repeats on {n} dates before the season; they "
            "are left out."),
        "calendar.binary": translate(
            "CalendarMessages",
            "The file holds binary data, not text: it is not an iCalendar file."),
        "calendar.broken_event": translate("CalendarMessages", "Line {line}: {what} {problem}."),
        "calendar.controls": translate(
            "CalendarMessages",
            "The file holds {n} control character(s); they were removed."),
        "calendar.cp1252": translate(
            "CalendarMessages",
            "The file is not UTF-8; it was read as Windows-1252 (Western European)."),
        "calendar.cut_off": translate(
            "CalendarMessages",
            "The file ends before END:VCALENDAR: it is cut off."),
        "calendar.dtend_and_duration": translate(
            "CalendarMessages",
            "Line {line}: {what} has both DTEND and DURATION; DTEND was used."),
        "calendar.dtend_and_duration.many": translate(
            "CalendarMessages",
            "{n} events have both DTEND and DURATION; DTEND was used (lines {lines})."),
        "calendar.duration_too_long": translate(
            "CalendarMessages",
            "Line {line}: {what} has a DURATION that is too long."),
        "calendar.end_mismatch": translate(
            "CalendarMessages",
            "Line {line}: END:{kind} does not match BEGIN:{begun} on line {begun_line}."),
        "calendar.ends_before_dtend": translate(
            "CalendarMessages",
            "Line {line}: {what} ends before it starts (DTEND {end} is before DTSTART "
            "{start})."),
        "calendar.ends_before_duration": translate(
            "CalendarMessages",
            "Line {line}: {what} ends before it starts (DURATION {value})."),
        "calendar.ends_inside": translate(
            "CalendarMessages",
            "The file ends inside {name} (begun on line {line}): it is cut off."),
        "calendar.event_left_out": translate(
            "CalendarMessages",
            "{reason}; this event was left out."),
        "calendar.floating": translate(
            "CalendarMessages",
            "The file gives times without a time zone; they were read as {zone} time."),
        "calendar.freq.hourly": translate("CalendarMessages", "hourly"),
        "calendar.freq.minutely": translate("CalendarMessages", "minutely"),
        "calendar.freq.secondly": translate("CalendarMessages", "secondly"),
        "calendar.held.both": translate("CalendarMessages", "{todos} and {journals}"),
        "calendar.held.journal": translate("CalendarMessages", "{n} journal entry"),
        "calendar.held.journals": translate("CalendarMessages", "{n} journal entries"),
        "calendar.held.todo": translate("CalendarMessages", "{n} to-do"),
        "calendar.held.todos": translate("CalendarMessages", "{n} to-dos"),
        "calendar.is_vcard": translate(
            "CalendarMessages",
            "This is a vCard (contacts) file, not a calendar."),
        "calendar.kept": translate("CalendarMessages", "{name} ({limit} characters kept)"),
        "calendar.lic_location": translate(
            "CalendarMessages",
            "Time zone '{tzid}' is not a standard name; it was read as {zone} (the file's "
            "X-LIC-LOCATION)."),
        "calendar.lines_more": translate("CalendarMessages", "{head} and {more} more"),
        "calendar.mojibake": translate(
            "CalendarMessages",
            "The file's text was encoded twice (UTF-8 read as Latin-1), so letters such as é "
            "were garbled; they were repaired."),
        "calendar.most_lines_bad": translate(
            "CalendarMessages",
            "Most lines of the file cannot be read: it is not an iCalendar file."),
        "calendar.no_component_name": translate(
            "CalendarMessages",
            "Line {line}: {name} has no component name."),
        "calendar.no_dtstart": translate(
            "CalendarMessages",
            "Line {line}: {what} has no DTSTART (start time)."),
        "calendar.no_encoding": translate(
            "CalendarMessages",
            "The file is not text in a known encoding (neither UTF-8 nor Windows-1252)."),
        "calendar.no_events": translate("CalendarMessages", "The calendar holds no events."),
        "calendar.not_ical": translate(
            "CalendarMessages",
            "Line {line}: expected BEGIN:VCALENDAR, found '{text}'; this is not an iCalendar "
            "file."),
        "calendar.not_utf16": translate(
            "CalendarMessages",
            "The file says it is UTF-16 but is not: it cannot be read."),
        "calendar.out_of_range": translate(
            "CalendarMessages",
            "Line {line}: {name} is out of range."),
        "calendar.outside": translate(
            "CalendarMessages",
            "Line {line}: BEGIN:{kind} stands outside the calendar."),
        "calendar.own_strak": translate(
            "CalendarMessages",
            "'{name}' is this program's own stråk; it was left as it is (edit a stråk on the "
            "stråk page)."),
        "calendar.own_zone": translate(
            "CalendarMessages",
            "Time zone '{tzid}' is not a standard name; its times were read with the UTC "
            "offsets the file defines for it."),
        "calendar.problem.misspelt_end": translate(
            "CalendarMessages",
            "ends with END:{kind} on line {line} instead of END:{expected}"),
        "calendar.problem.no_end": translate(
            "CalendarMessages",
            "has no END:{kind} (line {line} ends {outer} first)"),
        "calendar.problem.no_end_before": translate(
            "CalendarMessages",
            "has no END:{kind} before the BEGIN:{next} on line {line}"),
        "calendar.rule.bad_until": translate(
            "CalendarMessages",
            "the RRULE's UNTIL '{value}' is not a date"),
        "calendar.rule.no_freq": translate("CalendarMessages", "no valid FREQ"),
        "calendar.rule.too_often": translate(
            "CalendarMessages",
            "it repeats {frequency}, more often than events do"),
        "calendar.rule.unknown_part": translate("CalendarMessages", "unknown part {part}"),
        "calendar.rule_parts": translate(
            "CalendarMessages",
            "Line {line}: the RRULE of {what} has parts this program does not follow ({detail}); "
            "they were ignored."),
        "calendar.rule_parts.many": translate(
            "CalendarMessages",
            "{n} RRULEs have parts this program does not follow; they were ignored (lines "
            "{lines})."),
        "calendar.second_calendar": translate(
            "CalendarMessages",
            "Line {line}: a new calendar begins before the one from line {first} has ended."),
        "calendar.sequence": translate(
            "CalendarMessages",
            "Line {line}: SEQUENCE '{detail}' is not a number; 0 was used."),
        "calendar.sequence.many": translate(
            "CalendarMessages",
            "{n} events have a SEQUENCE that is not a number; 0 was used (lines {lines})."),
        "calendar.shortened": translate(
            "CalendarMessages",
            "Line {line}: {detail} was longer than the program keeps; it was shortened."),
        "calendar.shortened.many": translate(
            "CalendarMessages",
            "{n} texts were longer than the program keeps (a title 200 characters, a "
            "description 10,000); they were shortened (lines {lines})."),
        "calendar.status": translate(
            "CalendarMessages",
            "Line {line}: STATUS '{detail}' is not an event status; it was ignored."),
        "calendar.status.many": translate(
            "CalendarMessages",
            "{n} events have a STATUS that is not an event status; it was ignored (lines "
            "{lines})."),
        "calendar.too_deep": translate(
            "CalendarMessages",
            "Line {line}: components are nested too deeply."),
        "calendar.too_large": translate(
            "CalendarMessages",
            "The file is {size} MB; a calendar file may be at most {most} MB."),
        "calendar.too_many_dates": translate(
            "CalendarMessages",
            "Line {line}: the event '{title}' repeats more than {most} times; only the first "
            "{most} dates were read."),
        "calendar.trailing": translate(
            "CalendarMessages",
            "Line {line}: text after END:VCALENDAR was ignored."),
        "calendar.two_dtstart": translate(
            "CalendarMessages",
            "Line {line}: {what} has more than one DTSTART; the first was used."),
        "calendar.two_dtstart.many": translate(
            "CalendarMessages",
            "{n} events have more than one DTSTART; the first was used (lines {lines})."),
        "calendar.tz_and_z": translate(
            "CalendarMessages",
            "Line {line}: {detail} has both a TZID and a Z (UTC) suffix; it was read as UTC."),
        "calendar.tz_and_z.many": translate(
            "CalendarMessages",
            "{n} times have both a TZID and a Z (UTC) suffix; they were read as UTC (lines "
            "{lines})."),
        "calendar.unexpected": translate(
            "CalendarMessages",
            "The file could not be read because of an unexpected problem in this program; "
            "please report it with the file."),
        "calendar.unknown_zone": translate(
            "CalendarMessages",
            "Time zone '{tzid}' is unknown and the file does not define it; its times were "
            "read as {zone} time ({why})."),
        "calendar.vcalendar": translate(
            "CalendarMessages",
            "The file is a vCalendar 1.0 file; it was read as iCalendar 2.0."),
        "calendar.what.event": translate("CalendarMessages", "the event '{title}'"),
        "calendar.what.untitled": translate("CalendarMessages", "an event without a title"),
        "calendar.why.default": translate("CalendarMessages", "this program's default"),
        "calendar.why.x_wr_timezone": translate("CalendarMessages", "the file's X-WR-TIMEZONE"),
        "calendar.zero_all_day": translate(
            "CalendarMessages",
            "Line {line}: {what} ends on the day it starts; it was read as lasting that one "
            "day."),
        "calendar.zero_all_day.many": translate(
            "CalendarMessages",
            "{n} all-day events end on the day they start; each was read as lasting that one "
            "day (lines {lines})."),
        "calendar.zone_differs": translate(
            "CalendarMessages",
            "Time zone '{tzid}' was read as {zone}; the file's own definition of it gives "
            "other UTC offsets ({theirs} instead of {ours} on {day})."),
        "calendar.zone_part": translate(
            "CalendarMessages",
            "Line {line}: the time zone '{tzid}' has a {part} part without {missing}."),
    }
