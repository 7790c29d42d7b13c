"""An organisation's contacts and people as a CRM shows them: the next steps on top (open
follow-ups, soonest first, overdue ones marked), then the history newest first, each with
an icon for its kind; and its people, each with role, e-mail, phone and retention review.

The entries are plain data (gui.network.action_list paints them and offers their actions);
every piece of user text stays text — it is drawn, never parsed as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from destination_norberg.app.network import OrganisationDetail
from destination_norberg.core.contacts import display_phone, needs_review
from destination_norberg.core.network import follow_up_due
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.plain import shown

#: A follow-up due within this many days is highlighted as due soon.
SOON_DAYS = 7

HEADER, NOTE, ITEM = "header", "note", "item"
OVERDUE, SOON = "overdue", "soon"


@dataclass(frozen=True, slots=True)
class Entry:
    """One row: a section `header`, a muted `note`, or an `item` the user can act on
    (`what` "interaction" or "person" with its `uid`)."""

    row: str
    title: str = ""
    what: str = ""
    uid: str = ""
    icon: str = ""  # an interaction kind, or "person"
    meta: str = ""  # after the title, muted
    body: str = ""  # the user's text, wrapped
    footer: str = ""
    tone: str = ""  # OVERDUE / SOON: the title's and the badge's colour
    badge: str = ""
    footer_tone: str = ""
    can_finish: bool = False  # an open follow-up: offers "Done"
    name: str = ""  # what an undo step calls it ("Remove %1")

    def spoken(self) -> str:
        """The whole entry as one sentence, for screen readers and tests."""
        parts = (self.title, self.badge, self.meta, self.body, self.footer)
        return " · ".join(p for p in parts if p)


def header(text: str) -> Entry:
    return Entry(HEADER, title=text)


def note(text: str) -> Entry:
    return Entry(NOTE, title=text)


def _due(on: date, today: date) -> tuple[str, str]:
    """The tone and badge of an open follow-up due `on` (core.network decides what is due)."""
    if follow_up_due(on, False, today):
        if on < today:
            return OVERDUE, QCoreApplication.translate("NetworkFeed", "Overdue")
        return OVERDUE, QCoreApplication.translate("NetworkFeed", "Due today")
    if follow_up_due(on, False, today, SOON_DAYS):
        return SOON, QCoreApplication.translate("NetworkFeed", "Due soon")
    return "", ""


def contact_entries(d: OrganisationDetail, today: date) -> list[Entry]:
    """The next steps, soonest first, then every contact newest first."""
    w = {
        "next": QCoreApplication.translate("NetworkFeed", "Next steps"),
        "history": QCoreApplication.translate("NetworkFeed", "History"),
        "nothing": QCoreApplication.translate("NetworkFeed", "Nothing planned. Log a contact "
                                              "with a follow-up to plan the next step."),
        "none": QCoreApplication.translate("NetworkFeed", "No contact logged yet."),
        "by": QCoreApplication.translate("NetworkFeed", "Follow up by %1"),
        "followed": QCoreApplication.translate("NetworkFeed", "Followed up"),
    }
    open_ = sorted((i for i in d.interactions
                    if i.follow_up_on is not None and not i.follow_up_done),
                   key=lambda i: (i.follow_up_on, i.occurred_on))
    rows = [header(f"{w['next']} ({len(open_)})")]
    if not open_:
        rows.append(note(w["nothing"]))
    for i in open_:
        assert i.follow_up_on is not None
        tone, badge = _due(i.follow_up_on, today)
        kind = labels.interaction_kind(i.kind)
        meta = " · ".join(x for x in (kind, labels.fmt_day(i.occurred_on),
                                      ", ".join(i.person_names)) if x)
        rows.append(Entry(ITEM, title=w["by"].replace("%1", labels.fmt_day(i.follow_up_on)),
                          what="interaction", uid=i.uid, icon=i.kind, meta=meta,
                          body=shown(i.note), tone=tone, badge=badge, can_finish=True,
                          name=labels.fmt_day(i.occurred_on)))
    rows.append(header(f"{w['history']} ({len(d.interactions)})"))
    if not d.interactions:
        rows.append(note(w["none"]))
    for i in sorted(d.interactions, key=lambda i: (i.occurred_on, i.id), reverse=True):
        footer, footer_tone = "", ""
        if i.follow_up_on is not None:
            if i.follow_up_done:
                footer = w["followed"]
            else:
                footer = w["by"].replace("%1", labels.fmt_day(i.follow_up_on))
                footer_tone = _due(i.follow_up_on, today)[0]
        meta = " · ".join(x for x in (labels.interaction_kind(i.kind),
                                      ", ".join(i.person_names)) if x)
        rows.append(Entry(ITEM, title=labels.fmt_day(i.occurred_on), what="interaction",
                          uid=i.uid, icon=i.kind, meta=meta, body=shown(i.note),
                          footer=footer, footer_tone=footer_tone,
                          name=labels.fmt_day(i.occurred_on)))
    return rows


def people_entries(d: OrganisationDetail, today: date) -> list[Entry]:
    """Every person with role, e-mail and phone, and when their data is to be reviewed."""
    w = {
        "no_one": QCoreApplication.translate("NetworkFeed", "No one yet."),
        "to_review": QCoreApplication.translate("NetworkFeed", "%1 (to review: no area code "
                                                "or country)"),
        "retention": QCoreApplication.translate("NetworkFeed", "Retention review %1 · %2"),
        "opt_out": QCoreApplication.translate("NetworkFeed", "No e-mail since %1"),
    }
    if not d.persons:
        return [note(w["no_one"])]
    rows = []
    for p in d.persons:
        phone = display_phone(p.phone)  # an import kept it as written: say so
        phone = w["to_review"].replace("%1", phone) if needs_review(p.phone) else phone
        footer, tone = "", ""
        if p.retention_review_on is not None:
            footer = w["retention"].replace("%1", labels.fmt_day(p.retention_review_on))\
                .replace("%2", labels.legal_basis(p.legal_basis))
            tone = OVERDUE if p.retention_review_on <= today else ""
        opted_out = getattr(p, "mail_opt_out_on", None)  # the person asked for no e-mail
        if opted_out is not None:
            footer = " · ".join(x for x in (footer, w["opt_out"].replace(
                "%1", labels.fmt_day(opted_out))) if x)
        rows.append(Entry(ITEM, title=shown(p.name), what="person", uid=p.uid,
                          icon="person", meta=shown(p.role),
                          body="\n".join(shown(x) for x in (p.email, phone) if x),
                          footer=footer, footer_tone=tone, name=p.name))
    return rows
