"""The board report's own reckoning: trail days by status day by day, the period's months,
and a month's guest nights from the statistics' total or from its parts."""

from __future__ import annotations

from datetime import UTC, date, datetime

from destination_norberg.core.board_report import Period, is_new_establishment, trail_days
from destination_norberg.core.guest_nights import TOTAL, NightsRow, month_figures


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2027, 1, day, hour, tzinfo=UTC)


def test_a_status_holds_until_the_next_report() -> None:
    reports = [(1, datetime(2026, 12, 30, 10, tzinfo=UTC), "closed"),  # before the period
               (1, at(3), "clear"), (1, at(3, 15), "minor"), (1, at(6), "closed"),
               (2, at(5), "clear")]  # trail 2 has no status before its first report
    days, counted = trail_days(reports, date(2027, 1, 1), date(2027, 1, 7))
    # trail 1: 1–2 closed, 3–5 minor (the day's last report), 6–7 closed; trail 2: 5–7 clear
    assert days == {"closed": 4, "minor": 3, "clear": 3}
    assert counted == 2


def test_a_report_late_in_the_evening_counts_for_its_local_day() -> None:
    # 23:30 UTC on 2 January is 00:30 on 3 January in Norberg
    days, _n = trail_days([(1, datetime(2027, 1, 2, 23, 30, tzinfo=UTC), "clear")],
                          date(2027, 1, 1), date(2027, 1, 3))
    assert days == {"clear": 1}


def test_the_months_of_a_season() -> None:
    season = Period("Vinter 2026/27", date(2026, 11, 1), date(2027, 4, 30), False)
    assert season.months() == [(2026, 11), (2026, 12), (2027, 1), (2027, 2), (2027, 3),
                               (2027, 4)]


def test_a_month_from_its_parts() -> None:
    rows = [NightsRow("1962 Norberg", 2025, 7, TOTAL, "sverige", 4000),
            NightsRow("1962 Norberg", 2025, 7, TOTAL, "utlandet", 1500),
            NightsRow("1962 Norberg", 2025, 7, TOTAL, "norge", 600)]  # inside "utlandet"
    figure = month_figures(rows)[(2025, 7)]
    assert (figure.total, figure.complete) == (5500, True)
    held = month_figures([NightsRow("1962 Norberg", 2025, 8, "hotell", TOTAL, None)])
    assert held[(2025, 8)].total is None


def test_new_establishment_tags() -> None:
    assert is_new_establishment(("barn", "ny etablering"))
    assert is_new_establishment(("Nyetablering",)) and not is_new_establishment(("ny",))
