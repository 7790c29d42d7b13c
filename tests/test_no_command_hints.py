"""No text a coordinator or the public sees tells them to run a command (issue 14): not the
window's catalogue (every source string and its Swedish translation), not the public status
page in any of its three files, whatever the snow guarantee's state."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, insert

from destination_norberg.app.status_data import read_status
from destination_norberg.exchange import status_texts
from destination_norberg.exchange.status_page import write_status_page
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session
from destination_norberg.store.rows import EngineRows

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("*.ts"))
COMMAND = "destination-norberg "


def catalogue_texts(path: Path) -> list[str]:
    texts = []
    for message in ET.parse(path).getroot().iter("message"):
        for node in message.iter():
            if node.tag in ("source", "translation", "numerusform") and node.text:
                texts.append(node.text)
    return texts


def test_the_catalogues_are_there() -> None:
    assert {p.name for p in CATALOGUES} >= {"destination_norberg_sv.ts",
                                            "destination_norberg_en.ts"}
    assert len(catalogue_texts(CATALOGUES[-1])) > 500  # the Swedish one, read whole


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_no_window_text_names_a_command(path: Path) -> None:
    found = [t for t in catalogue_texts(path) if COMMAND in t or "import smhi" in t]
    assert found == []


def test_the_public_page_texts_name_no_command() -> None:
    pairs = [*status_texts.REASON.values(), *status_texts.LEVEL.values()]
    assert not [t for pair in pairs for t in pair if COMMAND in t]


@pytest.mark.parametrize("history", [None, -8.0, 5.0], ids=["no history", "cold", "mild"])
def test_the_status_page_names_no_command(demo_engine, fixed_now, tmp_path: Path,
                                          history: float | None) -> None:
    if history is not None:
        start = datetime(2025, 11, 20, tzinfo=UTC)
        with write_session(demo_engine) as session:
            session.execute(insert(m.TemperatureObservation.__table__), [
                {"station": "test:1", "measured_at": start + timedelta(hours=h),
                 "temp_c": history, "quality": "G", "source": "test"}
                for h in range(24 * 100)])
    data = read_status(EngineRows(demo_engine), fixed_now)
    assert data.guarantee  # the demo's targets are on the page
    for path in write_status_page(data, tmp_path / "web"):
        text = path.read_text(encoding="utf-8")
        assert COMMAND not in text and "import smhi" not in text, path.name
        assert "temperaturhistorik" not in text and "temperature history" not in text


@pytest.mark.parametrize(("lang", "not_judged"), [("sv", "Inte bedömd ännu: 0,0 av 20,0 km"),
                                                  ("en", "Not judged yet: 0.0 of 20.0 km")])
def test_the_bulletin_names_no_command_nor_the_coordinators_menus(
        demo_engine, fixed_now, qapp, lang: str, not_judged: str) -> None:
    """The bulletin is pinned up in hotels and shops: an unjudged target is said so, and
    nothing more (the window's way to a judgement is the coordinators' business)."""
    from destination_norberg.app.bulletin import read_bulletin
    from destination_norberg.core.timeutil import to_local
    from destination_norberg.gui.common import i18n
    from destination_norberg.gui.documents.bulletin import bulletin_html

    with write_session(demo_engine) as session:  # no temperature history: not judged
        session.execute(delete(m.TemperatureObservation.__table__))
    data = read_bulletin(EngineRows(demo_engine), to_local(fixed_now).date(), fixed_now)
    try:
        i18n.install(qapp, lang)
        html = bulletin_html(data, lang)
    finally:
        i18n.install(qapp, "en")
    assert not_judged in html
    for internal in (COMMAND, "import smhi", "Import weather data", "Importera väderdata",
                     "SMHI"):
        assert internal not in html
