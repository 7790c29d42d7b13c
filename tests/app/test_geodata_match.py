"""When a line of a file is one already stored (app.geodata_match.same_line): the program's
own exports round coordinates to about a centimetre, GPX makes a line a multi-line, and a
line shifted by metres is another line."""

from __future__ import annotations

import shapely

from destination_norberg.app.geodata_match import same_line

LINE = shapely.LineString([(551_400.0, 6_659_000.0), (551_700.0, 6_659_400.0),
                           (551_900.0, 6_659_450.0)])


def test_a_centimetre_apart_is_the_same_line() -> None:
    moved = shapely.transform(LINE, lambda xy: xy + 0.01)
    assert same_line(LINE, moved)


def test_a_gpx_multi_line_of_one_part_is_the_same_line() -> None:
    assert same_line(LINE, shapely.MultiLineString([LINE]))


def test_more_vertices_along_the_same_path_is_the_same_line() -> None:
    assert same_line(LINE, shapely.segmentize(LINE, 10.0))


def test_metres_apart_or_a_different_end_is_another_line() -> None:
    assert not same_line(LINE, shapely.transform(LINE, lambda xy: xy + 5.0))
    longer = shapely.LineString([*LINE.coords, (552_000.0, 6_659_500.0)])
    assert not same_line(LINE, longer)
