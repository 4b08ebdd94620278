"""Why a rap sheet could not be read, in a sentence the volunteer can act on.

Each error names the file (never its content: messages reach dialogs and logs) and says what
to do next. The sentences live in `resources/messages/rapsheet/rapsheet.{en,es}.toml`.
"""

from __future__ import annotations

from clinic_app.core.errors import ClinicError
from clinic_app.core.messages import message


class RapSheetError(ClinicError):
    """A rap sheet that cannot be read; `str()` gives the English sentence for tests and logs."""

    message_key = "rapsheet.error.unreadable"

    def __str__(self) -> str:
        return message(self.message_key, "en", **self.params)


class SourceMissing(RapSheetError):
    message_key = "rapsheet.error.missing"


class UnsupportedFile(RapSheetError):
    message_key = "rapsheet.error.unsupported"


class SourceDamaged(RapSheetError):
    """A PDF or picture its library cannot open (truncated, corrupt, password-protected)."""

    message_key = "rapsheet.error.damaged"


class EmptySource(RapSheetError):
    message_key = "rapsheet.error.empty"


class TesseractMissing(RapSheetError):
    """Scans need the Tesseract program and its English data; pip cannot install either."""

    message_key = "rapsheet.error.tesseract_missing"


class OcrFailed(RapSheetError):
    """Tesseract is there but stopped on a page (a crash, a time-out)."""

    message_key = "rapsheet.error.ocr_failed"


class NotARapSheet(RapSheetError):
    message_key = "rapsheet.error.not_a_rap_sheet"


class OtherStateRecord(RapSheetError):
    """A criminal history from another state or the FBI: its layout and law differ."""

    message_key = "rapsheet.error.other_state"


class ConvictionNotUsable(RapSheetError):
    """A conviction whose required facts the sheet does not show, or shows inconsistently."""

    message_key = "rapsheet.error.conviction_not_usable"


class ArrestNotUsable(RapSheetError):
    message_key = "rapsheet.error.arrest_not_usable"
