"""A client whose record needs every filing form, its decisions, and an attorney's approval."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from clinic_app.core.decision import Decision
from clinic_app.core.model import Client, Remedy
from clinic_app.core.review import DecisionReview
from clinic_app.core.rules.engine import Evaluation, evaluate
from clinic_app.core.synthetic_packet import (
    DEMO_DETAILS,
    DEMO_SETTINGS,
    approve_every_form,
    make_packet_client,
)

TODAY = date(2026, 11, 25)
SETTINGS = DEMO_SETTINGS
DETAILS = DEMO_DETAILS


@pytest.fixture
def client() -> Client:
    return make_packet_client()


@pytest.fixture
def evaluation(client: Client) -> Evaluation:
    return evaluate(client.record(TODAY))


def approve_all(
    client: Client, decisions: tuple[Decision, ...]
) -> dict[tuple[str, Remedy], DecisionReview]:
    return approve_every_form(client, decisions, datetime(2026, 11, 25, 9, 30, tzinfo=UTC))
