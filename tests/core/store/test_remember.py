"""'Remember on this computer': opt-in, a cache only, and never an error when the keychain fails."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from clinic_app.core.store import create_store, open_remembered, open_store
from clinic_app.core.store import remember as remember_module


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise OSError(1783, "The stub received bad data")  # what WinVault lets escape

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("No recommended backend was available")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("prompt dismissed")


@pytest.fixture
def backend(request):
    previous = keyring.get_keyring()
    chosen = request.param()
    keyring.set_keyring(chosen)
    yield chosen
    keyring.set_keyring(previous)


@pytest.fixture
def database(tmp_path: Path, fast_kdf) -> Path:
    store, _ = create_store(tmp_path / "clinic.db", "correct horse battery", params=fast_kdf)
    store.close()
    return tmp_path / "clinic.db"


@pytest.mark.parametrize("backend", [MemoryKeyring], indirect=True)
def test_remembered_key_opens_without_passphrase_until_forgotten(backend, database) -> None:
    assert open_remembered(database) is None  # nothing remembered: opt-in
    with open_store(database, "correct horse battery") as store:
        assert store.remember_on_this_computer() is True
        assert "correct horse battery" not in str(backend.entries)
    with open_remembered(database) as store:
        assert store.count_clients() == 0
        store.forget_on_this_computer()
    assert open_remembered(database) is None


@pytest.mark.parametrize("backend", [MemoryKeyring], indirect=True)
def test_the_keychain_is_not_asked_about_a_database_nobody_opted_in_for(backend, database) -> None:
    with open_store(database, "correct horse battery") as store:
        db_id = store.db_id
    backend.set_password(remember_module.SERVICE, db_id, "ignored")
    asked: list[str] = []
    backend.get_password = lambda service, username: asked.append(username)  # type: ignore
    assert open_remembered(database) is None
    assert asked == []


@pytest.mark.parametrize("backend", [MemoryKeyring], indirect=True)
def test_a_stale_remembered_key_is_forgotten(backend, database) -> None:
    with open_store(database, "correct horse battery") as store:
        db_id = store.db_id
        assert store.remember_on_this_computer()
    backend.set_password(remember_module.SERVICE, db_id, "00" * 32)
    assert open_remembered(database) is None
    assert backend.get_password(remember_module.SERVICE, db_id) is None


@pytest.mark.parametrize("backend", [BrokenKeyring], indirect=True)
def test_a_broken_keychain_never_stops_an_unlock(backend, database, caplog) -> None:
    assert open_remembered(database) is None
    with open_store(database, "correct horse battery") as store:
        assert store.remember_on_this_computer() is False
        store.forget_on_this_computer()
    assert "keychain" in caplog.text
