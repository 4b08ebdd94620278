"""Read a county's records into canonical rows: the DOJ research file or a mapped export.

Both readers load the file with DuckDB (every field as text, strict quoting), stage it as
text columns named after the canonical row, and hand it to one normaliser that reads dates,
levels, counties and codes in SQL. Only the distinct code spellings (a few hundred in a
million rows) pass through Python, because the code reader is the rule module's own.

Two kinds of failure are kept apart:
- a file whose shape is wrong (binary, a wrong field count, a line the CSV reader cannot
  split, no records) is refused with a BulkFileError naming the file and the line, and
  nothing is imported: a shifted field would put values in the wrong columns;
- a usable file's rows that cannot be used go to `rejects` with line, column and reason.
Every data line is accounted for: `rows` + distinct rejected lines == `total_lines`.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TypeVar

import duckdb
import pyarrow as pa

from clinic_app.core.bulk.doj_layout import DOJ_COLUMNS, HEADER_MARKER, SEE_COMMENT
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
from clinic_app.core.bulk.mapping import (
    CSV_SUFFIXES,
    FULL_NAME,
    XLSX_SUFFIXES,
    ColumnMapping,
    header_positions,
    read_sheet,
)
from clinic_app.core.bulk.schema import (
    CANONICAL_SCHEMA,
    INPUT_COLUMNS,
    REJECTS_SCHEMA,
    Disposition,
    EventType,
    SentenceUnit,
    Source,
)
from clinic_app.core.courts import counties
from clinic_app.core.messages import message
from clinic_app.core.model import Level
from clinic_app.core.progress import Cancelled, CancelledFn, ProgressFn, never, no_progress
from clinic_app.core.rapsheet.dispositions import read_disposition
from clinic_app.core.rules.codes import UnreadableCode, read_code
from clinic_app.core.rules.offense_table import offense_table

_SNIFF_BYTES: Final = 1 << 16
_Key = TypeVar("_Key")
_STAGES: Final = 3  # reading, normalising, checking: the progress total

# Date forms seen in DOJ files and court exports, tried in order. Two-digit years come first
# because "%m/%d/%Y" would read "1/2/85" as the year 85.
_FOUR_DIGIT_DATES: Final = (
    "%Y%m%d",
    "%Y-%m-%d",
    "%m/%d/%Y",
    "%m-%d-%Y",
    "%Y/%m/%d",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
)
_TWO_DIGIT_DATE: Final = "%m/%d/%y"

# Spellings of the canonical words, by column; matched on the upper-cased, trimmed value.
_LEVEL_WORDS: Final = {
    Level.FELONY: ("F", "FEL", "FELONY"),
    Level.MISDEMEANOR: ("M", "MISD", "MIS", "MISDEMEANOR"),
    Level.INFRACTION: ("I", "INF", "INFR", "INFRACTION"),
}
_UNIT_WORDS: Final = {
    SentenceUnit.DAYS: ("D", "DAY", "DAYS"),
    SentenceUnit.MONTHS: ("M", "MO", "MOS", "MONTH", "MONTHS"),
    SentenceUnit.YEARS: ("Y", "YR", "YRS", "YEAR", "YEARS"),
}
_BOOLEAN_WORDS: Final = {
    True: ("Y", "YES", "TRUE", "T", "1"),
    False: ("N", "NO", "FALSE", "F", "0"),
}
# Matched on the start of the value (or the canonical word itself): the DOJ prints
# "CONVICTED", "ARREST/DETAINED/CITED", "CUSTODY:JAIL"; any other value is "other".
_DISPOSITION_PREFIXES: Final[dict[str, tuple[str, ...]]] = {
    Disposition.ACQUITTED: ("ACQUIT", "NOT GUILTY"),
    Disposition.CONVICTED: ("CONVICTED", "CONVICTION", "GUILTY"),
    Disposition.DISMISSED: ("DISMISS",),
}
_EVENT_PREFIXES: Final[dict[str, tuple[str, ...]]] = {
    EventType.ARREST: ("ARREST", "DETAINED", "CITED", "CITATION"),
    EventType.COURT: ("COURT",),
    EventType.CUSTODY: ("CUSTODY",),
    EventType.PROBATION: ("PROBATION",),
    EventType.REGISTRATION: ("REGISTRATION",),
}

_DATE_COLUMNS: Final = ("dob", "cycle_date", "event_date", "disposition_date", "offense_date")
_INTEGER_COLUMNS: Final = ("step_order", "count_order", "sentence_length")
_NAME_COLUMNS: Final = ("last_name", "first_name")


@dataclass(frozen=True)
class ImportResult:
    """Canonical rows, the rows that could not be used, and how many data lines were read."""

    rows: pa.Table  # CANONICAL_SCHEMA, in input order
    rejects: pa.Table  # REJECTS_SCHEMA: one row per unusable value, by line
    total_lines: int  # data lines (records) read, header not counted


def read_doj(
    path: Path, *, progress: ProgressFn = no_progress, cancelled: CancelledFn = never
) -> ImportResult:
    """Read a DOJ research file (95 fields, with or without the header row)."""
    _check_text_file(path, CSV_SUFFIXES)
    has_header = _split_line(_first_line(path), ",")[0].strip().upper() == HEADER_MARKER
    with _database(path) as con:
        progress(0, _STAGES, "bulk.progress.reading")
        staging = _doj_staging()
        _load_csv(
            con,
            path,
            len(DOJ_COLUMNS),
            _used_columns(staging),
            has_header=has_header,
            delimiter=",",
        )
        _check_cancel(cancelled)
        _stage(con, staging)
        return _normalise(con, Source.DOJ, (), progress, cancelled)


def read_mapped(
    path: Path,
    mapping: ColumnMapping,
    *,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never,
) -> ImportResult:
    """Read a court export (CSV or XLSX, with a header row) through `mapping`."""
    _check_text_file(path, CSV_SUFFIXES | XLSX_SUFFIXES)
    with _database(path) as con:
        progress(0, _STAGES, "bulk.progress.reading")
        if path.suffix.lower() in XLSX_SUFFIXES:
            header = _load_sheet(con, path, mapping.sheet)
            staging = _mapped_staging(mapping, header_positions(header, mapping, str(path)))
        else:
            header = _split_line(_first_line(path), mapping.delimiter)
            staging = _mapped_staging(mapping, header_positions(header, mapping, str(path)))
            _load_csv(
                con,
                path,
                len(header),
                _used_columns(staging),
                has_header=True,
                delimiter=mapping.delimiter,
            )
        _check_cancel(cancelled)
        _stage(con, staging)
        return _normalise(con, Source.MAPPED, mapping.date_formats, progress, cancelled)


@contextmanager
def _database(source: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A private in-memory DuckDB for one import.

    Spilling to disk is off: DuckDB's default would write rows of client data, unencrypted,
    into ./.tmp under memory pressure (conventions §7). A file too large for memory is
    refused instead; a million DOJ rows peak near 1.2 GB.
    """
    with duckdb.connect(config={"temp_directory": ""}) as con:
        try:
            yield con
        except duckdb.OutOfMemoryException:
            raise BulkFileTooLarge(source=str(source)) from None


# --- refusing files whose shape is wrong ---------------------------------------------------


def _check_text_file(path: Path, suffixes: Iterable[str]) -> None:
    """Refuse a missing, empty, unsupported or binary file before DuckDB sees it."""
    if not path.is_file():
        raise BulkFileMissing(source=str(path))
    if path.suffix.lower() not in suffixes:
        raise UnsupportedBulkFile(source=str(path))
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if not head.strip():
        raise EmptyBulkFile(source=str(path))
    if path.suffix.lower() in XLSX_SUFFIXES:
        return  # a zip: the sheet reader checks it
    if b"\0" in head:  # UTF-16 "Unicode text" from Excel, a zip, a PDF
        raise BinaryBulkFile(source=str(path), line=_line_at(head, head.index(b"\0")))
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)
    except UnicodeDecodeError as error:
        raise BinaryBulkFile(source=str(path), line=_line_at(head, error.start)) from None


def _line_at(head: bytes, offset: int) -> str:
    return str(head.count(b"\n", 0, offset) + 1)


def _first_line(path: Path) -> str:
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        return handle.readline().rstrip("\r\n")


def _split_line(line: str, delimiter: str) -> tuple[str, ...]:
    """The fields of one CSV line, quotes honoured (for the header and for error messages)."""
    return tuple(next(csv.reader([line], delimiter=delimiter), [""]))


def _load_csv(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    field_count: int,
    used: Iterable[str],
    *,
    has_header: bool,
    delimiter: str,
) -> None:
    """Load the `used` fields (c0, c1, ...) as text into the view `raw(line, ...)`; refuse the
    file if any line has the wrong field count or cannot be split.

    Only the fields staging reads are kept: the DOJ file has 95, bulk review reads about 25,
    and keeping all of them doubled peak memory on a million rows.

    DuckDB 2.0 silently accepts a line with extra *empty* fields at its end, which is exactly
    what a comma typed into an unquoted value leaves when the last field is empty: every
    value after it shifts one column. So one sentinel column more than the layout is
    declared, missing fields are padded with NULL and empty fields are kept as '' (`nullstr`
    is a control character): a line is the right length exactly when its last field is not
    NULL and the sentinel is. DuckDB also records lines it cannot split in a rejects table
    instead of stopping, which gives the line number to name.
    """
    last, sentinel = f"c{field_count - 1}", f"c{field_count}"
    kept = list(dict.fromkeys([*used, last, sentinel]))
    _read_csv(con, path, field_count + 1, kept, has_header=has_header, delimiter=delimiter)
    errors = con.sql("SELECT line, error_type FROM reject_errors ORDER BY line LIMIT 1").fetchall()
    if errors:
        line, kind = int(errors[0][0]), str(errors[0][1])
        if kind in ("TOO MANY COLUMNS", "MISSING COLUMNS"):
            raise WrongFieldCount(
                source=str(path),
                line=str(line),
                expected=str(field_count),
                found=str(_field_count_at(path, line, delimiter)),
            )
        raise MalformedLine(source=str(path), line=str(line), reason=kind.lower())
    (records,) = con.sql("SELECT count(*) FROM raw_input").fetchall()[0]
    if not records:
        raise EmptyBulkFile(source=str(path))
    _number_records(con, path, int(records), has_header=has_header, delimiter=delimiter)
    shifted = con.sql(
        f"SELECT min(line) FROM numbered WHERE {sentinel} IS NOT NULL OR {last} IS NULL"
    ).fetchall()[0][0]
    if shifted is not None:
        raise WrongFieldCount(
            source=str(path),
            line=str(shifted),
            expected=str(field_count),
            found=str(_field_count_at(path, int(shifted), delimiter)),
        )
    columns = ", ".join(f"nullif({name}, '') AS {name}" for name in dict.fromkeys(used))
    con.execute(f"CREATE TEMP VIEW raw AS SELECT line, {columns} FROM numbered")


def _read_csv(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    field_count: int,
    kept: list[str],
    *,
    has_header: bool,
    delimiter: str,
) -> None:
    """`raw_input`: the `kept` fields of every record, as text, in input order.

    DuckDB's parallel scanner refuses quoted line breaks when missing fields are padded; the
    single-threaded scanner reads them, so a file it refuses is read again that way. A file
    neither can read is refused; DuckDB's message quotes the file's lines, so it stays out
    of ours.
    """
    types = ", ".join(f"'c{index}': 'VARCHAR'" for index in range(field_count))
    query = (
        f"CREATE OR REPLACE TEMP TABLE raw_input AS SELECT {', '.join(kept)} "
        "FROM read_csv(?, columns = {" + types + "}, header = ?, delim = ?, quote = '\"', "
        "escape = '\"', auto_detect = false, strict_mode = true, all_varchar = true, "
        "null_padding = true, nullstr = '\x01', store_rejects = true, parallel = ?)"
    )
    for parallel in (True, False):
        try:
            con.execute(query, [str(path), has_header, delimiter, parallel])
            return
        except duckdb.Error as error:
            # Binder and catalog errors are bugs in this module, not a property of the file.
            parse_error = isinstance(error, duckdb.InvalidInputException) or type(error) is (
                duckdb.Error
            )
            if not parse_error:
                raise
    raise MalformedFile(source=str(path))


def _number_records(
    con: duckdb.DuckDBPyConnection, path: Path, records: int, *, has_header: bool, delimiter: str
) -> None:
    """`numbered`: raw_input with `line`, the physical line each record starts on.

    Usually every record is one line, and the line is the record's position plus the header:
    counting the file's line breaks (fast, in C) proves it. A quoted value with a line break in
    it, or a blank line (DuckDB skips those), breaks that; then the lines are counted record by
    record with the csv module, which reads quotes as DuckDB does.
    """
    first = 2 if has_header else 1
    if _physical_lines(path) == records + first - 1:
        con.execute(
            f"CREATE TEMP VIEW numbered AS SELECT rowid + {first} AS line, * FROM raw_input"
        )
        return
    starts = _record_start_lines(path, has_header=has_header, delimiter=delimiter)
    if len(starts) != records:
        raise MalformedFile(source=str(path))
    con.register("record_lines", pa.table({"line": pa.array(starts, pa.int64())}))
    con.execute("CREATE TEMP VIEW numbered AS SELECT * FROM raw_input POSITIONAL JOIN record_lines")


def _physical_lines(path: Path) -> int:
    """Lines in the file, line breaks at its very end not counted."""
    breaks, tail = 0, b""
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 24):
            breaks += chunk.count(b"\n")
            tail = chunk
    trailing = tail[len(tail.rstrip(b"\r\n")) :]
    return breaks - trailing.count(b"\n") + 1


def _record_start_lines(path: Path, *, has_header: bool, delimiter: str) -> list[int]:
    """The line each non-blank record starts on (the header's skipped)."""
    starts = []
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        end_of_previous = 0
        for fields in reader:
            if fields:
                starts.append(end_of_previous + 1)
            end_of_previous = reader.line_num
    return starts[1:] if has_header else starts


def _field_count_at(path: Path, line: int, delimiter: str) -> int:
    """How many fields line `line` has (only read to word the refusal)."""
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        text = next(itertools.islice(handle, line - 1, None), "")
    return len(_split_line(text.rstrip("\r\n"), delimiter))


def _load_sheet(con: duckdb.DuckDBPyConnection, path: Path, sheet: str | None) -> tuple[str, ...]:
    """Load a worksheet into `raw(line, c0, ...)`, line being the sheet row; return its header.

    Rows whose every cell is empty are not records (Excel keeps formatted blank rows) and are
    not counted.
    """
    cells = read_sheet(path, sheet)
    if len(cells) < 2:
        raise EmptyBulkFile(source=str(path))
    header, body = cells[0], cells[1:]
    kept = [(line, row) for line, row in enumerate(body, start=2) if any(c.strip() for c in row)]
    if not kept:
        raise EmptyBulkFile(source=str(path))
    arrays: dict[str, list[object]] = {"line": [line for line, _ in kept]}
    for index in range(len(header)):
        arrays[f"c{index}"] = [
            row[index] if index < len(row) and row[index] != "" else None for _, row in kept
        ]
    con.register("raw", pa.table(arrays))
    return header


def _used_columns(staging: str) -> list[str]:
    """The input fields (c0, c1, ...) a staging SELECT list reads."""
    return sorted(set(re.findall(r"\bc\d+\b", staging)), key=lambda name: int(name[1:]))


def _stage(con: duckdb.DuckDBPyConnection, staging: str) -> None:
    """`staged`: the input as canonical text columns; the raw input is dropped at once."""
    con.execute(f"CREATE TEMP TABLE staged AS SELECT {staging} FROM raw")
    for statement in (
        "DROP VIEW IF EXISTS raw",
        "DROP VIEW IF EXISTS numbered",
        "DROP TABLE IF EXISTS raw_input",
    ):
        con.execute(statement)


def _check_cancel(cancelled: CancelledFn) -> None:
    if cancelled():
        raise Cancelled()


# --- staging: input columns as canonical text columns -------------------------------------


def _doj_staging() -> str:
    """SELECT list turning the DOJ's 95 fields into canonical text columns."""
    c = {name: f"c{index}" for index, name in enumerate(DOJ_COLUMNS)}
    see_comment = f"coalesce(trim({c['OFFENSE_DESCR']}), '') IN ('', '{SEE_COMMENT}')"
    registration = (
        f"upper({c['STP_TYPE_DESCR']}) LIKE 'REGISTRATION%' AND {c['OFFENSE_DESCR']} LIKE '290%'"
    )
    staged = {
        "person_ref": c["SUBJECT_ID"],
        "cii": c["CII_NUMBER"],
        FULL_NAME: c["PRI_NAME"],
        "dob": c["PRI_DOB"],
        "gender": c["GENDER"],
        "cycle": c["CYC_ORDER"],
        "cycle_date": c["CYC_DATE"],
        "event_type": c["STP_TYPE_DESCR"],
        "event_date": c["STP_EVENT_DATE"],
        "step_order": c["STP_ORDER"],
        "county": f"coalesce({c['STP_ORI_CNTY_NAME']}, {c['STP_ORI_CNTY_CODE']})",
        "court_case": c["FE_NUM_CRT_CASE"],
        "count_order": c["CNT_ORDER"],
        "code_raw": f"CASE WHEN {see_comment} THEN {c['COMMENT_TEXT']} "
        f"ELSE {c['OFFENSE_DESCR']} END",
        "level": f"coalesce({c['CONV_STAT_DESCR']}, {c['OFFENSE_TOC']})",
        "disposition": c["DISP_DESCR"],
        "disposition_date": c["DISP_DATE"],
        "sentence_location": c["SENT_LOC_DESCR"],
        "sentence_length": c["SENT_LENGTH"],
        "sentence_unit": c["SENT_TIME_CODE"],
        "registered_290": f"CASE WHEN {registration} THEN 'Y' ELSE 'N' END",
    }
    return _staging_select(staged)


def _mapped_staging(mapping: ColumnMapping, positions: Mapping[str, int]) -> str:
    """SELECT list reading the mapped input columns, with the mapping's value maps applied."""
    staged: dict[str, str] = {}
    for name, index in positions.items():
        expression = f"c{index}"
        table = mapping.values.get(name)
        if table:
            cases = " ".join(
                f"WHEN {_literal(raw.strip().upper())} THEN {_literal(value)}"
                for raw, value in table.items()
            )
            expression = f"CASE upper(trim({expression})) {cases} ELSE {expression} END"
        staged[name] = expression
    # A court export lists court cases; each case is the cycle its counts belong to.
    staged.setdefault("event_type", _literal(EventType.COURT.value))
    staged.setdefault("cycle", staged.get("court_case", "NULL"))
    if mapping.county is not None:
        staged.setdefault("county", _literal(mapping.county))
    return _staging_select(staged)


def _staging_select(staged: Mapping[str, str]) -> str:
    """line + every input column (NULL when the source lacks it), empty text as NULL."""
    names = (*INPUT_COLUMNS, FULL_NAME)
    parts = ["line"] + [
        f"nullif(trim({staged[name]}), '') AS {name}"
        if name in staged
        else f"NULL::VARCHAR AS {name}"
        for name in names
    ]
    return ", ".join(parts)


# --- normalising ---------------------------------------------------------------------------


def _normalise(
    con: duckdb.DuckDBPyConnection,
    source: Source,
    date_formats: tuple[str, ...],
    progress: ProgressFn,
    cancelled: CancelledFn,
) -> ImportResult:
    progress(1, _STAGES, "bulk.progress.normalising")
    distinct = [
        raw
        for (raw,) in con.sql(
            "SELECT DISTINCT code_raw FROM staged WHERE code_raw IS NOT NULL"
        ).fetchall()
    ]
    con.register("code_readings", _read_codes(distinct))
    wordings = [
        raw
        for (raw,) in con.sql(
            "SELECT DISTINCT disposition FROM staged WHERE disposition IS NOT NULL"
        ).fetchall()
    ]
    con.register("disposition_readings", _read_dispositions(wordings))
    con.register("county_names", _county_keys())
    (total,) = con.sql("SELECT count(*) FROM staged").fetchall()[0]
    con.execute(f"CREATE TEMP TABLE norm AS {_normalised_select(source, date_formats)}")
    con.execute("DROP TABLE staged")
    _check_cancel(cancelled)

    progress(2, _STAGES, "bulk.progress.checking")
    con.register("reason_texts", _reason_texts())
    con.execute(f"CREATE TEMP TABLE rejected AS {_rejects_select()}")
    canonical = ", ".join(CANONICAL_SCHEMA.names)
    rows = con.sql(
        f"SELECT {canonical} FROM norm ANTI JOIN rejected USING (line) ORDER BY line"
    ).to_arrow_table()
    rejects = con.sql(
        'SELECT line, "column", value, reason_key, reason FROM rejected '
        'JOIN reason_texts USING (reason_key) ORDER BY line, "column"'
    ).to_arrow_table()
    progress(_STAGES, _STAGES, "bulk.progress.checking")
    return ImportResult(rows.cast(CANONICAL_SCHEMA), rejects.cast(REJECTS_SCHEMA), int(total))


def _read_codes(spellings: list[str]) -> pa.Table:
    """Canonical readings of each distinct spelling, with the rule module's code reader.

    The DOJ follows the code with a description ("11357(A) HS-POSSESS MARIJUANA"); a spelling
    that does not read whole is read again up to its first hyphen.
    """
    table = offense_table()
    codes: list[str | None] = []
    related: list[list[str] | None] = []
    attempted: list[bool | None] = []
    for spelling in spellings:
        reading = None
        for candidate in (spelling, spelling.split("-", 1)[0]):
            try:
                reading = read_code(candidate, table.is_known_section)
                break
            except UnreadableCode:
                continue
        codes.append(reading.code if reading else None)
        related.append(list(reading.related) if reading else None)
        attempted.append(reading.attempted if reading else None)
    return pa.table(
        {"code_raw": spellings, "code": codes, "related_codes": related, "attempted": attempted},
        schema=pa.schema(
            [
                ("code_raw", pa.string()),
                ("code", pa.string()),
                ("related_codes", pa.list_(pa.string())),
                ("attempted", pa.bool_()),
            ]
        ),
    )


def _read_dispositions(wordings: list[str]) -> pa.Table:
    """The relief each distinct disposition wording records ("CONV SET ASIDE & DISM PER
    1203.4 PC" -> pc1203_4), read by the rap-sheet reader's own disposition reader: relief
    already granted must not be asked for again, and the rules read it."""
    readings = [read_disposition(wording) for wording in wordings]
    return pa.table(
        {
            "disposition_raw": wordings,
            "relief": [r.remedy.value if r.remedy else None for r in readings],
            "level_after": [r.level_after.value if r.level_after else None for r in readings],
        },
        schema=pa.schema(
            [(name, pa.string()) for name in ("disposition_raw", "relief", "level_after")]
        ),
    )


def _county_keys() -> pa.Table:
    """Every spelling of a county the normaliser accepts, upper case: the name, "NAME
    COUNTY", and the DOJ's two-digit county code (01 Alameda ... 58 Yuba, alphabetical)."""
    keys: dict[str, str] = {}
    for number, name in enumerate(counties(), start=1):
        upper = name.upper()
        for key in (upper, f"{upper} COUNTY", f"COUNTY OF {upper}", f"{number:02d}", str(number)):
            keys[key] = name
    return pa.table({"county_key": list(keys), "county_name": list(keys.values())})


def _reason_texts() -> pa.Table:
    keys = [f"bulk.reject.{reason}" for reason in _REASONS]
    return pa.table({"reason_key": keys, "reason": [message(key, "en") for key in keys]})


def _normalised_select(source: Source, date_formats: tuple[str, ...]) -> str:
    """One SELECT over `staged` producing canonical values beside the raw text they came from
    (kept as raw_<column> for the reject checks)."""
    last_from_full = f"split_part({FULL_NAME}, ',', 1)"
    first_from_full = f"nullif(trim(substr({FULL_NAME}, strpos({FULL_NAME}, ',') + 1)), '')"
    names = {
        "last_name": f"upper(trim(coalesce(last_name, {last_from_full})))",
        "first_name": f"upper(trim(coalesce(first_name, CASE WHEN strpos({FULL_NAME}, ',') > 0 "
        f"THEN {first_from_full} END)))",
    }
    values = {
        "line": "s.line",
        "source": _literal(source.value),
        "person_ref": "person_ref",
        "cii": "cii",
        **names,
        "gender": "upper(gender)",
        "cycle": "cycle",
        "event_type": _prefix_case("event_type", _EVENT_PREFIXES, EventType.OTHER),
        "county": "county_name",
        "court_case": "court_case",
        "code_raw": "s.code_raw",
        "code": "r.code",
        "related_codes": "r.related_codes",
        "attempted": "r.attempted",
        "level": _word_case("level", _LEVEL_WORDS),
        "disposition": _prefix_case("disposition", _DISPOSITION_PREFIXES, Disposition.OTHER),
        "relief": "d.relief",
        "level_after": "d.level_after",
        "sentence_location": "upper(sentence_location)",
        "sentence_unit": _word_case("sentence_unit", _UNIT_WORDS),
        "sentence_text": "sentence_text",
        "registered_290": _word_case("registered_290", _BOOLEAN_WORDS, result_type="BOOLEAN"),
        "address": "address",
    }
    values |= {name: _date_sql(name, date_formats) for name in _DATE_COLUMNS}
    values |= {name: f"try_cast({name} AS INTEGER)" for name in _INTEGER_COLUMNS}
    # gogen reads the step date as the disposition date when the count has none of its own.
    values["disposition_date"] = (
        f"coalesce({values['disposition_date']}, CASE WHEN "
        f"disposition IS NOT NULL THEN {values['event_date']} END)"
    )
    selected = [f"{values[name]} AS {name}" for name in CANONICAL_SCHEMA.names]
    raw = [
        f"s.{name} AS raw_{name}"
        for name in (*INPUT_COLUMNS, FULL_NAME)
        if name not in ("code_raw", *_NAME_COLUMNS)
    ]
    return (
        f"SELECT {', '.join(selected + raw)} FROM staged s "
        "LEFT JOIN code_readings r ON r.code_raw = s.code_raw "
        "LEFT JOIN disposition_readings d ON d.disposition_raw = s.disposition "
        "LEFT JOIN county_names ON county_key = upper(s.county)"
    )


def _checks() -> list[tuple[str, str, str]]:
    """(reason, column, condition on `norm`) of every check; the reason names the message key
    bulk.reject.<reason>. A row failing several checks gives one reject row per check."""
    checks = [
        (
            "no_person",
            "person_ref",
            "person_ref IS NULL AND cii IS NULL AND (last_name IS NULL OR last_name = '')",
        ),
        ("unknown_county", "county", "raw_county IS NOT NULL AND county IS NULL"),
        (
            "no_code",
            "code_raw",
            f"code_raw IS NULL AND event_type IN ('{EventType.ARREST}', '{EventType.COURT}')",
        ),
        ("unreadable_code", "code_raw", "code_raw IS NOT NULL AND code IS NULL"),
    ]
    checks += [
        ("unreadable_date", name, f"raw_{name} IS NOT NULL AND {name} IS NULL")
        for name in _DATE_COLUMNS
    ]
    checks += [
        ("unreadable_number", name, f"raw_{name} IS NOT NULL AND {name} IS NULL")
        for name in _INTEGER_COLUMNS
    ]
    checks += [
        ("unknown_value", name, f"raw_{name} IS NOT NULL AND {name} IS NULL")
        for name in ("level", "sentence_unit", "registered_290")
    ]
    return checks


_REASONS: Final = tuple(dict.fromkeys(reason for reason, _, _ in _checks()))


def _rejects_select() -> str:
    parts = []
    for reason, column, condition in _checks():
        value = "code_raw" if column == "code_raw" else f"raw_{column}"
        if reason == "no_person":
            value = "NULL"
        parts.append(
            f'SELECT line, {_literal(column)} AS "column", {value}::VARCHAR AS value, '
            f"'bulk.reject.{reason}' AS reason_key FROM norm WHERE {condition}"
        )
    return " UNION ALL ".join(parts)


# --- SQL helpers ---------------------------------------------------------------------------


def _literal(text: str) -> str:
    """A SQL string literal; values come from mapping files, so quotes are doubled."""
    return "'" + text.replace("'", "''") + "'"


def _date_sql(column: str, hints: tuple[str, ...]) -> str:
    """The first form that reads `column` as a date.

    Two-digit years read 69-99 as 19xx and 00-68 as 20xx (DuckDB's rule); a date that lands
    in the future that way is a past century's ("12/31/60" born in 1960, not 2060).
    """
    four = "[" + ", ".join(_literal(f) for f in (*hints, *_FOUR_DIGIT_DATES)) + "]"
    two = f"try_strptime({column}, {_literal(_TWO_DIGIT_DATE)})::DATE"
    two_fixed = (
        f"CASE WHEN {two} > current_date THEN ({two} - INTERVAL 100 YEAR)::DATE ELSE {two} END"
    )
    return f"coalesce({two_fixed}, try_strptime({column}, {four})::DATE)"


def _word_case(
    column: str, words: Mapping[_Key, tuple[str, ...]], *, result_type: str = "VARCHAR"
) -> str:
    """CASE mapping each spelling of `words` (upper case) to its key; NULL otherwise."""
    whens = " ".join(
        f"WHEN upper({column}) IN ({', '.join(map(_literal, spellings))}) THEN {_sql_value(key)}"
        for key, spellings in words.items()
    )
    return f"CAST(CASE {whens} END AS {result_type})"


def _prefix_case(column: str, prefixes: Mapping[str, tuple[str, ...]], other: str) -> str:
    """CASE mapping values that start with one of `prefixes` (or equal the canonical word);
    any other non-null value becomes `other`."""
    whens = " ".join(
        "WHEN "
        + " OR ".join(
            f"starts_with(upper({column}), {_literal(p)})" for p in (key.upper(), *spellings)
        )
        + f" THEN {_literal(key)}"
        for key, spellings in prefixes.items()
    )
    return f"CASE WHEN {column} IS NULL THEN NULL {whens} ELSE {_literal(other)} END"


def _sql_value(value: object) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return _literal(str(value))
