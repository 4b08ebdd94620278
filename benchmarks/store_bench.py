"""Store benchmark: the encrypted store against a plain SQLite file, in the same run.

Both sides run the same store code (schema, pragmas, transactions, search), on the same SQLite
build (sqlcipher3 opened without a key writes a plain SQLite file), so the ratio is the cost of
encryption alone. Prints insert time, file size, search latency (median and p95 over the
queries), first-page list latency, one-client load latency and unlock time.

Targets (issue 2): search p95 <= 50 ms at 100,000 clients; encrypted/plain <= 1.5 on inserts.

    .venv/bin/python benchmarks/store_bench.py [--clients 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from filelock import FileLock

from clinic_app.core.model import Client
from clinic_app.core.store import Store, create_store, open_store
from clinic_app.core.store.db import configure, migrate, sqlite_utils  # aliased sqlcipher3
from clinic_app.core.store.repo import lock_path
from clinic_app.core.synthetic import make_clients

PASSPHRASE = "benchmark passphrase"
BATCH = 1_000  # clients per transaction, as an import would save them


@dataclass
class Figures:
    insert_s: float
    size_mib: float
    search_median_ms: float
    search_p95_ms: float
    list_ms: float
    load_ms: float
    unlock_ms: float


def open_plain(path: Path) -> Store:
    """The same Store over an unencrypted file: the baseline."""
    connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    configure(connection)
    db = sqlite_utils.Database(connection)
    migrate(db, path)
    lock = FileLock(lock_path(path), timeout=0)
    lock.acquire()
    return Store(path, db, lock, db_id="plain", key=b"")


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def insert(store: Store, clients: Sequence[Client]) -> float:
    start = time.perf_counter()
    for first in range(0, len(clients), BATCH):
        store.save_clients(clients[first : first + BATCH])
    return time.perf_counter() - start


def search_queries(clients: Sequence[Client], count: int, seed: int) -> list[str]:
    """What a volunteer types: a surname prefix, a full first name, or both."""
    rng = random.Random(seed)
    queries = []
    for client in rng.sample(list(clients), count):
        last = client.last_name.split()[0]
        kind = rng.randrange(3)
        if kind == 0:
            queries.append(last[: rng.randint(3, max(3, len(last)))])
        elif kind == 1:
            queries.append(client.first_name.split()[0])
        else:
            queries.append(f"{client.first_name.split()[0][:3]} {last[:4]}")
    return queries


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(
    store: Store,
    clients: Sequence[Client],
    queries: Sequence[str],
    reopen: Callable[[], Store],
) -> Figures:
    insert_s = insert(store, clients)
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    files = [store.path, store.path.with_name(store.path.name + "-wal")]
    size = sum(path.stat().st_size for path in files if path.exists())
    store.close()

    unlock_s = timed(lambda: reopen().close())
    store = reopen()
    try:
        store.search_clients(queries[0])  # warm the page cache as a running app would have
        samples = [timed(lambda q=q: store.search_clients(q)) for q in queries]
        list_s = statistics.median(timed(store.list_clients) for _ in range(20))
        ids = random.Random(1).sample([c.id for c in clients], 50)
        load_s = statistics.median(timed(lambda i=i: store.get_client(i)) for i in ids)
    finally:
        store.close()
    return Figures(
        insert_s=insert_s,
        size_mib=size / 2**20,
        search_median_ms=statistics.median(samples) * 1000,
        search_p95_ms=percentile(samples, 0.95) * 1000,
        list_ms=list_s * 1000,
        load_ms=load_s * 1000,
        unlock_ms=unlock_s * 1000,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    gc.disable()  # 100,000 clients are millions of objects: repeated GC scans dominate
    clients = list(make_clients(args.clients, seed=args.seed))
    gc.enable()
    gc.freeze()
    convictions = sum(len(client.convictions) for client in clients)
    print(
        f"generated {len(clients):,} synthetic clients with {convictions:,} convictions "
        f"in {time.perf_counter() - start:.1f} s (not counted below)"
    )
    queries = search_queries(clients, args.queries, args.seed)

    with tempfile.TemporaryDirectory() as folder:
        encrypted_path, plain_path = Path(folder) / "enc" / "c.db", Path(folder) / "plain.db"
        store, _ = create_store(encrypted_path, PASSPHRASE)
        encrypted = measure(store, clients, queries, lambda: open_store(encrypted_path, PASSPHRASE))
        plain = measure(open_plain(plain_path), clients, queries, lambda: open_plain(plain_path))

    rows = [
        ("insert all clients (s)", "insert_s", "{:.2f}"),
        ("database size (MiB)", "size_mib", "{:.1f}"),
        (f"search median over {len(queries)} queries (ms)", "search_median_ms", "{:.2f}"),
        (f"search p95 over {len(queries)} queries (ms)", "search_p95_ms", "{:.2f}"),
        ("list first page of 500 (ms)", "list_ms", "{:.2f}"),
        ("load one client (ms)", "load_ms", "{:.3f}"),
        ("unlock / open (ms)", "unlock_ms", "{:.1f}"),
    ]
    print(f"\n{'metric':<42}{'encrypted':>12}{'plain':>12}{'ratio':>8}")
    for label, attribute, fmt in rows:
        enc, pln = getattr(encrypted, attribute), getattr(plain, attribute)
        ratio = f"{enc / pln:.2f}" if pln else "-"
        print(f"{label:<42}{fmt.format(enc):>12}{fmt.format(pln):>12}{ratio:>8}")
    print("(unlock includes Argon2id key derivation for the encrypted store)")

    insert_ratio = encrypted.insert_s / plain.insert_s
    print(
        f"\ntarget search p95 <= 50 ms: {encrypted.search_p95_ms:.2f} ms "
        f"{'MET' if encrypted.search_p95_ms <= 50 else 'MISSED'}"
    )
    print(
        f"target insert ratio <= 1.5: {insert_ratio:.2f} "
        f"{'MET' if insert_ratio <= 1.5 else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
