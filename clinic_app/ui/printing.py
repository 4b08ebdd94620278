"""Print a PDF through the system's print dialog, at 300 dpi.

Qt cannot print DOCX, so packets are printed from the PDFs LibreOffice made. QtPdf renders
pages as images; at Qt's default 1200 dpi three pages took 7.5 s and 16 MB, at 300 dpi
0.43 s and 1.6 MB (shared/tech-notes.md §3.3), which is plenty for court forms.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setResolution(PRINT_DPI)
    printer.setFullPage(True)  # the PDF pages carry their own margins
    return printer


def print_pdfs(printer: QPrinter, pdfs: Sequence[Path]) -> int:
    """Draw every page of `pdfs` on `printer`, scaled to fit the paper; returns pages sent."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    pages = 0
    try:
        for path in pdfs:
            document = QPdfDocument()
            if document.load(str(path)) != QPdfDocument.Error.None_:
                raise OSError(f"cannot read {path.name}")
            for index in range(document.pageCount()):
                if pages:
                    printer.newPage()
                _draw_page(painter, printer, document, index)
                pages += 1
    finally:
        painter.end()
    return pages


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int) -> None:
    area = printer.pageLayout().fullRectPixels(printer.resolution())
    points = document.pagePointSize(index)
    scale = min(area.width() / points.width(), area.height() / points.height())
    size = QSize(round(points.width() * scale), round(points.height() * scale))
    image = document.render(index, size)
    target = QRect(area.x(), area.y(), size.width(), size.height())
    painter.drawImage(target, image)
