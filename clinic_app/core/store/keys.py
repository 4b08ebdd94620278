"""The key file: the database key, wrapped once per way of unlocking it.

The database is encrypted with a random 32-byte key (the DEK) that is never written anywhere
in plaintext. The key file beside the database holds that DEK wrapped (AES-256-GCM) under keys
derived with Argon2id, one *slot* per way in: the clinic's passphrase and the recovery key
printed once at creation. A slot has a name and a kind, so one slot per user ("user:maria",
kind "passphrase") can be added later without changing the format.

Why a key file in front of SQLCipher: SQLCipher cannot tell a wrong key from a damaged file
(both are SQLITE_NOTADB). AES-GCM can: a wrong passphrase fails the tag check here, before the
database is touched, and the volunteer gets "the passphrase does not match". Changing the
passphrase re-wraps the DEK; the database is not re-encrypted.

Layout (JSON, UTF-8):
    {"format": "clean-slate-desk/keyfile", "version": 1, "db_id": "<hex>",
     "slots": [{"name": "passphrase", "kind": "passphrase", "created": "<ISO time>",
                "kdf": {"name": "argon2id", "memory_kib": 65536, "iterations": 3,
                        "lanes": 4, "salt": "<b64>"},
                "cipher": "aes-256-gcm", "nonce": "<b64>", "wrapped_key": "<b64>"}, ...]}
The AEAD's associated data binds each wrapped key to its database and slot
(`clean-slate-desk:<db_id>:<slot name>`), so slots cannot be swapped between files or renamed.
"""

from __future__ import annotations

import base64
import json
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from clinic_app.core.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    MalformedRecoveryKey,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from clinic_app.core.safe_write import write_atomically

FORMAT = "clean-slate-desk/keyfile"
VERSION = 1
KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 8
PASSPHRASE = "passphrase"  # slot kind and the name of the clinic's shared slot
RECOVERY = "recovery"

# Base32 without padding: no 0/1/8/9, so the printed key has no O-vs-0 or I-vs-1 ambiguity.
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_RECOVERY_BYTES = 20  # 160 bits -> 32 base32 characters -> 8 groups of 4
_RECOVERY_CHARS = 32
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost. Stored in each slot, so it can be raised later without breaking old files.

    The default (64 MiB, 3 passes, 4 lanes) takes about 120 ms here: unnoticeable at unlock,
    expensive for anyone guessing passphrases against a stolen key file.
    """

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4


@dataclass(frozen=True)
class KeySlot:
    name: str
    kind: str
    created: str
    params: Argon2Params
    salt: bytes
    nonce: bytes
    wrapped_key: bytes = field(repr=False)


@dataclass(frozen=True)
class KeyFile:
    db_id: str
    slots: tuple[KeySlot, ...]

    def with_slot(self, slot: KeySlot) -> KeyFile:
        """This key file with `slot` added, replacing any slot of the same name."""
        others = tuple(s for s in self.slots if s.name != slot.name)
        return replace(self, slots=(*others, slot))

    def slots_of_kind(self, kind: str) -> tuple[KeySlot, ...]:
        return tuple(slot for slot in self.slots if slot.kind == kind)


def key_file_path(database: Path) -> Path:
    """The key file sits beside the database: `clinic.db` -> `clinic.keys.json`."""
    return database.with_name(database.stem + ".keys.json")


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """160 random bits, printed as 8 groups of 4 characters: `ABCD-EFGH-...`."""
    raw = base64.b32encode(secrets.token_bytes(_RECOVERY_BYTES)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, _RECOVERY_CHARS, 4))


def normalise_recovery_key(text: str) -> str | None:
    """The recovery key's 32 characters, or None if `text` cannot be one.

    Tolerates what people do when typing from paper: lower case, spaces or dashes in other
    places, and 0/1/8 for O/I/B (characters base32 never uses).
    """
    compact = "".join(ch for ch in text.upper() if ch not in " -\t").translate(_LOOKALIKES)
    if len(compact) != _RECOVERY_CHARS or any(ch not in _BASE32 for ch in compact):
        return None
    return compact


def looks_like_recovery_key(text: str) -> bool:
    return normalise_recovery_key(text) is not None


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(min_length=str(MIN_PASSPHRASE_LENGTH))


def _secret_bytes(kind: str, secret: str) -> bytes:
    if kind == RECOVERY:
        canonical = normalise_recovery_key(secret)
        if canonical is None:
            raise MalformedRecoveryKey()
        return canonical.encode("ascii")
    # NFC, so "José" typed as e + combining accent unlocks like a precomposed "é".
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _derive(kind: str, secret: str, params: Argon2Params, salt: bytes) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(_secret_bytes(kind, secret))


def _associated_data(db_id: str, slot_name: str) -> bytes:
    return f"clean-slate-desk:{db_id}:{slot_name}".encode()


def wrap_key(
    database_key: bytes,
    secret: str,
    *,
    db_id: str,
    name: str,
    kind: str,
    params: Argon2Params | None = None,
) -> KeySlot:
    """A new slot holding `database_key` wrapped under `secret`."""
    params = params or Argon2Params()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapping_key = _derive(kind, secret, params, salt)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, database_key, _associated_data(db_id, name))
    return KeySlot(
        name=name,
        kind=kind,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        params=params,
        salt=salt,
        nonce=nonce,
        wrapped_key=wrapped,
    )


def unwrap_key(slot: KeySlot, secret: str, *, db_id: str) -> bytes | None:
    """The database key if `secret` opens `slot`, else None."""
    wrapping_key = _derive(slot.kind, secret, slot.params, slot.salt)
    try:
        return AESGCM(wrapping_key).decrypt(
            slot.nonce, slot.wrapped_key, _associated_data(db_id, slot.name)
        )
    except InvalidTag:
        return None


def unlock(key_file: KeyFile, secret: str) -> bytes:
    """The database key for a passphrase or a recovery key, whichever `secret` is.

    Raises WrongPassphrase / WrongRecoveryKey, so the caller never opens SQLCipher with a
    key that is known to be wrong.
    """
    if looks_like_recovery_key(secret):
        for slot in key_file.slots_of_kind(RECOVERY):
            if (key := unwrap_key(slot, secret, db_id=key_file.db_id)) is not None:
                return key
    for slot in key_file.slots_of_kind(PASSPHRASE):
        if (key := unwrap_key(slot, secret, db_id=key_file.db_id)) is not None:
            return key
    if looks_like_recovery_key(secret):
        raise WrongRecoveryKey()
    raise WrongPassphrase()


# --- reading and writing the file -------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_to_json(slot: KeySlot) -> dict[str, Any]:
    return {
        "name": slot.name,
        "kind": slot.kind,
        "created": slot.created,
        "kdf": {
            "name": "argon2id",
            "memory_kib": slot.params.memory_kib,
            "iterations": slot.params.iterations,
            "lanes": slot.params.lanes,
            "salt": _b64(slot.salt),
        },
        "cipher": "aes-256-gcm",
        "nonce": _b64(slot.nonce),
        "wrapped_key": _b64(slot.wrapped_key),
    }


def _slot_from_json(data: dict[str, Any]) -> KeySlot:
    kdf = data["kdf"]
    if kdf["name"] != "argon2id" or data["cipher"] != "aes-256-gcm":
        raise ValueError("unsupported key derivation or cipher")
    return KeySlot(
        name=str(data["name"]),
        kind=str(data["kind"]),
        created=str(data["created"]),
        params=Argon2Params(
            memory_kib=int(kdf["memory_kib"]),
            iterations=int(kdf["iterations"]),
            lanes=int(kdf["lanes"]),
        ),
        salt=base64.b64decode(kdf["salt"], validate=True),
        nonce=base64.b64decode(data["nonce"], validate=True),
        wrapped_key=base64.b64decode(data["wrapped_key"], validate=True),
    )


def read_key_file(path: Path) -> KeyFile:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileMissing(key_file=str(path)) from None
    try:
        data = json.loads(raw)
        if data["format"] != FORMAT or data["version"] != VERSION:
            raise ValueError("not a key file of this version")
        slots = tuple(_slot_from_json(slot) for slot in data["slots"])
        if not slots:
            raise ValueError("no key slots")
        return KeyFile(db_id=str(data["db_id"]), slots=slots)
    except (ValueError, KeyError, TypeError) as error:
        raise KeyFileDamaged(key_file=str(path)) from error


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Atomic and private (0600): a crash leaves either the old file or the new one."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "db_id": key_file.db_id,
        "slots": [_slot_to_json(slot) for slot in key_file.slots],
    }
    write_atomically(path, (json.dumps(document, indent=2) + "\n").encode("utf-8"))


def new_db_id() -> str:
    return secrets.token_hex(16)
