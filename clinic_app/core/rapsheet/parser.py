"""Rap-sheet text to a `ParsedRecord`: a line-oriented state machine, not a grammar.

Why not Lark: a DOJ sheet is a list of lines whose meaning depends on the section they sit
in (the person block, a cycle, an event, a count, a later update), and OCR damages exactly
the tokens a grammar anchors on. A grammar either rejects the whole sheet at the first
damaged line or needs a recovery rule for every production; the state machine knows where
it is, and a line that does not fit there becomes an `Unread` with its reason while the
reading goes on, so one bad line costs one line. Each line is looked at once, with anchored
regexes on short strings, so time grows with the length of the sheet (a 200-page sheet is
fine).

States, in the order a sheet prints them:
- person block, before the first "* * * *": CII/, DOB/, SEX/, NAM/01 and the alias lines;
- cycle (one arrest and what followed it), between "* * * *" separators;
- event, started by a header (ARR/DET/CITE:, COURT:, CUSTODY:, PROBATION:, REGISTRATION:,
  SUPPLEMENTAL ARR:, APPLICANT:) and holding a date and an agency;
- count, started by CNT:01 (or a range CNT:01-03): a charge, DISPO:, CONV STATUS:, SEN:,
  COM: lines, and updates: a date line followed by DISPO: lines (set aside, reduced ...).
  An update applies to the count it is printed under.

The counts are then turned into convictions (a court count with DISPO:CONVICTED) and arrests
(the counts of a cycle that has no conviction). Facts the sheet does not print are not
guessed; where a value is derived (the offense date is the arrest date, a probation end is
computed from its length) the field's note says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from clinic_app.core.rapsheet import assembly
from clinic_app.core.rapsheet.charges import is_see_comment, read_charge, read_comment_charge
from clinic_app.core.rapsheet.counties import county_of
from clinic_app.core.rapsheet.dispositions import Outcome, read_disposition, read_level
from clinic_app.core.rapsheet.errors import EmptySource, NotARapSheet, OtherStateRecord
from clinic_app.core.rapsheet.lines import Entry, EventKind, Kind, classify, split_joined
from clinic_app.core.rapsheet.reasons import Reason
from clinic_app.core.rapsheet.sheet import (
    CountEntry,
    Cycle,
    DispositionEntry,
    EventEntry,
    SentenceText,
)
from clinic_app.core.rapsheet.structures import (
    CountDisposition,
    Field,
    ParsedArrest,
    ParsedConviction,
    ParsedPerson,
    ParsedRecord,
    Unread,
)
from clinic_app.core.rapsheet.tolerant import (
    DIGIT_LIKE,
    as_letters,
    as_number,
    normalise_line,
    read_date,
    squeeze,
)

_LONGEST_LINE = 400  # longer is no rap-sheet entry (binary junk, a joined page)
_MARKERS_NEEDED = 2  # distinct kinds of rap-sheet entry before text counts as a sheet
_PERSON_MARKERS = frozenset({"CII", "NAM", "DOB"})  # the person tags only the DOJ prints
_HEADER_LINES = 60  # where another state's or the FBI's title would stand
# Events whose content the model does not use: read past them, but watch for a conviction
# in one (its COURT: header was probably lost to OCR).
_SKIPPED_EVENTS = frozenset({EventKind.CUSTODY, EventKind.PROBATION, EventKind.APPLICANT})


def parse_text(text: str, *, source: str = "the text") -> ParsedRecord:
    """Read a rap sheet's text; `source` names it in error messages (a file name).

    Raises EmptySource for blank text, OtherStateRecord for another state's or the FBI's
    record, NotARapSheet for text with no rap-sheet entries at all.
    """
    if not text.strip():
        raise EmptySource(source=source)
    lines = tuple(text.splitlines())
    issuer = other_issuer(lines)
    if issuer is not None:
        raise OtherStateRecord(source=source, issuer=issuer)
    reader = _Reader()
    reader.read(lines)
    if len(reader.markers) < _MARKERS_NEEDED:
        raise NotARapSheet(source=source)
    return reader.record(lines)


# --- another state's record ---------------------------------------------------------------

_STATES = (
    "ALABAMA", "ALASKA", "ARIZONA", "ARKANSAS", "COLORADO", "CONNECTICUT", "DELAWARE",
    "FLORIDA", "GEORGIA", "HAWAII", "IDAHO", "ILLINOIS", "INDIANA", "IOWA", "KANSAS",
    "KENTUCKY", "LOUISIANA", "MAINE", "MARYLAND", "MASSACHUSETTS", "MICHIGAN", "MINNESOTA",
    "MISSISSIPPI", "MISSOURI", "MONTANA", "NEBRASKA", "NEVADA", "NEW HAMPSHIRE", "NEW JERSEY",
    "NEW MEXICO", "NEW YORK", "NORTH CAROLINA", "NORTH DAKOTA", "OHIO", "OKLAHOMA", "OREGON",
    "PENNSYLVANIA", "RHODE ISLAND", "SOUTH CAROLINA", "SOUTH DAKOTA", "TENNESSEE", "TEXAS",
    "UTAH", "VERMONT", "VIRGINIA", "WASHINGTON", "WEST VIRGINIA", "WISCONSIN", "WYOMING",
)  # fmt: skip
_STATE_NAME = re.compile(r"\b(" + "|".join(sorted(_STATES, key=len, reverse=True)) + r")\b")
_ISSUER_WORDS = (
    "DEPARTMENT",
    "BUREAU",
    "STATE POLICE",
    "DIVISION",
    "CRIMINAL",
    "IDENTIFICATION",
    "REPOSITORY",
    "RAP SHEET",
)
_FBI = ("IDENTITY HISTORY SUMMARY", "FEDERAL BUREAU OF INVESTIGATION")


def other_issuer(lines: Sequence[str]) -> str | None:
    """Who issued a record that is not California's ("Texas", "the FBI"), from its title.

    A California sheet names other places too ("CASC NEVADA CITY"), so a state counts only
    where a title names it beside an issuer's word, and never on a sheet with a CII number.
    """
    header = [normalise_line(line) for line in lines[:_HEADER_LINES]]
    if any(as_letters(line[:4]) == "CII/" for line in header):
        return None
    for line in header:
        if any(words in line for words in _FBI):
            return "the FBI"
        state = _STATE_NAME.search(line)
        issuer_named = any(word in line for word in _ISSUER_WORDS)
        if state is not None and issuer_named and "CALIFORNIA" not in line:
            return state.group(1).title()
    return None


_Handler = Callable[["_Reader", int, str, Entry], None]


class _Reader:
    """Feeds lines through the states; `record()` then assembles the reading."""

    def __init__(self) -> None:
        self.unread: list[Unread] = []
        self.markers: set[str] = set()
        self.names: list[Field[str]] = []
        self.in_names = False
        self.birth: Field[date] = Field()
        self.cii: Field[str] = Field()
        self.sex: Field[str] = Field()
        self.cycles: list[Cycle] = []
        self.event: EventEntry | None = None
        self.count: CountEntry | None = None
        self.continuation: Kind | None = None  # SENTENCE or TEXT (a charge's description)
        self.after_event_break = False
        self.ended = False
        self.noise_ends = 0  # the last line of the latest run of specks

    def read(self, lines: Sequence[str]) -> None:
        for number, raw in enumerate(lines, start=1):
            text = normalise_line(raw)
            if not text:
                self.continuation = None
            elif len(text) > _LONGEST_LINE:
                self.skip(number, raw, Reason.TOO_LONG)
            else:
                for piece in split_joined(text):
                    self.feed(number, raw, classify(piece))

    def skip(self, number: int, text: str, reason: str) -> None:
        self.unread.append(Unread(number, text.strip(), reason))

    def feed(self, number: int, raw: str, entry: Entry) -> None:
        if self.ended:
            return
        self._mark(entry)
        if entry.kind is Kind.BLANK:
            self.continuation = None
        elif entry.kind is Kind.NOISE:
            self._noise(number, raw)
        elif entry.kind is Kind.END:
            self.ended = True
        elif entry.kind is Kind.CYCLE_BREAK:
            self._start_cycle()
        elif entry.kind is not Kind.BOILERPLATE:
            if not self.cycles and entry.kind is Kind.EVENT_HEADER:
                self._start_cycle()  # the first "* * * *" was lost to OCR
            if self.cycles:
                self._in_cycle(number, raw, entry)
            else:
                self._in_person_block(number, raw, entry)

    def _noise(self, number: int, raw: str) -> None:
        """Report a run of specks once, at its first line: a scan's margins can hold
        dozens, and each would bury the lines that matter."""
        last = self.unread[-1] if self.unread else None
        if last is None or last.reason is not Reason.NOISE or self.noise_ends < number - 1:
            self.skip(number, raw, Reason.NOISE)
        self.noise_ends = number

    def _mark(self, entry: Entry) -> None:
        """Note the kinds of rap-sheet entry seen, to tell a sheet from other text."""
        if entry.kind in {Kind.CYCLE_BREAK, Kind.EVENT_HEADER, Kind.COUNT, Kind.DISPOSITION}:
            self.markers.add(entry.kind.value)
        elif entry.kind is Kind.PERSON and as_letters(entry.text[:3]) in _PERSON_MARKERS:
            self.markers.add(as_letters(entry.text[:3]))

    # --- the person block -------------------------------------------------------------

    def _in_person_block(self, number: int, raw: str, entry: Entry) -> None:
        if entry.kind is Kind.PERSON:
            self._person_tags(number, raw, entry.text)
        elif entry.kind is Kind.TEXT and self.in_names:
            self._alias(number, raw, entry.text)
        else:
            self.skip(number, raw, Reason.PERSON_LINE)

    def _person_tags(self, number: int, raw: str, text: str) -> None:
        if as_letters(text[:4]) == "NAM/":
            self.in_names = True
            self._alias(number, raw, text[4:])
            return
        self.in_names = False
        parts = re.split(r"(?:^|\s)([A-Z0-9]{3})/", " " + text)
        for tag, value in zip(parts[1::2], parts[2::2], strict=True):
            self._person_tag(number, raw, as_letters(tag), value.strip())

    def _person_tag(self, number: int, raw: str, tag: str, value: str) -> None:
        first = value.split()[0] if value.split() else ""
        if tag == "DOB":
            born = read_date(first)
            self.birth = Field(born, number, raw)
            if born is None:
                self.skip(number, raw, Reason.BIRTH_DATE)
        elif tag == "SEX":
            letter = as_letters(first)[:1]
            self.sex = Field(letter if letter in {"M", "F", "X"} else None, number, raw)
        elif tag == "CII":
            digits = as_number(first[1:])
            readable = first[:1].isalpha() and digits is not None
            self.cii = Field(first[:1] + digits if readable and digits else None, number, raw)
            if not readable:
                self.skip(number, raw, Reason.CII)

    def _alias(self, number: int, raw: str, text: str) -> None:
        found = re.fullmatch(rf"\s*({DIGIT_LIKE}{{2,3}})\s+(.+)", text)
        if found is None or as_number(found.group(1), anchored=False) is None:
            self.in_names = False
            self.skip(number, raw, Reason.NAME)
            return
        # Names hold no digits: any digit in one is a misread letter.
        self.names.append(Field(as_letters(found.group(2)).strip(), number, raw))

    # --- cycles and events ------------------------------------------------------------

    def _start_cycle(self) -> None:
        self.cycles.append(Cycle(len(self.cycles) + 1))
        self.event, self.count = None, None
        self.after_event_break = False

    def _in_cycle(self, number: int, raw: str, entry: Entry) -> None:
        continuing, self.continuation = self.continuation, None
        if entry.kind is Kind.EVENT_BREAK:
            self.event, self.count = None, None
            self.after_event_break = True
        elif entry.kind is Kind.EVENT_HEADER:
            self._start_event(number, raw, entry)
        elif entry.kind is Kind.PERSON and as_letters(entry.text[:4]) == "CII/":
            pass  # a page header repeats the CII number
        elif self.event is None:
            self._outside_event(number, raw, entry)
        elif self.event.kind in _SKIPPED_EVENTS:
            self._in_skipped_event(number, raw, entry)
        elif entry.kind is Kind.TEXT:
            self._text(number, raw, entry.body, continuing)
        else:
            _HANDLERS.get(entry.kind, _Reader._unexpected)(self, number, raw, entry)

    def _start_event(self, number: int, raw: str, entry: Entry) -> None:
        assert entry.event is not None
        cycle = self.cycles[-1]
        if entry.event is EventKind.ARREST and any(
            event.kind in {EventKind.ARREST, EventKind.COURT} for event in cycle.events
        ):
            # A new arrest always opens a cycle: the "* * * *" before it was lost.
            self._start_cycle()
            cycle = self.cycles[-1]
        self.event, self.count = EventEntry(entry.event, number, raw), None
        self.after_event_break = False
        cycle.events.append(self.event)
        for piece in split_joined(entry.body):
            self.feed(number, raw, classify(piece))

    def _outside_event(self, number: int, raw: str, entry: Entry) -> None:
        cycle = self.cycles[-1]
        if entry.kind is Kind.DATE and self.after_event_break and cycle.events:
            # Registration cycles list several events under one header.
            self.event = EventEntry(cycle.events[-1].kind, number, raw)
            cycle.events.append(self.event)
            self._date(number, raw, entry)
        elif entry.kind not in {Kind.NAME_CODE, Kind.BIRTH}:
            self.skip(number, raw, Reason.OUTSIDE_EVENT)

    def _in_skipped_event(self, number: int, raw: str, entry: Entry) -> None:
        if entry.kind is Kind.DISPOSITION:
            reading = read_disposition(entry.body)
            if reading.ended is CountDisposition.CONVICTED:
                self.skip(number, raw, Reason.CONVICTION_OUTSIDE_COURT)

    def _unexpected(self, number: int, raw: str, entry: Entry) -> None:
        self.skip(number, raw, Reason.UNEXPECTED)

    # --- inside an event ---------------------------------------------------------------

    def _name_code(self, number: int, raw: str, entry: Entry) -> None:
        rest = re.sub(rf"^{DIGIT_LIKE}{{1,3}}\s*", "", entry.body)
        if rest:
            self.feed(number, raw, classify(rest))

    def _birth(self, number: int, raw: str, entry: Entry) -> None:
        """An event's DOB:19850312 is the person's again; what a joined line has after it
        (the event's date and agency) is read."""
        _, _, rest = entry.body.partition(" ")
        if rest.strip():
            self.feed(number, raw, classify(rest.strip()))

    def _ignore(self, number: int, raw: str, entry: Entry) -> None:
        """Entries the model has no place for: ARR BY:, DCN:, warrants, an event's DOB."""

    def _date(self, number: int, raw: str, entry: Entry) -> None:
        event = self._event()
        when = Field(entry.when, number, raw)
        if entry.when is None:
            self.skip(number, raw, Reason.DATE)
        if self.count is not None:
            self.count.update_date = when
            if entry.body:
                self.skip(number, entry.body, Reason.AFTER_UPDATE_DATE)
        elif event.when.line is None:
            event.when = when
            if entry.body:
                self._agency(number, raw, entry.body)
        else:
            self.skip(number, raw, Reason.SECOND_DATE)

    def _agency(self, number: int, raw: str, text: str) -> None:
        event = self._event()
        event.agency = Field(text, number, raw)
        if event.kind is EventKind.COURT and county_of(text) is None:
            self.skip(number, text, Reason.COUNTY)

    def _type_of_charge(self, number: int, raw: str, entry: Entry) -> None:
        # One letter (F, M, I), so a digit there is a misread letter ("TOC:1").
        level = read_level(as_letters(entry.body.split()[0])) if entry.body else None
        if level is None:
            self.skip(number, raw, Reason.TYPE_OF_CHARGE)
        target = self.count or self._event()
        target.level = Field(level, number, raw)

    def _count_line(self, number: int, raw: str, entry: Entry) -> None:
        event = self._event()
        if not entry.numbers:
            self.skip(number, raw, Reason.COUNT_NUMBER)
        if entry.case_number:
            event.case_number = Field(entry.case_number, number, raw)
        self.count = CountEntry(
            line=number,
            raw=raw,
            numbers=entry.numbers or (None,),
            case_number=event.case_number,
            case_printed=bool(entry.case_number),
        )
        event.counts.append(self.count)
        if read_charge(entry.body) is not None or is_see_comment(entry.body):
            self._charge(number, raw, entry.body)  # the charge, joined to the count's line
        elif entry.body:
            self.skip(number, entry.body, Reason.NOT_UNDERSTOOD)

    def _case_number(self, number: int, raw: str, entry: Entry) -> None:
        event, count = self._event(), self.count
        event.case_number = Field(entry.body.strip(".,'` ") or None, number, raw)
        if count is None:
            return
        if count.case_printed:
            self.skip(number, raw, Reason.SECOND_CASE_NUMBER)
        else:
            count.case_number, count.case_printed = event.case_number, True

    def _flag(self, number: int, raw: str, entry: Entry) -> None:
        if self.count is not None and "1170(H)" in squeeze(entry.body):
            self.count.county_jail_1170h = True

    def _text(self, number: int, raw: str, text: str, continuing: Kind | None) -> None:
        event, count = self._event(), self.count
        last = count.dispositions[-1] if count and count.dispositions else None
        if continuing is Kind.SENTENCE and last is not None and last.sentence is not None:
            last.sentence.text += ", " + text
            self.continuation = Kind.SENTENCE
        elif count is not None and count.code.line is None:
            self._charge(number, raw, text)
        elif count is not None and continuing is Kind.TEXT and count.description.value:
            count.description = Field(f"{count.description.value} {text}", count.code.line, raw)
            self.continuation = Kind.TEXT
        elif count is None and event.when.line is not None and event.agency.line is None:
            self._agency(number, raw, text)
        else:
            self.skip(number, raw, Reason.NOT_UNDERSTOOD)

    def _charge(self, number: int, raw: str, text: str) -> None:
        count = self._count()
        if is_see_comment(text):
            count.see_comment = True
            count.code = Field(None, number, raw, note="SEE COMMENT FOR CHARGE")
            return
        reading = read_charge(text)
        if reading is None:
            count.code = Field(None, number, raw, note="charge not readable")
            self.skip(number, raw, Reason.CHARGE)
            return
        count.code = Field(reading.code, number, raw)
        count.description = Field(reading.description or None, number, raw)
        if reading.code is None:
            self.skip(number, raw, Reason.CODE_SECTION)
        self.continuation = Kind.TEXT

    def _disposition(self, number: int, raw: str, entry: Entry) -> None:
        event, count = self._event(), self.count
        if count is None:
            self.skip(number, raw, Reason.DISPOSITION_OUTSIDE_COUNT)
            return
        reading = read_disposition(entry.body)
        if reading.outcome is Outcome.UNKNOWN:
            self.skip(number, raw, Reason.DISPOSITION)
        if reading.ended is CountDisposition.CONVICTED and event.kind is not EventKind.COURT:
            self.skip(number, raw, Reason.CONVICTION_OUTSIDE_COURT)
            return
        when = count.update_date or event.when
        count.dispositions.append(
            DispositionEntry(number, raw, entry.body, reading, when, count.update_date is not None)
        )

    def _conviction_status(self, number: int, raw: str, entry: Entry) -> None:
        last = self._last_disposition(number, raw)
        if last is None:
            return
        level = read_level(entry.body)
        if level is None:
            self.skip(number, raw, Reason.CONVICTION_STATUS)
        last.status = Field(level, number, raw)

    def _sentence(self, number: int, raw: str, entry: Entry) -> None:
        last = self._last_disposition(number, raw)
        if last is not None:
            last.sentence = SentenceText(number, raw, entry.body)
            self.continuation = Kind.SENTENCE

    def _comment(self, number: int, raw: str, entry: Entry) -> None:
        count = self.count
        if count is None:
            return
        if count.see_comment and count.code.value is None:
            reading = read_comment_charge(entry.body)
            if reading is not None and reading.code is None:
                self.skip(number, raw, Reason.COMMENT_CHARGE)
            elif reading is not None:
                note = "charge printed in a comment (SEE COMMENT FOR CHARGE)"
                count.code = Field(reading.code, number, raw, note=note)
                count.description = Field(reading.description or None, number, raw)
                return
        written = re.search(r"(?:SEN\s*-\s*X|XSEN\s*:)\s*(.+)", entry.body)
        last = count.dispositions[-1] if count.dispositions else None
        if written is not None and last is not None and last.sentence is None:
            last.sentence = SentenceText(number, raw, written.group(1))

    def _last_disposition(self, number: int, raw: str) -> DispositionEntry | None:
        if self.count is None or not self.count.dispositions:
            self.skip(number, raw, Reason.WITHOUT_DISPOSITION)
            return None
        return self.count.dispositions[-1]

    def _event(self) -> EventEntry:
        assert self.event is not None, "only called inside an event"
        return self.event

    def _count(self) -> CountEntry:
        assert self.count is not None, "only called inside a count"
        return self.count

    # --- the reading -------------------------------------------------------------------

    def record(self, lines: tuple[str, ...]) -> ParsedRecord:
        convictions: list[ParsedConviction] = []
        arrests: list[ParsedArrest] = []
        for cycle in self.cycles:
            found = assembly.convictions(cycle, self.skip)
            convictions.extend(found)
            if not found:
                arrests.extend(assembly.arrests(cycle))
            for event in cycle.events:
                for count in event.counts:
                    if count.see_comment and count.code.value is None:
                        line = count.code.line or count.line
                        self.skip(line, count.code.raw, Reason.SEE_COMMENT_MISSING)
        return ParsedRecord(
            lines=lines,
            person=ParsedPerson(tuple(self.names), self.birth, self.cii, self.sex),
            convictions=tuple(convictions),
            arrests=tuple(arrests),
            unread=tuple(sorted(self.unread, key=lambda unread: unread.line)),
            registered_290=self._registration(),
        )

    def _registration(self) -> Field[bool]:
        """PC 290 registration: a REGISTRATION event whose count is PC 290."""
        for cycle in self.cycles:
            for event in cycle.events:
                if event.kind is not EventKind.REGISTRATION:
                    continue
                for count in event.counts:
                    code = count.code.value or ""
                    if code == "PC 290" or code.startswith("PC 290("):
                        return Field(True, count.code.line, count.code.raw)
        return Field(False, note="no PC 290 registration entry on the record")


_HANDLERS: dict[Kind, _Handler] = {
    Kind.NAME_CODE: _Reader._name_code,
    Kind.BIRTH: _Reader._birth,
    Kind.IGNORED_TAG: _Reader._ignore,
    Kind.DATE: _Reader._date,
    Kind.TYPE_OF_CHARGE: _Reader._type_of_charge,
    Kind.COUNT: _Reader._count_line,
    Kind.CASE_NUMBER: _Reader._case_number,
    Kind.FLAG: _Reader._flag,
    Kind.DISPOSITION: _Reader._disposition,
    Kind.CONV_STATUS: _Reader._conviction_status,
    Kind.SENTENCE: _Reader._sentence,
    Kind.COMMENT: _Reader._comment,
}
