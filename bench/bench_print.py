"""Benchmark: 200 partner summaries into one PDF, beside rendering the same HTML with QTextDocument + QPdfWriter.

The measurement is the whole job of ``passerelles print partners`` (every partner of a generated
catalogue of 200, whatever its status): reading every partner's
summary from the catalogue, building the HTML, laying it out (keeping table rows whole), and
painting pages with their header and footer. The baseline gets the same HTML documents already
built (no database work) and renders them with a plain QTextDocument/QPdfWriter loop on the same
text area (no header, footer or row keeping).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from measure import best_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SUMMARIES = 200
TARGET = 1.5


def _plain_render(path: Path, htmls: list[str]) -> int:
    from desktop.printing.paging import keeping_none

    with keeping_none():  # the PySide6 6.12 / Python 3.11 workaround, as in the real job
        return _plain_render_unguarded(path, htmls)


def _plain_render_unguarded(path: Path, htmls: list[str]) -> int:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument

    from desktop.printing.paging import PDF_RESOLUTION, _Geometry, _give_back_none, page_layout

    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout())
    body = _Geometry(writer).body  # the same text area as the real job (page minus header and footer bands)
    painter = QPainter(writer)
    pages = 0
    for html in htmls:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setHtml(html)
        doc.setPageSize(body)
        height = body.height()
        for index in range(doc.pageCount()):
            if pages:
                writer.newPage()
            pages += 1
            before = sys.getrefcount(None)
            painter.save()
            painter.translate(0, -index * height)
            doc.drawContents(painter, QRectF(0, index * height, body.width(), height))
            painter.restore()
            _give_back_none(before)
    painter.end()
    return pages


def measure(ctx) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from db.catalog import open_catalog
    from db.services import Services
    from desktop.printing import actions

    app = QApplication.instance() or QApplication([])  # noqa: F841
    catalog = open_catalog(ctx.catalog(SUMMARIES), create=False)
    try:
        services = Services(catalog)
        documents, _setup = actions.documents("partners", None, services, active_only=False)
        htmls = [html for _title, html in documents]
        # Interleaved, best of three each: on a shared machine the load drifts during a run.
        baseline = seconds = float("inf")
        for _ in range(3):
            baseline = min(baseline, best_of(lambda: _plain_render(ctx.workdir / "plain.pdf", htmls), 1))
            seconds = min(seconds, best_of(lambda: actions.export_pdf("partners", None, services,
                                                                    ctx.workdir / "summaries.pdf",
                                                                    active_only=False), 1))
    finally:
        catalog.close()
    return [{"name": f"print {len(htmls)} partner summaries to PDF", "seconds": seconds,
             "baseline": "same HTML, plain QTextDocument + QPdfWriter, no DB", "baseline_seconds": baseline,
             "target": TARGET, "peak_mb": None}]
