"""A killed writer loses nothing it had committed (WAL + synchronous=FULL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clinic_app.core.store import create_store, open_store

PASSPHRASE = "correct horse battery"

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from clinic_app.core.store import open_store
    from clinic_app.core.store.db import transaction
    from tests.fixtures.clients import make_client

    store = open_store(Path(sys.argv[1]), sys.argv[2])
    for number in range(40):
        client = make_client(first_name=f"Committed{number}")
        store.save_client(client)
        print(client.id, flush=True)
    # Now a large transaction that is never committed.
    db = store._db
    db.execute("BEGIN IMMEDIATE")
    for number in range(100_000):
        db.execute(
            "INSERT INTO clients (id, first_name, last_name, sort_key, identity, person)"
            " VALUES (?, 'Uncommitted', 'Row', 'x', '{}', '{}')",
            [f"u{number}"],
        )
        if number == 2_000:
            print("MID-TRANSACTION", flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_mid_transaction_loses_no_committed_client(tmp_path: Path, fast_kdf) -> None:
    database = tmp_path / "clinic.db"
    store, _ = create_store(database, PASSPHRASE, params=fast_kdf)
    store.close()

    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[3],
    )
    committed = []
    assert writer.stdout is not None
    for line in writer.stdout:
        if line.strip() == "MID-TRANSACTION":
            break
        committed.append(line.strip())
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    assert len(committed) == 40

    with open_store(database, PASSPHRASE) as reopened:
        assert sorted(reopened.client_ids()) == sorted(committed)
        assert reopened._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert reopened.search_clients("uncommitted") == []
