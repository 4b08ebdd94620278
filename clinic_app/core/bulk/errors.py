"""Why a county's file was refused, in a sentence the office can act on.

A refused file is one whose shape is wrong (binary data, a wrong field count, no rows): no row
of it can be trusted to be read as meant, so nothing is imported. A usable file whose single
rows are wrong is not refused; those rows go to the rejects table. Messages name the file and
the line, never a value from it. Sentences live in `resources/messages/bulk/bulk.{en,es}.toml`.
"""

from __future__ import annotations

from clinic_app.core.errors import ClinicError
from clinic_app.core.messages import message


class BulkFileError(ClinicError):
    """A bulk input that cannot be read; `str()` gives the English sentence for logs and tests."""

    message_key = "bulk.error.unreadable"

    def __str__(self) -> str:
        return message(self.message_key, "en", **self.params)


class BulkFileMissing(BulkFileError):
    message_key = "bulk.error.missing"


class UnsupportedBulkFile(BulkFileError):
    message_key = "bulk.error.unsupported"


class EmptyBulkFile(BulkFileError):
    message_key = "bulk.error.empty"


class BinaryBulkFile(BulkFileError):
    """NUL bytes or text that is not UTF-8: a zip, a PDF, a UTF-16 "Unicode text" save."""

    message_key = "bulk.error.binary"


class WrongFieldCount(BulkFileError):
    """A line with more or fewer fields than the layout: every later field would shift."""

    message_key = "bulk.error.wrong_field_count"


class MalformedLine(BulkFileError):
    """A line the CSV reader cannot split (an unclosed quote, a stray quote in a field)."""

    message_key = "bulk.error.malformed_line"


class MalformedFile(BulkFileError):
    """A text file the CSV reader cannot split at all (inconsistent line endings or quotes)."""

    message_key = "bulk.error.malformed_file"


class DamagedWorkbook(BulkFileError):
    """An .xlsx file the workbook reader cannot open (truncated, password-protected, not XLSX)."""

    message_key = "bulk.error.damaged_workbook"


class BulkFileTooLarge(BulkFileError):
    """More rows than fit in memory: reading never spills client data to disk."""

    message_key = "bulk.error.too_large"


class InvalidMapping(BulkFileError):
    """A mapping file that cannot be read, or that names a column the input does not have."""

    message_key = "bulk.error.invalid_mapping"
