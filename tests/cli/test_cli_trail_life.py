"""`trail state` and `trail delete`, and the one rule of what the public sees: the command
line's `trails --public`, the status page and the bulletin list the same trails."""

from __future__ import annotations

import json

import pytest

from destination_norberg.app.bulletin import read_bulletin
from destination_norberg.app.map_edit import trail_line
from destination_norberg.app.snow_edit import insert_row, load
from destination_norberg.app.status_data import read_status
from destination_norberg.cli.errors import UserError
from destination_norberg.cli.trails import cmd_trail_delete, cmd_trail_state, cmd_trails
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines


def states(url: str, now, capsys, public: bool = False) -> dict[str, str]:
    assert cmd_trails(url, True, now, 7, public) == 0
    return {item["name"]: item["lifecycle"] for item in json.loads(capsys.readouterr().out)}


def new_trail(engine, name: str, lifecycle: str = "planerad") -> dict:
    return insert_row(engine, "trail", {
        "name": name, "kind": "mtb", "area": "Kärrgruvan", "lit": False,
        "description_sv": "", "description_en": "", "lifecycle": lifecycle,
        **trail_line([(551_000.0, 6_659_000.0), (551_300.0, 6_659_400.0)])})


def test_state_moves_a_trail_through_its_life(demo_engine, demo_url, fixed_now,
                                              capsys) -> None:
    assert states(demo_url, fixed_now, capsys)["Gruvstigen"] == "oppen"
    assert cmd_trail_state(demo_url, "Gruvstigen", "under-byggnad") == 0
    assert capsys.readouterr().out.strip() == "Gruvstigen: oppen -> under-byggnad"
    assert states(demo_url, fixed_now, capsys)["Gruvstigen"] == "under_byggnad"
    assert cmd_trail_state(demo_url, "Gruvstigen", "under-byggnad") == 0
    assert "already" in capsys.readouterr().out
    assert cmd_trail_state(demo_url, "gruvstigen", "nedlagd") == 0
    assert "-> nedlagd" in capsys.readouterr().out
    assert states(demo_url, fixed_now, capsys)["Gruvstigen"] == "nedlagd"


@pytest.mark.parametrize(("key", "state", "message"), [
    ("Gruvstigen", "stängd", "not a trail state"),
    ("Ingen sådan stig", "oppen", "Ingen sådan stig"),
])
def test_state_refuses_bad_words_and_writes_nothing(demo_engine, demo_url, key, state,
                                                    message) -> None:
    uid = "demo-gruvstigen"
    before = load(demo_engine, "trail", uid)
    with pytest.raises(UserError, match=message):
        cmd_trail_state(demo_url, key, state)
    assert load(demo_engine, "trail", uid) == before


def test_delete_is_refused_while_reports_refer_to_the_trail(demo_engine, demo_url,
                                                            fixed_now, capsys) -> None:
    with pytest.raises(UserError, match=r"“Gruvstigen” cannot be deleted: \d+ report\(s\) "
                       r"refer to it\. Retire it instead"):
        cmd_trail_delete(demo_url, "Gruvstigen")
    with pytest.raises(UserError, match="snow-guarantee target"):
        cmd_trail_delete(demo_url, "Snölagringsslingan")
    assert "Gruvstigen" in states(demo_url, fixed_now, capsys)


def test_delete_removes_a_trail_nothing_refers_to(demo_engine, demo_url, fixed_now,
                                                  capsys) -> None:
    row = new_trail(demo_engine, "Nya flowspåret")
    assert row["length_m"] == 500.0  # measured as an import measures: a 300-400-500 line
    assert cmd_trail_delete(demo_url, "Nya flow") == 0
    assert capsys.readouterr().out.strip() == "Deleted Nya flowspåret."
    assert "Nya flowspåret" not in states(demo_url, fixed_now, capsys)


def test_the_public_views_agree_and_show_only_open_trails(demo_engine, demo_url, fixed_now,
                                                         capsys) -> None:
    new_trail(demo_engine, "Nya flowspåret", "planerad")
    new_trail(demo_engine, "Bygget", "under_byggnad")
    cmd_trail_state(demo_url, "Hyttbacken", "nedlagd")
    capsys.readouterr()
    everything = states(demo_url, fixed_now, capsys)
    public = set(states(demo_url, fixed_now, capsys, public=True))
    assert {"Nya flowspåret", "Bygget", "Hyttbacken"} <= set(everything)
    assert public == {n for n, s in everything.items() if s == "oppen"}
    assert len(public) == 17
    rows = EngineRows(demo_engine)
    try:
        status = read_status(rows, fixed_now, 7, with_guarantee=False)
        bulletin = read_bulletin(rows, fixed_now.date(), fixed_now, 7)
    finally:
        rows.close()
    assert {t.name for t in status.trails} == public
    assert {t.id for t in status.trails} == set(status.geometries)
    assert {t.name for t in bulletin.trails} == public
