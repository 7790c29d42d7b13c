"""The PDFs made with Qt: a package brochure for partners and the daily bulletin.

Both are HTML laid out by QTextDocument and printed by QPdfWriter on A4 portrait at 300 dpi
(gui.pdf_output: fonts embedded, so å, ä and ö print and can be copied; the document is laid
out on the writer so 10 pt text is 10 pt on paper). Each is written in the language asked for,
whatever the window speaks, and the window's language is put back afterwards. Both work
without a window: from the command line a QApplication is made (offscreen without a screen).
Both may be called from a worker thread: the data is read there, and the drawing (the map is a
widget) and the language swap run on the GUI thread. Files are written beside the target and
renamed onto it only when whole.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from destination_norberg.gui.documents.output import PdfError, language, on_gui_thread, write_pdf

__all__ = ["PdfError", "write_brochure", "write_bulletin"]

#: The bulletin is pinned up as one page: its type may shrink to 85 % to fit one.
FIT_SCALES = (1.0, 0.95, 0.9, 0.85)


def write_brochure(detail: Any, path: Path, lang: str) -> None:
    """The brochure of one package (a store.package_read.PackageDetail) in `lang` ("sv"/"en"):
    title, validity, text, programme day by day, components and prices, a map of the trails
    and stråk concerned, the organiser's contact. Raises PdfError when it cannot be written."""
    from destination_norberg.gui.documents.brochure import MAP_URL, brochure_html, map_image

    def draw() -> None:
        with language(lang):
            image = map_image(detail)
            html = brochure_html(detail, lang, with_map=image is not None)
            write_pdf(html, Path(path), detail.title(lang),
                      {MAP_URL: image} if image is not None else None)

    on_gui_thread(draw)


def write_bulletin(source: Any, path: Path, day: date, lang: str, now: datetime,
                   stale_days: int | None = None) -> None:
    """The daily bulletin of `day` for hotels and shops, in `lang` ("sv"/"en"): trail and
    track status and the snow guarantee as of `now`, the day's and the coming week's events,
    the stråk of the day. `source` is a RowSource or a SQLAlchemy Engine; `stale_days` None
    is the destination's setting. Raises PdfError."""
    from PySide6.QtCore import QCoreApplication

    from destination_norberg.gui.common import labels
    from destination_norberg.gui.documents.bulletin import bulletin_html, read_bulletin

    data = read_bulletin(source, day, now, stale_days)

    def draw() -> None:
        with language(lang):
            title = QCoreApplication.translate("Bulletin", "Norberg today: %1").replace(
                "%1", labels.fmt_day(day))
            write_pdf(bulletin_html(data, lang), Path(path), title, fit_scales=FIT_SCALES)

    on_gui_thread(draw)
