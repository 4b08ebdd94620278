"""A charge as the sheet prints it ("11357(C) HS-POSSESS MARIJUANA") read into a code.

The code is normalised by the project's code reader (`rules/codes.py` through the offense
table, which knows that "476A PC" is section 476a and "11357B HS" subdivision (b)), so the
rules, the offense table and the reader agree on one spelling. OCR digit misreads in the
section are fixed only where a digit must stand (see `tolerant.fix_number_runs`); a
section that still does not read is reported with its text, never replaced by a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clinic_app.core.rapsheet.tolerant import (
    as_letters,
    fix_number_runs,
    is_misread_digit,
    squeeze,
    swap_look_alikes,
)
from clinic_app.core.rules.codes import UnreadableCode
from clinic_app.core.rules.offense_table import offense_table

# Code families as DOJ prints them after the section, longest first ("B&P" before "BP").
_FAMILIES = ("HLTH&SAF", "H&S", "B&P", "W&I", "HSC", "BPC", "HS", "PC", "VC", "BP", "WI", "GC")
_STRAY = ".,'`*-:"
_COMMENT_CHARGE = re.compile(r"CHRG\W*(?P<rest>.+)")
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_ONE_CHARACTER_SUBDIVISION = re.compile(r"\((\w)\)")


@dataclass(frozen=True)
class ChargeReading:
    """A charge line: the canonical code, None when the section cannot be read."""

    code: str | None
    description: str


def read_charge(text: str) -> ChargeReading | None:
    """The code and description of a charge line; None when the line is not a charge."""
    section_part, _, description = text.partition("-")
    reading = _read_code(section_part)
    if reading is None:
        return None
    return ChargeReading(reading.code, " ".join(description.split()))


def read_comment_charge(text: str) -> ChargeReading | None:
    """The charge a comment names after CHRG ("COM: CNT 01 CHRG-11359 HS"), if any."""
    found = _COMMENT_CHARGE.search(text)
    if found is None:
        return None
    tokens = found.group("rest").split()
    for index, token in enumerate(tokens):
        if as_letters(token.strip(_STRAY)) in _FAMILIES:
            reading = _read_code(" ".join(tokens[: index + 1]))
            if reading is not None:
                return ChargeReading(reading.code, " ".join(tokens[index + 1 :]))
    return ChargeReading(None, "")


def is_see_comment(text: str) -> bool:
    """ "SEE COMMENT FOR CHARGE": the charge is written in a COM: line of the count."""
    words = as_letters(squeeze(text)).replace(".", "")
    return words.startswith("SEECOMMENT") and "CHARGE" in words


def _split_family(text: str) -> tuple[str, str] | None:
    """(section, family) of "11357(C) HS", "11357(C) H5" or "11357(C) P C".

    Digits are read as letters only in a family written apart ("H5"): joined to the
    section, "488PC" must stay section 488, not section 48 of "BPC".
    """
    tokens = text.split()
    for size in (1, 2):
        if len(tokens) > size:
            family = as_letters("".join(tokens[-size:]))
            if family in _FAMILIES:
                return "".join(tokens[:-size]), family
    joined = "".join(tokens)
    for family in _FAMILIES:
        if len(joined) > len(family) and joined.endswith(family):
            return joined[: -len(family)], family
    return None


def _other_reading_known(code: str) -> bool:
    """Whether a one-character subdivision such as "(8)" could be a misread "(b)" that the
    offense table knows while it does not know the code as read: then it is left unread."""
    table = offense_table()
    if code in table.codes():
        return False
    for found in _ONE_CHARACTER_SUBDIVISION.finditer(code):
        other = swap_look_alikes(found.group(1).upper()).lower()
        if other != found.group(1):
            alternative = f"{code[: found.start(1)]}{other}{code[found.end(1) :]}"
            if alternative in table.codes():
                return True
    return False


@dataclass(frozen=True)
class _CodeReading:
    code: str | None  # None: a section and a family, but not a code this project can read


def _read_code(text: str) -> _CodeReading | None:
    """The code of "11357(C) HS"; None when the text does not end in a code family or does
    not start with a section number, so it is no charge line at all."""
    split = _split_family(text.strip(_STRAY))
    if split is None:
        return None
    section = fix_number_runs(split[0].strip(_STRAY))
    family = split[1]
    if not section[:1].isdigit():
        return None
    number = _SECTION_NUMBER.match(section)
    after = section[number.end() :].lstrip(".") if number else ""
    if after[:1] and is_misread_digit(after[0]):
        # "1135B", "23103.S": subdivision (b) of 1135, or 11358 with its 8 misread? DOJ
        # prints subdivisions in parentheses, so this is reported rather than decided.
        return _CodeReading(None)
    try:
        code = offense_table().normalise(f"{section} {family}")
    except UnreadableCode:
        return _CodeReading(None)
    return _CodeReading(None if _other_reading_known(code) else code)
