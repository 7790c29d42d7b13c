"""`destination-norberg snow …`: the guarantee and go/no-go as now (`status`), the weather
stations each target uses (`stations`, `station`) and the planner's parameters (`settings`)."""

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
    "met_by_stored": "met by the snow already made and stored",
    "loops_too_short": "not met: its loops are {loops_km:.1f} km, {short_km:.1f} km short",
}


def add_parsers(sub: Any) -> None:
    """`snow status`, added to the top-level sub-commands."""
    snow = sub.add_parser("snow", help="the snow guarantee")
    snow_sub = snow.add_subparsers(dest="what", metavar="WHAT", required=True,
                                   parser_class=Parser)
    snow_status = snow_sub.add_parser("status", help="each target judged, and go/no-go")
    snow_status.add_argument("--json", action="store_true", help="print JSON")
    snow_status.set_defaults(func=run_status)
    stations = snow_sub.add_parser(
        "stations", help="weather stations with readings, and which each target uses")
    stations.add_argument("--json", action="store_true", help="print JSON")
    stations.set_defaults(func=run_stations)
    station = snow_sub.add_parser("station", help="choose a target's weather stations")
    station.add_argument("target", metavar="TARGET", help="the target's id, uid or name")
    station.add_argument("--temperature", metavar="ID",
                         help="station id for temperatures, or 'nearest' (the default)")
    station.add_argument("--snow-depth", metavar="ID", dest="snow_depth",
                         help="station id for snow depth, or 'nearest' (the default)")
    station.set_defaults(func=run_station)
    settings = snow_sub.add_parser(
        "settings", help="the snow planner's parameters; 'settings set KEY VALUE' changes one")
    settings.add_argument("words", nargs="*", metavar="set KEY VALUE",
                          help="set KEY VALUE to change a parameter")
    settings.add_argument("--json", action="store_true", help="print JSON")
    settings.set_defaults(func=run_settings)


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
        print("  " + margin_line(projection, report.stations.get(status.target.target_id, {})))
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


def margin_line(projection: Any, choices: dict[str, Any]) -> str:
    """"Margin: 12 days, +0.0 km; temperature from …, snow depth from …"."""
    from destination_norberg.app.snow import station_dict

    days = ("no day to spare" if projection.margin_days is None
            else f"{projection.margin_days} days")
    parts = []
    for need, choice in choices.items():
        st = station_dict(choice)
        if st is None:
            where = "no station"
        elif st.get("missing"):
            where = f"{st['id']} (gone)"
        else:
            km = "" if st["distance_km"] is None else f", {st['distance_km']:.1f} km"
            where = f"{st['name']}{km}{'' if st['chosen'] else ', nearest'}"
        parts.append(f"{need.replace('_', ' ')}: {where}")
    km = round(projection.margin_km, 1) or 0.0  # never "-0.0"
    return f"Margin: {days}, {km:+.1f} km" + (f" ({'; '.join(parts)})" if parts else "")


def natural_line(chance: Any, target: Any, station: str | None) -> str:
    """"Natural snow of at least 40 cm on 14 Feb: 6 of 10 winters (60 %) at Norberg"."""
    when = f"{target.deadline.day} {target.deadline:%b}"
    head = f"Natural snow of at least {target.min_depth_cm:g} cm on {when}"
    if not chance.years_counted:
        return f"{head}: no winter in the history of {station} has a reading that near"
    return (f"{head}: {chance.years_met} of {chance.years_counted} winters "
            f"({chance.probability:.0%}) at {station}")


def _user_error(exc: ValueError) -> Exception:
    from destination_norberg.cli.errors import UserError

    return UserError(str(exc))


def run_stations(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.database import read_with
    from destination_norberg.app.snow_stations import station_choices, stations, target_refs
    from destination_norberg.core.snow_stations import MAX_DISTANCE_KM, MIN_DAYS, NEEDS

    def read(source: Any) -> tuple[Any, Any, Any]:
        known = stations(source)
        return known, station_choices(source, known), target_refs(source)

    known, choices, refs = read_with(existing(ctx.url), read)
    rows = []
    for st in sorted(known, key=lambda s: (s.distance_km is None, s.distance_km or 0.0)):
        km = st.distance_km
        rows.append({"id": st.key, "name": st.name,
                     "distance_km": None if km is None else round(km, 1),
                     "latitude": st.latitude, "longitude": st.longitude,
                     "parameters": {need: {
                         "readings": r.readings, "days": r.days, "enough": st.enough(need),
                         "first": r.first.isoformat() if r.first else None,
                         "last": r.last.isoformat() if r.last else None}
                         for need, r in st.records.items()}})
    used = [{"target": ref.uid, "name": ref.name,
             "stations": {need: _station_json(choices[ref.target_id][need]) for need in NEEDS}}
            for ref in refs]
    if args.json:
        print(json.dumps({"stations": rows, "targets": used, "max_distance_km": MAX_DISTANCE_KM,
                          "min_days": MIN_DAYS}, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("No weather readings in the database.")
    for row in rows:
        where = ("no position" if row["distance_km"] is None
                 else f"{row['distance_km']:.1f} km from Norberg")
        print(f"{row['id']}: {row['name']} ({where})")
        for need, r in row["parameters"].items():
            span = f"{(r['first'] or '')[:10]} – {(r['last'] or '')[:10]}"
            note = "" if r["enough"] else f" (too few for a default: under {MIN_DAYS} days)"
            print(f"  {need.replace('_', ' ')}: {r['readings']:,} readings on {r['days']:,} "
                  f"days, {span}{note}")
    for u in used:
        print(f"{u['name']} [{u['target']}]:")
        for need, st in u["stations"].items():
            print(f"  {need.replace('_', ' ')}: {_station_text(st)}")
    return 0


def _station_json(choice: Any) -> dict[str, Any] | None:
    from destination_norberg.app.snow import station_dict

    return station_dict(choice)


def _station_text(st: dict[str, Any] | None) -> str:
    if st is None:
        return ("none (no station with enough data within reach; "
                "choose one with `snow station`)")
    if st.get("missing"):
        return f"{st['id']} (chosen, but its readings are no longer in the database)"
    km = "no position" if st["distance_km"] is None else f"{st['distance_km']:.1f} km"
    return f"{st['name']} [{st['id']}], {km}, {'chosen' if st['chosen'] else 'nearest (default)'}"


def run_station(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.snow_stations import set_target_stations
    from destination_norberg.cli.errors import UserError
    from destination_norberg.core.snow_stations import SNOW_DEPTH, TEMPERATURE

    chosen = {need: value for need, value in ((TEMPERATURE, args.temperature),
                                              (SNOW_DEPTH, args.snow_depth)) if value}
    if not chosen:
        raise UserError("name a station with --temperature ID and/or --snow-depth ID "
                        "(or 'nearest')")
    try:
        ref = set_target_stations(existing(ctx.url), args.target, chosen)
    except ValueError as exc:
        raise _user_error(exc) from None
    for need, value in chosen.items():
        what = "nearest with enough data" if value.strip().casefold() == "nearest" else value
        print(f"{ref.name}: {need.replace('_', ' ')} from {what}")
    return 0


def run_settings(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.database import read_with
    from destination_norberg.app.snow_settings import set_snow_settings, setting_rows
    from destination_norberg.cli.errors import UserError

    url = existing(ctx.url)
    if args.words:
        if len(args.words) != 3 or args.words[0] != "set":
            raise UserError("use `snow settings` to list or `snow settings set KEY VALUE`")
        _set, key, value = args.words
        try:
            set_snow_settings(url, {key: value})
        except ValueError as exc:
            raise _user_error(exc) from None
    rows = read_with(url, setting_rows)
    if args.words:
        row = next(r for r in rows if r.spec.key == args.words[1])
        print(f"{row.spec.key} = {row.value:g} {row.spec.unit}")
        return 0
    if args.json:
        print(json.dumps([{"key": r.spec.key, "value": r.value, "unit": r.spec.unit,
                           "default": r.default, "min": r.spec.low, "max": r.spec.high}
                          for r in rows], indent=2, ensure_ascii=False))
        return 0
    for r in rows:
        default = "" if r.is_default else f" (default {r.default:g})"
        print(f"{r.spec.key} = {r.value:g} {r.spec.unit}{default}   "
              f"[{r.spec.low:g} – {r.spec.high:g}]")
    return 0
