"""Field-level accuracy on generated sheets: clean text, and a few photographed pages
through OCR (each page takes Tesseract about a second, so only a few)."""

from __future__ import annotations

from clinic_app.core.rapsheet import parse_text
from clinic_app.core.rapsheet.ocr import read_page
from clinic_app.core.rapsheet.synthetic import (
    Accuracy,
    make_sheet,
    make_sheets,
    measure,
    render_pages,
)

CLEAN_SHEETS = 150
FIELDS = ("found", "level", "offense_date", "county", "case_number", "sentence", "relief")


def test_clean_text_is_read_field_by_field() -> None:
    total = Accuracy()
    for written in make_sheets(CLEAN_SHEETS, seed=7):
        record = parse_text(written.text)
        total += measure(written, record)
        assert record.unread == ()
    assert total.convictions > 300
    for name in FIELDS:
        assert total.share(name) >= 0.98, name
    assert total.share("arrests_found") >= 0.98
    assert total.share("arrest_disposition") >= 0.98
    assert total.invented == 0


def test_photographed_pages_are_read_through_ocr() -> None:
    """Two one-page sheets photographed with noise: every conviction found, none invented."""
    total = Accuracy()
    for seed in (9, 12):  # one page each, two convictions each
        written = make_sheet(seed, cycles=2)
        (page,) = render_pages(written.text, seed, noise=0.5)
        total += measure(written, parse_text(read_page(page, source="page.png")))
    assert total.convictions == 4
    assert total.share("found") >= 0.9
    assert total.invented == 0
