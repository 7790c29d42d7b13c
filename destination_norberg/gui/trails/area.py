"""The trails-and-snow area: the trail register, the snow guarantee and go/no-go, as tabs.

Built when first opened (its plots need pyqtgraph, which costs half a second to import),
and each tab reads its data in the worker pool when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore

TABS = ("trails", "snow", "gonogo", "snowlog")


class TrailsArea(QWidget):
    changed = Signal()

    def __init__(self, store: PlanningStore, runner: TaskRunner, undo_stack: QUndoStack,
                 clock: Callable[[], datetime], stale_days: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from destination_norberg.gui.snow.page import SnowPage
        from destination_norberg.gui.trails.page import TrailsPage

        self.trails = TrailsPage(store, runner, undo_stack, clock, stale_days, self)
        self.snow = SnowPage(store, runner, clock, stale_days, undo_stack, self)
        self.trails.changed.connect(self._trails_changed)
        self.snow.changed.connect(self.changed)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.trails, "")
        self.tabs.addTab(self.snow, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._loaded: set[str] = set()
        self._name_tabs()

    def add_corner_action(self, action: Any) -> None:
        """A button for `action` at the right of the tabs (the status page's publish)."""
        from PySide6.QtWidgets import QToolButton

        button = QToolButton(self.tabs)
        button.setObjectName("publishButton")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tabs.setCornerWidget(button)
        self.publish_button = button

    def _name_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Trails"))
        self.tabs.setTabText(1, self.tr("Snow guarantee and go/no-go"))

    def show_tab(self, name: str) -> None:
        """`trails`, `snow`, `gonogo` or `snowlog` (the last three are tabs of the snow page)."""
        self.tabs.setCurrentIndex(0 if name == "trails" else 1)
        if name != "trails":
            self.snow.show_tab({"gonogo": "gonogo", "snowlog": "log"}.get(name, "guarantee"))

    def current_page(self) -> Any:
        return self.trails if self.tabs.currentIndex() == 0 else self.snow

    def reload(self) -> None:
        page = self.current_page()
        self._loaded.add(type(page).__name__)
        page.reload()

    def load_blocking(self) -> None:
        self.current_page().load_blocking()

    def needs_load(self) -> bool:
        """Nothing read yet; after that each tab reads when first shown."""
        return not self._loaded

    def _tab_changed(self, _index: int) -> None:
        page = self.current_page()
        if type(page).__name__ not in self._loaded:
            self.reload()

    def _trails_changed(self) -> None:
        self._loaded.discard("SnowPage")  # reports change what is ready: read again
        self.changed.emit()

    def set_language(self, language: str) -> None:
        self.trails.set_language(language)
        self.snow.set_language(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._name_tabs()
        super().changeEvent(event)
