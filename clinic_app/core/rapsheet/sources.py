"""A rap sheet file to text: a text file, a PDF (its text layer, or OCR of pages without
one), or scans and photos (OCR). Each failure is a RapSheetError naming the file.

Text files come from many machines: UTF-8 (with or without a byte-order mark), UTF-16 from
Windows Notepad, or Windows-1252 from older tools; a byte no encoding explains becomes "?"
rather than stopping the import, since the parser reports what it cannot read anyway.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pdfplumber
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException
from PIL import Image, UnidentifiedImageError
from pypdfium2 import PdfiumError

from clinic_app.core.progress import Cancelled, CancelledFn, ProgressFn, never, no_progress
from clinic_app.core.rapsheet.errors import (
    EmptySource,
    SourceDamaged,
    SourceMissing,
    UnsupportedFile,
)
from clinic_app.core.rapsheet.ocr import read_page
from clinic_app.core.rapsheet.parser import parse_text
from clinic_app.core.rapsheet.structures import ParsedRecord

TEXT_SUFFIXES = frozenset({".txt"})
PDF_SUFFIXES = frozenset({".pdf"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
OCR_DPI = 300  # PDF pages without text are rendered at this resolution for OCR
_READING_TEXT, _READING_PAGE = "rapsheet.progress.reading_text", "rapsheet.progress.reading_page"
# Byte-order marks and the encodings they announce, longest first.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

SourceKind = Literal["text", "pdf", "ocr"]


@dataclass(frozen=True)
class SourceText:
    """The text of a file; `kind` is "ocr" when any page was read by OCR (trust it less)."""

    text: str
    kind: SourceKind
    pages: int


def read_source(
    path: Path, progress: ProgressFn | None = None, *, cancelled: CancelledFn = never
) -> SourceText:
    """The text of a rap sheet file; progress is reported page by page (OCR is slow)."""
    report = progress or no_progress
    source = str(path)
    if not path.is_file():
        raise SourceMissing(source=source)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        report(0, 1, _READING_TEXT)
        found = SourceText(_decode(_read_bytes(path)), "text", 1)
        report(1, 1, _READING_TEXT)
    elif suffix in PDF_SUFFIXES:
        found = _read_pdf(path, report, cancelled)
    elif suffix in IMAGE_SUFFIXES:
        found = _read_images(path, report, cancelled)
    else:
        raise UnsupportedFile(source=source)
    if not found.text.strip():
        raise EmptySource(source=source)
    return found


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise SourceMissing(source=str(path)) from None


def _decode(data: bytes) -> str:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_pdf(path: Path, report: ProgressFn, cancelled: CancelledFn) -> SourceText:
    """Each page's text layer; a page without one (a scan saved as PDF) goes through OCR."""
    texts: list[str] = []
    scanned = False
    try:
        with pdfplumber.open(path) as pdf:
            total = len(pdf.pages)
            for index, page in enumerate(pdf.pages):
                _check(cancelled)
                report(index, total, _READING_PAGE)
                text = page.extract_text() or ""
                if not text.strip():
                    scanned = True
                    image = page.to_image(resolution=OCR_DPI).original
                    text = read_page(image, source=str(path))
                texts.append(text)
    # pdfplumber wraps what pdfminer raises on opening, not what a damaged page raises later;
    # pypdfium2 renders the pages that need OCR.
    except (PdfminerException, PSException, PdfiumError, OSError):
        raise SourceDamaged(source=str(path)) from None
    report(total, total, _READING_PAGE)
    return SourceText("\n".join(texts), "ocr" if scanned else "pdf", total)


def _read_images(path: Path, report: ProgressFn, cancelled: CancelledFn) -> SourceText:
    """Every frame of a picture (a multi-page TIFF holds one page a frame), through OCR."""
    texts: list[str] = []
    try:
        with Image.open(path) as image:
            total = getattr(image, "n_frames", 1)
            for index in range(total):
                _check(cancelled)
                report(index, total, _READING_PAGE)
                image.seek(index)
                texts.append(read_page(image.copy(), source=str(path)))
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, EOFError):
        raise SourceDamaged(source=str(path)) from None
    report(total, total, _READING_PAGE)
    return SourceText("\n".join(texts), "ocr", total)


def _check(cancelled: CancelledFn) -> None:
    if cancelled():
        raise Cancelled()


def parse_file(
    path: Path, progress: ProgressFn | None = None, *, cancelled: CancelledFn = never
) -> ParsedRecord:
    """Read a rap sheet file and parse it: `read_source`, then `parse_text`."""
    return parse_files([path], progress, cancelled=cancelled)


def parse_files(
    paths: Sequence[Path], progress: ProgressFn | None = None, *, cancelled: CancelledFn = never
) -> ParsedRecord:
    """One record photographed or scanned as several files (a photo a page): read in the
    order given and parsed as one text, so an entry that runs across a page break is read
    whole rather than as two broken entries."""
    report = progress or no_progress
    texts = []
    for index, path in enumerate(paths):

        def within(done: int, total: int, key: str, at: int = index) -> None:
            """This file's page progress, placed within the whole (the files are pages)."""
            report(at * total + done, len(paths) * total, key)

        texts.append(read_source(path, within, cancelled=cancelled).text)
    return parse_text("\n".join(texts), source=", ".join(path.name for path in paths))
