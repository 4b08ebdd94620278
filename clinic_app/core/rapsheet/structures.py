"""What the reader found on a rap sheet, every fact with the line it came from.

A volunteer checks the reading side by side with the sheet, so each fact is a `Field`: its
value (None when the sheet does not show it or it could not be read), the 1-based source
line, the text as printed, and a note when the value is derived rather than printed (the
offense date is the arrest date; a probation end is computed from its length). Lines the
reader could not make sense of are `Unread`, with the reason, instead of a guess.

Frozen dataclasses, because the GUI hands these between threads and the volunteer's
corrections build new values rather than change these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from pydantic import ValidationError

from clinic_app.core.model import (
    Arrest,
    ArrestDisposition,
    Conviction,
    Level,
    PrisonSentence,
    Remedy,
    Sentence,
    describe_validation_error,
    new_id,
)
from clinic_app.core.rapsheet.errors import ArrestNotUsable, ConvictionNotUsable

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True)
class Field(Generic[T_co]):
    """One fact: `value` None means not shown or not readable (then `note` may say why).

    Covariant, as it is immutable: a Field[Level] is a Field[object] to code that shows it.
    """

    value: T_co | None = None
    line: int | None = None
    raw: str = ""
    note: str = ""


@dataclass(frozen=True)
class Unread:
    """A line, or part of one, the reader could not use, and why."""

    line: int
    text: str
    reason: str


class CountDisposition(StrEnum):
    """How a count ended, in the words a rap sheet uses."""

    CONVICTED = "convicted"
    DISMISSED = "dismissed"
    ACQUITTED = "acquitted"
    PROSECUTOR_REJECTED = "prosecutor_rejected"
    DETENTION_ONLY = "detention_only"
    DIVERSION_COMPLETED = "diversion_completed"

    @property
    def arrest_disposition(self) -> ArrestDisposition:
        """The exchange-format disposition: a rejected case or a detention means no charges."""
        return _ARREST_DISPOSITIONS[self]


_ARREST_DISPOSITIONS = {
    CountDisposition.CONVICTED: ArrestDisposition.CONVICTED,
    CountDisposition.DISMISSED: ArrestDisposition.DISMISSED,
    CountDisposition.ACQUITTED: ArrestDisposition.ACQUITTED,
    CountDisposition.PROSECUTOR_REJECTED: ArrestDisposition.NO_CHARGES,
    CountDisposition.DETENTION_ONLY: ArrestDisposition.NO_CHARGES,
    CountDisposition.DIVERSION_COMPLETED: ArrestDisposition.DIVERSION_COMPLETED,
}


@dataclass(frozen=True)
class ParsedPerson:
    names: tuple[Field[str], ...] = ()  # NAM/01 first, then the aliases in sheet order
    date_of_birth: Field[date] = field(default_factory=Field)
    cii: Field[str] = field(default_factory=Field)
    sex: Field[str] = field(default_factory=Field)


@dataclass(frozen=True)
class ParsedConviction:
    """One count of conviction (exchange-format §1.3), as the sheet shows it.

    `cycle` is the 1-based arrest cycle it sits in; `line` is the line of its count.
    """

    cycle: int
    line: int
    count: Field[int]
    case_number: Field[str]
    court: Field[str]
    county: Field[str]
    code: Field[str]
    description: Field[str]
    level: Field[Level]
    current_level: Field[Level]
    offense_date: Field[date]
    conviction_date: Field[date]
    disposition: Field[str]
    sentence: Field[str]
    probation_granted: Field[bool]
    probation_months: Field[int]
    probation_end_date: Field[date]
    jail_days: Field[int]
    prison: Field[PrisonSentence]
    fine: Field[bool]
    suspended: Field[bool]
    execution_suspended: Field[bool]
    probation_modified: Field[bool]
    probation_violated: Field[bool]
    probation_revoked: Field[bool]
    probation_terminated_early: Field[bool]
    relief_granted: tuple[Field[Remedy], ...] = ()
    charged_codes: tuple[Field[str], ...] = ()  # counts of the same case that were dismissed

    def missing(self) -> tuple[str, ...]:
        """The required model fields (exchange-format §1.3) the sheet did not give."""
        required = (
            ("case_number", self.case_number.value),
            ("county", self.county.value),
            ("code", self.code.value),
            ("level", self.level.value),
            ("offense_date", self.offense_date.value),
            ("conviction_date", self.conviction_date.value),
            ("sentence.probation_granted", self.probation_granted.value),
            ("sentence.prison", self.prison.value),
        )
        return tuple(name for name, value in required if value is None)

    def to_conviction(self, conviction_id: str | None = None) -> Conviction:
        """The domain conviction; ConvictionNotUsable when a required fact is missing or the
        facts contradict each other (an arrest after the conviction, a misdemeanor in prison).

        Probation revoked or ended early and a violation are only ever set from the sheet:
        a sheet that shows no violation leaves `probation_violated` unknown, because courts
        do not report every violation to the DOJ.
        """
        return _checked(
            self.line,
            self.missing(),
            ConvictionNotUsable,
            lambda: Conviction(
                id=conviction_id or new_id(),
                case_number=_known(self.case_number),
                county=_known(self.county),
                code=_known(self.code),
                level=_known(self.level),
                current_level=self.current_level.value,
                offense_date=_known(self.offense_date),
                conviction_date=_known(self.conviction_date),
                sentence=Sentence(
                    probation_granted=_known(self.probation_granted),
                    probation_end_date=self.probation_end_date.value,
                    probation_terminated_early=bool(self.probation_terminated_early.value),
                    probation_violated=self.probation_violated.value,
                    probation_revoked=bool(self.probation_revoked.value),
                    jail_days=self.jail_days.value,
                    prison=_known(self.prison),
                    execution_suspended=self.execution_suspended.value,
                    sentence_completed_date=None,
                ),
                relief_granted=_distinct(self.relief_granted),
                charged_codes=_distinct(self.charged_codes),
            ),
        )


@dataclass(frozen=True)
class ParsedArrest:
    """One count of an arrest cycle that ended without a conviction (exchange-format §1.4)."""

    cycle: int
    line: int
    count: Field[int]
    arrest_date: Field[date]
    agency: Field[str]
    code: Field[str]
    description: Field[str]
    level: Field[Level]
    disposition: Field[CountDisposition]
    disposition_date: Field[date]

    def missing(self) -> tuple[str, ...]:
        required = (
            ("arrest_date", self.arrest_date.value),
            ("code", self.code.value),
            ("level", self.level.value),
            ("disposition", self.disposition.value),
        )
        return tuple(name for name, value in required if value is None)

    def to_arrest(self, arrest_id: str | None = None) -> Arrest:
        """The domain arrest; ArrestNotUsable when a fact is missing or contradicts another."""
        return _checked(
            self.line,
            self.missing(),
            ArrestNotUsable,
            lambda: Arrest(
                id=arrest_id or new_id(),
                arrest_date=_known(self.arrest_date),
                code=_known(self.code),
                level=_known(self.level),
                disposition=_known(self.disposition).arrest_disposition,
                disposition_date=self.disposition_date.value,
            ),
        )


@dataclass(frozen=True)
class ParsedRecord:
    """The whole reading: the sheet's lines (for the side-by-side view) and what they say."""

    lines: tuple[str, ...]
    person: ParsedPerson
    convictions: tuple[ParsedConviction, ...]
    arrests: tuple[ParsedArrest, ...]
    unread: tuple[Unread, ...]
    registered_290: Field[bool]


Built = TypeVar("Built", Conviction, Arrest)


def _checked(
    line: int,
    missing: tuple[str, ...],
    refusal: type[ConvictionNotUsable | ArrestNotUsable],
    build: Callable[[], Built],
) -> Built:
    """`build()`, or `refusal` naming the missing facts or the model's objection."""
    if missing:
        raise refusal(line=str(line), details="the record does not show " + ", ".join(missing))
    try:
        return build()
    except ValidationError as error:
        raise refusal(line=str(line), details=describe_validation_error(error)) from None


def _distinct(fields: tuple[Field[T], ...]) -> tuple[T, ...]:
    """The values, each once, in sheet order (two set-asides of one count are one relief)."""
    return tuple(dict.fromkeys(found.value for found in fields if found.value is not None))


def _known(found: Field[T]) -> T:
    """The value of a field `missing()` has already checked."""
    if found.value is None:
        raise AssertionError("missing() lets no unknown required field through")
    return found.value
