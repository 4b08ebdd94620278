"""The Prop 64 modules (`hs11361_8_dismiss`, `hs11361_8_redesignate`) and their shared AUMA
classification (`rules/cannabis.py`): what the scenario files cannot say.

The scenarios in cases/hs11361_8_*.toml cover the worked examples and the conditions; TOML has
no null, so the cases with no date of birth (and no `prior_290c_conviction`) are here.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any

import pytest

from clinic_app.core.decision import Decision, Status
from clinic_app.core.messages import catalog, message
from clinic_app.core.model import EXCHANGE_CONTEXT, Record, Remedy
from clinic_app.core.rules import cannabis, hs11361_8_dismiss, hs11361_8_redesignate
from clinic_app.core.rules.book import render_markdown
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.engine import evaluate
from tests.core.rules.scenarios import DEFAULT_AS_OF, DEFAULT_CONVICTION, DEFAULT_PERSON, merged

MODULES = (hs11361_8_dismiss, hs11361_8_redesignate)
SOURCES = [
    Path(module.__file__ or "") for module in (cannabis, hs11361_8_dismiss, hs11361_8_redesignate)
]
NO_DATE_OF_BIRTH = {"date_of_birth": None}


def record(
    conviction: dict[str, Any],
    person: dict[str, Any] | None = None,
    others: tuple[dict[str, Any], ...] = (),
) -> Record:
    document = {
        "as_of": DEFAULT_AS_OF,
        "person": merged(DEFAULT_PERSON, person or {}),
        "convictions": [merged(DEFAULT_CONVICTION, c) for c in (conviction, *others)],
        "arrests": [],
    }
    return Record.model_validate(document, context=EXCHANGE_CONTEXT)


def context(
    conviction: dict[str, Any],
    person: dict[str, Any] | None = None,
    others: tuple[dict[str, Any], ...] = (),
) -> ConvictionContext:
    found = record(conviction, person, others)
    return ConvictionContext.of(found, found.convictions[0])


def keys(decision: Decision) -> list[str]:
    return [reason.message_key for reason in decision.reasons]


# --- the module contract ----------------------------------------------------------------------


def test_every_message_key_used_exists_in_english_and_spanish() -> None:
    used = set()
    for source in SOURCES:
        used |= set(re.findall(r'"(rules\.[a-z0-9_]+\.[a-z0-9_]+)"', source.read_text("utf-8")))
    assert used
    for language in ("en", "es"):
        missing = sorted(used - catalog(language).keys())
        assert not missing, f"{language}: {missing}"


def test_the_shared_messages_are_all_used() -> None:
    text = "".join(source.read_text("utf-8") for source in SOURCES)
    unused = [
        key
        for key in catalog("en")
        if key.startswith(("rules.cannabis.", "rules.hs11361_8_")) and f'"{key}"' not in text
    ]
    assert not unused


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.REMEDY.value)
def test_conditions_cite_the_statute_in_order(module: Any) -> None:
    assert module.CONDITIONS
    assert module.TITLE
    assert "checked 2026-11-25" in (module.__doc__ or "")
    cited = [str(condition.citation) for condition in module.CONDITIONS]
    assert cited[0] == "HS 11361.8(e)" and cited[1] == "HS 11361.8(a)"
    assert cited[-1] == "HS 11361.9"
    assert all(condition.text.strip() for condition in module.CONDITIONS)
    assert f"## `{module.REMEDY.value}`" in render_markdown()


def test_spanish_reason_fills_its_placeholders() -> None:
    text = message("rules.cannabis.plea_charged", "es", code="PC 32", cannabis_code="HS 11360(a)")
    assert "PC 32" in text and "HS 11360(a)" in text
    fields = {f for _, f, _, _ in string.Formatter().parse(text) if f}
    assert not fields


# --- which convictions are answered (exchange-format §3 item 1) ----------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "HS 11357(a)",
        "HS 11357(b)",
        "HS 11358",
        "HS 11359",
        "HS 11360(a)(2)",
        "HS 11361",
        "HS 11361(a)",
    ],
)
def test_the_cannabis_family_is_considered(code: str) -> None:
    ctx = context({"code": code})
    assert all(module.considered(ctx) for module in MODULES)


@pytest.mark.parametrize("code", ["PC 459", "HS 11362.1", "HS 11361.5", "HS 11350(a)", "PC 32"])
def test_other_codes_are_not_considered(code: str) -> None:
    assert not any(module.considered(context({"code": code})) for module in MODULES)


def test_a_plea_code_with_a_cannabis_count_in_the_same_case_is_considered() -> None:
    cannabis_count = {"id": "c2", "code": "HS 11359"}
    ctx = context({"code": "PC 32"}, others=(cannabis_count,))
    assert hs11361_8_dismiss.considered(ctx)
    found = cannabis.coverage(ctx)
    assert found.kind is cannabis.CoverageKind.POSSIBLE_PLEA_BARGAIN
    assert found.cannabis_code == "HS 11359" and found.in_same_case


def test_a_cannabis_count_in_another_case_is_no_plea_bargain() -> None:
    other_case = {"id": "c2", "case_number": "TEST-0002", "code": "HS 11359"}
    assert not hs11361_8_dismiss.considered(context({"code": "HS 11364"}, others=(other_case,)))


@pytest.mark.parametrize("charged", ["HS 11359", "11360(a) H&S", "HS 11357(b)"])
def test_a_cannabis_charge_dismissed_in_the_plea_is_considered(charged: str) -> None:
    ctx = context({"code": "HS 11366", "charged_codes": [charged]})
    assert hs11361_8_redesignate.considered(ctx)


def test_a_plea_code_charged_with_non_cannabis_codes_is_not_considered() -> None:
    ctx = context({"code": "HS 11364", "charged_codes": ["PC 459", "HS 11361"]})
    assert not hs11361_8_dismiss.considered(ctx)


def test_the_engine_emits_both_prop64_decisions_first() -> None:
    cannabis_count = {
        "code": "HS 11358",
        "offense_date": "2014-06-01",
        "plants": 4,
        "conviction_date": "2014-09-01",
        "sentence_date": "2014-09-01",
    }
    burglary = {"id": "c2", "code": "PC 459"}
    evaluation = evaluate(record(cannabis_count, others=(burglary,)))
    first = [d.remedy for d in evaluation.decisions if d.conviction_id == "c1"]
    assert first[:2] == [Remedy.HS11361_8_DISMISS, Remedy.HS11361_8_REDESIGNATE]
    second = {d.remedy for d in evaluation.decisions if d.conviction_id == "c2"}
    assert not second & {Remedy.HS11361_8_DISMISS, Remedy.HS11361_8_REDESIGNATE}


# --- no date of birth (TOML cannot write null) --------------------------------------------------


POSSESSION = {
    "code": "HS 11357(b)",
    "level": "misdemeanor",
    "offense_date": "2010-06-01",
    "conviction_date": "2010-07-01",
    "sentence_date": "2010-07-01",
    "sentence": {"probation_granted": False, "sentence_completed_date": "2010-07-01"},
}
FOR_SALE = {
    "code": "HS 11359",
    "offense_date": "2013-05-05",
    "conviction_date": "2013-07-01",
    "sentence_date": "2013-07-01",
}


def test_dismissal_asks_the_date_of_birth_when_age_decides() -> None:
    decision = hs11361_8_dismiss.decide(context(POSSESSION, NO_DATE_OF_BIRTH))
    assert decision.status is Status.NEEDS_REVIEW
    assert decision.missing_facts == ("person.date_of_birth",)
    assert "rules.cannabis.age_unknown" in keys(decision)
    assert decision.automatic and not decision.discretionary


def test_dismissal_asks_age_and_plants_for_cultivation() -> None:
    cultivation = {
        "code": "HS 11358",
        "offense_date": "2014-06-01",
        "conviction_date": "2014-09-01",
        "sentence_date": "2014-09-01",
    }
    decision = hs11361_8_dismiss.decide(context(cultivation, NO_DATE_OF_BIRTH))
    assert decision.status is Status.NEEDS_REVIEW
    assert decision.missing_facts == ("person.date_of_birth", "plants")


def test_age_at_offense_stands_in_for_the_date_of_birth() -> None:
    decision = hs11361_8_dismiss.decide(
        context({**POSSESSION, "age_at_offense": 30}, NO_DATE_OF_BIRTH)
    )
    assert decision.status is Status.ELIGIBLE
    assert decision.missing_facts == ()


@pytest.mark.parametrize("code", ["HS 11359", "HS 11357(d)", "HS 11357(e)", "HS 11357(c)"])
def test_dismissal_needs_no_age_when_no_age_makes_it_lawful(code: str) -> None:
    decision = hs11361_8_dismiss.decide(context({**POSSESSION, "code": code}, NO_DATE_OF_BIRTH))
    assert decision.status is Status.NOT_ELIGIBLE
    assert decision.missing_facts == ()


def test_redesignation_of_possession_for_sale_needs_no_age_when_every_age_is_lower() -> None:
    decision = hs11361_8_redesignate.decide(context(FOR_SALE, NO_DATE_OF_BIRTH))
    assert decision.status is Status.ELIGIBLE
    assert decision.missing_facts == ()
    assert "rules.hs11361_8_redesignate.to_misdemeanor_or_infraction" in keys(decision)


def test_a_super_strike_makes_the_age_decide_possession_for_sale() -> None:
    person = {**NO_DATE_OF_BIRTH, "prior_super_strike": True}
    decision = hs11361_8_redesignate.decide(context(FOR_SALE, person))
    assert decision.status is Status.NEEDS_REVIEW
    assert decision.missing_facts == ("person.date_of_birth",)


def test_redesignation_of_more_than_28_5_g_asks_the_age() -> None:
    over = {**POSSESSION, "code": "HS 11357(c)", "quantity_grams": 40}
    decision = hs11361_8_redesignate.decide(context(over, NO_DATE_OF_BIRTH))
    assert decision.status is Status.NEEDS_REVIEW
    assert decision.missing_facts == ("person.date_of_birth",)


def test_old_11357e_is_for_minors_so_the_age_is_not_asked() -> None:
    decision = hs11361_8_redesignate.decide(
        context({**POSSESSION, "code": "HS 11357(e)"}, NO_DATE_OF_BIRTH)
    )
    assert decision.status is Status.ELIGIBLE
    assert "rules.hs11361_8_redesignate.to_infraction" in keys(decision)


def test_old_11357d_is_for_adults_so_only_the_penalty_question_remains() -> None:
    decision = hs11361_8_redesignate.decide(
        context({**POSSESSION, "code": "HS 11357(d)"}, NO_DATE_OF_BIRTH)
    )
    assert decision.status is Status.NEEDS_REVIEW
    assert decision.missing_facts == ()
    assert "rules.cannabis.school_penalty_review" in keys(decision)


def test_a_registrant_with_no_290c_answer_is_taken_to_have_a_290c_prior() -> None:
    person = {"registered_290": True, "prior_290c_conviction": None}
    decision = hs11361_8_redesignate.decide(context(FOR_SALE, person))
    assert decision.status is Status.NOT_ELIGIBLE
    assert "rules.cannabis.aggravated_290c" in keys(decision)


# --- the shared classification ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, cannabis.AgeBand.UNDER_18),
        (17, cannabis.AgeBand.UNDER_18),
        (18, cannabis.AgeBand.FROM_18_TO_20),
        (20, cannabis.AgeBand.FROM_18_TO_20),
        (21, cannabis.AgeBand.ADULT),
        (80, cannabis.AgeBand.ADULT),
    ],
)
def test_age_bands(age: int, band: cannabis.AgeBand) -> None:
    assert cannabis.band_of(age) is band


def test_every_pre_auma_cannabis_row_has_a_conduct() -> None:
    from clinic_app.core.rules.offense_table import offense_table

    table = offense_table()
    pre_auma = {
        code
        for code in table.codes()
        if cannabis.section(code) in cannabis.COVERED_SECTIONS
        and table.lookup(code, cannabis.AUMA_EFFECTIVE.replace(year=2015)).row is not None
        and table.lookup(code, cannabis.AUMA_EFFECTIVE.replace(year=2015)).matched_code == code
    }
    assert pre_auma == set(cannabis.CONDUCT_BY_CODE)


def test_an_unknown_amount_is_weighed_both_ways_and_asked_only_if_it_matters() -> None:
    cultivation = {
        "code": "HS 11358",
        "offense_date": "2014-06-01",
        "conviction_date": "2014-09-01",
        "sentence_date": "2014-09-01",
    }
    assessment = cannabis.assess(context(cultivation))
    assert assessment is not None
    assert {p.within_limit for p in assessment.possibilities} == {True, False}
    outcome = cannabis.settle(assessment, hs11361_8_dismiss.lawful)
    assert outcome.verdict is None and outcome.missing == ("plants",)
