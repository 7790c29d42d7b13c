"""CheckedDialog: OK checks the form; a problem keeps the dialog open and is said in it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from destination_norberg.gui.common.dialog import PROBLEM_STYLE, CheckedDialog
from destination_norberg.gui.events.task_dialog import TaskDialog


class _Form:
    """What a generated form gives: a field, the problem label, the buttons."""

    def setupUi(self, dialog: QDialog) -> None:  # noqa: N802 - as uic names it
        layout = QVBoxLayout(dialog)
        self.name = QLineEdit(dialog)
        self.problem = QLabel(dialog)
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for widget in (self.name, self.problem, self.buttonBox):
            layout.addWidget(widget)


class _NameDialog(CheckedDialog):
    def __init__(self) -> None:
        super().__init__()
        self.ui = _Form()
        self.ui.setupUi(self)
        self.check_on_ok()

    def problem(self) -> str | None:
        return None if self.ui.name.text().strip() else "Give it a name."


def test_ok_with_a_problem_stays_open_and_says_why(qtbot) -> None:
    d = _NameDialog()
    qtbot.addWidget(d)
    assert d.ui.problem.isHidden() and d.ui.problem.styleSheet() == PROBLEM_STYLE
    d.ui.buttonBox.accepted.emit()
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.ui.problem.text() == "Give it a name." and not d.ui.problem.isHidden()
    d.ui.name.setText("Torget")
    d.ui.buttonBox.accepted.emit()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.ui.problem.isHidden()


def test_a_direct_accept_is_checked_too_and_cancel_is_not(qtbot) -> None:
    d = _NameDialog()
    qtbot.addWidget(d)
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted
    d.ui.buttonBox.rejected.emit()
    assert d.result() == QDialog.DialogCode.Rejected


def test_a_task_needs_a_title(qtbot) -> None:
    d = TaskDialog([], event_id=1)
    qtbot.addWidget(d)
    d.ui.buttonBox.accepted.emit()
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.ui.problem.text() == "The task needs a title."
    d.ui.title.setText("Boka funktionärer")
    d.ui.buttonBox.accepted.emit()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.record().title == "Boka funktionärer"
