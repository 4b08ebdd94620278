"""Files to text: encodings, PDFs with and without a text layer, pictures, and a clear
refusal, naming the file, for each way a file can fail."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from clinic_app.core.documents.convert import convert_to_pdf
from clinic_app.core.progress import Cancelled
from clinic_app.core.rapsheet import (
    EmptySource,
    SourceDamaged,
    SourceMissing,
    TesseractMissing,
    UnsupportedFile,
    ocr,
    parse_file,
    read_source,
)
from clinic_app.core.rapsheet.synthetic import make_sheet, render_pages
from tests.core.rapsheet.conftest import sheet

ONE_PAGE_SHEET = make_sheet(4, cycles=2)  # two cycles fit on one page


def test_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / "sheet.txt"
    path.write_text(ONE_PAGE_SHEET.text, encoding="utf-8")
    found = read_source(path)
    assert (found.kind, found.pages, found.text) == ("text", 1, ONE_PAGE_SHEET.text)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_other_encodings_of_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "sheet.txt"
    path.write_bytes(sheet("* * * *\nCOM: PEÑA ÚLTIMA\n").encode(encoding))
    assert "PEÑA ÚLTIMA" in read_source(path).text


def test_progress_is_reported_and_reading_can_be_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "sheet.txt"
    path.write_text(ONE_PAGE_SHEET.text)
    reports: list[tuple[int, int, str]] = []
    read_source(path, lambda done, total, key: reports.append((done, total, key)))
    assert reports[-1] == (1, 1, "rapsheet.progress.reading_text")
    picture = tmp_path / "sheet.png"
    Image.new("L", (100, 100), 255).save(picture)
    with pytest.raises(Cancelled):
        read_source(picture, cancelled=lambda: True)


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")  # Pillow, on the truncated TIFF
@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("missing.txt", None, SourceMissing),
        ("record.docx", b"PK\x03\x04", UnsupportedFile),
        ("blank.txt", b"  \n\n ", EmptySource),
        ("damaged.pdf", b"%PDF-1.4\n1 0 obj garbage", SourceDamaged),
        ("damaged.png", b"\x89PNG not really", SourceDamaged),
        ("damaged.tif", b"II*\x00 truncated", SourceDamaged),
    ],
)
def test_each_failure_is_one_clear_sentence_naming_the_file(
    tmp_path: Path, name: str, content: bytes | None, error: type[Exception]
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error) as raised:
        read_source(path)
    message = str(raised.value)
    assert str(path) in message
    assert message.endswith(".") and "\n" not in message


def test_a_directory_is_no_file(tmp_path: Path) -> None:
    with pytest.raises(SourceMissing):
        read_source(tmp_path)


def test_ocr_without_tesseract_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "find_tesseract", lambda: None)
    picture = tmp_path / "scan.png"
    Image.new("L", (100, 100), 255).save(picture)
    with pytest.raises(TesseractMissing, match="tesseract-ocr"):
        read_source(picture)


def test_a_text_pdf_is_read_from_its_text_layer(tmp_path: Path) -> None:
    """One LibreOffice conversion: the sheet as a .txt printed to PDF."""
    text_file = tmp_path / "sheet.txt"
    text_file.write_text(ONE_PAGE_SHEET.text)
    (pdf,) = convert_to_pdf([text_file], tmp_path)
    found = read_source(pdf)
    assert found.kind == "pdf"
    record = parse_file(pdf)
    assert [(c.code.value, c.conviction_date.value) for c in record.convictions] == [
        (truth.code, truth.conviction_date) for truth in ONE_PAGE_SHEET.convictions
    ]


def test_a_scanned_pdf_goes_through_ocr(tmp_path: Path) -> None:
    """One OCR page: a PDF of a page picture has no text layer."""
    (page,) = render_pages(ONE_PAGE_SHEET.text, 4, noise=0.2)
    pdf = tmp_path / "scan.pdf"
    page.save(pdf, "PDF", resolution=200)
    found = read_source(pdf)
    assert (found.kind, found.pages) == ("ocr", 1)
    assert "END OF MESSAGE" in found.text


def test_every_page_of_a_multi_page_tiff_is_read(tmp_path: Path) -> None:
    """Two OCR pages, one TIFF."""
    written = make_sheet(21, cycles=5)
    pages = render_pages(written.text, 21, noise=0.3)
    assert len(pages) == 2
    tiff = tmp_path / "scan.tiff"
    pages[0].save(tiff, save_all=True, append_images=pages[1:])
    found = read_source(tiff)
    assert (found.kind, found.pages) == ("ocr", 2)
    assert "CII/" in found.text and "END OF MESSAGE" in found.text


def test_pictures_are_cleaned_for_tesseract() -> None:
    """A small photo is enlarged to 300 dpi letter width and its white margins cut off."""
    (page,) = render_pages(ONE_PAGE_SHEET.text, 4, noise=0.6)
    prepared = ocr.prepare(page)
    assert prepared.mode == "L"
    assert prepared.width < ocr.LETTER_WIDTH_300_DPI  # cut to the text
    buffer = io.BytesIO()
    prepared.save(buffer, "PNG")
    assert buffer.tell() > 0
