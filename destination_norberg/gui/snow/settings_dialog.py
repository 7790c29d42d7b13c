"""The snow planner's settings: its figures and each target's weather stations.

Built in code rather than from a Designer form: its rows are the parameters and the targets
the database holds. Read and saved in worker jobs; saving writes the destination's settings
(shared by every coordinator) and the page reads everything again. Settings are not on the
undo stack: the dialog shows the stored values, defaults beside them, to change back.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.app.snow_settings import (
    SettingsForm,
    read_settings_form,
    save_settings_form,
)
from destination_norberg.gui.common.dialog import PROBLEM_STYLE
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.snow import texts

NEEDS = ("temperature", "snow_depth")


class SnowSettingsDialog(QDialog):
    """`saved` after the settings were written."""

    saved = Signal()

    def __init__(self, url: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url, self.runner = url, runner
        self.form: SettingsForm | None = None
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.combos: dict[tuple[str, str], QComboBox] = {}
        self.setWindowTitle(self.tr("Snow settings"))
        self.resize(1020, 600)  # fits 1280×720; the form scrolls inside when smaller
        layout = QVBoxLayout(self)
        self.state = QLabel(self.tr("Reading the settings…"), self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setVisible(False)
        layout.addWidget(self.scroll, 1)
        note = QLabel(self.tr(
            "These figures and stations are the destination's: every coordinator's snow page, "
            "status page and bulletin use them. Saving is not on the undo list; each figure "
            "shows its default to change back to."), self)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(note)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout.addWidget(self.buttons)
        self.runner.run(partial(read_settings_form, url), self._loaded, self._failed)

    # --- reading ------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText(user_message(exc))
        self.problem.setVisible(True)
        self.state.setVisible(False)

    def _loaded(self, form: SettingsForm) -> None:
        self.form = form
        body = QWidget(self.scroll)
        column = QVBoxLayout(body)
        column.addWidget(self._figures(form, body))
        column.addWidget(self._stations(form, body))
        column.addStretch(1)
        self.scroll.setWidget(body)
        self.scroll.setVisible(True)
        self.state.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _figures(self, form: SettingsForm, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Snow production and track"), parent)
        grid = QFormLayout(box)
        for row in form.rows:
            spec = row.spec
            spin = QDoubleSpinBox(box)
            spin.setObjectName(spec.key)
            spin.setDecimals(spec.decimals)
            spin.setRange(spec.low, spec.high)
            spin.setSingleStep(1.0 if spec.decimals == 0 else 10 ** -spec.decimals * 5)
            spin.setSuffix(" " + texts.parameter_unit(spec.unit))
            spin.setValue(row.value)
            spin.setMinimumWidth(140)
            spin.setToolTip(self.tr("From %1 to %2; default %3").replace(
                "%1", _number(spec.low, spec.decimals)).replace(
                "%2", _number(spec.high, spec.decimals)).replace(
                "%3", _number(row.default, spec.decimals)))
            default = QLabel(self.tr("default %1").replace(
                "%1", _number(row.default, spec.decimals)), box)
            default.setStyleSheet("color: #5b6670")
            line = QWidget(box)
            h = QGridLayout(line)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(spin, 0, 0)
            h.addWidget(default, 0, 1)
            h.setColumnStretch(2, 1)
            grid.addRow(texts.parameter_label(spec.key), line)
            self.spins[spec.key] = spin
        return box

    def _stations(self, form: SettingsForm, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Weather stations per target"), parent)
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Target"), box), 0, 0)
        grid.addWidget(QLabel(self.tr("Temperature"), box), 0, 1)
        grid.addWidget(QLabel(self.tr("Snow depth"), box), 0, 2)
        if not form.targets:
            grid.addWidget(QLabel(self.tr("No snow-guarantee targets yet."), box), 1, 0, 1, 3)
        for r, ref in enumerate(form.targets, start=1):
            name = QLabel(ref.name, box)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            grid.addWidget(name, r, 0)
            for c, need in enumerate(NEEDS, start=1):
                combo = self._combo(form, form.choices.get(ref.target_id, {}).get(need), need,
                                    box)
                combo.setObjectName(f"{ref.uid}.{need}")
                grid.addWidget(combo, r, c)
                self.combos[(ref.uid, need)] = combo
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        return box

    def _combo(self, form: SettingsForm, choice: Any, need: str, parent: QWidget) -> QComboBox:
        from destination_norberg.core.snow_stations import nearest

        combo = QComboBox(parent)
        default = nearest(form.stations, need)
        combo.addItem(self.tr("Nearest (default): %1").replace(
            "%1", texts.station_option(default) if default is not None
            else self.tr("none within reach")), None)
        for st in sorted((s for s in form.stations if need in s.records),
                         key=lambda s: (s.distance_km is None, s.distance_km or 0.0, s.name)):
            combo.addItem(texts.station_option(st), st.key)
        if choice is not None and choice.chosen_key is not None:
            at = combo.findData(choice.chosen_key)
            if at < 0:  # chosen once, its readings gone since: still shown, still chosen
                combo.addItem(texts.station(choice), choice.chosen_key)
                at = combo.count() - 1
            combo.setCurrentIndex(at)
        combo.setMinimumContentsLength(18)
        combo.setToolTip(combo.currentText())
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    # --- saving -------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {key: repr(spin.value()) for key, spin in self.spins.items()}

    def stations(self) -> dict[tuple[str, str], str | None]:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def save(self) -> None:
        if self.form is None:
            return
        self.buttons.setEnabled(False)
        self.runner.run(partial(save_settings_form, self.url, self.values(), self.stations()),
                        self._saved, self._save_failed)

    def _saved(self, _result: object) -> None:
        self.saved.emit()
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(str(exc) if isinstance(exc, ValueError) else user_message(exc))
        self.problem.setVisible(True)


def _number(value: float, decimals: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(value), "f", decimals)
