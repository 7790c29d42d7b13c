"""A package to its partners by e-mail (issue 20): who gets it, the message, the attachments.

Each partner gets its bundle in its language (exchange.package_bundle, as `export package`
writes it): the brochure PDF attached as it is and the rest of the bundle (programme,
components, contacts, trails, the one-page summary) as one zip. The message is written here
in both languages; the people are the partner organisations' contacts, chosen by
core.mail.choose for a package (a contract covers it). The revision recorded when sent is
core.package_versions.revision_to_send's, as for every dispatch (store.package_write).
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.mail import (
    SmtpSettings,
    _sender,
    worded,
)
from destination_norberg.core.mail import (
    Candidate,
    Purpose,
    Rendered,
    Template,
    address_of,
    choose,
    parse_template,
    render,
)
from destination_norberg.core.mail_message import Attachment
from destination_norberg.core.said import said

PdfWriter = Any  # exchange.package_bundle.PdfWriter: (detail, path, lang) -> None

_TEMPLATES = {
    "sv": ("Paketet ”{title}”, version {revision}",
           "Hej {{förnamn}}!\n\nHär kommer paketet ”{title}” (version {revision}) som "
           "{{organisation}} ingår i. Broschyren är bifogad som PDF, och resten av paketet "
           "(program, komponenter, kontakter, leder och en sida för mobilen) finns i "
           "zip-filen.\n\nHör av dig om något behöver ändras.\n\nVänliga hälsningar\n"
           "{sender_name}"),
    "en": ("The package “{title}”, version {revision}",
           "Hello {{first_name}},\n\nHere is the package “{title}” (version {revision}) that "
           "{{organisation}} is part of. The brochure is attached as a PDF, and the rest of "
           "the package (programme, components, contacts, trails and a page for phones) is "
           "in the zip file.\n\nPlease tell us if anything needs changing.\n\nKind regards\n"
           "{sender_name}"),
}


def _plain(text: str) -> str:  # a title's braces must not read as template fields
    return text.replace("{", "(").replace("}", ")")


def package_template(detail: Any, lang: str, revision: int, sender_name: str) -> Template:
    """The message that carries the package, in `lang`."""
    subject, body = _TEMPLATES["en" if lang == "en" else "sv"]
    values = {"title": _plain(detail.title(lang)), "revision": revision,
              "sender_name": _plain(sender_name or "Destination Norberg")}
    return parse_template(subject.format(**values) + "\n" + body.format(**values))


@dataclass
class PackageMailPreview:
    """As MailPreview, for a package: the first message's attachments (names and sizes),
    each partner's language (organisation id -> "sv"/"en": its message and bundle are in
    it) and the version the sending will record."""

    included: list[Candidate]
    excluded: list[tuple[Candidate, str]]  # the reason worded (a core.said message)
    sample: Rendered | None
    template: Template  # the first recipient's, in `sample_lang`
    attachments: list[tuple[str, int]] = field(default_factory=list)
    lang: dict[int, str] = field(default_factory=dict)
    revision: int = 1
    package_id: int = 0
    sample_lang: str = "sv"
    #: Partners already sent this version (organisation id, name): create_package_mailing
    #: leaves their people out unless asked to send it again.
    already_sent: list[tuple[int, str]] = field(default_factory=list)


def _detail_and_revision(source: Any, package_id: int) -> tuple[Any, int]:
    from destination_norberg.core.package_versions import package_snapshot, revision_to_send
    from destination_norberg.core.packages import PackageLookupError
    from destination_norberg.store.package_read import package_detail

    try:
        detail = package_detail(source, package_id)
    except PackageLookupError as exc:
        raise AppError(str(exc)) from exc
    last = source.rows("SELECT revision, snapshot FROM package_dispatch WHERE package_id = "
                       ":pkg ORDER BY id DESC LIMIT 1", pkg=package_id)
    revision = revision_to_send(detail.revision, int(last[0][0]) if last else None,
                                last[0][1] if last else None, package_snapshot(detail))
    return detail, revision


def _partner_lang(detail: Any) -> dict[int, str]:
    return {p.id: p.lang for p in detail.partners}


def read_package_mail(source: Any, package_id: int) -> tuple[Any, int, list[Candidate]]:
    from destination_norberg.store.mail_store import package_partner_candidates

    detail, revision = _detail_and_revision(source, package_id)
    return detail, revision, package_partner_candidates(source, package_id)


def _already_sent(source: Any, package_id: int, revision: int) -> set[int]:
    from destination_norberg.store.mail_store import dispatched_partners

    return dispatched_partners(source, package_id, revision)


def _read(url: str, package_id: int) -> tuple[Any, int, list[Candidate], set[int]]:
    from destination_norberg.store.reading import read_with

    def reading(source: Any) -> tuple[Any, int, list[Candidate], set[int]]:
        detail, revision, candidates = read_package_mail(source, package_id)
        return detail, revision, candidates, _already_sent(source, package_id, revision)

    return read_with(url, reading)


def package_attachments(detail: Any, partner: Any, pdf_writer: PdfWriter | None,
                        folder: Path) -> list[Attachment]:
    """The partner's bundle written into `folder`: the PDF (when a writer is given) and the
    rest as one zip, as attachments."""
    from destination_norberg.exchange.package_bundle import bundle_lang, write_bundle

    lang = bundle_lang(partner)
    written = write_bundle(detail, folder, partner=partner, lang=lang, pdf_writer=pdf_writer)
    files = sorted(p for p in written.iterdir() if p.is_file())
    pdfs = [p for p in files if p.suffix.lower() == ".pdf"]
    rest = [p for p in files if p not in pdfs]
    out = [Attachment(p.name, p.read_bytes()) for p in pdfs]
    archive = folder / f"{written.name}.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as handle:
        for path in rest:
            handle.write(path, f"{written.name}/{path.name}")
    out.append(Attachment(archive.name, archive.read_bytes()))
    return out


def preview_package_mail(url: str, package_id: int, smtp: SmtpSettings | None, *,
                         pdf_writer: PdfWriter | None = None) -> PackageMailPreview:
    """Who gets the package, who is left out and why, the first message and its
    attachments (names and sizes; written to a temporary folder, then removed)."""
    from destination_norberg.exchange.package_bundle import BundleError

    detail, revision, candidates, done = _read(url, package_id)
    choice = choose(candidates, Purpose.PACKAGE)
    langs = _partner_lang(detail)
    sender_name = smtp.sender_name if smtp is not None else ""
    first = choice.included[0] if choice.included else None
    lang = langs.get(first.organisation_id or 0, "sv") if first is not None else "sv"
    template = package_template(detail, lang, revision, sender_name)
    sample: Rendered | None = None
    attachments: list[tuple[str, int]] = []
    if first is not None:
        sample = render(template, first, lang, _sender(smtp))
        partner = next((p for p in detail.partners if p.id == first.organisation_id), None)
        with tempfile.TemporaryDirectory(prefix="dn-mail-") as scratch:
            try:
                made = package_attachments(detail, partner, pdf_writer, Path(scratch))
            except BundleError as exc:
                raise AppError(str(exc)) from exc
            attachments = [(a.name, len(a.data)) for a in made]
    return PackageMailPreview(choice.included, worded(choice.excluded), sample, template,
                              attachments=attachments, lang=langs, revision=revision,
                              package_id=package_id, sample_lang=lang,
                              already_sent=[(p.id, p.name) for p in detail.partners
                                            if p.id in done])


def create_package_mailing(url: str, package_id: int, author: str,
                           person_ids: Sequence[int] | None = None,
                           smtp: SmtpSettings | None = None, *, again: bool = False) -> int:
    """The package's mailing with its recipients fixed as "väntar" (the revision it will
    record); its id. The people of partners already sent this version are left out unless
    `again`. AppError when nobody is left to send it to."""
    from destination_norberg.store.mail_store import insert_mailing
    from destination_norberg.store.opening import open_database

    detail, revision, candidates, done = _read(url, package_id)
    included = choose(candidates, Purpose.PACKAGE).included
    if person_ids is not None:
        kept = set(person_ids)
        included = [c for c in included if c.person_id in kept]
    if not again and included and all(c.organisation_id in done for c in included):
        raise AppError(said("mail.package_already_sent", "Every partner chosen already got "
                            "version {revision} of the package; nothing was saved.",
                            revision=revision))
    if not again:
        included = [c for c in included if c.organisation_id not in done]
    if not included:
        raise AppError(said("mail.nobody_package", "None of the package's partners has a "
                            "contact person who can get it by e-mail; nothing was saved."))
    template = package_template(detail, "sv", revision,
                                smtp.sender_name if smtp is not None else "")
    engine = open_database(url)
    try:
        return insert_mailing(engine, {
            "kind": Purpose.PACKAGE.value, "lang": "sv", "subject": template.subject,
            "body": template.body, "selection": {"package_id": package_id},
            "package_id": package_id, "package_revision": revision, "author": author},
            included, [address_of(c) or "" for c in included])
    finally:
        engine.dispose()
