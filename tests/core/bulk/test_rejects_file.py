"""The rejects CSV: line, column, value, reason, plain UTF-8."""

from __future__ import annotations

import csv
from pathlib import Path

from clinic_app.core.bulk.readers import read_doj
from clinic_app.core.bulk.rejects import write_rejects
from tests.core.bulk.doj_rows import doj_line, write_doj


def test_rejects_file_lists_line_column_value_and_reason(tmp_path: Path) -> None:
    source = write_doj(tmp_path / "doj.csv", [
        doj_line(),
        doj_line(STP_ORI_CNTY_NAME="Gótham, North", STP_ORI_CNTY_CODE=""),
    ])
    write_rejects(tmp_path / "rejects.csv", read_doj(source).rejects)
    with (tmp_path / "rejects.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["line", "column", "value", "reason"],
        ["3", "county", "Gótham, North", "Not one of California's 58 counties."],
    ]


def test_no_rejects_gives_a_header_only_file(tmp_path: Path) -> None:
    source = write_doj(tmp_path / "doj.csv", [doj_line()])
    write_rejects(tmp_path / "rejects.csv", read_doj(source).rejects)
    assert (tmp_path / "rejects.csv").read_text(encoding="utf-8") == "line,column,value,reason\n"
