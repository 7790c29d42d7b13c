"""What is cut off in a shown widget tree: buttons, tabs, labels and table headers whose text
does not fit the room they were given. Used by test_layout.py on every area and dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from destination_norberg.gui.common.table_fit import FITS_TEXT, SCROLLS_COLUMNS

#: Pixels of slack before a text counts as cut (rounding of the styles' own margins).
SLACK = 2
#: A push button's frame and padding around its text, and a menu button's arrow.
BUTTON_MARGINS = 12
MENU_ARROW = 14
#: A drop-down's frame, padding and arrow.
COMBO_ARROW = 30


def _where(widget: QWidget) -> str:
    names = []
    w: QWidget | None = widget
    while w is not None and len(names) < 4:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(names))


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _in_scroll_content(widget: QWidget) -> bool:
    """Widgets inside a scroll area's content may be wider than the view: they scroll."""
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractScrollArea) and not isinstance(w, QHeaderView):
            return True
        w = w.parentWidget()
    return False


def cut_texts(root: QWidget) -> list[str]:
    """One line per text that does not fit, naming the widget and the widths."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget, root):
            continue
        if isinstance(widget, QAbstractButton):
            problems += _button(widget)
        elif isinstance(widget, QLabel):
            problems += _label(widget)
        elif isinstance(widget, QTabBar):
            problems += _tabs(widget)
        elif isinstance(widget, QHeaderView):
            problems += _header(widget)
        elif isinstance(widget, QComboBox) and not widget.isEditable() and (
                widget.property(FITS_TEXT) or not _in_item_view(widget)):
            problems += _combo(widget)
    return problems


def _in_item_view(widget: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractItemView):
            return True
        w = w.parentWidget()
    return False


def _combo(combo: QComboBox) -> list[str]:
    """The chosen text of a drop-down, beside its arrow."""
    text = combo.currentText()
    if not text:
        return []
    need = combo.fontMetrics().horizontalAdvance(text) + COMBO_ARROW
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > combo.width() + SLACK:
        return [f"drop-down {text!r} at {_where(combo)}: needs {need}px, has {combo.width()}px"]
    return []


def _button(button: QAbstractButton) -> list[str]:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip():
        return []
    if isinstance(button, (QCheckBox, QRadioButton)):
        need = button.sizeHint().width()
    elif isinstance(button, (QPushButton, QToolButton)):
        # The text, the icon and the menu arrow with the frame's margins; not the style's
        # minimum width of a push button, which a short "‹" need not fill.
        need = button.fontMetrics().horizontalAdvance(text) + BUTTON_MARGINS
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
        if button.menu() is not None or (isinstance(button, QToolButton) and button.popupMode()
                                         == QToolButton.ToolButtonPopupMode.MenuButtonPopup):
            need += MENU_ARROW
    else:
        return []
    if need > button.width() + SLACK:
        return [f"button {text!r} at {_where(button)}: needs {need}px, has {button.width()}px"]
    return []


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text.strip() or label.wordWrap() or (label.pixmap() is not None and \
            not label.pixmap().isNull()):
        return []
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text):
        need = label.sizeHint().width() - label.width() + label.contentsRect().width()
    else:
        metrics = label.fontMetrics()
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    has = label.contentsRect().width() - 2 * label.margin()
    if need > has + SLACK:
        return [f"label {text[:60]!r} at {_where(label)}: needs {need}px, has {has}px"]
    return []


def _tabs(bar: QTabBar) -> list[str]:
    problems = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        need, has = bar.tabSizeHint(i).width(), bar.tabRect(i).width()
        if need > has + SLACK or bar.tabRect(i).right() > bar.width() + SLACK:
            problems.append(f"tab {bar.tabText(i)!r} at {_where(bar)}: needs {need}px, has "
                            f"{has}px")
    return problems


def _header(header: QHeaderView) -> list[str]:
    """Horizontal headers: each shown section fits its text, and the columns fit the view
    (none off-screen behind a horizontal scroll bar)."""
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)  # the style sheet's header weight
    metrics = QFontMetrics(font)
    model = header.model()
    problems = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        # Qt's own measure (style sheet padding, bold, sort arrow); at least the bare text.
        need = max(header.sectionSizeHint(logical),
                   max(metrics.horizontalAdvance(line) for line in text.split("\n")))
        has = header.sectionSize(logical)
        if need > has + SLACK:
            problems.append(f"header {text!r} at {_where(header)}: needs {need}px, has {has}px")
    view = header.parentWidget()
    if isinstance(view, QAbstractScrollArea) and not _in_scroll_content(view) \
            and not view.property(SCROLLS_COLUMNS):
        width = view.viewport().width()
        if header.length() > width + SLACK:
            problems.append(f"columns of {_where(header)}: {header.length()}px in a view of "
                            f"{width}px (columns off-screen)")
    return problems


#: The buttons that commit or undo a form: never scrolled out of sight below it.
FORM_BUTTONS = ("saveButton", "revertButton")


def hidden_form_buttons(root: QWidget) -> list[str]:
    """Save and Revert buttons that are shown but lie outside what their scroll area shows
    (below the form at a small window), or outside the window."""
    problems = []
    for button in root.findChildren(QPushButton):
        if button.objectName() not in FORM_BUTTONS or not _visible(button, root):
            continue
        rect = button.rect().translated(button.mapTo(root, button.rect().topLeft()))
        shown = root.rect()
        w = button.parentWidget()
        while w is not None and w is not root:
            if isinstance(w, QAbstractScrollArea) and not isinstance(w, QHeaderView):
                view = w.viewport()
                shown = shown.intersected(view.rect().translated(
                    view.mapTo(root, view.rect().topLeft())))
            w = w.parentWidget()
        if not shown.contains(rect):
            problems.append(f"button {button.text()!r} at {_where(button)} is out of view")
    return problems


def ends_shown(root: QWidget) -> list[str]:
    """Text fields (and editable drop-downs) too narrow for their text that show its end,
    not its beginning ("…t Slaggstenen"), while the user is not typing in them."""
    problems = []
    for edit in root.findChildren(QLineEdit):
        if not _visible(edit, root) or edit.hasFocus() or not edit.text():
            continue
        has = edit.contentsRect().width() - 8  # the frame's text margins
        if edit.fontMetrics().horizontalAdvance(edit.text()) > has and \
                edit.cursorPosition() > 0:
            problems.append(f"field {edit.text()[:40]!r} at {_where(edit)} shows its end")
    return problems


def _laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets `layout` and its nested layouts place."""
    found: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _laid_out(item.layout())
    return found


def overlaps(root: QWidget) -> list[str]:
    """Widgets one layout places on top of one another (a layout squeezed below its
    minimum lays a line of text over a drawing)."""
    problems = []
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not _visible(parent, root):
            continue
        shown = [w for w in _laid_out(layout) if _visible(w, root) and not w.isWindow()]
        for i, a in enumerate(shown):
            for b in shown[i + 1:]:
                both = a.geometry().intersected(b.geometry())
                if both.width() > SLACK and both.height() > SLACK:
                    problems.append(f"{_where(a)} and {_where(b)} overlap by "
                                    f"{both.width()}×{both.height()}px")
    return problems


#: Empty room (px) under a scrolling list that counts as wasted: more than a row.
IDLE_ROOM = 30


def idle_room(root: QWidget) -> list[str]:
    """Lists and tables that scroll while their box has empty room below them (five rows
    of nine shown, and a hundred pixels of nothing under them)."""
    problems = []
    for view in root.findChildren(QAbstractItemView):
        parent = view.parentWidget()
        if not _visible(view, root) or parent is None or parent.layout() is None or \
                not view.verticalScrollBar().isVisible() or _in_item_view(view):
            continue
        layout = parent.layout()
        bottom = max(w.geometry().bottom() for w in _laid_out(layout) if _visible(w, root))
        room = parent.contentsRect().bottom() - layout.contentsMargins().bottom() - bottom
        if room > IDLE_ROOM:
            problems.append(f"{_where(view)} scrolls with {room}px empty below it")
    return problems
