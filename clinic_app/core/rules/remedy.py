"""What every remedy module provides, so the engine and the rules book treat them alike.

A remedy module (`rules/pc1203_4.py`, ...) reads like its statute: a docstring quoting the
operative text with the date it was checked, `CONDITIONS` in the statute's order, and one
public `decide()`. `considered()` says whether a decision is emitted at all for a
conviction (exchange-format §3); a remedy that is considered always answers, with reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Remedy
from clinic_app.core.rules.context import ArrestContext, ConvictionContext


@dataclass(frozen=True)
class Condition:
    """One condition of a statute, for the attorneys' rules book (docs/rules.md)."""

    citation: Citation
    text: str  # English, for attorneys: "Probation was granted for this conviction."


class ConvictionRemedy(Protocol):
    REMEDY: Remedy
    TITLE: str
    CONDITIONS: tuple[Condition, ...]
    __doc__: str | None

    def considered(self, ctx: ConvictionContext) -> bool: ...

    def decide(self, ctx: ConvictionContext) -> Decision: ...


class ArrestRemedy(Protocol):
    REMEDY: Remedy
    TITLE: str
    CONDITIONS: tuple[Condition, ...]
    __doc__: str | None

    def considered(self, ctx: ArrestContext) -> bool: ...

    def decide(self, ctx: ArrestContext) -> Decision: ...
