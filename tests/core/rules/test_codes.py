"""The code normaliser: every way records spell a code section reads as one canonical code."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_app.core.rules.codes import UnreadableCode, read_code
from clinic_app.core.rules.offense_table import offense_table

TABLE = offense_table()


def canonical(text: str) -> str:
    return TABLE.normalise(text)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("HS 11357(a)", "HS 11357(a)"),
        ("11357(a) HS", "HS 11357(a)"),
        ("H&S 11357 (A)", "HS 11357(a)"),
        ("H & S 11357(A)", "HS 11357(a)"),
        ("HS11357A", "HS 11357(a)"),
        ("hs11357a", "HS 11357(a)"),
        ("HSC 11357(a)", "HS 11357(a)"),
        ("H&S § 11377(A)", "HS 11377(a)"),
        ("Health and Safety Code 11350(a)", "HS 11350(a)"),
        ("HEALTH & SAFETY 11350 (A)", "HS 11350(a)"),
        ("hs 11360(a)(3)", "HS 11360(a)(3)"),
        ("HS 11360 (A) (3)", "HS 11360(a)(3)"),
        ("HS 11362.1", "HS 11362.1"),
        ("P.C. 459", "PC 459"),
        ("Penal Code section 459", "PC 459"),
        ("PEN 484(A)", "PC 484(a)"),
        ("pc 273.5(A)", "PC 273.5(a)"),
        ("PC273.5A", "PC 273.5(a)"),
        ("PC 243(E)(1)", "PC 243(e)(1)"),
        ("PC243E1", "PC 243(e)(1)"),
        ("PC 415(1)", "PC 415(1)"),
        ("VC23152A", "VC 23152(a)"),
        ("23152 (b) VC", "VC 23152(b)"),
        ("VEH 23152(A)", "VC 23152(a)"),
        ("V.C. 14601.1(A)", "VC 14601.1(a)"),
        ("B&P 4060", "BP 4060"),
        ("BP 25662(A)", "BP 25662(a)"),
        # A letter that the table knows as part of the section name.
        ("PC 476A", "PC 476a"),
        ("P.C. 496D", "PC 496d"),
        ("PC 484E(D)", "PC 484e(d)"),
        ("PC 653F(C)", "PC 653f(c)"),
        ("PC 273A(A)", "PC 273a(a)"),
    ],
)
def test_spellings_seen_on_records(written: str, expected: str) -> None:
    assert canonical(written) == expected


def test_several_sections_keep_the_first_as_the_offense() -> None:
    reading = read_code("PC 459/460(b)", TABLE.is_known_section)
    assert (reading.code, reading.related, reading.attempted) == ("PC 459", ("PC 460(b)",), False)


def test_attempt_is_read_from_pc_664() -> None:
    reading = read_code("664/187(a) PC", TABLE.is_known_section)
    assert (reading.code, reading.related, reading.attempted) == ("PC 187(a)", (), True)


@pytest.mark.parametrize(
    "written",
    [
        "",
        "   ",
        "HS",
        "11357",
        "SEE COMMENT FOR CHARGE",
        "XX 123",
        "HS abc",
        "PC 459/",
        "HS 11357(a",
    ],
)
def test_text_that_is_no_code_is_refused_with_the_text(written: str) -> None:
    with pytest.raises(UnreadableCode) as caught:
        canonical(written)
    assert caught.value.text == written


FAMILY_SPELLINGS = {
    "HS": ["HS", "H&S", "H & S", "HSC", "h&s", "Health and Safety Code"],
    "PC": ["PC", "P.C.", "PEN", "Penal Code", "pc"],
    "VC": ["VC", "V.C.", "VEH", "Vehicle Code"],
    "BP": ["BP", "B&P", "BPC"],
}
CANONICAL_CODES = sorted(TABLE.codes())


@st.composite
def spellings(draw: st.DrawFn) -> tuple[str, str]:
    """A canonical code of the table, and one way a record might write it."""
    code = draw(st.sampled_from(CANONICAL_CODES))
    family, rest = code.split(" ", 1)
    section, subdivisions = re.match(r"([^(]+)(.*)", rest).groups()  # type: ignore[union-attr]
    parts = re.findall(r"\(([^)]+)\)", subdivisions)
    case = draw(st.sampled_from([str.upper, str.lower, lambda text: text]))
    style = draw(st.sampled_from(["parens", "spaced", "bare"]))
    if style == "parens":
        written_subdivisions = "".join(f"({case(p)})" for p in parts)
    elif style == "spaced":
        written_subdivisions = "".join(f" ({case(p)})" for p in parts)
    else:  # "HS11357A": readable only when it starts with a letter and letters and digits
        # alternate; "PC 3141" could as well be a section of its own
        written_subdivisions = "".join(case(p) for p in parts)
        ambiguous = any(a.isdigit() == b.isdigit() for a, b in pairwise(parts))
        if ambiguous or (parts and parts[0].isdigit()):
            written_subdivisions = "".join(f"({case(p)})" for p in parts)
    family_text = draw(st.sampled_from(FAMILY_SPELLINGS[family]))
    body = case(section) + written_subdivisions
    gap = draw(st.sampled_from(["", " ", "  "])) if family_text.isalpha() else " "
    if draw(st.booleans()):
        return code, f"{family_text}{gap}{body}"
    return code, f"{body} {family_text}"


@given(spellings())
def test_any_spelling_of_a_known_code_reads_back_as_that_code(pair: tuple[str, str]) -> None:
    code, written = pair
    assert canonical(written) == code


@given(st.text(max_size=30))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        result = canonical(text)
    except UnreadableCode:
        return
    assert re.fullmatch(r"(HS|PC|VC|BP) [0-9.]+[a-z]?(\([a-z0-9]+\))*", result), result
