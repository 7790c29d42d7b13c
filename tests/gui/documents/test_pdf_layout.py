"""Multi-page documents (the board's report): every block is laid out and painted after the
headings left alone at a page's foot were moved on.

Qt's text layout, after a block's format is merged (the page break put before a moved
heading), could leave the blocks after a table unlaid: no height, not painted. The board's
report lost its guest nights' source line, the trail visitors' heading and their chart,
depending on how much the demo held that day.
"""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QColor, QImage

from destination_norberg.gui.documents import output


def _chart() -> QImage:
    image = QImage(1500, 520, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6f8b"))
    return image


def _report(sections: int, rows: int) -> str:
    parts = []
    for n in range(sections):
        table = "".join(f"<tr><td>rad {r}</td><td class=num>{r * n}</td></tr>"
                        for r in range(rows))
        parts += [f"<h2>Avsnitt {n}</h2>", f"<p><img src='chart:{n}' width='680'></p>",
                  f"<table class='grid' width='100%'>{table}</table>",
                  f"<p class='small'>Källa för avsnitt {n}.</p>"]
    return "<body>" + "".join(parts) + "</body>"


@pytest.mark.parametrize(("sections", "rows"), [(7, 12), (8, 13), (9, 9), (6, 20)])
def test_every_paragraph_heading_and_chart_reaches_the_pdf(qapp, tmp_path: Path,
                                                           sections: int, rows: int) -> None:
    out = tmp_path / "rapport.pdf"
    images = {f"chart:{n}": _chart() for n in range(sections)}
    pages = output.write_pdf(_report(sections, rows), out, "Rapport", images)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == pages > 1
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for n in range(sections):
        assert f"Avsnitt {n}" in text
        assert f"Källa för avsnitt {n}." in text
    assert sum(len(page.images) for page in reader.pages) == sections
