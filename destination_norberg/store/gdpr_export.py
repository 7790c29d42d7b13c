"""A person's data export as files: JSON for machines and an HTML page a person can read.

Every value in the page is HTML-escaped: notes are free text typed by anyone. The files are
named by the person's uid and the day, not their name, so a folder listing does not spread
the name further. The export is logged (store.gdpr) only once both files are written.
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from destination_norberg.store.gdpr import log_action, person_export
from destination_norberg.store.rows import EngineRows

_PERSON_LABELS = (("name", "Namn / Name"), ("role", "Roll / Role"),
                  ("email", "E-post / E-mail"), ("phone_display", "Telefon / Phone"),
                  ("legal_basis", "Rättslig grund / Legal basis"),
                  ("consent_on", "Samtycke / Consent given"),
                  ("retention_review_on", "Gallringsöversyn / Retention review"),
                  ("notes", "Anteckningar / Notes"),
                  ("mail_opt_out_on", "Avböjt e-post / Opted out of e-mail"),
                  ("created_at", "Registrerad / Recorded"),
                  ("updated_at", "Senast ändrad / Last changed"))
_ORG_LABELS = (("name", "Organisation"), ("orgnr", "Organisationsnummer"),
               ("street", "Adress / Street"), ("postal_code", "Postnummer / Postal code"),
               ("city", "Ort / City"), ("website", "Webbplats / Website"))


def _e(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ja / yes" if value else "nej / no"
    return html.escape(str(value)).replace("\n", "<br>")


def _pairs(data: dict[str, Any], labels: tuple[tuple[str, str], ...]) -> str:
    return "\n".join(f"<tr><th>{html.escape(label)}</th><td>{_e(data.get(key))}</td></tr>"
                     for key, label in labels)


def _table(rows: list[dict[str, Any]], columns: tuple[tuple[str, str], ...]) -> str:
    if not rows:
        return "<p>Inga / None.</p>"
    head = "".join(f"<th>{html.escape(label)}</th>" for _, label in columns)
    body = "\n".join("<tr>" + "".join(f"<td>{_e(r.get(k))}</td>" for k, _ in columns)
                     + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>\n{body}</table>"


def render_html(data: dict[str, Any]) -> str:
    """The export as one self-contained, printable page (Swedish / English)."""
    person = data["person"]
    org = data.get("organisation")
    parts = [
        "<!DOCTYPE html>", '<html lang="sv"><head><meta charset="utf-8">',
        f"<title>Personuppgifter – {_e(person['name'])}</title>",
        "<style>body{font-family:sans-serif;margin:2em;max-width:60em}"
        "table{border-collapse:collapse;margin-bottom:1.5em}"
        "th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}"
        "th{background:#eef}</style></head><body>",
        f"<h1>Personuppgifter / Personal data: {_e(person['name'])}</h1>",
        f"<p>Utdrag ur Destination Norberg / Export from Destination Norberg, "
        f"{_e(data['exported_at'])}.</p>",
        "<h2>Person</h2><table>", _pairs(person, _PERSON_LABELS), "</table>",
        "<h2>Organisation</h2>",
        f"<table>{_pairs(org, _ORG_LABELS)}</table>" if org else "<p>Ingen / None.</p>",
        "<h2>Kontakter / Interactions</h2>",
        _table(data["interactions"], (
            ("date", "Datum / Date"), ("kind", "Slag / Kind"),
            ("organisation", "Organisation"), ("note", "Anteckning / Note"),
            ("took_part", "Deltog / Took part"),
            ("other_participants", "Andra deltagare / Other participants"),
            ("follow_up_on", "Uppföljning / Follow-up"))),
        "<h2>Uppgifter / Tasks</h2>",
        _table(data["tasks"], (("title", "Uppgift / Task"), ("event", "Evenemang / Event"),
                               ("due_on", "Senast / Due"), ("done", "Klar / Done"))),
        "<h2>E-post / E-mail</h2>",
        _table(data.get("mails", []), (("date", "Datum (UTC) / Date (UTC)"),
                                       ("subject", "Ämne / Subject"),
                                       ("status", "Status"), ("address", "Adress / Address"))),
        "<h2>Logg / Log</h2>",
        _table(data["log"], (("at", "Tid (UTC) / Time (UTC)"), ("action", "Åtgärd / Action"),
                             ("note", "Anteckning / Note"))),
        "</body></html>", ""]
    return "\n".join(parts)


def write_person_export(data: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    """Write `personuppgifter-<uid>-<day>.json` and `.html` into `out_dir` (created)."""
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = f"personuppgifter-{data['person']['uid']}-{data['exported_at'][:10]}"
    json_path, html_path = out_dir / f"{stem}.json", out_dir / f"{stem}.html"
    _write_private(json_path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    _write_private(html_path, render_html(data))
    return json_path, html_path


def _write_private(path: Path, text: str) -> None:
    """Owner-only (0600), as the contacts export: the file is one person's data. Written
    beside the target and renamed, so a failed write leaves no half file."""
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def export_person(engine: Engine, key: str | int, out_dir: Path,
                  note: str = "") -> tuple[Path, Path]:
    """Read, write both files, then log the export (by uid only); the two paths."""
    data = person_export(EngineRows(engine), key)
    paths = write_person_export(data, out_dir)
    log_action(engine, "export", data["person"]["uid"],
               (f"{note.strip()}; " if note.strip() else "") + "exported to JSON and HTML")
    return paths
