"""Reviews, filing details and the clinic's settings are kept in the encrypted store."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinic_app.core.documents.details import ArrestDetails, FilingDetails, Party
from clinic_app.core.errors import ClientNotFound
from clinic_app.core.model import Language
from clinic_app.core.review import Attorney, Verdict, review
from clinic_app.core.rules.engine import evaluate
from clinic_app.core.settings import ClinicSettings
from clinic_app.core.store import Store
from tests.fixtures.clients import AS_OF, make_client

ATTORNEY = Attorney(name="Ana Ruiz", bar_number="123456")


def test_reviews_read_back_and_a_second_verdict_replaces_the_first(store: Store) -> None:
    client = make_client()
    store.save_client(client)
    decision = evaluate(client.record(AS_OF)).decisions[0]
    when = datetime(2026, 11, 25, tzinfo=UTC)
    first = review(decision, client, verdict=Verdict.APPROVED, attorney=ATTORNEY, reviewed_at=when)
    store.save_reviews(client.id, [first])
    assert store.reviews(client.id) == [first]
    second = review(
        decision,
        client,
        verdict=Verdict.REJECTED,
        attorney=ATTORNEY,
        reviewed_at=when,
        note="Client declined.",
    )
    store.save_reviews(client.id, [second])
    assert store.reviews(client.id) == [second]


def test_filing_details_default_to_blank_lines_and_read_back(store: Store) -> None:
    client = make_client()
    store.save_client(client)
    assert store.filing_details(client.id) == FilingDetails()
    details = FilingDetails(
        declaration_text="Trabajo desde 2018 & cuido a mi madre.",
        server=Party(name="Luz O'Neil", street="1 Main St"),
        arrests={"a1": ArrestDetails(county="Fresno", agency="Fresno PD")},
    )
    store.save_filing_details(client.id, details)
    assert store.filing_details(client.id) == details


def test_before_details_are_entered_the_latest_signing_attorney_files(store: Store) -> None:
    client = make_client()
    store.save_client(client)
    first, second = evaluate(client.record(AS_OF)).decisions[:2]
    later = Attorney(name="Luis Paz", bar_number="654321")
    store.save_reviews(
        client.id,
        [
            review(decision, client, verdict=Verdict.APPROVED, attorney=attorney, reviewed_at=when)
            for decision, attorney, when in (
                (second, later, datetime(2026, 11, 25, tzinfo=UTC)),
                (first, ATTORNEY, datetime(2026, 11, 20, tzinfo=UTC)),
            )
        ],
    )
    assert store.filing_details(client.id).attorney_bar_number == "654321"
    details = FilingDetails(attorney_bar_number="")  # the client chose to file in pro per
    store.save_filing_details(client.id, details)
    assert store.filing_details(client.id) == details


def test_settings_read_back(store: Store) -> None:
    assert store.settings() == ClinicSettings()
    settings = ClinicSettings(
        clinic_name="Clínica Legal & Co", attorneys=(ATTORNEY,), default_language=Language.SPANISH
    )
    store.save_settings(settings)
    assert store.settings() == settings
    assert store.settings().attorney("123456") == ATTORNEY


def test_reviews_need_a_stored_client(store: Store) -> None:
    with pytest.raises(ClientNotFound):
        store.save_filing_details("nobody", FilingDetails())


def test_deleting_a_client_deletes_their_reviews_and_details(store: Store) -> None:
    client = make_client()
    store.save_client(client)
    decision = evaluate(client.record(AS_OF)).decisions[0]
    store.save_reviews(
        client.id,
        [
            review(
                decision,
                client,
                verdict=Verdict.APPROVED,
                attorney=ATTORNEY,
                reviewed_at=datetime.now(UTC),
            )
        ],
    )
    store.save_filing_details(client.id, FilingDetails(declaration_text="x"))
    store.delete_client(client.id)
    store.save_client(client)  # the same id again starts clean
    assert store.reviews(client.id) == []
    assert store.filing_details(client.id) == FilingDetails()
