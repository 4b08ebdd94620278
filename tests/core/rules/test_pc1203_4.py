"""PC 1203.4 and 1203.4a: what the scenario files cannot say.

TOML has no null, so the facts that must be null to matter (an unknown violation history, an
unknown probation end, no sentence date) are tested here; so are the modules' contract (every
message key exists, the conditions cite the statute) and the shared helpers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from clinic_app.core.decision import Decision, Status
from clinic_app.core.messages import catalog
from clinic_app.core.model import EXCHANGE_CONTEXT, Record
from clinic_app.core.rules import pc1203_4, pc1203_4a
from clinic_app.core.rules.context import ConvictionContext
from tests.core.rules.scenarios import DEFAULT_CONVICTION, DEFAULT_PERSON, merged

MODULES = (pc1203_4, pc1203_4a)
NO_PROBATION_MISDEMEANOR: dict[str, Any] = {
    "code": "PC 484",
    "level": "misdemeanor",
    "sentence": {"probation_granted": False, "sentence_completed_date": "2010-03-01"},
}


def context(conviction: dict[str, Any], person: dict[str, Any] | None = None) -> ConvictionContext:
    record = Record.model_validate(
        {
            "as_of": "2026-11-15",
            "person": merged(DEFAULT_PERSON, person or {}),
            "convictions": [merged(DEFAULT_CONVICTION, conviction)],
            "arrests": [],
        },
        context=EXCHANGE_CONTEXT,
    )
    return ConvictionContext.of(record, record.convictions[0])


def keys(decision: Decision) -> list[str]:
    return [reason.message_key for reason in decision.reasons]


# --- pc1203_4: null facts ---------------------------------------------------------------------


def test_unknown_violation_history_needs_review() -> None:
    decision = pc1203_4.decide(context({"sentence": {"probation_violated": None}}))
    assert decision.status is Status.NEEDS_REVIEW
    assert decision.missing_facts == ("sentence.probation_violated",)
    assert "rules.pc1203_4.violation_unknown" in keys(decision)
    assert decision.eligible_from == date(2013, 3, 2)


def test_unknown_violation_history_beats_a_block() -> None:
    """exchange-format §5: needs_review > not_yet; the route is a fact to ask now."""
    ctx = context({"sentence": {"probation_violated": None}}, {"pending_charges": True})
    decision = pc1203_4.decide(ctx)
    assert decision.status is Status.NEEDS_REVIEW
    assert decision.missing_facts == ("sentence.probation_violated",)


@pytest.mark.parametrize(
    ("overrides", "reason", "discretionary"),
    [
        ({"code": "VC 23152(a)", "level": "misdemeanor"}, "vehicle_code_discretionary", True),
        ({"sentence": {"probation_revoked": True}}, "revoked_discretionary", True),
        ({"sentence": {"probation_terminated_early": True}}, "discharged_early", False),
    ],
)
def test_violation_history_is_not_asked_when_it_cannot_change_the_route(
    overrides: dict[str, Any], reason: str, discretionary: bool
) -> None:
    ctx = context(merged({"sentence": {"probation_violated": None}}, overrides))
    decision = pc1203_4.decide(ctx)
    assert decision.status is Status.ELIGIBLE, keys(decision)
    assert decision.missing_facts == ()
    assert f"rules.pc1203_4.{reason}" in keys(decision)
    assert decision.discretionary is discretionary


def test_unknown_probation_end_needs_review() -> None:
    decision = pc1203_4.decide(context({"sentence": {"probation_end_date": None}}))
    assert decision.status is Status.NEEDS_REVIEW
    assert decision.missing_facts == ("sentence.probation_end_date",)
    assert decision.eligible_from is None


def test_unknown_probation_end_under_a_block_is_not_yet_with_no_date() -> None:
    ctx = context({"sentence": {"probation_end_date": None}}, {"currently_serving_sentence": True})
    decision = pc1203_4.decide(ctx)
    assert (decision.status, decision.eligible_from) == (Status.NOT_YET, None)
    assert decision.missing_facts == ("sentence.probation_end_date",)


def test_a_bar_lists_no_missing_fact() -> None:
    """exchange-format §5: a fact that only matters for a condition that already fails."""
    ctx = context({"code": "PC 288(a)", "sentence": {"probation_violated": None}})
    decision = pc1203_4.decide(ctx)
    assert decision.status is Status.NOT_ELIGIBLE
    assert decision.missing_facts == ()


# --- pc1203_4a: null facts ----------------------------------------------------------------------


def test_without_a_sentence_date_the_year_runs_from_the_conviction_date() -> None:
    conviction = merged(
        NO_PROBATION_MISDEMEANOR,
        {"offense_date": "2025-10-01", "conviction_date": "2025-11-20", "sentence_date": None},
    )
    conviction["sentence"]["sentence_completed_date"] = "2025-11-20"
    decision = pc1203_4a.decide(context(conviction))
    assert (decision.status, decision.eligible_from) == (Status.NOT_YET, date(2026, 11, 21))
    assert {r.params.get("sentenced") for r in decision.reasons} >= {"2025-11-20"}


def test_an_infraction_whose_probation_end_is_unknown_asks_for_completion() -> None:
    ctx = context(
        {"code": "PC 415", "level": "infraction", "sentence": {"probation_end_date": None}}
    )
    decision = pc1203_4a.decide(ctx)
    assert decision.status is Status.NEEDS_REVIEW
    assert decision.missing_facts == ("sentence.sentence_completed_date",)


@pytest.mark.parametrize(
    ("column", "reason"),
    [
        ("excluded_from_1203_4", "rules.pc1203_4.exclusion_unclear"),
        ("discretionary_1203_4c", "rules.pc1203_4.vehicle_code_unclear"),
    ],
)
def test_a_table_flag_other_than_yes_or_no_goes_to_an_attorney(column: str, reason: str) -> None:
    ctx = context({})
    row = ctx.row
    assert row is not None
    # Give the context a row whose flag is neither "yes" nor "no", as a hand-edited table might.
    ctx = replace(ctx, offense=replace(ctx.offense, row=replace(row, **{column: "depends"})))
    decision = pc1203_4.decide(ctx)
    assert decision.status is Status.NEEDS_REVIEW
    assert reason in keys(decision)
    assert decision.missing_facts == ()


# --- shared helpers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "level", "expected"),
    [
        ("VC 2800", "misdemeanor", True),
        ("VC 2800.1", "misdemeanor", False),  # evading: a different section, not flagged
        ("VC 23152(a)", "misdemeanor", False),
        ("PC 288(a)", "felony", False),
    ],
)
def test_may_be_within_vc_42002_1(code: str, level: str, expected: bool) -> None:
    assert pc1203_4.may_be_within_vc_42002_1(context({"code": code, "level": level})) is expected


@pytest.mark.parametrize(
    ("code", "level", "expected"),
    [
        ("VC 22350", "infraction", True),
        ("VC 12500(a)", "infraction", None),
        ("VC 12500(a)", "misdemeanor", False),
        ("PC 415", "infraction", False),
    ],
)
def test_is_traffic_infraction(code: str, level: str, expected: bool | None) -> None:
    ctx = context(merged(NO_PROBATION_MISDEMEANOR, {"code": code, "level": level}))
    assert pc1203_4a.is_traffic_infraction(ctx) is expected


# --- the module contract ----------------------------------------------------------------------


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.REMEDY.value)
def test_every_message_key_the_module_uses_exists_in_both_languages(module: Any) -> None:
    source = Path(module.__file__).read_text(encoding="utf-8")
    used = set(re.findall(r'"(rules\.[a-z0-9_]+\.[a-z0-9_]+)"', source))
    assert used, "no message keys found"
    for language in ("en", "es"):
        missing = used - catalog(language).keys()
        assert not missing, f"{language}: {sorted(missing)}"


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.REMEDY.value)
def test_conditions_cite_the_statute_in_order(module: Any) -> None:
    section = module.REMEDY.value.removeprefix("pc").replace("_", ".")
    assert module.CONDITIONS
    assert module.TITLE
    assert "checked 2026-11-25" in (module.__doc__ or "")
    subdivisions = [c.citation.subdivision for c in module.CONDITIONS]
    assert subdivisions == sorted(subdivisions), "conditions are not in the statute's order"
    for condition in module.CONDITIONS:
        assert (condition.citation.code, condition.citation.section) == ("PC", section)
        assert condition.text.strip()


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.REMEDY.value)
def test_every_conviction_is_answered(module: Any) -> None:
    """exchange-format §3 item 4: both are emitted for every conviction, with a reason."""
    for conviction in ({}, NO_PROBATION_MISDEMEANOR, {"code": "PC 415", "level": "infraction"}):
        ctx = context(conviction)
        assert module.considered(ctx)
        assert module.decide(ctx).reasons
