"""Reading the DOJ research file: layout, normalisation, rejects, refused files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from benchmarks.bulk_synth import make_doj_file
from clinic_app.core.bulk.doj_layout import DOJ_COLUMNS
from clinic_app.core.bulk.errors import (
    BinaryBulkFile,
    BulkFileMissing,
    BulkFileTooLarge,
    EmptyBulkFile,
    MalformedFile,
    MalformedLine,
    UnsupportedBulkFile,
    WrongFieldCount,
)
from clinic_app.core.bulk.readers import ImportResult, read_doj
from clinic_app.core.bulk.schema import CANONICAL_SCHEMA, REJECTS_SCHEMA
from clinic_app.core.messages import describe_error
from clinic_app.core.progress import Cancelled
from tests.core.bulk.doj_rows import doj_line, write_doj


def _rejected_lines(result: ImportResult) -> set[int]:
    return set(result.rejects.column("line").to_pylist())


def _assert_accounted(result: ImportResult) -> None:
    """Nothing dropped silently: every data line is a row or a rejected line, not both."""
    rows = set(result.rows.column("line").to_pylist())
    assert not rows & _rejected_lines(result)
    assert len(rows) + len(_rejected_lines(result)) == result.total_lines


def test_layout_has_95_named_columns() -> None:
    assert len(DOJ_COLUMNS) == 95
    assert len(set(DOJ_COLUMNS)) == 95


def test_conviction_reads_into_the_canonical_row(tmp_path: Path) -> None:
    result = read_doj(write_doj(tmp_path / "doj.csv", [doj_line()]))
    assert result.rows.schema == CANONICAL_SCHEMA
    assert result.rejects.schema == REJECTS_SCHEMA
    assert result.rows.to_pylist() == [{
        "line": 2, "source": "doj", "person_ref": "S1", "cii": "A00000001",
        "last_name": "ÑÚÑEZ", "first_name": "JOSÉ A", "dob": dt.date(1990, 4, 2),
        "gender": "M", "cycle": "1", "cycle_date": dt.date(2014, 6, 1), "event_type": "court",
        "event_date": dt.date(2014, 9, 15), "step_order": 2, "county": "Los Angeles",
        "court_case": "BA123456", "count_order": 1, "code_raw": "11357(A) HS-POSSESS MARIJUANA",
        "code": "HS 11357(a)", "related_codes": [], "attempted": False, "level": "felony",
        "disposition": "convicted", "disposition_date": dt.date(2014, 9, 15),
        "relief": None, "level_after": None, "offense_date": None,
        "sentence_location": "JAIL", "sentence_length": 30,
        "sentence_unit": "days", "sentence_text": None, "registered_290": False,
        "address": None,
    }]


def test_later_relief_is_read_from_the_disposition_words(tmp_path: Path) -> None:
    """A set-aside or a reduction printed on a later step must reach the rules: relief
    already granted is not asked for again."""
    lines = [
        doj_line(),
        doj_line(STP_ORDER="3", STP_EVENT_DATE="20180102",
                 DISP_DESCR="CONV SET ASIDE & DISM PER 1203.4 PC"),
        doj_line(STP_ORDER="4", STP_EVENT_DATE="20190102",
                 DISP_DESCR="REDUCED TO MISD PER 17(B) PC"),
    ]
    rows = read_doj(write_doj(tmp_path / "relief.csv", lines)).rows
    assert rows.select(["relief", "level_after"]).to_pylist() == [
        {"relief": None, "level_after": None},
        {"relief": "pc1203_4", "level_after": None},
        {"relief": "pc17b", "level_after": "misdemeanor"},
    ]


def test_with_and_without_header_read_the_same_rows(tmp_path: Path) -> None:
    lines = [doj_line(), doj_line(CNT_ORDER="2", OFFENSE_DESCR="PC 459/460(b)")]
    with_header = read_doj(write_doj(tmp_path / "a.csv", lines))
    without = read_doj(write_doj(tmp_path / "b.csv", lines, header=False))
    assert with_header.rows.column("line").to_pylist() == [2, 3]
    assert without.rows.column("line").to_pylist() == [1, 2]
    assert with_header.rows.drop_columns("line") == without.rows.drop_columns("line")
    assert with_header.total_lines == without.total_lines == 2


@pytest.mark.parametrize(
    ("fields", "code", "related", "attempted"),
    [
        ({"OFFENSE_DESCR": "SEE COMMENT FOR CHARGE", "COMMENT_TEXT": "11360(A) HS-TRANSPORT"},
         "HS 11360(a)", [], False),
        ({"OFFENSE_DESCR": "", "COMMENT_TEXT": "H&S 11359"}, "HS 11359", [], False),
        ({"OFFENSE_DESCR": "PC 459/460(b)"}, "PC 459", ["PC 460(b)"], False),
        ({"OFFENSE_DESCR": "664/211 PC-ATTEMPTED ROBBERY"}, "PC 211", [], True),
        ({"OFFENSE_DESCR": "h&s 11357 (b)"}, "HS 11357(b)", [], False),
    ],
)
def test_code_spellings(
    tmp_path: Path, fields: dict[str, str], code: str, related: list[str], attempted: bool
) -> None:
    row = read_doj(write_doj(tmp_path / "doj.csv", [doj_line(**fields)])).rows.to_pylist()[0]
    assert (row["code"], row["related_codes"], row["attempted"]) == (code, related, attempted)


@pytest.mark.parametrize(
    ("fields", "column", "expected"),
    [
        ({"CONV_STAT_DESCR": "MISDEMEANOR"}, "level", "misdemeanor"),
        ({"CONV_STAT_DESCR": "", "OFFENSE_TOC": "I"}, "level", "infraction"),
        ({"STP_ORI_CNTY_NAME": "", "STP_ORI_CNTY_CODE": "19"}, "county", "Los Angeles"),
        ({"STP_ORI_CNTY_NAME": "San Diego County"}, "county", "San Diego"),
        ({"STP_ORI_CNTY_NAME": "", "STP_ORI_CNTY_CODE": ""}, "county", None),
        ({"DISP_DESCR": "DISMISSED"}, "disposition", "dismissed"),
        ({"DISP_DESCR": "PROS REL"}, "disposition", "other"),
        ({"DISP_DESCR": ""}, "disposition_date", None),
        ({"DISP_DATE": "20141001"}, "disposition_date", dt.date(2014, 10, 1)),
        ({"STP_TYPE_DESCR": "ARREST/DETAINED/CITED"}, "event_type", "arrest"),
        ({"STP_TYPE_DESCR": "CUSTODY:JAIL"}, "event_type", "custody"),
        ({"STP_TYPE_DESCR": "REGISTRATION", "OFFENSE_DESCR": "290 PC-REGISTRANT"},
         "registered_290", True),
        ({"SENT_TIME_CODE": "Y"}, "sentence_unit", "years"),
        ({"PRI_NAME": "NGUYỄN"}, "first_name", None),
    ],
)
def test_normalised_values(
    tmp_path: Path, fields: dict[str, str], column: str, expected: object
) -> None:
    row = read_doj(write_doj(tmp_path / "doj.csv", [doj_line(**fields)])).rows.to_pylist()[0]
    assert row[column] == expected


def test_unusable_rows_go_to_rejects_with_line_column_and_reason(tmp_path: Path) -> None:
    lines = [
        doj_line(),
        doj_line(PRI_DOB="19901340"),  # line 3
        doj_line(STP_ORI_CNTY_NAME="GOTHAM", STP_ORI_CNTY_CODE=""),  # line 4
        doj_line(OFFENSE_DESCR="SEE COMMENT FOR CHARGE", COMMENT_TEXT=""),  # line 5
        doj_line(SUBJECT_ID="", CII_NUMBER="", PRI_NAME="", SENT_LENGTH="THIRTY"),  # line 6
        doj_line(OFFENSE_DESCR="DRUNK IN PUBLIC"),  # line 7
        doj_line(STP_TYPE_DESCR="CUSTODY", OFFENSE_DESCR=""),  # line 8: no code needed
    ]
    result = read_doj(write_doj(tmp_path / "doj.csv", lines))
    rejects = [(r["line"], r["column"], r["value"], r["reason_key"])
               for r in result.rejects.to_pylist()]
    assert rejects == [
        (3, "dob", "19901340", "bulk.reject.unreadable_date"),
        (4, "county", "GOTHAM", "bulk.reject.unknown_county"),
        (5, "code_raw", None, "bulk.reject.no_code"),
        (6, "person_ref", None, "bulk.reject.no_person"),
        (6, "sentence_length", "THIRTY", "bulk.reject.unreadable_number"),
        (7, "code_raw", "DRUNK IN PUBLIC", "bulk.reject.unreadable_code"),
    ]
    assert result.rejects.column("reason").to_pylist()[0].startswith("The date cannot be read")
    assert result.rows.column("line").to_pylist() == [2, 8]
    _assert_accounted(result)


def test_wrong_field_count_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = write_doj(tmp_path / "doj.csv", [doj_line(), doj_line()[:-3], doj_line()])
    with pytest.raises(WrongFieldCount) as caught:
        read_doj(path)
    assert caught.value.params == {"source": str(path), "line": "3", "expected": "95",
                                   "found": "92"}
    assert "Line 3 of" in str(caught.value)
    assert "Línea 3" in describe_error(caught.value, "es") or "línea 3" in describe_error(
        caught.value, "es")


def test_a_comma_inside_an_unquoted_value_is_refused(tmp_path: Path) -> None:
    """The usual damage of a file re-saved by hand: values shift one column right."""
    path = write_doj(tmp_path / "doj.csv", [doj_line()])
    with path.open("a", encoding="utf-8") as handle:
        handle.write(",".join(doj_line(PRI_NAME="X")).replace("X", "DOE,JANE") + "\n")
    with pytest.raises(WrongFieldCount, match=r"Line 3 of .* has 96 fields"):
        read_doj(path)


def test_unclosed_quote_is_refused(tmp_path: Path) -> None:
    path = write_doj(tmp_path / "doj.csv", [doj_line()])
    with path.open("a", encoding="utf-8") as handle:
        handle.write(",".join(doj_line(PRI_NAME='"DOE')) + "\n")
    with pytest.raises((MalformedLine, WrongFieldCount)) as caught:
        read_doj(path)
    assert caught.value.params["line"] == "3"


@pytest.mark.parametrize(
    ("content", "error", "line"),
    [
        (b"", EmptyBulkFile, None),
        (b"\n\n", EmptyBulkFile, None),
        (",".join(DOJ_COLUMNS).encode() + b"\n", EmptyBulkFile, None),
        ("RECORD_ID,SUBJECT\n".encode("utf-16"), BinaryBulkFile, "1"),
        (b"PK\x03\x04\x14\x00\x00\x00binary", BinaryBulkFile, "1"),
        (b"1,2\n3,\xff\xfe4\n", BinaryBulkFile, "2"),
    ],
)
def test_empty_and_binary_files_are_refused(
    tmp_path: Path, content: bytes, error: type[Exception], line: str | None
) -> None:
    path = tmp_path / "doj.csv"
    path.write_bytes(content)
    with pytest.raises(error) as caught:
        read_doj(path)
    assert str(path) in str(caught.value)
    if line is not None:
        assert f"line {line}" in str(caught.value)


def test_missing_and_unsupported_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BulkFileMissing):
        read_doj(tmp_path / "absent.csv")
    pdf = tmp_path / "doj.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    with pytest.raises(UnsupportedBulkFile):
        read_doj(pdf)


def test_cancel_stops_the_read(tmp_path: Path) -> None:
    path = write_doj(tmp_path / "doj.csv", [doj_line()])
    with pytest.raises(Cancelled):
        read_doj(path, cancelled=lambda: True)


def test_progress_is_reported_to_the_end(tmp_path: Path) -> None:
    reports: list[tuple[int, int, str]] = []
    read_doj(write_doj(tmp_path / "doj.csv", [doj_line()]),
             progress=lambda done, total, key: reports.append((done, total, key)))
    assert reports[0][0] == 0
    assert reports[-1][0] == reports[-1][1]
    assert all(key.startswith("bulk.progress.") for _, _, key in reports)


@pytest.mark.parametrize("header", [True, False])
def test_generated_file_imports_with_expected_counts(tmp_path: Path, header: bool) -> None:
    path = tmp_path / "doj.csv"
    summary = make_doj_file(path, 10_000, seed=7, header=header)
    result = read_doj(path)
    assert result.total_lines == 10_000
    assert len(_rejected_lines(result)) == summary.rejected_lines
    assert result.rows.num_rows == 10_000 - summary.rejected_lines
    _assert_accounted(result)
    # Every usable row has a code and a county; SEE COMMENT rows were read from the comment.
    assert result.rows.column("code").null_count == 0
    assert result.rows.column("county").null_count == 0
    assert set(result.rejects.column("reason_key").to_pylist()) == {
        "bulk.reject.unreadable_date", "bulk.reject.unknown_county", "bulk.reject.no_code"}
    assert len(set(result.rows.column("person_ref").to_pylist())) > summary.people  # split ids


def test_generator_is_deterministic(tmp_path: Path) -> None:
    make_doj_file(tmp_path / "a.csv", 500, seed=3)
    make_doj_file(tmp_path / "b.csv", 500, seed=3)
    make_doj_file(tmp_path / "c.csv", 500, seed=4)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert (tmp_path / "a.csv").read_bytes() != (tmp_path / "c.csv").read_bytes()


def test_inconsistent_line_endings_are_refused(tmp_path: Path) -> None:
    """CRLF is read (csv.writer writes it); a file re-saved to CR CR LF is refused."""
    path = write_doj(tmp_path / "doj.csv", [doj_line(), doj_line()])
    assert b"\r\n" in path.read_bytes()
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\r\r\n"))
    with pytest.raises(MalformedFile, match="line endings"):
        read_doj(path)


def test_utf8_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Excel's "CSV UTF-8" starts with a byte order mark; the header is still recognised."""
    path = write_doj(tmp_path / "doj.csv", [doj_line()])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    result = read_doj(path)
    assert result.rows.column("line").to_pylist() == [2]
    assert result.rows.column("person_ref").to_pylist() == ["S1"]


@pytest.mark.parametrize(
    ("damage", "lines"),
    [
        (lambda text: text + b"\r\n\r\n", [2, 3, 4]),  # blank lines at the end
        (lambda text: text.replace(b"\r\n", b"\r\n\r\n", 2), [3, 5, 6]),  # blank lines between
        (lambda text: text.replace(b'"\xc3\x91\xc3\x9aEZ,', b'"\xc3\x91\xc3\x9a\nEZ,', 1),
         [2, 4, 5]),  # a quoted value with a line break
    ],
)
def test_line_numbers_are_physical_lines(
    tmp_path: Path, damage: Callable[[bytes], bytes], lines: list[int]
) -> None:
    """The rejects file and the results name the line an office finds in its editor."""
    path = write_doj(tmp_path / "doj.csv", [doj_line(PRI_NAME="ÑÚEZ,ANA")] * 3)
    path.write_bytes(damage(path.read_bytes()))
    result = read_doj(path)
    assert result.rows.column("line").to_pylist() == lines
    _assert_accounted(result)


def test_reading_never_spills_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Out of memory is a refusal, not rows of client data written to ./.tmp."""
    monkeypatch.chdir(tmp_path)
    path = write_doj(tmp_path / "doj.csv", [doj_line()] * 2000)
    real_connect = duckdb.connect

    def small_connect(*args: Any, **kwargs: Any) -> duckdb.DuckDBPyConnection:
        con = real_connect(*args, **kwargs)
        con.execute("SET memory_limit = '1MB'")
        return con

    monkeypatch.setattr(duckdb, "connect", small_connect)
    with pytest.raises(BulkFileTooLarge, match="too large"):
        read_doj(path)
    assert not (tmp_path / ".tmp").exists()
