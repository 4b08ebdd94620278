"""Reading a court export through a saved column mapping (CSV and XLSX)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from benchmarks.bulk_synth import court_export_mapping, make_court_export
from clinic_app.core.bulk.errors import DamagedWorkbook, InvalidMapping, WrongFieldCount
from clinic_app.core.bulk.mapping import ColumnMapping, load_mapping, preview, save_mapping
from clinic_app.core.bulk.readers import read_mapped
from clinic_app.core.bulk.schema import CANONICAL_SCHEMA

HEADER = "Case No;Name;Born;Statute;Class;Result;Result Date;Mail To"
MAPPING = ColumnMapping(
    columns={"court_case": "Case No", "full_name": "Name", "dob": "Born", "code_raw": "Statute",
             "level": "Class", "disposition": "Result", "disposition_date": "Result Date",
             "address": "Mail To"},
    date_formats=("%d.%m.%Y",),
    values={"level": {"Fel": "felony", "Misd": "misdemeanor"},
            "disposition": {"CNV": "convicted", "DSM": "dismissed"}},
    delimiter=";",
    county="fresno county",
)


def _export(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "export.csv"
    path.write_text("\n".join((HEADER, *lines)) + "\n", encoding="utf-8")
    return path


def test_saved_mapping_round_trips(tmp_path: Path) -> None:
    save_mapping(tmp_path / "map.toml", MAPPING)
    assert load_mapping(tmp_path / "map.toml") == MAPPING


def test_mapped_csv_reads_through_the_saved_mapping(tmp_path: Path) -> None:
    path = _export(
        tmp_path,
        'F123;"Ñúñez, José";04/02/1990;HS 11359;Fel;CNV;15.09.2014;"12 Elm St, Fresno"',
        "F124;Nguyễn, Thị Hoa;1/2/85;11357(b) HS;m;Guilty;2016-11-09;",
        "F125;Roe, Ann;19851302;PC 1;Misd;DSM;2016-11-09;",
    )
    save_mapping(tmp_path / "map.toml", MAPPING)
    result = read_mapped(path, load_mapping(tmp_path / "map.toml"))
    assert result.rows.schema == CANONICAL_SCHEMA
    rows = result.rows.select(["line", "last_name", "first_name", "dob", "code", "level",
                               "disposition", "disposition_date", "county", "cycle",
                               "event_type", "address"]).to_pylist()
    assert rows == [
        {"line": 2, "last_name": "ÑÚÑEZ", "first_name": "JOSÉ", "dob": dt.date(1990, 4, 2),
         "code": "HS 11359", "level": "felony", "disposition": "convicted",
         "disposition_date": dt.date(2014, 9, 15), "county": "Fresno", "cycle": "F123",
         "event_type": "court", "address": "12 Elm St, Fresno"},
        {"line": 3, "last_name": "NGUYỄN", "first_name": "THỊ HOA", "dob": dt.date(1985, 1, 2),
         "code": "HS 11357(b)", "level": "misdemeanor", "disposition": "convicted",
         "disposition_date": dt.date(2016, 11, 9), "county": "Fresno", "cycle": "F124",
         "event_type": "court", "address": None},
    ]
    assert result.rejects.select(["line", "column", "value"]).to_pylist() == [
        {"line": 4, "column": "dob", "value": "19851302"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20140601", dt.date(2014, 6, 1)),
        ("2014-06-01", dt.date(2014, 6, 1)),
        ("06/01/2014", dt.date(2014, 6, 1)),
        ("6/1/2014", dt.date(2014, 6, 1)),
        ("6/1/14", dt.date(2014, 6, 1)),
        ("6/1/62", dt.date(1962, 6, 1)),  # a two-digit year in the future is last century's
        ("01.06.2014", dt.date(2014, 6, 1)),  # the mapping's own form
        ("2014-06-01 00:00:00", dt.date(2014, 6, 1)),
    ],
)
def test_date_forms(tmp_path: Path, text: str, expected: dt.date) -> None:
    path = _export(tmp_path, f"F1;Roe, Ann;{text};HS 11359;F;CNV;;")
    assert read_mapped(path, MAPPING).rows.column("dob").to_pylist() == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("F", "felony"), ("felony", "felony"), ("FEL", "felony"), ("Misd", "misdemeanor"),
     ("I", "infraction"), ("Infraction", "infraction"), ("", None)],
)
def test_levels(tmp_path: Path, text: str, expected: str | None) -> None:
    path = _export(tmp_path, f"F1;Roe, Ann;;HS 11359;{text};CNV;;")
    assert read_mapped(path, MAPPING).rows.column("level").to_pylist() == [expected]


def test_unknown_level_is_rejected(tmp_path: Path) -> None:
    result = read_mapped(_export(tmp_path, "F1;Roe, Ann;;HS 11359;Wobbler;CNV;;"), MAPPING)
    assert result.rows.num_rows == 0
    assert result.rejects.select(["line", "column", "value", "reason_key"]).to_pylist() == [
        {"line": 2, "column": "level", "value": "Wobbler",
         "reason_key": "bulk.reject.unknown_value"}]


def test_county_column_overrides_nothing_when_absent(tmp_path: Path) -> None:
    mapping = MAPPING.model_copy(update={"county": None})
    path = _export(tmp_path, "F1;Roe, Ann;;HS 11359;F;CNV;;")
    assert read_mapped(path, mapping).rows.column("county").to_pylist() == [None]


def test_mapping_naming_a_missing_column_is_refused(tmp_path: Path) -> None:
    mapping = MAPPING.model_copy(update={"columns": {**MAPPING.columns, "cii": "CII"}})
    with pytest.raises(InvalidMapping, match="'CII'"):
        read_mapped(_export(tmp_path, "F1;Roe, Ann;;HS 11359;F;CNV;;"), mapping)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("columns = {", "map.toml"),
        ('[columns]\nlast_name = "Name"\n', "code_raw"),
        ('[columns]\ncode_raw = "Charge"\nshoe_size = "Size"\nlast_name = "N"\n', "shoe_size"),
        ('delimiter = ";;"\n[columns]\ncode_raw = "C"\nlast_name = "N"\n', "delimiter"),
        ('county = "Gotham"\n[columns]\ncode_raw = "C"\nlast_name = "N"\n', "Gotham"),
    ],
)
def test_bad_mapping_files_are_refused(tmp_path: Path, text: str, complaint: str) -> None:
    (tmp_path / "map.toml").write_text(text, encoding="utf-8")
    with pytest.raises(InvalidMapping) as caught:
        load_mapping(tmp_path / "map.toml")
    assert complaint in str(caught.value)


def test_export_with_a_short_line_is_refused(tmp_path: Path) -> None:
    path = _export(tmp_path, "F1;Roe, Ann;;HS 11359;F;CNV;;", "F2;Roe, Ann;;HS 11359")
    with pytest.raises(WrongFieldCount, match="Line 3 of"):
        read_mapped(path, MAPPING)


def test_preview_shows_header_and_first_rows(tmp_path: Path) -> None:
    path = _export(tmp_path, *[f"F{n};Roe, Ann;;HS 11359;F;CNV;;" for n in range(30)])
    shown = preview(path, rows=5, delimiter=";")
    assert shown.header == tuple(HEADER.split(";"))
    assert len(shown.rows) == 5
    assert shown.rows[0][0] == "F0"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_generated_export_imports_with_expected_counts(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"export.{fmt}"
    summary = make_court_export(path, 2_000, seed=5, fmt=fmt)
    save_mapping(tmp_path / "map.toml", court_export_mapping())
    result = read_mapped(path, load_mapping(tmp_path / "map.toml"))
    rejected = set(result.rejects.column("line").to_pylist())
    assert result.total_lines == 2_000
    assert len(rejected) == summary.rejected_lines
    assert result.rows.num_rows + len(rejected) == 2_000
    assert result.rows.column("code").null_count == 0
    assert result.rows.column("disposition").null_count == 0
    assert set(result.rows.column("level").to_pylist()) == {"felony", "misdemeanor", "infraction"}
    if fmt == "xlsx":
        assert preview(path, rows=3).header[0] == "Case Number"


def test_csv_and_xlsx_exports_read_the_same(tmp_path: Path) -> None:
    make_court_export(tmp_path / "a.csv", 300, seed=2)
    make_court_export(tmp_path / "a.xlsx", 300, seed=2, fmt="xlsx")
    from_csv = read_mapped(tmp_path / "a.csv", court_export_mapping())
    from_xlsx = read_mapped(tmp_path / "a.xlsx", court_export_mapping())
    assert from_csv.rows == from_xlsx.rows
    assert from_csv.rejects == from_xlsx.rejects


def test_damaged_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(DamagedWorkbook, match=r"export\.xlsx"):
        read_mapped(path, court_export_mapping())


def test_a_mapped_header_found_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(HEADER + ";Statute\nF1;Roe, Ann;;HS 11359;F;CNV;;;PC 459\n", encoding="utf-8")
    with pytest.raises(InvalidMapping, match="more than one column 'Statute'"):
        read_mapped(path, MAPPING)
