"""A package's export bundle for a partner: a folder or a zip, written whole or not at all.

The bundle is wholly in one language, its file names too. Named after the package (`<slug>`,
from the title in the bundle's language: the English title when there is one, else the
Swedish), in Swedish / English it holds:

- `<slug>-program.ics` / `-programme.ics`: the programme (exchange.ical_write: stable UIDs,
  Europe/Stockholm, one entry per day on request); left out when the package has no event;
- `<slug>-komponenter.xlsx` / `-components.xlsx` (sheets for components and contacts) and
  `-komponenter.csv` / `-components.csv` + `-kontakter.csv` / `-contacts.csv`, safe from
  formula injection;
- `<slug>-leder.geojson` / `-trails.geojson` (RFC 7946) and `-leder.gpx` / `-trails.gpx`
  (GPX 1.1) of the trails and stråk routes the package concerns; left out when there are none;
- `<slug>.html`, a one-page summary for a phone, and `<slug>.jsonld`, schema.org JSON-LD;
- `<slug>-broschyr.pdf` / `-brochure.pdf`, the brochure, when a `pdf_writer(detail, path,
  lang)` is given (the Qt writer lives in gui/; this module never imports Qt).

A user text that exists only in the other language is used but marked (core.package_language:
`*` and a footnote, `lang`/`@language` in HTML and JSON-LD, LANGUAGE and COMMENT in the
calendar, a comment in the route files).

Everything is written into a hidden temporary folder beside the target and only then moved
(or zipped) into place, so a failure leaves no half-written bundle; an earlier bundle of the
same name is replaced only once the new one is complete. This module writes files only;
recording the dispatch is the caller's (app.package_export).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from destination_norberg.core.diskerrors import why_not_written
from destination_norberg.core.geometry import Geometry
from destination_norberg.core.package_language import pick
from destination_norberg.core.progress import Cancelled, Progress
from destination_norberg.core.said import message_of, said
from destination_norberg.core.timeutil import now_utc, to_local
from destination_norberg.exchange.package_texts import (
    check_lang,
    file_part,
    grade_name,
    kind_name,
    label,
    slug,
)

if TYPE_CHECKING:
    from destination_norberg.core.packages import PackageDetail, PartnerRow

PdfWriter = Callable[[Any, Path, str], None]


class BundleError(Exception):
    """The bundle could not be written, worded for the user; nothing was left behind."""


def bundle_lang(partner: PartnerRow | None, lang: str | None = None) -> str:
    """The language of a partner's bundle: `lang` when asked, else the partner's (Swedish
    without a partner)."""
    return check_lang(lang or (partner.lang if partner is not None else "sv"))


def package_slug(detail: PackageDetail, lang: str) -> str:
    """The file-name part of the package in `lang`: its title in `lang` (the Swedish when
    there is no English one)."""
    return slug(detail.title(lang), file_part("package", lang))


def bundle_name(detail: PackageDetail, partner: PartnerRow | None = None,
                lang: str | None = None) -> str:
    """The folder (or zip, without .zip) a bundle gets: the package in the bundle's
    language (bundle_lang), and the partner."""
    base = package_slug(detail, bundle_lang(partner, lang))
    return f"{base}-{slug(partner.name, 'partner')}" if partner is not None else base


def bundle_names(detail: PackageDetail, partners: Sequence[PartnerRow | None],
                 lang: str | None = None) -> list[str]:
    """One distinct name per partner, in order (each in its bundle's language). Names that
    shorten to the same file-name part (the 60-character cut, accents, case, punctuation)
    would share one folder and overwrite each other's bundle: the second gets `-2`, the
    third `-3`, and so on, in the order given, so the same partners in the same order
    always get the same names."""
    names: list[str] = []
    taken: set[str] = set()
    for partner in partners:
        base = bundle_name(detail, partner, lang)
        name, n = base, 1
        while name.casefold() in taken:  # casefold: a case-blind disk sees them as one
            n += 1
            name = f"{base}-{n}"
        taken.add(name.casefold())
        names.append(name)
    return names


def route_features(detail: PackageDetail, lang: str) -> list[Any]:
    """The package's trails, stråk routes and numbered stråk stops as geo.export features."""
    from destination_norberg.geo.export import ExportFeature

    out = []
    for r in detail.routes:
        if r.geometry is not None:
            text = pick(r.description_sv, r.description_en, lang)
            properties: dict[str, Any] = {
                "uid": r.uid, "kind": kind_name(r.trail_kind if r.kind == "trail" else "strak",
                                                lang),
                "grade": grade_name(r.grade_colour, lang), "length_m": round(r.length_m),
                "description": text.text or None}
            if text.foreign(lang):  # GPX shows it as the track's comment
                properties["comment"] = label("only_other", lang)
            out.append(ExportFeature(r.name, r.geometry, properties))
        out += [ExportFeature(f"{n}. {name}", Geometry.point(x, y),
                              {"kind": label("route_stop", lang), "strak": r.name,
                               "number": n})
                for n, name, x, y in r.stops]
    return out


def _write_text(path: Path, text: str, newline: str = "\n") -> None:
    with path.open("w", encoding="utf-8", newline=newline) as handle:
        handle.write(text)


def bundle_files(detail: PackageDetail, lang: str, *, pdf: bool) -> dict[str, str]:
    """The names of the files a bundle in `lang` holds, by kind (`ics`, `xlsx`, `csv`,
    `contacts_csv`, `geojson`, `gpx`, `html`, `jsonld`, `pdf`): only those it will write."""
    prefix = package_slug(detail, lang)

    def name(key: str, ext: str) -> str:
        return f"{prefix}-{file_part(key, lang)}.{ext}"

    files = {"xlsx": name("components", "xlsx"), "csv": name("components", "csv"),
             "contacts_csv": name("contacts", "csv"), "html": f"{prefix}.html",
             "jsonld": f"{prefix}.jsonld"}
    if detail.programme:
        files["ics"] = name("ics", "ics")
    if any(r.geometry is not None or r.stops for r in detail.routes):
        files.update(geojson=name("routes", "geojson"), gpx=name("routes", "gpx"))
    if pdf:
        files["pdf"] = name("pdf", "pdf")
    return files


def _write_all(detail: PackageDetail, folder: Path, *, partner: PartnerRow | None,
               lang: str, per_day: bool, pdf_writer: PdfWriter | None, now: datetime,
               step: Callable[[str], None]) -> None:
    from destination_norberg.exchange.ical_write import write_events
    from destination_norberg.exchange.package_html import package_html
    from destination_norberg.exchange.package_jsonld import package_jsonld
    from destination_norberg.exchange.package_tables import (
        component_table,
        contact_table,
        write_csv,
        write_xlsx,
    )

    features = route_features(detail, lang)
    files = bundle_files(detail, lang, pdf=pdf_writer is not None)
    if "ics" in files:
        step(files["ics"])
        text = write_events(detail.programme, calendar_name=detail.title(lang), now=now,
                            one_entry_per_day=per_day, language=lang,
                            parent_uids={e.id: e.uid for e in detail.programme
                                         if e.id is not None})
        _write_text(folder / files["ics"], text, newline="")
    components, contacts = component_table(detail, lang), contact_table(detail, lang)
    step(files["xlsx"])
    write_xlsx([(label("sheet_components", lang), components),
                (label("sheet_contacts", lang), contacts)], folder / files["xlsx"])
    step(files["csv"])
    write_csv(components, folder / files["csv"], lang)
    write_csv(contacts, folder / files["contacts_csv"], lang)
    if "geojson" in files:
        from destination_norberg.geo.export import write_geojson, write_gpx

        step(files["geojson"])
        write_geojson(features, folder / files["geojson"])
        write_gpx(features, folder / files["gpx"], name=detail.title(lang))
    step(files["jsonld"])
    data = package_jsonld(detail, lang, today=to_local(now).date(), files=files)
    _write_text(folder / files["jsonld"],
                json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    step(files["html"])
    _write_text(folder / files["html"], package_html(detail, lang, now=now, partner=partner,
                                                     files=files, json_ld=data))
    if pdf_writer is not None:
        step(files["pdf"])
        pdf = folder / files["pdf"]
        pdf_writer(detail, pdf, lang)
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise BundleError(said("output.no_brochure", "The brochure {name} was not written.",
                                   name=pdf.name))


def _steps(detail: PackageDetail, has_pdf: bool) -> int:
    """The progress steps: one per file group written, and the move into place."""
    return 5 + bool(detail.programme) + bool(detail.routes) + has_pdf


def _zip(folder: Path, target: Path) -> None:
    """The folder's files under one top folder, so unpacking never scatters them."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, f"{folder.name}/{path.name}")


def _move_into_place(new: Path, target: Path, scratch: Path) -> None:
    """Rename the finished folder to `target`, replacing an old bundle only now."""
    old = None
    if target.exists():
        old = scratch / "previous"
        os.replace(target, old)
    try:
        os.replace(new, target)
    except OSError:
        if old is not None:
            os.replace(old, target)
        raise


def write_bundle(detail: PackageDetail, out_dir: Path, *, partner: PartnerRow | None = None,
                 lang: str = "sv", as_zip: bool = False, per_day: bool = False,
                 pdf_writer: PdfWriter | None = None, progress: Progress | None = None,
                 now: datetime | None = None, name: str | None = None) -> Path:
    """Write the bundle into `out_dir`; the folder or .zip written. BundleError on failure
    (the files already there are left as they were). `name`: the folder's name when the
    caller made it unique among several partners (bundle_names); else bundle_name's."""
    check_lang(lang)
    now = now or now_utc()
    out_dir = Path(out_dir)
    name = name or bundle_name(detail, partner, lang)
    target = out_dir / (f"{name}.zip" if as_zip else name)
    total = _steps(detail, pdf_writer is not None)
    done = 0

    def step(text: str) -> None:
        nonlocal done
        # A progress callback raises Cancelled to stop: nothing is left behind.
        if progress is not None:
            progress(min(done / total, 0.99), text)
        done += 1

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".{name}-", suffix=".part", dir=out_dir))
    except OSError as exc:
        raise BundleError(said("output.cannot_write_into", "Cannot write into {folder}: "
                               "{reason}.", folder=str(out_dir),
                               reason=why_not_written(exc))) from exc
    try:
        folder = scratch / name
        folder.mkdir()
        _write_all(detail, folder, partner=partner, lang=lang, per_day=per_day,
                   pdf_writer=pdf_writer, now=now, step=step)
        step(target.name)
        if as_zip:
            packed = scratch / f"{name}.zip"
            _zip(folder, packed)
            os.replace(packed, target)
        else:
            _move_into_place(folder, target, scratch)
    except (BundleError, Cancelled):
        raise
    except OSError as exc:
        raise BundleError(said("output.bundle_not_written", "The bundle {name} could not be "
                               "written: {reason}; nothing was left behind.", name=target.name,
                               reason=why_not_written(exc))) from exc
    except Exception as exc:  # GeoExportError, IcalError, a failing PDF writer …
        raise BundleError(said("output.bundle_not_written", "The bundle {name} could not be "
                               "written: {reason}; nothing was left behind.", name=target.name,
                               reason=message_of(exc) or str(exc))) from exc
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if progress is not None:
        progress(1.0, target.name)
    return target
