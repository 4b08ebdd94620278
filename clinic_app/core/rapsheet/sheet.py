"""The sheet as the parser walks it: cycles of events of counts, each entry with its line.

Mutable on purpose and private to the package: the state machine (`parser`) fills these in
line by line, and `assembly` then turns them into the frozen `Parsed*` structures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from clinic_app.core.model import Level
from clinic_app.core.rapsheet.dispositions import DispositionReading
from clinic_app.core.rapsheet.lines import EventKind
from clinic_app.core.rapsheet.structures import Field


@dataclass
class SentenceText:
    """A SEN: line and the lines it runs on to; read once the whole text is known."""

    line: int
    raw: str
    text: str


@dataclass
class DispositionEntry:
    """A DISPO: line with the CONV STATUS: and SEN: lines under it."""

    line: int
    raw: str
    text: str
    reading: DispositionReading
    when: Field[date]  # the event's date, or the date of the update it belongs to
    is_update: bool  # printed after a date line under the count: a later change
    status: Field[Level] = field(default_factory=Field)
    sentence: SentenceText | None = None


@dataclass
class CountEntry:
    line: int
    raw: str
    numbers: tuple[int | None, ...]  # (None,) when the count number is unreadable
    case_number: Field[str]
    case_printed: bool  # on the count's own line or the "#" line after it, not inherited
    # The code's line is set once the charge line has been seen, even if it is unreadable.
    code: Field[str] = field(default_factory=Field)
    description: Field[str] = field(default_factory=Field)
    see_comment: bool = False
    level: Field[Level] = field(default_factory=Field)  # TOC:
    county_jail_1170h: bool = False  # the "-1170 (H) PC-SENTENCING" flag
    dispositions: list[DispositionEntry] = field(default_factory=list)
    update_date: Field[date] | None = None  # the date line of the update being read


@dataclass
class EventEntry:
    kind: EventKind
    line: int
    raw: str
    when: Field[date] = field(default_factory=Field)
    agency: Field[str] = field(default_factory=Field)
    level: Field[Level] = field(default_factory=Field)  # TOC: for the whole event
    case_number: Field[str] = field(default_factory=Field)  # the last printed, for counts after it
    counts: list[CountEntry] = field(default_factory=list)


@dataclass
class Cycle:
    number: int  # 1-based, as a volunteer counts them
    events: list[EventEntry] = field(default_factory=list)

    def first(self, kind: EventKind) -> EventEntry | None:
        return next((event for event in self.events if event.kind is kind), None)
