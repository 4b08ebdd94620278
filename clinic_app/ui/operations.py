"""One-line entry points from widgets to the store: each runs its store call in a `Task`.

Widgets never call the store directly, because every store call does disk I/O (and opening
runs Argon2). Results arrive in the GUI thread through `on_done`; failures through
`on_error`, which defaults to `ui.errors.show_error` so nothing fails silently.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_app.core.model import Client, ClientSummary
from clinic_app.core.progress import CancelledFn, ProgressFn
from clinic_app.ui.worker import Task, work_pool

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from clinic_app.core.decision import Decision
    from clinic_app.core.documents.details import FilingDetails
    from clinic_app.core.documents.service import Packet
    from clinic_app.core.model import Remedy
    from clinic_app.core.rapsheet import ParsedRecord
    from clinic_app.core.review import Attorney, DecisionReview
    from clinic_app.core.settings import ClinicSettings
    from clinic_app.core.store import Store
    from clinic_app.core.workflow import ClientStatus, IntakeDraft

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


OnProgress = Callable[[int, int, str], object]


def _run(
    call: Callable[[], object],
    on_done: Callable[[Any], object] | None,
    on_error: OnError | None,
) -> Task:
    return _run_long(lambda progress, cancelled: call(), on_done, on_error)


def _run_long(
    call: Callable[[ProgressFn, CancelledFn], object],
    on_done: Callable[[Any], object] | None,
    on_error: OnError | None,
    on_progress: OnProgress | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """`call(progress, cancelled)` in a task; progress reaches `on_progress` in the GUI."""
    task = Task(lambda progress, cancelled: call(progress, cancelled))
    if on_done is not None:
        task.signals.succeeded.connect(on_done)
    if on_progress is not None:
        task.signals.progressed.connect(on_progress)
    task.signals.failed.connect(on_error or _default_error)
    return task.start(pool)


def search_clients(
    store: Store,
    query: str,
    on_done: Callable[[ClientPage], object],
    on_error: OnError | None = None,
    *,
    limit: int = 500,
    status: ClientStatus | None = None,
) -> Task:
    """Clients whose names or case numbers start with `query` (all clients when blank),
    with `status` only when given, plus the total count."""

    def call() -> ClientPage:
        if query.strip():
            rows = store.search_clients(query, limit=limit, status=status)
        else:
            rows = store.list_clients(limit=limit, status=status)
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


# --- documents ------------------------------------------------------------------------------


def prepare_packet(
    store: Store,
    client_id: str,
    *,
    draft: bool,
    today: date,
    on_done: Callable[[Packet], object],
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
) -> Task:
    """Plan and fill a client's packet in memory (reads the store: the DB pool)."""
    from clinic_app.core.documents import service

    return _run_long(
        lambda progress, cancelled: service.prepare_packet(
            store, client_id, today=today, draft=draft, progress=progress, cancelled=cancelled
        ),
        on_done,
        on_error,
        on_progress,
    )


def save_packet(
    packet: Packet,
    folder: Path,
    *,
    pdf: bool,
    on_done: Callable[[list[Path]], object],
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
) -> Task:
    """Write the packet where the user chose (and convert it with LibreOffice)."""
    from clinic_app.core.documents import service

    return _run_long(
        lambda progress, cancelled: service.save_packet(
            packet, folder, pdf=pdf, progress=progress, cancelled=cancelled
        ),
        on_done,
        on_error,
        on_progress,
        work_pool(),
    )


def record_printed(
    store: Store,
    client_id: str,
    packet: Packet,
    on_error: OnError | None = None,
) -> Task:
    """A filing packet was saved or printed: an approved client moves to documents printed."""
    from clinic_app.core.documents import service

    return _run(lambda: service.record_printed(store, client_id, packet), None, on_error)


def packet_pdfs(
    packet: Packet,
    on_done: Callable[[tuple[Path, list[Path]]], object],
    on_error: OnError | None = None,
) -> Task:
    """The packet as PDFs in a new private folder, for preview and printing: `on_done`
    receives (folder, pdfs) and owns the folder; on failure it is already removed."""
    from clinic_app.core.documents import service

    def call(progress: ProgressFn, cancelled: CancelledFn) -> tuple[Path, list[Path]]:
        folder = service.new_private_folder()
        try:
            return folder, service.packet_pdfs(packet, folder)
        except BaseException:
            service.remove_private_folder(folder)
            raise

    return _run_long(call, on_done, on_error, pool=work_pool())


# --- the client's DOJ record ----------------------------------------------------------------


def read_record(
    source: Sequence[Path] | str,
    *,
    on_done: Callable[[ParsedRecord], object],
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
) -> Task:
    """Read a rap sheet from its files, in order (OCR for scans and photos: a photo a
    page), or from pasted text. CPU work, so on the work pool: the database stays free for
    saving the intake meanwhile."""
    from clinic_app.core import rapsheet

    def call(progress: ProgressFn, cancelled: CancelledFn) -> ParsedRecord:
        if isinstance(source, str):
            return rapsheet.parse_text(source)
        return rapsheet.parse_files(source, progress, cancelled=cancelled)

    return _run_long(call, on_done, on_error, on_progress, pool=work_pool())


# --- settings -------------------------------------------------------------------------------


def load_settings(
    store: Store,
    on_done: Callable[[ClinicSettings], object],
    on_error: OnError | None = None,
) -> Task:
    """The clinic's settings (the defaults when none were saved yet)."""
    return _run(store.settings, on_done, on_error)


def save_settings(
    store: Store,
    settings: ClinicSettings,
    on_done: Callable[[object], object] | None = None,
    on_error: OnError | None = None,
) -> Task:
    """Replace the clinic's settings with `settings`."""
    return _run(lambda: store.save_settings(settings), on_done, on_error)


# --- attorney review ------------------------------------------------------------------------

@dataclass(frozen=True)
class ReviewCase:
    """One client as the review screen shows them, read and decided in one task."""

    client: Client
    decisions: tuple[Decision, ...]
    reviews: dict[tuple[str, Remedy], DecisionReview]  # the saved ones, by decision_key
    attorneys: tuple[Attorney, ...]  # who may sign off (from the clinic's settings)

    @property
    def remaining(self) -> int:
        """Decisions with forms that no attorney has reviewed as they stand now; the client
        is approved when this reaches zero."""
        from clinic_app.core.review import ReviewState, state_of

        waiting = (ReviewState.UNREVIEWED, ReviewState.STALE)
        return sum(
            1
            for decision in self.decisions
            if decision.forms and state_of(decision, self.client, self.reviews) in waiting
        )


def _review_case(store: Store, client_id: str, today: date) -> ReviewCase:
    from clinic_app.core.review import by_key
    from clinic_app.core.rules.engine import evaluate

    client = store.get_client(client_id)
    return ReviewCase(
        client=client,
        decisions=evaluate(client.record(today)).decisions,
        reviews=by_key(store.reviews(client_id)),
        attorneys=store.settings().attorneys,
    )


def review_queue(
    store: Store,
    on_done: Callable[[tuple[ClientSummary, ...]], object],
    on_error: OnError | None = None,
) -> Task:
    """The clients waiting for an attorney's review (status needs_review), by name."""
    from clinic_app.core.workflow import ClientStatus

    return _run(
        lambda: tuple(store.list_clients(limit=5_000, status=ClientStatus.NEEDS_REVIEW)),
        on_done,
        on_error,
    )


def load_review(
    store: Store,
    client_id: str,
    *,
    today: date,
    on_done: Callable[[ReviewCase], object],
    on_error: OnError | None = None,
) -> Task:
    """A client's record, the rules' decisions as of `today`, their saved reviews and the
    clinic's attorneys (the rules run in the same task: a long record takes a moment)."""
    return _run(lambda: _review_case(store, client_id, today), on_done, on_error)


def sign_off(
    store: Store,
    client_id: str,
    reviews: tuple[DecisionReview, ...],
    *,
    today: date,
    on_done: Callable[[ReviewCase], object],
    on_error: OnError | None = None,
) -> Task:
    """Save an attorney's reviews, then approve the client if no decision with forms still
    awaits review. Decided on the record as stored after saving, so a fact corrected
    meanwhile (which makes a review stale) keeps the client in the queue."""
    from clinic_app.core.workflow import ClientStatus

    def call() -> ReviewCase:
        store.save_reviews(client_id, reviews)
        case = _review_case(store, client_id, today)
        if case.remaining == 0:
            store.set_status(client_id, ClientStatus.APPROVED)
        return case

    return _run(call, on_done, on_error)


# --- intake -----------------------------------------------------------------------------------


def save_intake(
    store: Store,
    draft: IntakeDraft,
    client: Client | None,
    on_done: Callable[[object], object] | None = None,
    on_error: OnError | None = None,
) -> Task:
    """Keep the interview as typed, and the client's record once it validates."""

    def call() -> None:
        store.save_draft(draft)
        if client is not None:
            store.save_client(client)

    return _run(call, on_done, on_error)


def send_for_review(
    store: Store,
    client: Client,
    on_done: Callable[[object], object] | None = None,
    on_error: OnError | None = None,
) -> Task:
    """The interview is done: save the record, drop the draft, queue it for an attorney."""
    from clinic_app.core.workflow import ClientStatus

    def call() -> None:
        store.save_client(client)
        store.delete_draft(client.id)
        store.set_status(client.id, ClientStatus.NEEDS_REVIEW)

    return _run(call, on_done, on_error)


def load_intake(
    store: Store,
    client_id: str,
    on_done: Callable[[tuple[Client | None, IntakeDraft | None]], object],
    on_error: OnError | None = None,
) -> Task:
    """What an interview reopens with: the record saved so far and the answers as typed."""
    from clinic_app.core.errors import ClientNotFound

    def call() -> tuple[Client | None, IntakeDraft | None]:
        draft = store.draft(client_id)
        try:
            client: Client | None = store.get_client(client_id)
        except ClientNotFound:
            client = None
        return client, draft

    return _run(call, on_done, on_error)


def set_status(
    store: Store,
    client_id: str,
    status: ClientStatus,
    on_done: Callable[[object], object] | None = None,
    on_error: OnError | None = None,
) -> Task:
    """Move a client on in the clinic's work (filed, granted, denied ...)."""
    return _run(lambda: store.set_status(client_id, status), on_done, on_error)


def load_filing_details(
    store: Store,
    client_id: str,
    on_done: Callable[[tuple[Client, FilingDetails, ClinicSettings]], object],
    on_error: OnError | None = None,
) -> Task:
    """What the filing details dialog shows: the client, their details, the attorneys."""
    return _run(
        lambda: (store.get_client(client_id), store.filing_details(client_id), store.settings()),
        on_done,
        on_error,
    )


def save_filing_details(
    store: Store,
    client_id: str,
    details: FilingDetails,
    on_done: Callable[[object], object] | None = None,
    on_error: OnError | None = None,
) -> Task:
    return _run(lambda: store.save_filing_details(client_id, details), on_done, on_error)
