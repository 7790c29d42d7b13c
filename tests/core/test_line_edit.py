"""The map's line editing without Qt: hits, snapping, where a vertex goes, the edits."""

from __future__ import annotations

import pytest

from destination_norberg.core.line_edit import (
    LineEditError,
    LineEditor,
    delete_vertex,
    insert_vertex,
    move_vertex,
    nearest_segment,
    nearest_vertex,
    snap,
)

LINE = [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)]


def test_a_vertex_is_hit_within_the_tolerance_and_the_nearest_wins() -> None:
    assert nearest_vertex(LINE, (3.0, 4.0), 5.0) == 0
    assert nearest_vertex(LINE, (3.0, 4.1), 5.0) is None
    assert nearest_vertex(LINE, (99.0, 2.0), 50.0) == 1
    assert nearest_vertex(LINE, (99.0, 2.0), 50.0, skip=1) is None


def test_a_click_on_a_segment_inserts_between_its_ends_on_the_line() -> None:
    assert nearest_segment(LINE, (50.0, 3.0), 5.0) == (1, (50.0, 0.0))
    assert nearest_segment(LINE, (102.0, 60.0), 5.0) == (2, (100.0, 60.0))
    assert nearest_segment(LINE, (50.0, 30.0), 5.0) is None
    assert insert_vertex(LINE, 1, (50.0, 0.0)) == [(0.0, 0.0), (50.0, 0.0), (100.0, 0.0),
                                                   (100.0, 100.0)]


def test_snapping_goes_to_the_lines_own_vertices_only_when_near() -> None:
    assert snap(LINE, (98.0, 97.0), 5.0) == (100.0, 100.0)
    assert snap(LINE, (90.0, 90.0), 5.0) == (90.0, 90.0)
    assert snap(LINE, (1.0, 1.0), 5.0, skip=0) == (1.0, 1.0)


def test_move_and_delete_keep_at_least_two_vertices() -> None:
    assert move_vertex(LINE, 2, (120.0, 80.0))[2] == (120.0, 80.0)
    assert delete_vertex(LINE, 1) == [(0.0, 0.0), (100.0, 100.0)]
    with pytest.raises(LineEditError):
        delete_vertex(LINE[:2], 0)


def test_a_session_draws_a_line_and_a_double_click_adds_no_twin() -> None:
    editor = LineEditor(drawing=True)
    assert not editor.complete
    assert editor.click((0.0, 0.0), 5.0) == "added"
    assert editor.click((50.0, 50.0), 5.0) == "added"
    assert editor.click((50.0, 50.0), 5.0) == ""  # the double-click's second press
    assert editor.click((2.0, 1.0), 5.0) == "added"  # snapped onto the first vertex: a loop
    assert editor.points == [(0.0, 0.0), (50.0, 50.0), (0.0, 0.0)]
    assert editor.remove_last() and editor.complete and editor.changed == 4


def test_a_session_on_an_existing_line_moves_inserts_and_deletes() -> None:
    editor = LineEditor(points=list(LINE))
    assert editor.press((101.0, 1.0), 5.0)
    editor.drag((130.0, 10.0), 5.0)
    editor.drag((2.0, 2.0), 5.0)  # over another vertex: snaps onto it
    assert editor.points[1] == (0.0, 0.0)
    editor.drag((120.0, 10.0), 5.0)
    editor.release()
    assert editor.points[1] == (120.0, 10.0)
    assert editor.click((60.0, 5.0), 5.0) == "inserted"
    assert editor.points[1] == pytest.approx((60.0, 5.0), abs=0.5)
    assert editor.click((0.0, 0.0), 5.0) == "picked"  # a vertex: nothing inserted
    assert editor.click((500.0, 500.0), 5.0) == ""
    assert editor.remove_at((120.0, 10.0), 5.0) and len(editor.points) == 3
    assert not editor.remove_at((400.0, 0.0), 5.0)
    editor.remove_at((0.0, 0.0), 5.0)
    with pytest.raises(LineEditError):
        editor.remove_at((100.0, 100.0), 5.0)
    assert len(editor.points) == 2


def test_delete_takes_the_vertex_last_touched() -> None:
    editor = LineEditor(points=list(LINE))
    assert not editor.remove_current()
    assert editor.click((100.0, 1.0), 5.0) == "picked" and editor.current == 1
    assert editor.remove_current() and editor.points == [(0.0, 0.0), (100.0, 100.0)]
    editor.press((0.0, 0.0), 5.0)
    editor.release()
    with pytest.raises(LineEditError):
        editor.remove_current()
