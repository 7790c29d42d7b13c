"""Read what the coordinator overview needs, as core snapshots (no ORM object leaves here)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, aliased

from destination_norberg.core import overview as ov
from destination_norberg.core.snow import SnowTarget
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.trails import DEFAULT_STALE_DAYS, TrailState
from destination_norberg.core.vocab import EventKind, TrailKind, TrailStatus
from destination_norberg.store import models as m
from destination_norberg.store.database import read_session


def trail_states(session: Session) -> list[TrailState]:
    """Every trail with its newest report (one query, newest per trail by a grouped max)."""
    newest = (select(m.TrailReport.trail_id, func.max(m.TrailReport.reported_at).label("at"))
              .group_by(m.TrailReport.trail_id).subquery())
    report = aliased(m.TrailReport)
    rows = session.execute(
        select(m.Trail.id, m.Trail.name, m.Trail.kind, m.Trail.length_m, report.status,
               report.reported_at, report.groomed_at, report.snow_depth_cm)
        .outerjoin(newest, newest.c.trail_id == m.Trail.id)
        .outerjoin(report, (report.trail_id == m.Trail.id)
                   & (report.reported_at == newest.c.at))
        .order_by(m.Trail.name, m.Trail.id)).all()
    states: dict[int, TrailState] = {}
    for tid, name, kind, length, status, at, groomed, depth in rows:
        states.setdefault(tid, TrailState(
            trail_id=tid, name=name, kind=TrailKind(kind), length_m=length or 0.0,
            status=TrailStatus(status) if status else None, reported_at=at,
            groomed_at=groomed, snow_depth_cm=depth))
    return list(states.values())


def _event_item(e: m.Event, place: str | None, parent: str | None) -> ov.EventItem:
    return ov.EventItem(event_id=e.id, name_sv=e.name_sv, name_en=e.name_en, kind=e.kind,
                        status=e.status, starts_at=e.starts_at, ends_at=e.ends_at,
                        place=place, parent=parent)


def _events(session: Session, start: datetime, end: datetime) -> list[ov.EventItem]:
    parent = aliased(m.Event)
    rows = session.execute(
        select(m.Event, m.Place.name, parent.name_sv)
        .outerjoin(m.Place, m.Place.id == m.Event.place_id)
        .outerjoin(parent, parent.id == m.Event.parent_id)
        .where(m.Event.starts_at < end,
               func.coalesce(m.Event.ends_at, m.Event.starts_at) >= start)).all()
    return [_event_item(e, place, par) for e, place, par in rows]


def _races(session: Session, now: datetime) -> list[ov.EventItem]:
    """The main races ahead: Engelbrektsloppet is the milestone the whole winter runs to."""
    rows = session.execute(
        select(m.Event).where(m.Event.kind == EventKind.RACE.value,
                              m.Event.name_sv.like("Engelbrektsloppet%"),
                              m.Event.starts_at >= now - timedelta(days=1))
        .order_by(m.Event.starts_at).limit(3)).scalars().all()
    return [_event_item(e, None, None) for e in rows]


def _tasks(session: Session) -> list[ov.TaskItem]:
    rows = session.execute(
        select(m.Task, m.Event.name_sv, m.Event.starts_at, m.Person.name)
        .join(m.Event, m.Event.id == m.Task.event_id)
        .outerjoin(m.Person, m.Person.id == m.Task.responsible_id)
        .where(m.Task.done.is_(False))).all()
    return [ov.TaskItem(task_id=t.id, title=t.title, event_name=ev, event_start=start,
                        due_on=t.due_on, due_offset_days=t.due_offset_days, done=t.done,
                        responsible=person) for t, ev, start, person in rows]


def _follow_ups(session: Session, now: datetime) -> list[ov.FollowUp]:
    limit = to_local(now).date() + timedelta(days=ov.FOLLOW_UP_HORIZON_DAYS)
    rows = session.execute(
        select(m.Interaction, m.Organisation.name)
        .join(m.Organisation, m.Organisation.id == m.Interaction.organisation_id)
        .where(m.Interaction.follow_up_on.is_not(None),
               m.Interaction.follow_up_done.is_(False),
               m.Interaction.follow_up_on <= limit)).all()
    return [ov.FollowUp(interaction_id=i.id, organisation_id=i.organisation_id,
                        organisation=name, due=i.follow_up_on, kind=i.kind, note=i.note)
            for i, name in rows]


def _targets(session: Session, states: list[TrailState]) -> list[SnowTarget]:
    by_id = {s.trail_id: s for s in states}
    links: dict[int, list[int]] = {}
    for target_id, trail_id in session.execute(select(m.snow_target_trail)).all():
        links.setdefault(target_id, []).append(trail_id)
    return [SnowTarget(target_id=t.id, name=t.name, deadline=t.deadline,
                       required_km=t.required_km, min_depth_cm=t.min_depth_cm,
                       loops=tuple(by_id[i] for i in links.get(t.id, []) if i in by_id))
            for t in session.execute(select(m.SnowTarget)).scalars()]


def _strak(session: Session) -> list[ov.StrakPeriod]:
    return [ov.StrakPeriod(strak_id=s.id, name=s.name, starts=s.period_start,
                           ends=s.period_end)
            for s in session.execute(select(m.Strak)).scalars()]


def area_counts(session: Session) -> dict[str, int]:
    """Row counts the overview's area cards and empty states speak of."""
    def count(model: type) -> int:
        return session.execute(select(func.count()).select_from(model)).scalar_one()

    return {"events": count(m.Event), "trails": count(m.Trail),
            "organisations": count(m.Organisation), "persons": count(m.Person),
            "packages": count(m.Package), "strak": count(m.Strak),
            "reports": count(m.TrailReport)}


def load_overview_inputs(engine: Engine, now: datetime,
                         stale_days: int = DEFAULT_STALE_DAYS) -> ov.OverviewInputs:
    with read_session(engine) as session:
        states = trail_states(session)
        return ov.OverviewInputs(
            now=now,
            races=_races(session, now),
            events=_events(session, now, now + timedelta(days=ov.HORIZON_DAYS)),
            tasks=_tasks(session),
            follow_ups=_follow_ups(session, now),
            strak=_strak(session),
            trail_states=states,
            targets=_targets(session, states),
            counts=area_counts(session),
            stale_days=stale_days,
        )


def load_overview(engine: Engine, now: datetime,
                  stale_days: int = DEFAULT_STALE_DAYS) -> ov.Overview:
    return ov.build_overview(load_overview_inputs(engine, now, stale_days))
