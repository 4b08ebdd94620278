"""The rules book is generated from the modules, and docs/rules.md is never stale."""

from __future__ import annotations

from pathlib import Path

from clinic_app.core.rules import registry
from clinic_app.core.rules.book import render_markdown

DOCS_RULES = Path(__file__).parents[3] / "docs" / "rules.md"


def test_docs_rules_md_is_the_generated_book() -> None:
    assert DOCS_RULES.read_text(encoding="utf-8") == render_markdown(), (
        "docs/rules.md is stale: run `clinic-app rules --format markdown > docs/rules.md`"
    )


def test_every_remedy_states_its_conditions_with_citations() -> None:
    book = render_markdown()
    for module in (*registry.CONVICTION_REMEDIES, *registry.ARREST_REMEDIES):
        assert module.CONDITIONS, module.REMEDY
        assert (module.__doc__ or "").strip(), module.REMEDY
        assert f"## `{module.REMEDY.value}`" in book
        for condition in module.CONDITIONS:
            assert str(condition.citation) in book
