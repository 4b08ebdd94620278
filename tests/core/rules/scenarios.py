"""Rule scenarios as data: `tests/core/rules/cases/<remedy>.toml`, one test per case.

An attorney can review the cases without reading Python. Each file names its remedy; each
case gives the facts that differ from a plain default record (a person with nothing
special, one felony conviction with completed probation) and what the decision must say.

    remedy = "pc1203_4"

    [[case]]
    name = "probation completed without violation"
    as_of = "2026-11-15"                               # optional (default 2026-11-15)
    person = { pending_charges = true }                # merged onto DEFAULT_PERSON
    conviction = { code = "PC 459", sentence = { probation_end_date = "2014-03-01" } }
    other_convictions = [{ id = "c2", code = "PC 484" }]   # each merged onto the default
    # or, for arrest remedies: arrest = { ... } merged onto DEFAULT_ARREST
    expect = { status = "eligible", eligible_from = "2014-03-02", discretionary = false,
               citations = ["PC 1203.4(a)(1)"], reasons = ["rules.pc1203_4.fulfilled"],
               missing_facts = [], automatic = false }

`expect`: `status` is required; every other key is checked only when given. `citations`
and `reasons` (message keys) must all appear; `eligible_from = "none"` asserts null.
"""

from __future__ import annotations

import copy
import importlib
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from clinic_app.core.decision import Decision
from clinic_app.core.model import EXCHANGE_CONTEXT, Record
from clinic_app.core.rules.context import ArrestContext, ConvictionContext

CASES = Path(__file__).parent / "cases"
DEFAULT_AS_OF = "2026-11-15"

DEFAULT_PERSON: dict[str, Any] = {
    "date_of_birth": "1980-01-15",
    "registered_290": False,
    "prior_290c_conviction": False,
    "pending_charges": False,
    "currently_serving_sentence": False,
    "on_probation_or_parole": False,
    "prior_super_strike": False,
    "trafficking_survivor": None,
    "immigration_concern": None,
}
DEFAULT_CONVICTION: dict[str, Any] = {
    "id": "c1",
    "case_number": "TEST-0001",
    "county": "Los Angeles",
    "code": "PC 459",
    "level": "felony",
    "offense_date": "2010-01-10",
    "conviction_date": "2010-03-01",
    "sentence_date": "2010-03-01",
    "sentence": {
        "probation_granted": True,
        "probation_end_date": "2013-03-01",
        "probation_terminated_early": False,
        "probation_violated": False,
        "probation_revoked": False,
        "prison": "none",
        "sentence_completed_date": None,
    },
}
DEFAULT_ARREST: dict[str, Any] = {
    "id": "a1",
    "arrest_date": "2020-01-10",
    "code": "PC 484",
    "level": "misdemeanor",
    "disposition": "no_charges",
}


@dataclass(frozen=True)
class Case:
    remedy: str
    name: str
    record: Record
    expect: dict[str, Any]
    is_arrest: bool

    def __str__(self) -> str:
        return f"{self.remedy}: {self.name}"


def merged(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """`base` with `overrides` applied; nested tables merge, lists and values replace."""
    result = copy.deepcopy(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merged(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def _case(remedy: str, raw: dict[str, Any]) -> Case:
    is_arrest = "arrest" in raw
    convictions = [] if is_arrest else [merged(DEFAULT_CONVICTION, raw.get("conviction", {}))]
    convictions += [merged(DEFAULT_CONVICTION, other) for other in raw.get("other_convictions", [])]
    arrests = [merged(DEFAULT_ARREST, raw["arrest"])] if is_arrest else []
    document = {
        "as_of": raw.get("as_of", DEFAULT_AS_OF),
        "person": merged(DEFAULT_PERSON, raw.get("person", {})),
        "convictions": convictions,
        "arrests": arrests,
    }
    record = Record.model_validate(document, context=EXCHANGE_CONTEXT)
    return Case(remedy, raw["name"], record, raw["expect"], is_arrest)


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(CASES.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        cases += [_case(data["remedy"], raw) for raw in data["case"]]
    return cases


def decide(case: Case) -> Decision:
    module = importlib.import_module(f"clinic_app.core.rules.{case.remedy}")
    if case.is_arrest:
        return module.decide(ArrestContext.of(case.record, case.record.arrests[0]))  # type: ignore[no-any-return]
    return module.decide(ConvictionContext.of(case.record, case.record.convictions[0]))  # type: ignore[no-any-return]


def check(case: Case) -> None:
    decision = decide(case)
    expect = case.expect
    summary = (
        f"{decision.status} {decision.eligible_from} {[r.message_key for r in decision.reasons]}"
    )
    assert decision.status == expect["status"], summary
    if "eligible_from" in expect:
        wanted = (
            None
            if expect["eligible_from"] == "none"
            else date.fromisoformat(expect["eligible_from"])
        )
        assert decision.eligible_from == wanted, summary
    for flag in ("discretionary", "automatic"):
        if flag in expect:
            assert getattr(decision, flag) is expect[flag], f"{flag}: {summary}"
    citations = {str(c) for c in decision.citations}
    assert set(expect.get("citations", [])) <= citations, f"citations {sorted(citations)}"
    keys = {r.message_key for r in decision.reasons}
    assert set(expect.get("reasons", [])) <= keys, f"reasons {sorted(keys)}"
    if "missing_facts" in expect:
        assert list(decision.missing_facts) == expect["missing_facts"], summary
    if "forms" in expect:
        assert list(decision.forms) == expect["forms"], summary
