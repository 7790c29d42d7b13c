"""What an SMHI download becomes, whichever form it came in (CSV or the metobs JSON API).

Shared by the CSV and the JSON readers so that both apply the same rules to a reading: the
same plausibility limits, the same handling of negative snow depths, one error type whose
message is one plain English sentence for the user.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from destination_norberg.core.plain_text import NAME_MAX, clean_value

#: The largest download accepted: a century of hourly readings is about 25 MB of CSV.
MAX_BYTES = 50 * 1024 * 1024

SNOW_DEPTH = 8
AIR_TEMPERATURE = 1
DAILY_MEAN_TEMPERATURE = 2
RELATIVE_HUMIDITY = 6
DAILY_MIN_TEMPERATURE = 19
DAILY_MAX_TEMPERATURE = 20
#: The parameters this program imports, and how they are named to the user.
PARAMETERS = {AIR_TEMPERATURE: "air temperature", DAILY_MEAN_TEMPERATURE:
              "daily mean air temperature", RELATIVE_HUMIDITY: "relative humidity",
              SNOW_DEPTH: "snow depth", DAILY_MIN_TEMPERATURE: "daily minimum air temperature",
              DAILY_MAX_TEMPERATURE: "daily maximum air temperature"}
#: Parameters SMHI gives once per day as a period with a representative day (the CSV's
#: `Från Datum Tid (UTC);Till Datum Tid (UTC);Representativt dygn;…` table).
DAILY = frozenset({DAILY_MEAN_TEMPERATURE, DAILY_MIN_TEMPERATURE, DAILY_MAX_TEMPERATURE})
TEMPERATURES = frozenset({AIR_TEMPERATURE} | DAILY)

#: Snow depth is given in metres; a value above this is a file converted to centimetres (the
#: Swedish record is 3.27 m), and importing it as metres would be a hundredfold error.
MAX_SNOW_DEPTH_M = 10.0
#: Sweden's extremes are −52.6 °C and +38 °C; outside these limits a value is not a temperature.
TEMPERATURE_RANGE_C = (-70.0, 60.0)

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class SmhiError(Exception):
    """A download that cannot be read; the message is one sentence meant for the user.

    `key` and `params` name the sentence for a front end that words it in the user's
    language (the window's Swedish); the message is the English wording of the same."""

    def __init__(self, message: str, key: str = "", **params: Any) -> None:
        super().__init__(_CONTROL.sub(" ", message))
        self.key, self.params = key, params

    @property
    def message(self) -> str:
        return str(self.args[0])


def snippet(text: str, limit: int = 40) -> str:
    """A short, printable excerpt of file content for a message."""
    text = _CONTROL.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class StationInfo:
    key: str  # "smhi:<number>", the station's identity in the store
    name: str
    number: int
    network: str  # "Stationsnät" of the newer CSV header; "" where the download has none
    latitude: float | None  # of the station's latest position
    longitude: float | None
    height_m: float | None  # metres above sea level, of the latest position
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def __post_init__(self) -> None:
        # The name is shown and printed: no control characters from the file, not endless.
        for name in ("name", "network"):
            object.__setattr__(self, name, clean_value(getattr(self, name), NAME_MAX))


@dataclass(frozen=True, slots=True)
class Reading:
    at: datetime  # aware, UTC
    value: float  # metres of snow (8), % relative humidity (6), else °C
    # A daily value (2, 19, 20) is stored at 12:00 UTC of its representative day, so the day
    # is the same in UTC and in Norberg's local time.
    quality: str  # SMHI's code: G checked and approved, Y suspect or unchecked


@dataclass(frozen=True, slots=True)
class SmhiDownload:
    station: StationInfo
    parameter: int  # one of PARAMETERS
    unit: str  # as SMHI wrote it ("meter", "degree celsius", …)
    readings: list[Reading]
    warnings: list[str]
    parameter_name: str = ""  # SMHI's Swedish name: "Snödjup", "Lufttemperatur"
    form: str = ""  # "csv-klimatnummer" (older header), "csv-stationsnummer" (newer), "json"

    def __post_init__(self) -> None:
        for name in ("unit", "parameter_name"):
            object.__setattr__(self, name, clean_value(getattr(self, name), NAME_MAX))

    @property
    def parameter_label(self) -> str:
        return PARAMETERS[self.parameter]


def parameter_from_name(name: str, summary: str) -> int | None:
    """The parameter number behind SMHI's Swedish name and description, or None if not ours.

    The CSV does not carry the number: `Snödjup` is 8; `Lufttemperatur` is 1 as the hourly
    momentary value, 2 as the daily mean, 19 and 20 as the daily minimum and maximum (22, the
    monthly mean, and 26/27, twice-a-day extremes, are not ours); `Relativ Luftfuktighet` is
    6 as the hourly momentary value.
    """
    name_cf, summary_cf = name.strip().casefold(), summary.strip().casefold()
    if name_cf == "snödjup":
        return SNOW_DEPTH
    once_a_day = "1 gång/dygn" in summary_cf or "1 gång per dygn" in summary_cf
    if name_cf == "lufttemperatur":
        if "momentan" in summary_cf:
            return AIR_TEMPERATURE
        if summary_cf.startswith("medel") and "1 dygn" in summary_cf:
            return DAILY_MEAN_TEMPERATURE
        if summary_cf.startswith("min") and once_a_day:
            return DAILY_MIN_TEMPERATURE
        if summary_cf.startswith("max") and once_a_day:
            return DAILY_MAX_TEMPERATURE
    if name_cf == "relativ luftfuktighet" and "momentan" in summary_cf:
        return RELATIVE_HUMIDITY
    return None


_METRES = {"meter", "metre", "metres", "m"}
_CELSIUS = {"celsius", "degree celsius", "degrees celsius", "°c", "grader celsius", "c"}
_PERCENT = {"percent", "procent", "%"}


def check_unit(parameter: int, unit: str) -> None:
    """Refuse a unit other than SMHI's: a depth in centimetres read as metres is 100× wrong."""
    unit_cf = unit.strip().casefold()
    allowed, expected = ((_METRES, "metres") if parameter == SNOW_DEPTH
                         else (_PERCENT, "percent") if parameter == RELATIVE_HUMIDITY
                         else (_CELSIUS, "degrees Celsius"))
    if unit_cf not in allowed:
        raise SmhiError(f"The {PARAMETERS[parameter]} is given in “{snippet(unit)}”, but SMHI "
                        f"gives it in {expected}; the file was changed after download.")


def unsupported(parameter: int | None, name: str, summary: str) -> SmhiError:
    number = f"parameter {parameter}, " if parameter is not None else ""
    what = f"“{snippet(name)}”" + (f" ({snippet(summary, 60)})" if summary.strip() else "")
    return SmhiError(f"The file holds SMHI {number}{what}; only air temperature (parameters "
                     "1, 2, 19 and 20), relative humidity (parameter 6) and snow depth "
                     "(parameter 8) can be imported.")


_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")


def parse_number(text: str) -> float | None:
    """A decimal number with `.` (SMHI) or `,` (re-saved by Swedish Excel); None if not one.

    float() alone would also take "nan", "inf" and "1_000".
    """
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text.replace(",", "."))
    return value + 0.0 if math.isfinite(value) else None  # no -0.0 in the store


class ValueRules:
    """The per-reading rules, counting what was dropped so the warning is one sentence."""

    def __init__(self, parameter: int) -> None:
        self.parameter = parameter
        #: Values inside this range need no second look (the reader's fast path).
        self.plain_range = ((0.0, MAX_SNOW_DEPTH_M) if parameter == SNOW_DEPTH
                            else (0.0, 100.0) if parameter == RELATIVE_HUMIDITY
                            else TEMPERATURE_RANGE_C)
        self.negative = 0
        self.first_negative = ""
        self.odd_quality: dict[str, int] = {}

    def keep(self, value: float, quality: str, where: str) -> bool:
        """True to keep the reading, False to drop it; SmhiError for an impossible value."""
        if self.parameter == SNOW_DEPTH:
            if value < 0:
                # A negative depth is a sensor or typing slip on one day, not a broken file:
                # the other years of the download are still worth having.
                self.negative += 1
                self.first_negative = self.first_negative or where
                return False
            if value > MAX_SNOW_DEPTH_M:
                raise SmhiError(f"{where.capitalize()} gives a snow depth of {value:g} m, which "
                                "is not plausible; SMHI gives snow depth in metres, so the file "
                                "was probably converted to centimetres.")
        elif self.parameter == RELATIVE_HUMIDITY:
            if not 0.0 <= value <= 100.0:
                raise SmhiError(f"{where.capitalize()} gives a relative humidity of {value:g} %, "
                                "which is not possible (SMHI gives 0–100 %).")
        else:
            low, high = TEMPERATURE_RANGE_C
            if not low <= value <= high:
                raise SmhiError(f"{where.capitalize()} gives an air temperature of {value:g} °C, "
                                "which is not plausible.")
        if quality not in ("G", "Y"):
            self.odd_quality[quality] = self.odd_quality.get(quality, 0) + 1
        return True

    def warnings(self) -> list[str]:
        out = []
        if self.negative:
            out.append(f"{self.negative} negative snow depth(s) were left out, the first on "
                       f"{self.first_negative}.")
        for code, count in sorted(self.odd_quality.items()):
            label = f"“{code}”" if code else "no code"
            out.append(f"{count} reading(s) have the quality {label}, which is neither G nor "
                       "Y; they were kept as they are.")
        return out


def check_quality(text: str, where: str) -> str:
    quality = text.strip().upper()
    if len(quality) > 2 or not quality.isascii() or not (quality.isalpha() or quality == ""):
        raise SmhiError(f"{where.capitalize()} has the quality code “{snippet(text)}”; SMHI "
                        "writes G or Y there.")
    return quality


def finish(readings: list[Reading], warnings: list[str]) -> list[Reading]:
    """In time order, one reading per instant (the later line wins, with a warning)."""
    by_time: dict[datetime, Reading] = {}
    for reading in readings:
        by_time[reading.at] = reading
    if len(by_time) != len(readings):
        repeated = len(readings) - len(by_time)
        warnings.append(f"{repeated} reading(s) repeat an earlier time; the later one was kept.")
    out = list(by_time.values())
    if any(a.at > b.at for a, b in itertools.pairwise(out)):
        out.sort(key=lambda r: r.at)
    return out
