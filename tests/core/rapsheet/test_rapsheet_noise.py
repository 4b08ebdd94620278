"""OCR noise on text: the reader reads through look-alike characters, broken and joined
lines and damaged separators, and what it cannot read it reports; it never invents."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_app.core.model import Level, Remedy
from clinic_app.core.rapsheet import parse_text
from clinic_app.core.rapsheet.synthetic import confuse, make_sheet
from tests.core.rapsheet.conftest import sheet

NOISY = """
x * * &
ARR / DET. / CITE: NAM:0l
2OO8O115  CAPD L05 ANGELES
CNT :0l     #0801150012
  l1357(C) H5-POSSESS MARIJUANA
   TOC:M
- - -
C0URT:                NAM:01
20080320 .  CASC LOS ANGELES
CNT:Ol     #BA123456
  11357(C) HS-POSSESS MARIJUANA
*DISP0:C O N V I C T E D
   CONV STATIS:MISDEMEAN0R
   SEN: OO3 YEARS PR0BATI0N, Ol0 DAYS JAIL, FINE |
  2O1OO5O5
   DISPO:CONV SET ASIDE & DISM PER l2O3.4 PC
"""


def test_look_alike_characters_are_read_where_the_context_decides() -> None:
    record = parse_text(sheet(NOISY))
    (conviction,) = record.convictions
    assert conviction.code.value == "HS 11357(c)"
    assert conviction.offense_date.value == date(2008, 1, 15)
    assert conviction.conviction_date.value == date(2008, 3, 20)
    assert conviction.level.value is Level.MISDEMEANOR
    assert conviction.probation_months.value == 36
    assert conviction.jail_days.value == 10
    assert [relief.value for relief in conviction.relief_granted] == [Remedy.PC1203_4]
    assert conviction.relief_granted[0].line is not None
    assert record.unread == ()


@pytest.mark.parametrize(
    "charge",
    [
        "1135B HS-CULTIVATION",  # 11358, or subdivision (b) of 1135?
        "23103.S VC-RECKLESS DRIVING",  # 23103.5, or subdivision (s)?
        "647(8) PC-DISORDERLY CONDUCT",  # (b) misread, which the offense table knows
    ],
)
def test_an_ambiguous_code_is_reported_not_decided(charge: str) -> None:
    record = parse_text(
        sheet(
            f"""
* * * *
ARR/DET/CITE:
20080115  CAPD LOS ANGELES
CNT:01
  {charge}
   TOC:M
"""
        )
    )
    assert record.arrests[0].code.value is None
    assert record.unread[0].text.strip() == charge


@settings(max_examples=40, deadline=None, derandomize=True)  # the same cases in CI
@given(seed=st.integers(0, 10**6), rate=st.floats(0.0, 0.12))
def test_damaged_text_is_read_or_reported_never_invented(seed: int, rate: float) -> None:
    written = make_sheet(seed)
    record = parse_text(confuse(written.text, seed, rate=rate))
    convictions = {(truth.code, truth.conviction_date) for truth in written.convictions}
    for found in record.convictions:
        if found.code.value is not None and found.conviction_date.value is not None:
            assert (found.code.value, found.conviction_date.value) in convictions
    # A conviction whose DISPO line is lost leaves its cycle's counts as arrests: codes
    # charged on the arrest date, so read, not invented.
    arrested = {(truth.code, truth.arrest_date) for truth in written.arrests} | {
        (code, truth.offense_date)
        for truth in written.convictions
        for code in (truth.code, *truth.charged_codes)
    }
    for found in record.arrests:
        if found.code.value is not None and found.arrest_date.value is not None:
            assert (found.code.value, found.arrest_date.value) in arrested
    for unread in record.unread:
        assert 1 <= unread.line <= len(record.lines)
