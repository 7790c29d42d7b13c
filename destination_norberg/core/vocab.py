"""The domain's fixed vocabularies, as the values the store keeps.

Values are stable codes (Swedish where the domain speaks Swedish); the GUI translates them
for display, so a change of wording never touches stored data.
"""

from __future__ import annotations

from enum import StrEnum


class SeasonKind(StrEnum):
    WINTER = "vinter"
    SUMMER = "sommar"


class EventStatus(StrEnum):
    IDEA = "idé"
    PLANNED = "planerad"
    CONFIRMED = "bekräftad"
    CANCELLED = "inställd"


class EventKind(StrEnum):
    WEEK = "vecka"
    RACE = "lopp"
    PROGRAMME = "program"
    STRAK = "stråk"
    MARKET = "marknad"
    FESTIVAL = "festival"
    MEETING = "möte"


class TrailKind(StrEnum):
    MTB = "mtb"
    CLASSIC_SKI = "classic_ski"
    SKATE_SKI = "skate_ski"
    HIKING = "hiking"
    SNOWSHOE = "snowshoe"

    @property
    def is_ski(self) -> bool:
        return self in (TrailKind.CLASSIC_SKI, TrailKind.SKATE_SKI)


class GradeColour(StrEnum):
    GREEN = "grön"
    BLUE = "blå"
    RED = "röd"
    BLACK = "svart"


#: IMBA levels 1–4 map onto the Swedish colours by convention.
IMBA_FOR_COLOUR = {GradeColour.GREEN: 1, GradeColour.BLUE: 2, GradeColour.RED: 3,
                   GradeColour.BLACK: 4}


class StorageMethod(StrEnum):
    """The usual ways of measuring a snow pile, as the log stores them. The method field is
    free text: these known words are translated for display, anything else is shown as typed."""

    DRONE = "drönarmätning"
    GPS = "GPS-inmätning"
    TAPE = "måttband"
    ESTIMATE = "uppskattning"


class TrailLifecycle(StrEnum):
    """A trail's life: only an open trail is ever shown to the public as open or closed."""

    PLANNED = "planerad"
    BUILDING = "under_byggnad"
    OPEN = "oppen"
    RETIRED = "nedlagd"


class PriceBasis(StrEnum):
    """How a package part is priced: per person, per unit (room, cabin) or once per package."""

    PER_PERSON = "per_person"
    PER_UNIT = "per_unit"
    PER_PACKAGE = "per_package"


class TrailStatus(StrEnum):
    CLEAR = "clear"
    MINOR = "minor"
    SIGNIFICANT = "significant"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self is not TrailStatus.CLOSED


class Condition(StrEnum):
    DRY = "dry"
    WET = "wet"
    MUDDY = "muddy"
    SNOW = "snow"
    ICY = "icy"
    PACKED = "packed"
    FROZEN = "frozen"
    LEAVES = "leaves"
    FALLEN_TREES = "fallen_trees"


class GroomStyle(StrEnum):
    CLASSIC = "classic"
    SKATE = "skate"
    BOTH = "both"


class OrgCategory(StrEnum):
    LODGING = "boende"
    FOOD = "mat och dryck"
    RETAIL = "handel"
    ACTIVITY = "aktivitet"
    TRANSPORT = "transport"
    CULTURE = "kultur"
    OTHER = "övrigt"


class InteractionKind(StrEnum):
    MEETING = "möte"
    CALL = "samtal"
    EMAIL = "e-post"
    VISIT = "besök"
    EVENT = "evenemang"


class LegalBasis(StrEnum):
    CONSENT = "samtycke"
    LEGITIMATE_INTEREST = "berättigat intresse"
    CONTRACT = "avtal"


class ComponentKind(StrEnum):
    LODGING = "boende"
    MEAL = "måltid"
    SKI_RENTAL = "skidhyra"
    ACTIVITY = "aktivitet"
    TRANSPORT = "transport"
    ENTRY_FEE = "startavgift"


class GuaranteeLevel(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
