"""Messages from importers, geodata, the store and app/ reach the Swedish window in Swedish.

Every `said(key, english)` (and `template(key, english)`) below the window has its key in one
of the window's tables (gui/common/texts_*.py) with the very same English, and the Swedish
catalogue translates it keeping its {placeholders}. Then the flows: a contacts row refused,
a calendar file's notes and errors, a geodata file's skipped features and coordinate system,
a file that could not be written, a status page that could not be published.
"""

from __future__ import annotations

import ast
import errno
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from destination_norberg.core.diskerrors import write_error
from destination_norberg.core.said import said, sentences
from destination_norberg.gui.common import i18n, messages
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.messages import error_text, word, words

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "destination_norberg"
TS = ROOT / "resources" / "translations" / "destination_norberg_sv.ts"
MAKERS = {"said", "Said", "template"}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _said_in_sources() -> dict[str, set[str]]:
    """key -> the English texts it is said with, over every module below the window."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" in path.relative_to(PACKAGE).parts or path.name == "said.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in MAKERS):
                key, english = node.args[0], node.args[1]
                assert isinstance(key, ast.Constant) and isinstance(english, ast.Constant), \
                    f"{path}:{node.lineno}: said() needs a literal key and English text"
                found.setdefault(key.value, set()).add(english.value)
    return found


def _tables() -> dict[str, tuple[str, str]]:
    """key -> (context, English) as the window's tables write them."""
    out: dict[str, tuple[str, str]] = {}
    for path in sorted((PACKAGE / "gui" / "common").glob("texts_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    assert isinstance(key, ast.Constant) and isinstance(value, ast.Call)
                    assert key.value not in out, f"{key.value} is in two tables"
                    context, english = (a.value for a in value.args[:2])  # type: ignore[attr-defined]
                    out[key.value] = (context, english)
    return out


def _swedish() -> dict[tuple[str, str], str]:
    out = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is not None and t.get("type") is None and (t.text or "").strip():
                out[(ctx.findtext("name") or "", m.findtext("source") or "")] = t.text or ""
    return out


@pytest.fixture
def swedish(qapp):
    i18n.install(qapp, "sv")
    yield
    i18n.install(qapp, "en")


def test_every_message_said_below_the_window_has_its_text_in_a_table() -> None:
    said_ = _said_in_sources()
    tables = _tables()
    assert len(said_) > 150
    missing = sorted(k for k in said_ if k not in tables)
    assert missing == []
    differ = sorted(k for k, texts in said_.items() if texts != {tables[k][1]})
    assert differ == [], "the English of these keys differs from where they are said"
    unused = sorted(k for k in tables if k not in said_)
    assert unused == []


def test_every_message_has_a_swedish_text_with_the_same_placeholders() -> None:
    swedish = _swedish()
    problems = []
    for key, (context, english) in _tables().items():
        text = swedish.get((context, english))
        if text is None:
            problems.append(f"{key}: no Swedish text")
        elif not set(PLACEHOLDER.findall(text)) <= set(PLACEHOLDER.findall(english)):
            problems.append(f"{key}: a placeholder the English does not fill")
    assert problems == []


def test_the_swedish_window_words_a_message_in_swedish(swedish) -> None:
    text = said("contacts.not_email", "“{value}” is not an e-mail address.", value="anna@")
    assert text == "“anna@” is not an e-mail address."  # the command line's English
    assert word(text) == "”anna@” är ingen e-postadress."
    assert word("a plain text") == "a plain text"
    unknown = said("nobody.knows", "Shown as {it} is.", it="x")
    assert word(unknown) == "Shown as x is."  # never hidden, only not yet translated


def test_parameters_and_several_sentences_are_worded_too(swedish) -> None:
    reason = said("file.why.full", "the disk is full")
    text = said("output.cannot_write_into", "Cannot write into {folder}: {reason}.",
                folder="/ut", reason=reason)
    assert word(text) == "Kan inte skriva i /ut: disken är full."
    both = sentences([said("file.empty", "The file is empty."),
                      said("contacts.person_needs_name", "A person needs a name.")])
    assert str(both) == "The file is empty. A person needs a name."
    assert word(both) == "Filen är tom. En person behöver ett namn."
    big = said("contacts.too_many_rows", "The file has more than {rows} rows; split it and "
               "import the parts.", rows=200000)
    assert "200\xa0000" in word(big) or "200 000" in word(big)


def test_a_clause_keeps_its_key_and_is_worded_as_its_whole_sentence(swedish) -> None:
    from destination_norberg.core.said import clause

    reason = said("file.empty", "The file is empty.")
    inner = clause(reason)
    assert inner == "The file is empty" and getattr(inner, "key", "") == "clause"
    assert word(inner) == "Filen är tom"
    left_out = said("calendar.event_left_out", "{reason}; this event was left out.",
                    reason=inner)
    assert left_out == "The file is empty; this event was left out."
    assert word(left_out) == "Filen är tom. Evenemanget utelämnades."
    assert clause("plain.") == "plain"


def test_the_english_window_words_a_clause_without_its_full_stop(qapp) -> None:
    from destination_norberg.core.said import clause

    i18n.install(qapp, "en")
    left_out = said("calendar.event_left_out", "{reason}; this event was left out.",
                    reason=clause(said("file.empty", "The file is empty.")))
    assert word(left_out) == "The file is empty; this event was left out." == left_out


def test_the_english_window_keeps_the_english(qapp) -> None:
    i18n.install(qapp, "en")
    text = said("geo.skip.too_few_points", "too few points")
    assert word(text) == "too few points"
    assert messages.templates()["geo.skip.too_few_points"] == "too few points"


def test_a_refused_contacts_row_is_told_in_swedish(swedish) -> None:
    from destination_norberg.core.contacts import ContactError, ContactRow
    from destination_norberg.exchange.contacts_mapping import NO_CONTACT
    from destination_norberg.store.network_import import check_row

    row = ContactRow(source_row=2, organisation="Kafé Torget", orgnr="556677-8890",
                     email="inte-en-adress")
    with pytest.raises(ContactError) as caught:
        check_row(row, date(2026, 11, 26))
    assert "is not an e-mail address" in str(caught.value)  # the command line's English
    worded = user_message(caught.value)
    assert "felskrivet" in worded  # the organisation number's check digit …
    assert "är ingen e-postadress" in worded  # … and the e-mail, one sentence each
    assert "is not" not in worded
    assert word(NO_CONTACT).startswith("den saknar namn")


def test_a_calendar_files_notes_and_errors_are_in_swedish(swedish) -> None:
    from destination_norberg.exchange.ical_common import IcalError
    from destination_norberg.exchange.ical_read import read_calendar

    result = read_calendar(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n"
                     b"DTSTART:20270210T100000\r\nSUMMARY:Sprint\r\nRRULE:FREQ=DAILY;UNTL=X\r\n"
                     b"END:VEVENT\r\nBEGIN:VEVENT\r\nUID:3\r\nSUMMARY:Pimpel\r\n"
                     b"DTSTART:20270211T100000\r\nEND:VEVNT\r\n"
                     b"BEGIN:VTODO\r\nUID:2\r\nEND:VTODO\r\nEND:VCALENDAR\r\n")
    # issue 16: a repeating event is unrolled (no note), a broken one refused on its own
    shown = words(result.warnings)
    assert any("upprepningsregeln (RRULE) för evenemanget 'Sprint' kan inte användas (okänd "
               "del UNTL)" in w for w in shown), shown
    (refused,) = words(result.refused)
    assert refused == ("Rad 9: evenemanget 'Pimpel' slutar med END:VEVNT på rad 13 i stället "
                       "för END:VEVENT. Evenemanget utelämnades."), refused
    assert str(result.refused[0]) == ("Line 9: the event 'Pimpel' ends with END:VEVNT on line "
                                      "13 instead of END:VEVENT; this event was left out.")
    assert any("1 uppgift" in w for w in shown), shown
    assert any("utan tidszon" in w for w in shown), shown
    assert not any("The file" in w or "Line " in w for w in shown), shown
    with pytest.raises(IcalError) as caught:
        read_calendar(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n")
    assert user_message(caught.value).startswith("Filen slutar")


def test_geodata_reasons_and_errors_are_in_swedish(swedish, tmp_path: Path) -> None:
    from destination_norberg.geo.convert import SKIP_TOO_FEW_POINTS
    from destination_norberg.geo.errors import GeoImportError
    from destination_norberg.geo.read import read_layer

    assert word(SKIP_TOO_FEW_POINTS) == "för få punkter"
    skipped = {SKIP_TOO_FEW_POINTS: 2}
    assert skipped.get("too few points") == 2  # the CLI and the tests keep the English key
    with pytest.raises(GeoImportError) as caught:
        read_layer(tmp_path / "saknas.gpx")
    assert user_message(caught.value) == "Filen saknas.gpx hittades inte."
    odd = tmp_path / "x.txt"
    odd.write_text("x")
    with pytest.raises(GeoImportError) as caught:
        read_layer(odd)
    assert user_message(caught.value).startswith("Programmet kan inte läsa .txt filer")


def test_a_file_not_written_and_a_page_not_published_are_in_swedish(swedish,
                                                                     tmp_path: Path) -> None:
    from destination_norberg.app.errors import AppError
    from destination_norberg.app.publish import publish_status

    full = write_error(OSError(errno.ENOSPC, "No space left on device"), "/ut/kontakter.xlsx")
    assert str(full) == ("the disk is full: kontakter.xlsx was not written (nothing was left "
                         "behind)")
    assert user_message(full) == "Disken är full: kontakter.xlsx skrevs inte (inget lämnades " \
                                 "kvar)."
    a_file = tmp_path / "fil"
    a_file.write_text("")
    with pytest.raises(AppError) as caught:
        publish_status("sqlite://", a_file, None, None)  # type: ignore[arg-type]
    assert error_text(caught.value) == f"{a_file} är en fil, inte en mapp: statussidan läggs " \
                                       "i en mapp"


def test_the_swedish_map_import_dialog_says_everything_in_swedish(qtbot, qapp, demo_url,
                                                                 demo_engine, fixed_now,
                                                                 tmp_path: Path,
                                                                 monkeypatch) -> None:
    """End to end in the window: the import preview's skipped reasons and coordinate system."""
    import json

    from PySide6.QtWidgets import QDialog

    from destination_norberg.core.trails import DEFAULT_STALE_DAYS
    from destination_norberg.gui.common.jobs import TaskRunner
    from destination_norberg.gui.events.planning_data import PlanningStore
    from destination_norberg.gui.map.geodata_io import GeoImportDialog, run_import
    from destination_norberg.gui.map.page import MapPage

    i18n.install(qapp, "sv")
    runner = TaskRunner()
    page = MapPage(PlanningStore(demo_url, lambda: demo_engine), runner, lambda: fixed_now,
                   lambda: DEFAULT_STALE_DAYS)
    qtbot.addWidget(page)
    try:
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            page.reload()
        src = tmp_path / "spår.geojson"
        src.write_text(json.dumps({
            "type": "FeatureCollection",
            "crs": {"type": "name", "properties": {"name": "EPSG:3006"}},
            "features": [
                {"type": "Feature", "properties": {"name": "Nyslingan"}, "geometry": {
                    "type": "LineString",
                    "coordinates": [[551_000.0, 6_658_000.0], [551_600.0, 6_658_800.0]]}},
                {"type": "Feature", "properties": {"name": "Tom"}, "geometry": None}]}),
            encoding="utf-8")
        seen: dict = {}

        def look(dialog: GeoImportDialog) -> int:
            seen["summary"] = dialog.ui.summary.text()
            return QDialog.DialogCode.Rejected
        monkeypatch.setattr(GeoImportDialog, "exec", look)
        assert not run_import(page, src)
        summary = seen["summary"]
        assert "Hoppade över: 1 (ingen geometri)." in summary
        assert "Koordinaterna är i SWEREF 99 TM" in summary
        assert "no geometry" not in summary and "Coordinates are in" not in summary
    finally:
        page.stop()
        runner.shutdown()
        i18n.install(qapp, "en")


#: The flows whose every message the window words (issue 17): a plain English sentence
#: raised or noted here would reach the Swedish window in English.
WORDED = ("core/contacts.py", "core/network.py", "core/diskerrors.py",
          "store/network_import.py", "store/geodata_store.py",
          "exchange/contacts_read.py", "exchange/contacts_table.py", "exchange/contacts_csv.py",
          "exchange/contacts_xlsx.py", "exchange/contacts_xlsx_package.py",
          "exchange/contacts_vcard.py", "exchange/ical_read.py", "exchange/ical_lex.py",
          "exchange/ical_tz.py", "exchange/ical_repeat.py", "exchange/ical_notes.py",
          "exchange/package_bundle.py", "geo/sources.py", "geo/errors.py", "geo/read.py",
          "geo/convert.py", "geo/crs.py", "app/publish.py", "app/zones.py",
          "core/package_versions.py")


def _plain_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant)
                                               and isinstance(node.value, str))


def test_the_worded_flows_raise_and_note_only_named_messages() -> None:
    plain = []
    for name in WORDED:
        path = PACKAGE / name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and \
                    node.exc.args and _plain_text(node.exc.args[0]):
                error = ast.unparse(node.exc.func)
                if error not in {"ValueError", "TypeError"}:  # a programming error's text
                    plain.append(f"{name}:{node.lineno}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr == "append" and "warnings" in ast.unparse(node.func.value) \
                    and node.args and _plain_text(node.args[0]):
                plain.append(f"{name}:{node.lineno}")
    assert plain == []


def test_a_package_the_form_cannot_save_is_told_in_swedish(swedish) -> None:
    from destination_norberg.core.package_versions import validate

    with pytest.raises(ValueError) as caught:
        validate({"title_sv": "", "price_basis_persons": 2})
    assert str(caught.value) == "The package needs a Swedish title."
    assert user_message(caught.value) == "Paketet behöver en svensk titel."
