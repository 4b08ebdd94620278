"""The interview's logic: questions the rules ask back, answers applied, dates as typed."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.core.intake import (
    ASKED_ON_THE_FORM,
    QUESTIONS,
    Kind,
    answer,
    current_answer,
    describe_code,
    offense_choices,
    parse_date,
    questions_for,
    subdivisions_of,
)
from clinic_app.core.messages import message
from clinic_app.core.rules.engine import evaluate
from clinic_app.core.synthetic import make_clients
from tests.fixtures.clients import AS_OF, make_arrest, make_client, make_conviction, make_sentence


def test_every_fact_the_rules_ask_for_has_a_question_in_both_languages() -> None:
    asked = {
        fact
        for client in make_clients(3000, seed=5)
        for decision in evaluate(client.record(AS_OF)).decisions
        for fact in decision.missing_facts
    }
    assert asked - ASKED_ON_THE_FORM <= set(QUESTIONS)
    for question in QUESTIONS.values():
        for language in ("en", "es"):
            assert "?" in message(question.message_key, language)


def test_cultivation_asks_for_the_plants_first_and_once() -> None:
    client = make_client(convictions=(make_conviction(code="HS 11358", quantity_grams=None),))
    questions = questions_for(evaluate(client.record(AS_OF)).decisions)
    assert [q.fact for q in questions][:1] == ["plants"]
    assert len({q.fact for q in questions}) == len(questions)


def test_an_answer_updates_the_fact_and_is_validated() -> None:
    conviction = make_conviction(sentence=make_sentence(probation_violated=None))
    answered = answer(conviction, "sentence.probation_violated", False)
    assert answered.sentence.probation_violated is False
    assert current_answer(answered, "sentence.probation_violated") is False
    assert answer(conviction, "plants", 4).plants == 4  # type: ignore[union-attr]
    assert answer(make_arrest(), "may_be_refiled", True).may_be_refiled is True  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        answer(conviction, "plants", -1)


def test_the_answer_kind_matches_the_field() -> None:
    assert QUESTIONS["plants"].kind is Kind.WHOLE_NUMBER
    assert QUESTIONS["sentence.sentence_completed_date"].kind is Kind.DATE
    assert QUESTIONS["sentence.prison"].kind is Kind.CUSTODY


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2014-09-15", date(2014, 9, 15)),
        ("9/15/2014", date(2014, 9, 15)),
        ("09/05/2014", date(2014, 9, 5)),
        ("  ", None),
    ],
)
def test_dates_are_read_as_court_papers_print_them(typed: str, expected: date | None) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["15/9/2014", "2014-13-01", "yesterday", "9/15/14"])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_date(typed)


def test_the_offense_picker_names_each_code_with_its_years() -> None:
    labels = {choice.label for choice in offense_choices()}
    assert any(label.startswith("HS 11358") and "before 2016-11-09" in label for label in labels)


def test_the_picker_speaks_spanish_in_a_spanish_interview() -> None:
    labels = {choice.label for choice in offense_choices("es")}
    assert (
        "HS 11358 \u2014 Cultivo de cannabis (anterior a la AUMA) (delitos antes del 2016-11-09)"
        in labels
    )
    assert describe_code("HS 11358", date(2012, 1, 1), "es")[1] == (
        "Cultivo de cannabis (anterior a la AUMA)"
    )


def test_every_offense_has_a_spanish_title() -> None:
    english = [(c.code, c.label.split(" \u2014 ")[1]) for c in offense_choices("en")]
    spanish = [(c.code, c.label.split(" \u2014 ")[1]) for c in offense_choices("es")]
    assert [code for code, _ in spanish] == [code for code, _ in english]
    untranslated = [code for (code, es), (_, en) in zip(spanish, english, strict=True) if es == en]
    assert untranslated == []


def test_a_bare_section_with_subdivisions_is_not_given_a_subdivisions_title() -> None:
    """HS 11357(a), (b), (c) are different offenses: "HS 11357" alone names none of them."""
    assert describe_code("HS 11357", None) == ("HS 11357", None)
    assert subdivisions_of("HS 11357")[:3] == ["HS 11357(a)", "HS 11357(b)", "HS 11357(c)"]
    assert subdivisions_of("PC 459") == [] and subdivisions_of("HS 11357(a)") == []


def test_a_code_is_read_and_titled_for_its_offense_date() -> None:
    code, title = describe_code("h&s 11358", date(2012, 1, 1))
    assert code == "HS 11358" and title is not None and "ultivation" in title
    assert describe_code("XX 99", None) == ("XX 99", None)


def test_every_fact_the_rules_may_ask_has_a_short_name_in_both_languages() -> None:
    from clinic_app.core.messages import catalog

    for fact in [*QUESTIONS, *ASKED_ON_THE_FORM]:
        for language in ("en", "es"):
            assert f"rules.fact.{fact}" in catalog(language), (fact, language)
