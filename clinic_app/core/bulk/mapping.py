"""How a county court export's columns feed the canonical row, saved as a small TOML file.

Every court exports its case index with its own column names, date forms and abbreviations;
an office describes its export once (the GUI builds the mapping from `preview`) and reuses it
for every run. The mapping names input columns by their header text, so a re-export with the
columns in another order still reads correctly.

```toml
delimiter = ","
date_formats = ["%d-%b-%Y"]        # tried before the built-in forms
county = "Fresno"                  # when the export has no county column

[columns]                          # canonical column = "input header"
court_case = "Case Number"
full_name = "Defendant"            # "LAST, FIRST" when there are no separate name columns
code_raw = "Charge"

[values.level]                     # the export's value = the canonical value
FEL = "felony"
```
"""

from __future__ import annotations

import csv
import itertools
import json
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Final

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator
from python_calamine import CalamineError, CalamineWorkbook

from clinic_app.core.bulk.errors import (
    BulkFileMissing,
    DamagedWorkbook,
    InvalidMapping,
    UnsupportedBulkFile,
)
from clinic_app.core.bulk.schema import INPUT_COLUMNS
from clinic_app.core.courts import counties
from clinic_app.core.safe_write import write_atomically

# A single "LAST, FIRST" column, split into last_name and first_name on reading.
FULL_NAME: Final = "full_name"
MAPPABLE_COLUMNS: Final = frozenset({*INPUT_COLUMNS, FULL_NAME})
CSV_SUFFIXES: Final = frozenset({".csv", ".txt"})
XLSX_SUFFIXES: Final = frozenset({".xlsx", ".xlsm"})


class ColumnMapping(BaseModel):
    """Which input column feeds which canonical column, and how its values read."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    columns: dict[str, str]  # canonical column -> input header
    date_formats: tuple[str, ...] = ()  # strptime forms tried before the built-in ones
    values: dict[str, dict[str, str]] = {}  # canonical column -> {input value: canonical value}
    delimiter: str = ","
    sheet: str | None = None  # XLSX: the sheet to read (default: the first)
    county: str | None = None  # the county of every row when no column gives it

    @field_validator("columns", "values")
    @classmethod
    def _known_columns(cls, value: dict[str, object]) -> dict[str, object]:
        unknown = sorted(set(value) - MAPPABLE_COLUMNS)
        if unknown:
            raise ValueError(f"unknown canonical columns: {', '.join(unknown)}")
        return value

    @field_validator("delimiter")
    @classmethod
    def _one_character(cls, value: str) -> str:
        if len(value) != 1:
            raise ValueError("the delimiter is one character")
        return value

    @field_validator("county")
    @classmethod
    def _a_county(cls, value: str | None) -> str | None:
        """One of the 58 names, so a typo is caught once here, not as a reject on every row."""
        if value is None:
            return None
        names = {name.casefold(): name for name in counties()}
        found = names.get(value.strip().casefold().removesuffix(" county").strip())
        if found is None:
            raise ValueError(f"{value!r} is not one of California's 58 counties")
        return found

    @model_validator(mode="after")
    def _has_code_and_person(self) -> ColumnMapping:
        if "code_raw" not in self.columns:
            raise ValueError("no column is mapped to code_raw (the offense)")
        if not {"person_ref", "cii", "last_name", FULL_NAME} & set(self.columns):
            raise ValueError("no column names the person (person_ref, cii, last_name, full_name)")
        return self


def load_mapping(path: Path) -> ColumnMapping:
    """Read a mapping file; InvalidMapping says what is wrong with it."""
    try:
        with path.open("rb") as handle:
            return ColumnMapping.model_validate(tomllib.load(handle))
    except FileNotFoundError:
        raise BulkFileMissing(source=str(path)) from None
    except tomllib.TOMLDecodeError as error:
        raise InvalidMapping(source=str(path), details=str(error)) from None
    except ValidationError as error:
        details = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        raise InvalidMapping(source=str(path), details=details) from None


def save_mapping(path: Path, mapping: ColumnMapping) -> None:
    """Write `mapping` as TOML (atomically). Strings are written as JSON strings, which are
    valid TOML basic strings, so no TOML writer dependency is needed for this flat shape."""
    lines = [f"delimiter = {_toml_string(mapping.delimiter)}"]
    lines.append("date_formats = [" + ", ".join(map(_toml_string, mapping.date_formats)) + "]")
    for key in ("sheet", "county"):
        value = getattr(mapping, key)
        if value is not None:
            lines.append(f"{key} = {_toml_string(value)}")
    lines += ["", "[columns]"]
    lines += [f"{name} = {_toml_string(header)}" for name, header in mapping.columns.items()]
    for name, table in mapping.values.items():
        lines += ["", f"[values.{name}]"]
        lines += [f"{_toml_string(raw)} = {_toml_string(value)}" for raw, value in table.items()]
    write_atomically(path, ("\n".join(lines) + "\n").encode("utf-8"))


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class Preview:
    """The input's header and first rows, as text, for the mapping screen."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def preview(
    path: Path, rows: int = 20, *, delimiter: str = ",", sheet: str | None = None
) -> Preview:
    """The header and the first `rows` rows of a CSV or XLSX export."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise BulkFileMissing(source=str(path))
    if suffix in XLSX_SUFFIXES:
        table = read_sheet(path, sheet, limit=rows + 1)
    elif suffix in CSV_SUFFIXES:
        with path.open(newline="", encoding="utf-8-sig", errors="replace") as handle:
            table = [tuple(row) for row in itertools.islice(csv.reader(handle, delimiter=delimiter),
                                                             rows + 1)]
    else:
        raise UnsupportedBulkFile(source=str(path))
    if not table:
        return Preview((), ())
    return Preview(tuple(table[0]), tuple(tuple(row) for row in table[1:]))


def read_sheet(path: Path, sheet: str | None, limit: int | None = None) -> list[tuple[str, ...]]:
    """A worksheet's cells as text, one tuple per sheet row (the first is the header).

    python-calamine reads XLSX natively and fast; Excel's typed cells become text here so the
    CSV and XLSX paths share one normalisation: dates as ISO, whole numbers without ".0".
    """
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        name = sheet if sheet is not None else workbook.sheet_names[0]
        if name not in workbook.sheet_names:
            raise InvalidMapping(source=str(path), details=f"there is no sheet {name!r}")
        cells = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False, nrows=limit)
    except CalamineError:
        raise DamagedWorkbook(source=str(path)) from None
    return [tuple(_cell_text(cell) for cell in row) for row in cells]


def _cell_text(cell: object) -> str:
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return "" if cell is None else str(cell)


def header_positions(header: Sequence[str], mapping: ColumnMapping, source: str) -> dict[str, int]:
    """Canonical column -> index of its input column; InvalidMapping if a header is missing."""
    positions: dict[str, list[int]] = {}
    for index, text in enumerate(header):
        positions.setdefault(text.strip(), []).append(index)
    wanted = [h.strip() for h in mapping.columns.values()]
    missing = [h for h in wanted if h not in positions]
    if missing:
        raise InvalidMapping(
            source=source, details="the file has no column " + ", ".join(map(repr, missing))
        )
    # Two columns with one header: which one the office meant cannot be known.
    twice = [h for h in wanted if len(positions[h]) > 1]
    if twice:
        details = "the file has more than one column " + ", ".join(map(repr, twice))
        raise InvalidMapping(source=source, details=details)
    return {name: positions[h.strip()][0] for name, h in mapping.columns.items()}
