"""An attorney's sign-off decides what may be filed, and does not survive a change of facts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from clinic_app.core.decision import Decision, Status
from clinic_app.core.model import Client, Remedy
from clinic_app.core.review import (
    Attorney,
    ReviewState,
    Verdict,
    approved_for_filing,
    by_key,
    effective_status,
    review,
    state_of,
)
from clinic_app.core.rules.engine import evaluate
from tests.fixtures.clients import AS_OF, make_client, make_conviction, make_sentence

ATTORNEY = Attorney(name="Ana Ruiz", bar_number="123456")
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def decision_for(client: Client, remedy: Remedy) -> Decision:
    return next(d for d in evaluate(client.record(AS_OF)).decisions if d.remedy is remedy)


def dismissal_client(**sentence: object) -> Client:
    conviction = make_conviction(
        code="PC 484(a)",
        level="misdemeanor",
        quantity_grams=None,
        sentence=make_sentence(**sentence),
    )
    return make_client(convictions=(conviction,))


def test_an_unreviewed_decision_is_not_approved_for_filing() -> None:
    client = dismissal_client()
    decision = decision_for(client, Remedy.PC1203_4)
    assert decision.status is Status.ELIGIBLE
    assert state_of(decision, client, {}) is ReviewState.UNREVIEWED
    assert effective_status(decision, client, {}) is None
    assert not approved_for_filing(decision, client, {})


def test_an_approved_eligible_decision_may_be_filed() -> None:
    client = dismissal_client()
    decision = decision_for(client, Remedy.PC1203_4)
    reviews = by_key(
        [review(decision, client, verdict=Verdict.APPROVED, attorney=ATTORNEY, reviewed_at=NOW)]
    )
    assert state_of(decision, client, reviews) is ReviewState.APPROVED
    assert approved_for_filing(decision, client, reviews)


def test_a_rejected_decision_is_not_filed_and_reads_not_eligible() -> None:
    client = dismissal_client()
    decision = decision_for(client, Remedy.PC1203_4)
    reviews = by_key(
        [
            review(
                decision,
                client,
                verdict=Verdict.REJECTED,
                attorney=ATTORNEY,
                reviewed_at=NOW,
                note="Client wants to wait for the hearing date.",
            )
        ]
    )
    assert effective_status(decision, client, reviews) is Status.NOT_ELIGIBLE
    assert not approved_for_filing(decision, client, reviews)


def test_an_override_to_eligible_allows_filing_with_its_note() -> None:
    client = dismissal_client(probation_violated=None)  # violation history unknown
    decision = decision_for(client, Remedy.PC1203_4)
    assert decision.status is Status.NEEDS_REVIEW
    overridden = review(
        decision,
        client,
        verdict=Verdict.OVERRIDDEN,
        attorney=ATTORNEY,
        reviewed_at=NOW,
        note="Docket shows no violation.",
        override_status=Status.ELIGIBLE,
    )
    assert approved_for_filing(decision, client, by_key([overridden]))


def test_approving_a_needs_review_decision_accepts_the_doubt() -> None:
    client = dismissal_client(probation_violated=None)
    decision = decision_for(client, Remedy.PC1203_4)
    reviews = by_key(
        [review(decision, client, verdict=Verdict.APPROVED, attorney=ATTORNEY, reviewed_at=NOW)]
    )
    assert approved_for_filing(decision, client, reviews)


def test_an_approval_goes_stale_when_the_facts_change() -> None:
    client = dismissal_client()
    decision = decision_for(client, Remedy.PC1203_4)
    reviews = by_key(
        [review(decision, client, verdict=Verdict.APPROVED, attorney=ATTORNEY, reviewed_at=NOW)]
    )
    corrected = client.model_copy(
        update={
            "convictions": (client.convictions[0].model_copy(update={"case_number": "BA999999"}),)
        }
    )
    again = decision_for(corrected, Remedy.PC1203_4)
    assert state_of(again, corrected, reviews) is ReviewState.STALE
    assert not approved_for_filing(again, corrected, reviews)


def test_a_not_yet_decision_approved_is_still_not_fileable() -> None:
    client = dismissal_client(probation_end_date=date(2027, 1, 1), sentence_completed_date=None)
    decision = decision_for(client, Remedy.PC1203_4)
    assert decision.status is Status.NOT_YET
    reviews = by_key(
        [review(decision, client, verdict=Verdict.APPROVED, attorney=ATTORNEY, reviewed_at=NOW)]
    )
    assert not approved_for_filing(decision, client, reviews)


@pytest.mark.parametrize("verdict", [Verdict.REJECTED, Verdict.OVERRIDDEN])
def test_a_rejection_or_override_needs_a_note(verdict: Verdict) -> None:
    client = dismissal_client()
    decision = decision_for(client, Remedy.PC1203_4)
    override = Status.ELIGIBLE if verdict is Verdict.OVERRIDDEN else None
    with pytest.raises(ValidationError, match="needs a note"):
        review(
            decision,
            client,
            verdict=verdict,
            attorney=ATTORNEY,
            reviewed_at=NOW,
            override_status=override,
        )


def test_only_an_override_carries_the_attorneys_status() -> None:
    client = dismissal_client()
    decision = decision_for(client, Remedy.PC1203_4)
    with pytest.raises(ValidationError, match="only an override"):
        review(
            decision,
            client,
            verdict=Verdict.APPROVED,
            attorney=ATTORNEY,
            reviewed_at=NOW,
            override_status=Status.ELIGIBLE,
        )


def test_an_attorney_needs_a_name_and_a_bar_number() -> None:
    with pytest.raises(ValidationError):
        Attorney(name="Ana Ruiz", bar_number=" ")
