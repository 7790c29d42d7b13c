"""The whole domain's tables, cut now so that later work fills them in rather than re-cuts them.

Vocabulary columns hold the codes of `core.vocab`; geometry columns hold WKB in EPSG:3006;
instants are UTC (`UTCDateTime`), calendar days are plain dates.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from destination_norberg.store.base import WKB, Base, Editable, UTCDateTime, utcnow
from destination_norberg.store.capacity_models import AccommodationCapacity, ParticipantCount
from destination_norberg.store.guest_nights_models import GuestNights
from destination_norberg.store.models_counters import TrailCount as TrailCount
from destination_norberg.store.models_counters import TrailCounter as TrailCounter
from destination_norberg.store.models_mail import Mailing as Mailing
from destination_norberg.store.models_mail import MailRecipient as MailRecipient
from destination_norberg.store.models_volunteers import Volunteer as Volunteer
from destination_norberg.store.models_volunteers import VolunteerAssignment as VolunteerAssignment
from destination_norberg.store.models_volunteers import VolunteerShift as VolunteerShift
from destination_norberg.store.weather_models import WeatherForecast, WeatherReading

# --- seasons, places, events ---------------------------------------------------------------


class Season(Editable, Base):
    __tablename__ = "season"
    name: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    #: An archived season is kept with all its events but left out of pickers.
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Place(Editable, Base):
    """A venue or meeting point (Torget, the ski stadium, Mimerlaven …)."""

    __tablename__ = "place"
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(32), default="annat")
    geom: Mapped[bytes | None] = mapped_column(WKB)
    description_sv: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")


class Event(Editable, Base):
    """An event; a winter week holds its races and programme items as children."""

    __tablename__ = "event"
    season_id: Mapped[int | None] = mapped_column(ForeignKey("season.id", ondelete="SET NULL"),
                                                  index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"),
                                                  index=True)
    name_sv: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="planerad")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id", ondelete="SET NULL"))
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"))
    outdoor: Mapped[bool] = mapped_column(Boolean, default=False)
    # An event the season runs towards (Engelbrektsloppet): the overview counts down to it.
    milestone: Mapped[bool] = mapped_column(Boolean, default=False)
    # The UID a partner's calendar gave it: a second import of the same file updates, not
    # duplicates; an export hands the partner's UID back.
    source_uid: Mapped[str | None] = mapped_column(Text, index=True)
    description_sv: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")

    place: Mapped[Place | None] = relationship()
    parent: Mapped[Event | None] = relationship(remote_side="Event.id")
    tasks: Mapped[list[Task]] = relationship(back_populates="event", cascade="all, delete-orphan")


class Task(Editable, Base):
    """A task of an event; due on a date or a number of days relative to the event's start."""

    __tablename__ = "task"
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date)
    due_offset_days: Mapped[int | None] = mapped_column(Integer)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    event: Mapped[Event] = relationship(back_populates="tasks")
    responsible: Mapped[Person | None] = relationship()


# --- stråk ---------------------------------------------------------------------------------


class Strak(Editable, Base):
    """Sommarstråket or Vinterstråket of one season: a walk through the centre with stops."""

    __tablename__ = "strak"
    name: Mapped[str] = mapped_column(String(120))
    season_id: Mapped[int | None] = mapped_column(ForeignKey("season.id", ondelete="SET NULL"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    weekdays: Mapped[str] = mapped_column(String(20), default="")  # ISO numbers, "5,6"
    opens: Mapped[time | None] = mapped_column(Time)
    closes: Mapped[time | None] = mapped_column(Time)
    route: Mapped[bytes | None] = mapped_column(WKB)

    stops: Mapped[list[StrakStop]] = relationship(
        back_populates="strak", order_by="StrakStop.position", cascade="all, delete-orphan")


class StrakStop(Editable, Base):
    __tablename__ = "strak_stop"
    __table_args__ = (UniqueConstraint("strak_id", "position", name="uq_strak_stop_position"),)
    strak_id: Mapped[int] = mapped_column(ForeignKey("strak.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"))
    opening: Mapped[str] = mapped_column(String(120), default="")
    offer_sv: Mapped[str] = mapped_column(Text, default="")
    offer_en: Mapped[str] = mapped_column(Text, default="")

    strak: Mapped[Strak] = relationship(back_populates="stops")


# --- trails and snow -----------------------------------------------------------------------


class Trail(Editable, Base):
    """An MTB trail, ski loop or path; grade kept as colour, IMBA level and mtb:scale."""

    __tablename__ = "trail"
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16), index=True)
    grade_colour: Mapped[str | None] = mapped_column(String(8))
    imba: Mapped[int | None] = mapped_column(Integer)
    mtb_scale: Mapped[int | None] = mapped_column(Integer)
    mtb_scale_imba: Mapped[int | None] = mapped_column(Integer)
    area: Mapped[str] = mapped_column(String(120), default="")
    lit: Mapped[bool] = mapped_column(Boolean, default=False)
    description_sv: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    geom: Mapped[bytes | None] = mapped_column(WKB)
    length_m: Mapped[float] = mapped_column(Float, default=0.0)
    #: core.vocab TRAIL_LIFECYCLE: planerad, under_byggnad, oppen, nedlagd.
    lifecycle: Mapped[str] = mapped_column(String(16), default="oppen", server_default="oppen")

    reports: Mapped[list[TrailReport]] = relationship(
        back_populates="trail", cascade="all, delete-orphan")


class TrailReport(Base):
    """A condition report; reports are facts in time, so they are appended, not edited.

    Hence no version column: a correction is a newer report.
    """

    __tablename__ = "trail_report"
    # The newest report per trail is the hot query (overview, status page).
    __table_args__ = (Index("ix_trail_report_trail_time", "trail_id", "reported_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trail_id: Mapped[int] = mapped_column(ForeignKey("trail.id", ondelete="CASCADE"))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16))
    condition: Mapped[str | None] = mapped_column(String(16))
    groomed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    groom_style: Mapped[str | None] = mapped_column(String(8))
    snow_depth_cm: Mapped[float | None] = mapped_column(Float)
    author: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    trail: Mapped[Trail] = relationship(back_populates="reports")


class SnowMeasurement(Base):
    """Snow depth at a station (SMHI parameter 8 in metres, or a manual reading).

    Append-only like reports: a corrected reading replaces the row by (station, time) on
    import rather than being edited concurrently, so it carries no version column.
    """

    __tablename__ = "snow_measurement"
    __table_args__ = (UniqueConstraint("station", "measured_at", name="uq_snow_station_time"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station: Mapped[str] = mapped_column(String(120))
    measured_at: Mapped[datetime] = mapped_column(UTCDateTime)
    depth_m: Mapped[float] = mapped_column(Float)
    quality: Mapped[str] = mapped_column(String(2), default="")
    source: Mapped[str] = mapped_column(String(16), default="manual")


class WeatherStation(Base):
    """An observation station (SMHI's metadata as downloaded: number, name, position)."""

    __tablename__ = "weather_station"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)  # "smhi:180960" or a name
    name: Mapped[str] = mapped_column(String(200))
    network: Mapped[str] = mapped_column(String(60), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    height_m: Mapped[float | None] = mapped_column(Float)
    meta: Mapped[str] = mapped_column(Text, default="")  # the download's header, as JSON


class TemperatureObservation(Base):
    """Air temperature at a station (SMHI parameter 1, hourly), for production planning."""

    __tablename__ = "temperature_observation"
    __table_args__ = (UniqueConstraint("station", "measured_at",
                                       name="uq_temperature_station_time"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station: Mapped[str] = mapped_column(String(120))
    measured_at: Mapped[datetime] = mapped_column(UTCDateTime)
    temp_c: Mapped[float] = mapped_column(Float)
    quality: Mapped[str] = mapped_column(String(2), default="")
    source: Mapped[str] = mapped_column(String(16), default="manual")


snow_target_trail = Table(
    "snow_target_trail",
    Base.metadata,
    Column("target_id", ForeignKey("snow_target.id", ondelete="CASCADE"), primary_key=True),
    Column("trail_id", ForeignKey("trail.id", ondelete="CASCADE"), primary_key=True),
)


class SnowTarget(Editable, Base):
    """A promise: a track of `required_km` with at least `min_depth_cm` by `deadline`."""

    __tablename__ = "snow_target"
    name: Mapped[str] = mapped_column(String(200))
    deadline: Mapped[date] = mapped_column(Date)
    required_km: Mapped[float] = mapped_column(Float)
    min_depth_cm: Mapped[float] = mapped_column(Float)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")

    trails: Mapped[list[Trail]] = relationship(secondary=snow_target_trail)


class RaceCourse(Editable, Base):
    """One way a race can be run, for go/no-go: its full course, or a loop run several times.

    A race is an event with courses; the list is its order of preference as entered, and the
    rules (core.gonogo) sort full courses before laps. `natural_course`: on the natural-snow
    course, open only when that is reported open; `trail_id`: only this loop will do.
    """

    __tablename__ = "race_course"
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    loop_km: Mapped[float] = mapped_column(Float)
    laps: Mapped[int] = mapped_column(Integer, default=1)
    natural_course: Mapped[bool] = mapped_column(Boolean, default=False)
    trail_id: Mapped[int | None] = mapped_column(ForeignKey("trail.id", ondelete="SET NULL"))


class MapLayer(Editable, Base):
    """A reference layer the user imported (kommun boundary, roads, lakes …), drawn under
    the program's own layers; its features keep the file's attributes as JSON."""

    __tablename__ = "map_layer"
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text, default="")  # the file it came from
    source_crs: Mapped[str] = mapped_column(String(200), default="")
    geometry_type: Mapped[str] = mapped_column(String(40), default="")
    colour: Mapped[str] = mapped_column(String(9), default="#5b6670")
    position: Mapped[int] = mapped_column(Integer, default=0)


class MapFeature(Base):
    """One feature of a reference layer, in EPSG:3006. Replaced with its layer, never edited
    alone, so it carries no version."""

    __tablename__ = "map_feature"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    layer_id: Mapped[int] = mapped_column(ForeignKey("map_layer.id", ondelete="CASCADE"),
                                          index=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    geom: Mapped[bytes] = mapped_column(WKB)
    properties: Mapped[str] = mapped_column(Text, default="{}")


class SnowStorageMeasurement(Editable, Base):
    """A volume measurement of a snowfarming pile (stored under sawdust over summer)."""

    __tablename__ = "snow_storage_measurement"
    pile: Mapped[str] = mapped_column(String(120))
    measured_on: Mapped[date] = mapped_column(Date)
    volume_m3: Mapped[float] = mapped_column(Float)
    method: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class SnowProduction(Editable, Base):
    """A line of the snow-production log: cannons, hours, volume, wet-bulb temperature."""

    __tablename__ = "snow_production"
    produced_on: Mapped[date] = mapped_column(Date)
    cannons: Mapped[int] = mapped_column(Integer)
    hours: Mapped[float] = mapped_column(Float)
    volume_m3: Mapped[float] = mapped_column(Float)
    wet_bulb_c: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


# --- the business network ------------------------------------------------------------------


class Organisation(Editable, Base):
    __tablename__ = "organisation"
    name: Mapped[str] = mapped_column(String(200), index=True)
    orgnr: Mapped[str | None] = mapped_column(String(11), index=True)
    category: Mapped[str] = mapped_column(String(20), default="övrigt")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(8), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    kommun: Mapped[str] = mapped_column(String(80), default="")
    geom: Mapped[bytes | None] = mapped_column(WKB)
    website: Mapped[str] = mapped_column(String(300), default="")
    tags: Mapped[str] = mapped_column(Text, default="")  # ";"-separated, lower case
    opening_hours: Mapped[str] = mapped_column(Text, default="")  # JSON per season
    notes: Mapped[str] = mapped_column(Text, default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)

    persons: Mapped[list[Person]] = relationship(back_populates="organisation")


class Person(Editable, Base):
    """A contact person; personal data under the GDPR (legal basis, consent, retention)."""

    __tablename__ = "person"
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(20), default="")  # E.164
    legal_basis: Mapped[str] = mapped_column(String(24), default="berättigat intresse")
    consent_on: Mapped[date | None] = mapped_column(Date)
    retention_review_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The day the person asked for no more e-mail (migration 0012_mail); respected by
    #: every mailing from then on (core.mail.choose).
    mail_opt_out_on: Mapped[date | None] = mapped_column(Date)

    organisation: Mapped[Organisation | None] = relationship(back_populates="persons")


interaction_person = Table(
    "interaction_person",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    # A person's interactions (GDPR export and erasure, undoing an import) without a scan.
    Index("ix_interaction_person_person_id", "person_id"),
)


class Interaction(Editable, Base):
    """A meeting, call, e-mail, visit or event contact, with an optional follow-up."""

    __tablename__ = "interaction"
    # Each organisation's last contact and next follow-up, for the network list, read from
    # the index alone (store.network_read).
    __table_args__ = (Index("ix_interaction_contact", "organisation_id", "occurred_on",
                            "follow_up_done", "follow_up_on"),)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)

    organisation: Mapped[Organisation] = relationship()
    persons: Mapped[list[Person]] = relationship(secondary=interaction_person)


class GdprLog(Base):
    """An export or erasure of one person's data: when, which, whose (by uid) and a note.

    Never the person's name or e-mail: an erased person must not live on in the log. An
    append-only record, so no version column.
    """

    __tablename__ = "gdpr_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(16))  # "export" or "erase"
    person_uid: Mapped[str] = mapped_column(String(64), index=True)
    note: Mapped[str] = mapped_column(Text, default="")  # who asked, what was done


class DestinationSetting(Base):
    """One destination-wide setting (the reporting policy all coordinators share), by name.

    Plain text values, read and checked by app.settings; a name absent means the default.
    """

    __tablename__ = "destination_setting"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- packages ------------------------------------------------------------------------------

package_partner = Table(
    "package_partner",
    Base.metadata,
    Column("package_id", ForeignKey("package.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"),
           primary_key=True),
)


class Package(Editable, Base):
    """An event package for partners; `revision` counts the versions that were sent."""

    __tablename__ = "package"
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    title_sv: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200), default="")
    text_sv: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    price_basis_persons: Mapped[int] = mapped_column(Integer, default=1)
    revision: Mapped[int] = mapped_column(Integer, default=1)

    components: Mapped[list[PackageComponent]] = relationship(
        back_populates="package", order_by="PackageComponent.position",
        cascade="all, delete-orphan")
    partners: Mapped[list[Organisation]] = relationship(secondary=package_partner)


class PackageComponent(Editable, Base):
    __tablename__ = "package_component"
    package_id: Mapped[int] = mapped_column(ForeignKey("package.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text, default="")
    price_sek: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))
    capacity: Mapped[int | None] = mapped_column(Integer)
    #: per_person, per_unit (a room or cabin holding `occupancy` persons) or per_package.
    price_basis: Mapped[str] = mapped_column(String(16), default="per_package",
                                             server_default="per_package")
    occupancy: Mapped[int | None] = mapped_column(Integer)

    package: Mapped[Package] = relationship(back_populates="components")


class PackageDispatch(Base):
    """What was sent, to whom and when: a frozen copy of one package revision (never edited)."""

    __tablename__ = "package_dispatch"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("package.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    snapshot: Mapped[str] = mapped_column(Text)  # JSON of the package as sent


#: Tables in the order `info` lists them.
TABLES = [m.__table__ for m in (
    Season, Place, Event, Task, Strak, StrakStop, Trail, TrailReport, SnowMeasurement,
    SnowTarget, SnowStorageMeasurement, SnowProduction, WeatherStation, TemperatureObservation,
    WeatherReading, WeatherForecast,
    Organisation, Person, Interaction,
    Package, PackageComponent, PackageDispatch, GuestNights, AccommodationCapacity,
    ParticipantCount)]
