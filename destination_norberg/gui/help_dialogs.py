"""The Help menu's three dialogs: a short guide, the keyboard shortcuts, about the program.

Their texts are written here (translated through the catalogue), never a command line:
a coordinator reads the window, not a terminal. What they list is read from the window
itself: the areas from the registry (gui.common.areas), the shortcuts from the actions that
carry them, the database from the window's own address.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from destination_norberg import APP_NAME
from destination_norberg.gui.common import areas

if TYPE_CHECKING:
    from destination_norberg.app.diagnostics import SupportFacts

translate = QCoreApplication.translate  # context "HelpDialogs", spelled out for lupdate


def area_purposes() -> dict[str, str]:
    """What each area is for, by area key, in the user's language."""
    return {
        "overview": translate(
            "HelpDialogs",
            "What needs attention today: milestones, the snow guarantee, trail status, tasks and "
            "follow-ups that are due."),
        "events": translate(
            "HelpDialogs",
            "The season's calendar: events and their programme, tasks, the seasons and the stråk "
            "with their stops."),
        "trails": translate(
            "HelpDialogs",
            "Trail reports and grooming, the snow guarantee and go/no-go for the races, snow "
            "production and the snow store."),
        "map": translate(
            "HelpDialogs",
            "Trails, stråk, businesses and places on the map; close a zone or draw a trail."),
        "network": translate(
            "HelpDialogs",
            "The business network: organisations, people, contacts and follow-ups, with consent "
            "and erasure."),
        "packages": translate(
            "HelpDialogs",
            "Packages for partners: components, prices and capacity, exported as a brochure and "
            "data files."),
    }


def guide_html() -> str:
    """The guide as rich text: what each area is for, then the first three things to do."""
    purposes = area_purposes()
    rows = "".join(
        f"<li><b>{html.escape(spec.title())}</b> – {html.escape(purposes[spec.key])}</li>"
        for spec in areas.areas() if spec.key in purposes)
    steps = (
        translate(
            "HelpDialogs",
            "Look at the <b>Overview</b>: it shows what is late or coming up. Click <i>Open</i> "
            "on a card to go to the area behind it."),
        translate(
            "HelpDialogs",
            "Plan the season under <b>Events</b>: add the season's events with their dates and "
            "tasks, or import the calendar you already keep (an .ics file)."),
        translate(
            "HelpDialogs",
            "Keep the trails current under <b>Trails and snow</b>: a short report after each "
            "grooming keeps the trail status and the snow guarantee right for everyone."),
    )
    first = "".join(f"<li>{step}</li>" for step in steps)
    demo = translate(
        "HelpDialogs",
        "The program starts with a fictional demo season so that you can try everything. When you "
        "want to start for real, choose <i>File › Leave the demo…</i>: your own database starts "
        "empty.")
    areas_head = html.escape(translate("HelpDialogs", "What each area is for"))
    first_head = html.escape(translate("HelpDialogs", "The first three things to do"))
    return (f"<h3>{areas_head}</h3><ul>{rows}</ul>"
            f"<h3>{first_head}</h3><ol>{first}</ol><p>{demo}</p>")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(actions: Sequence[tuple[QAction, str | None]]) -> list[tuple[str, str]]:
    """(key, what it does) for each action that has a shortcut, in the given order; what it
    does is the given text, else the action's own (without its & and …)."""
    rows = []
    for action, text in actions:
        for key in action.shortcuts():
            if not key.isEmpty():
                rows.append((key.toString(QKeySequence.SequenceFormat.NativeText),
                             text or _plain(action.text())))
    return rows


class _Dialog(QDialog):
    """A dialog with a Close button under its content."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.box = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.box.addWidget(self.buttons)


class GuideDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("HelpDialogs", "Getting started"), parent)
        self.setObjectName("guideDialog")
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setHtml(guide_html())
        self.box.addWidget(self.text)
        self.finish()
        self.resize(640, 520)


class ShortcutsDialog(_Dialog):
    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(translate("HelpDialogs", "Keyboard shortcuts"), parent)
        self.setObjectName("shortcutsDialog")
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([translate(
            "HelpDialogs",
            "Key"), translate("HelpDialogs", "Does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        for row, (key, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(key))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = translate("HelpDialogs", "The same keys work in every area; a key does what the "
                         "area's own button would do.")
        self.box.addWidget(QLabel(note, self))
        self.table.resizeRowsToContents()
        self.box.addWidget(self.table)
        self.finish()
        self.resize(540, 600)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]


def about_facts(facts: SupportFacts) -> list[tuple[str, str]]:
    """(label, value) pairs the about dialog shows and copies: the support facts of
    app.diagnostics (the same as the crash details and `info --json`), labelled in the
    window's language; the database is already shown without its password."""
    label = {"version": translate("HelpDialogs", "Version"),
             "database": translate("HelpDialogs", "Database"),
             "data_dir": translate("HelpDialogs", "Data folder"),
             "log_dir": translate("HelpDialogs", "Log folder"),
             "cache_dir": translate("HelpDialogs", "Cache folder"),
             "settings_file": translate("HelpDialogs", "Settings file"),
             "python": "Python", "qt": "Qt", "pyside6": "PySide6",
             "system": translate("HelpDialogs", "System")}
    values = facts.as_dict()
    return [(text, values[key] or "-") for key, text in label.items()]


class AboutDialog(_Dialog):
    def __init__(self, facts: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(translate("HelpDialogs", "About %1").replace("%1", APP_NAME), parent)
        self.setObjectName("aboutDialog")
        self.facts = list(facts)
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        what = translate(
            "HelpDialogs",
            "The coordinator program for Norberg's visitor economy: events, trails and snow, the "
            "business network and exports for partners.")
        intro.setText(f"<h2>{html.escape(APP_NAME)}</h2><p>{html.escape(what)}</p>")
        self.box.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for label, value in self.facts:
            shown = QLabel(self)
            shown.setTextFormat(Qt.TextFormat.PlainText)  # paths and addresses as they are
            shown.setText(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
            self.values[label] = shown
        self.box.addLayout(form)
        self.box.addStretch(1)
        self.copy_button = QPushButton(translate("HelpDialogs", "Copy"), self)
        self.copy_button.setToolTip(translate(
            "HelpDialogs",
            "Copy these details, for example for a support question"))
        self.copy_button.clicked.connect(self.copy)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.finish()
        self.resize(640, self.sizeHint().height())

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.facts)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(f"{APP_NAME}\n{self.text()}")
        self.copy_button.setText(translate("HelpDialogs", "Copied"))


class HelpMenu:
    """The Hjälp menu: Kom igång (F1), Kortkommandon, Om Destination Norberg. Each opens its
    dialog window-modal without blocking (`dialog` is the one open)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.dialog: QDialog | None = None
        menu, about = window.ui.menuHelp, window.ui.actionAbout
        self.guide_action = QAction(window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcuts_action = QAction(window)
        menu.insertAction(about, self.guide_action)
        menu.insertAction(about, self.shortcuts_action)
        menu.insertSeparator(about)
        window.addAction(self.guide_action)  # F1 works with the menu bar hidden too
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        about.triggered.connect(self.show_about)
        self.retranslate()

    def retranslate(self) -> None:
        self.guide_action.setText(translate("HelpDialogs", "&Getting started"))
        self.shortcuts_action.setText(translate("HelpDialogs", "&Keyboard shortcuts"))

    def shortcuts(self) -> list[tuple[str, str]]:
        """The window's shortcuts, read from the actions that carry them."""
        w = self.window
        actions: list[tuple[QAction, str | None]] = [
            (action, translate("HelpDialogs", "Go to %1").replace("%1", _plain(action.text())))
            for action in w.area_actions]
        actions += [(action, None) for action in w.area_keys.actions.values()]
        actions += [(action, None) for action in w._undo_actions]
        actions += [(w.ui.actionRefresh, None), (self.guide_action, None),
                    (w.ui.actionQuit, None)]
        return shortcut_rows(actions)

    def facts(self) -> list[tuple[str, str]]:
        from destination_norberg.app.diagnostics import support_facts
        from destination_norberg.gui.common.versions import qt_versions

        return about_facts(support_facts(self.window.db_url, qt_versions()))

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_guide(self) -> QDialog:
        return self._open(GuideDialog(self.window))

    def show_shortcuts(self) -> QDialog:
        return self._open(ShortcutsDialog(self.shortcuts(), self.window))

    def show_about(self) -> QDialog:
        return self._open(AboutDialog(self.facts(), self.window))


def show_for_screenshot(window: Any, view: str) -> QDialog:
    """The dialog of `view`, drawn inside the window as it opens over it (a screenshot grabs
    the window only), framed and titled as a window would be."""
    from destination_norberg.gui.common.dialog_shot import framed

    menu: HelpMenu = window.help
    dialog = {"guide": menu.show_guide, "shortcuts": menu.show_shortcuts,
              "about": menu.show_about}[view]()
    return framed(window, dialog)
