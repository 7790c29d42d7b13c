"""The Qt-made PDFs: the package brochure and the daily bulletin, read back with pypdf.

Text is checked as a reader copies it out of the PDF (å, ä and ö intact), the page as A4, the
body type as about 10 pt (laying the document out for the screen on a 300-dpi page makes it
3–4× too small, DESIGN.md §4), the map as an image in the file, and the writing as atomic.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from datetime import UTC, date, datetime, time
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication

from destination_norberg.core.events import EventRecord, StrakRecord, StrakStopRecord
from destination_norberg.core.timeutil import to_utc
from destination_norberg.gui.common import i18n
from destination_norberg.gui.documents import brochure as pdf_brochure
from destination_norberg.gui.documents import output as pdf_output
from destination_norberg.gui.documents.bulletin import events_of, open_stops
from destination_norberg.gui.documents.pdf import PdfError, write_brochure, write_bulletin
from destination_norberg.store.package_read import package_detail
from destination_norberg.store.rows import EngineRows

TODAY = date(2026, 11, 26)  # the fixed morning's day: a Thursday
STRAK_DAY = date(2026, 12, 4)  # Vinterstråket's first evening, a Friday
ENGELBREKT_PACKAGE = 1  # the demo's first package: Engelbrektsloppet-helg 2027


def read_pdf(path: Path) -> tuple[pypdf.PdfReader, str]:
    """The reader and all the text, words joined by single spaces (no-break spaces too)."""
    reader = pypdf.PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return reader, " ".join(text.replace("\u00a0", " ").split())


def assert_a4(reader: pypdf.PdfReader) -> None:
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(595, abs=1)
        assert float(box.height) == pytest.approx(842, abs=1)


def image_count(reader: pypdf.PdfReader) -> int:
    count = 0
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject")
        if xobjects is None:
            continue
        count += sum(1 for ref in xobjects.get_object().values()
                     if ref.get_object().get("/Subtype") == "/Image")
    return count


def type_size_of(reader: pypdf.PdfReader, words: str) -> float:
    """The size in points at which the line starting with `words` is printed."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if " ".join(text.split()).startswith(words):
            found.append(size * abs(tm[3] * cm[3]))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert found, f"{words!r} is not in the PDF"
    return found[0]


@pytest.fixture
def swedish(qapp: QApplication):
    i18n.install(qapp, "sv")
    yield
    i18n.install(qapp, "en")


# --- the bulletin ----------------------------------------------------------------------------


def test_the_swedish_bulletin_of_the_demo_morning(demo_engine, fixed_now: datetime,
                                                  tmp_path: Path, qapp) -> None:
    out = tmp_path / "anslag.pdf"
    write_bulletin(EngineRows(demo_engine), out, TODAY, "sv", fixed_now)
    reader, text = read_pdf(out)
    assert len(reader.pages) == 1
    assert_a4(reader)
    assert "torsdag 26 november 2026" in text
    # every trail, with the program's Swedish words for status, condition and grooming
    for name in ("Engelbrektsslingan 20 km", "Snölagringsslingan 4 km", "Flowspåret Kärrgruvan",
                 "Blåbärsstigen", "Långa Kärrgruverundan", "Hyttbacken"):
        assert name in text
    assert "Engelbrektsslingan 20 km 20,0 km ● stängd torr" in text
    assert "Snölagringsslingan 4 km 4,1 km ● öppen packad snö 1–3 dagar (klassiskt och skate)" \
        in text
    # old reports are marked, fresh ones are not, and the mark is explained
    assert re.search(r"Hyttbacken MTB ● öppen frusen 13 nov\.? 07:43 !", text)
    assert re.search(r"Gruvstigen MTB ● öppen frusen 24 nov\.? 16:39 Hyttbacken", text)
    assert "! Ingen rapport på 7 dagar: statusen kan vara inaktuell." in text
    # the snow guarantee: level and reason in words, days left
    assert "Grön premiär 1 december: 4 km" in text
    assert "5 dagar kvar" in text and "Uppfyllt nu: 4,1 av 4,0 km klara." in text
    assert "Gul Engelbrektsloppet 2027" in text  # the demo station projects it (issue 14)
    assert "= 20,0 av 20,0 km" in text  # capped at the 20 km loop
    # events today and in the coming seven days (27 Nov – 3 Dec), in Swedish
    assert "18:00–19:30 Informationsmöte för Vinterstråkets deltagare Folkets hus" in text
    for name in ("Skyltsöndag i centrum", "Snölägesmöte inför premiären", "Premiär i spåren",
                 "Nätverksfrukost december"):
        assert name in text
    assert "Julmarknad" not in text  # 5 December: more than a week ahead
    assert "Vinterstråket 2026/27 den fre 4 dec. 2026, 16–20" in text  # the next stråk day


def test_the_swedish_bulletin_has_swedish_headings(demo_engine, fixed_now: datetime,
                                                   tmp_path: Path, swedish) -> None:
    heading = QCoreApplication.translate("Bulletin", "Snow guarantee")
    if heading == "Snow guarantee":
        pytest.skip("the Swedish catalogue has no translation of the bulletin's headings yet")
    out = tmp_path / "anslag.pdf"
    write_bulletin(demo_engine, out, TODAY, "sv", fixed_now)
    text = read_pdf(out)[1]
    assert "Snögaranti" in text
    assert "Snow guarantee" not in text and "Trails and ski tracks" not in text


def test_the_english_bulletin(demo_engine, fixed_now: datetime, tmp_path: Path,
                              swedish) -> None:
    out = tmp_path / "bulletin.pdf"
    write_bulletin(demo_engine, out, TODAY, "en", fixed_now)
    reader, text = read_pdf(out)
    assert len(reader.pages) == 1
    for heading in ("Norberg today", "Trails and ski tracks", "Snow guarantee", "Events",
                    "The coming seven days", "Stråk"):
        assert heading in text
    assert "Thursday 26 November 2026" in text
    assert "Engelbrektsslingan 20 km 20.0 km ● closed dry" in text
    assert "Green premiär 1 december: 4 km" in text and "5 days left" in text
    assert "Briefing for Vinterstråket participants" in text  # the English names
    assert "No report in the last 7 days" in text
    # the window's language is back
    assert QCoreApplication.translate("Labels", "closed") == "stängd"


def test_on_a_strak_evening_the_open_stops_and_hours_fit_one_page(
        demo_engine, fixed_now: datetime, tmp_path: Path, qapp) -> None:
    out = tmp_path / "fredag.pdf"
    write_bulletin(demo_engine, out, STRAK_DAY, "en", fixed_now)
    reader, text = read_pdf(out)
    assert len(reader.pages) == 1  # 11 stops and 18 trails: the type shrinks to fit
    assert "Friday 4 December 2026" in text
    assert "Vinterstråket 2026/27 is open today, 16–20." in text
    assert "1 Konditori Silverlaven 16–20 Engelbrekt pastry" in text
    assert "10 Gruvbaren 16–22" in text
    assert "16:00–20:00 Vinterstråket: opening night with torches Torget" in text
    assert "Status as reported up to 26 Nov 09:00." in text  # status is as of now


def test_body_type_is_ten_points(demo_engine, fixed_now: datetime, tmp_path: Path,
                                 qapp) -> None:
    out = tmp_path / "bulletin.pdf"
    write_bulletin(demo_engine, out, TODAY, "en", fixed_now)
    reader = pypdf.PdfReader(out)
    assert type_size_of(reader, "Norberg today") == pytest.approx(20, abs=0.5)
    assert type_size_of(reader, "No stråk today.") == pytest.approx(10, abs=0.5)


# --- the brochure ---------------------------------------------------------------------------


@pytest.fixture
def engelbrekt(demo_engine):
    return package_detail(EngineRows(demo_engine), ENGELBREKT_PACKAGE)


def test_the_swedish_brochure(engelbrekt, tmp_path: Path, qapp) -> None:
    out = tmp_path / "broschyr.pdf"
    write_brochure(engelbrekt, out, "sv")
    reader, text = read_pdf(out)
    assert_a4(reader)
    assert reader.metadata.title == "Engelbrektsloppet-helg 2027"
    assert "Engelbrektsloppet-helg 2027" in text
    assert "fre 12 feb. – sön 14 feb. 2027" in text
    assert "Åk Engelbrektsloppet, 60 km klassiskt sedan 1969" in text
    # the programme, day by day in local time, with places
    assert "fredag 12 februari 2027" in text and "söndag 14 februari 2027" in text
    assert "18:30–20:30 Engelbrektssprinten 800 m Torget" in text
    assert "09:00–16:00 Engelbrektsloppet 60 km klassisk Torget" in text
    assert "Prisutdelning" in text
    # components with capacity, price and basis, the amount for the head count, the total
    # and the price per person (core.packages' rule: the figures the bundle and CLI give)
    assert "Natt fredag–lördag i dubbelrum med frukost Hotell Hyttgården 40 1 195 kr per " \
        "rum (2 pers.) 1 195 kr" in text
    assert "750 kr per person 1 500 kr" in text and "Totalt för 2 personer 6 420 kr" in text
    assert re.search(r"Pris per person 3 210 kr", text)
    # the map of the two trails concerned, and the organiser's contact
    assert image_count(reader) == 1
    assert "Engelbrektsslingan 20 km" in text and "Elljusspåret 2,5 km" in text
    assert "Norbergs Skidklubb (demo)" in text and "0223-697 50" in text
    assert type_size_of(reader, "Åk Engelbrektsloppet") == pytest.approx(10, abs=0.5)


def test_the_english_brochure(engelbrekt, tmp_path: Path, swedish) -> None:
    out = tmp_path / "brochure.pdf"
    write_brochure(engelbrekt, out, "en")
    reader, text = read_pdf(out)
    assert "Engelbrektsloppet weekend 2027" in text
    assert "Ski Engelbrektsloppet, 60 km classic since 1969" in text
    assert "Friday 12 February 2027" in text and "Prize-giving" in text
    assert "Price per person SEK 3,210" in text and "SEK 6,420" in text
    assert "per room (2 persons)" in text
    assert "Programme" in text and "Contact" in text
    assert image_count(reader) == 1
    assert QCoreApplication.translate("Labels", "closed") == "stängd"


def test_the_strak_package_maps_the_walk_and_names_its_stops(demo_engine, tmp_path: Path,
                                                             qapp) -> None:
    detail = package_detail(EngineRows(demo_engine), 2)
    assert [r.kind for r in detail.routes] == ["strak"]
    out = tmp_path / "vinterstraket.pdf"
    write_brochure(detail, out, "sv")
    reader, text = read_pdf(out)
    assert image_count(reader) == 1
    assert "1 738 kr" in text  # a room for two, the taxi once, the rest per person
    assert "1 Konditori Silverlaven · 2 Kafé Gruvlyktan" in text


def test_the_programme_tells_cancellations_and_keeps_ideas_in_house(engelbrekt,
                                                                   tmp_path: Path,
                                                                   qapp) -> None:
    programme = tuple(
        dataclasses.replace(e, status="inställd") if e.name_sv == "Pastaparty" else
        dataclasses.replace(e, status="idé") if e.name_sv == "Prisutdelning" else e
        for e in engelbrekt.programme)
    out = tmp_path / "b.pdf"
    write_brochure(dataclasses.replace(engelbrekt, programme=programme), out, "en")
    text = read_pdf(out)[1]
    assert "Pasta party cancelled" in text
    assert "Prize-giving" not in text


def test_a_package_without_routes_has_no_map(engelbrekt, tmp_path: Path, qapp) -> None:
    out = tmp_path / "utan-karta.pdf"
    write_brochure(dataclasses.replace(engelbrekt, routes=(), event_place=None), out, "sv")
    reader, text = read_pdf(out)
    assert image_count(reader) == 0
    assert "3 210 kr" in text


def test_a_worker_thread_gets_its_brochure_drawn_on_the_gui_thread(
        engelbrekt, tmp_path: Path, qapp, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundle export writes the brochure from the thread pool; the map is a widget."""
    drawn_on: list[bool] = []
    real = pdf_brochure.map_image

    def recording(detail: object) -> object:
        drawn_on.append(QThread.currentThread() == qapp.thread())
        return real(detail)

    monkeypatch.setattr(pdf_brochure, "map_image", recording)
    out = tmp_path / "from-a-worker.pdf"
    errors: list[BaseException] = []

    def work() -> None:
        try:
            write_brochure(engelbrekt, out, "en")
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=20_000)  # the GUI loop runs
    worker.join()
    assert errors == [] and drawn_on == [True]
    assert image_count(read_pdf(out)[0]) == 1


# --- writing --------------------------------------------------------------------------------


def test_a_missing_folder_is_a_clear_error_and_leaves_nothing(engelbrekt, tmp_path: Path,
                                                              qapp) -> None:
    out = tmp_path / "no-such-folder" / "b.pdf"
    with pytest.raises(PdfError, match="no-such-folder does not exist"):
        write_brochure(engelbrekt, out, "sv")
    assert not out.parent.exists()


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
        demo_engine, fixed_now: datetime, tmp_path: Path, qapp,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "bulletin.pdf"
    out.write_bytes(b"yesterday's bulletin")

    def broken(*_args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_output, "_paint", broken)
    with pytest.raises(PdfError, match="No space left on device"):
        write_bulletin(demo_engine, out, TODAY, "sv", fixed_now)
    assert out.read_bytes() == b"yesterday's bulletin"
    assert [p.name for p in folder.iterdir()] == ["bulletin.pdf"]


def test_sek_is_written_as_swedes_and_the_english_write_it() -> None:
    assert pdf_output.sek(1195, "sv") == "1\u00a0195\u00a0kr"
    assert pdf_output.sek(2202.5, "sv") == "2\u00a0202,50\u00a0kr"
    assert pdf_output.sek(1195, "en") == "SEK\u00a01,195"


# --- what the bulletin picks ----------------------------------------------------------------


def event(name: str, start: str, end: str | None, **kw: object) -> EventRecord:
    return EventRecord(id=None, uid=name, name_sv=name, kind=str(kw.pop("kind", "program")),
                       status=str(kw.pop("status", "bekräftad")),
                       starts_at=to_utc(datetime.fromisoformat(start)),
                       ends_at=to_utc(datetime.fromisoformat(end)) if end else None)


def test_today_and_the_coming_week() -> None:
    events = [
        event("i går", "2026-11-25T18:00", "2026-11-25T20:00"),
        event("i kväll", "2026-11-26T18:00", "2026-11-26T20:00"),
        event("pågår", "2026-11-20T10:00", "2026-11-28T16:00", kind="festival"),
        event("idé", "2026-11-26T12:00", None, status="idé"),
        event("stråket", "2026-11-26T16:00", "2027-02-27T20:00", kind="stråk"),
        event("om en vecka", "2026-12-03T23:30", None),
        event("om åtta dagar", "2026-12-04T00:00", None),
    ]
    today, week = events_of(events, TODAY)
    assert [e.name_sv for e in today] == ["i kväll", "pågår"]
    assert [e.name_sv for e in week] == ["om en vecka"]
    assert datetime(2026, 12, 3, 22, 30, tzinfo=UTC) == week[0].starts_at


def test_open_stops_keep_the_strak_hours_or_their_own() -> None:
    def stop(position: int, opening: str) -> StrakStopRecord:
        return StrakStopRecord(position=position, organisation_id=position, opening=opening,
                               organisation_name=f"Butik {position}")

    strak = StrakRecord(id=1, uid="s", name="Vinterstråket", period_start=STRAK_DAY,
                        period_end=date(2027, 2, 27), weekdays=(5, 6), opens=time(16),
                        closes=time(20),
                        stops=(stop(3, "stängt"), stop(1, ""), stop(2, "kl. 17–22"),
                               stop(4, "10–14"), stop(5, "när vi orkar")))
    assert [(s.position, hours) for s, hours in open_stops(strak)] == [
        (1, "16–20"), (2, "17–22"), (5, "när vi orkar")]


def test_a_title_of_200000_characters_cannot_stall_the_bulletin(demo_engine, fixed_now: datetime,
                                                                qapp) -> None:
    """A database written before the import limits may hold such a title: the page shows
    the first ESC_MAX characters of it (Qt took 46 s to lay the whole one out)."""
    from sqlalchemy import text

    from destination_norberg.gui.documents.bulletin import bulletin_html, read_bulletin
    from destination_norberg.gui.documents.output import ESC_MAX

    with demo_engine.begin() as conn:
        conn.execute(text("UPDATE event SET name_sv = :n"), {"n": "Å" * 200_000})
    html = bulletin_html(read_bulletin(EngineRows(demo_engine), TODAY, fixed_now), "sv")
    assert "Å" * (ESC_MAX - 1) + "…" in html and "Å" * ESC_MAX not in html
