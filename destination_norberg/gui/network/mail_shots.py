"""The screenshot views of e-mail: the composer with a filled example and its preview read,
and the history of mailings, each drawn inside the window as it opens over it (a
screenshot grabs the window only). Nothing is written: the preview and the history read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QDialog

from destination_norberg.gui.common.dialog_shot import framed

EXAMPLE = {
    "sv": ("Vinterstråket i vinter: vill {organisation} vara med?",
           "Hej {förnamn}!\n\nVi planerar vintersäsongen och vill gärna ha med {organisation} "
           "längs Vinterstråket, med öppettider de helger då spåren är preparerade.\n\n"
           "Svara gärna senast den 15 december om ni vill vara med.\n\n"
           "Vänliga hälsningar\nTurismen i Norbergs kommun"),
    "en": ("The Winter Trail this winter: will {organisation} join?",
           "Hello {first_name},\n\nWe are planning the winter season and would like "
           "{organisation} to take part along the Winter Trail, open on the weekends the "
           "tracks are groomed.\n\nPlease answer by 15 December if you would like to join.\n\n"
           "Kind regards\nTourism, Norberg municipality"),
}
EXAMPLE_TAG = "vinterstråket"
WAIT_MS = 20_000


def _wait(until: Any) -> None:
    deadline = QDeadlineTimer(WAIT_MS)
    while not until() and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def show_composer(page: Any) -> QDialog:
    """The composer with the example in the window's language, to the organisations tagged
    "vinterstråket", with its preview read."""
    from destination_norberg.gui.network.mail_composer import MailComposerDialog

    lang = "en" if getattr(page.window(), "language", "sv") == "en" else "sv"
    dialog = MailComposerDialog(page)
    ui = dialog.ui
    ui.lang.setCurrentIndex(max(ui.lang.findData(lang), 0))
    ui.tag.setCurrentIndex(max(ui.tag.findData(EXAMPLE_TAG), 0))
    dialog.set_template(*EXAMPLE[lang])
    _wait(lambda: dialog.previewed is not None and not dialog.previewed[3])
    page.mail_dialog = framed(page.window(), dialog, 0.94, fill=True)
    return dialog


def show_history(page: Any) -> QDialog:
    from destination_norberg.gui.network.mail_history import MailHistoryDialog

    dialog = MailHistoryDialog(page)
    _wait(lambda: dialog.loaded and (not dialog.mailings or bool(dialog.recipients)))
    page.mail_dialog = framed(page.window(), dialog, 0.94, fill=True)
    return dialog
