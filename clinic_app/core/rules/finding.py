"""Building one decision the way the statute reads: condition by condition.

A remedy module walks its statute's conditions in order and tells a `Finding` what it found:
a condition met (`met`), a permanent bar (`not_eligible`, which ends the walk), a fact the
intake must still ask (`missing`), a judgement the law leaves to a person (`review`), or a
waiting period or temporary block (`wait`). `decide()` then applies the precedence of
exchange-format §5:

    not_eligible > needs_review > not_yet > eligible

with its exception: a missing fact that could only change *when* a temporary block ends
(`missing(..., only_changes_the_date=True)`) does not make the decision `needs_review` while
that block is in force; the status stays `not_yet` with `eligible_from` unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from clinic_app.core.decision import Citation, Decision, Reason, Status
from clinic_app.core.model import Remedy


@dataclass(slots=True)
class Finding:
    remedy: Remedy
    as_of: date
    conviction_id: str | None = None
    arrest_id: str | None = None
    discretionary: bool = False
    automatic: bool = False
    forms: tuple[str, ...] = ()
    reasons: list[Reason] = field(default_factory=list)
    missing_facts: list[str] = field(default_factory=list)
    _needs_review: bool = False
    _date_only_missing: bool = False
    _waits: list[date | None] = field(default_factory=list)
    _eligible_from: date | None = None

    # --- what a condition found -----------------------------------------------------------

    def met(self, key: str, citation: Citation, **params: object) -> None:
        """A condition that holds (or a fact worth telling): recorded as a reason."""
        self._add(key, citation, params)

    def not_eligible(self, key: str, citation: Citation, **params: object) -> Decision:
        """A permanent bar: the decision is `not_eligible`, whatever else was found."""
        self._add(key, citation, params)
        return self._decision(Status.NOT_ELIGIBLE, eligible_from=None, missing=())

    def missing(
        self,
        fact: str,
        key: str,
        citation: Citation,
        *,
        only_changes_the_date: bool = False,
        **params: object,
    ) -> None:
        """A fact the law needs and the record lacks; `fact` is its input field path."""
        self._add(key, citation, params)
        if fact not in self.missing_facts:
            self.missing_facts.append(fact)
        if only_changes_the_date:
            self._date_only_missing = True
        else:
            self._needs_review = True

    def review(self, key: str, citation: Citation, **params: object) -> None:
        """A question the law leaves to an attorney or a judge, or a point not settled."""
        self._add(key, citation, params)
        self._needs_review = True

    def wait(
        self,
        until: date | None,
        citation: Citation,
        *,
        pending: str,
        done: str,
        **params: object,
    ) -> None:
        """A waiting period or temporary block that lasts until `until` (None: unknown).

        Still running on `as_of`: the reason is `pending` and the decision waits. Already over:
        the reason is `done` and `until` becomes the first filing day. Both messages receive
        `until` as the `date` parameter.
        """
        if until is not None and until <= self.as_of:
            self._add(done, citation, {"date": until, **params})
            self.available_from(until)
            return
        self._add(pending, citation, {"date": until, **params} if until else params)
        self._waits.append(until)

    def block(self, until: date | None, key: str, citation: Citation, **params: object) -> None:
        """A temporary block in force on `as_of` (a pending case, a sentence being served):
        the decision is `not_yet` until `until` (None: unknown)."""
        if until is not None and until <= self.as_of:
            raise ValueError("a block that has ended is not a block")
        self._add(key, citation, {"date": until, **params} if until else params)
        self._waits.append(until)

    def available_from(self, day: date | None) -> None:
        """The first filing day, for an eligible decision (it may lie in the past)."""
        if day is not None and (self._eligible_from is None or day > self._eligible_from):
            self._eligible_from = day

    # --- the decision -----------------------------------------------------------------------

    def decide(self) -> Decision:
        blocked = bool(self._waits)
        if self._needs_review:
            status = Status.NEEDS_REVIEW
        elif blocked:
            status = Status.NOT_YET
        elif self._date_only_missing:
            status = Status.NEEDS_REVIEW  # no block in force: the date itself is needed now
        else:
            status = Status.ELIGIBLE
        eligible_from = self._eligible_from
        if blocked:
            known = [until for until in self._waits if until is not None]
            unknown = len(known) < len(self._waits) or self._date_only_missing
            eligible_from = None if unknown else max([*known, *filter(None, [eligible_from])])
        return self._decision(status, eligible_from=eligible_from, missing=self.missing_facts)

    def _decision(
        self, status: Status, *, eligible_from: date | None, missing: list[str] | tuple[()]
    ) -> Decision:
        return Decision(
            remedy=self.remedy,
            status=status,
            reasons=tuple(self.reasons),
            conviction_id=self.conviction_id,
            arrest_id=self.arrest_id,
            missing_facts=tuple(missing),
            eligible_from=eligible_from,
            discretionary=self.discretionary,
            automatic=self.automatic,
            forms=self.forms if status is not Status.NOT_ELIGIBLE else (),
        )

    def _add(self, key: str, citation: Citation, params: dict[str, object]) -> None:
        if params:
            self.reasons.append(
                Reason(key, citation, {name: _text(value) for name, value in params.items()})
            )
        else:
            self.reasons.append(Reason(key, citation))


def _text(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
