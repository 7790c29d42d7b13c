"""Issue 17: the brochure and the bulletin are wholly in their language; a text that exists
only in the other language (a component's description, an event without an English name) is
printed with a `*` and the footnote says what it means."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from PySide6.QtWidgets import QApplication

from destination_norberg.gui.documents.brochure import brochure_html
from destination_norberg.gui.documents.bulletin import bulletin_html, read_bulletin
from destination_norberg.gui.documents.output import language
from destination_norberg.store.package_read import package_detail
from destination_norberg.store.rows import EngineRows


def test_the_english_brochure_marks_the_swedish_component_lines(demo_engine,
                                                                 qapp: QApplication) -> None:
    detail = package_detail(EngineRows(demo_engine), 1)
    with language("en"):
        english = brochure_html(detail, "en", with_map=False)
    for c in detail.components:
        assert f"{c.description}&nbsp;*" in english
    assert "Texts marked * are only available in Swedish." in english
    with language("sv"):
        swedish = brochure_html(detail, "sv", with_map=False)
    assert "&nbsp;*" not in swedish and "Texter markerade" not in swedish
    bare = dataclasses.replace(detail, title_en="")
    with language("en"):
        assert f"<h1>{detail.title_sv}&nbsp;*</h1>" in brochure_html(bare, "en", False)


def test_the_english_bulletin_marks_a_swedish_only_event_name(demo_engine,
                                                              qapp: QApplication) -> None:
    now = datetime.fromisoformat("2026-12-04T08:00:00+00:00")
    data = read_bulletin(demo_engine, date(2026, 12, 4), now)
    assert data.today
    with language("en"):
        plain = bulletin_html(data, "en")
    assert "Texts marked *" not in plain
    first = data.today[0]
    data = dataclasses.replace(data, today=[dataclasses.replace(first, name_en=""),
                                            *data.today[1:]])
    with language("en"):
        marked = bulletin_html(data, "en")
    assert f"{first.name_sv}&nbsp;*" in marked
    assert "Texts marked * are only available in Swedish." in marked
