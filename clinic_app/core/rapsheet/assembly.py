"""A cycle's counts turned into convictions and arrests, every fact with its source line.

A count is a conviction when a COURT event shows DISPO:CONVICTED for it; what follows that
disposition under the count (set aside, reduced, probation revoked, a modified sentence) is
its later history. An update (a date line, then DISPO:) printed after the last count of a
case applies to every count of conviction of the case, as the DOJ prints a case's later
history once at its end; the fields it sets say so in their note. An update printed
between counts belongs to the count above it.

A cycle with no conviction gives arrests: the court's counts with their outcome when the
case reached a court, else the arrest's own counts. Counts a court dismissed beside a
conviction are the conviction's `charged_codes`, not arrests: they did not end an arrest
without a conviction.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from clinic_app.core.model import Level, PrisonSentence
from clinic_app.core.rapsheet.counties import county_of
from clinic_app.core.rapsheet.dispositions import Outcome, SentenceReading, read_sentence
from clinic_app.core.rapsheet.lines import EventKind
from clinic_app.core.rapsheet.reasons import Reason
from clinic_app.core.rapsheet.sheet import CountEntry, Cycle, DispositionEntry, EventEntry
from clinic_app.core.rapsheet.structures import (
    CountDisposition,
    Field,
    ParsedArrest,
    ParsedConviction,
)

Skip = Callable[[int, str, str], None]  # report an unread line: (line, text, reason)

_OFFENSE_DATE_NOTE = (
    "the record prints no offense date: this is the arrest date of the cycle (line {line})"
)
_NO_VIOLATION_NOTE = (
    "the record shows no violation; courts do not report every one, so ask the client"
)
_UNREAD_PART = "a part of the sentence could not be read"
_CASE_UPDATE_NOTE = "printed after the case's last count: read as applying to every count"
_ARREST_EVENTS = (EventKind.ARREST, EventKind.SUPPLEMENTAL_ARREST)
T = TypeVar("T")


def convictions(cycle: Cycle, skip: Skip) -> list[ParsedConviction]:
    """The counts of conviction in a cycle's court events, one per count number."""
    found: list[ParsedConviction] = []
    offense_date = _offense_date(cycle)
    for event in cycle.events:
        if event.kind is not EventKind.COURT:
            continue
        dismissed = tuple(
            count.code
            for count in event.counts
            if count.code.value is not None and _conviction_index(count) is None
        )
        last = event.counts[-1].dispositions if event.counts else []
        case_updates = [entry for entry in last if entry.is_update]
        for count in event.counts:
            index = _conviction_index(count)
            if index is None:
                continue
            own = count.dispositions[index + 1 :]
            shared = [] if count is event.counts[-1] else case_updates
            history = _History(sorted([*own, *shared], key=lambda entry: entry.line), shared)
            for number in count.numbers:
                found.append(
                    _conviction(
                        cycle, event, count, number, index, offense_date, dismissed, history, skip
                    )
                )
    return found


def arrests(cycle: Cycle) -> list[ParsedArrest]:
    """A cycle that ended without a conviction: one arrest per count, with its outcome."""
    arrest = cycle.first(EventKind.ARREST)
    court_counts = [
        (event, count)
        for event in cycle.events
        if event.kind is EventKind.COURT
        for count in event.counts
    ]
    arrest_counts = [
        (event, count)
        for event in cycle.events
        if event.kind in _ARREST_EVENTS
        for count in event.counts
    ]
    return [
        _arrest(cycle, arrest, event, count, number, arrest_counts)
        for event, count in court_counts or arrest_counts
        for number in count.numbers
    ]


# --- convictions ----------------------------------------------------------------------------


def _conviction_index(count: CountEntry) -> int | None:
    return next(
        (
            index
            for index, disposition in enumerate(count.dispositions)
            if disposition.reading.ended is CountDisposition.CONVICTED
        ),
        None,
    )


@dataclass(frozen=True)
class _History:
    """The updates of one count of conviction; `shared` were printed after the case's last
    count and are read as the whole case's."""

    updates: Sequence[DispositionEntry]
    shared: Sequence[DispositionEntry]

    def field(self, value: T | None, entry: DispositionEntry, note: str = "") -> Field[T]:
        """A fact an update shows, on the update's DISPO line."""
        return Field(value, entry.line, entry.raw, note=self.note(entry, note))

    def note(self, entry: DispositionEntry, note: str = "") -> str:
        shared = any(entry is case_update for case_update in self.shared)
        return "; ".join(filter(None, (note, _CASE_UPDATE_NOTE if shared else "")))


def _offense_date(cycle: Cycle) -> Field[date]:
    arrest = cycle.first(EventKind.ARREST)
    if arrest is None or arrest.when.value is None:
        return Field(note="no readable arrest date in this cycle, so no offense date")
    return Field(
        arrest.when.value,
        arrest.when.line,
        arrest.when.raw,
        note=_OFFENSE_DATE_NOTE.format(line=arrest.when.line),
    )


def _conviction(
    cycle: Cycle,
    event: EventEntry,
    count: CountEntry,
    number: int | None,
    index: int,
    offense_date: Field[date],
    dismissed: tuple[Field[str], ...],
    history: _History,
    skip: Skip,
) -> ParsedConviction:
    convicted = count.dispositions[index]
    updates = history.updates
    level = convicted.status
    if level.line is None:
        level = Field(None, convicted.line, convicted.raw, note="no CONV STATUS line")
    sentence = _sentence(convicted, updates, count.county_jail_1170h, skip)
    probation = _probation(convicted.when, sentence, history)
    code = count.code if count.code.line is not None else Field(None, count.line, count.raw)
    return ParsedConviction(
        cycle=cycle.number,
        line=count.line,
        count=Field(number, count.line, count.raw),
        case_number=count.case_number,
        court=event.agency,
        county=_county(event.agency),
        code=code,
        description=count.description,
        level=level,
        current_level=_current_level(level, history),
        offense_date=offense_date,
        conviction_date=convicted.when,
        disposition=Field(convicted.text, convicted.line, convicted.raw),
        sentence=sentence.text,
        probation_granted=sentence.probation_granted,
        probation_months=sentence.probation_months,
        probation_end_date=probation.end,
        jail_days=sentence.jail_days,
        prison=sentence.prison,
        fine=sentence.fine,
        suspended=sentence.suspended,
        execution_suspended=sentence.execution_suspended,
        probation_modified=probation.modified,
        probation_violated=probation.violated,
        probation_revoked=probation.revoked,
        probation_terminated_early=probation.terminated_early,
        relief_granted=tuple(
            history.field(update.reading.remedy, update)
            for update in updates
            if update.reading.remedy is not None
        ),
        charged_codes=tuple(code for code in dismissed if code.value != count.code.value),
    )


def _county(agency: Field[str]) -> Field[str]:
    county = county_of(agency.value) if agency.value else None
    if county is None:
        return Field(None, agency.line, agency.raw, note="court not matched to a county")
    return Field(county, agency.line, agency.raw)


def _current_level(level: Field[Level], history: _History) -> Field[Level]:
    """The level after a reduction: a later CONV STATUS, or what 17(b)/Prop 47 made it."""
    current: Field[Level] = Field()
    for update in history.updates:
        if update.reading.level_after is not None:
            current = history.field(update.reading.level_after, update)
        status = update.status
        if status.value is not None:
            current = Field(status.value, status.line, status.raw, history.note(update))
    return current if current.value not in {None, level.value} else Field()


@dataclass
class _SentenceFields:
    text: Field[str] = field(default_factory=Field)
    probation_granted: Field[bool] = field(default_factory=Field)
    probation_months: Field[int] = field(default_factory=Field)
    jail_days: Field[int] = field(default_factory=Field)
    prison: Field[PrisonSentence] = field(default_factory=Field)
    fine: Field[bool] = field(default_factory=Field)
    suspended: Field[bool] = field(default_factory=Field)
    execution_suspended: Field[bool] = field(default_factory=Field)


def _sentence(
    convicted: DispositionEntry,
    updates: Sequence[DispositionEntry],
    county_jail_1170h: bool,
    skip: Skip,
) -> _SentenceFields:
    """The sentence as pronounced, then changed by any SEN: under a later update."""
    written = [entry.sentence for entry in (convicted, *updates) if entry.sentence is not None]
    facts = _SentenceFields()
    if not written:
        facts.text = Field(note="no SEN line")
        return facts
    for position, sentence in enumerate(written):
        reading = read_sentence(sentence.text)
        for part in reading.not_understood:
            skip(sentence.line, part, Reason.SENTENCE_PART)
        if position == 0:
            facts.text = Field(sentence.text, sentence.line, sentence.raw, "; ".join(reading.notes))
            # A part that could not be read may be the probation or the prison term.
            unsure = _UNREAD_PART if reading.not_understood else ""
            facts.probation_granted = Field(
                True if reading.probation else (None if unsure else False),
                sentence.line,
                sentence.raw,
                unsure,
            )
            facts.prison = Field(
                None if unsure else PrisonSentence.NONE, sentence.line, sentence.raw, unsure
            )
        _apply(facts, reading, sentence.line, sentence.raw, county_jail_1170h=county_jail_1170h)
    return facts


def _apply(
    facts: _SentenceFields,
    reading: SentenceReading,
    line: int,
    raw: str,
    *,
    county_jail_1170h: bool,
) -> None:
    """Set what one SEN: line says; what it does not mention stays as it was."""
    if reading.probation_months is not None:
        facts.probation_months = Field(reading.probation_months, line, raw)
    if reading.jail_days is not None:
        facts.jail_days = Field(reading.jail_days, line, raw)
    custody = _custody(reading, county_jail_1170h=county_jail_1170h)
    if custody is not None:
        facts.prison = Field(custody, line, raw)
    if reading.prison_suspended:
        facts.execution_suspended = Field(True, line, raw)
    if reading.fine:
        facts.fine = Field(True, line, raw)
    if reading.suspended:
        facts.suspended = Field(True, line, raw)


def _custody(reading: SentenceReading, *, county_jail_1170h: bool) -> PrisonSentence | None:
    """The custody type a SEN: line shows, or None when it shows none."""
    if (reading.county_jail_1170h or county_jail_1170h) and reading.jail_days is not None:
        if reading.mandatory_supervision:
            return PrisonSentence.COUNTY_JAIL_1170H_SPLIT
        return PrisonSentence.COUNTY_JAIL_1170H_STRAIGHT
    if reading.prison_months is not None:
        # "PRISON SS": the term was imposed and its execution suspended, so none was served.
        return PrisonSentence.NONE if reading.prison_suspended else PrisonSentence.STATE_PRISON
    return None


@dataclass(frozen=True)
class _Probation:
    end: Field[date] = field(default_factory=Field)
    modified: Field[bool] = field(default_factory=Field)
    violated: Field[bool] = field(default_factory=Field)
    revoked: Field[bool] = field(default_factory=Field)
    terminated_early: Field[bool] = field(default_factory=Field)


def _probation(sentenced: Field[date], sentence: _SentenceFields, history: _History) -> _Probation:
    """Probation's end and history, from its length and the updates printed under it."""
    if not sentence.probation_granted.value:
        return _Probation()
    months = sentence.probation_months
    scheduled = (
        _add_months(sentenced.value, months.value)
        if sentenced.value is not None and months.value is not None
        else None
    )
    end: Field[date] = Field(
        scheduled,
        months.line,
        months.raw,
        note=f"scheduled end: {months.value} months from the sentence" if scheduled else "",
    )
    modified: Field[bool] = Field()
    violated: Field[bool] = Field(note=_NO_VIOLATION_NOTE)
    revoked: Field[bool] = Field()
    early: Field[bool] = Field()
    for update in history.updates:
        outcome, when = update.reading.outcome, update.when.value
        shown = history.field(True, update)
        if outcome is Outcome.PROBATION_MODIFIED:
            modified = shown
        elif outcome is Outcome.PROBATION_VIOLATED:
            violated = shown
        elif outcome is Outcome.PROBATION_REVOKED:
            violated, revoked = shown, shown
            end = history.field(when, update, "probation ended when revoked")
        elif outcome is Outcome.PROBATION_TERMINATED:
            ended_early = update.reading.early or (
                when is not None and scheduled is not None and when < scheduled
            )
            early = history.field(ended_early, update)
            end = history.field(when, update, "probation terminated")
        elif outcome is Outcome.PROBATION_EXTENDED and update.sentence is None:
            end = history.field(None, update, "extended; the new end is not printed")
    return _Probation(end, modified, violated, revoked, early)


def _add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


# --- arrests --------------------------------------------------------------------------------


def _arrest(
    cycle: Cycle,
    arrest: EventEntry | None,
    event: EventEntry,
    count: CountEntry,
    number: int | None,
    arrest_counts: Sequence[tuple[EventEntry, CountEntry]],
) -> ParsedArrest:
    ended = next(
        (entry for entry in reversed(count.dispositions) if entry.reading.ended is not None),
        None,
    )
    disposition: Field[CountDisposition] = Field(note="no disposition printed")
    disposition_date: Field[date] = Field()
    if ended is not None:
        disposition = Field(ended.reading.ended, ended.line, ended.raw)
        disposition_date = ended.when
    arrest_date = arrest.when if arrest is not None else Field(note="no arrest event in the cycle")
    return ParsedArrest(
        cycle=cycle.number,
        line=count.line,
        count=Field(number, count.line, count.raw),
        arrest_date=arrest_date,
        agency=arrest.agency if arrest is not None else Field(),
        code=count.code if count.code.line is not None else Field(None, count.line, count.raw),
        description=count.description,
        level=_arrest_level(event, count, arrest_counts),
        disposition=disposition,
        disposition_date=disposition_date,
    )


def _arrest_level(
    event: EventEntry, count: CountEntry, arrest_counts: Sequence[tuple[EventEntry, CountEntry]]
) -> Field[Level]:
    """The type of charge (TOC) of the count, of its event, or of the same code at arrest."""
    for candidate in (count.level, event.level):
        if candidate.value is not None:
            return candidate
    for arrest_event, arrest_count in arrest_counts:
        if arrest_count.code.value == count.code.value:
            for candidate in (arrest_count.level, arrest_event.level):
                if candidate.value is not None:
                    note = "the type of charge printed at arrest for the same code"
                    return Field(candidate.value, candidate.line, candidate.raw, note=note)
    return Field(note="no type of charge (TOC) printed")
