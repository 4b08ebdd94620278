"""The rejects file: every row bulk review could not use, with why, for the office to fix.

Plain UTF-8 CSV (line, column, value, reason) so it opens in a spreadsheet beside the input:
`line` is the input's line, `reason` the English sentence. It holds values from the input, so
it is written where the user chose, like every other output of a run, and never logged.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv

from clinic_app.core.safe_write import write_atomically

REJECTS_FILE_COLUMNS = ("line", "column", "value", "reason")


def write_rejects(path: Path, rejects: pa.Table) -> None:
    """Write `rejects` (REJECTS_SCHEMA) to `path` as CSV with a header row, atomically."""
    sink = pa.BufferOutputStream()
    pacsv.write_csv(
        rejects.select(list(REJECTS_FILE_COLUMNS)),
        sink,
        write_options=pacsv.WriteOptions(quoting_style="needed", quoting_header="none"),
    )
    write_atomically(path, sink.getvalue().to_pybytes())
