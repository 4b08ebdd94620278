"""Make a client's packet from the store: what the command line and the GUI both call.

The store holds the client, the attorney's reviews, the filing details and the clinic's
settings; the rules are run again as of today, so a packet always reflects the current law
and facts (an approval whose decision changed no longer counts: core/review.py).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from clinic_app.core.documents.convert import convert_to_pdf
from clinic_app.core.documents.packet import (
    PacketPlan,
    RenderedDocument,
    plan_packet,
    render_packet,
    write_packet,
)
from clinic_app.core.paths import data_dir
from clinic_app.core.progress import Cancelled, CancelledFn, ProgressFn, never, no_progress
from clinic_app.core.review import by_key
from clinic_app.core.rules.engine import evaluate
from clinic_app.core.store import Store
from clinic_app.core.workflow import ClientStatus

PRIVATE_TEMP = "private-tmp"


@dataclass(frozen=True)
class Packet:
    plan: PacketPlan
    documents: list[RenderedDocument]


def prepare_packet(
    store: Store,
    client_id: str,
    *,
    today: date,
    draft: bool,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never,
) -> Packet:
    """Plan and fill a client's packet in memory (nothing is written)."""
    client = store.get_client(client_id)
    plan = plan_packet(
        client,
        evaluate(client.record(today)),
        by_key(store.reviews(client_id)),
        store.settings(),
        store.filing_details(client_id),
        today=today,
        draft=draft,
    )
    return Packet(plan, render_packet(plan, progress=progress, cancelled=cancelled))


def save_packet(
    packet: Packet,
    folder: Path,
    *,
    pdf: bool,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never,
) -> list[Path]:
    """Write the packet's DOCX files to `folder` (the user's choice) and, with `pdf`, a PDF
    of each beside them. Returns every file written."""
    total = 2 if pdf else 1
    progress(0, total, "documents.progress.saving")
    written = write_packet(packet.documents, folder)
    if pdf:
        if cancelled():
            raise Cancelled()
        progress(1, total, "documents.progress.converting")
        written += convert_to_pdf(written, folder)
    progress(total, total, "documents.progress.saving")
    return written


def record_printed(store: Store, client_id: str, packet: Packet) -> None:
    """A filing packet (not a draft) left the app: an approved client's documents are
    printed (workflow.ClientStatus)."""
    if not packet.plan.draft:
        store.advance_status(client_id, ClientStatus.APPROVED, ClientStatus.DOCUMENTS_PRINTED)


def packet_pdfs(packet: Packet, folder: Path) -> list[Path]:
    """The packet as PDFs in `folder` (for preview and printing): DOCX written, converted,
    and the DOCX removed again."""
    docx = write_packet(packet.documents, folder)
    pdfs = convert_to_pdf(docx, folder)
    for path in docx:
        path.unlink()
    return pdfs


def private_temp_root() -> Path:
    return data_dir() / PRIVATE_TEMP


def new_private_folder() -> Path:
    """A folder only this user can read, for files that exist only to be previewed or
    printed. Remove it with `remove_private_folder`; a crash leaves it for
    `sweep_private_temp` at the next start."""
    root = private_temp_root()
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    return Path(tempfile.mkdtemp(prefix="packet-", dir=root))


def remove_private_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def private_temp_folder() -> Iterator[Path]:
    """`new_private_folder`, removed when the block ends, even after an error."""
    folder = new_private_folder()
    try:
        yield folder
    finally:
        remove_private_folder(folder)


def sweep_private_temp() -> None:
    """Delete what a crashed preview left behind: called once when the app starts."""
    shutil.rmtree(private_temp_root(), ignore_errors=True)
