"""Export a package to its partners: read it, write one bundle per partner, record the send.

The one call the command line and the package window share (the window runs it in a worker
with its own engine). Order matters: every bundle is written first and the dispatch is
recorded only when all of them were, so the history never claims a send whose files do not
exist; a failure part-way leaves the finished bundles (each complete) and records nothing.

This module is the glue between the store (read, record) and the writers; the writers
themselves (package_bundle and friends) never touch the database. Finding a partner by name
is core.packages' rule (find_partner), named here too for the callers of the export.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.logs import logged
from destination_norberg.core.package_language import Untranslated, untranslated
from destination_norberg.core.package_versions import package_snapshot
from destination_norberg.core.packages import (
    PackageDetail,
    PartnerLookupError,
    PartnerRow,
    find_partner,
)
from destination_norberg.core.progress import Progress
from destination_norberg.core.said import said
from destination_norberg.core.timeutil import now_utc
from destination_norberg.exchange.package_bundle import (
    BundleError,
    PdfWriter,
    bundle_files,
    bundle_lang,
    bundle_names,
    write_bundle,
)

# BundleError too: the command line words a bundle that could not be written.
__all__ = ["BundleError", "ExportResult", "PartnerLookupError", "PlannedBundle",
           "Untranslated", "export_package", "find_partner", "planned_bundles",
           "untranslated"]


@dataclass(frozen=True)
class PlannedBundle:
    """A bundle an export will write: for whom, in which language, the folder (or zip) and
    the files in it, by the names they will have; and the texts it has only in the other
    language (core.package_language), which it marks."""

    partner: PartnerRow | None
    lang: str
    name: str  # the folder, or the zip with its .zip
    files: tuple[str, ...]
    untranslated: tuple[Untranslated, ...]


def _targets(detail: PackageDetail,
             partners: Sequence[PartnerRow] | None) -> list[PartnerRow | None]:
    return list(partners if partners is not None else detail.partners) or [None]


def planned_bundles(detail: PackageDetail, partners: Sequence[PartnerRow] | None = None,
                    lang: str | None = None, *, as_zip: bool = False,
                    pdf: bool = True) -> list[PlannedBundle]:
    """What `export_package` with these choices writes, before it does: the export dialog
    shows it (the real names) and warns about the texts that lack the bundle's language."""
    targets = _targets(detail, partners)
    out = []
    for partner, name in zip(targets, bundle_names(detail, targets, lang), strict=True):
        chosen = bundle_lang(partner, lang)
        out.append(PlannedBundle(
            partner, chosen, f"{name}.zip" if as_zip else name,
            tuple(sorted(bundle_files(detail, chosen, pdf=pdf).values())),
            tuple(untranslated(detail, chosen))))
    return out


@dataclass(frozen=True)
class ExportResult:
    detail: PackageDetail
    bundles: tuple[tuple[PartnerRow | None, Path], ...]  # (partner, folder or zip)
    revision: int | None  # the version recorded; None when not recorded


@logged("package export", lambda r: f"{len(r.bundles)} partner bundles")
def export_package(engine: Any, package_id: int, out_dir: Path, *,
                   partners: Sequence[PartnerRow] | None = None, lang: str | None = None,
                   as_zip: bool = False, per_day: bool = False,
                   pdf_writer: PdfWriter | None = None, progress: Progress | None = None,
                   now: datetime | None = None, record: bool = True,
                   detail: PackageDetail | None = None) -> ExportResult:
    """One bundle per partner (`partners`; None: every partner of the package, or a single
    bundle without a partner when it has none), each in the partner's language unless `lang`
    says otherwise; then the dispatch, unless `record` is False."""
    from destination_norberg.store.package_read import package_detail
    from destination_norberg.store.package_write import record_dispatch
    from destination_norberg.store.rows import EngineRows

    now = now or now_utc()
    if detail is None:
        detail = package_detail(EngineRows(engine), package_id)
    targets = _targets(detail, partners)
    # Distinct folders: two partners whose names shorten alike must not share (and
    # overwrite) one bundle while both are recorded as sent.
    names = bundle_names(detail, targets, lang)
    written: list[tuple[PartnerRow | None, Path]] = []
    for n, (partner, name) in enumerate(zip(targets, names, strict=True)):
        def scaled(fraction: float, text: str, n: int = n) -> None:
            if progress is not None:
                progress(min((n + fraction) / len(targets), 0.99), text)

        path = write_bundle(detail, out_dir, partner=partner,
                            lang=bundle_lang(partner, lang), as_zip=as_zip,
                            per_day=per_day, pdf_writer=pdf_writer, progress=scaled, now=now,
                            name=name)
        written.append((partner, path))
    if len({p for _, p in written}) != len(written):  # never record a send not written
        raise BundleError(said("output.same_name", "Two partners' bundles got the same name; "
                               "nothing was recorded."))
    revision = None
    if record:
        revision = record_dispatch(engine, detail.id, [p.id for p in targets if p is not None],
                                   package_snapshot(detail), sent_at=now)
    if progress is not None:
        progress(1.0, "")
    return ExportResult(detail, tuple(written), revision)


def export_named_package(url: str, package: str, out_dir: Path, *, partner: str | None,
                         lang: str | None, as_zip: bool, per_day: bool,
                         pdf_writer: PdfWriter | None, now: datetime,
                         before_writing: Callable[[], None] = lambda: None) -> ExportResult:
    """`export_package` for the package `package` (id or the start of the title) and the
    partner `partner` names (None: every partner), in one unit of work on `url`. A name that
    finds nothing is AppError; `before_writing` is called once both are found."""
    from destination_norberg.core.packages import PackageLookupError
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.package_read import find_package, package_detail
    from destination_norberg.store.rows import EngineRows

    if out_dir.exists() and not out_dir.is_dir():
        raise AppError(f"{out_dir} is a file, not a folder: the bundles go into a folder")
    engine = open_database(url)
    try:
        rows = EngineRows(engine)
        try:
            package_id = find_package(rows, package)
            detail = package_detail(rows, package_id, lang=lang)
            chosen = [find_partner(detail, partner)] if partner else None
        except (PackageLookupError, PartnerLookupError) as exc:
            raise AppError(str(exc)) from exc
        before_writing()
        return export_package(engine, package_id, out_dir, partners=chosen, lang=lang,
                              as_zip=as_zip, per_day=per_day, pdf_writer=pdf_writer,
                              now=now, detail=detail)
    finally:
        engine.dispose()
