"""The canonical row of bulk review: one row per count (or event) of a county's records.

Every importer (the DOJ research file, a mapped court export) produces this Arrow schema, so
matching people, county policy, evaluation and the outputs read one shape whatever the
source. Values are normalised: codes in the canonical form of `rules/codes.py`
("HS 11357(a)"), dates as DATE, counties as one of the 58 names, levels and dispositions as
the words of the exchange format (shared/domain/exchange-format.md §1). A value the source
does not give is null, never guessed. `code_raw` and `line` keep the row traceable to the
input for the per-record results file and the court data file.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

import pyarrow as pa


class Source(StrEnum):
    DOJ = "doj"
    MAPPED = "mapped"


class EventType(StrEnum):
    ARREST = "arrest"
    COURT = "court"
    CUSTODY = "custody"
    PROBATION = "probation"
    REGISTRATION = "registration"
    OTHER = "other"


class Disposition(StrEnum):
    CONVICTED = "convicted"
    DISMISSED = "dismissed"
    ACQUITTED = "acquitted"
    OTHER = "other"


class SentenceUnit(StrEnum):
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


# (name, type, what it holds). The order is the order of the Arrow schema.
_COLUMNS: Final[tuple[tuple[str, pa.DataType, str], ...]] = (
    ("line", pa.int64(), "1-based line the record starts on, header counted (XLSX: sheet row)"),
    ("source", pa.string(), "doj | mapped"),
    ("person_ref", pa.string(), "DOJ SUBJECT_ID or the export's person id; exact matching key"),
    ("cii", pa.string(), "CII number (state id); exact matching key where present"),
    ("last_name", pa.string(), "as printed, upper case, trimmed"),
    ("first_name", pa.string(), "as printed, upper case, trimmed; middle names follow"),
    ("dob", pa.date32(), "date of birth"),
    ("gender", pa.string(), "as printed (M / F / X), for matching"),
    ("cycle", pa.string(), "DOJ arrest cycle, or the court case for exports: groups counts"),
    ("cycle_date", pa.date32(), "date the cycle began (DOJ CYC_DATE, usually the arrest)"),
    ("event_type", pa.string(), "arrest | court | custody | probation | registration | other"),
    ("event_date", pa.date32(), "date of the step (arrest date, court action date)"),
    ("step_order", pa.int32(), "place of the step in its cycle (DOJ); null for exports"),
    ("county", pa.string(), "one of the 58 county names, or null when the source gives none"),
    ("court_case", pa.string(), "court case number, as the court writes it"),
    ("count_order", pa.int32(), "place of the count in its step or case"),
    ("code_raw", pa.string(), "the offense as printed (DOJ: OFFENSE_DESCR or COMMENT_TEXT)"),
    ("code", pa.string(), "canonical code \"HS 11357(a)\"; null only on rows without a code"),
    ("related_codes", pa.list_(pa.string()), "other sections written with it (PC 459/460(b))"),
    ("attempted", pa.bool_(), "written with PC 664 (attempt)"),
    ("level", pa.string(), "felony | misdemeanor | infraction | null"),
    ("disposition", pa.string(), "convicted | dismissed | acquitted | other | null"),
    ("disposition_date", pa.date32(), "date of the disposition (conviction date if convicted)"),
    ("relief", pa.string(), "relief this row records (Remedy value: pc1203_4 for a set-aside...)"),
    ("level_after", pa.string(), "the level a reduction on this row leaves (17(b), Prop 47/64)"),
    ("offense_date", pa.date32(), "date of the offense where the export has it; null for DOJ"),
    ("sentence_location", pa.string(), "as printed: JAIL, PRISON, PROBATION ..."),
    ("sentence_length", pa.int32(), "length in sentence_unit"),
    ("sentence_unit", pa.string(), "days | months | years"),
    ("sentence_text", pa.string(), "a sentence written as free text (exports)"),
    ("registered_290", pa.bool_(), "a PC 290 registration event (DOJ) or the export's flag"),
    ("address", pa.string(), "mailing address for letters (exports only; null for DOJ)"),
)

CANONICAL_SCHEMA: Final = pa.schema(
    [pa.field(name, kind, metadata={"doc": doc}) for name, kind, doc in _COLUMNS]
)

# Columns an importer fills from the input as text before normalisation; the rest are
# derived (relief and level_after are read from the disposition's words).
DERIVED_COLUMNS: Final = frozenset(
    {"line", "source", "code", "related_codes", "attempted", "relief", "level_after"}
)
INPUT_COLUMNS: Final[tuple[str, ...]] = tuple(
    name for name, _, _ in _COLUMNS if name not in DERIVED_COLUMNS
)

REJECTS_SCHEMA: Final = pa.schema(
    [
        pa.field("line", pa.int64()),
        pa.field("column", pa.string()),  # canonical column name
        pa.field("value", pa.string()),  # the raw value that could not be used
        pa.field("reason_key", pa.string()),  # message key: bulk.reject.*
        pa.field("reason", pa.string()),  # the English sentence, for the rejects file
    ]
)


def describe_columns() -> dict[str, str]:
    """Column name -> what it holds (for docs and the GUI's mapping screen)."""
    return {name: doc for name, _, doc in _COLUMNS}
