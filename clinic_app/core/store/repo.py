"""The client store: create, unlock, read and save clients in the encrypted database.

Every `save_client` is one durable transaction (WAL, synchronous=FULL): once it returns, the
client survives a killed process or a power cut. One process at a time holds a database
(lock file beside it), so two windows can never overwrite each other's intake.

Store methods may be called from a worker thread: one lock serializes them, because a
connection must not run two statements at once.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

import sqlite_utils
from filelock import FileLock, Timeout
from pydantic import BaseModel

from clinic_app.core.documents.details import FilingDetails, details_before_entry
from clinic_app.core.errors import (
    CannotWrite,
    ClientNotFound,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseInUse,
    DatabaseMissing,
)
from clinic_app.core.model import Arrest, Client, ClientIdentity, ClientSummary, Conviction
from clinic_app.core.review import DecisionReview
from clinic_app.core.settings import ClinicSettings
from clinic_app.core.store import keys, remember
from clinic_app.core.store.db import connect, migrate, transaction, translated_errors
from clinic_app.core.store.search import fold, fts_query, matches, search_text
from clinic_app.core.workflow import ClientStatus, IntakeDraft


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _lock_database(database: Path) -> FileLock:
    """Hold the database's lock file, or fail at once with DatabaseInUse.

    An OS-level lock (flock / LockFileEx), so a crashed process never leaves a stale lock.
    """
    folder = database.parent
    if not os.access(folder, os.W_OK):
        # filelock would report an unwritable folder as a lock held by someone else.
        raise CannotWrite(path=str(folder), reason="no permission to write there")
    lock = FileLock(lock_path(database), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        if not lock_path(database).exists():  # it could not even be created
            raise CannotWrite(path=str(folder), reason="cannot create a lock file") from None
        raise DatabaseInUse(path=str(database)) from None
    return lock


class Store:
    """An unlocked client database. Close it to release the lock and forget the key."""

    def __init__(
        self, path: Path, db: sqlite_utils.Database, lock: FileLock, db_id: str, key: bytes
    ):
        self.path = path
        self.db_id = db_id
        self._db = db
        self._lock = lock
        self._key = key  # kept for "remember on this computer"; dropped on close
        self._mutex = threading.RLock()
        # How many clients there are, kept between writes: the list asks on every keystroke,
        # and this process is the database's only writer (the lock file).
        self._count: int | None = None

    def __repr__(self) -> str:
        return f"Store({self.path.name!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        with self._mutex:
            if self._db is not None:
                self._db.conn.close()
                self._db = None  # type: ignore[assignment]
                self._key = b""
                self._lock.release()

    def remember_on_this_computer(self) -> bool:
        """Cache the key in the OS keychain (opt-in); False if the keychain refused."""
        with self._session():
            return remember.remember(self.db_id, self._key)

    def forget_on_this_computer(self) -> None:
        remember.forget(self.db_id)

    @contextmanager
    def _session(self) -> Iterator[sqlite_utils.Database]:
        with self._mutex, translated_errors(self.path):
            if self._db is None:
                raise RuntimeError("the store is closed")
            yield self._db

    # --- writing ------------------------------------------------------------------------

    def save_client(self, client: Client) -> None:
        """Insert or replace one client with its whole record, atomically and durably."""
        self.save_clients([client])

    def save_clients(self, clients: Iterable[Client]) -> int:
        """Insert or replace several clients in one transaction: all are saved, or none."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        count = 0
        self._count = None
        with self._session() as db, transaction(db):
            for client in clients:
                _write_client(db, client, now)
                count += 1
        return count

    def delete_client(self, client_id: str) -> None:
        self._count = None
        with self._session() as db, transaction(db):
            _delete_record(db, client_id)
            for table in ("reviews", "filing_details", "intake_drafts"):
                db.execute(f"DELETE FROM {table} WHERE client_id = ?", [client_id])
            deleted = db.execute("DELETE FROM clients WHERE id = ?", [client_id]).rowcount
            if not deleted:
                raise ClientNotFound(client_id=client_id)

    def save_reviews(self, client_id: str, reviews: Iterable[DecisionReview]) -> None:
        """Record an attorney's sign-off: each review replaces the earlier one of its decision."""
        with self._session() as db, transaction(db):
            self._require_client(db, client_id)
            db.conn.executemany(
                "INSERT OR REPLACE INTO reviews (client_id, subject_id, remedy, data)"
                " VALUES (?, ?, ?, ?)",
                [(client_id, r.subject_id, r.remedy.value, r.model_dump_json()) for r in reviews],
            )

    def save_filing_details(self, client_id: str, details: FilingDetails) -> None:
        with self._session() as db, transaction(db):
            self._require_client(db, client_id)
            db.execute(
                "INSERT OR REPLACE INTO filing_details (client_id, data) VALUES (?, ?)",
                [client_id, details.model_dump_json()],
            )

    def save_settings(self, settings: ClinicSettings) -> None:
        with self._session() as db, transaction(db):
            db.execute(
                "INSERT OR REPLACE INTO settings (key, data) VALUES ('clinic', ?)",
                [settings.model_dump_json()],
            )

    # --- reading ------------------------------------------------------------------------

    def reviews(self, client_id: str) -> list[DecisionReview]:
        with self._session() as db:
            return [
                DecisionReview.model_validate_json(row["data"])
                for row in db.query(
                    "SELECT data FROM reviews WHERE client_id = ? ORDER BY subject_id, remedy",
                    [client_id],
                )
            ]

    def filing_details(self, client_id: str) -> FilingDetails:
        """The client's filing details; before any are entered, the signing attorney files."""
        with self._session() as db:
            row = db.execute(
                "SELECT data FROM filing_details WHERE client_id = ?", [client_id]
            ).fetchone()
        if row is None:
            return details_before_entry(self.reviews(client_id))
        return FilingDetails.model_validate_json(row[0])

    def settings(self) -> ClinicSettings:
        with self._session() as db:
            row = db.execute("SELECT data FROM settings WHERE key = 'clinic'").fetchone()
        return ClinicSettings() if row is None else ClinicSettings.model_validate_json(row[0])

    @staticmethod
    def _require_client(db: sqlite_utils.Database, client_id: str) -> None:
        if db.execute("SELECT 1 FROM clients WHERE id = ?", [client_id]).fetchone() is None:
            raise ClientNotFound(client_id=client_id)

    def get_client(self, client_id: str) -> Client:
        with self._session() as db:
            rows = list(db.query("SELECT * FROM clients WHERE id = ?", [client_id]))
            if not rows:
                raise ClientNotFound(client_id=client_id)
            convictions = tuple(
                Conviction.model_validate_json(row["data"])
                for row in db.query(
                    "SELECT data FROM convictions WHERE client_id = ? ORDER BY position",
                    [client_id],
                )
            )
            arrests = tuple(
                Arrest.model_validate_json(row["data"])
                for row in db.query(
                    "SELECT data FROM arrests WHERE client_id = ? ORDER BY position", [client_id]
                )
            )
        identity = ClientIdentity.model_validate_json(rows[0]["identity"])
        return Client(
            **{name: getattr(identity, name) for name in ClientIdentity.model_fields},
            person=json.loads(rows[0]["person"]),
            convictions=convictions,
            arrests=arrests,
        )

    def count_clients(self) -> int:
        """Clients, counting intakes still in progress."""
        with self._session() as db:
            if self._count is None:
                self._count = int(
                    db.execute(
                        "SELECT (SELECT count(*) FROM clients) + (SELECT count(*) FROM"
                        " intake_drafts d WHERE NOT EXISTS"
                        " (SELECT 1 FROM clients c WHERE c.id = d.client_id))"
                    ).fetchone()[0]
                )
            return self._count

    def client_ids(self) -> list[str]:
        with self._session() as db:
            return [row[0] for row in db.execute("SELECT id FROM clients ORDER BY sort_key")]

    def list_clients(
        self, limit: int = 500, offset: int = 0, status: ClientStatus | None = None
    ) -> list[ClientSummary]:
        """Clients in alphabetical order of last name (accents folded: Álvarez sorts with A),
        with `status` only when given; intakes not yet saved as clients count as `intake`."""
        where, params = _status_filter(status)
        rows = self._summaries(
            f"FROM clients c {where} ORDER BY c.sort_key LIMIT :limit OFFSET :offset",
            {**params, "limit": limit + offset, "offset": 0},
        )
        return _merged(rows, self._draft_rows(status, query=""), limit, offset)

    def search_clients(
        self, query: str, limit: int = 500, status: ClientStatus | None = None
    ) -> list[ClientSummary]:
        """Clients with a name or a case number starting with every word typed; a blank query
        lists everyone."""
        match = fts_query(query)
        if match is None:
            return self.list_clients(limit=limit, status=status)
        where, params = _status_filter(status, join="AND")
        rows = self._summaries(
            # IN, not a join: SQLite then walks clients in name order and stops at `limit`;
            # the join sorted every match first (130 ms for one letter at 100,000 clients).
            "FROM clients c WHERE c.rowid IN"
            " (SELECT rowid FROM client_search WHERE client_search MATCH :match)"
            f" {where} ORDER BY c.sort_key LIMIT :limit",
            {**params, "match": match, "limit": limit},
        )
        return _merged(rows, self._draft_rows(status, query=query), limit, 0)

    def _summaries(self, from_clause: str, params: dict[str, object]) -> list[ClientSummary]:
        sql = (
            "SELECT c.id, c.first_name, c.last_name, c.date_of_birth, c.updated_at, c.status,"
            " c.sort_key, c.conviction_count " + from_clause
        )
        with self._session() as db:
            return [ClientSummary.model_validate(row) for row in db.query(sql, params)]

    def _draft_rows(self, status: ClientStatus | None, *, query: str) -> list[ClientSummary]:
        """Intakes in progress that are not clients yet (few: a fair's worth at most)."""
        if status not in (None, ClientStatus.INTAKE):
            return []
        with self._session() as db:
            rows = list(
                db.query(
                    "SELECT client_id AS id, first_name, last_name, saved_at AS updated_at,"
                    " sort_key FROM intake_drafts d WHERE NOT EXISTS"
                    " (SELECT 1 FROM clients c WHERE c.id = d.client_id)"
                )
            )
        return [
            ClientSummary(**row, date_of_birth=None, conviction_count=0)
            for row in rows
            if matches(query, f"{row['first_name']} {row['last_name']}")
        ]

    # --- workflow and intakes in progress ------------------------------------------------

    def set_status(self, client_id: str, status: ClientStatus) -> None:
        with self._session() as db, transaction(db):
            changed = db.execute(
                "UPDATE clients SET status = ? WHERE id = ?", [status.value, client_id]
            ).rowcount
            if not changed:
                raise ClientNotFound(client_id=client_id)

    def advance_status(self, client_id: str, expected: ClientStatus, status: ClientStatus) -> bool:
        """Move a client from `expected` to `status`; False (and no change) from any other
        status, so printing a packet again never moves a filed case back."""
        with self._session() as db, transaction(db):
            changed = db.execute(
                "UPDATE clients SET status = ? WHERE id = ? AND status = ?",
                [status.value, client_id, expected.value],
            ).rowcount
        return bool(changed)

    def save_draft(self, draft: IntakeDraft) -> None:
        """Keep an intake as typed so far (one durable transaction, like every save)."""
        self._count = None
        with self._session() as db, transaction(db):
            db.execute(
                "INSERT OR REPLACE INTO intake_drafts"
                " (client_id, first_name, last_name, sort_key, data, saved_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    draft.client_id,
                    draft.first_name,
                    draft.last_name,
                    sort_key(draft.first_name, draft.last_name),
                    draft.model_dump_json(),
                    draft.saved_at.isoformat(timespec="seconds"),
                ],
            )

    def draft(self, client_id: str) -> IntakeDraft | None:
        with self._session() as db:
            row = db.execute(
                "SELECT data FROM intake_drafts WHERE client_id = ?", [client_id]
            ).fetchone()
        return None if row is None else IntakeDraft.model_validate_json(row[0])

    def delete_draft(self, client_id: str) -> None:
        self._count = None
        with self._session() as db, transaction(db):
            db.execute("DELETE FROM intake_drafts WHERE client_id = ?", [client_id])


def _status_filter(
    status: ClientStatus | None, join: str = "WHERE"
) -> tuple[str, dict[str, object]]:
    if status is None:
        return "", {}
    return f"{join} c.status = :status", {"status": status.value}


def _merged(
    clients: list[ClientSummary], drafts: list[ClientSummary], limit: int, offset: int
) -> list[ClientSummary]:
    """Clients and intakes in progress in one alphabetical list."""
    if not drafts:
        return clients[offset : offset + limit]
    both = sorted([*clients, *drafts], key=lambda row: row.sort_key)
    return both[offset : offset + limit]


def _compact_json(model: BaseModel) -> str:
    """Defaults left out: a third of the bytes, so less to encrypt, store and read back."""
    return model.model_dump_json(exclude_defaults=True)


def _write_client(db: sqlite_utils.Database, client: Client, now: str) -> None:
    identity_json = _compact_json(client.identity)
    db.execute(
        "INSERT INTO clients (id, first_name, last_name, sort_key, date_of_birth,"
        " identity, person, conviction_count, created_at, updated_at)"
        " VALUES (:id, :first, :last, :sort, :dob, :identity, :person, :count, :now, :now)"
        " ON CONFLICT(id) DO UPDATE SET first_name = :first, last_name = :last,"
        " sort_key = :sort, date_of_birth = :dob, identity = :identity,"
        " person = :person, conviction_count = :count, updated_at = :now",
        {
            "id": client.id,
            "first": client.first_name,
            "last": client.last_name,
            "sort": sort_key(client.first_name, client.last_name),
            "dob": _iso(client.person.date_of_birth),
            "identity": identity_json,
            "person": _compact_json(client.person),
            "count": len(client.convictions),
            "now": now,
        },
    )
    _delete_record(db, client.id)
    db.conn.executemany(
        "INSERT INTO convictions (client_id, id, position, code, case_number, data)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (client.id, c.id, i, c.code, c.case_number, _compact_json(c))
            for i, c in enumerate(client.convictions)
        ],
    )
    db.conn.executemany(
        "INSERT INTO arrests (client_id, id, position, code, data) VALUES (?, ?, ?, ?, ?)",
        [(client.id, a.id, i, a.code, _compact_json(a)) for i, a in enumerate(client.arrests)],
    )
    db.execute(
        "INSERT INTO client_search (rowid, names) SELECT rowid, ? FROM clients WHERE id = ?",
        [search_text(identity_json, (c.case_number for c in client.convictions)), client.id],
    )


def _delete_record(db: sqlite_utils.Database, client_id: str) -> None:
    """Remove a client's convictions, arrests and search entry (before rewriting them)."""
    for table in ("convictions", "arrests"):
        db.execute(f"DELETE FROM {table} WHERE client_id = ?", [client_id])
    db.execute(
        "DELETE FROM client_search WHERE rowid = (SELECT rowid FROM clients WHERE id = ?)",
        [client_id],
    )


def _iso(value: object) -> str | None:
    return None if value is None else str(value)


def sort_key(first_name: str, last_name: str) -> str:
    """Last name then first name, case- and accent-folded, so the list sorts as people expect."""
    return fold(f"{last_name}\t{first_name}")


# --- creating and unlocking -------------------------------------------------------------


def create_store(
    path: Path, passphrase: str, *, params: keys.Argon2Params | None = None
) -> tuple[Store, str]:
    """A new, empty encrypted database and its key file; returns the store and the recovery
    key, which exists nowhere else and must be shown to the user once."""
    keys.check_passphrase(passphrase)
    key_file_path = keys.key_file_path(path)
    for existing in (path, key_file_path):
        if existing.exists():
            raise DatabaseExists(path=str(existing))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CannotWrite(path=str(path.parent), reason=error.strerror or "error") from error
    database_key, recovery_key, db_id = (
        keys.new_database_key(),
        keys.new_recovery_key(),
        keys.new_db_id(),
    )
    key_file = keys.KeyFile(db_id=db_id, slots=())
    for name, secret in ((keys.PASSPHRASE, passphrase), (keys.RECOVERY, recovery_key)):
        slot = keys.wrap_key(database_key, secret, db_id=db_id, name=name, kind=name, params=params)
        key_file = key_file.with_slot(slot)
    lock = _lock_database(path)
    try:
        keys.write_key_file(key_file_path, key_file)
        store = _open_with_key(path, database_key, lock, db_id)
    except BaseException:
        lock.release()
        raise
    return store, recovery_key


def open_store(path: Path, secret: str) -> Store:
    """Unlock with a passphrase or a recovery key, whichever `secret` is. The key file
    decides whether it is right before SQLCipher sees any key."""
    key_file = _read_key_file_of(path)
    database_key = keys.unlock(key_file, secret)
    return _open_locked(path, database_key, key_file.db_id)


def open_remembered(path: Path) -> Store | None:
    """The store opened with the key this computer remembers, or None (ask the passphrase).

    A remembered key that no longer fits (the database was replaced) is forgotten.
    """
    key_file = _read_key_file_of(path)
    database_key = remember.recall(key_file.db_id)
    if database_key is None:
        return None
    try:
        return _open_locked(path, database_key, key_file.db_id)
    except DatabaseDamaged:
        remember.forget(key_file.db_id)
        return None


def _read_key_file_of(path: Path) -> keys.KeyFile:
    if not path.exists():
        raise DatabaseMissing(path=str(path))
    return keys.read_key_file(keys.key_file_path(path))


def _open_locked(path: Path, database_key: bytes, db_id: str) -> Store:
    lock = _lock_database(path)
    try:
        return _open_with_key(path, database_key, lock, db_id)
    except BaseException:
        lock.release()
        raise


def _open_with_key(path: Path, database_key: bytes, lock: FileLock, db_id: str) -> Store:
    db = connect(path, database_key)
    try:
        migrate(db, path)
    except BaseException:
        db.conn.close()
        raise
    return Store(path, db, lock, db_id, database_key)


def change_passphrase(path: Path, current_secret: str, new_passphrase: str) -> None:
    """Re-wrap the database key under a new passphrase; the recovery key keeps working.

    `current_secret` may be the old passphrase or the recovery key (a forgotten passphrase
    is the usual reason to change it).
    """
    keys.check_passphrase(new_passphrase)
    key_file_path = keys.key_file_path(path)
    key_file = keys.read_key_file(key_file_path)
    database_key = keys.unlock(key_file, current_secret)
    slot = keys.wrap_key(
        database_key,
        new_passphrase,
        db_id=key_file.db_id,
        name=keys.PASSPHRASE,
        kind=keys.PASSPHRASE,
    )
    keys.write_key_file(key_file_path, key_file.with_slot(slot))
