"""`destination-norberg snow status [--json]`: the guarantee and go/no-go, as now."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from destination_norberg.cli.common import Context, Parser, existing

REASONS = {
    "met_now": "met now",
    "met_if_projection_holds": "met by the deadline if the projection holds",
    "short_by": "not met: {short_km:.1f} km short by the deadline",
    "deadline_passed": "not met, and the deadline has passed",
}


def add_parsers(sub: Any) -> None:
    """`snow status`, added to the top-level sub-commands."""
    snow = sub.add_parser("snow", help="the snow guarantee")
    snow_sub = snow.add_subparsers(dest="what", metavar="WHAT", required=True,
                                   parser_class=Parser)
    snow_status = snow_sub.add_parser("status", help="each target judged, and go/no-go")
    snow_status.add_argument("--json", action="store_true", help="print JSON")
    snow_status.set_defaults(func=run_status)


def run_status(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_snow_status(existing(ctx.url), args.json, ctx.now())


def cmd_snow_status(url: str, as_json: bool, now: datetime,
                    stale_days: int | None = None) -> int:
    """`stale_days` None: the destination's setting (app.settings)."""
    from destination_norberg.app.database import read_with
    from destination_norberg.app.snow import snow_report

    report = read_with(url, lambda source: snow_report(source, now, stale_days))
    if as_json:
        print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        return 0
    if report.storage_m3 is not None:
        print(f"Stored snow: {report.storage_m3:,.0f} m³ "
              f"(measured {report.storage_measured_on:%Y-%m-%d})")
    if report.temperature_station is None:
        print("No temperature history: production is not projected "
              "(import SMHI temperatures with `destination-norberg import smhi FILE`).")
    for status, projection in report.judged:
        level = status.level.value if status.level else "not judged"
        reason = REASONS.get(projection.reason_code, projection.reason_code).format_map(
            {k: v for k, v in projection.reason_args.items() if not hasattr(v, "isoformat")})
        if status.level is None:
            reason = "not met yet; no projection without a temperature history"
        print(f"{status.target.name}: {level.upper()} — {status.ready_km:.1f} of "
              f"{status.target.required_km:g} km ready, {status.days_left} days left; {reason}")
        chance = report.natural.get(status.target.target_id)
        if chance is not None:
            print("  " + natural_line(chance, status.target, report.natural_station))
    if report.gonogo is not None:
        g = report.gonogo
        print(f"Go/no-go for {g.per_race[0].race.name} (target: {report.race_target}): "
              f"{g.recommendation} "
              f"(decision {g.decision_date:%Y-%m-%d}, in {g.days_to_decision} days)")
        for d in g.per_race:
            course = d.variant.name if d.variant else "no course ready"
            print(f"  {d.race.name}: {'go' if d.go else 'not yet'} ({course})")
        for name in report.without_courses:
            print(f"  {name}: not judged, no course entered")
    return 0


def natural_line(chance: Any, target: Any, station: str | None) -> str:
    """"Natural snow of at least 40 cm on 14 Feb: 6 of 10 winters (60 %) at Norberg"."""
    when = f"{target.deadline.day} {target.deadline:%b}"
    head = f"Natural snow of at least {target.min_depth_cm:g} cm on {when}"
    if not chance.years_counted:
        return f"{head}: no winter in the history of {station} has a reading that near"
    return (f"{head}: {chance.years_met} of {chance.years_counted} winters "
            f"({chance.probability:.0%}) at {station}")
