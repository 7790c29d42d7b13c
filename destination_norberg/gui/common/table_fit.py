"""Table columns that show their whole header: a column given a fixed width in code is never
narrower than its header text (in the language in view), and a long header with a
parenthesis may break onto two lines rather than be cut."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
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



#: Cells measured for a whole-text column (a date): the first rows are enough.
MEASURED_ROWS = 200
#: A cell's padding left and right of its text (the style sheet's item padding and grid).
CELL_PADDING = 16


class ColumnFitter(QObject):
    """The columns of a table that fit its width, with no sideways scroll bar: each column
    its preferred width (never narrower than its header, a `whole` column never narrower
    than its cells: dates are not cut), the `stretch` column the rest; when the view is too
    narrow, the columns in `drop_order` are hidden one by one (the least useful first) and
    come back when there is room again."""

    def __init__(self, view: QTableView, widths: tuple[int, ...], drop_order: tuple[int, ...],
                 stretch: int = 0, whole: tuple[int, ...] = ()) -> None:
        super().__init__(view)
        self.view, self.widths, self.drop_order = view, widths, drop_order
        self.stretch, self.whole = stretch, whole
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.viewport().installEventFilter(self)

    def wanted(self, column: int) -> int:
        header, view = self.view.horizontalHeader(), self.view
        width = max(self.widths[column], header.sectionSizeHint(column))
        model = view.model()
        if column in self.whole and model is not None:
            metrics = view.fontMetrics()
            for row in range(min(model.rowCount(), MEASURED_ROWS)):
                text = str(model.index(row, column).data() or "")
                width = max(width, metrics.horizontalAdvance(text) + CELL_PADDING)
        return width

    def refit(self) -> None:
        header = self.view.horizontalHeader()
        count = min(header.count(), len(self.widths))
        if self.stretch < count:  # (a model given its columns later loses an earlier mode)
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        wanted = {c: self.wanted(c) for c in range(count)}
        shown = set(range(count))
        room = self.view.viewport().width()
        for column in self.drop_order:
            if sum(wanted[c] for c in shown) <= room:
                break
            shown.discard(column)
        for column in range(count):
            self.view.setColumnHidden(column, column not in shown)
            if column in shown and column != self.stretch:
                header.resizeSection(column, wanted[column])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.refit()
        return False


def fit_columns(view: QTableView, widths: tuple[int, ...], drop_order: tuple[int, ...],
                stretch: int = 0, whole: tuple[int, ...] = ()) -> ColumnFitter:
    """Fit `view`'s columns to its width (see ColumnFitter); call `refit` after new rows."""
    return ColumnFitter(view, widths, drop_order, stretch, whole)
