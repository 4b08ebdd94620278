"""The facts one decision reads: a conviction (or arrest) seen within the person's record.

Built once per conviction by the engine, so every remedy reads the same classification of
the code (the offense table row for the offense date) and the same derived facts (age at
the offense, completion of the sentence, other cases' supervision).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from clinic_app.core.model import (
    Arrest,
    Conviction,
    Level,
    PersonFacts,
    PrisonSentence,
    Record,
    Remedy,
)
from clinic_app.core.rules.offense_table import Lookup, OffenseRow, offense_table


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# eq=False: a context is itself (hashed by identity), so per-conviction caches stay cheap.
@dataclass(frozen=True, eq=False)
class _RecordContext:
    """What every decision reads: the whole record (the date, the person) and the offense
    table's reading of the code being decided."""

    record: Record
    offense: Lookup

    @property
    def as_of(self) -> date:
        return self.record.as_of

    @property
    def person(self) -> PersonFacts:
        return self.record.person

    @property
    def row(self) -> OffenseRow | None:
        """None when the code is unknown: every code-dependent check is then needs_review."""
        return self.offense.row


@dataclass(frozen=True, eq=False)
class ConvictionContext(_RecordContext):
    conviction: Conviction

    @classmethod
    def of(cls, record: Record, conviction: Conviction) -> ConvictionContext:
        """The context the engine builds: the table is read for the offense date."""
        lookup = offense_table().lookup(conviction.code, conviction.offense_date)
        return cls(record, lookup, conviction)

    @property
    def level(self) -> Level:
        """The level now: after an earlier reduction (17(b), Prop 47, Prop 64), that level."""
        return self.conviction.current_level or self.conviction.level

    @property
    def already_reduced(self) -> bool:
        current = self.conviction.current_level
        return current is not None and current is not self.conviction.level

    def already_granted(self, remedy: Remedy) -> bool:
        return remedy in self.conviction.relief_granted

    @cached_property
    def age_at_offense(self) -> int | None:
        if self.conviction.age_at_offense is not None:
            return self.conviction.age_at_offense
        if self.person.date_of_birth is None:
            return None
        return age_on(self.person.date_of_birth, self.conviction.offense_date)

    @property
    def pronouncement_date(self) -> date:
        return self.conviction.pronouncement_date

    @property
    def probation_running(self) -> bool:
        """This conviction's own probation has not ended on `as_of`."""
        sentence = self.conviction.sentence
        end = sentence.probation_end_date
        return sentence.probation_granted and (end is None or end >= self.as_of)

    @cached_property
    def completion_date(self) -> date | None:
        """When the whole sentence ended: the later of completion and the end of parole,
        PRCS or mandatory supervision (remedies.md §13.3; conservative for state prison)."""
        sentence = self.conviction.sentence
        candidates = [sentence.sentence_completed_date, sentence.supervision_end_date]
        if sentence.probation_granted and not sentence.probation_revoked:
            candidates.append(sentence.probation_end_date)
        known = [day for day in candidates if day is not None]
        return max(known) if known else None

    @property
    def sentence_complete(self) -> bool:
        """Finished before `as_of`: on its last day a sentence is still being served, as
        probation is still running on its end date (`probation_running`)."""
        return self.completion_date is not None and self.completion_date < self.as_of

    @property
    def custody(self) -> PrisonSentence:
        return self.conviction.sentence.prison

    def other_convictions(self) -> tuple[Conviction, ...]:
        return tuple(c for c in self.record.convictions if c.id != self.conviction.id)

    def flag(self, column: str) -> str | None:
        """An offense-table flag ("yes" / "no" / "depends" ...), None for an unknown code."""
        return None if self.row is None else str(getattr(self.row, column))

    def fact(self, name: str) -> bool | int | float | None:
        return self.conviction.offense_facts.get(name)


@dataclass(frozen=True, eq=False)
class ArrestContext(_RecordContext):
    arrest: Arrest

    @classmethod
    def of(cls, record: Record, arrest: Arrest) -> ArrestContext:
        """An arrest has no offense date: the table is read for the arrest date (§1.4)."""
        return cls(record, offense_table().lookup(arrest.code, arrest.arrest_date), arrest)
