"""The snow card of the window's first overview, judged right after the first paint.

The judgement projects each target from every temperature of its chosen station (about
0.1 s on the demo's ten years, seconds on 65 years of hourly data), so the first read leaves
the card pending and paints the rest at once; this judges it on a worker with the same use
case (app.overview.read_judged → app.snow.judge) and fills the card. Later refreshes judge in
the one read, so the card never flickers back to pending.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.overview.page import OverviewPage

if TYPE_CHECKING:  # the rules it loads are not needed for the first paint
    from destination_norberg.core.overview import Overview


class SnowFill(QObject):
    """Emits `filled` once the pending card shows the judgement (or why it could not)."""

    filled = Signal()

    def __init__(self, runner: TaskRunner, page: OverviewPage) -> None:
        super().__init__(page)
        self.runner, self.page = runner, page

    def start(self, url: str, engine: Any, now: datetime, overview: Overview,
              then: Callable[[], None]) -> None:
        """Judge on a worker, fill the card, then call `then` (on the UI thread)."""
        from destination_norberg.app.overview import read_judged

        def done(judged: Any) -> None:
            if self.page.overview is overview:  # not replaced by a newer read meanwhile
                self.page.show_overview(overview.with_judged(judged))
            self.filled.emit()
            then()

        def failed(exc: BaseException) -> None:
            if self.page.overview is overview:
                self.page.show_error(user_message(exc))
            self.filled.emit()
            then()

        self.runner.run(lambda: read_judged(url, engine, now), done, failed)
