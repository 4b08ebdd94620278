"""One line of a rap sheet: which kind of entry it is, read through OCR noise.

The parser's state machine decides what an entry means where it stands; this module only
says what a line (or a piece of a joined line) is: a cycle separator "* * * *", an event
header "COURT:", a tag "DISPO:", a date, a count "CNT:01-03 #BA123", or free text.

Tags are found on the text without spaces, with digits inside words read as letters, and an
OCR slip of one letter forgiven on long tags ("DISP0:", "C O U R T :", "CONV STATIS:").
Lines OCR joined are split again before every tag that starts an entry, so
"COURT: NAM:01 20080320 CASC LOS ANGELES" reads as the header, a name code and a date line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum

from clinic_app.core.rapsheet.tolerant import (
    DIGIT_LIKE,
    as_letters,
    as_number,
    is_misread_digit,
    is_near,
    read_date,
    squeeze,
    trim_marks,
)


class EventKind(StrEnum):
    ARREST = "ARR/DET/CITE"
    SUPPLEMENTAL_ARREST = "SUPPLEMENTAL ARR"
    COURT = "COURT"
    CUSTODY = "CUSTODY"
    PROBATION = "PROBATION"
    REGISTRATION = "REGISTRATION"
    APPLICANT = "APPLICANT"


class Kind(Enum):
    BLANK = "blank"
    CYCLE_BREAK = "cycle break"  # "* * * *"
    EVENT_BREAK = "event break"  # "- - - -"
    END = "end of message"
    BOILERPLATE = "boilerplate"  # titles, page headers
    PERSON = "person"  # "CII/", "DOB/", "NAM/01": the person block's tags
    EVENT_HEADER = "event header"
    NAME_CODE = "name code"  # "NAM:01" inside an event
    BIRTH = "event date of birth"  # "DOB:19850312" inside an event
    DATE = "date"
    COUNT = "count"
    CASE_NUMBER = "case number"
    DISPOSITION = "disposition"
    CONV_STATUS = "conviction status"
    SENTENCE = "sentence"
    COMMENT = "comment"
    TYPE_OF_CHARGE = "type of charge"  # "TOC:F"
    FLAG = "flag"  # "-BENCH WARRANT", "-1170 (H) PC-SENTENCING"
    IGNORED_TAG = "ignored tag"  # "ARR BY:", "DCN:", "WARRANT #": nothing the model reads
    TEXT = "text"
    NOISE = "noise"  # specks OCR read as characters: no run of three letters or digits


@dataclass(frozen=True)
class Entry:
    """A classified line or piece of one; `body` is the text after its tag."""

    kind: Kind
    text: str
    body: str = ""
    event: EventKind | None = None
    when: date | None = None  # DATE: the date read, None when the token is damaged
    numbers: tuple[int, ...] = ()  # COUNT: the counts it covers; () when unreadable
    case_number: str = ""  # COUNT: "#BA123" printed on the same line


# Event headers by their words without spaces or punctuation.
_EVENT_HEADS = {
    "ARRDETCITE": EventKind.ARREST,
    "SUPPLEMENTALARR": EventKind.SUPPLEMENTAL_ARREST,
    "COURT": EventKind.COURT,
    "CUSTODY": EventKind.CUSTODY,
    "PROBATION": EventKind.PROBATION,
    "REGISTRATION": EventKind.REGISTRATION,
    "APPLICANT": EventKind.APPLICANT,
}
_TAGS = {
    "DISPO": Kind.DISPOSITION,
    "CONVSTATUS": Kind.CONV_STATUS,
    "SEN": Kind.SENTENCE,
    "COM": Kind.COMMENT,
    "TOC": Kind.TYPE_OF_CHARGE,
    "CNT": Kind.COUNT,
    "CNI": Kind.COUNT,  # a common OCR reading of CNT
    "NAM": Kind.NAME_CODE,
    "DOB": Kind.BIRTH,
    "OOB": Kind.BIRTH,  # "00B": OCR read the D as a zero
    "DCN": Kind.IGNORED_TAG,
    "ARRBY": Kind.IGNORED_TAG,
}
_PERSON_TAG = re.compile(r"([A-Z0-9]{3})/")
_TAG_HEAD = re.compile(r"[*.,'`_~\- ]*([A-Z0-9/&. ]{2,24}?)\s*:")
_MAX_HEAD_LETTERS = 16
# Before these a joined line is split ("CNT:01 ... *DISPO:CONVICTED", "* * * ARR/DET/CITE:"),
# the commonest OCR slips allowed.
_JOINED_TAG = re.compile(
    r"(?<=\S)\s+(?=\*?(?:D[I1L|][S5]P[O0]|C[O0]NV\s?[S5]TAT[UI1][S5]|[S5]EN|C[O0]M|T[O0]C"
    r"|CN[TI1]|NAM|[D0O][O0]B|ARR\s?/\s?DET\.?\s?/\s?CITE|C[O0]URT|CUSTODY|PROBATION"
    r"|REGISTRATION|SUPPLEMENTAL ARR|APPLICANT)\s?:)"
)
_COUNT_BODY = re.compile(
    rf"[.,:/\s]*(?P<first>{DIGIT_LIKE}{{1,3}})(?![A-Z0-9])"
    rf"(?:\s*-\s*(?P<last>{DIGIT_LIKE}{{1,3}})(?![A-Z0-9]))?[.\s]*"
    r"(?:#\s*(?P<case>\S+))?\s*(?P<rest>.*)"
)
_BOILERPLATE = (
    "DEPARTMENTOFJUSTICE",
    "BUREAUOFCRIMINAL",
    "CRIMINALHISTORY",
    "RECORDREVIEW",
    "RESTRICTED",
    "CONFIDENTIAL",
    "FOROFFICIALUSE",
    "RE:QHY",
)
_PAGE_MARK = re.compile(r"(?:^|\s)PAGE\s*[0-9OIL]{1,4}(?:\s*OF\s*[0-9OIL]{1,4})?$")
# What Tesseract prints for the asterisks of "* * * *", and how a damaged one looks.
_STAR_GLYPHS = frozenset("*&X+#%\u00ae\u00a9")
_SEPARATOR_TOKENS, _SEPARATOR_STARS, _SEPARATOR_TOKEN_LENGTH, _SEPARATOR_LENGTH = 3, 2, 3, 10
_WORD = re.compile(r"[A-Z0-9]{3}")
_DATE_LENGTH, _DATE_DIGITS = 8, 6  # YYYYMMDD; fewer digit-like characters is no date
_COUNT_TAGS = frozenset(tag for tag, kind in _TAGS.items() if kind is Kind.COUNT)
_MAX_COUNTS = 100  # a count number this high is a misread, not a case


def split_joined(text: str) -> list[str]:
    """The entries of one line: split before each tag that starts an entry."""
    return [piece for piece in _JOINED_TAG.split(text) if piece]


def classify(text: str) -> Entry:
    """What one normalised line (or piece of a joined line) is."""
    shape = _by_shape(text) if text else None
    if shape is not None:
        return Entry(shape, text)
    text = trim_marks(text)  # separators are made of marks, so they are found first
    if not text:
        return Entry(Kind.BLANK, text)
    if _WORD.search(text) is None:
        return Entry(Kind.NOISE, text)  # every entry of a sheet has a word or a number
    return _tagged(text) or _person_tag(text) or _dated(text) or _untagged(text)


def _by_shape(text: str) -> Kind | None:
    """Separators and boilerplate, known by their look rather than their words."""
    compact = squeeze(text)
    if "ENDOFMESSAGE" in as_letters(compact):
        return Kind.END
    marks = compact.strip(".,'`_")
    stars = marks.count("*")
    if stars >= 3 and len(marks) - stars <= 1 and (stars <= 6 or " " in text):
        return Kind.CYCLE_BREAK
    if _looks_like_stars(text):
        return Kind.CYCLE_BREAK
    dashes = sum(marks.count(dash) for dash in "-~")
    if dashes >= 3 and len(marks) == dashes and " " in text and len(marks) <= 12:
        return Kind.EVENT_BREAK
    if set(marks) <= {"*"} and stars:
        return Kind.BOILERPLATE  # a ruled line of asterisks
    letters = as_letters(compact)
    if _PAGE_MARK.search(text) or any(phrase in letters for phrase in _BOILERPLATE):
        return Kind.BOILERPLATE
    return None


def _looks_like_stars(text: str) -> bool:
    """ "* * * *" as OCR prints it: "x * * &", "® *® 2 *", "* * * Aa". Three or more short
    tokens and two or more of the glyphs Tesseract puts for an asterisk, no tag, no word."""
    tokens = [token for token in text.split() if token.strip(".,:'`")]  # specks aside
    if len(tokens) < _SEPARATOR_TOKENS or len("".join(tokens)) > _SEPARATOR_LENGTH:
        return False
    if any(":" in token or "/" in token for token in tokens):
        return False
    if any(len(token) > _SEPARATOR_TOKEN_LENGTH for token in tokens):
        return False
    return sum(char in _STAR_GLYPHS for char in text) >= _SEPARATOR_STARS


def _person_tag(text: str) -> Entry | None:
    """The person block's "TAG/value" entries: "CII/A12345678", "DOB/19850312  SEX/F"."""
    found = _PERSON_TAG.match(text)
    if found is None or not as_letters(found.group(1)).isalpha():
        return None
    if as_letters(squeeze(text)).startswith("ARR/DET"):
        return None  # an arrest header whose colon OCR lost
    return Entry(Kind.PERSON, text, body=text)


def _tagged(text: str) -> Entry | None:
    head = _TAG_HEAD.match(text)
    if head is None:
        return None
    word = as_letters(squeeze(head.group(1))).replace(".", "")
    if len(word) > _MAX_HEAD_LETTERS:
        return None
    body = text[head.end() :].strip()
    event = _event_kind(word)
    if event is not None:
        return Entry(Kind.EVENT_HEADER, text, body=body, event=event)
    kind = next((kind for tag, kind in _TAGS.items() if is_near(word, tag)), None)
    if kind is None:
        return None
    if kind is Kind.COUNT:
        return _count(text, body)
    return Entry(kind, text, body=body)


def _event_kind(word: str) -> EventKind | None:
    plain = word.replace("/", "")
    return next((kind for head, kind in _EVENT_HEADS.items() if is_near(plain, head)), None)


def _count(text: str, body: str) -> Entry:
    """ "CNT:01-03 #BA123456 ...": the counts covered, a case number and any joined text."""
    found = _COUNT_BODY.fullmatch(body)
    if found is None:
        return Entry(Kind.COUNT, text, body=body)
    first = as_number(found.group("first"), anchored=False)
    last = as_number(found.group("last"), anchored=False) if found.group("last") else first
    numbers: tuple[int, ...] = ()
    if first is not None and last is not None and 0 < int(first) <= int(last) < _MAX_COUNTS:
        numbers = tuple(range(int(first), int(last) + 1))
    return Entry(
        Kind.COUNT,
        text,
        body=found.group("rest").strip(),
        numbers=numbers,
        case_number=found.group("case") or "",
    )


def _dated(text: str) -> Entry | None:
    """A line that starts with a date: "20080320  CASC LOS ANGELES" or an update's date.

    A first token of eight digit-like characters is a date even when it cannot be read, so
    the parser reports it instead of taking it for a charge or a court.
    """
    first, _, rest = text.partition(" ")
    token = first.strip(".,'`").replace(".", "")
    digit_like = sum(char.isdigit() or is_misread_digit(char) for char in token)
    if len(token) != _DATE_LENGTH or not token[:1].isdigit() or digit_like < _DATE_DIGITS:
        return None
    if any(char in token for char in "()/-#"):
        return None  # "11358(B)": a code section
    return Entry(Kind.DATE, text, body=rest.strip(), when=read_date(token))


def _untagged(text: str) -> Entry:
    stripped = text.lstrip(".,'` ")
    if stripped.startswith("#"):
        return Entry(Kind.CASE_NUMBER, text, body=stripped[1:].strip())
    if stripped.startswith("-") and not stripped.startswith("- "):
        return Entry(Kind.FLAG, text, body=stripped[1:])
    if as_letters(squeeze(stripped)).startswith("WARRANT"):
        return Entry(Kind.IGNORED_TAG, text, body=stripped)
    first, _, rest = stripped.partition(" ")
    if as_letters(first) in _COUNT_TAGS:
        return _count(text, rest)  # "CNT 01": OCR lost the colon
    return Entry(Kind.TEXT, text, body=stripped)
