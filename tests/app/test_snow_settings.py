"""The planner's parameters and the station choice as the destination's settings: one
reader (app.snow_settings.snow_settings) that every judgement uses, checked writes."""

from __future__ import annotations

import pytest

from destination_norberg.app.snow import snow_report
from destination_norberg.app.snow_settings import (
    read_settings_form,
    save_settings_form,
    set_snow_settings,
    setting_rows,
    snow_settings,
)
from destination_norberg.app.snow_stations import setting_key, station_choices
from destination_norberg.core.snow_settings import DEFAULT_SETTINGS
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.settings_repo import read_setting, write_setting

pytestmark = pytest.mark.both_engines


def test_a_database_without_settings_plans_with_the_defaults(demo_engine) -> None:
    assert snow_settings(demo_engine) == DEFAULT_SETTINGS
    assert all(r.is_default for r in setting_rows(demo_engine))


def test_stored_values_are_read_and_a_bad_one_is_its_default(demo_engine, demo_url) -> None:
    set_snow_settings(demo_url, {"snow.cannons": "6", "snow.production_loss": "15",
                                 "snow.machine_depth_m": "0,35"})  # a decimal comma too
    write_setting(demo_engine, "snow.track_width_m", "wide")  # edited by hand
    write_setting(demo_engine, "snow.daily_max_m3", "-5")  # out of range
    s = snow_settings(demo_url)
    assert s.cannons == 6 and s.production_loss == pytest.approx(0.15)
    assert s.machine_depth_m == pytest.approx(0.35)
    assert s.track_width_m == DEFAULT_SETTINGS.track_width_m
    assert s.daily_max_m3 == DEFAULT_SETTINGS.daily_max_m3


def test_a_bad_value_writes_nothing(demo_engine, demo_url) -> None:
    with pytest.raises(ValueError, match=r"snow\.track_width_m must be 1 to 20 m, not 0"):
        set_snow_settings(demo_url, {"snow.cannons": "8", "snow.track_width_m": "0"})
    assert read_setting(EngineRows(demo_engine), "snow.cannons") is None


def test_every_judgement_uses_the_stored_settings(demo_engine, demo_url, fixed_now) -> None:
    before = snow_report(EngineRows(demo_engine), fixed_now).judged[1][1]
    set_snow_settings(demo_url, {"snow.cannons": "0"})
    report = snow_report(EngineRows(demo_engine), fixed_now)
    assert report.settings.cannons == 0
    race = report.judged[1][1]
    assert before.producible_km > 0 and race.producible_km == 0
    assert race.reason_code == "short_by"


def test_the_dialog_form_reads_and_saves_in_one_go(demo_engine, demo_url) -> None:
    form = read_settings_form(demo_url)
    assert form.rows[0].spec.key == "snow.cannons"
    assert [t.uid for t in form.targets] == ["demo-premiar-1-dec",
                                             "demo-engelbrektsloppet-2027"]
    (demo,) = form.stations
    assert demo.name == "Norberg (demo, fiktiv)" and demo.distance_km < 5
    save_settings_form(demo_url, {"snow.cannons": "3"},
                       {("demo-premiar-1-dec", "temperature"): "demo:norberg",
                        ("demo-premiar-1-dec", "snow_depth"): None})
    source = EngineRows(demo_engine)
    assert snow_settings(source).cannons == 3
    assert read_setting(source, setting_key("demo-premiar-1-dec", "temperature")) == \
        "demo:norberg"
    choices = station_choices(source)
    premiar = next(iter(choices.values()))
    assert not premiar["temperature"].is_default and premiar["snow_depth"].is_default
