"""The offense table: rows by code and era, section-level fallback, canonical codes only."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from clinic_app.core.rules.offense_table import load_table, offense_table

TABLE = offense_table()
AUMA, PROP_47 = date(2016, 11, 9), date(2014, 11, 5)


def test_the_shipped_table_loads_every_row() -> None:
    assert len(TABLE) == 136
    assert TABLE.is_known_section("PC 476a")
    assert not TABLE.is_known_section("PC 653")  # only PC 653f is listed


@pytest.mark.parametrize(
    ("code", "offense_date", "title_fragment"),
    [
        ("HS 11357(b)", AUMA.replace(day=8), "pre-AUMA"),
        ("HS 11357(b)", AUMA, "AUMA"),
        ("HS 11350(a)", PROP_47.replace(day=4), "pre-Prop 47"),
        ("HS 11350(a)", PROP_47, "Prop 47 text"),
    ],
)
def test_the_same_code_means_what_it_meant_on_the_offense_date(
    code: str, offense_date: date, title_fragment: str
) -> None:
    found = TABLE.lookup(code, offense_date)
    assert found.row is not None and found.row.applies_on(offense_date)
    assert title_fragment in found.row.title + found.row.notes
    others = [r for r in TABLE._by_code[code] if r is not found.row]
    assert others and not any(r.applies_on(offense_date) for r in others)


def test_a_subdivision_falls_back_to_the_section_row_never_the_reverse() -> None:
    found = TABLE.lookup("PC 459(a)", date(2015, 1, 1))
    assert found.row is not None and found.row.code == "PC 459"
    assert found.section_level_fallback and found.matched_code == "PC 459"
    deeper = TABLE.lookup("HS 11360(a)(3)(c)", date(2015, 1, 1))
    assert deeper.row is not None and deeper.row.code == "HS 11360(a)"
    exact = TABLE.lookup("PC 484(a)", date(2015, 1, 1))
    assert exact.row is not None and exact.row.code == "PC 484(a)"
    assert not exact.section_level_fallback
    # PC 243 is only listed by subdivision: a bare section is not narrowed to one of them.
    assert TABLE.lookup("PC 243", date(2015, 1, 1)).row is None


def test_an_unknown_code_has_no_row() -> None:
    found = TABLE.lookup("PC 1203.4", date(2015, 1, 1))
    assert found.row is None and found.matched_code == "PC 1203.4"


def test_a_row_not_in_canonical_form_is_refused(tmp_path: Path) -> None:
    shipped = Path(__file__).parents[3] / "resources" / "rules" / "offenses.csv"
    with shipped.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows[0]["code"] = "HS 11357 (a)"
    broken = tmp_path / "offenses.csv"
    with broken.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(ValueError, match="not in canonical form"):
        load_table(broken)
