"""The offense table (`resources/rules/offenses.csv`): what the law says about each code.

One row per code and era: AUMA renumbered HS 11357-11360 on 2016-11-09 and Prop 47 changed
HS 11350/11377 on 2014-11-05, so the same code string names different offenses depending on
the offense date (column `applies_to_offense_dates`). Lookup follows exchange-format §1.3:
the exact code first, then the code with its last subdivision dropped, one at a time
(`PC 187(a)` -> `PC 187`), never the other way.

The rules read rows; they never open the file. The table is loaded once and is immutable.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from clinic_app.core.resources import resources_dir
from clinic_app.core.rules.codes import read_code


@dataclass(frozen=True)
class OffenseRow:
    """One row of offenses.csv; flags are the CSV's words ("yes" / "no" / "depends")."""

    code: str
    title: str
    statute_family: str
    offense_class: str  # felony / wobbler / misdemeanor / wobblette / infraction / not_an_offense
    prop64: str  # none / depends / reduce
    prop47: str  # yes / no
    serious_1192_7c: str
    violent_667_5c: str
    registrable_290: str
    excluded_from_1203_4: str
    notes: str
    applies_to_offense_dates: str  # "any", "<YYYY-MM-DD" or ">=YYYY-MM-DD"
    discretionary_1203_4c: str
    sentencing_1170h: str  # yes / no / depends / na

    def applies_on(self, offense_date: date) -> bool:
        era = self.applies_to_offense_dates
        if era == "any":
            return True
        if era.startswith(">="):
            return offense_date >= date.fromisoformat(era[2:])
        return offense_date < date.fromisoformat(era[1:])


@dataclass(frozen=True)
class Lookup:
    """A row found for a code: `row` is None when the code is unknown to the table."""

    row: OffenseRow | None
    matched_code: str  # the table's code that matched ("PC 187" for "PC 187(a)")
    section_level_fallback: bool  # True when a subdivision had to be dropped to match


class OffenseTable:
    def __init__(self, rows: Iterable[OffenseRow]) -> None:
        by_code: dict[str, list[OffenseRow]] = defaultdict(list)
        for row in rows:
            by_code[row.code].append(row)
        self._by_code: Mapping[str, tuple[OffenseRow, ...]] = {
            code: tuple(found) for code, found in by_code.items()
        }
        self._sections = frozenset(code.split("(", 1)[0] for code in self._by_code)

    def __len__(self) -> int:
        return sum(len(rows) for rows in self._by_code.values())

    def rows(self) -> tuple[OffenseRow, ...]:
        """Every row, in the order the table lists codes (for pickers)."""
        return tuple(row for found in self._by_code.values() for row in found)

    def codes(self) -> frozenset[str]:
        return frozenset(self._by_code)

    def is_known_section(self, code: str) -> bool:
        """Whether the table names this section (without subdivisions), e.g. `PC 476a`."""
        return code in self._sections

    def normalise(self, text: str) -> str:
        """Canonical form of a code as written on a record; UnreadableCode if it is none."""
        return read_code(text, self.is_known_section).code

    def lookup(self, code: str, offense_date: date) -> Lookup:
        """The row for `code` on `offense_date`, dropping subdivisions until one matches."""
        candidate = code
        while True:
            for row in self._by_code.get(candidate, ()):
                if row.applies_on(offense_date):
                    return Lookup(row, candidate, section_level_fallback=candidate != code)
            if not candidate.endswith(")"):
                return Lookup(None, code, section_level_fallback=False)
            candidate = candidate[: candidate.rindex("(")]


def load_table(path: Path) -> OffenseTable:
    """Read offenses.csv, refusing a code that is not written in canonical form: a row
    spelt "HS 11357 (a)" would never match and its law would silently not apply."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [OffenseRow(**row) for row in csv.DictReader(handle)]
    table = OffenseTable(rows)
    for row in rows:
        if table.normalise(row.code) != row.code:
            raise ValueError(f"offenses.csv: {row.code!r} is not in canonical form")
    return table


@cache
def offense_table() -> OffenseTable:
    """The app's offense table, loaded once."""
    return load_table(resources_dir() / "rules" / "offenses.csv")
