"""The fast table model: search by words, extra filters, Swedish sort, stable keys."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from destination_norberg.core.text import fold
from destination_norberg.gui.common.fast_table import KEY_ROLE, FastTableModel, text_rank

NAMES = ["Öhmans Café", "Kärrgruvans Stuga", "Anna Bergs Bageri", "Zeta Cykel",
         "Åbergs Hytta"]
CATS = ["mat och dryck", "boende", "mat och dryck", "aktivitet", "kultur"]
PEOPLE = ["Per Öhman", "Karin Lind", "Anna Berg", "", "Åsa Åberg"]


def model() -> FastTableModel:
    m = FastTableModel(["Namn", "Kategori", "Personer", "Senast"])
    hay = [fold(f"{n} {c} {p}") for n, c, p in zip(NAMES, CATS, PEOPLE, strict=True)]
    m.set_rows([NAMES, CATS, PEOPLE, ["3", "10", "1", "200", "25"]], [10, 11, 12, 13, 14], hay,
               tones=[None, None, "alert", None, None], numeric={3: [3, 10, 1, 200, 25]})
    return m


def shown(m: FastTableModel, column: int = 0) -> list[str]:
    return [m.index(r, column).data() for r in range(m.rowCount())]


def test_the_model_is_a_proper_qt_model(qtmodeltester) -> None:
    m = model()
    qtmodeltester.check(m)
    m.set_filter("berg")
    qtmodeltester.check(m)


def test_search_needs_every_word_in_any_column_it_searches() -> None:
    m = model()
    m.set_filter("BERG")
    assert shown(m) == ["Anna Bergs Bageri", "Åbergs Hytta"]
    m.set_filter("berg bag")  # grew: searched within the previous hits
    assert shown(m) == ["Anna Bergs Bageri"]
    m.set_filter("mat  dryck")
    assert shown(m) == ["Öhmans Café", "Anna Bergs Bageri"]
    m.set_filter("karin")  # a person's name finds the organisation
    assert shown(m) == ["Kärrgruvans Stuga"]
    for typed in ("kafe", "kafé", "CAFE", "ohmans"):  # issue 16: accents and spellings
        m.set_filter(typed)
        assert shown(m) == ["Öhmans Café"], typed
    m.set_filter("")
    assert m.rowCount() == 5


def test_an_extra_mask_combines_with_the_search() -> None:
    m = model()
    m.set_filter("", np.array([True, False, True, False, True]))
    assert [m.key_at(r) for r in range(m.rowCount())] == [10, 12, 14]
    m.set_filter("berg", np.array([True, False, False, False, True]))
    assert shown(m) == ["Åbergs Hytta"]


def test_sort_in_swedish_order_and_by_number() -> None:
    m = model()
    m.sort(0)
    assert shown(m) == ["Anna Bergs Bageri", "Kärrgruvans Stuga", "Zeta Cykel",
                        "Åbergs Hytta", "Öhmans Café"]
    m.sort(0, Qt.SortOrder.DescendingOrder)
    assert shown(m)[0] == "Öhmans Café"
    m.sort(3)  # numbers, not text: 1, 3, 10, 25, 200
    assert shown(m, 3) == ["1", "3", "10", "25", "200"]
    m.set_filter("berg")  # the sort stays in force under a filter
    assert shown(m) == ["Anna Bergs Bageri", "Åbergs Hytta"]


def test_keys_tones_and_rows_of_keys() -> None:
    m = model()
    m.sort(0)
    assert m.index(0, 0).data(KEY_ROLE) == 12
    assert m.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert m.row_of_key(14) == 3 and m.row_of_key(99) is None
    m.set_filter("zeta")
    assert m.row_of_key(14) is None and m.visible_keys() == [13] and m.total() == 5


def test_a_sort_before_the_data_is_kept_for_it() -> None:
    m = FastTableModel(["Namn"])
    m.sort(0, Qt.SortOrder.DescendingOrder)  # a view sorts as soon as it gets the model
    assert m.rowCount() == 0
    m.set_rows([["b", "c", "a"]], [1, 2, 3], ["b", "c", "a"])
    assert shown(m) == ["c", "b", "a"]


def test_a_rank_made_in_the_worker_orders_as_the_model_would() -> None:
    names = ["Östra gården", "Ängen", "Åsen", "Zeta", "anna", "Örnen"]
    hay = [fold(n) for n in names]
    made_here, given = FastTableModel(["Name"]), FastTableModel(["Name"])
    for m in (made_here, given):
        m.sort(0)
    made_here.set_rows([names], list(range(6)), hay)
    rank = text_rank(names)
    given.set_rows([names], list(range(6)), hay, ranks={0: rank})
    assert shown(given) == shown(made_here) == ["anna", "Zeta", "Åsen", "Ängen", "Örnen",
                                                 "Östra gården"]
    assert given._ranks[0] is rank  # used as given, not made again on the UI thread
