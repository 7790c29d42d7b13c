"""Sentences for the snow guarantee and go/no-go: core reason codes + args, translated.

Core says *why* as a code with arguments (core.snow_plan, core.gonogo) so that it stays free
of Qt and language; this module is the one place that turns them into words. Every source
string is a literal with the literal context "SnowTexts", so lupdate finds them all. Numbers go
through QLocale (`4,1 km` in Swedish, `4.1 km` in English): km with one decimal as the rest
of the program shows track length, m³ as whole numbers with group separators.

`PROJECTION_CODES` and `GONOGO_CODES` list what has a sentence; the tests compare them with
the codes core can emit, so a new code without a sentence fails there, not in front of a user.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from destination_norberg.core.vocab import StorageMethod
from destination_norberg.gui.common import labels


def km(value: float) -> str:
    """Track length as the program shows it: one decimal, the language's separator."""
    return QLocale().toString(float(value), "f", 1)


def m3(value: float) -> str:
    return QLocale().toString(float(round(value)), "f", 0)


def method_label(method: str | None) -> str:
    """A storage measurement's method for display: a known method (core.vocab.StorageMethod,
    matched whatever its case) in the window's language, any other text as the user typed it."""
    text = (method or "").strip()
    known = {m.value.casefold(): m for m in StorageMethod}.get(text.casefold())
    if known is None:
        return text
    return {
        StorageMethod.DRONE: QCoreApplication.translate("SnowTexts", "drone survey"),
        StorageMethod.GPS: QCoreApplication.translate("SnowTexts", "GPS survey"),
        StorageMethod.TAPE: QCoreApplication.translate("SnowTexts", "tape measure"),
        StorageMethod.ESTIMATE: QCoreApplication.translate("SnowTexts", "estimate"),
    }[known]


def course(loop_km: float, laps: int = 1) -> str:
    """A race course in the window's language: "60 km", "3×20 km", "2.5 km" / "2,5 km",
    "800 m" (core.gonogo.course_name writes the Swedish name the command line prints)."""
    if loop_km < 1:
        loop = f"{QLocale().toString(float(round(loop_km * 1000)), 'f', 0)} m"
    else:
        loop = f"{loop_km:g}".replace(".", QLocale().decimalPoint()) + " km"
    return loop if laps == 1 else f"{laps}×{loop}"


def _variant(a: Mapping[str, Any], key: str = "variant") -> str:
    """A reason's course variant by its numbers, or its name when a reason has none."""
    if a.get(f"{key}_km") is not None:
        return course(float(a[f"{key}_km"]), int(a.get(f"{key}_laps") or 1))
    return str(a[key])


#: The demo's weather station's name ends in this mark (data/weather_stations.json).
DEMO_MARK = "(demo, fiktiv)"


def station_name(name: str) -> str:
    """A weather station's name for display: the demo station's mark in the window's language
    ("Norberg (demo, fictional)"); a real station's name as SMHI gives it."""
    if name.endswith(DEMO_MARK):
        return name[: -len(DEMO_MARK)] + QCoreApplication.translate(
            "SnowTexts", "(demo, fictional)")
    return name


def short_name(name: str) -> str:
    """"Engelbrektsloppet 2027: 20 km-slinga (3×20 km)" → "Engelbrektsloppet 2027": the
    part before the colon names a target well enough on a plot or in a legend."""
    return name.split(":", 1)[0].strip() or name


def day(value: Any) -> str:
    return labels.fmt_day(value) if isinstance(value, date) else str(value)


def _fill(text: str, *values: str) -> str:
    """Qt's %1 %2 … placeholders, filled highest first so %1 never eats the 1 of %10."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", values[number - 1])
    return text


# --- projections (core.snow_plan) ---------------------------------------------------------

def _met_now(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate("SnowTexts", "Met now: %1 of %2 km ready."),
                 km(a["ready_km"]), km(a["required_km"]))


def _met_if_holds(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate(
        "SnowTexts", "Met by the deadline if the projection holds: %1 km ready + %2 km of "
        "stored snow + %3 km from production (%4 m³) = %5 of %6 km."),
        km(a["ready_km"]), km(a.get("storable_km", 0.0)), km(a.get("producible_km", 0.0)),
        m3(a.get("producible_m3", 0.0)), km(a["projected_km"]), km(a["required_km"]))


def _short_by(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate(
        "SnowTexts", "Not met: %1 km short by the deadline (%2 km ready + %3 km of stored "
        "snow + %4 km from production = %5 of %6 km)."),
        km(a["short_km"]), km(a["ready_km"]), km(a.get("storable_km", 0.0)),
        km(a.get("producible_km", 0.0)), km(a["projected_km"]), km(a["required_km"]))


def _deadline_passed(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate(
        "SnowTexts", "Not met, and the deadline (%1) has passed: %2 km short."),
        day(a["deadline"]), km(a["short_km"]))


_PROJECTION: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "met_now": _met_now,
    "met_if_projection_holds": _met_if_holds,
    "short_by": _short_by,
    "deadline_passed": _deadline_passed,
}
PROJECTION_CODES = frozenset(_PROJECTION)


def projection_reason(code: str, args: Mapping[str, Any]) -> str:
    """The sentence for a Projection's reason; an unknown code is shown as itself, never
    dropped (the tests keep this list complete)."""
    text = _PROJECTION.get(code)
    return text(args) if text else code


def weather_actions() -> str:
    """Where the window takes weather in: the Trails and snow area's two actions (their
    labels are those of the actions themselves, gui.snow)."""
    return _fill(QCoreApplication.translate(
        "SnowTexts", "Add a temperature history with “%1” or “%2” in the Trails and snow "
        "area."), QCoreApplication.translate("SnowTexts", "Import weather data…"),
        QCoreApplication.translate("SnowTexts", "Fetch from SMHI…"))


def not_judged(stored_km: float | None) -> str:
    """A target neither met nor past its deadline, with no temperature history to project
    production from: say so, where in the window to add one, and what the stored snow alone
    would cover. Never a command: a coordinator works in the window."""
    text = QCoreApplication.translate(
        "SnowTexts", "Not judged: there is no temperature history to count what the snow "
        "cannons can make before the deadline.") + " " + weather_actions()
    if stored_km is not None:
        text += " " + _fill(QCoreApplication.translate(
            "SnowTexts", "Stored snow alone covers %1 km."), km(stored_km))
    return text


def not_judged_public(ready_km: float, required_km: float) -> str:
    """The same state for readers outside (the bulletin a hotel pins up): where the promise
    stands, nothing of the coordinators' work."""
    return _fill(QCoreApplication.translate(
        "SnowTexts", "Not judged yet: %1 of %2 km are ready."), km(ready_km), km(required_km))


def no_storage() -> str:
    return QCoreApplication.translate(
        "SnowTexts", "No storage measurements: stored snow is not counted.")


def no_temperatures() -> str:
    return QCoreApplication.translate(
        "SnowTexts", "No temperature history: production is not projected.") + " " + (
        weather_actions())


def level_name(level: str | None) -> str:
    """The guarantee level as a word beside its coloured dot (None: not judged)."""
    return {
        "green": QCoreApplication.translate("SnowTexts", "Green"),
        "yellow": QCoreApplication.translate("SnowTexts", "Yellow"),
        "red": QCoreApplication.translate("SnowTexts", "Red"),
    }.get(level or "", QCoreApplication.translate("SnowTexts", "Not judged"))


class SnowPlurals(QObject):
    """Sentences with a number of days. lupdate marks plural forms only on a QObject's tr(),
    not on QCoreApplication.translate, so these live here (context "SnowPlurals")."""

    def natural(self, n: int) -> str:
        return self.tr("at least %1 cm on the day in %2 of %n winter(s) (%3 %)", "", n)

    def past_deadline(self, n: int) -> str:
        return self.tr("%n day(s) past the deadline", "", n)

    def left(self, n: int) -> str:
        return self.tr("%n day(s) left", "", n)

    def due_in(self, n: int) -> str:
        return self.tr("The decision is due on %1, in %n day(s).", "", n)


def natural_chance(chance: Any, min_depth_cm: float) -> str:
    """"At least 40 cm on the day in 6 of 10 winters (60 %)", from the snow-depth history."""
    if not chance.years_counted:
        return QCoreApplication.translate("SnowTexts",
                                          "no past winter with a reading near the date")
    share = QLocale().toString(float(round(chance.probability * 100)), "f", 0)
    return SnowPlurals().natural(chance.years_counted).replace(
        "%1", f"{min_depth_cm:.0f}").replace("%2", str(chance.years_met)).replace("%3", share)


def days_left(days: int) -> str:
    if days < 0:
        return SnowPlurals().past_deadline(-days)
    if days == 0:
        return QCoreApplication.translate("SnowTexts", "deadline today")
    return SnowPlurals().left(days)


def plot_text(key: str) -> str:
    """Words drawn inside the snow plots (axis titles, legends, empty-plot notices); here, as
    literals lupdate can find, so gui.snow_plots stays code."""
    return {
        "depth_axis": QCoreApplication.translate("SnowTexts", "snow depth (cm)"),
        "no_depth": QCoreApplication.translate(
            "SnowTexts", "No snow-depth readings: import SMHI snow depth (parameter 8) with "
            "“Import weather data…”."),
        "km_axis": QCoreApplication.translate("SnowTexts", "km of track"),
        "ready": QCoreApplication.translate("SnowTexts", "%1: ready"),
        "required": QCoreApplication.translate("SnowTexts", "%1: required"),
        "projected": QCoreApplication.translate("SnowTexts", "%1: projected"),
        "stored_only": QCoreApplication.translate("SnowTexts", "%1: stored snow only"),
        "key_ready": QCoreApplication.translate("SnowTexts", "ready"),
        "key_required": QCoreApplication.translate("SnowTexts", "required by the deadline"),
        "key_projected": QCoreApplication.translate("SnowTexts", "projected"),
        "key_stored": QCoreApplication.translate(
            "SnowTexts", "stored snow only (no production counted)"),
        "no_targets": QCoreApplication.translate("SnowTexts", "No snow-guarantee targets."),
        "today": QCoreApplication.translate("SnowTexts", "today"),
        "m3_axis": QCoreApplication.translate("SnowTexts", "snow (m³)"),
        "produced": QCoreApplication.translate("SnowTexts", "produced that day"),
        "pile": QCoreApplication.translate("SnowTexts", "pile volume, measured"),
        "no_storage": no_storage(),
        "temp_axis": QCoreApplication.translate("SnowTexts", "temperature (°C)"),
        "observed": QCoreApplication.translate("SnowTexts", "observed"),
        "scenario": QCoreApplication.translate("SnowTexts",
                                               "scenario (median of the history)"),
        "no_temps": QCoreApplication.translate(
            "SnowTexts", "No temperature history: production is not projected."),
        "cannons": QCoreApplication.translate("SnowTexts", "cannons start (wet-bulb %1 °C)"),
        "cold": QCoreApplication.translate("SnowTexts", "cold enough for the cannons"),
    }[key]


# --- go/no-go (core.gonogo) ---------------------------------------------------------------

def recommendation_title(code: str) -> str:
    """The big word at the top of the go/no-go view."""
    return {
        "go": QCoreApplication.translate("SnowTexts", "Go"),
        "go_shortened": QCoreApplication.translate("SnowTexts", "Go, shortened"),
        "no_go": QCoreApplication.translate("SnowTexts", "No go"),
        "wait": QCoreApplication.translate("SnowTexts", "Wait"),
    }.get(str(code), str(code))


def recommendation_text(code: str) -> str:
    """What the recommendation means, in one sentence under the big word."""
    return {
        "go": QCoreApplication.translate(
            "SnowTexts", "Every race can run on its preferred course."),
        "go_shortened": QCoreApplication.translate(
            "SnowTexts", "The main race can run; some races move to a fallback course or "
                         "have no course."),
        "no_go": QCoreApplication.translate(
            "SnowTexts", "The decision date has come and the main race has no course."),
        "wait": QCoreApplication.translate(
            "SnowTexts", "The main race has no course yet, but the decision is not due: cold "
                         "nights may still come."),
    }.get(str(code), str(code))


RECOMMENDATION_COLOURS = {"go": labels.LEVEL_COLOURS["green"],
                          "go_shortened": labels.LEVEL_COLOURS["yellow"],
                          "wait": labels.LEVEL_COLOURS[None],
                          "no_go": labels.LEVEL_COLOURS["red"]}
RECOMMENDATION_CODES = frozenset(RECOMMENDATION_COLOURS)


def _names(value: Any) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, Sequence) and not isinstance(
        value, str) else str(value)


def _preferred(a: Mapping[str, Any]) -> str:
    if a.get("loop"):
        return _fill(QCoreApplication.translate(
            "SnowTexts", "Runs on its preferred course, %1, on the loop %2."),
            _variant(a), str(a["loop"]))
    return _fill(QCoreApplication.translate(
        "SnowTexts", "Runs on its preferred course, %1, on the natural-snow course."),
        _variant(a))


def _fallback(a: Mapping[str, Any]) -> str:
    if a.get("loop"):
        return _fill(QCoreApplication.translate(
            "SnowTexts", "Runs as %1 on the loop %2 instead of %3."),
            _variant(a), str(a["loop"]), _variant(a, "preferred"))
    return _fill(QCoreApplication.translate("SnowTexts", "Runs as %1 instead of %2."),
                 _variant(a), _variant(a, "preferred"))


def _natural_closed(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate(
        "SnowTexts", "%1: the natural-snow course is not open."), _variant(a))


def _no_ready_loop(a: Mapping[str, Any]) -> str:
    if float(a.get("longest_ready_km") or 0.0) <= 0.0:
        return _fill(QCoreApplication.translate(
            "SnowTexts", "%1: needs a ready loop of %2 km; no loop is ready."),
            _variant(a), km(a["loop_km"]))
    return _fill(QCoreApplication.translate(
        "SnowTexts", "%1: needs a ready loop of %2 km; the longest ready loop is %3 km."),
        _variant(a), km(a["loop_km"]), km(a["longest_ready_km"]))


def _loop_not_ready(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate("SnowTexts", "%1: the loop %2 is not ready."),
                 _variant(a), str(a["loop"]))


def _race_impossible(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate("SnowTexts", "%1 has no course ready."),
                 str(a["race"]))


def _all_preferred(_a: Mapping[str, Any]) -> str:
    return QCoreApplication.translate("SnowTexts", "Every race runs on its preferred course.")


def _on_fallback(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate("SnowTexts", "On a fallback course: %1."),
                 _names(a["races"]))


def _cancelled(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate("SnowTexts", "No course ready for: %1."),
                 _names(a["races"]))


def _main_impossible(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate(
        "SnowTexts", "The main race, %1, has no course ready."), str(a["race"]))


def _due_in(a: Mapping[str, Any]) -> str:
    return _fill(SnowPlurals().due_in(int(a["days"])), day(a["decision_date"]))


def _date_reached(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate(
        "SnowTexts", "The decision date, %1, has been reached."), day(a["decision_date"]))


_GONOGO: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "preferred_variant": _preferred,
    "fallback_variant": _fallback,
    "natural_course_closed": _natural_closed,
    "no_ready_loop": _no_ready_loop,
    "loop_not_ready": _loop_not_ready,
    "race_impossible": _race_impossible,
    "all_preferred": _all_preferred,
    "races_on_fallback": _on_fallback,
    "races_cancelled": _cancelled,
    "main_race_impossible": _main_impossible,
    "decision_due_in": _due_in,
    "decision_date_reached": _date_reached,
}
GONOGO_CODES = frozenset(_GONOGO)


def gonogo_reason(code: str, args: Mapping[str, Any]) -> str:
    text = _GONOGO.get(code)
    return text(args) if text else code


def race_state(go: bool, days_to_decision: int) -> str:
    """A race without a course is "not yet" until the decision date, then "no go"."""
    if go:
        return QCoreApplication.translate("SnowTexts", "go")
    if days_to_decision > 0:
        return QCoreApplication.translate("SnowTexts", "not yet")
    return QCoreApplication.translate("SnowTexts", "no go")


# --- issue 14: stations, margins, the planner's parameters ----------------------------------
# (kept as one block so that the parts of issue 14 merge without touching each other)

def _met_by_stored(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate(
        "SnowTexts", "Met by the snow that already exists: %1 km ready + %2 km of stored snow "
        "cover the %3 km; no production needed."),
        km(a["ready_km"]), km(a.get("storable_km", 0.0)), km(a["required_km"]))


def _loops_too_short(a: Mapping[str, Any]) -> str:
    return _fill(QCoreApplication.translate(
        "SnowTexts", "Not met: the target's loops are %1 km long, %2 km short of the %3 km "
        "promised, whatever the snow."),
        km(a.get("loops_km", 0.0)), km(a["short_km"]), km(a["required_km"]))


_PROJECTION.update({"met_by_stored": _met_by_stored, "loops_too_short": _loops_too_short})
PROJECTION_CODES = frozenset(_PROJECTION)


def margin(days: int | None, margin_km: float) -> str:
    """"12 days · +0.0 km" (green and yellow), "none · −3.2 km" (red)."""
    length = QLocale().toString(round(float(margin_km), 1) or 0.0, "f", 1)
    if margin_km >= -0.05 and not length.startswith("-"):
        length = "+" + length
    if days is None:
        head = QCoreApplication.translate("SnowTexts", "no day to spare")
    else:
        head = MarginPlurals().spare(days)
    return f"{head} · {length} km"


class MarginPlurals(QObject):
    """lupdate marks plural forms only on a QObject's tr() (as SnowPlurals)."""

    def spare(self, n: int) -> str:
        return self.tr("%n day(s) to spare", "", n)


def station(choice: Any) -> str:
    """"Norberg (demo, fictional), 2.1 km (nearest)"; what to say when there is none."""
    if choice is None or choice.station is None:
        if choice is not None and choice.chosen_key is not None:
            return _fill(QCoreApplication.translate(
                "SnowTexts", "%1 (chosen; its readings are no longer in the database)"),
                choice.chosen_key)
        return QCoreApplication.translate("SnowTexts", "none within reach")
    return station_option(choice.station) + " " + (
        QCoreApplication.translate("SnowTexts", "(nearest)") if choice.is_default
        else QCoreApplication.translate("SnowTexts", "(chosen)"))


def station_option(summary: Any) -> str:
    """A station as the settings dialog lists it: name and distance from Norberg."""
    distance = summary.distance_km
    if distance is None:
        return _fill(QCoreApplication.translate("SnowTexts", "%1, no position"),
                     station_name(summary.name))
    return _fill(QCoreApplication.translate("SnowTexts", "%1, %2 km"), station_name(summary.name),
                 QLocale().toString(float(distance), "f", 1))


def parameter_label(key: str) -> str:
    """The settings dialog's label for a planner parameter (core.snow_settings.PARAMETERS)."""
    labels_ = {
        "snow.cannons": QCoreApplication.translate("SnowTexts", "Snow cannons"),
        "snow.base_rate_m3h": QCoreApplication.translate(
            "SnowTexts", "Output per cannon at the threshold"),
        "snow.extra_rate_per_degree_m3h": QCoreApplication.translate(
            "SnowTexts", "Extra output per degree colder"),
        "snow.wet_bulb_threshold_c": QCoreApplication.translate(
            "SnowTexts", "Cannons start at wet-bulb"),
        "snow.daily_max_m3": QCoreApplication.translate(
            "SnowTexts", "Most snow the team makes in a day"),
        "snow.track_width_m": QCoreApplication.translate("SnowTexts", "Track width"),
        "snow.machine_depth_m": QCoreApplication.translate("SnowTexts", "Track depth"),
        "snow.melt_loss_summer": QCoreApplication.translate(
            "SnowTexts", "Storage melt over the summer"),
        "snow.production_loss": QCoreApplication.translate(
            "SnowTexts", "Production loss (wind, spreading)"),
    }
    return labels_.get(key, key)


def parameter_unit(unit: str) -> str:
    """Units are symbols, but "cannons" is a word."""
    if unit == "cannons":
        return QCoreApplication.translate("SnowTexts", "cannons")
    return unit
