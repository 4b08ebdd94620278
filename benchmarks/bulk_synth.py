"""Synthetic county records for bulk review: a DOJ research file and a court export.

No real person anywhere: names are drawn at random from short lists of common names, ids and
dates from a seeded hash. The files are messy the way real ones are: code spelling variants
and "SEE COMMENT FOR CHARGE", mixed date forms (exports), the same person on several cases
and, in the DOJ file, as two DOJ subjects with a name spelling variant, missing fields, and a
few rows the reader must reject (unreadable date, unknown county, no code).

Rows are generated in DuckDB from `range()` with `hash(row, seed, n)` as the random source, so
a million rows take a few seconds and the same seed gives the same file. `make_*` return a
`SynthSummary` with the counts a test can expect after reading the file back.

    python -m benchmarks.bulk_synth doj OUT.csv --records 125000 [--seed 1] [--no-header]
    python -m benchmarks.bulk_synth court OUT.xlsx --records 1000 [--seed 1]
"""

from __future__ import annotations

import argparse
import csv
import sys
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import duckdb

from clinic_app.core.bulk.doj_layout import DOJ_COLUMNS, SEE_COMMENT
from clinic_app.core.bulk.mapping import ColumnMapping
from clinic_app.core.courts import counties
from clinic_app.core.resources import resources_dir

LAST_NAMES = ("GARCIA", "NGUYEN", "SMITH", "HERNANDEZ", "JOHNSON", "LOPEZ", "KIM", "WILLIAMS",
              "MARTINEZ", "BROWN", "RODRIGUEZ", "TRAN", "DAVIS", "GONZALEZ", "LEE", "MILLER",
              "PEREZ", "WILSON", "SANCHEZ", "ANDERSON", "RAMIREZ", "TAYLOR", "TORRES", "THOMAS",
              "FLORES", "MOORE", "RIVERA", "JACKSON", "GOMEZ", "WHITE", "DIAZ", "HARRIS",
              "REYES", "MARTIN", "CRUZ", "THOMPSON", "MORALES", "CHEN", "ORTIZ", "WONG")
FIRST_NAMES = ("JOSE", "MARIA", "JAMES", "LINH", "MICHAEL", "ANA", "DAVID", "JENNIFER",
               "LUIS", "JESSICA", "ROBERT", "ROSA", "DANIEL", "MAI", "CARLOS", "ASHLEY",
               "JUAN", "SARAH", "KEVIN", "CARMEN", "ANTHONY", "LISA", "MIGUEL", "GRACE",
               "CHRISTOPHER", "ELENA", "BRIAN", "SOFIA", "ERIC", "HOA")
STREETS = ("MAIN ST", "OAK AVE", "PINE ST", "CEDAR LN", "ELM ST", "MAPLE AVE", "LAUREL DR")

# Rows in 1,000 that the reader must reject, by kind (the rest are usable).
BAD_DATE_PER_1000 = 2
UNKNOWN_COUNTY_PER_1000 = 1
NO_CODE_PER_1000 = 1
_BROKEN_PER_1000 = BAD_DATE_PER_1000 + UNKNOWN_COUNTY_PER_1000 + NO_CODE_PER_1000


@dataclass(frozen=True)
class SynthSummary:
    records: int  # data lines written
    rejected_lines: int  # lines the reader must send to rejects
    people: int  # distinct synthetic people behind the rows


@dataclass(frozen=True)
class _Offense:
    code: str  # canonical
    title: str
    level: str  # F / M / I; "W" for a wobbler


def _offenses() -> list[_Offense]:
    """Codes of the bundled offense table (real California sections, no people)."""
    letters = {"felony": "F", "misdemeanor": "M", "infraction": "I", "wobbler": "W"}
    with (resources_dir() / "rules" / "offenses.csv").open(newline="", encoding="utf-8") as f:
        rows = {row["code"]: row for row in csv.DictReader(f)}
    return [_Offense(code, row["title"], letters.get(row["offense_class"], "M"))
            for code, row in rows.items()]


def _spellings(offense: _Offense) -> tuple[str, str, str, str]:
    """Four ways records write one code: DOJ style, canonical, H&S-style, family last."""
    family, body = offense.code.split(" ", 1)
    alias = {"HS": "H&S", "PC": "PEN", "VC": "VEH", "BP": "B&P"}.get(family, family)
    title = offense.title.upper().replace(",", "").replace("-", " ")[:24].strip()
    last = _COMBINED.get(offense.code, f"{body} {family}")
    return (f"{body.upper()} {family}-{title}", offense.code,
            f"{alias} {body.replace('(', ' (').upper()}", last)


# Spellings with a second section: burglary with its degree, an attempt (PC 664).
_COMBINED = {"PC 459": "PC 459/460(b)", "PC 211": "664/211 PC"}


def code_spellings() -> dict[str, tuple[str, ...]]:
    """Canonical code -> the spellings the generators write for it."""
    return {offense.code: _spellings(offense) for offense in _offenses()}


def _list(values: Iterable[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def _pick(values: Sequence[str], key: str) -> str:
    """SQL choosing one of `values` by the hash expression `key`."""
    return f"{_list(values)}[({key} % {len(values)})::INTEGER + 1]"


class _Hash:
    """Seeded hash expressions over some key columns: the generator's random source."""

    def __init__(self, seed: int, *keys: str) -> None:
        self._prefix = ", ".join((*keys, str(seed)))

    def __call__(self, n: int) -> str:
        return f"hash({self._prefix}, {n})"


def _offense_sql(index: str, row_hash: str) -> tuple[str, str]:
    """SQL for a code spelling and the F/M/I letter of the offense number `index`."""
    offenses = _offenses()
    spellings = [s for offense in offenses for s in _spellings(offense)]
    letters = [o.level for o in offenses]
    number = f"({index} % {len(offenses)})::INTEGER"
    spelling = f"{_list(spellings)}[{number} * 4 + ({row_hash} % 4)::INTEGER + 1]"
    letter = f"replace({_list(letters)}[{number} + 1], 'W', {_pick(('F', 'M'), row_hash)})"
    return spelling, letter


def _birth_date(person: _Hash) -> str:
    """SQL for a date of birth between 1950 and 1995."""
    return f"DATE '1950-01-01' + ({person(4)} % 16800)::INTEGER"


def _adult_date(dob: str, key: str) -> str:
    """SQL for a day between the 18th birthday and mid-2025 (records are of adults)."""
    adult = f"({dob} + 6575)"
    return f"{adult} + ({key} % greatest(1, DATE '2025-06-30' - {adult}))::INTEGER"


def _yyyymmdd(day: str) -> str:
    return f"strftime({day}, '%Y%m%d')"


# The forms court exports write dates in; one export mixes them (hand edits, merged systems).
_DATE_FORMS = ("%m/%d/%Y", "%Y-%m-%d", "%-m/%-d/%y", "%Y%m%d")


def _mixed_date(day: str, key: str) -> str:
    """SQL writing `day` in one of _DATE_FORMS chosen by `key` (strftime wants a constant)."""
    forms = " ".join(f"WHEN {n} THEN strftime({day}, '{form}')"
                     for n, form in enumerate(_DATE_FORMS))
    return f"CASE {key} % {len(_DATE_FORMS)} {forms} END"


def _doj_fields(seed: int) -> tuple[dict[str, str], str]:
    """SQL for each DOJ field the generator fills, and the condition of a broken row.

    Works on (i row, s subject, k line of the subject, cycle, cycle_date).
    """
    row, subject, cycle = _Hash(seed, "i"), _Hash(seed, "s"), _Hash(seed, "s", "cycle")
    spelling, letter = _offense_sql(cycle(30), row(31))
    broken = f"({row(50)} % 1000)"
    no_code = f"{broken} = {_BROKEN_PER_1000 - 1}"
    split = f"({subject(1)} % 20 = 0 AND cycle = 2)"  # the second DOJ subject of one person
    registration = f"(k % 2 = 0 AND {cycle(60)} % 200 = 0 AND NOT {no_code})"
    see_comment = f"({row(32)} % 20 = 0)"
    court = "k % 2 = 1"
    convicted = "DISP_DESCR = 'CONVICTED'"
    last = _pick(LAST_NAMES, subject(2))
    initial = f"chr(65 + ({subject(10)} % 26)::INTEGER)"
    middle = f"CASE WHEN {subject(9)} % 3 = 0 THEN ' ' || {initial} END"
    court_date = f"cycle_date + 30 + ({cycle(12)} % 300)::INTEGER"
    # Later steps record relief already granted (read into `relief` by the importer).
    dispositions = ("CONVICTED",) * 14 + ("DISMISSED",) * 4 + ("ACQUITTED", "PROS REL") + (
        "CONV SET ASIDE & DISM PER 1203.4 PC",
        "DISMISSED/SEALED PER 11361.8 HS",
    )
    fields = {
        "RECORD_ID": "(i + 1)::VARCHAR",
        "SUBJECT_ID": f"'S' || lpad(s::VARCHAR, 8, '0') || CASE WHEN {split} THEN 'V' ELSE '' END",
        "CII_NUMBER": f"CASE WHEN {subject(6)} % 10 <> 0 "
                      f"THEN 'A' || lpad(({subject(7)} % 100000000)::VARCHAR, 8, '0') END",
        "PRI_NAME": f"CASE WHEN {split} THEN regexp_replace({last}, '([AEIOU])', '\\1\\1') "
                    f"ELSE {last} END || ',' || {_pick(FIRST_NAMES, subject(3))} "
                    f"|| coalesce({middle}, '')",
        "GENDER": f"CASE WHEN {subject(11)} % 25 <> 0 THEN {_pick(('M', 'F'), subject(8))} END",
        "PRI_DOB": f"CASE WHEN {subject(5)} % 50 <> 0 THEN {_yyyymmdd('dob')} END",
        "CYC_ORDER": "cycle::VARCHAR",
        "CYC_DATE": _yyyymmdd("cycle_date"),
        "STP_ORDER": "(k % 2 + 1)::VARCHAR",
        "STP_TYPE_DESCR": f"CASE WHEN {court} THEN 'COURT ACTION' WHEN {registration} "
                          "THEN 'REGISTRATION' ELSE 'ARREST/DETAINED/CITED' END",
        "STP_EVENT_DATE": f"CASE WHEN {broken} < {BAD_DATE_PER_1000} THEN '20141399' "
                          f"WHEN {court} THEN {_yyyymmdd(court_date)} "
                          f"ELSE {_yyyymmdd('cycle_date')} END",
        "STP_ORI_CNTY_CODE": f"lpad((({cycle(20)} % 58) + 1)::VARCHAR, 2, '0')",
        "STP_ORI_CNTY_NAME": f"CASE WHEN {broken} = {BAD_DATE_PER_1000} THEN 'GOTHAM' "
                             f"WHEN {row(21)} % 15 = 0 THEN NULL "
                             f"ELSE {_pick([c.upper() for c in counties()], cycle(20))} END",
        "CNT_ORDER": "'1'",
        "OFFENSE_DESCR": f"CASE WHEN {no_code} THEN NULL "
                         f"WHEN {registration} THEN '290 PC-SEX REGISTRANT' "
                         f"WHEN {see_comment} THEN '{SEE_COMMENT}' ELSE {spelling} END",
        "COMMENT_TEXT": f"CASE WHEN {see_comment} AND NOT {no_code} THEN {spelling} END",
        "OFFENSE_TOC": letter,
        "FE_NUM_CRT_CASE": f"CASE WHEN {court} THEN {_pick(('BA', 'CR', 'MA', 'F'), cycle(13))} "
                           f"|| lpad(({cycle(14)} % 1000000)::VARCHAR, 6, '0') END",
        "DISP_DESCR": f"CASE WHEN {court} THEN {_pick(dispositions, cycle(40))} END",
        # These read DISP_DESCR and OFFENSE_TOC, so they are computed in a second SELECT.
        "CONV_STAT_DESCR": f"CASE WHEN {convicted} THEN CASE OFFENSE_TOC WHEN 'F' THEN 'FELONY' "
                           "WHEN 'M' THEN 'MISDEMEANOR' ELSE 'INFRACTION' END END",
        "SENT_LOC_DESCR": f"CASE WHEN {convicted} "
                          f"THEN {_pick(('JAIL', 'PROBATION', 'PRISON'), cycle(41))} END",
        "SENT_LENGTH": f"CASE WHEN {convicted} THEN (1 + {cycle(42)} % 36)::VARCHAR END",
        "SENT_TIME_CODE": f"CASE WHEN {convicted} THEN {_pick(('D', 'M', 'Y'), cycle(43))} END",
    }
    return fields, f"{broken} < {_BROKEN_PER_1000}"


_SECOND_SELECT = ("CONV_STAT_DESCR", "SENT_LOC_DESCR", "SENT_LENGTH", "SENT_TIME_CODE")


def make_doj_file(path: Path, records: int, seed: int, *, header: bool = True) -> SynthSummary:
    """Write a DOJ research file of `records` lines: 4 lines per DOJ subject (two cycles, an
    arrest step and a court step each); one subject in 20 shows up again, for its second cycle,
    as another subject with a spelling variant of the same name."""
    fields, broken = _doj_fields(seed)
    first = ", ".join(f"{sql} AS {name}" for name, sql in fields.items()
                      if name not in _SECOND_SELECT)
    out = ", ".join(
        f"{fields[name]} AS {name}" if name in _SECOND_SELECT
        else name if name in fields else f"NULL::VARCHAR AS {name}"
        for name in DOJ_COLUMNS
    )
    keys = f"SELECT range AS i, range // 4 AS s, range % 4 AS k, range % 4 // 2 + 1 AS cycle " \
           f"FROM range({records})"
    born = f"SELECT *, {_birth_date(_Hash(seed, 's'))} AS dob FROM ({keys})"
    rows = f"SELECT *, {_adult_date('dob', _Hash(seed, 's', 'cycle')(15))} AS cycle_date " \
           f"FROM ({born})"
    query = f"SELECT {out} FROM (SELECT i, s, k, cycle, {first} FROM ({rows}))"
    with duckdb.connect() as con:
        con.execute(f"COPY ({query}) TO '{_sql_path(path)}' "
                    f"(FORMAT csv, HEADER {str(header).lower()})")
        (rejected,) = con.sql(f"SELECT count(*) FROM ({rows}) WHERE {broken}").fetchall()[0]
    return SynthSummary(records, int(rejected), people=(records + 3) // 4)


COURT_COLUMNS = ("Case Number", "Person ID", "Defendant", "DOB", "Court", "Charge",
                 "Charge Level", "Disposition", "Disposition Date", "Sentence", "Address")


def court_export_mapping() -> ColumnMapping:
    """The mapping that reads `make_court_export` files."""
    return ColumnMapping(
        columns={"court_case": "Case Number", "person_ref": "Person ID", "full_name": "Defendant",
                 "dob": "DOB", "county": "Court", "code_raw": "Charge", "level": "Charge Level",
                 "disposition": "Disposition", "disposition_date": "Disposition Date",
                 "sentence_text": "Sentence", "address": "Address"},
        values={"level": {"FEL": "felony", "MISD": "misdemeanor", "INF": "infraction"},
                "disposition": {"PLEA NOLO": "convicted"}},
    )


def _court_query(records: int, seed: int) -> tuple[str, str]:
    """One row per count, 2 counts per case, 2 cases per person; dates in four forms.
    Returns the query and the condition of a broken row (over `i`)."""
    row, case, person = _Hash(seed, "i"), _Hash(seed, "i // 2"), _Hash(seed, "p")
    broken = f"({row(50)} % 1000)"
    spelling, letter = _offense_sql(row(30), row(31))
    dob = _birth_date(person)
    disposed = _adult_date(dob, case(15))
    level = (f"replace(replace({letter}, 'F', {_pick(('F', 'FEL'), row(33))}), "
             f"'M', {_pick(('M', 'MISD'), row(34))})")
    dispositions = ("CONVICTED", "Guilty", "PLEA NOLO", "DISMISSED", "CONVICTED")
    street = _pick(STREETS, person(45))
    columns = {
        "Case Number": "'C' || lpad((i // 2)::VARCHAR, 7, '0')",
        "Person ID": f"CASE WHEN {person(6)} % 4 <> 0 THEN 'P' || lpad(p::VARCHAR, 7, '0') END",
        "Defendant": f"{_pick(LAST_NAMES, person(2))} || ', ' || {_pick(FIRST_NAMES, person(3))}",
        "DOB": f"CASE WHEN {person(5)} % 40 <> 0 "
               f"THEN {_mixed_date(dob, row(7))} END",
        "Court": f"CASE WHEN {broken} = {BAD_DATE_PER_1000} THEN 'Gotham' "
                 f"ELSE {_pick(counties(), person(20))} END",
        "Charge": f"CASE WHEN {broken} <> {_BROKEN_PER_1000 - 1} THEN {spelling} END",
        "Charge Level": level,
        "Disposition": _pick(dispositions, row(40)),
        "Disposition Date": f"CASE WHEN {broken} < {BAD_DATE_PER_1000} THEN '13/45/2011' "
                            f"ELSE {_mixed_date(disposed, row(8))} END",
        "Sentence": f"CASE WHEN {row(41)} % 3 = 0 "
                    f"THEN (1 + {row(42)} % 36)::VARCHAR || ' days jail' END",
        "Address": f"CASE WHEN {person(43)} % 5 <> 0 "
                   f"THEN (100 + {person(44)} % 9000)::VARCHAR || ' ' || {street} END",
    }
    select = ", ".join(f'{sql} AS "{name}"' for name, sql in columns.items())
    query = f"SELECT {select} FROM (SELECT range AS i, range // 4 AS p FROM range({records}))"
    return query, f"{broken} < {_BROKEN_PER_1000}"


def make_court_export(path: Path, records: int, seed: int, fmt: str = "csv") -> SynthSummary:
    """Write a court case-index export (CSV or XLSX) with a header row: each person has two
    cases of two counts."""
    query, broken = _court_query(records, seed)
    with duckdb.connect() as con:
        if fmt == "csv":
            con.execute(f"COPY ({query}) TO '{_sql_path(path)}' (FORMAT csv, HEADER true)")
        elif fmt == "xlsx":
            _write_xlsx(path, COURT_COLUMNS, con.sql(query).fetchall())
        else:
            raise ValueError(f"unknown format {fmt!r}")
        (rejected,) = con.sql(
            f"SELECT count(*) FROM (SELECT range AS i FROM range({records})) WHERE {broken}"
        ).fetchall()[0]
    return SynthSummary(records, int(rejected), people=(records + 3) // 4)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """A minimal one-sheet workbook with inline strings: enough for Excel and calamine, and no
    spreadsheet-writer dependency just for test data."""
    def cells(values: Sequence[object]) -> str:
        return "".join(
            f'<c t="inlineStr"><is><t>{escape(str(value))}</t></is></c>' if value is not None
            else "<c/>" for value in values)

    sheet_rows = [f'<row r="{n}">{cells(values)}</row>'
                  for n, values in enumerate([header, *rows], start=1)]
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    types = "http://schemas.openxmlformats.org/package/2006/content-types"
    mime = "application/vnd.openxmlformats-"
    parts = {
        "[Content_Types].xml": (
            f'<Types xmlns="{types}"><Default Extension="rels" ContentType="{mime}package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{mime}officedocument.'
            'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" '
            f'ContentType="{mime}officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
                        f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                            '<sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": (f'<worksheet xmlns="{main}"><sheetData>'
                                     + "".join(sheet_rows) + "</sheetData></worksheet>"),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", choices=("doj", "court"))
    parser.add_argument("out", type=Path)
    parser.add_argument("--records", type=int, default=125_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-header", action="store_true", help="DOJ file without header row")
    args = parser.parse_args(argv)
    if args.kind == "doj":
        summary = make_doj_file(args.out, args.records, args.seed, header=not args.no_header)
    else:
        fmt = "xlsx" if args.out.suffix.lower() == ".xlsx" else "csv"
        summary = make_court_export(args.out, args.records, args.seed, fmt)
    print(f"{args.out}: {summary.records} records, {summary.people} people, "
          f"{summary.rejected_lines} lines to reject")
    return 0


if __name__ == "__main__":
    sys.exit(main())
