"""Helpers for GUI tests: synthetic clients, a fake store, and Unicode-safe typing.

Everything here is made up: no real person's name or record.
"""

from __future__ import annotations

import threading
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from clinic_app.core.errors import ClientNotFound, WrongPassphrase
from clinic_app.core.model import (
    ArrestDisposition,
    Client,
    ClientSummary,
    Language,
    Level,
    PrisonSentence,
    RecordSource,
    Sentence,
)
from clinic_app.core.settings import ClinicSettings
from tests.fixtures.clients import (
    make_arrest,
    make_client,
    make_conviction,
    make_nguyen_thi_hoa,
    make_person,
    make_sentence,
    make_zoe_obrien_garcia,
)

UPDATED_AT = "2026-03-14T17:30:00+00:00"


def type_text(widget: QWidget, text: str) -> None:
    """Type any Unicode text: `qtbot.keyClicks` aborts the whole run on "é" (tech-notes §4)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# --- synthetic people (built on the shared fixtures in tests/fixtures/clients.py) --------


def prison_sentence(**overrides: Any) -> Sentence:
    values: dict[str, Any] = {
        "probation_granted": False,
        "prison": PrisonSentence.STATE_PRISON,
        "sentence_completed_date": date(2015, 3, 1),
    }
    return Sentence(**(values | overrides))


def client(first_name: str, last_name: str, **overrides: Any) -> Client:
    values: dict[str, Any] = {"first_name": first_name, "last_name": last_name}
    return Client(**({"person": make_person()} | values | overrides))


def sample_clients() -> list[Client]:
    """People a volunteer might meet: accents, two surnames, Vietnamese name order, a name
    full of markup characters, a missing date of birth. Ordered here by nothing."""
    return [
        make_client(
            id="c-jose",
            person=make_person(date_of_birth=date(1979, 11, 3)),
            convictions=(
                make_conviction(id="v1"),
                make_conviction(
                    id="v2",
                    case_number="LA045921",
                    code="PC 459",
                    offense_date=date(2011, 1, 20),
                    conviction_date=date(2011, 5, 2),
                    sentence_date=None,
                    sentence=prison_sentence(),
                    quantity_grams=None,
                ),
            ),
            arrests=(
                make_arrest(
                    id="a1",
                    code="PC 484",
                    disposition=ArrestDisposition.DISMISSED,
                    disposition_date=date(2023, 5, 1),
                ),
            ),
        ),
        client(
            "María",
            "García López",
            id="c-maria",
            other_names=("Mary Garcia",),
            preferred_language=Language.SPANISH,
            record_source=RecordSource.CLIENT_MEMORY,
            person=make_person(date_of_birth=date(1992, 7, 21), on_probation_or_parole=True),
            convictions=(
                make_conviction(
                    id="v1",
                    case_number="SC778812",
                    county="Santa Clara",
                    code="PC 484(a)",
                    level=Level.MISDEMEANOR,
                    offense_date=date(2019, 3, 3),
                    conviction_date=date(2019, 4, 18),
                    sentence_date=date(2019, 4, 18),
                    sentence=make_sentence(probation_end_date=date(2027, 4, 18), jail_days=0),
                    quantity_grams=None,
                ),
            ),
        ),
        client("Luis", "Garcia", id="c-luis", person=make_person(date_of_birth=None)),
        make_nguyen_thi_hoa(id="c-hoa"),
        client(
            "Ana",
            "Álvarez",
            id="c-ana",
            convictions=(make_conviction(id="v1", case_number="FR0099", county="Fresno"),),
        ),
        client(
            "Robert",
            "O'Brien",
            id="c-robert",
            arrests=(make_arrest(id="a1", code="PC 484"), make_arrest(id="a2", code="PC 647(f)")),
        ),
        make_zoe_obrien_garcia(id="c-zoe"),
    ]


# --- a store with the contract of clinic_app.core.store.Store ------------------------------


class FakeStore:
    """In memory, with the methods the GUI uses; records every call (and its thread)."""

    def __init__(self, path: Path, clients: list[Client] | None = None) -> None:
        self.path = path
        self._clients = {c.id: c for c in (clients if clients is not None else sample_clients())}
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.threads: set[str] = set()
        self.closed = False
        self.remembered = False
        self.gate: threading.Event | None = None  # when set, searches wait for it
        self.fail_with: BaseException | None = None  # raised by the next get_client

    def _record(self, name: str, *args: Any) -> None:
        if self.closed:
            raise RuntimeError("the store is closed")
        self.calls.append((name, args))
        self.threads.add(threading.current_thread().name)

    def calls_to(self, name: str) -> list[tuple[Any, ...]]:
        return [args for called, args in self.calls if called == name]

    def _summary(self, c: Client) -> ClientSummary:
        return ClientSummary(
            id=c.id,
            first_name=c.first_name,
            last_name=c.last_name,
            date_of_birth=c.person.date_of_birth,
            conviction_count=len(c.convictions),
            updated_at=UPDATED_AT,
        )

    def _sorted(self) -> list[Client]:
        return sorted(self._clients.values(), key=lambda c: (fold(c.last_name), fold(c.first_name)))

    def list_clients(
        self, limit: int = 500, offset: int = 0, status: object = None
    ) -> list[ClientSummary]:
        self._record("list_clients", limit, offset)
        return [self._summary(c) for c in self._sorted()[offset : offset + limit]]

    def search_clients(
        self, query: str, limit: int = 500, status: object = None
    ) -> list[ClientSummary]:
        """Every typed word must start a word of a name, accents and case folded."""
        self._record("search_clients", query, limit)
        if self.gate is not None:
            self.gate.wait(10)
        words = fold(query).split()
        if not words:
            return self.list_clients(limit=limit)
        found = []
        for c in self._sorted():
            names = fold(" ".join([c.first_name, c.last_name, *c.other_names]))
            name_words = names.replace("-", " ").split()
            if all(any(n.startswith(w) for n in name_words) for w in words):
                found.append(self._summary(c))
        return found[:limit]

    def count_clients(self) -> int:
        self._record("count_clients")
        return len(self._clients)

    def settings(self) -> ClinicSettings:
        self._record("settings")
        return ClinicSettings()

    def get_client(self, client_id: str) -> Client:
        self._record("get_client", client_id)
        if self.fail_with is not None:
            error, self.fail_with = self.fail_with, None
            raise error
        try:
            return self._clients[client_id]
        except KeyError:
            raise ClientNotFound(client_id=client_id) from None

    def save_client(self, client: Client) -> None:
        self._record("save_client", client.id)
        self._clients[client.id] = client

    def remember_on_this_computer(self) -> bool:
        self._record("remember_on_this_computer")
        self.remembered = True
        return True

    def close(self) -> None:
        self.calls.append(("close", ()))
        self.closed = True


class FakeOpener:
    """`opener(path, secret)`: opens `store` for `passphrase`, else raises `error`."""

    def __init__(
        self,
        store: FakeStore,
        passphrase: str = "correct horse battery",
        error: BaseException | None = None,
    ) -> None:
        self.store = store
        self.passphrase = passphrase
        self.error = error
        self.calls: list[tuple[Path, str]] = []
        self.threads: set[str] = set()
        self.gate: threading.Event | None = None

    def __call__(self, path: Path, secret: str) -> FakeStore:
        self.calls.append((path, secret))
        self.threads.add(threading.current_thread().name)
        if self.gate is not None:
            self.gate.wait(10)
        if self.error is not None:
            raise self.error
        if secret != self.passphrase:
            raise WrongPassphrase()
        return self.store
