"""The domain model accepts the exchange format and names every bad field in plain words."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from pydantic import ValidationError

from clinic_app.core.decision import Citation, Decision, Reason, Status
from clinic_app.core.model import (
    EXCHANGE_CONTEXT,
    Client,
    ClientDocument,
    Record,
    Remedy,
    describe_validation_error,
)
from tests.fixtures.clients import make_client, make_conviction

EXAMPLE = {
    "as_of": "2026-11-15",
    "person": {
        "date_of_birth": "1990-04-02",
        "registered_290": False,
        "prior_290c_conviction": False,
        "pending_charges": False,
        "currently_serving_sentence": False,
        "on_probation_or_parole": False,
        "prior_super_strike": False,
        "trafficking_survivor": None,
        "immigration_concern": None,
    },
    "convictions": [
        {
            "id": "c1",
            "case_number": "BA123456",
            "county": "Los Angeles",
            "code": "HS 11359",
            "level": "felony",
            "current_level": None,
            "offense_date": "2014-06-01",
            "conviction_date": "2014-09-15",
            "sentence_date": "2014-09-15",
            "sentence": {
                "probation_granted": True,
                "probation_end_date": "2017-09-15",
                "probation_terminated_early": False,
                "probation_violated": False,
                "probation_revoked": False,
                "jail_days": 30,
                "prison": "none",
                "execution_suspended": None,
                "sentence_completed_date": "2017-09-15",
                "supervision_end_date": None,
            },
            "quantity_grams": 450,
            "plants": None,
            "age_at_offense": None,
            "value_usd": None,
            "offense_facts": {},
            "relief_granted": [],
        }
    ],
    "arrests": [
        {
            "id": "a1",
            "arrest_date": "2023-02-10",
            "code": "PC 484",
            "level": "misdemeanor",
            "disposition": "no_charges",
            "disposition_date": None,
            "may_be_refiled": None,
        }
    ],
}


def _problems(document: dict) -> str:
    with pytest.raises(ValidationError) as caught:
        Record.model_validate(document, context=EXCHANGE_CONTEXT)
    return describe_validation_error(caught.value)


def test_the_exchange_format_example_is_accepted() -> None:
    record = Record.model_validate(EXAMPLE)
    assert record.convictions[0].sentence.probation_end_date == date(2017, 9, 15)
    assert record.convictions[0].pronouncement_date == date(2014, 9, 15)
    assert record.person.has_prior_290c_conviction is False


def _changed(path: tuple, value: object) -> dict:
    document = copy.deepcopy(EXAMPLE)
    target = document
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return document


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("as_of",), "15/11/2026", "as_of: is not a date; write it as YYYY-MM-DD"),
        (("person", "registered_290"), KeyError, "person.registered_290: is missing"),
        (("person", "pending_charges"), "maybe", "person.pending_charges: must be true or false"),
        (("convictions", 0, "level"), "wobbler", "convictions[0].level: must be one of"),
        (("convictions", 0, "case_number"), "  ", "convictions[0].case_number: must not be empty"),
        (("convictions", 0, "plants"), -3, "convictions[0].plants: must not be negative"),
        (
            ("convictions", 0, "sentence", "prison"),
            "jail",
            "convictions[0].sentence.prison: must be one of",
        ),
        (("convictions", 0, "cuont"), "x", "convictions[0].cuont: is not a field"),
        (("arrests", 0, "disposition"), "maybe", "arrests[0].disposition: must be one of"),
    ],
)
def test_bad_fields_are_named_in_plain_words(path, value, expected) -> None:
    assert expected in _problems(_changed(path, value))


def test_non_probation_sentence_must_state_completion_even_if_null() -> None:
    document = _changed(("convictions", 0, "sentence", "probation_granted"), False)
    del document["convictions"][0]["sentence"]["sentence_completed_date"]
    assert "sentence_completed_date must be given" in _problems(document)
    document["convictions"][0]["sentence"]["sentence_completed_date"] = None
    record = Record.model_validate(document, context=EXCHANGE_CONTEXT)
    assert record.convictions[0].sentence.sentence_completed_date is None


def test_dates_must_be_in_order() -> None:
    assert "before the conviction date of c1" in _problems(_changed(("as_of",), "2010-01-01"))
    assert "conviction_date is before offense_date" in _problems(
        _changed(("convictions", 0, "offense_date"), "2015-01-01")
    )


def test_sentence_and_arrest_dates_and_custody_must_be_consistent() -> None:
    assert "sentence_date is before conviction_date" in _problems(
        _changed(("convictions", 0, "sentence_date"), "2014-01-01")
    )
    assert "disposition_date is before arrest_date" in _problems(
        _changed(("arrests", 0, "disposition_date"), "2020-01-01")
    )
    document = _changed(("convictions", 0, "level"), "misdemeanor")
    document["convictions"][0]["sentence"]["prison"] = "state_prison"
    assert "a misdemeanor cannot carry a state_prison sentence" in _problems(document)


def test_ids_must_be_unique() -> None:
    document = copy.deepcopy(EXAMPLE)
    document["convictions"].append(copy.deepcopy(document["convictions"][0]))
    assert "id 'c1' is used twice" in _problems(document)


def test_prior_290c_defaults_to_registration() -> None:
    document = _changed(("person", "prior_290c_conviction"), KeyError)
    document["person"]["registered_290"] = True
    assert Record.model_validate(document).person.has_prior_290c_conviction is True


def test_client_document_round_trip_and_record() -> None:
    client = make_client()
    document = ClientDocument.from_client(client, as_of=date(2026, 11, 15))
    assert ClientDocument.model_validate_json(document.model_dump_json()).to_client() == client
    assert client.record(date(2026, 11, 15)).convictions == client.convictions
    assert Client.model_validate_json(client.model_dump_json()) == client


def test_convictions_group_into_cases_by_county_and_number() -> None:
    counts = (
        make_conviction(id="c1", case_number="BA1", county="Los Angeles"),
        make_conviction(id="c2", case_number="SF9", county="San Francisco"),
        make_conviction(id="c3", case_number="BA1", county="Los Angeles"),
        make_conviction(id="c4", case_number="BA1", county="Kern"),
    )
    cases = make_client(convictions=counts).cases
    assert [(case.county, case.case_number) for case in cases] == [
        ("Los Angeles", "BA1"),
        ("San Francisco", "SF9"),
        ("Kern", "BA1"),
    ]
    assert [c.id for c in cases[0].convictions] == ["c1", "c3"]


def test_blank_other_names_are_dropped() -> None:
    client = make_client(other_names=("", "  ", "La Güera"))
    assert client.other_names == ("La Güera",)


def test_a_decision_must_say_why_and_about_what() -> None:
    reason = Reason("prop64.covered", Citation("HS", "11361.8", "(e)"))
    decision = Decision(
        Remedy.HS11361_8_DISMISS, Status.ELIGIBLE, (reason, reason), conviction_id="c1"
    )
    assert [str(c) for c in decision.citations] == ["HS 11361.8(e)"]
    with pytest.raises(ValueError, match="say why"):
        Decision(Remedy.PC1203_4, Status.ELIGIBLE, (), conviction_id="c1")
    with pytest.raises(ValueError, match="exactly one"):
        Decision(Remedy.PC851_91, Status.ELIGIBLE, (reason,), conviction_id="c1", arrest_id="a1")
