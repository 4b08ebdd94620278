"""The synthetic generators write codes the reader reads back, and only synthetic people."""

from __future__ import annotations

import csv
from pathlib import Path

from benchmarks.bulk_synth import FIRST_NAMES, LAST_NAMES, code_spellings, make_court_export
from clinic_app.core.rules.codes import read_code
from clinic_app.core.rules.offense_table import offense_table


def test_every_generated_spelling_reads_back_to_its_code() -> None:
    table = offense_table()
    for code, spellings in code_spellings().items():
        for spelling in spellings:
            text = spelling.split("-", 1)[0]  # the DOJ style carries a description
            assert read_code(text, table.is_known_section).code == code, spelling


def test_court_export_names_come_from_the_synthetic_lists(tmp_path: Path) -> None:
    make_court_export(tmp_path / "export.csv", 200, seed=9)
    with (tmp_path / "export.csv").open(newline="", encoding="utf-8") as handle:
        names = {row["Defendant"] for row in csv.DictReader(handle)}
    for name in names:
        last, first = name.split(", ")
        assert last in LAST_NAMES and first in FIRST_NAMES
