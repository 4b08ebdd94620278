"""Text that is no California rap sheet is refused in words; a long one is read whole."""

from __future__ import annotations

import pytest

from clinic_app.core.rapsheet import EmptySource, NotARapSheet, OtherStateRecord, parse_text
from clinic_app.core.rapsheet.synthetic import LINES_PER_PAGE, make_sheet

GARBAGE = """Dear landlord,
I am writing about the leaking roof: the repairs promised in March
were never made. Please call me at your convenience.
"""
TEXAS = """TEXAS DEPARTMENT OF PUBLIC SAFETY
CRIME RECORDS SERVICE - COMPUTERIZED CRIMINAL HISTORY
NAME: DOE, JANE        SID: TX01234567
ARREST DATE: 2009-01-02    OFFENSE: THEFT
DISPOSITION: CONVICTED
"""
FBI = """FEDERAL BUREAU OF INVESTIGATION
IDENTITY HISTORY SUMMARY
NAME: DOE, JANE
"""


@pytest.mark.parametrize("text", ["", "   \n\t\n"])
def test_empty_text(text: str) -> None:
    with pytest.raises(EmptySource):
        parse_text(text, source="sheet.txt")


def test_garbage_is_not_a_california_record() -> None:
    with pytest.raises(NotARapSheet, match="does not look like a California DOJ record"):
        parse_text(GARBAGE, source="letter.txt")


@pytest.mark.parametrize(("text", "issuer"), [(TEXAS, "Texas"), (FBI, "the FBI")])
def test_another_states_record_is_named(text: str, issuer: str) -> None:
    with pytest.raises(OtherStateRecord) as raised:
        parse_text(text, source="record.txt")
    assert raised.value.params["issuer"] == issuer
    assert "California" in str(raised.value)


def test_a_california_court_named_after_another_state_is_no_other_state() -> None:
    written = make_sheet(3, cycles=2)
    text = written.text.replace("CASC ", "CASC NEVADA CITY ", 1)
    parse_text(text)


def test_a_200_page_record_is_read_whole() -> None:
    """Linear time: measured by benchmarks/rapsheet_bench.py; here only that it is read."""
    written = make_sheet(5, cycles=700)
    assert written.text.count("\n") >= 200 * LINES_PER_PAGE
    record = parse_text(written.text)
    assert len(record.convictions) == len(written.convictions)
    assert len(record.arrests) == len(written.arrests)
    assert record.unread == ()
