"""PC 1203.425: what the scenario files cannot express (null facts, message keys, wording)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from clinic_app.core.decision import Status
from clinic_app.core.messages import catalog, message
from clinic_app.core.model import EXCHANGE_CONTEXT, Record
from clinic_app.core.rules import pc1203_425
from clinic_app.core.rules.context import ConvictionContext
from tests.core.rules.scenarios import (
    DEFAULT_CONVICTION,
    DEFAULT_PERSON,
    Case,
    load_cases,
    merged,
)
from tests.core.rules.scenarios import decide as decide_case

SOURCE = Path(pc1203_425.__file__).read_text(encoding="utf-8")


def context(
    conviction: dict[str, Any], person: dict[str, Any] | None = None, drop: tuple[str, ...] = ()
) -> ConvictionContext:
    raw = merged(DEFAULT_CONVICTION, conviction)
    for key in drop:
        raw.pop(key)
    record = Record.model_validate(
        {
            "as_of": "2026-11-15",
            "person": merged(DEFAULT_PERSON, person or {}),
            "convictions": [raw],
            "arrests": [],
        },
        context=EXCHANGE_CONTEXT,
    )
    return ConvictionContext.of(record, record.convictions[0])


def test_every_message_key_the_module_names_exists_in_both_languages() -> None:
    keys = set(re.findall(r'"(rules\.[a-z0-9_]+\.[a-z0-9_]+)"', SOURCE))
    assert keys, "no message keys found"
    for language in ("en", "es"):
        missing = keys - catalog(language).keys()
        assert not missing, (language, sorted(missing))


def test_conditions_cite_the_statute_in_order() -> None:
    assert pc1203_425.CONDITIONS
    for condition in pc1203_425.CONDITIONS:
        assert str(condition.citation).startswith("PC 1203.425"), condition
        assert condition.text.strip().endswith("."), condition


def test_considered_for_every_conviction() -> None:
    assert pc1203_425.considered(context({"code": "PC 99999", "level": "misdemeanor"}))


@pytest.mark.parametrize("case", [c for c in load_cases() if c.remedy == "pc1203_425"], ids=str)
def test_every_scenario_reads_aloud_in_english_and_spanish(case: Case) -> None:
    decision = decide_case(case)
    for reason in decision.reasons:
        english = message(reason.message_key, "en", **reason.params)
        spanish = message(reason.message_key, "es", **reason.params)
        assert "{" not in english and "{" not in spanish, reason.message_key


def test_probation_end_unknown_is_asked() -> None:
    decision = pc1203_425.decide(
        context({"code": "HS 11350(a)", "sentence": {"probation_end_date": None}})
    )
    assert decision.status is Status.NEEDS_REVIEW
    assert decision.missing_facts == ("sentence.probation_end_date",)
    assert decision.eligible_from is None


def test_probation_end_unknown_under_a_block_stays_not_yet() -> None:
    decision = pc1203_425.decide(
        context(
            {"code": "HS 11350(a)", "sentence": {"probation_end_date": None}},
            person={"pending_charges": True},
        )
    )
    assert decision.status is Status.NOT_YET
    assert decision.eligible_from is None
    assert decision.missing_facts == ("sentence.probation_end_date",)


def test_track_m_year_runs_from_the_conviction_date_when_no_sentence_date() -> None:
    ctx = context(
        {
            "code": "PC 484",
            "level": "misdemeanor",
            "offense_date": "2024-01-10",
            "conviction_date": "2024-03-05",
            "sentence": {"probation_granted": False, "sentence_completed_date": "2024-03-05"},
        },
        drop=("sentence_date",),
    )
    decision = pc1203_425.decide(ctx)
    assert (decision.status, decision.eligible_from) == (Status.ELIGIBLE, date(2025, 3, 6))


def test_blocks_cite_their_own_clause() -> None:
    decision = pc1203_425.decide(
        context(
            {"code": "HS 11350(a)"},
            person={
                "pending_charges": True,
                "currently_serving_sentence": True,
                "on_probation_or_parole": True,
            },
        )
    )
    cited = {r.message_key: str(r.citation) for r in decision.reasons}
    assert cited["rules.block.pending_charges"] == "PC 1203.425(a)(1)(B)(iii)"
    assert cited["rules.block.serving_sentence"] == "PC 1203.425(a)(1)(B)(iii)"
    assert cited["rules.block.supervised_on_unlisted_case"] == "PC 1203.425(a)(1)(B)(ii)"


def test_decisions_are_automatic_never_discretionary_and_have_no_forms() -> None:
    for case in load_cases():
        if case.remedy == "pc1203_425":
            decision = decide_case(case)
            assert decision.automatic and not decision.discretionary and not decision.forms
