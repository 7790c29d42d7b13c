"""The map's layers as plain data: features in EPSG:3006, a style per class, a legend.

No Qt here: a layer is what the caller hands the canvas (numpy arrays from geo/ or from the
store), grouped once by style class, because the canvas draws one item per (layer, class) and
never one per feature (DESIGN.md §4: one item per trail is unusable at 10,000 trails).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from destination_norberg.gui.map.geometry import PartSet, flatten_parts, index_ranges

Bbox = tuple[float, float, float, float]  # min x, min y, max x, max y (EPSG:3006 metres)
FeatureId = Hashable


@dataclass(frozen=True, slots=True)
class Style:
    """How one class of features looks, and what the legend calls it.

    Colours are anything pyqtgraph's mkColor takes ("#2f5b85", "#2f5b8580" with alpha).
    `dash`: "solid", "dash", "dot" or "dashdot". `fill`: a polygon's or a point's fill.
    `symbol` and `size` (pixels) are for points. `edge`: the legend's outline for a class
    drawn pale (a white street has its casing in another layer; open land has no outline).
    """

    label: str = ""
    color: str = "#2f5b85"
    width: float = 1.0
    dash: str = "solid"
    fill: str | None = None
    symbol: str = "o"
    size: float = 8.0
    edge: str | None = None


@dataclass(frozen=True, slots=True)
class LegendEntry:
    layer: str
    key: str
    label: str
    style: Style
    kind: str  # "line", "point" or "polygon"


class MapLayer:
    """Name, visibility, opacity and the feature table shared by the three kinds."""

    kind: ClassVar[str] = ""

    def __init__(self, name: str, ids: Sequence[FeatureId], classes: Sequence[str],
                 styles: Mapping[str, Style] | None, title: str = "") -> None:
        self.name = name
        self.title = title or name
        self.visible = True
        self.opacity = 1.0
        self.ids: list[FeatureId] = list(ids)
        keys = list(dict.fromkeys(classes))
        self.styles: dict[str, Style] = dict(styles or {})
        for key in keys:
            self.styles.setdefault(key, Style(label=key))
        order = {key: i for i, key in enumerate(self.styles)}
        self.class_keys: list[str] = list(self.styles)
        self.feature_class = np.fromiter((order[c] for c in classes), np.int64, len(self.ids))
        self._row: dict[FeatureId, int] | None = None

    def row_of(self, feature_id: FeatureId) -> int | None:
        """The feature's row in this layer; the index is built on first use."""
        if self._row is None:
            self._row = {fid: i for i, fid in enumerate(self.ids)}
        return self._row.get(feature_id)

    def legend(self) -> list[LegendEntry]:
        """One entry per style class that has features, in the order the styles were given."""
        used = set(np.unique(self.feature_class).tolist())
        return [LegendEntry(self.name, key, self.styles[key].label or key, self.styles[key],
                            self.kind)
                for i, key in enumerate(self.class_keys) if i in used]

    @property
    def bbox(self) -> Bbox | None:
        raise NotImplementedError

    def feature_bbox(self, row: int) -> Bbox | None:
        raise NotImplementedError

    def pick(self, x: float, y: float, pixels: float, metres_per_px: float) -> int | None:
        """The row of the feature drawn at (x, y) within `pixels`, if any."""
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self.ids)


def _bbox_of(boxes: np.ndarray) -> Bbox | None:
    boxes = boxes[np.isfinite(boxes).all(axis=1)]
    if not len(boxes):
        return None
    return (float(boxes[:, 0].min()), float(boxes[:, 1].min()), float(boxes[:, 2].max()),
            float(boxes[:, 3].max()))


class LineLayer(MapLayer):
    """Polylines (trails, tracks, roads): each feature one or more parts."""

    kind = "line"

    def __init__(self, name: str, features: Iterable[tuple[FeatureId, str, object]],
                 styles: Mapping[str, Style] | None = None, title: str = "") -> None:
        """`features`: (id, class key, coordinates) where coordinates are an (n, 2) array of
        eastings and northings or a list of such arrays (a multi-part feature)."""
        ids, classes, parts, owners = [], [], [], []
        for row, (fid, key, coords) in enumerate(features):
            ids.append(fid)
            classes.append(key)
            for part in self._parts_of(coords):
                parts.append(part)
                owners.append(row)
        xy, offsets = flatten_parts(parts)
        self._init_arrays(name, ids, classes, xy, offsets, np.asarray(owners, np.int64),
                          styles, title)

    @classmethod
    def from_arrays(cls, name: str, ids: Sequence[FeatureId], classes: Sequence[str],
                    xy: np.ndarray, offsets: np.ndarray, part_feature: np.ndarray | None = None,
                    styles: Mapping[str, Style] | None = None, title: str = "") -> LineLayer:
        """The fast way in for many features: all vertices in one (V, 2) array, part i being
        `xy[offsets[i]:offsets[i + 1]]` and belonging to row `part_feature[i]` (default: part i
        is feature i)."""
        layer = cls.__new__(cls)
        owners = (np.arange(len(offsets) - 1) if part_feature is None
                  else np.asarray(part_feature, np.int64))
        layer._init_arrays(name, list(ids), list(classes), np.asarray(xy, np.float64),
                           np.asarray(offsets, np.int64), owners, styles, title)
        return layer

    @staticmethod
    def _parts_of(coords: object) -> list[np.ndarray]:
        if isinstance(coords, np.ndarray) and coords.ndim == 2:
            return [coords]
        seq = list(coords)  # type: ignore[call-overload]
        if seq and np.ndim(seq[0]) == 1:  # a single part as a list of (x, y)
            return [np.asarray(seq, np.float64)]
        return [np.asarray(p, np.float64) for p in seq]

    def _init_arrays(self, name: str, ids: list[FeatureId], classes: list[str],
                     xy: np.ndarray, offsets: np.ndarray, owners: np.ndarray,
                     styles: Mapping[str, Style] | None, title: str) -> None:
        MapLayer.__init__(self, name, ids, classes, styles, title)
        xy, offsets = self._prepare(xy, offsets)
        part_class = self.feature_class[owners] if len(owners) else owners
        counts = np.diff(offsets)
        self.parts: list[PartSet] = []
        for i in range(len(self.class_keys)):
            mine = np.flatnonzero(part_class == i)
            if len(mine) == len(owners):  # one class: no copy
                self.parts.append(PartSet.build(xy, offsets, owners))
                continue
            take = counts[mine]
            sub_offsets = np.zeros(len(mine) + 1, np.int64)
            np.cumsum(take, out=sub_offsets[1:])
            self.parts.append(PartSet.build(xy[index_ranges(offsets[mine], take)], sub_offsets,
                                            owners[mine]))

        boxes = [p.bbox for p in self.parts if len(p.bbox)]
        self._bbox = _bbox_of(np.concatenate(boxes)) if boxes else None

    def _prepare(self, xy: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return xy, offsets

    @property
    def vertex_count(self) -> int:
        return sum(p.vertex_count for p in self.parts)

    @property
    def bbox(self) -> Bbox | None:
        return self._bbox

    def feature_parts(self, row: int) -> list[np.ndarray]:
        """The full-resolution coordinates of a feature's parts (for the highlight)."""
        out = []
        for parts in self.parts:
            for part in np.flatnonzero(parts.part_feature == row):
                out.append(parts.part_coords(int(part)))
        return out

    def feature_bbox(self, row: int) -> Bbox | None:
        parts = self.feature_parts(row)
        if not parts:
            return None
        xy = np.concatenate(parts)
        return (float(xy[:, 0].min()), float(xy[:, 1].min()), float(xy[:, 0].max()),
                float(xy[:, 1].max()))

    def pick(self, x: float, y: float, pixels: float, metres_per_px: float) -> int | None:
        """The feature whose line passes nearest, within `pixels`."""
        best: tuple[float, int] | None = None
        for parts in self.parts:
            hit = parts.nearest(x, y, pixels * metres_per_px)
            if hit is not None and (best is None or hit[1] < best[0]):
                best = (hit[1], int(parts.part_feature[hit[0]]))
        return best[1] if best is not None else None


class PolygonLayer(LineLayer):
    """Areas (the kommun boundary, lakes): rings drawn as outlines, filled when the style has
    a fill (even–odd, so holes stay open). Rings are closed here if the data leaves them open.
    """

    kind = "polygon"

    def _prepare(self, xy: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        starts, ends = offsets[:-1], offsets[1:] - 1
        ok = ends > starts
        open_ring = np.zeros(len(starts), bool)
        open_ring[ok] = (xy[starts[ok]] != xy[ends[ok]]).any(axis=1)
        if not open_ring.any():
            return xy, offsets
        counts = np.diff(offsets) + open_ring
        new_offsets = np.zeros(len(counts) + 1, np.int64)
        np.cumsum(counts, out=new_offsets[1:])
        out = np.empty((int(new_offsets[-1]), 2))
        old_idx = index_ranges(starts, np.diff(offsets))
        out[index_ranges(new_offsets[:-1], np.diff(offsets))] = xy[old_idx]
        closing = np.flatnonzero(open_ring)
        out[new_offsets[closing + 1] - 1] = xy[starts[closing]]
        return out, new_offsets

    def pick(self, x: float, y: float, pixels: float, metres_per_px: float) -> int | None:
        """An outline within `pixels`, else the top-most filled area with (x, y) inside: an
        odd number of its rings around the point (an even number: inside a hole)."""
        row = super().pick(x, y, pixels, metres_per_px)
        if row is not None:
            return row
        for key, parts in reversed(list(zip(self.class_keys, self.parts, strict=True))):
            if not self.styles[key].fill:
                continue
            rings = parts.containing(x, y)
            counts = np.bincount(parts.part_feature[rings], minlength=len(self))
            inside = np.flatnonzero(counts % 2 == 1)
            if len(inside):
                return int(inside[-1])
        return None


class PointLayer(MapLayer):
    """Points (stråk stops, businesses, parking) with optional labels, e.g. stop numbers."""

    kind = "point"

    def __init__(self, name: str,
                 features: Iterable[tuple[FeatureId, str, float, float, str | None]],
                 styles: Mapping[str, Style] | None = None, title: str = "") -> None:
        """`features`: (id, class key, easting, northing, label or None)."""
        rows = list(features)
        MapLayer.__init__(self, name, [r[0] for r in rows], [r[1] for r in rows], styles, title)
        self.xy = np.array([(r[2], r[3]) for r in rows], np.float64).reshape(-1, 2)
        self.labels: list[str | None] = [r[4] for r in rows]

    @property
    def bbox(self) -> Bbox | None:
        if not len(self.xy):
            return None
        return (float(self.xy[:, 0].min()), float(self.xy[:, 1].min()),
                float(self.xy[:, 0].max()), float(self.xy[:, 1].max()))

    def feature_bbox(self, row: int) -> Bbox | None:
        x, y = (float(v) for v in self.xy[row])
        return (x, y, x, y)

    def pick(self, x: float, y: float, pixels: float, metres_per_px: float) -> int | None:
        """The point nearest (x, y) whose symbol (or `pixels` around it) covers it."""
        if not len(self.xy):
            return None
        d = np.hypot(self.xy[:, 0] - x, self.xy[:, 1] - y) / metres_per_px
        sizes = np.array([self.styles[k].size for k in self.class_keys])[self.feature_class]
        d = np.where(d <= np.maximum(sizes / 2 + 1, pixels), d, np.inf)
        row = int(d.argmin())
        return row if np.isfinite(d[row]) else None
