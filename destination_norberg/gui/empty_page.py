"""An area that is not built yet says so, with what it will hold and what the data has now."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from destination_norberg.gui import labels
from destination_norberg.gui.forms.empty_state_ui import Ui_EmptyStatePage


class EmptyStatePage(QWidget):
    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.ui = Ui_EmptyStatePage()
        self.ui.setupUi(self)
        self.counts: dict[str, int] = {}
        self._render()

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        self._render()

    def _plans(self) -> str:
        return {
            "events": self.tr(
                "Season and event planning comes here: a calendar and season timeline, the "
                "Vintervecka programme, tasks, the Sommarstråket and Vinterstråket editor, and "
                "iCalendar in and out. Until then the overview lists the events of the next "
                "14 days and the tasks due."),
            "trails": self.tr(
                "The trail register and condition reports, ski-track grooming, snowfarming and "
                "snow production planning, SMHI snow data and the go/no-go view for "
                "Engelbrektsloppet come here. The overview already shows trail status and the "
                "snow guarantee."),
            "map": self.tr(
                "Trail and snow maps in SWEREF 99 TM come here, with layers, geodata import "
                "and export."),
            "network": self.tr(
                "The register of tourism businesses, their people and every contact with them "
                "comes here, with GDPR tools and import and export. The overview already lists "
                "the follow-ups due."),
            "packages": self.tr(
                "The package builder and the export bundles for partners come here, with the "
                "public status page and the daily bulletin."),
        }.get(self.area, "")

    def _count_text(self) -> str:
        c = self.counts
        if not c:
            return ""
        texts = {
            "events": self.tr("The database holds %n event(s).", "", c.get("events", 0)),
            "trails": self.tr("The database holds %n trail(s).", "", c.get("trails", 0)),
            "map": self.tr("The database holds %n trail(s).", "", c.get("trails", 0)),
            "network": self.tr("The database holds %n organisation(s).", "",
                               c.get("organisations", 0)),
            "packages": self.tr("The database holds %n package(s).", "", c.get("packages", 0)),
        }
        return texts.get(self.area, "")

    def _render(self) -> None:
        self.ui.heading.setText(labels.area_name(self.area))
        self.ui.body.setText(self._plans())
        self.ui.counts.setText(self._count_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._render()
        super().changeEvent(event)
