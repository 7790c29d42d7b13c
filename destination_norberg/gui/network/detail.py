"""One organisation's facts as HTML for the detail panel's "About" tab: its fields and where
it takes part. Its people and contacts are lists with actions (gui.network.feed)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from destination_norberg.app.network import OrganisationDetail
from destination_norberg.core.orgnr import format_orgnr
from destination_norberg.core.timeutil import to_local
from destination_norberg.gui.common import labels

MUTED = "#5b6670"


def _t(text: str) -> str:
    return escape(text)


def _row(label: str, value: str) -> str:
    return (f"<tr><td style='color:{MUTED}; padding-right:8px'>{escape(label)}</td>"
            f"<td>{value}</td></tr>") if value else ""


def detail_html(d: OrganisationDetail) -> str:
    o, v = d.organisation, d.values
    w = {  # literal calls, outside the f-strings, so lupdate finds them
        "category": QCoreApplication.translate("NetworkDetail", "Category"),
        "org_number": QCoreApplication.translate("NetworkDetail", "Org. number"),
        "address": QCoreApplication.translate("NetworkDetail", "Address"),
        "website": QCoreApplication.translate("NetworkDetail", "Website"),
        "opening_hours": QCoreApplication.translate("NetworkDetail", "Opening hours"),
        "tags": QCoreApplication.translate("NetworkDetail", "Tags"),
        "notes": QCoreApplication.translate("NetworkDetail", "Notes"),
        "stop": QCoreApplication.translate("NetworkDetail", "stop"),
        "partner": QCoreApplication.translate("NetworkDetail", "partner"),
        "takes_part_in": QCoreApplication.translate("NetworkDetail", "Takes part in"),
    }
    address = ", ".join(x for x in (o.street, f"{o.postal_code} {o.city}".strip(), o.kommun)
                        if x)
    hours = "<br>".join(f"{escape(k)}: {escape(h)}" for k, h in
                        (v.get("opening_hours") or {}).items())
    web = (f"<a href='{escape(o.website)}'>{escape(o.website)}</a>"
           if o.website.startswith(("http://", "https://")) else escape(o.website))
    parts = ["<table cellspacing='2'>",
             _row(w['category'], escape(labels.org_category(o.category))),
             _row(w['org_number'], escape(format_orgnr(o.orgnr or ""))),
             _row(w['address'], escape(address)),
             _row(w['website'], web),
             _row(w['opening_hours'], hours),
             _row(w['tags'], escape(", ".join(o.tags))),
             _row(w['notes'], escape(o.notes).replace("\n", "<br>")),
             "</table>"]
    where = [f"{escape(s.strak_name)}: {_t(w['stop'])} {s.position}"
             + (f" ({escape(s.opening)})" if s.opening else "") for s in d.strak_stops]
    where += [f"{escape(pk.package_title)}: "
              + (escape(w['partner']) if pk.kind == "partner"
                 else escape(pk.description or pk.kind)) for pk in d.packages]
    where += [f"{escape(e.name_sv)} ({escape(labels.fmt_day(to_local(e.starts_at).date()))})"
              for e in d.events]
    if where:
        parts.append(f"<h4>{_t(w['takes_part_in'])}</h4>")
        parts.append("<br>".join(where))
    return "".join(parts)
