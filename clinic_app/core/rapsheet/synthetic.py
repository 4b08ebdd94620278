"""Synthetic California DOJ rap sheets, with the truth they were written from.

No real record is used anywhere. The layout follows the DOJ record-review transcript as Code
for America's MIT-licensed `rap_sheet_parser` documents it in its grammars and tests (a person
block of CII/, DOB/, NAM/ tags; cycles between "* * * *"; ARR/DET/CITE:, COURT:, CUSTODY:,
PROBATION:, REGISTRATION: and APPLICANT: events; CNT:01 counts with DISPO:, CONV STATUS:, SEN:
and COM: lines; later updates under a date line). The code and the wording here are our own.

Codes are real California sections from `resources/rules/offenses.csv`, used only for offense
dates their row applies to. One seed always gives the same sheet. `make_sheet` returns the
text and the facts it wrote (`SyntheticSheet`), and `measure` compares a reading with them
field by field, for the tests and the benchmark. `render_pages` prints the text on letter
pages as a phone photo or a cheap scan would show it, for the OCR path; `confuse` damages
the text itself the way a poor OCR does (look-alike characters, broken and joined lines).

    python -m clinic_app.core.rapsheet.synthetic OUT_DIR --count N [--images] [--seed S]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from clinic_app.core.model import Level, PrisonSentence, Remedy
from clinic_app.core.rapsheet.structures import (
    CountDisposition,
    ParsedArrest,
    ParsedConviction,
    ParsedRecord,
)
from clinic_app.core.rules.offense_table import OffenseRow, offense_table
from clinic_app.core.synthetic import vocabulary

AS_OF = date(2026, 11, 15)
LINES_PER_PAGE = 60  # the page header and its blank line included
PAGE_SIZE_INCHES = (8.5, 11.0)
_REALIGNMENT = date(2011, 10, 1)  # PC 1170(h) county-jail felony sentences from this day
_PROP_47 = date(2014, 11, 5)
_AUMA = date(2016, 11, 9)
_MONTH_DAYS, _YEAR_DAYS = 30, 365
_FONTS = (
    Path("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
)
# Courts as the DOJ names them, and their county. Mostly county seats, some branches.
_COURTS = (
    ("CASC LOS ANGELES", "Los Angeles"),
    ("CASC LOS ANGELES METRO", "Los Angeles"),
    ("CASC VAN NUYS", "Los Angeles"),
    ("CAMC LONG BEACH", "Los Angeles"),
    ("CASC SAN FRANCISCO", "San Francisco"),
    ("CASC SAN FRANCISCO CO", "San Francisco"),
    ("CAMC HAYWARD", "Alameda"),
    ("CASC OAKLAND", "Alameda"),
    ("CASC MCRICHMOND", "Contra Costa"),
    ("CASC SAN DIEGO", "San Diego"),
    ("CASC VISTA", "San Diego"),
    ("CASC SACRAMENTO", "Sacramento"),
    ("CASC FRESNO", "Fresno"),
    ("CASC SANTA ANA", "Orange"),
    ("CASC RIVERSIDE", "Riverside"),
    ("CASC SAN BERNARDINO", "San Bernardino"),
    ("CASC SAN JOSE", "Santa Clara"),
    ("CASC STOCKTON", "San Joaquin"),
    ("CASC BAKERSFIELD", "Kern"),
    ("CASC SANTA ROSA", "Sonoma"),
)
_POLICE = (
    "CAPD LOS ANGELES",
    "CASO LOS ANGELES",
    "CAPD SAN FRANCISCO",
    "CAPD OAKLAND",
    "CASO SAN DIEGO",
    "CAPD SACRAMENTO",
    "CAHP FRESNO",
    "CAPD SAN JOSE",
    "CASO RIVERSIDE",
)
_DISMISSALS = ("DISMISSED/FURTHERANCE OF JUSTICE", "DISMISSED", "DISMISSED/PLEA BARGAIN")
_ENDINGS = {"ACQUITTED": CountDisposition.ACQUITTED, "NOT GUILTY": CountDisposition.ACQUITTED}
_RACES = ("WHITE", "BLACK", "HISPANIC", "ASIAN", "OTHER")


@dataclass(frozen=True)
class TruthPerson:
    names: tuple[str, ...]
    date_of_birth: date
    cii: str
    sex: str
    registered_290: bool


@dataclass(frozen=True)
class TruthConviction:
    """A count of conviction the sheet prints; the parser should read exactly this."""

    cycle: int
    count: int
    case_number: str
    county: str
    code: str
    level: Level
    current_level: Level | None
    offense_date: date  # the cycle's arrest date: a sheet prints no other
    conviction_date: date
    probation_months: int | None
    jail_days: int | None
    prison: PrisonSentence
    fine: bool
    probation_violated: bool
    probation_revoked: bool
    relief: tuple[Remedy, ...]
    charged_codes: tuple[str, ...]  # counts of the same case that were dismissed


@dataclass(frozen=True)
class TruthArrest:
    cycle: int
    arrest_date: date
    code: str
    level: Level
    disposition: CountDisposition | None  # None: the sheet prints no outcome


@dataclass(frozen=True)
class SyntheticSheet:
    text: str
    person: TruthPerson
    convictions: tuple[TruthConviction, ...]
    arrests: tuple[TruthArrest, ...]

    def truth(self) -> dict[str, Any]:
        """The facts written, as JSON (dates ISO, enums by value)."""
        written = {
            "person": self.person.__dict__,
            "convictions": [conviction.__dict__ for conviction in self.convictions],
            "arrests": [arrest.__dict__ for arrest in self.arrests],
        }
        truth: dict[str, Any] = json.loads(json.dumps(written, default=_iso_date))
        return truth


def _iso_date(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON: {value!r}")


def make_sheets(count: int, *, seed: int = 0) -> Iterator[SyntheticSheet]:
    """`count` sheets; sheet i is `make_sheet(seed * 100_003 + i)`, so a prefix is stable."""
    for index in range(count):
        yield make_sheet(seed * 100_003 + index)


def make_sheet(seed: int, *, cycles: int | None = None, as_of: date = AS_OF) -> SyntheticSheet:
    """One person's rap sheet with 1 to 12 cycles (or `cycles`), and its truth."""
    return _Writer(random.Random(seed), as_of).sheet(cycles)


# --- writing a sheet ------------------------------------------------------------------------


@dataclass
class _Count:
    """A count as written: its code row and how it ended."""

    row: OffenseRow
    level: Level
    convicted: bool
    ending: str = ""  # the DISPO text of a count that was not convicted
    see_comment: bool = False


@dataclass
class _Sentence:
    text: str
    probation_months: int | None = None
    jail_days: int | None = None
    prison: PrisonSentence = PrisonSentence.NONE
    fine: bool = False
    county_jail_flag: bool = False


@dataclass
class _Case:
    """One court case: its counts, sentence and later history, as the truth records it."""

    counts: list[_Count]
    sentence: _Sentence
    convicted_on: date
    updates: list[tuple[date, list[str]]] = field(default_factory=list)
    current_level: Level | None = None
    relief: list[Remedy] = field(default_factory=list)
    violated: bool = False
    revoked: bool = False


class _Writer:
    def __init__(self, rng: random.Random, as_of: date) -> None:
        self.rng, self.as_of = rng, as_of
        self.born = as_of
        self.lines: list[str] = []
        self.convictions: list[TruthConviction] = []
        self.arrests: list[TruthArrest] = []
        self.rows = tuple(
            row
            for row in offense_table().rows()
            if row.offense_class != "not_an_offense" and row.registrable_290 == "no"
        )

    def sheet(self, cycles: int | None) -> SyntheticSheet:
        rng = self.rng
        person = self._person()
        count = cycles if cycles is not None else rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 12))
        adult = _add_years(person.date_of_birth, 18)
        latest = self.as_of - timedelta(days=90)
        span = (latest - adult).days
        arrested = sorted(adult + timedelta(days=rng.randrange(span)) for _ in range(count))
        for number, arrest_date in enumerate(arrested, start=1):
            self.lines.append("* * * *")
            self._cycle(number, arrest_date)
        if person.registered_290:
            self.lines.append("* * * *")
            self._registration(person.date_of_birth)
        elif rng.random() < 0.05:
            self.lines.append("* * * *")
            self._applicant(arrested[-1])
        self.lines.append("* * * END OF MESSAGE * * *")
        return SyntheticSheet(
            _paginate(self.lines, person.cii),
            person,
            tuple(self.convictions),
            tuple(self.arrests),
        )

    # --- the person --------------------------------------------------------------------

    def _person(self) -> TruthPerson:
        rng, words = self.rng, vocabulary()
        female = rng.random() < 0.4
        spanish = rng.random() < 0.5
        if spanish:
            firsts = words.spanish_female if female else words.spanish_male
            surnames = words.spanish_surnames
        else:
            firsts = words.english_female if female else words.english_male
            surnames = words.english_surnames
        last, first = _plain(rng.choice(surnames)), _plain(rng.choice(firsts))
        names = [f"{last}, {first}"]
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            names.append(f"{_plain(rng.choice(surnames))}, {first}")
        born = self.as_of - timedelta(days=rng.randrange(25 * _YEAR_DAYS, 62 * _YEAR_DAYS))
        cii = f"A{rng.randrange(10**8):08d}"
        registered = rng.random() < 0.08
        person = TruthPerson(tuple(names), born, cii, "F" if female else "M", registered)
        self.born = born
        self.lines.extend(
            [
                "CALIFORNIA DEPARTMENT OF JUSTICE",
                "BUREAU OF CRIMINAL INFORMATION AND ANALYSIS",
                "RECORD REVIEW - CRIMINAL HISTORY TRANSCRIPT",
                f"RE: QHY.CA{rng.randrange(10**7):07d}   DATE:{_day(self.as_of)}",
                "RESTRICTED: DO NOT USE FOR NON-CRIMINAL JUSTICE PURPOSES",
                "",
                f"CII/{cii}",
                f"DOB/{_day(born)}    SEX/{person.sex}   RAC/{rng.choice(_RACES)}",
                f"HGT/5{rng.randrange(12):02d}  WGT/{rng.randrange(110, 260)}  EYE/BRO  HAI/BLK",
                f"NAM/01 {names[0]}",
                *(f"    {index:02d} {name}" for index, name in enumerate(names[1:], start=2)),
                f"FBI/{rng.randrange(10**6):06d}AB{rng.randrange(10)}",
                f"OCC/{rng.choice(('LABORER', 'COOK', 'DRIVER', 'CASHIER', 'UNEMPLOYED'))}",
            ]
        )
        return person

    # --- cycles --------------------------------------------------------------------------

    def _cycle(self, number: int, arrested: date) -> None:
        rng = self.rng
        pick = rng.random()
        court_date = min(arrested + timedelta(days=rng.randrange(20, 200)), self.as_of)
        if pick < 0.62:
            case = self._convicted_case(arrested, court_date)
        elif pick < 0.75:
            case = self._dismissed_case(arrested, court_date)
        else:
            self._arrest_only(number, arrested)
            return
        self._arrest_event(arrested, case.counts)
        self.lines.append("- - - -")
        self._court_event(number, arrested, case)
        if any(count.convicted for count in case.counts) and rng.random() < 0.2:
            self.lines.append("- - - -")
            self._custody_event(court_date, case.counts[0])

    def _arrest_event(self, arrested: date, counts: Sequence[_Count]) -> None:
        self.lines.extend(
            [
                f"ARR/DET/CITE: NAM:01 DOB:{_day(self.born)}",
                f"{_day(arrested)}  {self.rng.choice(_POLICE)}",
            ]
        )
        for index, count in enumerate(counts, start=1):
            booking = f"     #{self.rng.randrange(10**9):09d}" if index == 1 else ""
            self.lines.extend(
                [
                    f"CNT:{index:02d}{booking}",
                    f"  {_charge(count.row)}",
                    f"   TOC:{count.level.value[0].upper()}",
                ]
            )

    def _arrest_only(self, number: int, arrested: date) -> None:
        rng = self.rng
        counts = [self._count(arrested, convicted=False) for _ in range(rng.choice((1, 1, 2)))]
        ending = rng.choice(
            ("RELEASED/DETENTION ONLY", "PROS REJ-LACK OF SUFFICIENT EVIDENCE", "")
        )
        disposition = {
            "RELEASED/DETENTION ONLY": CountDisposition.DETENTION_ONLY,
            "PROS REJ-LACK OF SUFFICIENT EVIDENCE": CountDisposition.PROSECUTOR_REJECTED,
        }.get(ending)
        self.lines.extend(
            ["ARR/DET/CITE: NAM:01", f"{_day(arrested)}  {rng.choice(_POLICE)}"]
        )
        for index, count in enumerate(counts, start=1):
            self.lines.extend(
                [
                    f"CNT:{index:02d}     #{rng.randrange(10**9):09d}",
                    f"  {_charge(count.row)}",
                    f"   TOC:{count.level.value[0].upper()}",
                ]
            )
            if ending:
                self.lines.append(f" DISPO:{ending}")
            self.arrests.append(
                TruthArrest(number, arrested, count.row.code, count.level, disposition)
            )

    def _dismissed_case(self, arrested: date, court_date: date) -> _Case:
        rng = self.rng
        counts = [self._count(arrested, convicted=False) for _ in range(rng.choice((1, 1, 2)))]
        for count in counts:
            count.ending = rng.choice((*_DISMISSALS, "ACQUITTED", "NOT GUILTY"))
        return _Case(counts, _Sentence(""), court_date)

    def _convicted_case(self, arrested: date, court_date: date) -> _Case:
        rng = self.rng
        total = rng.choice((1, 1, 1, 2, 2, 3))
        convicted = [self._count(arrested, convicted=True)]
        if total == 3 and rng.random() < 0.5:
            convicted.append(_Count(convicted[0].row, convicted[0].level, convicted=True))
        others = [self._count(arrested, convicted=False) for _ in range(total - len(convicted))]
        for count in others:
            count.ending = rng.choice(_DISMISSALS)
        counts = convicted + others
        case = _Case(counts, self._sentence(convicted, court_date), court_date)
        self._history(case, arrested)
        return case

    def _count(self, arrested: date, *, convicted: bool) -> _Count:
        rng = self.rng
        rows = [row for row in self.rows if row.applies_on(arrested)]
        row = rng.choice(rows)
        level = _level(rng, row.offense_class)
        return _Count(row, level, convicted, see_comment=convicted and rng.random() < 0.06)

    # --- sentences and later history -------------------------------------------------------

    def _sentence(self, convicted: Sequence[_Count], pronounced: date) -> _Sentence:
        rng = self.rng
        level = max((count.level for count in convicted), key=_severity)
        if level is Level.INFRACTION:
            return _Sentence("FINE", fine=True)
        fine = rng.random() < 0.4
        extras = ", FINE" if fine else ""
        if level is Level.MISDEMEANOR:
            jail = rng.choice((0, 2, 10, 30, 90, 180))
            if rng.random() < 0.8:
                months = rng.choice((12, 24, 36))
                return _Sentence(
                    f"{_term(rng, months, 'PROBATION')}{_jail_text(rng, jail)}{extras}",
                    probation_months=months,
                    jail_days=jail or None,
                    fine=fine,
                )
            jail = jail or 30
            return _Sentence(f"{jail:03d} DAYS JAIL{extras}", jail_days=jail, fine=fine)
        return self._felony_sentence(convicted, pronounced, fine, extras)

    def _felony_sentence(
        self, convicted: Sequence[_Count], pronounced: date, fine: bool, extras: str
    ) -> _Sentence:
        rng = self.rng
        pick = rng.random()
        if pick < 0.6:
            months = rng.choice((36, 36, 48, 60))
            jail = rng.choice((0, 90, 180, 365))
            text = f"{_term(rng, months, 'PROBATION')}{_jail_text(rng, jail)}{extras}"
            if rng.random() < 0.3:
                text += f", {rng.choice((16, 24, 36)):03d} MONTHS PRISON SS"
            return _Sentence(text, probation_months=months, jail_days=jail or None, fine=fine)
        realigned = all(count.row.sentencing_1170h == "yes" for count in convicted)
        if realigned and pronounced >= _REALIGNMENT and pick < 0.8:
            months = rng.choice((16, 24, 36))
            split = rng.random() < 0.5
            return _Sentence(
                f"{months:03d} MONTHS JAIL" + (", MANDATORY SUPERVISION" if split else ""),
                jail_days=months * _MONTH_DAYS,
                prison=(
                    PrisonSentence.COUNTY_JAIL_1170H_SPLIT
                    if split
                    else PrisonSentence.COUNTY_JAIL_1170H_STRAIGHT
                ),
                county_jail_flag=True,
            )
        years = rng.choice((2, 3, 4))
        return _Sentence(f"{years:03d} YEARS PRISON", prison=PrisonSentence.STATE_PRISON)

    def _history(self, case: _Case, arrested: date) -> None:
        """Later updates: violations, reductions, set-asides, resentencing, each only where
        the law allows it, and dated after the sentence and before today."""
        rng, sentence = self.rng, case.sentence
        convicted = [count for count in case.counts if count.convicted]
        later = _Later(rng, case.convicted_on, self.as_of)
        if sentence.probation_months and rng.random() < 0.15:
            revoked = rng.random() < 0.35
            if revoked:
                case.violated = later.add(case, ["PROBATION REVOKED"], "SEN: 180 DAYS JAIL")
            else:
                case.violated = later.add(case, ["PROBATION REVOKED AND REINSTATED"])
            case.revoked = revoked and case.violated
        felonies = all(count.level is Level.FELONY for count in convicted)
        wobblers = all(count.row.offense_class == "wobbler" for count in convicted)
        misdemeanor = Level.MISDEMEANOR
        if felonies and wobblers and sentence.probation_months and rng.random() < 0.2:
            reduced = ["REDUCED TO MISD PER 17(B) PC"]
            later.add(case, reduced, relief=Remedy.PC17B, level=misdemeanor)
        elif felonies and _all_prop_47(convicted) and arrested < _PROP_47 and rng.random() < 0.4:
            resentenced = ["RECALLED AND RESENTENCED PER 1170.18 PC"]
            later.add(case, resentenced, relief=Remedy.PC1170_18, level=misdemeanor)
        cannabis = all(count.row.prop64 != "none" for count in convicted)
        if cannabis and arrested < _AUMA and rng.random() < 0.5:
            later.add(case, ["DISMISSED/SEALED PER 11361.8 HS"], relief=Remedy.HS11361_8_DISMISS)
        elif sentence.probation_months and not case.revoked and rng.random() < 0.35:
            later.add(case, ["CONV SET ASIDE & DISM PER 1203.4 PC"], relief=Remedy.PC1203_4)
        elif not sentence.probation_months and not felonies and rng.random() < 0.2:
            later.add(case, ["CONV SET ASIDE & DISM PER 1203.4A PC"], relief=Remedy.PC1203_4A)

    # --- events ----------------------------------------------------------------------------

    def _court_event(self, number: int, arrested: date, case: _Case) -> None:
        rng = self.rng
        agency, county = rng.choice(_COURTS)
        felony = any(count.level is Level.FELONY for count in case.counts)
        case_number = _case_number(rng, case.convicted_on, felony)
        self.lines.extend(["COURT:                NAM:01", f"{_day(case.convicted_on)}  {agency}"])
        index = 1
        for count, repeated in _runs(case.counts):
            label = f"{index:02d}" + (f"-{index + repeated - 1:02d}" if repeated > 1 else "")
            self._court_count(label, index == 1, case_number, count, case)
            for numbered in range(index, index + repeated):
                self._truth(number, numbered, case_number, county, arrested, count, case)
            index += repeated
        for when, lines in case.updates:
            self.lines.extend(["", f"  {_day(when)}", *(f"   {line}" for line in lines)])

    def _court_count(
        self, label: str, first: bool, case_number: str, count: _Count, case: _Case
    ) -> None:
        lines = self.lines
        lines.append(f"CNT:{label}" + (f"     #{case_number}" if first else ""))
        if count.convicted and case.sentence.county_jail_flag:
            lines.append(" .-1170 (H) PC-SENTENCING")
        lines.append("  SEE COMMENT FOR CHARGE" if count.see_comment else f"  {_charge(count.row)}")
        if not count.convicted:
            lines.extend([f" DISPO:{count.ending}", ""])
            return
        lines.extend(["*DISPO:CONVICTED", f"   CONV STATUS:{count.level.value.upper()}"])
        if case.sentence.text:
            lines.append(f"   SEN: {case.sentence.text}")
        if count.see_comment:
            section, family = _printed_code(count.row)
            lines.append(f"   COM: CNT {label[:2]} CHRG-{section} {family}")
        lines.append("")

    def _truth(
        self,
        cycle: int,
        number: int,
        case_number: str,
        county: str,
        arrested: date,
        count: _Count,
        case: _Case,
    ) -> None:
        if not any(other.convicted for other in case.counts):
            ended = _ENDINGS.get(count.ending, CountDisposition.DISMISSED)
            self.arrests.append(TruthArrest(cycle, arrested, count.row.code, count.level, ended))
        if not count.convicted:
            return
        sentence = case.sentence
        self.convictions.append(
            TruthConviction(
                cycle=cycle,
                count=number,
                case_number=case_number,
                county=county,
                code=count.row.code,
                level=count.level,
                current_level=case.current_level,
                offense_date=arrested,
                conviction_date=case.convicted_on,
                probation_months=sentence.probation_months,
                jail_days=180 if case.revoked else sentence.jail_days,
                prison=sentence.prison,
                fine=sentence.fine,
                probation_violated=case.violated,
                probation_revoked=case.revoked,
                relief=tuple(case.relief),
                charged_codes=tuple(
                    dict.fromkeys(
                        other.row.code
                        for other in case.counts
                        if not other.convicted and other.row.code != count.row.code
                    )
                ),
            )
        )

    def _custody_event(self, when: date, count: _Count) -> None:
        self.lines.extend(
            [
                "CUSTODY:JAIL",
                "NAM:01",
                f"{_day(min(when + timedelta(days=2), self.as_of))} CASO {self._county_name()}",
                f"CNT:01 #{self.rng.randrange(10**8):08d}",
                f"  {_charge(count.row)}",
            ]
        )

    def _registration(self, born: date) -> None:
        registered = min(_add_years(born, 19 + self.rng.randrange(10)), self.as_of)
        self.lines.extend(
            [
                "REGISTRATION:         NAM:01",
                f"{_day(registered)}  CASO {self._county_name()}",
                "",
                f"CNT:01     #{self.rng.randrange(10**7):07d}",
                "  290 PC-REGISTRATION OF SEX OFFENDER",
            ]
        )

    def _county_name(self) -> str:
        return self.rng.choice(_COURTS)[1].upper()

    def _applicant(self, after: date) -> None:
        self.lines.extend(
            [
                "APPLICANT:            NAM:01",
                f"{_day(min(after + timedelta(days=400), self.as_of))}  CASD SOCIAL SERV CCL-CRCB",
                "CNT:01     #A2B3C4D5",
                "  APPLICANT ADULT DAY/RESIDENT REHAB",
            ]
        )


class _Later:
    """Updates in date order, each after the last and before `as_of`, recorded in the case's
    truth only when there was a day left to write them on."""

    def __init__(self, rng: random.Random, start: date, as_of: date) -> None:
        self.rng, self.last, self.as_of = rng, start, as_of

    def add(
        self,
        case: _Case,
        dispositions: list[str],
        *extra: str,
        relief: Remedy | None = None,
        level: Level | None = None,
    ) -> bool:
        """Write an update (DISPO lines, then `extra` lines); `level` is the conviction's
        new status, printed as CONV STATUS."""
        room = (self.as_of - self.last).days
        if room < 2:
            return False
        self.last += timedelta(days=1 + self.rng.randrange(min(room - 1, 900)))
        lines = [f"DISPO:{text}" for text in dispositions] + list(extra)
        if level is not None:
            lines.append(f"CONV STATUS:{level.value.upper()}")
            case.current_level = level
        if relief is not None:
            case.relief.append(relief)
        case.updates.append((self.last, lines))
        return True


# --- OCR damage on text ----------------------------------------------------------------

_CONFUSIONS = {"0": "O", "O": "0", "1": "l", "I": "1", "5": "S", "S": "5", "8": "B", "B": "8"}
_DAMAGED_SEPARATORS = ("* * *", "x * * &", "* * * .", ". * * * *", "* *  * *")
_STRAY_MARKS = (". ", "' ", ", ", "_ ")


def confuse(text: str, seed: int, *, rate: float = 0.05) -> str:
    """The text as a poor OCR gives it: look-alike characters swapped (O/0, I/l/1, S/5,
    B/8) at `rate`, and at about a quarter of it each: lines broken at a space, lines
    joined to the one before, stray marks before a line, spaces doubled; separators damaged.
    """
    rng = random.Random(seed)
    out: list[str] = []
    for line in text.splitlines():
        if line == "* * * *" and rng.random() < rate * 4:
            out.append(rng.choice(_DAMAGED_SEPARATORS))
            continue
        damaged = "".join(
            _CONFUSIONS[char] if char in _CONFUSIONS and rng.random() < rate else char
            for char in line
        )
        roll = rng.random() * 4 / rate if rate else 4.0
        spaces = [index for index, char in enumerate(damaged) if char == " " and index > 0]
        if roll < 1 and spaces:
            cut = rng.choice(spaces)
            out.extend([damaged[:cut], damaged[cut + 1 :]])
        elif roll < 2 and out and damaged.strip():
            out[-1] = f"{out[-1]} {damaged.strip()}"
        elif roll < 3:
            out.append(rng.choice(_STRAY_MARKS) + damaged)
        elif roll < 4 and spaces:
            cut = rng.choice(spaces)
            out.append(f"{damaged[:cut]} {damaged[cut:]}")
        else:
            out.append(damaged)
    return "\n".join(out) + "\n"


# --- measuring a reading against the truth ---------------------------------------------


@dataclass(frozen=True)
class Accuracy:
    """How much of the truth a reading found, field by field (sums over sheets with +).

    A conviction is found when a parsed conviction has its code and conviction date; the
    other fields are then compared on the found ones. `invented` counts parsed convictions
    whose code and date were read but match nothing written: 0 on clean text; OCR misreads
    (a 0 read as 8 in a section) are the only way it can rise.
    """

    convictions: int = 0
    found: int = 0  # code and conviction date right
    level: int = 0
    offense_date: int = 0
    county: int = 0
    case_number: int = 0
    sentence: int = 0  # probation months, jail days, custody type and fine all right
    relief: int = 0
    invented: int = 0
    arrests: int = 0
    arrests_found: int = 0  # code and arrest date right
    arrest_disposition: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(
            *(getattr(self, name) + getattr(other, name) for name in self.__dataclass_fields__)
        )

    def share(self, name: str) -> float:
        """A count as a share of the convictions (or arrests) written; 1.0 when none were."""
        total = self.arrests if name.startswith("arrest") else self.convictions
        return getattr(self, name) / total if total else 1.0


def measure(sheet: SyntheticSheet, parsed: ParsedRecord) -> Accuracy:
    """Compare a reading of `sheet` with what was written on it."""
    counts = dict.fromkeys(Accuracy.__dataclass_fields__, 0)
    counts["convictions"], counts["arrests"] = len(sheet.convictions), len(sheet.arrests)
    convictions = list(parsed.convictions)
    for truth in sheet.convictions:
        match = _take(convictions, truth.code, truth.conviction_date, _conviction_date)
        for name, right in (_compare(truth, match) if match else {}).items():
            counts[name] += right
    # Read but wrong: a code and a date that no written conviction has. A conviction whose
    # code or date was left unread is not counted: the reader said it could not read it.
    counts["invented"] = sum(
        1
        for found in convictions
        if found.code.value is not None and found.conviction_date.value is not None
    )
    arrests = list(parsed.arrests)
    for written in sheet.arrests:
        read = _take(arrests, written.code, written.arrest_date, _arrest_date)
        if read is not None:
            counts["arrests_found"] += 1
            counts["arrest_disposition"] += read.disposition.value == written.disposition
    return Accuracy(**counts)


_Parsed = TypeVar("_Parsed", ParsedConviction, ParsedArrest)


def _take(
    candidates: list[_Parsed], code: str, day: date, day_of: Callable[[_Parsed], date | None]
) -> _Parsed | None:
    """The first candidate read with this code and date, taken off the list."""
    for found in candidates:
        if found.code.value == code and day_of(found) == day:
            candidates.remove(found)
            return found
    return None


def _conviction_date(found: ParsedConviction) -> date | None:
    return found.conviction_date.value


def _arrest_date(found: ParsedArrest) -> date | None:
    return found.arrest_date.value


def _compare(truth: TruthConviction, found: ParsedConviction) -> dict[str, bool]:
    return {
        "found": True,
        "level": found.level.value == truth.level,
        "offense_date": found.offense_date.value == truth.offense_date,
        "county": found.county.value == truth.county,
        "case_number": found.case_number.value == truth.case_number,
        "sentence": (
            found.probation_months.value == truth.probation_months
            and found.jail_days.value == truth.jail_days
            and found.prison.value is truth.prison
            and bool(found.fine.value) == truth.fine
        ),
        "relief": (
            tuple(dict.fromkeys(relief.value for relief in found.relief_granted)) == truth.relief
            and found.current_level.value == truth.current_level
            and bool(found.probation_revoked.value) == truth.probation_revoked
        ),
    }


# --- printing ---------------------------------------------------------------------------


def _all_prop_47(counts: Sequence[_Count]) -> bool:
    return all(count.row.prop47 == "yes" for count in counts)


def _runs(counts: Sequence[_Count]) -> Iterator[tuple[_Count, int]]:
    """Counts with their repeats: convicted counts of one code print as a range (CNT:01-02)."""
    position = 0
    while position < len(counts):
        count, repeated = counts[position], 1
        while position + repeated < len(counts) and _same(count, counts[position + repeated]):
            repeated += 1
        yield count, repeated
        position += repeated


def _same(first: _Count, second: _Count) -> bool:
    return first.convicted and second.convicted and first.row is second.row


def _charge(row: OffenseRow) -> str:
    section, family = _printed_code(row)
    return f"{section} {family}-{_description(row.title)}"


def _printed_code(row: OffenseRow) -> tuple[str, str]:
    """ "HS 11360(a)(2)" as the DOJ prints it: ("11360(A)(2)", "HS")."""
    family, section = row.code.split(" ", 1)
    return section.upper(), family


def _description(title: str) -> str:
    """The offense-table title in the DOJ's style: capitals, short, plain punctuation."""
    plain = _plain(title).upper().replace("<=", "UP TO ").replace(">", "OVER ")
    kept = "".join(char for char in plain if char.isalnum() or char in " /&.,()")
    return " ".join(kept.split())[:40].rstrip(" ,")


def _plain(text: str) -> str:
    """Upper-case ASCII, as the DOJ's system prints names ("Núñez" -> "NUNEZ")."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return folded.upper()


def _day(day: date) -> str:
    return day.strftime("%Y%m%d")


def _term(rng: random.Random, months: int, kind: str) -> str:
    """A term in months or, when whole, sometimes in years: "036 MONTHS" or "003 YEARS"."""
    if months % 12 == 0 and rng.random() < 0.5:
        return f"{months // 12:03d} YEARS {kind}"
    return f"{months:03d} MONTHS {kind}"


def _jail_text(rng: random.Random, days: int) -> str:
    if not days:
        return ""
    if days % _MONTH_DAYS == 0 and days < _YEAR_DAYS and rng.random() < 0.3:
        return f", {days // _MONTH_DAYS:03d} MONTHS JAIL"
    return f", {days:03d} DAYS JAIL"


def _level(rng: random.Random, offense_class: str) -> Level:
    if offense_class == "felony":
        return Level.FELONY
    if offense_class == "wobbler":
        return rng.choice((Level.FELONY, Level.MISDEMEANOR))
    if offense_class == "wobblette":
        return rng.choice((Level.MISDEMEANOR, Level.INFRACTION))
    if offense_class == "infraction":
        return Level.INFRACTION
    return Level.MISDEMEANOR


def _severity(level: Level) -> int:
    return (Level.INFRACTION, Level.MISDEMEANOR, Level.FELONY).index(level)


def _case_number(rng: random.Random, filed: date, felony: bool) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"{rng.choice(('BA', 'GA', 'SA', 'VA'))}{rng.randrange(10**6):06d}"
    if style == 1:
        return f"{'F' if felony else 'M'}{rng.randrange(10**7):07d}"
    return f"{filed.year % 100:02d}{'CF' if felony else 'CM'}{rng.randrange(10**5):05d}"


def _paginate(lines: Sequence[str], cii: str) -> str:
    """The lines on pages of LINES_PER_PAGE, each page after the first under a header, as
    the DOJ prints a long transcript."""
    first, rest = list(lines[:LINES_PER_PAGE]), lines[LINES_PER_PAGE:]
    body = LINES_PER_PAGE - 2  # later pages start with a header and a blank line
    pages = [first] + [list(rest[start : start + body]) for start in range(0, len(rest), body)]
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        if number > 1:
            out.extend([f"CII/{cii}".ljust(50) + f"PAGE {number} OF {len(pages)}", ""])
        out.extend(page)
    return "\n".join(out) + "\n"


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# --- pictures of pages ------------------------------------------------------------------


def render_pages(text: str, seed: int, *, noise: float = 0.5, dpi: int = 200) -> list[Image.Image]:
    """The text on letter pages, LINES_PER_PAGE lines each, in a monospaced font.

    `noise` from 0 (a clean print) to 1 (a poor phone photo) adds, in proportion: a slight
    turn (up to 2 degrees), uneven lighting, blur, speckle, a lower resolution and JPEG
    artefacts. The same text, seed and noise always give the same pictures.
    """
    rng = random.Random(seed)
    lines = text.splitlines()
    chunks = [lines[at : at + LINES_PER_PAGE] for at in range(0, len(lines), LINES_PER_PAGE)]
    return [_photograph(_print(chunk, dpi), rng, noise) for chunk in chunks or [[]]]


def _print(lines: Sequence[str], dpi: int) -> Image.Image:
    width, height = (round(inches * dpi) for inches in PAGE_SIZE_INCHES)
    page = Image.new("L", (width, height), 255)
    margin = dpi // 2
    line_height = (height - 2 * margin) / LINES_PER_PAGE
    font = _font(round(line_height * 0.8))
    draw = ImageDraw.Draw(page)
    for index, line in enumerate(lines):
        draw.text((margin, margin + index * line_height), line, fill=0, font=font)
    return page


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in _FONTS:
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def _photograph(page: Image.Image, rng: random.Random, noise: float) -> Image.Image:
    if noise <= 0:
        return page.convert("RGB")
    width, height = page.size
    # Uneven lighting: a smooth blend of a few random brightnesses across the page.
    shade = Image.new("L", (3, 4))
    shade.putdata([255 - rng.randrange(round(90 * noise) + 1) for _ in range(12)])
    page = ImageChops.multiply(page, shade.resize(page.size, Image.Resampling.BICUBIC))
    page = page.rotate(rng.uniform(-2, 2) * noise, resample=Image.Resampling.BICUBIC, fillcolor=90)
    page = page.filter(ImageFilter.GaussianBlur(0.3 + 0.9 * noise))
    draw = ImageDraw.Draw(page)
    for _ in range(round(4000 * noise)):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.point((x, y), fill=rng.choice((0, 60, 255)))
    scale = 1 - 0.35 * noise
    page = page.resize((round(width * scale), round(height * scale)), Image.Resampling.BILINEAR)
    buffer = io.BytesIO()
    page.convert("RGB").save(buffer, "JPEG", quality=round(85 - 45 * noise))
    buffer.seek(0)
    with Image.open(buffer) as photo:
        return photo.convert("RGB")


# --- command line -----------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m clinic_app.core.rapsheet.synthetic",
        description="Write synthetic rap sheets (.txt), their truth (.json) and page pictures.",
    )
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--images", action="store_true", help="also write page pictures (.png)")
    parser.add_argument("--noise", type=float, default=0.5, help="0 clean to 1 poor photo")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for index, sheet in enumerate(make_sheets(args.count, seed=args.seed), start=1):
        stem = args.out_dir / f"sheet-{index:04d}"
        stem.with_suffix(".txt").write_text(sheet.text, encoding="utf-8")
        stem.with_suffix(".json").write_text(json.dumps(sheet.truth(), indent=2) + "\n")
        if args.images:
            for page, image in enumerate(render_pages(sheet.text, index, noise=args.noise), 1):
                image.save(args.out_dir / f"sheet-{index:04d}-p{page}.png")
    print(f"wrote {args.count} synthetic rap sheet(s) to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
