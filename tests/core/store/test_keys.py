"""The key file: slots, wrong secrets, recovery key typing, atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinic_app.core.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    MalformedRecoveryKey,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from clinic_app.core.store import keys


@pytest.fixture
def key_file(fast_kdf: keys.Argon2Params) -> tuple[keys.KeyFile, bytes, str]:
    database_key, recovery = keys.new_database_key(), keys.new_recovery_key()
    db_id = keys.new_db_id()
    key_file = keys.KeyFile(db_id=db_id, slots=())
    for name, secret in ((keys.PASSPHRASE, "correct horse battery"), (keys.RECOVERY, recovery)):
        key_file = key_file.with_slot(
            keys.wrap_key(database_key, secret, db_id=db_id, name=name, kind=name, params=fast_kdf)
        )
    return key_file, database_key, recovery


def test_recovery_key_is_eight_groups_of_four_printable_characters() -> None:
    recovery = keys.new_recovery_key()
    groups = recovery.split("-")
    assert [len(group) for group in groups] == [4] * 8
    assert all(ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for ch in "".join(groups))
    assert keys.new_recovery_key() != recovery


def test_recovery_key_typing_is_forgiving() -> None:
    recovery = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    assert keys.normalise_recovery_key(recovery.lower().replace("-", " ")) == recovery.replace(
        "-", ""
    )
    # 0/1/8 never appear in base32, so they can only be mistyped O/I/B.
    assert keys.normalise_recovery_key("ABCD-EFGH-1JKL-MN0P-QRST-UVWX-YZ23-4567") == (
        recovery.replace("-", "")
    )
    assert keys.normalise_recovery_key("ABCD-EFGH") is None
    assert keys.normalise_recovery_key("correct horse battery staple xyzw") is None


def test_unlock_with_passphrase_and_with_recovery_key(key_file) -> None:
    key_file, database_key, recovery = key_file
    assert keys.unlock(key_file, "correct horse battery") == database_key
    assert keys.unlock(key_file, recovery.lower()) == database_key


def test_wrong_secrets_are_named_for_what_they_are(key_file) -> None:
    key_file, _, _ = key_file
    with pytest.raises(WrongPassphrase):
        keys.unlock(key_file, "correct horse")
    with pytest.raises(WrongRecoveryKey):
        keys.unlock(key_file, keys.new_recovery_key())


def test_passphrase_is_unicode_normalised(fast_kdf) -> None:
    database_key, db_id = keys.new_database_key(), keys.new_db_id()
    slot = keys.wrap_key(
        database_key,
        "José Núñez 1990",
        db_id=db_id,
        name="p",
        kind=keys.PASSPHRASE,
        params=fast_kdf,
    )
    decomposed = "Jose\u0301 Nu\u0301n\u0303ez 1990"
    assert keys.unwrap_key(slot, decomposed, db_id=db_id) == database_key


def test_a_slot_cannot_be_moved_to_another_database_or_name(key_file) -> None:
    key_file, _, _ = key_file
    slot = key_file.slots_of_kind(keys.PASSPHRASE)[0]
    assert keys.unwrap_key(slot, "correct horse battery", db_id="another") is None
    renamed = keys.KeySlot(**{**slot.__dict__, "name": "user:maria"})
    assert keys.unwrap_key(renamed, "correct horse battery", db_id=key_file.db_id) is None


def test_malformed_recovery_slot_secret_is_reported(key_file) -> None:
    key_file, _, _ = key_file
    slot = key_file.slots_of_kind(keys.RECOVERY)[0]
    with pytest.raises(MalformedRecoveryKey):
        keys.unwrap_key(slot, "not a key", db_id=key_file.db_id)


def test_short_passphrase_is_refused() -> None:
    with pytest.raises(WeakPassphrase):
        keys.check_passphrase("  abc  ")


def test_key_file_round_trip_keeps_every_slot_and_adds_per_user_slots(
    key_file, tmp_path: Path, fast_kdf
) -> None:
    key_file, database_key, _ = key_file
    user_slot = keys.wrap_key(
        database_key,
        "maria's own passphrase",
        db_id=key_file.db_id,
        name="user:maria",
        kind=keys.PASSPHRASE,
        params=fast_kdf,
    )
    path = tmp_path / "clinic.keys.json"
    keys.write_key_file(path, key_file.with_slot(user_slot))
    loaded = keys.read_key_file(path)
    assert [slot.name for slot in loaded.slots] == ["passphrase", "recovery", "user:maria"]
    assert keys.unlock(loaded, "maria's own passphrase") == database_key
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["clinic.keys.json"]  # no temp file left


def test_key_file_never_holds_the_key_in_plaintext(key_file, tmp_path: Path) -> None:
    key_file, database_key, recovery = key_file
    path = tmp_path / "clinic.keys.json"
    keys.write_key_file(path, key_file)
    raw = path.read_bytes()
    for secret in (database_key, database_key.hex().encode(), recovery.encode()):
        assert secret not in raw


def test_missing_and_damaged_key_files(tmp_path: Path, key_file) -> None:
    with pytest.raises(KeyFileMissing):
        keys.read_key_file(tmp_path / "nope.keys.json")
    damaged = tmp_path / "damaged.keys.json"
    damaged.write_text("{not json")
    with pytest.raises(KeyFileDamaged):
        keys.read_key_file(damaged)
    key_file, _, _ = key_file
    keys.write_key_file(damaged, key_file)
    data = json.loads(damaged.read_text())
    data["slots"][0]["nonce"] = "%%%"
    damaged.write_text(json.dumps(data))
    with pytest.raises(KeyFileDamaged):
        keys.read_key_file(damaged)
