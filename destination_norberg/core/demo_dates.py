"""The demo season's dates, anchored to the coming season relative to today.

The bundled demo (data/) is authored for one day, REFERENCE_DAY (2026-11-26): five days
before the ski premiär, eleven weeks before the winter week. Loaded on another day it is
moved so that the first screen tells the same calm story, and on REFERENCE_DAY itself it is
exactly as authored. `demo_dates(today)` is a pure function of the day: the same day always
gives the same demo.

Each kind of date moves by its own rule:

- The season's plan (seasons, events, stråk, packages, snow targets, tasks still ahead of the
  authored day) moves by whole years to the coming season: the winter week's Sunday is the
  second Sunday of the February ahead (during the winter week, this week), the premiär stays
  on 1 December and Lucia on 13 December, every other day keeps its weekday (the nearest
  same weekday a whole number of years later). Names carry their years along
  ("Vintervecka 2027" → "Vintervecka 2028").
- What had already happened on the authored day (trail reports and grooming, contacts and
  their follow-ups, consents and retention reviews, tasks that were due before it) keeps
  its distance from today: a report written two days before the authored day is two days
  old.
- The fictional weather station's series, and with it the snow store's measurements and
  the snow production (made on the cold days of that series), move by whole years with
  the season, so that the climatology stays on the calendar (snow in winter) and the snow
  guarantee judges against the weather it was made in; what would lie after today is left
  out.
- A task of the plan that fell due between the authored day (moved to the season) and
  today counts as done: the demo skipped that stretch, it did not leave it undone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from destination_norberg.core.dates import engelbrektsloppet_day

#: The day the demo files were written for (tests and screenshots use it).
REFERENCE_DAY = date(2026, 11, 26)
#: The year of the February holding the authored winter week.
REFERENCE_WINTER = 2027
#: Days of the plan that stay on their date of the month: the premiär, Lucia.
FIXED_DAYS = frozenset({(12, 1), (12, 13)})

_YEAR = re.compile(r"(?<!\d)(20\d\d)(?:/(\d\d))?(?!\d)")


def coming_winter(today: date) -> int:
    """The year of the coming winter week's February: this year's until its Sunday has
    passed, then next year's."""
    return today.year if today <= engelbrektsloppet_day(today.year) else today.year + 1


def same_day_years_later(day: date, years: int) -> date:
    """The same day of the month `years` later; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class DemoDates:
    """How the demo moves for `today`: `years` for the plan, `days` for what had happened."""

    today: date
    years: int
    days: int

    @property
    def season_reference(self) -> date:
        """The authored day, moved with the plan into the coming season."""
        return same_day_years_later(REFERENCE_DAY, self.years)

    def plan_offset(self, day: date) -> int:
        """Days a day of the plan moves: the winter week with its Sunday, the fixed days on
        their date, every other day to the same weekday `years` later."""
        if self.years == 0:
            return 0
        race = engelbrektsloppet_day(REFERENCE_WINTER)
        if race - timedelta(days=6) <= day <= race:
            return (engelbrektsloppet_day(REFERENCE_WINTER + self.years) - race).days
        moved = same_day_years_later(day, self.years)
        if (day.month, day.day) not in FIXED_DAYS:
            moved += timedelta(days=(day.weekday() - moved.weekday() + 3) % 7 - 3)
        return (moved - day).days

    def plan_day(self, day: date) -> date:
        return day + timedelta(days=self.plan_offset(day))

    def season_day(self, day: date) -> date:
        """A season's first or last day, or a due date: the same date `years` later."""
        return same_day_years_later(day, self.years)

    def past_day(self, day: date) -> date:
        """Something that had happened by the authored day: as far from today as it was."""
        return day + timedelta(days=self.days)

    @property
    def weather_offset(self) -> int:
        """Days the weather station's series moves: whole years with the season."""
        return (self.season_reference - REFERENCE_DAY).days

    def keeps_reading(self, moved_day: date) -> bool:
        """A (moved) weather reading is kept when it is not after today."""
        return moved_day <= self.today

    def task_due(self, due: date) -> date:
        """A task's own due date: before the authored day it keeps its distance from today,
        after it, the same date in the coming season."""
        return self.past_day(due) if due < REFERENCE_DAY else self.season_day(due)

    def skipped(self, due: date) -> bool:
        """A (moved) due date of the plan in the stretch the demo skipped: from the
        authored day, moved to the season, up to yesterday."""
        return self.season_reference <= due < self.today

    def name(self, text: str) -> str:
        """Years in a name move with the plan: "Vinter 2026/27" → "Vinter 2027/28"."""
        if self.years == 0:
            return text

        def swap(match: re.Match[str]) -> str:
            year = int(match[1]) + self.years
            if match[2] is not None and int(match[2]) == (int(match[1]) + 1) % 100:
                return f"{year}/{(year + 1) % 100:02d}"
            return f"{year}{match[0][4:]}"

        return _YEAR.sub(swap, text)


def demo_dates(today: date | None) -> DemoDates:
    """The demo's moves for `today`; None (no day given) loads it as authored."""
    if today is None:
        today = REFERENCE_DAY
    years = coming_winter(today) - REFERENCE_WINTER
    return DemoDates(today=today, years=years, days=(today - REFERENCE_DAY).days)
