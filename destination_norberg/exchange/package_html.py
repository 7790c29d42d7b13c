"""A package as one HTML page a partner can open on a phone or put on its web site.

Plain HTML5 with a little inline CSS (no scripts, no fonts to fetch): one column that fits a
phone, tables that scroll sideways when they must. Every text from the database is escaped;
a web address is linked only when it starts with http:// or https:// (never `javascript:`).
The page carries the same schema.org JSON-LD as the bundle's .jsonld file, so a web site that
publishes the page is found by search engines as an event with an offer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Any

from destination_norberg.core.contacts import ContactError, normalise_phone
from destination_norberg.core.package_language import MARK, Worded, pick, swedish
from destination_norberg.core.packages import basis_text
from destination_norberg.exchange.package_texts import (
    Marks,
    kind_name,
    kronor,
    label,
    period_text,
    stamp_text,
    when_text,
)

if TYPE_CHECKING:
    from destination_norberg.core.packages import Contact, PackageDetail, PartnerRow

CSS = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#1d2730;background:#f4f6f7}
main{max-width:46rem;margin:0 auto;padding:1rem;background:#fff}
h1{font-size:1.6rem;line-height:1.2;margin:.2rem 0 .4rem}
h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:2px solid #1f5f8b}
.kicker{margin:0;color:#5b6670;font-size:.9rem;text-transform:uppercase;letter-spacing:.05em}
.period{margin:0;color:#5b6670}
.price{background:#eaf2f8;border-radius:.5rem;padding:.8rem 1rem;margin:1rem 0}
.price .big{font-size:1.8rem;font-weight:700;margin:0}
.price p{margin:.2rem 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.35rem .4rem;border-bottom:1px solid #dde3e8;vertical-align:top}
td.num,th.num{text-align:right;white-space:nowrap}
tfoot td{font-weight:700}
ul.plain{list-style:none;padding:0;margin:0}
ul.plain li{padding:.45rem 0;border-bottom:1px solid #dde3e8}
.muted{color:#5b6670;font-size:.9rem}
a{color:#1f5f8b}
footer{margin-top:2rem;color:#5b6670;font-size:.85rem}
sup.mark{color:#5b6670}
h1,h2,p,li,td{overflow-wrap:anywhere}
@media (max-width:36rem){
table.parts thead{display:none}
table.parts,table.parts tbody,table.parts tfoot,table.parts tr,table.parts td{display:block}
table.parts tbody tr{border-bottom:1px solid #dde3e8;padding:.4rem 0}
table.parts td{border:0;padding:.1rem 0}
table.parts td.num{text-align:left;white-space:normal}
table.parts tbody td:first-child{font-weight:700}
table.parts td[data-label]:not(:first-child)::before{content:attr(data-label) ": ";
color:#5b6670}
table.parts tfoot tr{display:flex;justify-content:space-between;gap:1rem;padding:.3rem 0}
}
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _link(url: str) -> str:
    url = url.strip()
    if url.startswith(("http://", "https://")):
        return f'<a href="{_e(url)}">{_e(url)}</a>'
    return _e(url)


def _w(worded: Worded, marks: Marks, tag: str = "span") -> str:
    """The text escaped; one in the other language inside `<tag lang="…">` with a `*` after
    it."""
    inner = _e(worded.text)
    if not marks(worded):
        return inner if tag == "span" else f"<{tag}>{inner}</{tag}>"
    return (f'<{tag} lang="{worded.lang}">{inner}<sup class="mark">{MARK}</sup></{tag}>'
            if tag != "span" else
            f'<span lang="{worded.lang}">{inner}</span><sup class="mark">{MARK}</sup>')


def _paragraphs(worded: Worded, marks: Marks) -> str:
    """The text's paragraphs; one in the other language inside `<div lang="…">`, with the
    `*` at the end of its last paragraph."""
    text = worded.text
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    if not parts:
        return ""
    html = [_e(p).replace(chr(10), "<br>") for p in parts]
    if not marks(worded):
        return "".join(f"<p>{p}</p>" for p in html)
    html[-1] += f'<sup class="mark">{MARK}</sup>'
    return f'<div lang="{worded.lang}">' + "".join(f"<p>{p}</p>" for p in html) + "</div>"


def _contact(c: Contact, lang: str, marks: Marks) -> str:
    bits = [f"<strong>{_e(c.name)}</strong>"]
    if c.person:
        bits.append(f"{_e(c.person)}, {_w(swedish(c.role), marks)}" if c.role
                    else _e(c.person))
    if c.phone:
        try:
            bits.append(f'<a href="tel:{_e(normalise_phone(c.phone))}">{_e(c.phone)}</a>')
        except ContactError:
            bits.append(_e(c.phone))
    if c.email and "@" in c.email:
        bits.append(f'<a href="mailto:{_e(c.email)}">{_e(c.email)}</a>')
    if c.address:
        bits.append(_e(c.address))
    if c.website:
        bits.append(_link(c.website))
    return "<li>" + "<br>".join(bits) + "</li>"


def _programme(detail: PackageDetail, lang: str, marks: Marks) -> str:
    if not detail.programme:
        return ""
    items = []
    for e in detail.programme:
        name = _w(pick(e.name_sv, e.name_en, lang), marks)
        where = f'<br><span class="muted">{_e(e.place_name)}</span>' if e.place_name else ""
        items.append(f'<li><time datetime="{_e(e.starts_at.isoformat())}">'
                     f'{_e(when_text(e.starts_at, e.ends_at, e.all_day, lang))}</time><br>'
                     f"<strong>{name}</strong>{where}</li>")
    return f'<h2>{_e(label("programme", lang))}</h2><ul class="plain">{"".join(items)}</ul>'


def _components(detail: PackageDetail, lang: str, marks: Marks) -> str:
    names = {k: _e(label(k, lang)) for k in ("kind", "description", "provider", "price",
                                              "amount")}
    head = "".join(f"<th>{names[k]}</th>" for k in ("kind", "description", "provider"))
    pricing = detail.pricing
    # data-label: on a phone each row is a card with the column's name before each value
    rows = "".join(
        f'<tr><td data-label="{names["kind"]}">{_e(kind_name(c.kind, lang))}</td>'
        f'<td data-label="{names["description"]}">{_w(swedish(c.description), marks)}</td>'
        f'<td data-label="{names["provider"]}">'
        f"{_e(c.organisation.name if c.organisation else '')}</td>"
        f'<td class="num" data-label="{names["price"]}">{_e(kronor(c.price_sek, lang))}'
        f'<br><span class="muted">'
        f"{_e(basis_text(line.basis, c.kind, line.occupancy, lang))}</span></td>"
        f'<td class="num" data-label="{names["amount"]}">{_e(kronor(line.amount, lang))}</td>'
        "</tr>"
        for c, line in zip(detail.components, pricing.lines, strict=True))
    foot = (f'<tr><td colspan="4">{_e(label("total_for", lang, n=pricing.persons))}</td>'
            f'<td class="num">{_e(kronor(pricing.total, lang))}</td></tr>'
            f'<tr><td colspan="4">{_e(label("per_person", lang))}</td>'
            f'<td class="num">{_e(kronor(pricing.per_person, lang))}</td></tr>')
    return (f'<h2>{_e(label("components", lang))}</h2><div class="scroll"><table '
            f'class="parts"><thead><tr>{head}<th class="num">{names["price"]}</th>'
            f'<th class="num">{names["amount"]}</th></tr></thead>'
            f"<tbody>{rows}</tbody><tfoot>{foot}</tfoot></table></div>")


def _routes(detail: PackageDetail, lang: str, files: Mapping[str, str]) -> str:
    if not detail.routes:
        return ""
    items = []
    for r in detail.routes:
        kind = kind_name(r.trail_kind if r.kind == "trail" else "strak", lang)
        length = f"{r.length_m / 1000:.1f} km".replace(".", "," if lang == "sv" else ".")
        items.append(f"<li><strong>{_e(r.name)}</strong><br>"
                     f'<span class="muted">{_e(kind)} · {_e(length)}</span></li>')
    links = " · ".join(f'<a href="{_e(files[k])}">{_e(files[k])}</a>'
                       for k in ("geojson", "gpx") if k in files)
    return (f'<h2>{_e(label("routes", lang))}</h2><ul class="plain">{"".join(items)}</ul>'
            + (f'<p class="muted">{links}</p>' if links else ""))


_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def script_json(data: Any) -> str:
    """JSON that cannot leave (or confuse) the script element it is embedded in.

    Escaping only "</" is not enough: `<!--<script>` in a text puts the HTML parser into
    the "script data double escaped" state and the rest of the page disappears. With no
    `<`, `>` or `&` at all (JSON reads `\\u003c` as the same character) nothing in the text
    can be markup; a JSON-LD reader gets the same data."""
    return json.dumps(data, ensure_ascii=False, indent=1).translate(_SCRIPT_SAFE)


def _json_ld(data: Mapping[str, Any]) -> str:
    return f'<script type="application/ld+json">{script_json(data)}</script>'


def package_html(detail: PackageDetail, lang: str, *, now: datetime,
                 partner: PartnerRow | None = None, files: Mapping[str, str] | None = None,
                 json_ld: Mapping[str, Any] | None = None) -> str:
    """The page as text (UTF-8 when written)."""
    files = files or {}
    marks = Marks(lang)
    title = detail.title(lang)
    worded_title = pick(detail.title_sv, detail.title_en, lang)
    period = period_text(detail.valid_from, detail.valid_to, lang)
    kicker = f'{label("package", lang)} · {label("version", lang, n=detail.sent_revision)}'
    body = [
        f'<header><p class="kicker">{_e(kicker)}</p>{_w(worded_title, marks, "h1")}',
        f'<p class="period">{_e(label("valid", lang))} {_e(period)}</p>' if period else "",
        "</header>",
        f'<section class="price"><p class="big">{_e(kronor(detail.per_person_sek, lang))}</p>'
        f'<p>{_e(label("per_person", lang))} · {_e(label("total", lang))} '
        f"{_e(kronor(detail.total_sek, lang))}</p>"
        f'<p class="muted">{_e(label("basis", lang, n=detail.price_basis_persons))}</p>'
        "</section>",
        f"<section>{_paragraphs(pick(detail.text_sv, detail.text_en, lang), marks)}</section>",
        _programme(detail, lang, marks), _components(detail, lang, marks),
        _routes(detail, lang, files)]
    contacts = detail.contacts()
    if contacts:
        body.append(f'<h2>{_e(label("contacts", lang))}</h2><ul class="plain">'
                    + "".join(_contact(c, lang, marks) for c in contacts) + "</ul>")
    if marks.used:
        body.append(f'<p class="muted">{_e(label("marked", lang))}</p>')
    made = label("made", lang, when=stamp_text(now, lang))
    if partner is not None:
        made += " · " + label("for_partner", lang, name=partner.name)
    body.append(f"<footer>{_e(made)}</footer>")
    head = ('<meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="icon" href="data:,">'
            f"<title>{_e(title)}</title><style>{CSS}</style>"
            + (_json_ld(json_ld) if json_ld else ""))
    return (f'<!DOCTYPE html>\n<html lang="{_e(lang)}"><head>{head}</head>'
            f'<body><main>{"".join(body)}</main></body></html>\n')
