"""`packages`, `export package` and `publish status` on the command line (through cli.main,
so the argument parsing and the one-line errors are covered too)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from destination_norberg.cli import main
from destination_norberg.cli import packages as cli_packages
from destination_norberg.exchange.package_bundle import write_bundle
from destination_norberg.store.package_read import package_detail
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines

TODAY = ["--today", "2026-11-26"]


@pytest.fixture
def no_pdf(monkeypatch):
    """The Qt brochure writer is the window's: these tests run without it."""
    monkeypatch.setattr(cli_packages, "brochure_writer", lambda: None)


def run(url: str, *args: str) -> int:
    return main(["--db", url, *TODAY, *args])


def test_packages_lists_id_title_event_and_version(demo_url, capsys) -> None:
    assert run(demo_url, "packages") == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2
    assert "Engelbrektsloppet-helg 2027" in out[1] and "v1" in out[1]
    assert "Engelbrektsloppet 60 km klassisk" in out[1] and "3210 kr/person" in out[1]
    assert run(demo_url, "packages", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [(p["id"], p["version"], p["event"]) for p in data] == [
        (2, 1, "Vinterstråket 2026/27"), (1, 1, "Engelbrektsloppet 60 km klassisk")]
    assert data[1]["per_person_sek"] == "3210" and data[1]["last_sent"] is None


def test_packages_without_a_database_is_one_line(tmp_path, capsys) -> None:
    assert main(["--db", str(tmp_path / "none.sqlite"), "packages"]) == 2
    assert "there is no database" in capsys.readouterr().err


def test_export_for_every_partner_records_the_dispatch(demo_url, tmp_path, capsys,
                                                       no_pdf) -> None:
    out = tmp_path / "ut"
    assert run(demo_url, "export", "package", "vinterstråket", "--out", str(out)) == 0
    printed = capsys.readouterr().out
    assert "brochure PDF is left out" in printed
    assert "Recorded version 1" in printed and "to 4 partner(s)" in printed
    folders = sorted(p.name for p in out.iterdir())
    assert len(folders) == 4 and folders[0].startswith("vinterstraket-skidpremiar")
    assert run(demo_url, "packages", "--json") == 0
    data = {p["id"]: p for p in json.loads(capsys.readouterr().out)}
    assert data[2]["last_sent"].startswith("2026-11-2")  # --today's day, the real time of day


def test_export_one_partner_as_zip_in_english(demo_url, tmp_path, capsys, no_pdf) -> None:
    out = tmp_path / "ut"
    assert run(demo_url, "export", "package", "1", "--out", str(out), "--partner", "glid",
               "--zip", "--lang", "en", "--per-day") == 0
    assert "for Glidresor AB (en)" in capsys.readouterr().out
    (bundle,) = out.iterdir()
    # Issue 17: an English bundle is named in English, from the English title.
    assert bundle.name == "engelbrektsloppet-weekend-2027-glidresor-ab.zip"
    with zipfile.ZipFile(bundle) as archive:
        html = archive.read(f"{bundle.stem}/engelbrektsloppet-weekend-2027.html").decode()
        ics = archive.read(f"{bundle.stem}/engelbrektsloppet-weekend-2027-programme.ics"
                           ).decode()
    assert '<html lang="en">' in html and "Engelbrektsloppet weekend 2027" in html
    assert ics.count("BEGIN:VEVENT") == 11  # the Friday–Saturday expo split into two days


def test_a_changed_package_is_sent_as_a_new_version(demo_url, demo_engine, tmp_path,
                                                     capsys, no_pdf) -> None:
    from destination_norberg.store.package_write import load_id, update_package

    out = tmp_path / "ut"
    assert run(demo_url, "export", "package", "1", "--out", str(out), "--partner",
               "hotell") == 0
    row = load_id(demo_engine, 1)
    update_package(demo_engine, row, {**row, "text_sv": "Nu med bastu."})
    assert run(demo_url, "packages") == 0
    assert "v1 (changed since sent)" in capsys.readouterr().out
    assert run(demo_url, "export", "package", "1", "--out", str(out), "--partner",
               "hotell") == 0
    assert "Recorded version 2" in capsys.readouterr().out
    page = (out / "engelbrektsloppet-helg-2027-hotell-hyttgarden"
            / "engelbrektsloppet-helg-2027.html").read_text(encoding="utf-8")
    assert "Version 2" in page and "Nu med bastu." in page


@pytest.mark.parametrize(("args", "message"), [
    (["export", "package", "nothing", "--out", "X"], "There is no package “nothing”"),
    (["export", "package", "1", "--out", "X", "--partner", "Malmen"], "is not a partner"),
    (["publish", "status", "--out", "X", "--stale-days", "-1"], "--stale-days must be"),
])
def test_user_mistakes_are_one_line(demo_url, tmp_path, capsys, no_pdf, args,
                                    message) -> None:
    args = [str(tmp_path / "x") if a == "X" else a for a in args]
    assert run(demo_url, *args) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


def test_out_must_be_a_folder(demo_url, tmp_path, capsys, no_pdf) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    assert run(demo_url, "export", "package", "1", "--out", str(blocker)) == 2
    assert run(demo_url, "publish", "status", "--out", str(blocker)) == 2
    assert "is a file" in capsys.readouterr().err


def test_a_failing_brochure_writer_fails_the_export_and_records_nothing(
        demo_url, tmp_path, capsys, monkeypatch) -> None:
    def broken(detail, path: Path, lang: str) -> None:
        raise RuntimeError("no fonts")

    monkeypatch.setattr(cli_packages, "brochure_writer", lambda: broken)
    out = tmp_path / "ut"
    assert run(demo_url, "export", "package", "1", "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert "no fonts" in err and "No dispatch was recorded" in err
    assert list(out.iterdir()) == []
    assert run(demo_url, "packages", "--json") == 0
    assert all(p["last_sent"] is None for p in json.loads(capsys.readouterr().out))


def test_the_brochure_writer_is_used_when_it_loads(demo_url, tmp_path, capsys,
                                                   monkeypatch) -> None:
    def fake(detail, path: Path, lang: str) -> None:
        path.write_bytes(b"%PDF-1.7 " + detail.title(lang).encode())

    monkeypatch.setattr(cli_packages, "brochure_writer", lambda: fake)
    out = tmp_path / "ut"
    assert run(demo_url, "export", "package", "1", "--out", str(out), "--partner",
               "hotell") == 0
    assert "left out" not in capsys.readouterr().out
    assert (out / "engelbrektsloppet-helg-2027-hotell-hyttgarden"
            / "engelbrektsloppet-helg-2027-broschyr.pdf").read_bytes().startswith(b"%PDF")


def test_publish_status(demo_url, tmp_path, capsys) -> None:
    out = tmp_path / "web"
    assert run(demo_url, "publish", "status", "--out", str(out)) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("Published the status of 18 trail(s) (")
    assert sorted(p.name for p in out.iterdir()) == [
        "en.html", "events-en.ics", "events-en.jsonld", "events-published.json", "events.ics",
        "events.jsonld", "index.html", "status.geojson", "status.json"]
    ld = json.loads((out / "events.jsonld").read_text(encoding="utf-8"))
    names = [i["item"]["name"] for i in ld["itemListElement"]]
    # the demo's public events, and none of its meetings, ideas or early cancellation
    assert f"Published {len(names)} public event(s) (0 cancelled)" in line
    assert "Julmarknad på Torget" in names and "Luciafirande på Torget" in names
    assert not {"Nätverksfrukost december", "Höstmarknad", "Fackelskidning på natursnö",
                "Vinterstråket 2026/27"} & set(names)
    ics = (out / "events.ics").read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == len(names) and "TZID=Europe/Stockholm" in ics
    feed = json.loads((out / "status.json").read_text(encoding="utf-8"))
    assert feed["generated_at"].startswith("2026-11-2") and feed["generated_at"].endswith("Z")
    assert run(demo_url, "publish", "status", "--out", str(out), "--stale-days", "30") == 0
    assert "(0 stale)" in capsys.readouterr().out


def test_help_names_the_new_commands(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "packages" in out and "publish" in out
    with pytest.raises(SystemExit):
        main(["export", "package", "--help"])
    assert "--partner" in capsys.readouterr().out


def test_the_bundle_can_be_written_without_the_cli(demo_engine, tmp_path) -> None:
    """The window's path: detail from the store, bundle from exchange, no Qt needed."""
    detail = package_detail(EngineRows(demo_engine), 2)
    out = write_bundle(detail, tmp_path / "w")
    assert (out / "vinterstraket-skidpremiar-helg-i-norberg-leder.gpx").is_file()


def test_one_package_shows_each_parts_basis_and_the_same_prices(demo_url, capsys) -> None:
    assert run(demo_url, "packages", "engelbrektsloppet-helg") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Engelbrektsloppet-helg 2027 (id 1), priced for 2 person(s)"
    assert "750 kr per person × 2 = 1500 kr" in out[1]
    assert "1195 kr per room (2 persons) × 1 = 1195 kr" in out[2]
    assert out[-1] == "Total 6420 kr for 2 person(s); 3210 kr per person"
    assert run(demo_url, "packages", "Vinterstråket", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["per_person_sek"] == "1738" and data["components"][-1]["basis"] == "per package"


def test_an_unknown_package_is_one_line(demo_url, capsys) -> None:
    assert run(demo_url, "packages", "Sommarlov") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "There is no package “Sommarlov”" in err[0]
