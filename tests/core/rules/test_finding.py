"""The Finding applies exchange-format §5: not_eligible > needs_review > not_yet > eligible."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.core.decision import Citation, Status
from clinic_app.core.model import Remedy
from clinic_app.core.rules.dates import add_years, after_lapse, day_after
from clinic_app.core.rules.finding import Finding

AS_OF = date(2026, 11, 15)
CITE = Citation("PC", "1203.4", "(a)(1)")


def finding() -> Finding:
    return Finding(Remedy.PC1203_4, AS_OF, conviction_id="c1")


def test_met_conditions_alone_are_eligible_with_the_first_filing_day() -> None:
    f = finding()
    f.wait(date(2014, 4, 2), CITE, pending="x.pending", done="x.done")
    decision = f.decide()
    assert decision.status is Status.ELIGIBLE
    assert decision.eligible_from == date(2014, 4, 2)
    assert [r.message_key for r in decision.reasons] == ["x.done"]
    assert decision.reasons[0].params == {"date": "2014-04-02"}


def test_a_wait_still_running_is_not_yet_with_its_date() -> None:
    f = finding()
    f.wait(date(2027, 3, 11), CITE, pending="x.pending", done="x.done")
    decision = f.decide()
    assert (decision.status, decision.eligible_from) == (Status.NOT_YET, date(2027, 3, 11))


def test_the_latest_wait_wins_and_an_unknown_end_makes_the_date_unknown() -> None:
    f = finding()
    f.wait(date(2027, 3, 11), CITE, pending="x.pending", done="x.done")
    f.block(date(2028, 1, 1), "x.block", CITE)
    assert f.decide().eligible_from == date(2028, 1, 1)
    f.block(None, "x.pending_case", CITE)
    assert f.decide().eligible_from is None


def test_missing_fact_beats_waiting_and_a_bar_beats_everything() -> None:
    f = finding()
    f.block(date(2028, 1, 1), "x.block", CITE)
    f.missing("sentence.probation_violated", "x.unknown", CITE)
    decision = f.decide()
    assert decision.status is Status.NEEDS_REVIEW
    assert decision.missing_facts == ("sentence.probation_violated",)
    barred = f.not_eligible("x.bar", CITE)
    assert barred.status is Status.NOT_ELIGIBLE and barred.missing_facts == ()
    assert barred.reasons[-1].message_key == "x.bar"


def test_a_missing_date_under_a_block_stays_not_yet_with_no_date() -> None:
    """exchange-format §5: no completion date could make relief available today."""
    f = finding()
    f.block(None, "x.serving", CITE)
    f.missing("sentence.sentence_completed_date", "x.no_date", CITE, only_changes_the_date=True)
    decision = f.decide()
    assert (decision.status, decision.eligible_from) == (Status.NOT_YET, None)
    assert decision.missing_facts == ("sentence.sentence_completed_date",)


def test_a_missing_date_with_no_block_needs_review() -> None:
    f = finding()
    f.missing("sentence.sentence_completed_date", "x.no_date", CITE, only_changes_the_date=True)
    assert f.decide().status is Status.NEEDS_REVIEW


def test_a_block_must_be_in_force() -> None:
    with pytest.raises(ValueError, match="not a block"):
        finding().block(date(2020, 1, 1), "x.block", CITE)


def test_forms_are_dropped_from_not_eligible_decisions() -> None:
    f = Finding(Remedy.PC1203_4, AS_OF, conviction_id="c1", forms=("CR-180", "CR-181"))
    f.met("x.met", CITE)
    assert f.decide().forms == ("CR-180", "CR-181")
    assert f.not_eligible("x.bar", CITE).forms == ()


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (date(2010, 5, 3), 1, date(2011, 5, 4)),
        (date(2012, 2, 29), 1, date(2013, 3, 1)),  # Feb 29 -> Feb 28, then the day after
        (date(2012, 2, 29), 4, date(2016, 3, 1)),  # a leap year again: Feb 29 + 1 day
        (date(2023, 12, 31), 2, date(2026, 1, 1)),
    ],
)
def test_after_lapse(start: date, years: int, expected: date) -> None:
    assert after_lapse(start, years) == expected


def test_add_years_and_day_after() -> None:
    assert add_years(date(2016, 2, 29), 3) == date(2019, 2, 28)
    assert day_after(date(2017, 9, 15)) == date(2017, 9, 16)
