"""Opening the encrypted database: SQLCipher through sqlcipher3, sqlite-utils on top.

Import this module before anything imports sqlite_utils: sqlite-utils catches the stdlib
`sqlite3` exception classes unless it finds a `pysqlite3` module, and sqlcipher3 raises its
own classes. Aliasing sqlcipher3 as `pysqlite3` makes sqlite-utils use and catch sqlcipher3's
(shared/tech-notes.md §1.2).
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3
import sqlcipher3.dbapi2
from sqlcipher3.dbapi2 import Connection, DatabaseError

sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)

import sqlite_utils  # noqa: E402  (must follow the alias above)
import sqlite_utils.db  # noqa: E402

from clinic_app.core.errors import (  # noqa: E402
    ClinicError,
    DatabaseDamaged,
    DatabaseInUse,
    DatabaseTooNew,
    DiskFull,
)
from clinic_app.core.store.search import search_text  # noqa: E402

if vars(sqlite_utils.db)["sqlite3"] is not sqlcipher3:  # pragma: no cover - a packaging mistake
    raise ImportError("sqlite_utils was imported before clinic_app.core.store.db")

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_FULL, _SQLITE_CORRUPT, _SQLITE_NOTADB = 5, 6, 13, 11, 26


def translate_error(error: DatabaseError, path: Path) -> ClinicError | None:
    """The ClinicError for a failure a user can act on; None for a bug."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        code &= 0xFF  # extended result codes carry the primary code in the low byte
    if code in (_SQLITE_NOTADB, _SQLITE_CORRUPT):
        return DatabaseDamaged(path=str(path))
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return DatabaseInUse(path=str(path))
    if code == _SQLITE_FULL:
        return DiskFull()
    return None


@contextlib.contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except DatabaseError as error:
        translated = translate_error(error, path)
        if translated is None:
            raise
        raise translated from error


def connect(path: Path, database_key: bytes) -> sqlite_utils.Database:
    """Open `path` with a raw 32-byte key and the pragmas a legal record needs.

    Raw key (`x'...'`), because the passphrase was already stretched by Argon2id to unwrap
    it; SQLCipher's own PBKDF2 would only add 80 ms to every open. The first read checks the
    key, so a mismatch surfaces here as DatabaseDamaged instead of later, mid-intake.
    """
    connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        with translated_errors(path):
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(f"PRAGMA key = \"x'{database_key.hex()}'\"")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            configure(connection)
    except BaseException:
        connection.close()
        raise
    return sqlite_utils.Database(connection)


def configure(connection: Connection) -> None:
    """The pragmas every connection needs; the benchmark's plain baseline uses them too."""
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA journal_mode = WAL")
    # FULL: a confirmed intake must survive a power cut, not just a crash.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    # SQLCipher does not encrypt temporary files: keep them in memory.
    connection.execute("PRAGMA temp_store = MEMORY")
    # 64 MiB of decrypted pages (default 8): every page read from disk is decrypted, so a
    # warm cache is what keeps search fast on a large client list.
    connection.execute("PRAGMA cache_size = -65536")


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One atomic, durable unit of work: committed entirely or not at all.

    The connection runs in autocommit mode (isolation_level=None) so that this is the only
    place a transaction begins. Do not call sqlite-utils write helpers inside it: they
    commit on their own.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


# --- schema and migrations ---------------------------------------------------------------

Migration = Callable[[sqlite_utils.Database], None]


def _v1_clients_and_record(db: sqlite_utils.Database) -> None:
    """Clients with their convictions and arrests. Facts are JSON in the model's shape;
    the columns beside them exist for listing, sorting and joins."""
    db.create_table(
        "clients",
        {
            "id": str,
            "first_name": str,
            "last_name": str,
            "sort_key": str,
            "date_of_birth": str,
            "created_at": str,
            "updated_at": str,
            # Large JSON last: listing reads the small columns without touching overflow pages.
            "identity": str,
            "person": str,
        },
        pk="id",
        not_null={"first_name", "last_name", "sort_key", "identity", "person"},
    )
    db.table("clients").create_index(["sort_key"], index_name="clients_by_name")
    record_columns = {"client_id": str, "id": str, "position": int, "code": str, "data": str}
    for table, extra in (("convictions", {"case_number": str}), ("arrests", {})):
        db.create_table(
            table,
            {**record_columns, **extra},
            pk=("client_id", "id"),
            foreign_keys=[("client_id", "clients", "id")],
            not_null={"position", "code", "data"},
        )
    db.table("convictions").create_index(["case_number"], index_name="convictions_by_case")
    db.create_table("meta", {"key": str, "value": str}, pk="key")


def _v2_name_search(db: sqlite_utils.Database) -> None:
    """Full-text search over names and other names, one row per client keyed by the
    client's rowid. unicode61 with remove_diacritics 2 folds accents ("garcia" finds
    "García"); prefix indexes keep type-ahead fast; contentless, because the names are
    already in `clients` and need not be stored twice."""
    db.execute(
        "CREATE VIRTUAL TABLE client_search USING fts5(names, content = '',"
        " contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for row in db.query("SELECT rowid, identity FROM clients"):
        db.execute(
            "INSERT INTO client_search (rowid, names) VALUES (?, ?)",
            [row["rowid"], search_text(row["identity"])],
        )


def _v3_review_and_filing(db: sqlite_utils.Database) -> None:
    """Attorney reviews (one row per decision reviewed), each client's filing details, and
    the clinic's settings; all JSON validated by the core models on the way in and out."""
    db.create_table(
        "reviews",
        {"client_id": str, "subject_id": str, "remedy": str, "data": str},
        pk=("client_id", "subject_id", "remedy"),
        foreign_keys=[("client_id", "clients", "id")],
        not_null={"data"},
    )
    db.create_table(
        "filing_details",
        {"client_id": str, "data": str},
        pk="client_id",
        foreign_keys=[("client_id", "clients", "id")],
        not_null={"data"},
    )
    db.create_table("settings", {"key": str, "data": str}, pk="key", not_null={"data"})


def _v4_workflow(db: sqlite_utils.Database) -> None:
    """Each client's place in the clinic's work, the intakes in progress (kept apart from
    clients: a draft may not have the facts a client record requires yet), and case numbers
    in the search index."""
    db.execute("ALTER TABLE clients ADD COLUMN status TEXT NOT NULL DEFAULT 'intake'")
    db.table("clients").create_index(["status", "sort_key"], index_name="clients_by_status")
    db.create_table(
        "intake_drafts",
        {
            "client_id": str,
            "first_name": str,
            "last_name": str,
            "sort_key": str,
            "data": str,
            "saved_at": str,
        },
        pk="client_id",
        not_null={"data", "sort_key", "saved_at"},
    )
    for row in db.query("SELECT rowid, id, identity FROM clients"):
        cases = [
            found[0]
            for found in db.execute(
                "SELECT case_number FROM convictions WHERE client_id = ? ORDER BY position",
                [row["id"]],
            )
        ]
        db.execute("DELETE FROM client_search WHERE rowid = ?", [row["rowid"]])
        db.execute(
            "INSERT INTO client_search (rowid, names) VALUES (?, ?)",
            [row["rowid"], search_text(row["identity"], cases)],
        )


def _v5_conviction_count(db: sqlite_utils.Database) -> None:
    """Each client's number of convictions, kept with the client: the list shows it for up
    to 500 rows per keystroke, and counting them row by row cost 25 ms at 100,000 clients."""
    db.execute("ALTER TABLE clients ADD COLUMN conviction_count INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE clients SET conviction_count ="
        " (SELECT count(*) FROM convictions v WHERE v.client_id = clients.id)"
    )


def _v6_explicit_waivers(db: sqlite_utils.Database) -> None:
    """Filing details used to be saved without their default values, and the CR-400 waivers
    then defaulted to ticked. They now default to unticked, so rows saved before keep the
    choice they were saved with by writing it out; every row is now saved in full."""
    for client_id, data in db.execute("SELECT client_id, data FROM filing_details").fetchall():
        details = {"waive_original_judge": True, "waive_appearance": True, **json.loads(data)}
        db.execute(
            "UPDATE filing_details SET data = ? WHERE client_id = ?",
            [json.dumps(details), client_id],
        )


MIGRATIONS: tuple[Migration, ...] = (
    _v1_clients_and_record,
    _v2_name_search,
    _v3_review_and_filing,
    _v4_workflow,
    _v5_conviction_count,
    _v6_explicit_waivers,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, path: Path) -> None:
    """Bring the schema to `target`, one version per transaction.

    PRAGMA user_version is part of the transaction, so a crash mid-migration leaves the
    database at the previous version, ready to retry.
    """
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise DatabaseTooNew(path=str(path), found=str(current), known=str(len(MIGRATIONS)))
    for version in range(current, len(MIGRATIONS)):
        with translated_errors(path), transaction(db):
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
