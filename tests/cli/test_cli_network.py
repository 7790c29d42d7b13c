"""The network on the command line: import and export contacts, the GDPR commands and the
duplicate list; every user mistake is one line on stderr and exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from destination_norberg.cli import main
from destination_norberg.store import models as m
from destination_norberg.store.database import make_engine

pytestmark = pytest.mark.both_engines

CSV = """Företag;Organisationsnummer;Namn;E-post;Telefon
Malmens Vandrarhem;557541-1243;Lena Malm;lena@malmen.example;0223-123 45
Malmens Vandrarhem;;Olle Malm;olle@malmen.example;
Bageriet;556812-3456;Bo Bagare;bo@bageriet.example;
Snickeriet;;Sara Snickare;inte-en-adress;
"""


def counts(url: str) -> tuple[int, int, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return tuple(conn.execute(select(func.count()).select_from(t)).scalar_one()
                         for t in (m.Organisation, m.Person, m.GdprLog))
    finally:
        engine.dispose()


def one_line(text: str) -> str:
    assert "Traceback" not in text
    lines = text.splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("destination-norberg: "), lines[0]
    return lines[0]


@pytest.fixture
def contacts(tmp_path: Path) -> Path:
    path = tmp_path / "kontakter.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_import_lists_bad_rows_and_imports_the_rest(tmp_path: Path, contacts: Path,
                                                    capsys) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    assert main(["--db", url, "import", "contacts", str(contacts)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ("Imported kontakter.csv: 1 new organisation(s), 2 new person(s), 0 "
                      "existing organisation(s) matched, 0 person(s) already there")
    assert out[1] == "2 bad row(s) were left out:"
    assert out[2].startswith("  row 4: The organisation number 556812-3456 is mistyped")
    assert out[3].startswith("  row 5: “inte-en-adress” is not an e-mail address")
    assert counts(url) == (1, 2, 0)  # a bad row is left out whole, its organisation too
    assert main(["--db", url, "import", "contacts", str(contacts)]) == 0
    assert "0 new organisation(s), 0 new person(s), 1 existing organisation(s) matched, " \
           "2 person(s) already there" in capsys.readouterr().out
    assert counts(url) == (1, 2, 0)


def test_strict_import_with_a_bad_row_writes_nothing(demo_url: str, contacts: Path,
                                                     capsys) -> None:
    before = counts(demo_url)
    assert main(["--db", demo_url, "import", "contacts", str(contacts), "--strict"]) == 2
    captured = capsys.readouterr()
    assert "  row 4: The organisation number 556812-3456 is mistyped" in captured.out
    assert one_line(captured.err).endswith("with --strict nothing was imported")
    assert counts(demo_url) == before


def test_an_unreadable_file_writes_nothing_and_creates_no_database(tmp_path: Path,
                                                                   capsys) -> None:
    db = tmp_path / "none.sqlite"
    assert main(["--db", str(db), "import", "contacts", str(tmp_path / "saknas.csv")]) == 2
    assert "does not exist" in one_line(capsys.readouterr().err)
    bad_mapping = tmp_path / "mapping.json"
    bad_mapping.write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "a.csv").write_text(CSV, encoding="utf-8")
    assert main(["--db", str(db), "import", "contacts", str(tmp_path / "a.csv"),
                 "--mapping", str(bad_mapping)]) == 2
    assert "mapping file" in one_line(capsys.readouterr().err)
    assert not db.exists()


def test_import_with_a_mapping_file(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lista.csv"
    data.write_text("Ställe;Vem;Adress\nGruvbaren;Maja;maja@gruvbaren.example\n",
                    encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Ställe": "organisation", "Vem": "name",
                                   "Adress": "email"}), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    assert main(["--db", url, "import", "contacts", str(data), "--mapping", str(mapping)]) == 0
    assert "1 new organisation(s), 1 new person(s)" in capsys.readouterr().out


def snapshot(url: str) -> tuple[list[tuple], list[tuple]]:
    """Every organisation's and person's stored values, to see that nothing changed."""
    engine = make_engine(url)
    org, person = m.Organisation.__table__, m.Person.__table__
    try:
        with engine.connect() as conn:
            return (sorted(tuple(r) for r in conn.execute(select(org))),
                    sorted((tuple(r) for r in conn.execute(select(person))), key=repr))
    finally:
        engine.dispose()


@pytest.mark.parametrize(("fmt", "version"), [("csv", None), ("xlsx", None), ("vcf", "4.0"),
                                              ("vcf", "3.0")])
def test_export_and_import_again_leaves_the_database_unchanged(
        demo_url: str, tmp_path: Path, fmt: str, version: str | None, capsys) -> None:
    out = tmp_path / f"kontakter.{fmt}"
    extra = ["--vcard-version", version] if version else []
    assert main(["--db", demo_url, "export", "contacts", "--format", fmt, "--out",
                 str(out), *extra]) == 0
    kind = f"vcf, vCard {version}" if version else fmt
    assert capsys.readouterr().out.strip() == f"Wrote 105 contact(s) to {out} ({kind})"
    if version:
        assert f"VERSION:{version}" in out.read_text(encoding="utf-8")
    before = counts(demo_url), snapshot(demo_url)
    assert main(["--db", demo_url, "import", "contacts", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "0 new organisation(s), 0 new person(s)" in printed
    assert "bad row" not in printed and "to review" not in printed
    assert (counts(demo_url), snapshot(demo_url)) == before


def test_export_from_a_missing_database_is_refused(tmp_path: Path, capsys) -> None:
    assert main(["--db", str(tmp_path / "x.sqlite"), "export", "contacts", "--format", "csv",
                 "--out", str(tmp_path / "k.csv")]) == 2
    assert "there is no database" in one_line(capsys.readouterr().err)


def test_gdpr_export_erase_and_log(demo_url: str, tmp_path: Path, capsys) -> None:
    assert main(["--db", demo_url, "gdpr", "export", "asa@hotell-hyttgarden.example",
                 "--out", str(tmp_path / "ut")]) == 0
    assert "the export is logged" in capsys.readouterr().out
    files = sorted(p.suffix for p in (tmp_path / "ut").iterdir())
    assert files == [".html", ".json"]
    orgs, persons, logged = counts(demo_url)
    assert logged == 1
    assert main(["--db", demo_url, "gdpr", "erase", "Åsa Nilsson"]) == 2
    message = one_line(capsys.readouterr().err)
    assert "Åsa Nilsson, Hotell Hyttgården" in message and "add --yes" in message
    assert counts(demo_url) == (orgs, persons, 1)
    assert main(["--db", demo_url, "gdpr", "erase", "demo-asa-nilsson", "--yes"]) == 0
    assert capsys.readouterr().out.startswith("Erased the person with uid demo-asa-nilsson: 1 "
                                              "interaction(s) stay")
    assert counts(demo_url) == (orgs, persons - 1, 2)
    assert main(["--db", demo_url, "gdpr", "export", "Åsa Nilsson", "--out",
                 str(tmp_path)]) == 2
    assert "No person matches" in one_line(capsys.readouterr().err)


def test_gdpr_due(demo_url: str, capsys) -> None:
    assert main(["--db", demo_url, "--today", "2026-11-26", "gdpr", "due"]) == 0
    assert capsys.readouterr().out.strip() == "No retention review is due on 2026-11-26."
    assert main(["--db", demo_url, "--today", "2028-03-01", "gdpr", "due"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("retention review(s) due on 2028-03-01:")
    assert any("Åsa Nilsson (Hotell Hyttgården), avtal" in line for line in out)


def test_network_duplicates(demo_url: str, tmp_path: Path, capsys) -> None:
    assert main(["--db", demo_url, "network", "duplicates"]) == 0
    assert capsys.readouterr().out.strip() == "No possible duplicates found."
    extra = tmp_path / "dubbletter.csv"
    extra.write_text("Företag;Orgnr;Namn;E-post\nHotel Hyttgarden AB;;Åsa N;"
                     "asa@hotell-hyttgarden.example\n", encoding="utf-8")
    assert main(["--db", demo_url, "import", "contacts", str(extra)]) == 0
    capsys.readouterr()
    assert main(["--db", demo_url, "network", "duplicates"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2 group(s) of possible duplicates:"
    assert out[1].startswith("  organisations, same e-mail (asa@hotell-hyttgarden.example): "
                             "id 1 Hotell Hyttgården; id 61 Hotel Hyttgarden AB")
    assert out[2].startswith("  persons, same e-mail")


def test_network_merge_people(demo_url: str, tmp_path: Path, capsys) -> None:
    """The duplicate person the import made is merged into the first; her contacts and
    tasks follow, and the mistakes a script can make are one line each."""
    extra = tmp_path / "dubbletter.csv"
    extra.write_text("Företag;Orgnr;Namn;E-post;Telefon\nHotel Hyttgarden AB;;Åsa N;"
                     "asa@hotell-hyttgarden.example;070-555 12 34\n", encoding="utf-8")
    assert main(["--db", demo_url, "import", "contacts", str(extra)]) == 0
    capsys.readouterr()
    engine = make_engine(demo_url)
    try:
        with engine.connect() as conn:
            ids = conn.execute(select(m.Person.id).where(
                m.Person.email == "asa@hotell-hyttgarden.example").order_by(m.Person.id)
            ).scalars().all()
            contacts = conn.execute(select(func.count()).select_from(m.interaction_person)
                                    .where(m.interaction_person.c.person_id == ids[0])
                                    ).scalar_one()
    finally:
        engine.dispose()
    keep, other = (str(i) for i in ids)
    before = counts(demo_url)
    assert main(["--db", demo_url, "network", "merge-people", keep, keep]) == 2
    one_line(capsys.readouterr().err)
    assert main(["--db", demo_url, "network", "merge-people", keep, "99999"]) == 2
    assert "No person matches “99999”" in one_line(capsys.readouterr().err)
    assert counts(demo_url) == before  # nothing written
    assert main(["--db", demo_url, "network", "merge-people", keep, other, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kept"]["id"] == int(keep) and data["kept"]["phone"] == "+46705551234"
    assert [r["id"] for r in data["removed"]] == [int(other)]
    assert len(data["contacts"]) == contacts
    assert counts(demo_url) == (before[0], before[1] - 1, before[2])  # the log is untouched
    assert main(["--db", demo_url, "network", "duplicates"]) == 0
    assert "persons, same e-mail" not in capsys.readouterr().out

class _FullDisk:
    """A temporary file on a full disk: writes fail, and so does the flush in close()."""

    def __init__(self, real) -> None:
        self._real, self.name = real, real.name

    def write(self, data) -> int:
        import errno

        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        import errno

        if not self._real.closed:
            self._real.close()
            raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str):
        return getattr(self._real, name)


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")  # no traceback
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcf"])
def test_export_on_a_full_disk_is_one_line_and_leaves_no_part_file(
        demo_url: str, tmp_path: Path, fmt: str, capsys, monkeypatch) -> None:
    import tempfile
    from types import SimpleNamespace

    from destination_norberg.exchange import contacts_write

    real = tempfile.NamedTemporaryFile
    monkeypatch.setattr(contacts_write, "tempfile", SimpleNamespace(
        NamedTemporaryFile=lambda *a, **k: _FullDisk(real(*a, **k))))
    folder = tmp_path / "ut"
    folder.mkdir()
    for _ in range(2):  # "leaves a .part file each time"
        assert main(["--db", demo_url, "export", "contacts", "--format", fmt, "--out",
                     str(folder / f"kontakter.{fmt}")]) == 2
        err = capsys.readouterr().err
        assert one_line(err).startswith(f"destination-norberg: the disk is full: kontakter.{fmt}")
        assert "Errno" not in err and "Traceback" not in err
    assert list(folder.iterdir()) == []
