"""Table columns that show their whole header: a column given a fixed width in code is never
narrower than its header text (in the language in view), and a long header with a
parenthesis may break onto two lines rather than be cut."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

#: A table whose columns may run past its right edge on purpose (a wide register with a
#: horizontal scroll bar, its name column first): the layout test lets it be.
SCROLLS_COLUMNS = "scrollsColumns"
#: A drop-down inside a table whose chosen text must show in full (the layout test checks
#: these; other drop-downs in cells, such as organisation names, may elide).
FITS_TEXT = "fitsText"


def set_widths(view: QTableView, widths: tuple[int, ...] | list[int]) -> None:
    """Each column `widths[i]` wide (0 leaves it), but never narrower than its header."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        if width and column < header.count():
            view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


def widen_to_headers(view: QTableView) -> None:
    """Widen the interactively sized columns that are narrower than their header text."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.isSectionHidden(column) or \
                header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        need = header.sectionSizeHint(column)
        if header.sectionSize(column) < need:
            header.resizeSection(column, need)


def two_line(text: object) -> object:
    """A header on two lines, to fit a narrow column: "Offer (Swedish)" as "Offer" over
    "(Swedish)", "Persons/unit" as "Persons/" over "unit", "Course needed" as "Course" over
    "needed" (at the space nearest the middle); a single word as it is."""
    if not isinstance(text, str) or "\n" in text:
        return text
    if " (" in text:
        return text.replace(" (", "\n(", 1)
    if " / " in text:
        return text.replace(" / ", " /\n", 1)
    if "/" in text.strip("/"):
        return text.replace("/", "/\n", 1)
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:middle] + "\n" + text[middle + 1:]


def scrolls_columns(view: QAbstractItemView) -> None:
    """Mark `view` as a register whose columns may scroll sideways (see SCROLLS_COLUMNS)."""
    view.setProperty(SCROLLS_COLUMNS, True)

