"""Code sections as records write them, turned into one canonical form: `HS 11357(a)`.

Court dockets, DOJ rap sheets and county exports spell the same offense many ways:
"11357(a) HS", "H&S 11357 (A)", "HS11357A", "PC 459/460(b)", "664/187(a) PC". The rules,
the offense table and the exchange format all use the canonical form of
`shared/domain/exchange-format.md`: family, one space, section, subdivisions in parentheses
without spaces, lower-case letters.

A letter straight after the section number is ambiguous: in "HS11357A" it is subdivision (a),
but "PC 476a" is a section of its own. `read_code` asks `is_known_section` which reading a
table knows, and takes the subdivision reading otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

# Every spelling of a code family seen on California records, mapped to the canonical name.
_FAMILIES = {
    "HS": "HS",
    "H&S": "HS",
    "HSC": "HS",
    "H&SC": "HS",
    "H/S": "HS",
    "HLTH&SAF": "HS",
    "HEALTH&SAFETY": "HS",
    "HEALTHANDSAFETY": "HS",
    "PC": "PC",
    "PEN": "PC",
    "PENAL": "PC",
    "VC": "VC",
    "VEH": "VC",
    "VEHICLE": "VC",
    "BP": "BP",
    "B&P": "BP",
    "BPC": "BP",
    "BUS&PROF": "BP",
    "BUSINESS&PROFESSIONS": "BP",
}
_ATTEMPT_SECTION = "664"  # PC 664: attempt, written before the attempted offense

# "11357", "273.5", "11362.1", "476a" (a section with a letter), then subdivisions.
_SECTION = re.compile(r"(?P<section>\d+(?:\.\d+)?)(?P<rest>[A-Z0-9()\s.]*)")
_SUBDIVISION = re.compile(r"\(\s*([A-Z]+|\d+)\s*\)|([A-Z]+)|(\d+)")


class UnreadableCode(ValueError):
    """Text that is not a code section of a family we know; the text is kept for the reason."""

    def __init__(self, text: str) -> None:
        super().__init__(f"not a California code section: {text!r}")
        self.text = text


@dataclass(frozen=True)
class CodeReading:
    """What one written code says: the offense's canonical code, and what came with it."""

    code: str  # canonical: "PC 459"
    related: tuple[str, ...] = ()  # other sections written with it, canonical: ("PC 460(b)",)
    attempted: bool = False  # written with PC 664


@lru_cache(maxsize=8192)
def read_code(
    text: str, is_known_section: Callable[[str], bool] = lambda _code: False
) -> CodeReading:
    """The canonical reading of `text`; UnreadableCode if it names no code section.

    Cached: bulk review reads the same few hundred spellings millions of times.

    `is_known_section("PC 476a")` decides whether a letter after the digits belongs to the
    section (a table lists it) or starts the subdivisions (the usual case).
    """
    compact = _compact(text)
    family, body = _split_family(compact, text)
    sections = [_canonical(family, part, text, is_known_section) for part in body.split("/")]
    attempted = False
    if len(sections) > 1 and sections[0] == f"PC {_ATTEMPT_SECTION}":
        attempted, sections = True, sections[1:]
    return CodeReading(code=sections[0], related=tuple(sections[1:]), attempted=attempted)


def normalise_code(text: str, is_known_section: Callable[[str], bool] = lambda _code: False) -> str:
    """Just the canonical code of `text` (see `read_code`)."""
    return read_code(text, is_known_section).code


def _compact(text: str) -> str:
    """Upper case; no section sign, "SEC", "SECTION" or "CODE"; family names in one piece."""
    upper = text.upper().replace("§", " ")
    upper = re.sub(r"\b(SECTION|SEC\.?|CODE)\b", " ", upper)
    upper = re.sub(r"\s*&\s*", "&", upper)
    upper = re.sub(r"\b(HEALTH|HLTH)\s*(AND|&)\s*(SAFETY|SAF)\b", r"\1&\3", upper)
    upper = re.sub(r"\b(BUSINESS|BUS)\s*(AND|&)\s*(PROFESSIONS|PROF)\b", r"\1&\3", upper)
    upper = re.sub(r"(?<=[A-Z])\.(?=[A-Z]|\s|$|\d)", "", upper)  # "P.C." -> "PC"
    return " ".join(upper.split())


# The family before or after the numbers ("HS 11357", "11357 HS"); longest spellings first so
# "HSC" is not read as "HS" followed by "C".
_FAMILY_ALTERNATIVES = "|".join(re.escape(f) for f in sorted(_FAMILIES, key=len, reverse=True))
_FAMILY_FIRST = re.compile(rf"(?P<family>{_FAMILY_ALTERNATIVES})\s*(?P<body>\d.*)")
_FAMILY_LAST = re.compile(rf"(?P<body>\d.*?)\s*(?P<family>{_FAMILY_ALTERNATIVES})")


def _split_family(compact: str, original: str) -> tuple[str, str]:
    """The canonical family and the rest: "HS 11357" or "11357 HS" -> ("HS", "11357")."""
    match = _FAMILY_FIRST.fullmatch(compact) or _FAMILY_LAST.fullmatch(compact)
    if match is None:
        raise UnreadableCode(original)
    return _FAMILIES[match.group("family")], match.group("body").strip()


def _canonical(
    family: str, part: str, original: str, is_known_section: Callable[[str], bool]
) -> str:
    match = _SECTION.fullmatch(part.strip())
    if match is None:
        raise UnreadableCode(original)
    section, rest = match.group("section"), match.group("rest").replace(" ", "")
    # "476A" may be section 476a; "11357A" is section 11357, subdivision (a).
    letter = re.match(r"[A-Z]", rest)
    if letter and is_known_section(f"{family} {section}{letter.group().lower()}"):
        section, rest = section + letter.group().lower(), rest[1:]
    subdivisions = []
    position = 0
    rest = rest.lstrip(".")
    while position < len(rest):
        found = _SUBDIVISION.match(rest, position)
        if found is None:
            raise UnreadableCode(original)
        value = next(group for group in found.groups() if group)
        subdivisions.extend(_split_letters_and_digits(value))
        position = found.end()
    return f"{family} {section}" + "".join(f"({value.lower()})" for value in subdivisions)


def _split_letters_and_digits(value: str) -> list[str]:
    """ "E1" -> ["E", "1"]; "A" -> ["A"]; "12" -> ["12"]."""
    return re.findall(r"[A-Z]+|\d+", value)
