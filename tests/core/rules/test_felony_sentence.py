"""What the scenario files cannot express for PC 1203.41, PC 1203.42 and PC 17(b): that every
message key the modules (and their shared helper) use exists in both languages, that the
conditions cite each statute, and which convictions each remedy is emitted for."""

from __future__ import annotations

import inspect
import re
from types import ModuleType

import pytest

from clinic_app.core.messages import catalog
from clinic_app.core.model import EXCHANGE_CONTEXT, Record
from clinic_app.core.rules import felony_sentence, pc17b, pc1203_41, pc1203_42
from clinic_app.core.rules.context import ConvictionContext
from tests.core.rules.scenarios import DEFAULT_CONVICTION, DEFAULT_PERSON, merged

MODULES = (pc1203_41, pc1203_42, pc17b)
# Remedies whose reasons include the completion keys of `felony_sentence.wait_after_completion`.
COMPLETION_USERS = (pc1203_41, pc1203_42)
KEY = re.compile(r'"(rules\.[a-z0-9_]+\.[a-z0-9_]+)"')


def _keys_used(module: ModuleType) -> set[str]:
    keys = set(KEY.findall(inspect.getsource(module)))
    if module in COMPLETION_USERS:
        prefix = f"rules.{module.REMEDY.value}"
        keys |= {f"{prefix}.{key}" for key in felony_sentence.COMPLETION_KEYS}
    return keys


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.REMEDY.value)
def test_every_message_key_exists_in_both_languages(module: ModuleType) -> None:
    keys = _keys_used(module)
    assert keys, "no message keys found"
    for language in ("en", "es"):
        missing = keys - catalog(language).keys()
        assert not missing, f"{language}: {sorted(missing)}"


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.REMEDY.value)
def test_every_key_in_the_catalog_is_used(module: ModuleType) -> None:
    prefix = f"rules.{module.REMEDY.value}."
    defined = {key for key in catalog("en") if key.startswith(prefix)}
    assert defined - _keys_used(module) == set()


@pytest.mark.parametrize(
    ("module", "section"), [(pc1203_41, "1203.41"), (pc1203_42, "1203.42"), (pc17b, "17")]
)
def test_conditions_cite_the_statute(module: ModuleType, section: str) -> None:
    assert module.CONDITIONS
    assert module.TITLE
    assert "checked 2026-11-25" in (module.__doc__ or "")
    assert any(c.citation.code == "PC" and c.citation.section == section for c in module.CONDITIONS)
    for condition in module.CONDITIONS:
        assert condition.text.strip().endswith(".")


def _context(**conviction: object) -> ConvictionContext:
    document = {
        "as_of": "2026-11-15",
        "person": DEFAULT_PERSON,
        "convictions": [merged(DEFAULT_CONVICTION, dict(conviction))],
        "arrests": [],
    }
    record = Record.model_validate(document, context=EXCHANGE_CONTEXT)
    return ConvictionContext.of(record, record.convictions[0])


def test_17b_is_emitted_for_felonies_as_convicted_only() -> None:
    assert pc17b.considered(_context(level="felony"))
    assert pc17b.considered(_context(level="felony", current_level="misdemeanor"))
    assert not pc17b.considered(_context(level="misdemeanor"))
    assert not pc17b.considered(_context(code="PC 415", level="infraction"))


@pytest.mark.parametrize("level", ["felony", "misdemeanor", "infraction"])
def test_1203_41_and_1203_42_are_emitted_for_every_conviction(level: str) -> None:
    ctx = _context(level=level)
    assert pc1203_41.considered(ctx)
    assert pc1203_42.considered(ctx)


def test_17b_decide_answers_a_misdemeanor_called_directly() -> None:
    decision = pc17b.decide(_context(level="misdemeanor"))
    assert decision.status == "not_eligible"
    assert [r.message_key for r in decision.reasons] == ["rules.pc17b.not_felony"]
