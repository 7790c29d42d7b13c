"""HTML to an A4 PDF through QTextDocument and QPdfWriter, for the brochure and the bulletin.

QPdfWriter embeds the fonts, so å, ä and ö survive copy and paste. The document is laid out
on the writer itself (its layout's paint device is the writer, 300 dpi): font sizes in points
are then measured at 300 dpi and come out at their size on paper, and lengths written in
pixels (margins, padding, image widths) are scaled as 1/96 inch. Laying the document out for
the screen while giving it a page size in 300-dpi pixels is what makes text 3–4× too small
(DESIGN.md §4).

Both documents are made from the command line as well as from the window, so this module
makes the QApplication when there is none (offscreen when there is no screen), and puts the
program's language back after writing in another.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMarginsF,
    QObject,
    QRectF,
    QSizeF,
    Qt,
    QThread,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication

from destination_norberg.core.package_language import MARK, Worded
from destination_norberg.core.plain_text import shorten
from destination_norberg.gui.common import i18n

DPI = 300
MARGINS_MM = QMarginsF(15.0, 14.0, 15.0, 14.0)
BODY_PT = 10.0
#: The text width on A4 with these margins, in CSS pixels (1/96 inch): images are sized in it.
TEXT_WIDTH_PX = round((210.0 - 30.0) / 25.4 * 96)
INK, MUTED, ALERT, RULE = "#1f2933", "#5b6670", "#b3261e", "#c9ced3"

T = TypeVar("T")

#: Kept so the application made here outlives the call that made it.
_app: list[QApplication] = []


class PdfError(OSError):
    """The PDF could not be written; the message says why, in one line."""


def ensure_app() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no screen).

    The map is a widget, so a QGuiApplication alone is not enough.
    """
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        return app
    if app is not None:
        raise RuntimeError("a PDF with a map needs a QApplication, not a "
                           f"{type(app).__name__}")
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    made = QApplication([sys.argv[0] if sys.argv else "destination-norberg"])
    _app.append(made)
    return made


class _GuiThreadCall(QObject):
    """Runs a job on the GUI thread while the calling thread waits (a blocking queued call)."""

    job = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.job.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(object)
    def _run(self, job: Callable[[], None]) -> None:
        job()


_caller: list[_GuiThreadCall] = []
_caller_lock = threading.Lock()


def on_gui_thread(fn: Callable[[], T]) -> T:
    """`fn()` on the GUI thread, whichever thread asks; its result or its exception.

    The map is a widget, which only the GUI thread may make, and the language is swapped for
    the whole program, which must not happen under the window's feet while it paints. A
    worker (a bundle export behind a progress dialog) waits here while the GUI thread's event
    loop runs the job; a GUI thread blocked waiting for that worker would wait forever.
    """
    app = ensure_app()
    if QThread.currentThread() is app.thread():
        return fn()
    with _caller_lock:
        if not _caller:
            caller = _GuiThreadCall()
            caller.moveToThread(app.thread())
            _caller.append(caller)
    outcome: dict[str, Any] = {}

    def job() -> None:
        try:
            outcome["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the waiting thread
            outcome["error"] = exc

    _caller[0].job.emit(job)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def current_language() -> str | None:
    """The language i18n.install last put in (it sets the default locale to match), or None
    when it has not run, as on the command line, where the system locale says nothing."""
    if not i18n._installed:  # read only: i18n keeps no other record of what it installed
        return None
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


@contextmanager
def language(lang: str) -> Iterator[None]:
    """`lang`'s catalogue for the duration; the one before is put back after (English, the
    source language, when there was none). Nothing is swapped when the program already
    speaks `lang`, so the window has nothing to retranslate."""
    if lang not in ("sv", "en"):
        raise ValueError(f"language must be sv or en, not {lang!r}")
    app = ensure_app()
    before = current_language()
    if before == lang:
        yield
        return
    i18n.install(app, lang)
    try:
        yield
    finally:
        i18n.install(app, before or "en")


def sek(amount: Decimal | float | int, lang: str) -> str:
    """Swedish kronor: "1 195 kr" in Swedish (a no-break space groups the thousands and keeps
    the unit on the line), "SEK 1,195" in English; öre only when there are any."""
    value = Decimal(str(amount))
    decimals = 0 if value == value.to_integral_value() else 2
    if lang == "sv":
        text = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden).toString(
            float(value), "f", decimals)
        return text.replace(" ", "\u00a0") + "\u00a0kr"
    text = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).toString(
        float(value), "f", decimals)
    return "SEK\u00a0" + text


#: What one piece of text may put on a document page: a name or a line never comes near;
#: a 200,000-character event title (an import before limits) took Qt 46 s to lay out.
ESC_MAX = 1_000


def esc(text: object, limit: int = ESC_MAX) -> str:
    """`text` as HTML text, cut to `limit` characters ("…") so no field can stall the page."""
    return escape(shorten(str(text), limit)[0], quote=True)


class Marks:
    """Marks each text of a document (the brochure, the bulletin) that is not in its
    language (core.package_language) with a full-size `*`, and remembers that it did, so
    the footnote is printed only then."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.used = False

    def __call__(self, worded: Worded, limit: int | None = None) -> str:
        text = esc(worded.text) if limit is None else esc(worded.text, limit)
        if not worded.foreign(self.lang):
            return text
        self.used = True
        return f"{text}&nbsp;{MARK}"  # full size: a raised one is lost on paper

    def footnote(self) -> str:
        if self.lang == "en":
            return QCoreApplication.translate(
                "Brochure", "Texts marked * are only available in Swedish.")
        return QCoreApplication.translate(
            "Brochure", "Texts marked * are only available in English.")


def style(scale: float = 1.0) -> str:
    """The documents' style sheet; `scale` shrinks every font size (fitting to one page)."""
    def pt(size: float) -> str:
        return f"{size * scale:.2f}pt"

    return f"""
body {{ color: {INK}; }}
h1 {{ font-size: {pt(20)}; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }}
h2 {{ font-size: {pt(13)}; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }}
h3 {{ font-size: {pt(10.5)}; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }}
p {{ margin-top: 0px; margin-bottom: 4px; }}
.muted {{ color: {MUTED}; }}
.alert {{ color: {ALERT}; font-weight: bold; }}
.small {{ font-size: {pt(8.5)}; }}
.lead {{ font-size: {pt(12)}; color: {MUTED}; }}
.big {{ font-size: {pt(12)}; font-weight: bold; }}
table.grid {{ border-collapse: collapse; margin-bottom: 4px; }}
table.grid th {{ background-color: #eef1f4; font-weight: bold; text-align: left;
                 border-bottom: 1px solid {RULE}; }}
table.grid td {{ border-bottom: 1px solid {RULE}; }}
td.num, th.num {{ text-align: right; }}
"""


def document(html: str, images: Mapping[str, QImage] | None = None,
             scale: float = 1.0) -> QTextDocument:
    """The HTML as a document in the body font; `images` are resources named by URL."""
    ensure_app()
    doc = QTextDocument()
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(BODY_PT * scale)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # No "fi" ligature glyphs: text copied or searched in the PDF must read "fi", not "ﬁ".
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(style(scale))
    doc.setDocumentMargin(0)
    for url, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    doc.setHtml(html)
    return doc


def _lay_out(doc: QTextDocument, writer: QPdfWriter) -> float:
    """Lay `doc` out on the writer's paintable area; returns the page height (device px)."""
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    return float(writer.height())


def _top(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> float | None:
    """Where the block's first line starts in the document: a line moved to the next page
    is moved inside its block, so the block's own position is not enough."""
    rect = layout.blockBoundingRect(block)
    if rect.isNull():
        return None
    lines = block.layout()
    return rect.top() + (lines.lineAt(0).y() if lines.lineCount() else 0.0)


def keep_headings_with_next(doc: QTextDocument, page_height: float) -> None:
    """A heading left alone at the foot of a page moves to the next page, with what it heads
    (a map under "Map", a day's table under its date)."""
    layout = doc.documentLayout()
    for _pass in range(8):  # a moved heading can strand the heading above it: go again
        moved = False
        block = doc.begin()
        while block.isValid():
            following = block.next()
            if block.blockFormat().headingLevel() > 0 and following.isValid():
                here, there = _top(layout, block), _top(layout, following)
                if (here is not None and there is not None
                        and int(there // page_height) > int(here // page_height)):
                    fmt = QTextBlockFormat()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).mergeBlockFormat(fmt)
                    moved = True
            block = following
        if not moved:
            return
        # Laid out anew from the top: the layout that follows a merged block format can
        # leave the blocks after a table unlaid, with no height, so the next pass measured
        # them wrong and the painter skipped them (the board report lost its guest nights'
        # source line, a heading and a chart).
        doc.setPageSize(doc.pageSize())


def _paint(doc: QTextDocument, writer: QPdfWriter, page_height: float) -> int:
    count = max(1, doc.pageCount())
    width = float(writer.width())
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfError("the PDF writer could not start")
    try:
        for number in range(count):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page_height)
            doc.drawContents(painter, QRectF(0, number * page_height, width, page_height))
            painter.restore()
    finally:
        painter.end()
    return count


def _laid_out(html: str, images: Mapping[str, QImage] | None, writer: QPdfWriter,
              fit_scales: Sequence[float]) -> tuple[QTextDocument, float]:
    """The document at the first scale that fits one page, else at full size."""
    for scale in fit_scales:
        doc = document(html, images, scale)
        height = _lay_out(doc, writer)
        if doc.pageCount() <= 1:
            return doc, height
    doc = document(html, images)
    height = _lay_out(doc, writer)
    keep_headings_with_next(doc, height)
    return doc, height


def write_pdf(html: str, path: Path, title: str, images: Mapping[str, QImage] | None = None,
              fit_scales: Sequence[float] = ()) -> int:
    """A4 portrait at 300 dpi, written beside `path` and renamed onto it only when whole.

    `fit_scales`: font scales to try, largest first, for a document that should fit one page
    if it can; when none fits it is printed at full size on as many pages as it takes.
    Returns the number of pages. Raises PdfError (an OSError) with one line saying why.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise PdfError(f"the folder {target.parent} does not exist")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".pdf.tmp",
                                        dir=target.parent)
    except OSError as err:
        raise PdfError(f"{target.name} could not be written: {err.strerror or err}") from None
    os.close(handle)
    temp = Path(name)
    temp.unlink()  # the name is ours; the writer makes the file with the usual permissions
    try:
        writer = QPdfWriter(str(temp))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait, MARGINS_MM,
                                         QPageLayout.Unit.Millimeter))
        writer.setResolution(DPI)
        writer.setTitle(title)
        writer.setCreator("Destination Norberg")
        doc, height = _laid_out(html, images, writer, fit_scales)
        pages = _paint(doc, writer, height)
        del writer  # flushes and closes the file
        if temp.stat().st_size == 0:
            raise PdfError(f"{target.name} could not be written: nothing was written")
        os.replace(temp, target)
    except PermissionError:
        raise PdfError(f"the program may not write {target.name} (permission denied); is it "
                       "open in another program?") from None
    except PdfError:
        raise
    except OSError as err:
        raise PdfError(f"{target.name} could not be written: {err.strerror or err}") from None
    finally:
        temp.unlink(missing_ok=True)
    return pages
