"""PC 1170.18 (Prop 47): what the scenario files cannot express."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from clinic_app.core.decision import Status
from clinic_app.core.messages import catalog, message
from clinic_app.core.model import EXCHANGE_CONTEXT, Record
from clinic_app.core.rules import pc1170_18
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.offense_table import offense_table
from tests.core.rules.scenarios import (
    DEFAULT_CONVICTION,
    DEFAULT_PERSON,
    Case,
    load_cases,
    merged,
)
from tests.core.rules.scenarios import decide as decide_case

SOURCE = Path(pc1170_18.__file__).read_text(encoding="utf-8")


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


def test_every_message_key_the_module_names_exists_in_both_languages() -> None:
    keys = set(re.findall(r'"(rules\.[a-z0-9_]+\.[a-z0-9_]+)"', SOURCE))
    assert keys, "no message keys found"
    for language in ("en", "es"):
        missing = keys - catalog(language).keys()
        assert not missing, (language, sorted(missing))


def test_conditions_cite_the_statute() -> None:
    assert pc1170_18.CONDITIONS
    cited = [str(condition.citation) for condition in pc1170_18.CONDITIONS]
    assert cited[0].startswith("PC 1170.18")
    assert {"PC 1170.18(i)", "PC 1170.18(j)"} <= set(cited)


@pytest.mark.parametrize(
    ("conviction", "considered"),
    [
        ({"code": "HS 11351"}, True),  # any felony, to say "not an offense Prop 47 reduced"
        ({"code": "PC 99999"}, True),  # unknown felony
        ({"code": "HS 11357(a)", "level": "misdemeanor", "offense_date": "2009-03-03"}, True),
        ({"code": "PC 484", "level": "misdemeanor"}, False),
        ({"code": "PC 99999", "level": "misdemeanor"}, False),
    ],
)
def test_considered_for_prop47_offenses_and_every_felony(
    conviction: dict[str, Any], considered: bool
) -> None:
    assert pc1170_18.considered(context(conviction)) is considered


def test_every_prop47_row_before_the_act_has_its_target_conditions() -> None:
    table = offense_table()
    before = date(2014, 11, 4)
    for code in table.codes():
        row = table.lookup(code, before).row
        if row is not None and row.code == code and row.prop47 == "yes":
            assert code.split("(", 1)[0] in pc1170_18.TARGETS, code


@pytest.mark.parametrize("case", [c for c in load_cases() if c.remedy == "pc1170_18"], ids=str)
def test_every_scenario_reads_aloud_in_english_and_spanish(case: Case) -> None:
    decision = decide_case(case)
    for reason in decision.reasons:
        english = message(reason.message_key, "en", **reason.params)
        spanish = message(reason.message_key, "es", **reason.params)
        assert "{" not in english and "{" not in spanish, reason.message_key
    if decision.status is not Status.NOT_ELIGIBLE:
        assert decision.forms == (pc1170_18.LOCAL_FORM,)
    assert not decision.automatic


def test_prior_290c_defaults_to_current_registration() -> None:
    decision = pc1170_18.decide(
        context(
            {"code": "HS 11350(a)"}, person={"registered_290": True, "prior_290c_conviction": None}
        )
    )
    assert decision.status is Status.NOT_ELIGIBLE
    assert decision.reasons[-1].message_key == "rules.pc1170_18.prior_290c"


def test_no_waiting_period_so_no_date() -> None:
    decision = pc1170_18.decide(context({"code": "HS 11350(a)"}))
    assert (decision.status, decision.eligible_from) == (Status.ELIGIBLE, None)


def test_dollar_amounts_read_naturally() -> None:
    decision = pc1170_18.decide(context({"code": "PC 487(a)", "value_usd": 1234.5}))
    assert decision.status is Status.NOT_ELIGIBLE
    text = message(decision.reasons[-1].message_key, "en", **decision.reasons[-1].params)
    assert "$1,234.50" in text and "$950" in text
