"""An attorney's review of the rules' decisions, and what it allows to be filed.

The rules only advise. A petition goes to court when an attorney has looked at the decision
and signed off: approved it as decided, rejected it, or overridden it with their own status
and a note saying why. Each review is tied to a fingerprint of the decision and of the
conviction or arrest it is about, so an approval does not survive a change of facts: if a
date or a code is corrected after sign-off, the decision must be reviewed again before any
filing document can be produced from it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Annotated

import msgspec
from pydantic import BaseModel, ConfigDict, StringConstraints, model_validator

from clinic_app.core.decision import Decision, Status
from clinic_app.core.model import Arrest, Client, Conviction, Remedy

Text = Annotated[str, StringConstraints(strip_whitespace=True)]
RequiredText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Verdict(StrEnum):
    APPROVED = "approved"  # file as the rules decided
    REJECTED = "rejected"  # do not file
    OVERRIDDEN = "overridden"  # the attorney's status replaces the rules' status


class Attorney(BaseModel):
    """Who signs off: a name and a State Bar number, as they print on a petition."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: RequiredText
    bar_number: RequiredText
    email: Text = ""
    phone: Text = ""


class DecisionReview(BaseModel):
    """One attorney's verdict on one decision (a conviction or arrest and a remedy)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    subject_id: RequiredText  # the conviction or arrest id
    remedy: Remedy
    verdict: Verdict
    reviewed_status: Status  # what the rules said when the attorney looked
    override_status: Status | None = None  # with OVERRIDDEN: the attorney's status
    note: Text = ""
    attorney: Attorney
    reviewed_at: datetime
    fingerprint: RequiredText

    @model_validator(mode="after")
    def _explained(self) -> DecisionReview:
        if self.verdict is not Verdict.APPROVED and not self.note:
            raise ValueError("a rejection or an override needs a note saying why")
        if (self.verdict is Verdict.OVERRIDDEN) != (self.override_status is not None):
            raise ValueError("an override, and only an override, gives the attorney's status")
        return self

    @property
    def key(self) -> tuple[str, Remedy]:
        return (self.subject_id, self.remedy)


def decision_key(decision: Decision) -> tuple[str, Remedy]:
    subject = decision.conviction_id or decision.arrest_id
    assert subject is not None  # a Decision always has one (Decision.__post_init__)
    return (subject, decision.remedy)


def fingerprint(decision: Decision, client: Client) -> str:
    """A digest of the decision and of the facts it is about, to notice later changes."""
    subject: Conviction | Arrest = _subject(decision, client)
    payload = b"\0".join(
        [
            msgspec.json.encode(decision),
            subject.model_dump_json().encode(),
            client.person.model_dump_json().encode(),
        ]
    )
    return hashlib.sha256(payload).hexdigest()


def review(
    decision: Decision,
    client: Client,
    *,
    verdict: Verdict,
    attorney: Attorney,
    reviewed_at: datetime,
    note: str = "",
    override_status: Status | None = None,
) -> DecisionReview:
    """Record an attorney's verdict on `decision` as it stands now."""
    subject_id, remedy = decision_key(decision)
    return DecisionReview(
        subject_id=subject_id,
        remedy=remedy,
        verdict=verdict,
        reviewed_status=decision.status,
        override_status=override_status,
        note=note,
        attorney=attorney,
        reviewed_at=reviewed_at,
        fingerprint=fingerprint(decision, client),
    )


class ReviewState(StrEnum):
    UNREVIEWED = "unreviewed"
    STALE = "stale"  # reviewed, but the decision or its facts changed since
    APPROVED = "approved"
    REJECTED = "rejected"
    OVERRIDDEN = "overridden"


def state_of(
    decision: Decision, client: Client, reviews: Mapping[tuple[str, Remedy], DecisionReview]
) -> ReviewState:
    found = reviews.get(decision_key(decision))
    if found is None:
        return ReviewState.UNREVIEWED
    if found.fingerprint != fingerprint(decision, client):
        return ReviewState.STALE
    return ReviewState(found.verdict.value)


def effective_status(
    decision: Decision, client: Client, reviews: Mapping[tuple[str, Remedy], DecisionReview]
) -> Status | None:
    """The status an attorney has signed off on, or None while it awaits (re)review."""
    state = state_of(decision, client, reviews)
    if state in (ReviewState.UNREVIEWED, ReviewState.STALE):
        return None
    found = reviews[decision_key(decision)]
    if state is ReviewState.REJECTED:
        return Status.NOT_ELIGIBLE
    if state is ReviewState.OVERRIDDEN:
        return found.override_status
    return decision.status


def approved_for_filing(
    decision: Decision, client: Client, reviews: Mapping[tuple[str, Remedy], DecisionReview]
) -> bool:
    """An attorney has signed off that this remedy can be asked of a court now: approved as
    eligible, approved despite the rules' doubt (needs_review), or overridden to eligible."""
    status = effective_status(decision, client, reviews)
    if status is Status.ELIGIBLE:
        return True
    return (
        status is Status.NEEDS_REVIEW
        and state_of(decision, client, reviews) is ReviewState.APPROVED
    )


def by_key(reviews: Iterable[DecisionReview]) -> dict[tuple[str, Remedy], DecisionReview]:
    return {found.key: found for found in reviews}


def _subject(decision: Decision, client: Client) -> Conviction | Arrest:
    subject_id, _ = decision_key(decision)
    subjects: list[Conviction | Arrest] = [*client.convictions, *client.arrests]
    for item in subjects:
        if item.id == subject_id:
            return item
    raise KeyError(f"decision about {subject_id}, which is not in this client's record")
