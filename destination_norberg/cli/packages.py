"""`packages`, `export package` and `publish status`: event packages and the public status.

`packages` only looks (the sqlite3 fast path on a current SQLite file). `export package`
writes one bundle per partner (app.package_export) and records the dispatch; the brochure
PDF comes from the window's Qt writer (through gui.entry) when it can be loaded, and is
otherwise left out with a note (never faked). `publish status` rewrites the static status
page and is fit for a schedule: it prints one line on success, and a failure is one line on
stderr with a non-zero exit code, with the page already published left as it was.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context, Parser, existing
from destination_norberg.cli.errors import UserError, user_errors


def add_export_parsers(export_sub: Any) -> None:
    """`export package`, added to the `export` sub-commands."""
    package_out = export_sub.add_parser(
        "package", help="a package's bundle for its partners: brochure, calendar, "
        "spreadsheets, maps, web page")
    package_out.add_argument("package", metavar="PACKAGE", help="id or the start of the title")
    package_out.add_argument("--out", required=True, type=Path, metavar="DIR")
    package_out.add_argument("--partner", metavar="ORG",
                             help="only for this partner (id or name); default: every partner")
    package_out.add_argument("--zip", dest="as_zip", action="store_true",
                             help="a .zip file per bundle instead of a folder")
    package_out.add_argument("--lang", dest="package_lang", choices=("sv", "en"),
                             help="language of the bundle (default: each partner's)")
    package_out.add_argument("--per-day", action="store_true",
                             help="one calendar entry per day for items over several days")
    package_out.set_defaults(func=run_export_package)


def add_parsers(sub: Any) -> None:
    """`packages` and `publish status`, added to the top-level sub-commands."""
    packages = sub.add_parser("packages", help="the event packages (id, title, event, "
                              "version); with PACKAGE, its parts and prices")
    packages.add_argument("package", metavar="PACKAGE", nargs="?",
                          help="one package (id or the start of the title): each part's "
                          "price, basis and amount, the total and the price per person")
    packages.add_argument("--json", action="store_true", help="print JSON")
    packages.set_defaults(func=run_packages)
    publish = sub.add_parser("publish", help="publish for the web (the trail and snow status)")
    publish_sub = publish.add_subparsers(dest="what", metavar="WHAT", required=True,
                                         parser_class=Parser)
    status = publish_sub.add_parser("status", help="a static status page: HTML, GeoJSON, "
                                    "a JSON feed and the public events as iCalendar and "
                                    "JSON-LD")
    status.add_argument("--out", required=True, type=Path, metavar="DIR")
    status.add_argument("--stale-days", type=int, default=None, metavar="N",
                        help="a report older than this is marked stale (default: the "
                        "destination's setting, 7 unless changed)")
    status.set_defaults(func=run_publish_status)


def run_packages(args: argparse.Namespace, ctx: Context) -> int:
    if args.package is not None:
        return cmd_package(existing(ctx.url), args.package, args.json)
    return cmd_packages(existing(ctx.url), args.json)


def run_publish_status(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.now()
    return cmd_publish_status(existing(ctx.url), args.out, args.stale_days, now)


def run_export_package(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.now()
    return cmd_export_package(existing(ctx.url), args.package, args.out, args.partner,
                              args.as_zip, args.package_lang, args.per_day, now)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def cmd_packages(url: str, as_json: bool) -> int:
    from destination_norberg.app.packages import list_packages

    rows = list_packages(url)
    if as_json:
        print(json.dumps([{
            "id": r.id, "uid": r.uid, "title": r.title_sv, "title_en": r.title_en,
            "event": r.event_name, "event_id": r.event_id,
            "event_starts_at": _iso(r.event_starts_at), "valid_from": _iso(r.valid_from),
            "valid_to": _iso(r.valid_to), "version": r.revision,
            "changed_since_sent": r.changed_since_sent, "components": r.component_count,
            "total_sek": str(r.total_sek), "per_person_sek": str(r.per_person_sek),
            "partners": list(r.partner_names), "last_sent": _iso(r.last_sent)}
            for r in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("No packages yet.")
        return 0
    for r in rows:
        version = f"v{r.revision}" + (" (changed since sent)" if r.changed_since_sent else "")
        print(f"{r.id:>4}  {r.title_sv}  —  {r.event_name or 'no event'}  —  {version}  —  "
              f"{r.per_person_sek} kr/person, {len(r.partner_names)} partner(s)")
    return 0


def package_prices(detail: Any) -> dict[str, Any]:
    """A package's parts and prices as `packages PACKAGE --json` prints them (core.packages'
    pricing rule: the same figures as the window, the brochure and the bundle)."""
    from destination_norberg.core.packages import basis_text

    pricing = detail.pricing
    return {
        "id": detail.id, "uid": detail.uid, "title": detail.title_sv,
        "persons": pricing.persons, "total_sek": str(pricing.total),
        "per_person_sek": str(pricing.per_person),
        "components": [{
            "position": c.position, "kind": c.kind, "description": c.description,
            "provider": c.organisation.name if c.organisation else None,
            "price_sek": str(c.price_sek), "price_basis": line.basis,
            "occupancy": line.occupancy, "basis": basis_text(line.basis, c.kind,
                                                             line.occupancy, "en"),
            "quantity": line.quantity, "amount_sek": str(line.amount),
            "capacity": c.capacity}
            for c, line in zip(detail.components, pricing.lines, strict=True)]}


def cmd_package(url: str, package: str, as_json: bool) -> int:
    from destination_norberg.app.packages import read_named_package
    from destination_norberg.core.packages import PackageLookupError

    try:
        with user_errors():
            detail = read_named_package(url, package)
    except PackageLookupError as exc:
        raise UserError(str(exc)) from exc
    data = package_prices(detail)
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"{detail.title_sv} (id {detail.id}), priced for {data['persons']} person(s)")
    for c in data["components"]:
        print(f"  {c['position']:>2}  {c['description'] or c['kind']}  —  "
              f"{_kr(c['price_sek'])} {c['basis']} × {c['quantity']} = "
              f"{_kr(c['amount_sek'])}")
    print(f"Total {_kr(data['total_sek'])} for {data['persons']} person(s); "
          f"{_kr(data['per_person_sek'])} per person")
    return 0


def _kr(amount: str) -> str:
    """`1195.00` → `1195 kr`; öre only where there are any."""
    from decimal import Decimal

    value = Decimal(amount)
    return f"{value:.0f} kr" if value == value.to_integral_value() else f"{value:.2f} kr"


def brochure_writer() -> Any:
    """The window's brochure writer, or None when Qt (or the writer) cannot be loaded."""
    from destination_norberg.gui.entry import brochure_writer as window_writer

    return window_writer()


def cmd_export_package(url: str, package: str, out: Path, partner: str | None, as_zip: bool,
                       lang: str | None, per_day: bool, now: datetime) -> int:
    from destination_norberg.app.package_export import BundleError, export_named_package

    def note() -> None:
        if writer is None:
            print("note: the brochure PDF is left out (the PDF writer could not be loaded)")

    writer = brochure_writer()
    try:
        with user_errors():
            result = export_named_package(url, package, out, partner=partner, lang=lang,
                                          as_zip=as_zip, per_day=per_day, pdf_writer=writer,
                                          now=now, before_writing=note)
    except BundleError as exc:
        raise UserError(f"{exc} No dispatch was recorded.") from exc
    for who, path in result.bundles:
        print(f"Wrote {path}" + (f" for {who.name} ({lang or who.lang})" if who else ""))
    sent_to = len([w for w, _p in result.bundles if w is not None])
    print(f"Recorded version {result.revision} of “{result.detail.title_sv}” as sent"
          + (f" to {sent_to} partner(s)" if sent_to else ""))
    return 0


def cmd_publish_status(url: str, out: Path, stale_days: int | None, now: datetime) -> int:
    """`stale_days` None: the destination's setting (app.settings)."""
    from destination_norberg.app.publish import publish_status

    with user_errors():
        data, feed = publish_status(url, out, stale_days, now)
    stale = sum(1 for t in data.trails if t.stale)
    print(f"Published the status of {len(data.trails)} trail(s) ({stale} stale) and "
          f"{len(data.guarantee)} snow-guarantee target(s) to {out}")
    cancelled = sum(1 for e in feed.events if e.status == "inställd")
    print(f"Published {len(feed.events)} public event(s) ({cancelled} cancelled) as "
          "events.ics and events.jsonld (Swedish), events-en.ics and events-en.jsonld "
          "(English)")
    return 0
