"""Reading a California DOJ criminal record ("rap sheet") into the domain model, offline.

`read_source` turns a file (text, PDF, scan or photo) into text, with OCR where needed;
`parse_text` reads that text into a `ParsedRecord` whose every fact carries its source line;
`to_exchange` makes the `clinic-app evaluate` input of it. Pure Python: no Qt here.
"""

from __future__ import annotations

from clinic_app.core.rapsheet.errors import (
    ArrestNotUsable,
    ConvictionNotUsable,
    EmptySource,
    NotARapSheet,
    OcrFailed,
    OtherStateRecord,
    RapSheetError,
    SourceDamaged,
    SourceMissing,
    TesseractMissing,
    UnsupportedFile,
)
from clinic_app.core.rapsheet.exchange import ExchangeResult, LeftOut, build_exchange, to_exchange
from clinic_app.core.rapsheet.parser import parse_text
from clinic_app.core.rapsheet.sources import SourceText, parse_file, parse_files, read_source
from clinic_app.core.rapsheet.structures import (
    CountDisposition,
    Field,
    ParsedArrest,
    ParsedConviction,
    ParsedPerson,
    ParsedRecord,
    Unread,
)

__all__ = [
    "ArrestNotUsable",
    "ConvictionNotUsable",
    "CountDisposition",
    "EmptySource",
    "ExchangeResult",
    "Field",
    "LeftOut",
    "NotARapSheet",
    "OcrFailed",
    "OtherStateRecord",
    "ParsedArrest",
    "ParsedConviction",
    "ParsedPerson",
    "ParsedRecord",
    "RapSheetError",
    "SourceDamaged",
    "SourceMissing",
    "SourceText",
    "TesseractMissing",
    "Unread",
    "UnsupportedFile",
    "build_exchange",
    "parse_file",
    "parse_files",
    "parse_text",
    "read_source",
    "to_exchange",
]
