"""The encrypted store: round trip, unlock, passphrase change, migration, search, lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clinic_app.core.errors import (
    ClientNotFound,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseInUse,
    DatabaseMissing,
    DatabaseTooNew,
    KeyFileMissing,
    WrongPassphrase,
)
from clinic_app.core.store import (
    Store,
    change_passphrase,
    create_store,
    key_file_path,
    open_store,
)
from clinic_app.core.store import db as store_db
from tests.conftest import PASSPHRASE
from tests.fixtures.clients import make_client, make_conviction


def test_a_saved_client_reads_back_identical(store: Store) -> None:
    client = make_client()
    store.save_client(client)
    assert store.get_client(client.id) == client
    assert store.count_clients() == 1


def test_saving_again_replaces_the_whole_record(store: Store) -> None:
    client = make_client()
    store.save_client(client)
    fewer = client.model_copy(update={"convictions": client.convictions[:1], "last_name": "Ruiz"})
    store.save_client(fewer)
    assert store.get_client(client.id) == fewer
    assert store.count_clients() == 1
    assert [s.last_name for s in store.search_clients("ruiz")] == ["Ruiz"]
    assert store.search_clients(client.last_name.split()[0]) == []


def test_delete_removes_the_client_and_their_record(store: Store) -> None:
    client = make_client()
    store.save_client(client)
    store.delete_client(client.id)
    with pytest.raises(ClientNotFound):
        store.get_client(client.id)
    with pytest.raises(ClientNotFound):
        store.delete_client(client.id)
    assert store.search_clients(client.first_name) == []


def test_list_is_alphabetical_by_last_name_with_accents_folded(store: Store) -> None:
    for last in ("Zamora", "Álvarez", "Baker", "Ñúñez", "Nguyen"):
        store.save_client(make_client(last_name=last))
    names = [s.last_name for s in store.list_clients()]
    assert names == ["Álvarez", "Baker", "Nguyen", "Ñúñez", "Zamora"]
    assert [s.last_name for s in store.list_clients(limit=2, offset=1)] == ["Baker", "Nguyen"]


def test_search_folds_accents_and_matches_word_prefixes(store: Store) -> None:
    garcia = make_client(first_name="María José", last_name="García López")
    obrien = make_client(first_name="Zoë", last_name="O'Brien", other_names=("Zoe Gray",))
    store.save_clients([garcia, obrien])

    def found(query: str) -> list[str]:
        return [s.id for s in store.search_clients(query)]

    assert found("garcia") == [garcia.id]
    assert found("GARCÍA") == [garcia.id]
    assert found("mar lop") == [garcia.id]
    assert found("jose") == [garcia.id]
    assert found("zoe") == [obrien.id]
    assert found("O'Brien") == [obrien.id]  # FTS syntax in input is just text
    assert found("gray") == [obrien.id]  # other names are searched too
    assert found("garcia gray") == []  # every word must match the same client
    assert found('AND "') == []
    assert len(found("   ")) == 2  # blank lists everyone


def test_summary_counts_convictions(store: Store) -> None:
    client = make_client(convictions=(make_conviction(id="c1"), make_conviction(id="c2")))
    store.save_client(client)
    (summary,) = store.search_clients(client.first_name)
    assert summary.conviction_count == 2


def test_save_clients_is_all_or_nothing(store: Store) -> None:
    good = make_client()
    with pytest.raises(AttributeError):
        store.save_clients([good, "not a client"])  # type: ignore[list-item]
    assert store.count_clients() == 0


def test_reopen_with_passphrase_and_recovery_key(database: Path, fast_kdf) -> None:
    created, recovery = create_store(database, PASSPHRASE, params=fast_kdf)
    client = make_client()
    created.save_client(client)
    created.close()
    for secret in (PASSPHRASE, recovery, recovery.lower().replace("-", " ")):
        with open_store(database, secret) as reopened:
            assert reopened.get_client(client.id) == client


def test_wrong_passphrase_is_reported_before_the_database_is_touched(
    database: Path, store: Store
) -> None:
    store.close()
    before = database.stat().st_mtime_ns, database.read_bytes()
    with pytest.raises(WrongPassphrase):
        open_store(database, "correct horse batterY")
    assert (database.stat().st_mtime_ns, database.read_bytes()) == before


def test_passphrase_change_rewraps_the_key(database: Path, fast_kdf) -> None:
    created, recovery = create_store(database, PASSPHRASE, params=fast_kdf)
    client = make_client()
    created.save_client(client)
    created.close()
    database_bytes = database.read_bytes()

    change_passphrase(database, PASSPHRASE, "a brand new passphrase")

    assert database.read_bytes() == database_bytes  # no re-encryption, only the key file
    with pytest.raises(WrongPassphrase):
        open_store(database, PASSPHRASE)
    with open_store(database, "a brand new passphrase") as reopened:
        assert reopened.get_client(client.id) == client
    change_passphrase(database, recovery, "forgot it, used the recovery key")
    with open_store(database, "forgot it, used the recovery key") as reopened:
        assert reopened.count_clients() == 1


def test_create_refuses_to_overwrite(database: Path, store: Store, fast_kdf) -> None:
    store.close()
    with pytest.raises(DatabaseExists):
        create_store(database, PASSPHRASE, params=fast_kdf)


def test_missing_files_are_named(database: Path, store: Store, tmp_path: Path) -> None:
    store.close()
    with pytest.raises(DatabaseMissing):
        open_store(tmp_path / "elsewhere.db", PASSPHRASE)
    key_file_path(database).rename(tmp_path / "moved.json")
    with pytest.raises(KeyFileMissing):
        open_store(database, PASSPHRASE)


def test_a_database_that_does_not_match_its_key_file_is_damaged(tmp_path: Path, fast_kdf) -> None:
    first, second = tmp_path / "a" / "clinic.db", tmp_path / "b" / "clinic.db"
    for path in (first, second):
        created, _ = create_store(path, PASSPHRASE, params=fast_kdf)
        created.close()
    second.replace(first)  # the key file of `a` now fronts the database of `b`
    with pytest.raises(DatabaseDamaged):
        open_store(first, PASSPHRASE)


def test_the_lock_is_released_when_opening_fails(tmp_path: Path, fast_kdf) -> None:
    database = tmp_path / "clinic.db"
    created, _ = create_store(database, PASSPHRASE, params=fast_kdf)
    created.close()
    database.write_bytes(b"garbage" * 1000)
    with pytest.raises(DatabaseDamaged):
        open_store(database, PASSPHRASE)
    with pytest.raises(DatabaseDamaged):  # not DatabaseInUse: the failed open let go
        open_store(database, PASSPHRASE)


def test_second_instance_in_this_process_is_refused(database: Path, store: Store) -> None:
    with pytest.raises(DatabaseInUse):
        open_store(database, PASSPHRASE)
    store.close()
    with open_store(database, PASSPHRASE) as reopened:
        assert reopened.count_clients() == 0


def test_second_instance_in_another_process_is_refused(database: Path, store: Store) -> None:
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from clinic_app.core.errors import DatabaseInUse
        from clinic_app.core.store import open_store
        try:
            open_store(Path({str(database)!r}), {PASSPHRASE!r})
        except DatabaseInUse:
            print("in use")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "in use", result.stderr


def test_migration_from_schema_version_1(database: Path, fast_kdf, monkeypatch) -> None:
    """A database made before name search existed gains the index with its clients in it."""
    monkeypatch.setattr(store_db, "MIGRATIONS", store_db.MIGRATIONS[:1])
    old, _ = create_store(database, PASSPHRASE, params=fast_kdf)
    client = make_client(first_name="Zoë", last_name="Ñúñez")
    with store_db.transaction(old._db):
        old._db.execute(
            "INSERT INTO clients (id, first_name, last_name, sort_key, identity, person,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                client.id,
                client.first_name,
                client.last_name,
                "nunez",
                client.identity.model_dump_json(),
                client.person.model_dump_json(),
                "2025-01-01T00:00:00+00:00",
                "2025-01-01T00:00:00+00:00",
            ],
        )
    assert store_db.schema_version(old._db) == 1
    old.close()
    monkeypatch.undo()

    with open_store(database, PASSPHRASE) as migrated:
        assert store_db.schema_version(migrated._db) == store_db.SCHEMA_VERSION
        assert [s.id for s in migrated.search_clients("nunez zoe")] == [client.id]


def test_details_saved_before_v6_keep_their_ticked_waivers(
    database: Path, fast_kdf, monkeypatch
) -> None:
    """Version 5 saved filing details without defaults, and the waivers defaulted to ticked."""
    monkeypatch.setattr(store_db, "MIGRATIONS", store_db.MIGRATIONS[:5])
    old, _ = create_store(database, PASSPHRASE, params=fast_kdf)
    client = make_client()
    old.save_client(client)
    with store_db.transaction(old._db):
        old._db.execute(
            "INSERT INTO filing_details (client_id, data) VALUES (?, ?)",
            [client.id, '{"waive_appearance": false}'],
        )
    old.close()
    monkeypatch.undo()

    with open_store(database, PASSPHRASE) as migrated:
        details = migrated.filing_details(client.id)
    assert details.waive_original_judge and not details.waive_appearance


def test_a_newer_schema_is_refused(database: Path, store: Store) -> None:
    store._db.execute(f"PRAGMA user_version = {store_db.SCHEMA_VERSION + 1}")
    store.close()
    with pytest.raises(DatabaseTooNew):
        open_store(database, PASSPHRASE)


def test_connection_pragmas(store: Store) -> None:
    def pragma(name: str) -> object:
        return store._db.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("temp_store") == 2  # MEMORY
    assert store_db.sqlite_utils.db.sqlite3.__name__.startswith("sqlcipher3")
