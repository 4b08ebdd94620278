"""Build DOJ research-file lines for tests, field by field (synthetic people only)."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path

from clinic_app.core.bulk.doj_layout import DOJ_COLUMNS

# A convicted count with every field bulk review reads.
CONVICTION: Mapping[str, str] = {
    "SUBJECT_ID": "S1",
    "CII_NUMBER": "A00000001",
    "PRI_NAME": "ÑÚÑEZ,JOSÉ A",
    "GENDER": "M",
    "PRI_DOB": "19900402",
    "CYC_ORDER": "1",
    "CYC_DATE": "20140601",
    "STP_ORDER": "2",
    "STP_EVENT_DATE": "20140915",
    "STP_TYPE_DESCR": "COURT ACTION",
    "STP_ORI_CNTY_NAME": "LOS ANGELES",
    "CNT_ORDER": "1",
    "OFFENSE_DESCR": "11357(A) HS-POSSESS MARIJUANA",
    "OFFENSE_TOC": "F",
    "FE_NUM_CRT_CASE": "BA123456",
    "DISP_DESCR": "CONVICTED",
    "CONV_STAT_DESCR": "FELONY",
    "SENT_LOC_DESCR": "JAIL",
    "SENT_LENGTH": "30",
    "SENT_TIME_CODE": "D",
}


def doj_line(**fields: str) -> list[str]:
    """The 95 fields of one line: CONVICTION with `fields` over it ("" empties a field)."""
    values = {**CONVICTION, **fields}
    unknown = set(values) - set(DOJ_COLUMNS)
    assert not unknown, unknown
    return [values.get(name, "") for name in DOJ_COLUMNS]


def write_doj(path: Path, lines: Sequence[Sequence[str]], *, header: bool = True) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if header:
            writer.writerow(DOJ_COLUMNS)
        writer.writerows(lines)
    return path
