"""Look at a packet's pages before printing, then print one document or all of them.

The PDFs live in a private temporary folder this window owns: it is deleted when the
window closes, whatever happened, so no copy of a client's papers is left behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.documents.service import remove_private_folder
from clinic_app.ui import errors
from clinic_app.ui.printing import new_printer, print_pdfs


class PacketPreview(QDialog):
    printed = Signal()  # pages went to a printer

    def __init__(
        self, folder: Path, pdfs: Sequence[Path], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.pdfs = list(pdfs)
        self.setWindowTitle(title)
        self.resize(1100, 800)

        self.documents = QListWidget(self)
        self.documents.addItems([path.stem for path in self.pdfs])
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.documents)
        splitter.addWidget(self.view)
        splitter.setSizes([300, 800])

        self.print_one = QPushButton(self)
        self.print_all = QPushButton(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.print_one)
        row.addWidget(self.print_all)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)

        self.documents.currentRowChanged.connect(self.show_document)
        self.print_one.clicked.connect(lambda: self.print_documents([self.current_pdf()]))
        self.print_all.clicked.connect(lambda: self.print_documents(self.pdfs))
        self.finished.connect(self._remove_files)
        if self.pdfs:
            self.documents.setCurrentRow(0)
        self.retranslate_ui()
        self.documents.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Texts in the current language; the title comes translated from the caller, and
        Close and the print dialog are Qt's own (qtbase catalog)."""
        self.documents.setAccessibleName(self.tr("Documents in the packet"))
        self.view.setAccessibleName(self.tr("Page preview"))
        self.print_one.setText(self.tr("&Print this document…"))
        self.print_one.setShortcut(QKeySequence.StandardKey.Print)  # setText drops it
        self.print_all.setText(self.tr("Print &all…"))

    def current_pdf(self) -> Path:
        return self.pdfs[max(self.documents.currentRow(), 0)]

    def show_document(self, row: int) -> None:
        if 0 <= row < len(self.pdfs):
            self.pdf.load(str(self.pdfs[row]))

    def print_documents(self, pdfs: Sequence[Path]) -> None:
        printer = new_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdfs(printer, pdfs)
        except OSError as error:
            errors.show_error(error, self)
            return
        self.printed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remove_files()
        super().closeEvent(event)

    def _remove_files(self) -> None:
        self.pdf.close()
        remove_private_folder(self.folder)
