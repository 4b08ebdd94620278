"""The reading as `evaluate` input: only what the sheet shows, the rest listed."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.core.exchange import parse_record
from clinic_app.core.model import EXCHANGE_CONTEXT, Record
from clinic_app.core.rapsheet import ConvictionNotUsable, build_exchange, parse_text, to_exchange
from clinic_app.core.rapsheet.exchange import ASSUMED_FALSE, SUPERVISION
from clinic_app.core.rapsheet.synthetic import make_sheets
from clinic_app.core.rules.engine import evaluate

AS_OF = date(2026, 11, 15)

CASES = """
* * * *
ARR/DET/CITE: NAM:01
20080115  CAPD LOS ANGELES
CNT:01     #0801
  459 PC-BURGLARY
   TOC:F
- - - -
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA123456
  459 PC-BURGLARY
*DISPO:CONVICTED
   CONV STATUS:FELONY
   SEN: 003 YEARS PROBATION, 180 DAYS JAIL
CNT:02
  496(A) PC-RECEIVING STOLEN PROPERTY
*DISPO:CONVICTED
   SEN: 003 YEARS PROBATION
* * * *
ARR/DET/CITE: NAM:01
20250101  CAPD OAKLAND
CNT:01     #1
  484 PC-PETTY THEFT
   TOC:M
 DISPO:PROS REJ-LACK OF SUFFICIENT EVIDENCE
* * * *
ARR/DET/CITE: NAM:01
20260101  CAPD OAKLAND
CNT:01     #2
  594(A) PC-VANDALISM
   TOC:M
- - - -
COURT:
20260301  CASC OAKLAND
CNT:01     #26CM1
  594(A) PC-VANDALISM
*DISPO:CONVICTED
   CONV STATUS:MISDEMEANOR
   SEN: 002 YEARS PROBATION
"""


def test_the_document_is_what_evaluate_accepts(read) -> None:
    record = read(CASES)
    result = build_exchange(record, AS_OF)
    checked = Record.model_validate(result.document, context=EXCHANGE_CONTEXT)
    assert [conviction.code for conviction in checked.convictions] == ["PC 459", "PC 594(a)"]
    assert [conviction.id for conviction in checked.convictions] == ["c1", "c3"]
    assert [(arrest.code, arrest.disposition.value) for arrest in checked.arrests] == [
        ("PC 484", "no_charges")
    ]
    assert checked.person.date_of_birth == date(1985, 3, 12)
    assert checked.person.registered_290 is False
    assert evaluate(checked).decisions


def test_a_conviction_missing_a_fact_is_left_out_and_listed(read) -> None:
    result = build_exchange(read(CASES), AS_OF)
    (left,) = result.left_out
    assert (left.kind, left.label) == ("conviction", "PC 496(a), case BA123456")
    assert isinstance(left.error, ConvictionNotUsable)
    assert "level" in str(left.error)


def test_a_conviction_after_the_as_of_date_is_left_out(read) -> None:
    result = build_exchange(read(CASES), date(2026, 2, 1))
    assert [left.label for left in result.left_out] == [
        "PC 496(a), case BA123456",
        "PC 594(a), case 26CM1",
    ]
    assert "after the as-of date" in str(result.left_out[1].error)


def test_person_facts_no_sheet_can_tell_are_named(read) -> None:
    result = build_exchange(read(CASES), AS_OF)
    person = result.document["person"]
    assert person[SUPERVISION] is True  # probation on the 2026 case runs past as_of
    assert result.assumed == ASSUMED_FALSE
    assert all(person[fact] is False for fact in ASSUMED_FALSE)
    assert person["trafficking_survivor"] is None
    later = build_exchange(read(CASES), date(2030, 1, 1))
    assert later.assumed == (*ASSUMED_FALSE, SUPERVISION)


def test_generated_sheets_go_through_evaluate() -> None:
    for written in make_sheets(20, seed=3):
        document = to_exchange(parse_text(written.text), AS_OF)
        assert len(document["convictions"]) == len(written.convictions)
        assert evaluate(parse_record(json.dumps(document), source="test")).decisions
