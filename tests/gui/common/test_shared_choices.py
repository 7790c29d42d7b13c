"""One list of choices shared by many pickers (gui.common.combos.SharedChoices)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from destination_norberg.gui.common.combos import SharedChoices


def test_pickers_share_one_model_and_pick_by_value(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    choices = SharedChoices(parent)
    choices.set_choices([(7, "Café Bruket"), (9, "Hotell Norberg")], "(ingen)")
    first, second = choices.picker(parent, 9), choices.picker(parent, None)
    assert first.model() is second.model() is choices.model
    assert first.currentText() == "Hotell Norberg" and choices.value_of(first) == 9
    assert second.currentText() == "(ingen)" and choices.value_of(second) is None
    assert choices.value_of(choices.picker(parent, 12345)) is None  # unknown: the none entry


def test_typed_text_that_names_no_choice_picks_nothing(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    choices = SharedChoices(parent)
    choices.set_choices([(7, "Café Bruket")], "(ingen)")
    combo = choices.picker(parent, 7)
    combo.setEditText("Café Brukets systerbolag")
    assert choices.value_of(combo) is None


def test_completer_finds_any_part_of_a_name(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    choices = SharedChoices(parent)
    choices.set_choices([(i, f"Företag {i:05d} i Bergslagen") for i in range(20_000)],
                        "(ingen)")
    combo = choices.picker(parent, None)
    completer = combo.completer()
    completer.setCompletionPrefix("12345")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Företag 12345 i Bergslagen"


def test_new_choices_keep_what_each_picker_shows(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    choices = SharedChoices(parent)
    choices.set_choices([(7, "Café Bruket"), (9, "Hotell Norberg")], "(ingen)")
    combo = choices.picker(parent, 9)
    choices.set_choices([(5, "Andersbo gård"), (7, "Café Bruket"), (9, "Hotell Norberg")],
                        "(ingen)")
    assert combo.currentText() == "Hotell Norberg" and choices.value_of(combo) == 9
    choices.set_choices([(5, "Andersbo gård")], "(ingen)")  # its organisation went away
    assert choices.value_of(combo) is None


def test_the_lists_never_measure_every_row(qtbot) -> None:
    """Under the window's style sheet a list view measures each row on first show unless
    the rows are declared the same height: 100,000 organisations took a second a picker."""
    parent = QWidget()
    qtbot.addWidget(parent)
    choices = SharedChoices(parent)
    choices.set_choices([(7, "Café Bruket")], "(ingen)")
    combo = choices.picker(parent, 7)
    assert combo.view().uniformItemSizes()
    assert combo.completer().popup().uniformItemSizes()
