"""Workflow status, intakes in progress, and search by case number."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinic_app.core.errors import ClientNotFound
from clinic_app.core.store import Store
from clinic_app.core.workflow import ClientStatus, IntakeDraft
from tests.fixtures.clients import make_client, make_conviction

SAVED_AT = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def draft(client_id: str, **answers: object) -> IntakeDraft:
    return IntakeDraft(client_id=client_id, step=1, answers=answers, saved_at=SAVED_AT)


def test_a_new_client_is_in_intake_and_its_status_can_move_on(store: Store) -> None:
    client = make_client()
    store.save_client(client)
    assert store.list_clients()[0].status is ClientStatus.INTAKE
    store.set_status(client.id, ClientStatus.NEEDS_REVIEW)
    assert store.list_clients()[0].status is ClientStatus.NEEDS_REVIEW
    store.save_client(client)  # saving the record again keeps the status
    assert store.list_clients()[0].status is ClientStatus.NEEDS_REVIEW
    with pytest.raises(ClientNotFound):
        store.set_status("nobody", ClientStatus.APPROVED)


def test_the_list_filters_by_status(store: Store) -> None:
    waiting, other = make_client(last_name="Ábrego"), make_client(last_name="Zúñiga")
    store.save_clients([waiting, other])
    store.set_status(waiting.id, ClientStatus.NEEDS_REVIEW)
    assert [c.id for c in store.list_clients(status=ClientStatus.NEEDS_REVIEW)] == [waiting.id]
    assert [c.id for c in store.search_clients("z", status=ClientStatus.INTAKE)] == [other.id]
    assert store.search_clients("ábrego", status=ClientStatus.INTAKE) == []


def test_a_draft_reads_back_and_is_listed_until_it_becomes_a_client(store: Store) -> None:
    store.save_client(make_client(last_name="Morales"))
    typed = draft("d1", first_name="Lucía", last_name="Benítez", date_of_birth="1990-02-")
    store.save_draft(typed)
    assert store.draft("d1") == typed
    rows = store.list_clients()
    assert [row.display_name for row in rows] == ["Lucía Benítez", "José Morales"]
    assert rows[0].status is ClientStatus.INTAKE and rows[0].conviction_count == 0
    assert store.count_clients() == 2
    assert [row.id for row in store.search_clients("beni")] == ["d1"]
    assert store.list_clients(status=ClientStatus.NEEDS_REVIEW) == []

    store.save_client(make_client(id="d1", first_name="Lucía", last_name="Benítez"))
    assert [row.id for row in store.list_clients()].count("d1") == 1  # listed once, as a client
    store.delete_draft("d1")
    assert store.draft("d1") is None


def test_a_draft_without_a_name_yet_is_listed(store: Store) -> None:
    store.save_draft(draft("d2"))
    assert [row.id for row in store.list_clients()] == ["d2"]


def test_deleting_a_client_deletes_its_draft(store: Store) -> None:
    client = make_client()
    store.save_client(client)
    store.save_draft(draft(client.id, first_name="José"))
    store.delete_client(client.id)
    assert store.draft(client.id) is None


def test_search_finds_a_case_number_as_typed(store: Store) -> None:
    client = make_client(convictions=(make_conviction(case_number="BA123456"),))
    other = make_client(last_name="Otro", convictions=(make_conviction(case_number="LA-9"),))
    store.save_clients([client, other])
    assert [c.id for c in store.search_clients("BA1234")] == [client.id]
    assert [c.id for c in store.search_clients("ba123456")] == [client.id]
