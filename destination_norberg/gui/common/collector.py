"""Python's garbage collector, run on the UI thread only.

Python collects cycles in whichever thread happens to allocate when a generation's count is
exceeded. When that is a worker of the job pool and the cycle holds a Qt wrapper made on the
UI thread, the wrapper's C++ object is destroyed from the wrong thread and Qt crashes (seen in
the suite: "Segmentation fault … Garbage-collecting" under a worker reading the planning
data). So automatic collection is switched off and the same generational check is made on a
timer of the UI thread instead, the way pyqtgraph's GarbageCollector does it. Reference
counting still frees everything that is not in a cycle at once, in any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


def collect_due() -> int:
    """Collect the oldest generation whose count is over its threshold (what the automatic
    collector would have done by now); the number of objects found unreachable."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


class UiThreadCollector(QObject):
    """Switches automatic collection off and collects on the UI thread every `interval_ms`."""

    def __init__(self, parent: QObject, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_due)
        self._timer.start(interval_ms)


def install(parent: QObject) -> UiThreadCollector:
    """One collector for the application (a second call returns the first)."""
    existing = parent.findChild(UiThreadCollector)
    return existing if existing is not None else UiThreadCollector(parent)
