"""Hand-written rap sheets for the reader's tests: synthetic people, DOJ layout."""

from __future__ import annotations

import textwrap

import pytest

from clinic_app.core.rapsheet import ParsedRecord, parse_text

# The person block every hand-written sheet starts with (lines 1-9).
PERSON = """\
CALIFORNIA DEPARTMENT OF JUSTICE
RECORD REVIEW - CRIMINAL HISTORY TRANSCRIPT
CII/A12345678
DOB/19850312    SEX/F   RAC/HISPANIC
HGT/504  WGT/130  EYE/BRO  HAI/BLK
NAM/01 NUNEZ, JOSEFINA
    02 NUNEZ, JOSIE
    03 OBRIEN, JOSEFINA
FBI/123456AB7
"""
FIRST_CYCLE_LINE = PERSON.count("\n") + 1  # the first line after the person block


def sheet(body: str) -> str:
    """A whole sheet: the person block, then `body` (dedented), then END OF MESSAGE."""
    return PERSON + textwrap.dedent(body).strip("\n") + "\n* * * END OF MESSAGE * * *\n"


def line_of(record: ParsedRecord, text: str) -> int:
    """The 1-based number of the first sheet line containing `text`."""
    return next(number for number, line in enumerate(record.lines, 1) if text in line)


@pytest.fixture
def read():
    """Parse a hand-written sheet body (see `sheet`)."""

    def parse(body: str) -> ParsedRecord:
        return parse_text(sheet(body))

    return parse
