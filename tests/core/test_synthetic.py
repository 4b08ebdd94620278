"""The synthetic generator: repeatable, valid, varied, and faithful to the law's calendar."""

from __future__ import annotations

import csv
import random
from datetime import date
from pathlib import Path

import pytest

from clinic_app.core.model import (
    ArrestDisposition,
    Client,
    Language,
    Level,
    PrisonSentence,
)
from clinic_app.core.synthetic import (
    AS_OF,
    OFFENSES,
    REALIGNMENT,
    OffenseFamily,
    OffenseSpec,
    make_client,
    make_clients,
    vocabulary,
)
from tests.fixtures.clients import fixture_clients

REPO = Path(__file__).resolve().parents[2]
# The rules will ship their own copy; until then the shared domain brief is the source.
OFFENSES_CSV = REPO / "resources" / "rules" / "offenses.csv"
FAMILY_OF = {spec.code: spec.family for spec in OFFENSES}


@pytest.fixture(scope="module")
def clients() -> list[Client]:
    return list(make_clients(500, seed=7))


@pytest.fixture(scope="module")
def offenses_csv() -> list[dict[str, str]]:
    with OFFENSES_CSV.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_same_seed_gives_same_clients() -> None:
    assert list(make_clients(50, seed=3)) == list(make_clients(50, seed=3))


def test_fewer_clients_are_a_prefix() -> None:
    assert list(make_clients(10, seed=3)) == list(make_clients(30, seed=3))[:10]


def test_different_seeds_give_different_clients() -> None:
    first = [c.display_name for c in make_clients(20, seed=1)]
    second = [c.display_name for c in make_clients(20, seed=2)]
    assert first != second


def test_make_client_follows_the_rng() -> None:
    words = vocabulary(0)
    one = make_client(random.Random(11), words, as_of=date(2030, 1, 1))
    again = make_client(random.Random(11), words, as_of=date(2030, 1, 1))
    assert one == again


def test_every_client_survives_a_json_round_trip(clients: list[Client]) -> None:
    for client in clients:
        assert Client.model_validate_json(client.model_dump_json()) == client


def test_every_client_is_a_valid_record_as_of_the_date(clients: list[Client]) -> None:
    for client in clients:
        client.record(AS_OF)  # raises if a conviction is dated after as_of or ids repeat


def test_ids_are_unique_across_clients(clients: list[Client]) -> None:
    ids = [c.id for c in clients]
    ids += [x.id for c in clients for x in c.convictions]
    ids += [a.id for c in clients for a in c.arrests]
    assert len(ids) == len(set(ids))


def test_both_languages_and_name_styles_appear(clients: list[Client]) -> None:
    languages = {c.preferred_language for c in clients}
    assert languages == {Language.ENGLISH, Language.SPANISH}
    spanish = sum(c.preferred_language is Language.SPANISH for c in clients)
    assert 0.25 < spanish / len(clients) < 0.6
    names = [f"{c.first_name} {c.last_name}" for c in clients]
    assert sum(not name.isascii() for name in names) > 50, "accented names"
    assert any("'" in name for name in names), "apostrophes such as O'Brien"
    assert sum(" " in c.last_name for c in clients) > 50, "two surnames"
    assert any(c.other_names for c in clients)


def test_contact_details_are_varied_and_fictional(clients: list[Client]) -> None:
    emails = [c.contact.email for c in clients]
    assert "" in emails and any(emails)
    assert all(
        e.endswith((".example.com", "@example.com", "@example.org", "@example.net"))
        for e in emails
        if e
    )
    phones = [c.contact.phone for c in clients if c.contact.phone]
    assert phones and all("555-01" in phone for phone in phones)
    assert any(c.contact.mailing_address.endswith(tuple("0123456789")) for c in clients)
    assert {c.consent_to_contact for c in clients} == {True, False}
    assert len({c.record_source for c in clients}) >= 4


def test_every_offense_family_and_level_appears(clients: list[Client]) -> None:
    convictions = [x for c in clients for x in c.convictions]
    assert {FAMILY_OF[x.code] for x in convictions} == set(OffenseFamily)
    assert {x.level for x in convictions} == set(Level)
    assert any(not c.convictions and c.arrests for c in clients), "arrests only"
    assert all(len(c.convictions) <= 5 for c in clients)
    assert any(len({x.case_number for x in c.convictions}) == 3 for c in clients)
    counties = [x.county for x in convictions]
    assert counties.count("Los Angeles") == max(counties.count(n) for n in set(counties))


def test_cannabis_spans_both_sides_of_auma(clients: list[Client]) -> None:
    cannabis = [
        x for c in clients for x in c.convictions if FAMILY_OF[x.code] is OffenseFamily.CANNABIS
    ]
    assert any(x.offense_date < date(2016, 11, 9) for x in cannabis)
    assert any(x.offense_date >= date(2016, 11, 9) for x in cannabis)
    assert any(x.quantity_grams is not None for x in cannabis)
    assert any(x.plants is not None for x in cannabis)


def test_dates_are_in_order(clients: list[Client]) -> None:
    for client in clients:
        birth = client.person.date_of_birth
        for x in client.convictions:
            assert x.offense_date <= x.conviction_date <= x.pronouncement_date <= AS_OF
            if birth is not None:
                assert date(birth.year + 18, 1, 1) <= x.offense_date
            for later in (x.sentence.probation_end_date, x.sentence.sentence_completed_date):
                assert later is None or x.pronouncement_date <= later
        for arrest in client.arrests:
            assert arrest.arrest_date <= AS_OF
            if arrest.disposition_date is not None:
                assert arrest.arrest_date <= arrest.disposition_date <= AS_OF


def test_sentences_fit_the_level_and_the_era(clients: list[Client]) -> None:
    for x in (x for c in clients for x in c.convictions):
        sentence = x.sentence
        if sentence.probation_granted:
            assert sentence.probation_end_date is not None
        else:
            assert "sentence_completed_date" in sentence.model_fields_set
        if sentence.prison is not PrisonSentence.NONE:
            assert x.level is Level.FELONY
        if sentence.prison.value.startswith("county_jail_1170h"):
            custody_from = (
                sentence.probation_end_date if sentence.probation_revoked else x.pronouncement_date
            )
            assert custody_from is not None and custody_from >= REALIGNMENT
        if x.level is Level.INFRACTION:
            assert not sentence.probation_granted


def test_person_facts_agree_with_the_record(clients: list[Client]) -> None:
    for client in clients:
        person = client.person
        sentences = [x.sentence for x in client.convictions]
        if person.currently_serving_sentence:
            assert any(s.sentence_completed_date is None for s in sentences)
        if person.on_probation_or_parole:
            ends = [d for s in sentences for d in (s.probation_end_date, s.supervision_end_date)]
            assert any(end is not None and end > AS_OF for end in ends)
    assert any(c.person.currently_serving_sentence for c in clients)
    assert any(c.person.on_probation_or_parole for c in clients)
    assert any(c.person.date_of_birth is None for c in clients)
    violations = {x.sentence.probation_violated for c in clients for x in c.convictions}
    assert violations >= {True, False, None}


def test_arrest_dispositions_are_varied(clients: list[Client]) -> None:
    dispositions = {a.disposition for c in clients for a in c.arrests}
    assert dispositions == set(ArrestDisposition)
    for arrest in (a for c in clients for a in c.arrests):
        assert arrest.may_be_refiled is None or arrest.disposition is ArrestDisposition.DISMISSED


def test_generated_codes_come_from_the_table(clients: list[Client]) -> None:
    known = set(FAMILY_OF)
    for client in clients:
        for x in client.convictions:
            assert x.code in known and set(x.charged_codes) <= known
            spec_eras = [(s.since, s.until) for s in OFFENSES if s.code == x.code]
            assert any(since <= x.offense_date < until for since, until in spec_eras)
        assert {a.code for a in client.arrests} <= known


def _covers(applies_to: str, since: date, until: date) -> bool:
    """Whether an offenses.csv `applies_to_offense_dates` value covers [since, until)."""
    if applies_to == "any":
        return True
    if applies_to.startswith(">="):
        return date.fromisoformat(applies_to[2:]) <= since
    if applies_to.startswith("<"):
        return until <= date.fromisoformat(applies_to[1:])
    raise AssertionError(f"unexpected applies_to_offense_dates {applies_to!r}")


@pytest.mark.parametrize("spec", OFFENSES, ids=lambda s: f"{s.code} from {s.since}")
def test_offense_table_matches_offenses_csv(
    spec: OffenseSpec, offenses_csv: list[dict[str, str]]
) -> None:
    rows = [
        row
        for row in offenses_csv
        if row["code"] == spec.code
        and _covers(row["applies_to_offense_dates"], spec.since, spec.until)
    ]
    assert len(rows) == 1, (
        f"{spec.code}: no single offenses.csv row covers {spec.since}..{spec.until}"
    )
    assert rows[0]["offense_class"] == spec.offense_class
    assert rows[0]["sentencing_1170h"] == spec.county_jail_1170h


def test_hand_written_fixtures_are_valid_clients() -> None:
    for client in fixture_clients():
        assert Client.model_validate_json(client.model_dump_json()) == client
        client.record(AS_OF)
    names = {c.display_name for c in fixture_clients()}
    assert "José Ñúñez" in names and "Zoë O'Brien-García & Co <test>" in names
