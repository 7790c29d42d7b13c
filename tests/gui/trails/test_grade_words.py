"""The grade colour in the register reads in the window's language, in the words of the
partner files and the status page (app.wording): "blue · IMBA 2" in English, "blå · IMBA 2"
in Swedish."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from destination_norberg.app import wording
from destination_norberg.gui.common import i18n
from destination_norberg.gui.trails.model import GRADE
from destination_norberg.gui.trails.report_dialog import grade_text, grade_tooltip

from .test_trails_page import page  # noqa: F401 - the fixture

SWEDISH_COLOURS = ("grön", "blå", "röd", "svart")


def _row(colour: str) -> SimpleNamespace:
    return SimpleNamespace(grade_colour=colour, imba=2, mtb_scale=1, mtb_scale_imba=None,
                           grade_consistent=True)


def test_grade_text_follows_the_language(qapp) -> None:
    i18n.install(QApplication.instance(), "en")
    assert grade_text(_row("blå")) == "blue · IMBA 2 · S1"
    assert "Swedish grade: blå (blue)" in grade_tooltip(_row("blå"))
    i18n.install(QApplication.instance(), "sv")
    assert grade_text(_row("blå")) == "blå · IMBA 2 · S1"
    for colour in SWEDISH_COLOURS:  # the same word the partner files write
        assert grade_text(_row(colour)).split(" · ")[0] == wording.grade_name(colour, "sv")


def test_english_register_has_no_swedish_grade_word(page) -> None:  # noqa: F811
    model = page.model
    grades = [model.data(model.index(r, GRADE), Qt.ItemDataRole.DisplayRole)
              for r in range(model.rowCount())]
    assert any(g.startswith(("green", "blue", "red", "black")) for g in grades)
    for text in grades:
        assert not any(word in text.split(" · ")[0] for word in SWEDISH_COLOURS), text
