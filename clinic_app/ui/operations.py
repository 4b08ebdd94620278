"""One-line entry points from widgets to the store: each runs its store call in a `Task`.

Widgets never call the store directly, because every store call does disk I/O (and opening
runs Argon2). Results arrive in the GUI thread through `on_done`; failures through
`on_error`, which defaults to `ui.errors.show_error` so nothing fails silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_app.core.model import Client, ClientSummary
from clinic_app.ui.worker import Task

if TYPE_CHECKING:
    from clinic_app.core.store import Store

OnError = Callable[[BaseException], object]
Opener = Callable[[Path, str], Any]


@dataclass(frozen=True)
class ClientPage:
    """One answer for the client list: the rows for `query` and how many clients exist."""

    query: str
    clients: tuple[ClientSummary, ...]
    total: int


def _default_error(exc: BaseException) -> None:
    from clinic_app.ui.errors import show_error

    show_error(exc)


def _run(
    call: Callable[[], object],
    on_done: Callable[[Any], object] | None,
    on_error: OnError | None,
) -> Task:
    task = Task(lambda progress, cancelled: call())
    if on_done is not None:
        task.signals.succeeded.connect(on_done)
    task.signals.failed.connect(on_error or _default_error)
    return task.start()


def search_clients(
    store: Store,
    query: str,
    on_done: Callable[[ClientPage], object],
    on_error: OnError | None = None,
    *,
    limit: int = 500,
) -> Task:
    """Clients whose names start with `query` (all clients when blank), plus the total count."""

    def call() -> ClientPage:
        if query.strip():
            rows = store.search_clients(query, limit=limit)
        else:
            rows = store.list_clients(limit=limit)
        return ClientPage(query=query, clients=tuple(rows), total=store.count_clients())

    return _run(call, on_done, on_error)


def load_client(
    store: Store,
    client_id: str,
    on_done: Callable[[Client], object],
    on_error: OnError | None = None,
) -> Task:
    """The full stored record of one client."""
    return _run(lambda: store.get_client(client_id), on_done, on_error)


def open_store(
    opener: Opener,
    path: Path,
    secret: str,
    on_done: Callable[[Any], object],
    on_error: OnError | None = None,
) -> Task:
    """Open the database at `path` with a passphrase or recovery key (Argon2: ~150 ms)."""
    return _run(lambda: opener(path, secret), on_done, on_error)


def close_store(
    store: Store,
    on_done: Callable[[object], object] | None = None,
    on_error: OnError | None = None,
) -> Task:
    """Close the store after every DB task queued before it (the DB pool is serial)."""
    return _run(store.close, on_done, on_error)


def remember_on_this_computer(
    store: Store,
    on_done: Callable[[bool], object] | None = None,
    on_error: OnError | None = None,
) -> Task:
    """Keep the store's key in the OS password store (opt-in); `on_done(False)` if refused.

    In a worker, because the OS may show a prompt and block until the user answers it.
    """
    return _run(store.remember_on_this_computer, on_done, on_error)


def open_remembered(
    path: Path,
    on_done: Callable[[Any], object],
    on_error: OnError | None = None,
) -> Task:
    """Open with the key this computer remembers; `on_done(None)` when there is none."""

    def call() -> object:
        from clinic_app.core.store import open_remembered as open_with_remembered_key

        return open_with_remembered_key(path)

    return _run(call, on_done, on_error)
