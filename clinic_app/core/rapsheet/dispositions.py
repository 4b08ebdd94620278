"""What a DISPO line and a SEN line say, in the domain's terms.

A DOJ sheet words the same outcome many ways ("CONV SET ASIDE & DISM PER 1203.4 PC",
"DISMISSED/SEALED PER 11361.8 HS", "PROB REVOKED"), and OCR spaces or misreads letters
("C O N V I C T E D", "12O3.4"). Checks run on the text without spaces, letters read as
letters and numbers as numbers (see `tolerant`), most specific wording first, so a
set-aside "DISM PER 1203.4" is relief on a conviction and not a dismissed count. A wording
that matches nothing is `Outcome.UNKNOWN`, which the parser reports as unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from clinic_app.core.model import Level, Remedy
from clinic_app.core.rapsheet.structures import CountDisposition
from clinic_app.core.rapsheet.tolerant import (
    DIGIT_LIKE,
    as_number,
    is_near,
    read_words,
    squeeze,
    without_marks,
)


class Outcome(StrEnum):
    """The kinds of DISPO line: a count's outcome, or a later update of a conviction."""

    ENDED = "ended"  # the count's outcome: see DispositionReading.ended
    RELIEF = "relief"  # set aside, dismissed or sealed under a remedy
    REDUCED = "reduced"  # a felony reduced (17(b), Prop 47, Prop 64 redesignation)
    PROBATION_MODIFIED = "probation_modified"
    PROBATION_EXTENDED = "probation_extended"
    PROBATION_VIOLATED = "probation_violated"  # a violation, or revoked and reinstated
    PROBATION_REVOKED = "probation_revoked"
    PROBATION_TERMINATED = "probation_terminated"
    SENTENCE_MODIFIED = "sentence_modified"
    NOT_GRANTED = "not_granted"  # a petition denied: nothing changes
    PENDING = "pending"  # diversion or a step that decides nothing yet
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class DispositionReading:
    outcome: Outcome
    ended: CountDisposition | None = None
    remedy: Remedy | None = None
    level_after: Level | None = None  # the level a reduction leaves
    early: bool = False  # "PROB TERMINATED EARLY"


# Remedy sections as they are cited, longest first so 1203.41 is not read as 1203.4.
_SET_ASIDE_SECTIONS = (
    ("1203.425", Remedy.PC1203_425),
    ("1203.42", Remedy.PC1203_42),
    ("1203.41", Remedy.PC1203_41),
    ("1203.49", Remedy.PC1203_49),
    ("1203.4A", Remedy.PC1203_4A),
    ("1203.4", Remedy.PC1203_4),
    ("236.14", Remedy.PC236_14),
)
_PROP_64 = "11361.8"
_PROP_47 = "1170.18"
_SECTION_17B = ("17(B)", "17B")
_ARREST_RELIEF = ("851.91", "851.93", "851.8")  # sealing of an arrest: no conviction changes
_CONVICTED = "CONVICTED"


def read_disposition(text: str) -> DispositionReading:
    """The meaning of the text after "DISPO:"."""
    words = squeeze(read_words(text))
    if "DENIED" in words:
        return DispositionReading(Outcome.NOT_GRANTED)
    return (
        _reduction(words)
        or _relief(words)
        or _probation(words)
        or _count_outcome(words)
        or DispositionReading(Outcome.UNKNOWN)
    )


def _reduction(words: str) -> DispositionReading | None:
    if _PROP_64 in words:
        if any(word in words for word in ("RESENT", "REDESIG", "REDUC", "RECALL")):
            return DispositionReading(
                Outcome.REDUCED, remedy=Remedy.HS11361_8_REDESIGNATE, level_after=_level_in(words)
            )
        return DispositionReading(Outcome.RELIEF, remedy=Remedy.HS11361_8_DISMISS)
    if _PROP_47 in words:
        # PC 1170.18(b), (g): a resentenced or redesignated felony is a misdemeanor.
        return DispositionReading(
            Outcome.REDUCED, remedy=Remedy.PC1170_18, level_after=Level.MISDEMEANOR
        )
    if any(section in words for section in _SECTION_17B):
        return DispositionReading(
            Outcome.REDUCED,
            remedy=Remedy.PC17B,
            level_after=_level_in(words) or Level.MISDEMEANOR,
        )
    return None


def _relief(words: str) -> DispositionReading | None:
    for section, remedy in _SET_ASIDE_SECTIONS:
        if section in words:
            return DispositionReading(Outcome.RELIEF, remedy=remedy)
    if any(section in words for section in _ARREST_RELIEF):
        return DispositionReading(Outcome.NOT_GRANTED)
    return None


def _probation(words: str) -> DispositionReading | None:
    if not words.startswith("PROB"):
        return None
    if "REVOKED" in words or "REVO" in words:
        if "REINST" in words:
            return DispositionReading(Outcome.PROBATION_VIOLATED)
        return DispositionReading(Outcome.PROBATION_REVOKED)
    if "VIOL" in words or "REINST" in words:
        return DispositionReading(Outcome.PROBATION_VIOLATED)
    if "TERM" in words:
        return DispositionReading(Outcome.PROBATION_TERMINATED, early="EARLY" in words)
    if "EXTEND" in words:
        return DispositionReading(Outcome.PROBATION_EXTENDED)
    if "MODIF" in words:
        return DispositionReading(Outcome.PROBATION_MODIFIED)
    return None


def _count_outcome(words: str) -> DispositionReading | None:
    if is_near(words[: len(_CONVICTED)], _CONVICTED):
        return DispositionReading(Outcome.ENDED, ended=CountDisposition.CONVICTED)
    if "SENTENCEMODIFIED" in words or words.startswith(("SENMODIF", "RESENTENCED")):
        return DispositionReading(Outcome.SENTENCE_MODIFIED)
    if "DIVERSION" in words or words.startswith("DIV"):
        if any(word in words for word in ("COMPLET", "DISM", "SUCCESS")):
            return DispositionReading(Outcome.ENDED, ended=CountDisposition.DIVERSION_COMPLETED)
        return DispositionReading(Outcome.PENDING)
    if "ACQUIT" in words or "NOTGUILTY" in words:
        return DispositionReading(Outcome.ENDED, ended=CountDisposition.ACQUITTED)
    if words.startswith("DISM") or "DISMISSED" in words:
        return DispositionReading(Outcome.ENDED, ended=CountDisposition.DISMISSED)
    if words.startswith(("PROSREJ", "PROSREL", "PROSECUTORREJ", "DAREJ", "COMPLAINTREJ")):
        return DispositionReading(Outcome.ENDED, ended=CountDisposition.PROSECUTOR_REJECTED)
    if any(word in words for word in ("DETENTIONONLY", "DETONLY", "RELEASED", "849(B)")):
        return DispositionReading(Outcome.ENDED, ended=CountDisposition.DETENTION_ONLY)
    return None


_LEVEL_WORDS = (
    ("INFRACTION", Level.INFRACTION),
    ("MISD", Level.MISDEMEANOR),
    ("FELONY", Level.FELONY),
)


def _level_in(words: str) -> Level | None:
    return next((level for word, level in _LEVEL_WORDS if word in words), None)


def read_level(text: str) -> Level | None:
    """The level after "CONV STATUS:" ("MISDEMEANOR", "FEL0NY", "M"), or None."""
    words = squeeze(read_words(text))
    for word, level in (("FELONY", Level.FELONY), ("MISDEMEANOR", Level.MISDEMEANOR)):
        if is_near(words[: len(word)], word):
            return level
    if is_near(words[: len("INFRACTION")], "INFRACTION") or words.startswith("TNFRACTION"):
        return Level.INFRACTION
    return {"F": Level.FELONY, "M": Level.MISDEMEANOR, "I": Level.INFRACTION}.get(words)


# --- sentences ----------------------------------------------------------------------------

_DAYS_PER_MONTH, _DAYS_PER_YEAR, _MONTHS_PER_YEAR = 30, 365, 12
_TERM = re.compile(
    rf"(?P<amount>{DIGIT_LIKE}{{1,4}})\s*"
    r"(?P<unit>YEARS?|YRS?|Y|MONTHS?|MOS?|MO|M|DAYS?|DS|D)\s*"
    r"(?P<kind>PROBATION|PROB|COUNTY JAIL|JAIL|JL WORK|JL|STATE PRISON|PRISON|CDC)"
    r"(?P<rest>(?: [A-Z0-9()]+)*)"  # words after the kind: "016 MONTHS JAIL 1170(H)"
)
_UNIT_DAYS = {"Y": _DAYS_PER_YEAR, "M": _DAYS_PER_MONTH, "D": 1}
_LONGEST_TERM_DAYS = 100 * _DAYS_PER_YEAR  # longer is a misread (life terms print "LIFE")
# Parts of a sentence that carry nothing the rules read (restitution, credits, programs).
_IGNORED_PARTS = (
    "RESTN",
    "RSTN",
    "RESTITUTION",
    "CONCURRENT",
    "CONSECUTIVE",
    "CTS",
    "CREDIT",
    "COMMUNITY SERVICE",
    "COMM SERV",
    "PROGRAM",
    "ALCOHOL",
    "COUNSELING",
    "STAYED",
)
_MANDATORY_SUPERVISION = ("MANDATORY SUPERVISION", "MAND SUPV", "MAND SUPERVISION")


@dataclass(frozen=True)
class SentenceReading:
    """The parts of a SEN line the model has a place for; the rest is listed, not dropped."""

    probation: bool = False
    probation_months: int | None = None
    jail_days: int | None = None
    prison_months: int | None = None
    county_jail_1170h: bool = False
    mandatory_supervision: bool = False
    fine: bool = False
    suspended: bool = False  # "SS": a part of the sentence suspended
    prison_suspended: bool = False  # "PRISON SS": the term imposed, its execution suspended
    notes: tuple[str, ...] = ()  # conversions the volunteer should know about
    not_understood: tuple[str, ...] = ()


def read_sentence(text: str) -> SentenceReading:
    """The facts of "003 YEARS PROBATION, 180 DAYS JAIL, FINE, 016 MONTHS PRISON, SS"."""
    parts = [without_marks(part) for part in text.split(",")]
    reading: dict[str, object] = {}
    notes: list[str] = []
    not_understood: list[str] = []
    for part in filter(None, parts):
        if not _read_part(part, reading, notes):
            not_understood.append(part)
    return SentenceReading(
        **reading,  # type: ignore[arg-type]  # keys are SentenceReading's own fields
        notes=tuple(notes),
        not_understood=tuple(not_understood),
    )


def _read_part(part: str, reading: dict[str, object], notes: list[str]) -> bool:
    """Record what one comma-separated part says; False when it says nothing known."""
    words = read_words(part.replace(".", " "))  # "180 DAYS. JAIL": specks read as periods
    suspended = words.endswith(" SS") or words == "SS"
    if suspended:
        reading["suspended"] = True
    term = _TERM.fullmatch(words.removesuffix(" SS"))
    if term is not None:
        return _read_term(term, part, reading, notes, suspended=suspended)
    if "1170(H)" in squeeze(words):
        reading["county_jail_1170h"] = True
        return True
    if any(phrase in words for phrase in _MANDATORY_SUPERVISION):
        reading["mandatory_supervision"] = True
        return True
    if "FINE" in words:
        reading["fine"] = True
        return True
    if words in {"PROBATION", "PROB"}:
        reading["probation"] = True
        return True
    return suspended or any(ignored in words for ignored in _IGNORED_PARTS)


def _read_term(
    term: re.Match[str],
    part: str,
    reading: dict[str, object],
    notes: list[str],
    *,
    suspended: bool,
) -> bool:
    digits = as_number(term.group("amount"), anchored=False)
    if digits is None:
        return False
    amount, unit = int(digits), term.group("unit")[0]
    kind = term.group("kind")
    if kind.startswith("PROB"):
        reading["probation"] = True  # granted, even when its length is misread
    if amount * _UNIT_DAYS[unit] > _LONGEST_TERM_DAYS:
        return False  # "902 YEARS": a misread, not a sentence
    if "1170(H)" in squeeze(term.group("rest")):
        reading["county_jail_1170h"] = True
    if kind.startswith("PROB"):
        if unit == "D":
            notes.append(f"probation given in days ({part}); its length in months is not set")
            return True
        reading["probation_months"] = amount * _MONTHS_PER_YEAR if unit == "Y" else amount
        return True
    if kind.startswith(("JAIL", "JL", "COUNTY")):
        days = amount * _UNIT_DAYS[unit]
        if unit != "D":
            notes.append(f"{part} read as {days} days of jail")
        reading["jail_days"] = days
        return True
    if unit == "D":
        notes.append(f"a prison term in days ({part}) is not read as months")
        return False
    reading["prison_months"] = amount * _MONTHS_PER_YEAR if unit == "Y" else amount
    if suspended:
        reading["prison_suspended"] = True
    return True
