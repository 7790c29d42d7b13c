"""Export a package to its partners: read it, write one bundle per partner, record the send.

The one call the command line and the package window share (the window runs it in a worker
with its own engine). Order matters: every bundle is written first and the dispatch is
recorded only when all of them were, so the history never claims a send whose files do not
exist; a failure part-way leaves the finished bundles (each complete) and records nothing.

This module is the glue between the store (read, record) and the writers; the writers
themselves (package_bundle and friends) never touch the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from destination_norberg.core.text import fold_words, swedish_key
from destination_norberg.core.timeutil import now_utc
from destination_norberg.exchange.package_bundle import PdfWriter, Progress, write_bundle

if TYPE_CHECKING:
    from destination_norberg.store.package_read import PackageDetail, PartnerRow


class PartnerLookupError(LookupError):
    """The named organisation is not (exactly one of) the package's partners."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "no such partner"


@dataclass(frozen=True)
class ExportResult:
    detail: PackageDetail
    bundles: tuple[tuple[PartnerRow | None, Path], ...]  # (partner, folder or zip)
    revision: int | None  # the version recorded; None when not recorded


def find_partner(detail: PackageDetail, text: str) -> PartnerRow:
    """The partner `text` names: id, uid, name or the unique start of a name (case- and
    accent-insensitive)."""
    wanted = (text or "").strip()
    known = ", ".join(p.name for p in detail.partners) or "none"
    for p in detail.partners:
        if (wanted.isdigit() and p.id == int(wanted)) or p.contact.uid == wanted:
            return p
    key = fold_words(wanted)
    exact = [p for p in detail.partners if fold_words(p.name) == key]
    found = exact or [p for p in detail.partners if fold_words(p.name).startswith(key)]
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(p.name for p in sorted(found, key=lambda p: swedish_key(p.name)))
        raise PartnerLookupError(f"“{wanted}” matches {len(found)} partners of the package: "
                                 f"{names}; give more of the name.")
    raise PartnerLookupError(f"“{wanted}” is not a partner of “{detail.title_sv}” "
                             f"(partners: {known}).")


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
    from destination_norberg.store.package_write import package_snapshot, record_dispatch
    from destination_norberg.store.rows import EngineRows

    now = now or now_utc()
    if detail is None:
        detail = package_detail(EngineRows(engine), package_id)
    targets: list[PartnerRow | None] = list(partners if partners is not None
                                            else detail.partners) or [None]
    written: list[tuple[PartnerRow | None, Path]] = []
    for n, partner in enumerate(targets):
        def scaled(fraction: float, text: str, n: int = n) -> None:
            if progress is not None:
                progress(min((n + fraction) / len(targets), 0.99), text)

        path = write_bundle(detail, out_dir, partner=partner,
                            lang=lang or (partner.lang if partner else "sv"), as_zip=as_zip,
                            per_day=per_day, pdf_writer=pdf_writer, progress=scaled, now=now)
        written.append((partner, path))
    revision = None
    if record:
        revision = record_dispatch(engine, detail.id, [p.id for p in targets if p is not None],
                                   package_snapshot(detail), sent_at=now)
    if progress is not None:
        progress(1.0, "")
    return ExportResult(detail, tuple(written), revision)
