"""Dialogs whose form is checked when OK is pressed.

Seven dialogs did the same by hand: a red `problem` label under the form, hidden until OK
finds something wrong; OK then keeps the dialog open and says why in one sentence, so the
user's entries stay where they were. What a spin box's range cannot say (a name, at least
one loop, an end after the start) is what `problem()` checks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from destination_norberg.gui.common import date_field
from destination_norberg.gui.common.page import ERROR_COLOUR
from destination_norberg.gui.common.plain import plain

PROBLEM_STYLE = f"color: {ERROR_COLOUR}"


class CheckedDialog(QDialog):
    """A dialog over a generated form (`self.ui`) with a `problem` label and a `buttonBox`.

    Call `check_on_ok()` after `setupUi`; override `problem()`. `accept()` itself checks,
    so OK, Enter and a direct call all go through the same test. The form's date fields
    become the window's date field (`date_field.setup_all`).
    """

    ui: Any

    def check_on_ok(self) -> None:
        ui = self.ui
        date_field.setup_all(self)
        ui.problem.setStyleSheet(PROBLEM_STYLE)
        ui.problem.setVisible(False)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def problem(self) -> str | None:
        """What stops the form from being saved, in the user's words; None (or "") if
        nothing does."""
        return None

    def accept(self) -> None:
        why = self.problem()
        self.ui.problem.setText(plain(why or ""))  # user text in it is never markup
        self.ui.problem.setVisible(bool(why))
        if not why:
            super().accept()
