"""Editing a line on the map, without Qt: which vertex a click hits, where a new vertex goes,
snapping to the line's own vertices, and the edits themselves.

Coordinates are map metres (EPSG:3006, x = easting); tolerances are metres too: the window
turns "a few pixels" into metres at the current zoom and asks here. A line never has fewer
than MIN_VERTICES vertices. `LineEditor` is the state of one edit session (draw a new line or
change an existing one); the Qt tool feeds it clicks and drags and saves `points` at the end
as ONE undo step.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

Point = tuple[float, float]

MIN_VERTICES = 2


class LineEditError(ValueError):
    """An edit that would break the line (one sentence)."""


def _dist(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def nearest_vertex(points: Sequence[Point], at: Point, tolerance: float,
                   skip: int | None = None) -> int | None:
    """The index of the vertex nearest `at` within `tolerance` (ties: the first), except
    `skip`; None when none is that close."""
    best, best_d = None, tolerance
    for i, p in enumerate(points):
        if i == skip:
            continue
        d = _dist(p, at)
        if d <= best_d and (best is None or d < best_d):
            best, best_d = i, d
    return best


def project(a: Point, b: Point, at: Point) -> tuple[Point, float]:
    """The point of segment a–b nearest `at`, and its distance from `at`."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((at[0] - a[0]) * dx +
                                                   (at[1] - a[1]) * dy) / length2))
    foot = (a[0] + t * dx, a[1] + t * dy)
    return foot, _dist(foot, at)


def nearest_segment(points: Sequence[Point], at: Point,
                    tolerance: float) -> tuple[int, Point] | None:
    """(the index a vertex inserted there takes, the point on the line) of the segment
    nearest `at` within `tolerance`; None when no segment is that close."""
    best: tuple[int, Point] | None = None
    best_d = tolerance
    for i in range(len(points) - 1):
        foot, d = project(points[i], points[i + 1], at)
        if d <= best_d and (best is None or d < best_d):
            best, best_d = (i + 1, foot), d
    return best


def snap(points: Sequence[Point], at: Point, tolerance: float,
         skip: int | None = None) -> Point:
    """`at`, or the line's own vertex within `tolerance` of it (not `skip`, the one moved)."""
    i = nearest_vertex(points, at, tolerance, skip)
    return at if i is None else (float(points[i][0]), float(points[i][1]))


def move_vertex(points: Sequence[Point], index: int, to: Point) -> list[Point]:
    out: list[Point] = [(float(p[0]), float(p[1])) for p in points]
    out[index] = (float(to[0]), float(to[1]))
    return out


def insert_vertex(points: Sequence[Point], index: int, at: Point) -> list[Point]:
    out: list[Point] = [(float(p[0]), float(p[1])) for p in points]
    out.insert(index, (float(at[0]), float(at[1])))
    return out


def delete_vertex(points: Sequence[Point], index: int) -> list[Point]:
    """The line without vertex `index`; LineEditError when it would keep fewer than two."""
    if len(points) <= MIN_VERTICES:
        raise LineEditError(f"A line keeps at least {MIN_VERTICES} points.")
    return [(float(p[0]), float(p[1])) for i, p in enumerate(points) if i != index]


@dataclass
class LineEditor:
    """One edit session. `drawing`: a new line, clicks append vertices; otherwise clicks on
    a segment insert, a drag moves a vertex, `remove_at` deletes one.

    `changed` counts the edits made, so a session that changed nothing saves nothing.
    """

    points: list[Point] = field(default_factory=list)
    drawing: bool = False
    dragging: int | None = None
    changed: int = 0
    current: int | None = None  # the vertex last added, picked, inserted or moved (Delete)

    def click(self, at: Point, tolerance: float) -> str:
        """A click at `at`: what it did ("added", "inserted", "picked", "" for nothing)."""
        if self.drawing:
            spot = snap(self.points, at, tolerance)
            if self.points and _dist(spot, self.points[-1]) == 0:
                return ""  # the same point twice (a double-click's first click)
            self.points.append(spot)
            self.changed += 1
            self.current = len(self.points) - 1
            return "added"
        picked = nearest_vertex(self.points, at, tolerance)
        if picked is not None:
            self.current = picked
            return "picked"
        hit = nearest_segment(self.points, at, tolerance)
        if hit is None:
            return ""
        self.points = insert_vertex(self.points, hit[0], hit[1])
        self.changed += 1
        self.current = hit[0]
        return "inserted"

    def press(self, at: Point, tolerance: float) -> bool:
        """Start dragging the vertex under `at`; False when there is none."""
        if self.drawing:
            return False
        self.dragging = nearest_vertex(self.points, at, tolerance)
        if self.dragging is not None:
            self.current = self.dragging
        return self.dragging is not None

    def drag(self, at: Point, tolerance: float) -> None:
        """Move the dragged vertex to `at`, snapped to the line's other vertices."""
        if self.dragging is None:
            return
        spot = snap(self.points, at, tolerance, skip=self.dragging)
        if spot != self.points[self.dragging]:
            self.points = move_vertex(self.points, self.dragging, spot)
            self.changed += 1

    def release(self) -> None:
        self.dragging = None

    def remove_at(self, at: Point, tolerance: float) -> bool:
        """Delete the vertex under `at` (LineEditError when the line would get too short);
        False when no vertex is there."""
        i = nearest_vertex(self.points, at, tolerance)
        if i is None:
            return False
        self.points = delete_vertex(self.points, i)
        self.changed += 1
        self.current = None
        return True

    def remove_current(self) -> bool:
        """Delete the vertex last touched (the Delete key); False when there is none."""
        if self.current is None or not 0 <= self.current < len(self.points):
            return False
        if self.drawing:
            self.points.pop(self.current)
        else:
            self.points = delete_vertex(self.points, self.current)
        self.changed += 1
        self.current = None
        return True

    def remove_last(self) -> bool:
        """While drawing: take back the last vertex (Backspace)."""
        if not self.points:
            return False
        self.points.pop()
        self.changed += 1
        self.current = None
        return True

    @property
    def complete(self) -> bool:
        return len(self.points) >= MIN_VERTICES
