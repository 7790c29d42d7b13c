"""One organisation's page as HTML for the detail panel: facts, people, where it takes part
and the timeline of every contact, newest first, with links to edit each part.

Links are "person:<uid>", "remove-person:<uid>", "contact:<uid>", "remove-contact:<uid>"
and "done:<uid>" (a follow-up ticked off); gui.network_page acts on them.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from destination_norberg.app.network import OrganisationDetail
from destination_norberg.core.contacts import display_phone, needs_review
from destination_norberg.core.orgnr import format_orgnr
from destination_norberg.core.timeutil import to_local
from destination_norberg.gui.common import labels

MUTED = "#5b6670"
ALERT = "#b3261e"


def _t(text: str) -> str:
    return escape(text)


def _row(label: str, value: str) -> str:
    return (f"<tr><td style='color:{MUTED}; padding-right:8px'>{escape(label)}</td>"
            f"<td>{value}</td></tr>") if value else ""


def _link(href: str, text: str) -> str:
    return f"<a href='{escape(href)}'>{escape(text)}</a>"


def detail_html(d: OrganisationDetail, today: date) -> str:
    o, v = d.organisation, d.values
    w = {  # literal calls, outside the f-strings, so lupdate finds them
        "category": QCoreApplication.translate("NetworkDetail", "Category"),
        "org_number": QCoreApplication.translate("NetworkDetail", "Org. number"),
        "address": QCoreApplication.translate("NetworkDetail", "Address"),
        "website": QCoreApplication.translate("NetworkDetail", "Website"),
        "opening_hours": QCoreApplication.translate("NetworkDetail", "Opening hours"),
        "tags": QCoreApplication.translate("NetworkDetail", "Tags"),
        "notes": QCoreApplication.translate("NetworkDetail", "Notes"),
        "people": QCoreApplication.translate("NetworkDetail", "People"),
        "no_one_yet": QCoreApplication.translate("NetworkDetail", "No one yet."),
        "retention_review": QCoreApplication.translate("NetworkDetail", "Retention review"),
        "edit": QCoreApplication.translate("NetworkDetail", "edit"),
        "remove": QCoreApplication.translate("NetworkDetail", "remove"),
        "stop": QCoreApplication.translate("NetworkDetail", "stop"),
        "partner": QCoreApplication.translate("NetworkDetail", "partner"),
        "takes_part_in": QCoreApplication.translate("NetworkDetail", "Takes part in"),
        "contacts": QCoreApplication.translate("NetworkDetail", "Contacts"),
        "no_contact": QCoreApplication.translate("NetworkDetail", "No contact logged yet."),
        "followed_up": QCoreApplication.translate("NetworkDetail", "Followed up"),
        "follow_up_by": QCoreApplication.translate("NetworkDetail", "Follow up by"),
        "done": QCoreApplication.translate("NetworkDetail", "done"),
        "to_review": QCoreApplication.translate("NetworkDetail", "%1 (to review: no area code "
                                                "or country)"),
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
    parts.append(f"<h4>{_t(w['people'])}</h4>")
    if not d.persons:
        parts.append(f"<p style='color:{MUTED}'>{_t(w['no_one_yet'])}</p>")
    for p in d.persons:
        phone = display_phone(p.phone)  # an import kept it as written: say so
        phone = w["to_review"].replace("%1", phone) if needs_review(p.phone) else phone
        contact = " · ".join(escape(x) for x in (p.role, p.email, phone) if x)
        review = ""
        if p.retention_review_on is not None:
            colour = ALERT if p.retention_review_on <= today else MUTED
            review = (f"<br><span style='color:{colour}'>"
                      f"{_t(w['retention_review'])} "
                      f"{escape(labels.fmt_day(p.retention_review_on))} · "
                      f"{escape(labels.legal_basis(p.legal_basis))}</span>")
        parts.append(f"<p style='margin:2px 0'><b>{escape(p.name)}</b> "
                     f"{_link('person:' + p.uid, w['edit'])} "
                     f"{_link('remove-person:' + p.uid, w['remove'])}"
                     f"<br>{contact}{review}</p>")
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
    parts.append(f"<h4>{_t(w['contacts'])}</h4>")
    if not d.interactions:
        parts.append(f"<p style='color:{MUTED}'>"
                     f"{_t(w['no_contact'])}</p>")
    for i in d.interactions:
        who = ", ".join(i.person_names)
        follow = ""
        if i.follow_up_on is not None:
            if i.follow_up_done:
                follow = (f"<br><span style='color:{MUTED}'>"
                          f"{_t(w['followed_up'])}</span>")
            else:
                colour = ALERT if i.follow_up_on <= today else MUTED
                follow = (f"<br><span style='color:{colour}'>"
                          f"{_t(w['follow_up_by'])} "
                          f"{escape(labels.fmt_day(i.follow_up_on))}</span> "
                          f"{_link('done:' + i.uid, w['done'])}")
        parts.append(
            f"<p style='margin:4px 0'><b>{escape(labels.fmt_day(i.occurred_on))}</b> · "
            f"{escape(labels.interaction_kind(i.kind))}"
            + (f" · {escape(who)}" if who else "")
            + f" {_link('contact:' + i.uid, w['edit'])} "
            f"{_link('remove-contact:' + i.uid, w['remove'])}"
            + (f"<br>{escape(i.note)}" if i.note else "") + f"{follow}</p>")
    return "".join(parts)
