"""The encrypted client store. `db` must be imported before sqlite_utils anywhere: it is."""

from clinic_app.core.store import db as _db  # noqa: F401  (sets up the sqlcipher3 alias first)
from clinic_app.core.store.keys import Argon2Params, key_file_path, new_recovery_key
from clinic_app.core.store.repo import (
    Store,
    change_passphrase,
    create_store,
    lock_path,
    open_remembered,
    open_store,
)

__all__ = [
    "Argon2Params",
    "Store",
    "change_passphrase",
    "create_store",
    "key_file_path",
    "lock_path",
    "new_recovery_key",
    "open_remembered",
    "open_store",
]
