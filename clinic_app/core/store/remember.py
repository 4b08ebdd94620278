"""Opt-in "remember on this computer": the database key cached in the OS keychain.

A convenience only, never the only copy (the key file and the recovery key are), and off
unless a user asks for it: on a laptop shared under one OS account it would let anyone at
the keyboard in. Every keyring call is guarded, because backends fail in many ways (no
D-Bus session, a locked keychain, raw Windows errors), and a failure here must never stop
a volunteer from unlocking with the passphrase.
"""

from __future__ import annotations

import logging

import keyring

SERVICE = "Clean Slate Desk"
log = logging.getLogger(__name__)


def remember(db_id: str, database_key: bytes) -> bool:
    """True if the OS keychain now holds the key for database `db_id`."""
    try:
        keyring.set_password(SERVICE, db_id, database_key.hex())
    except Exception as error:  # noqa: BLE001 - any backend failure means "not remembered"
        log.warning(
            "keychain: could not remember the key for database %s (%s)", db_id, type(error).__name__
        )
        return False
    return True


def recall(db_id: str) -> bytes | None:
    try:
        stored = keyring.get_password(SERVICE, db_id)
    except Exception as error:  # noqa: BLE001
        log.warning(
            "keychain: could not read the key for database %s (%s)", db_id, type(error).__name__
        )
        return None
    if stored is None:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        log.warning("keychain: the entry for database %s is not a key; ignoring it", db_id)
        return None


def forget(db_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, db_id)
    except Exception as error:  # noqa: BLE001 - a missing entry is already forgotten
        log.info("keychain: nothing forgotten for database %s (%s)", db_id, _kind(error))


def _kind(error: Exception) -> str:
    """The error's class name only: a keyring message could quote the secret's entry."""
    return type(error).__name__
