"""The rules book: every remedy's conditions with their citations, for attorneys to sign off.

Generated from the rule modules themselves (their docstrings and `CONDITIONS`), so the book
and the code cannot drift apart: `docs/rules.md` is this output, and a test fails when it
is stale. Regenerate with `clinic-app rules --format markdown > docs/rules.md`.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable

from clinic_app.core.rules import registry
from clinic_app.core.rules.engine import RULES_VERSION
from clinic_app.core.rules.remedy import ArrestRemedy, ConvictionRemedy

INTRODUCTION = """\
This book lists, for every remedy the rule module decides, the conditions it checks, in the
order of the statute, each with its citation. It is generated from the rule modules
(`clinic_app/core/rules/`), so it says exactly what the software does. An attorney signs off
on it; a change to a condition changes this file in the same commit.

Statuses: **eligible** (every encoded condition is met), **not yet** (a waiting period or a
temporary block has not ended), **needs review** (a fact is missing or the law leaves the
point to a person), **not eligible** (a bar applies or the remedy does not fit).
"""


def render_markdown() -> str:
    parts = [
        "# Rules book: California record-clearance remedies",
        "",
        f"Rules version `{RULES_VERSION}`. Not legal advice; see `shared/domain/` for sources.",
        "",
        INTRODUCTION,
        "## Contents",
        "",
    ]
    modules = _modules()
    parts += [f"- [`{m.REMEDY.value}`: {m.TITLE}](#{_anchor(m)})" for m in modules]
    for module in modules:
        parts += ["", f"## `{module.REMEDY.value}`: {module.TITLE}", ""]
        parts += [inspect.cleandoc(module.__doc__ or "").strip(), ""]
        parts += ["**Conditions, in the statute's order:**", ""]
        parts += [
            f"{number}. {condition.text} *({condition.citation})*"
            for number, condition in enumerate(module.CONDITIONS, start=1)
        ]
    return "\n".join(parts).rstrip() + "\n"


def _modules() -> list[ConvictionRemedy | ArrestRemedy]:
    listed: Iterable[ConvictionRemedy | ArrestRemedy] = (
        *registry.CONVICTION_REMEDIES,
        *registry.ARREST_REMEDIES,
    )
    return list(listed)


def _anchor(module: ConvictionRemedy | ArrestRemedy) -> str:
    text = f"{module.REMEDY.value}: {module.TITLE}".lower()
    return "".join(ch if ch.isalnum() or ch in "-_ " else "" for ch in text).replace(" ", "-")
