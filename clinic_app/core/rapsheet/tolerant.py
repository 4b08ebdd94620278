"""Reading words and numbers through OCR noise, without guessing.

Tesseract confuses a few glyph pairs on typewriter-like rap sheets: O/0, I/l/1, S/5, B/8
(and Z/2). Which one was meant is decided by where it stands, never by what would be
convenient: in a date or a count number every character must be a digit, so an "O" there is
a zero; in a keyword every character is a letter, so a "0" there is an O. A token that still
does not fit after that is left unread and reported, so no code, date or number is invented.

Every function here looks at one short line at a time with plain loops or anchored regexes,
so a 200-page record costs time in proportion to its length.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# Letters OCR prints where a digit was meant, and the digit; and the other way round.
_DIGIT_FOR = {
    "O": "0",
    "Q": "0",
    "I": "1",
    "L": "1",
    "|": "1",
    "!": "1",
    "S": "5",
    "B": "8",
    "Z": "2",
    "@": "0",  # the dotted or slashed zero of typewriter-like fonts
    "\u00a9": "0",  # ©, the same
    "\u00d8": "0",  # Ø, the same
}
_LETTER_FOR = {"0": "O", "1": "I", "|": "I", "5": "S", "8": "B", "$": "S"}
_TO_DIGITS = str.maketrans(_DIGIT_FOR)
_TO_LETTERS = str.maketrans(_LETTER_FOR)

# Typography a PDF or OCR puts in that the typewritten sheet never had.
_PLAIN = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2010": "-",
        "\u00b7": ".",
        "\u2022": ".",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\t": " ",
        "\f": " ",
        ";": ":",  # "DISPO;" and "NAM;01" are common misreads of the colon
    }
)
_EARLIEST_YEAR, _LATEST_YEAR = 1900, 2100
# A regex character class of what may stand for a digit ("[0-9OQ...]").
DIGIT_LIKE = "[0-9" + re.escape("".join(_DIGIT_FOR)) + "]"
_DIGIT_RUN = re.compile(rf"{DIGIT_LIKE}+(?:\.{DIGIT_LIKE}+)*")  # "1203.4", "11362.1"
_BORDER_MARKS = frozenset({"|", "||", "_", "!"})  # a page edge OCR read as a glyph


def normalise_line(raw: str) -> str:
    """Upper case, plain punctuation, single spaces, no page-edge marks ("|"): the form
    every check reads."""
    text = unicodedata.normalize("NFKC", raw).translate(_PLAIN).upper()
    return " ".join(token for token in text.split() if token not in _BORDER_MARKS)


def trim_marks(text: str) -> str:
    """Without the marks OCR adds around an entry (specks read as ". , '"): the tokens
    from the first to the last that hold a letter or a digit; "" when none does."""
    tokens = text.split()
    worded = [index for index, token in enumerate(tokens) if _has_word(token)]
    return " ".join(tokens[worded[0] : worded[-1] + 1]) if worded else ""


def without_marks(text: str) -> str:
    """The tokens of `text` that hold a letter or a digit."""
    return " ".join(token for token in text.split() if _has_word(token))


def _has_word(token: str) -> bool:
    return any(char.isalnum() for char in token)


def squeeze(text: str) -> str:
    """Without spaces: "C O N V I C T E D" and "CONV  STATUS" read as their words."""
    return "".join(text.split())


def as_letters(text: str) -> str:
    """Digits OCR put inside a word turned back into letters: "C0URT" -> "COURT"."""
    return text.translate(_TO_LETTERS)


def read_words(text: str) -> str:
    """Each space-separated token read as a word or as a number, by what most of it is.

    "C0URT" has more letters than digits, so it is the word COURT; "12O3.4" has more
    digits, so it is the number 1203.4; "BA123456" keeps its letters (see fix_number_runs).
    """
    return " ".join(_read_token(token) for token in text.split())


def _read_token(token: str) -> str:
    digits = sum(char.isdigit() for char in token)
    letters = sum(char.isalpha() for char in token)
    if digits == 0:
        return as_letters(token) if "|" in token or "$" in token else token
    if letters > digits:
        return as_letters(token)
    return fix_number_runs(token)


def as_number(token: str, *, anchored: bool = True) -> str | None:
    """The digits of a token that must be a number ("2O08O1l5" -> "20080115"), or None when
    a character cannot be a digit or, when `anchored`, no real digit anchors the reading.

    Where the layout itself says a number stands (after "CNT:", before "YEARS"), the
    reading needs no anchor: "Ol" there is count 01.
    """
    if not token or (anchored and not any(char.isdigit() for char in token)):
        return None
    digits = token.translate(_TO_DIGITS)
    return digits if digits.isdigit() else None


def is_misread_digit(char: str) -> bool:
    """Whether OCR prints this letter or mark for a digit (O, I, L, S, B ...)."""
    return char in _DIGIT_FOR


def swap_look_alikes(char: str) -> str:
    """The other reading of a look-alike: "8" for "B", "B" for "8"; else the char itself."""
    if char in _DIGIT_FOR:
        return _DIGIT_FOR[char]
    return _LETTER_FOR.get(char, char)


def read_date(token: str) -> date | None:
    """A YYYYMMDD date, allowing stray dots and commas ("20040.102") and digit misreads."""
    digits = as_number(token.replace(".", "").replace(",", "").replace("'", ""))
    if digits is None or len(digits) != 8:
        return None
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def fix_number_runs(text: str) -> str:
    """Digit misreads fixed inside runs that hold a real digit ("12O3.4" -> "1203.4",
    "280O.2" -> "2800.2").

    A misread at the end of a run is kept as a letter, because a section number can end in
    a subdivision letter ("11357B"); a run with no real digit ("SEALED") is left alone.
    """
    pieces: list[str] = []
    position = 0
    for run in _DIGIT_RUN.finditer(text):
        found = run.group()
        if any(char.isdigit() for char in found):
            body = found.rstrip("".join(_DIGIT_FOR))
            fixed = body.translate(_TO_DIGITS) + found[len(body) :]
        else:
            fixed = found
        pieces.append(text[position : run.start()] + fixed)
        position = run.end()
    pieces.append(text[position:])
    return "".join(pieces)


def is_near(word: str, target: str) -> bool:
    """Equal, or one OCR slip away (one letter changed, dropped or added) for long words.

    Short words must match exactly: "SEN" is one letter from "SEX" and "CNT" from "CUT".
    """
    if word == target:
        return True
    if len(target) < 5 or abs(len(word) - len(target)) > 1:
        return False
    return _one_edit(word, target)


def _one_edit(first: str, second: str) -> bool:
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second, strict=True)) == 1
    shorter, longer = sorted((first, second), key=len)
    for index, (a, b) in enumerate(zip(shorter, longer, strict=False)):
        if a != b:
            return shorter[index:] == longer[index + 1 :]
    return True
