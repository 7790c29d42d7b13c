"""The snow planner's parameters as the destination's settings, read in one place.

Each parameter is one key in `destination_setting` (core.snow_settings.PARAMETERS: key,
unit, range); a key never set, or set out of range by hand, reads as its default, so a
database without settings plans with DESIGN.md §2's figures. Every judgement (the snow page,
`snow status`, the bulletin, the status page, go/no-go) takes its SnowSettings from
`snow_settings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from destination_norberg.core.snow_settings import (
    DEFAULT_SETTINGS,
    PARAMETER_KEYS,
    PARAMETERS,
    Parameter,
    SnowSettings,
    with_values,
)


def _source(where: Any) -> Any:
    from destination_norberg.store.rows import EngineRows

    return where if hasattr(where, "rows") else EngineRows(where)


def _stored(source: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in source.rows(
        "SELECT name, value FROM destination_setting WHERE name LIKE 'snow.%'")}


def _parse(spec: Parameter, text: str) -> float:
    """The shown value `text` stands for; ValueError with a one-line message."""
    try:
        value = float(text.strip().replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        raise ValueError(f"{spec.key} must be a number ({spec.unit}), not {text!r}") from None
    return spec.check(value)


def snow_settings(where: Any) -> SnowSettings:
    """The planner's parameters for this destination; `where` is a RowSource or an Engine,
    or a database URL."""
    if isinstance(where, str):
        from destination_norberg.store.reading import read_with

        return read_with(where, snow_settings)
    values: dict[str, float] = {}
    for key, text in _stored(_source(where)).items():
        spec = PARAMETER_KEYS.get(key)
        if spec is None:
            continue
        try:
            values[key] = _parse(spec, text)
        except ValueError:
            continue  # edited by hand out of range: the default
    return with_values(values, DEFAULT_SETTINGS)


def resolve_snow_settings(where: Any, override: SnowSettings | None) -> SnowSettings:
    return snow_settings(where) if override is None else override


@dataclass(frozen=True, slots=True)
class SettingRow:
    """One parameter as the settings dialog and `snow settings` list it."""

    spec: Parameter
    value: float  # in the shown unit
    default: float
    is_default: bool  # never set (or set to the default)


def setting_rows(where: Any) -> list[SettingRow]:
    current = snow_settings(where)
    return [SettingRow(spec, spec.shown(current), spec.shown(DEFAULT_SETTINGS),
                       spec.shown(current) == spec.shown(DEFAULT_SETTINGS))
            for spec in PARAMETERS]


def check_setting(key: str, text: str) -> float:
    """The value `text` gives `key`, or ValueError (unknown key, not a number, out of range)."""
    spec = PARAMETER_KEYS.get(key)
    if spec is None:
        raise ValueError(f"unknown setting {key!r}; the settings are: "
                         f"{', '.join(PARAMETER_KEYS)}")
    return _parse(spec, text)


def set_snow_settings(where: Any, values: dict[str, str]) -> None:
    """Check every value first, then store them all; `where` is a URL or an Engine. A bad
    value raises ValueError and writes nothing."""
    from destination_norberg.app.settings import _engine_of
    from destination_norberg.store.settings_repo import write_setting

    checked = {key: check_setting(key, text) for key, text in values.items()}
    with_values(checked)  # the combination is valid too
    engine, owned = _engine_of(where)
    try:
        for key, value in checked.items():
            write_setting(engine, key, repr(float(value)))
    finally:
        if owned:
            engine.dispose()


@dataclass(frozen=True)
class SettingsForm:
    """What the settings dialog shows: the parameters, the targets, the stations with
    readings, and the station each target uses per need."""

    rows: list[SettingRow]
    targets: list[Any]  # app.snow_stations.TargetRef, by deadline
    stations: list[Any]  # core.snow_stations.StationSummary
    choices: dict[int, dict[str, Any]]  # target id → need → StationChoice


def read_settings_form(url: str) -> SettingsForm:
    """Worker: everything the dialog shows, in one read."""
    from destination_norberg.app.snow_stations import station_choices, stations, target_refs
    from destination_norberg.store.reading import read_with

    def read(source: Any) -> SettingsForm:
        known = stations(source)
        return SettingsForm(setting_rows(source), target_refs(source), known,
                            station_choices(source, known))

    return read_with(url, read)


def save_settings_form(where: Any, values: dict[str, str],
                       stations: dict[tuple[str, str], str | None]) -> None:
    """Worker: the dialog's save. Every parameter is checked before anything is written;
    `stations` maps (target uid, need) to a station key, None for the nearest."""
    from destination_norberg.app.settings import _engine_of
    from destination_norberg.app.snow_stations import set_station_uids

    checked = {key: check_setting(key, text) for key, text in values.items()}
    with_values(checked)
    engine, owned = _engine_of(where)
    try:
        from destination_norberg.store.settings_repo import write_setting

        for key, value in checked.items():
            write_setting(engine, key, repr(float(value)))
        set_station_uids(engine, stations)
    finally:
        if owned:
            engine.dispose()
