"""Expected failures, each with a message a volunteer can act on.

The store translates library errors into these at its boundary; anything else is a bug and
propagates. Parameters are file names and ids, never client data, because messages end up in
dialogs and logs. The sentences live in `resources/messages/{en,es}.toml` under `message_key`.
"""

from __future__ import annotations


class ClinicError(Exception):
    """An expected failure with a message the user can act on."""

    message_key = "error.generic"

    def __init__(self, **params: str) -> None:
        super().__init__(self.message_key)
        self.params = params


class WrongPassphrase(ClinicError):
    message_key = "error.wrong_passphrase"


class WrongRecoveryKey(ClinicError):
    message_key = "error.wrong_recovery_key"


class MalformedRecoveryKey(ClinicError):
    message_key = "error.malformed_recovery_key"


class WeakPassphrase(ClinicError):
    message_key = "error.weak_passphrase"


class KeyFileMissing(ClinicError):
    message_key = "error.key_file_missing"


class KeyFileDamaged(ClinicError):
    message_key = "error.key_file_damaged"


class DatabaseMissing(ClinicError):
    message_key = "error.database_missing"


class DatabaseExists(ClinicError):
    message_key = "error.database_exists"


class DatabaseDamaged(ClinicError):
    message_key = "error.database_damaged"


class DatabaseInUse(ClinicError):
    message_key = "error.database_in_use"


class DatabaseTooNew(ClinicError):
    message_key = "error.database_too_new"


class DiskFull(ClinicError):
    message_key = "error.disk_full"


class CannotWrite(ClinicError):
    """A file or folder the user chose cannot be written (permissions, missing folder)."""

    message_key = "error.cannot_write"


class ClientNotFound(ClinicError):
    message_key = "error.client_not_found"


class InvalidDocument(ClinicError):
    """A JSON document that does not follow the exchange format; `details` names the fields."""

    message_key = "error.invalid_document"
