"""Opt-in "remember on this computer": the database key cached in the OS keychain.

A convenience only, never the only copy (the key file and the recovery key are), and off
unless a user asks for it: on a laptop shared under one OS account it would let anyone at
the keyboard in. The keychain is not even asked about a database nobody opted in for (a
locked keychain would otherwise pop up a prompt at every start): a small list of opted-in
database ids, with no secret in it, lives in the data folder.

Every keyring call is guarded, because backends fail in many ways (no D-Bus session, a
locked keychain, raw Windows errors), and a failure here must never stop a volunteer from
unlocking with the passphrase.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import keyring

from clinic_app.core.errors import ClinicError
from clinic_app.core.paths import data_dir
from clinic_app.core.safe_write import write_atomically

SERVICE = "Clean Slate Desk"
log = logging.getLogger(__name__)


def _opted_in_file() -> Path:
    return data_dir() / "remembered-databases.json"


def _opted_in() -> set[str]:
    try:
        return set(json.loads(_opted_in_file().read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return set()


def _set_opted_in(db_id: str, opted_in: bool) -> None:
    ids = _opted_in()
    ids = ids | {db_id} if opted_in else ids - {db_id}
    try:
        _opted_in_file().parent.mkdir(parents=True, exist_ok=True)
        write_atomically(_opted_in_file(), json.dumps(sorted(ids)).encode("utf-8"))
    except (OSError, ClinicError) as error:
        log.warning("could not record the keychain choice (%s)", _kind(error))


def remember(db_id: str, database_key: bytes) -> bool:
    """True if the OS keychain now holds the key for database `db_id`."""
    try:
        keyring.set_password(SERVICE, db_id, database_key.hex())
    except Exception as error:  # noqa: BLE001 - any backend failure means "not remembered"
        log.warning("keychain: could not remember key of database %s (%s)", db_id, _kind(error))
        return False
    _set_opted_in(db_id, True)
    return True


def recall(db_id: str) -> bytes | None:
    """The remembered key, or None: not opted in, nothing stored, or the keychain failed."""
    if db_id not in _opted_in():
        return None
    try:
        stored = keyring.get_password(SERVICE, db_id)
    except Exception as error:  # noqa: BLE001
        log.warning("keychain: could not read key of database %s (%s)", db_id, _kind(error))
        return None
    if stored is None:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        log.warning("keychain: the entry for database %s is not a key; ignoring it", db_id)
        return None


def forget(db_id: str) -> None:
    _set_opted_in(db_id, False)
    try:
        keyring.delete_password(SERVICE, db_id)
    except Exception as error:  # noqa: BLE001 - a missing entry is already forgotten
        log.info("keychain: nothing forgotten for database %s (%s)", db_id, _kind(error))


def _kind(error: Exception) -> str:
    """The error's class name only: a keyring message could quote the secret's entry."""
    return type(error).__name__
