"""What the rule module answers for one conviction (or arrest) and one remedy.

The four statuses and the fields are those of `shared/domain/exchange-format.md` §2. A reason
is a message key plus parameters, never a sentence, so the same decision reads in English or
Spanish (`resources/messages/{en,es}.toml`) and never carries a client's name.

These are msgspec structs rather than frozen dataclasses: just as immutable, but built in C.
A bulk run creates millions of them (about seven decisions per conviction, two reasons per
decision), and a frozen dataclass spent more time being built than the rules spent deciding
(benchmarks/rules_bench.py: 1.9 us per Decision against 0.15 us).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import msgspec

from clinic_app.core.model import Remedy


class Status(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    NEEDS_REVIEW = "needs_review"  # a fact is missing (ask it) or the law leaves it to judgment
    NOT_YET = "not_yet"  # eligible later: Decision.eligible_from says when, if known


class Citation(msgspec.Struct, frozen=True):
    """A statute pinpoint, written the way the exchange format writes codes: `PC 1203.4(a)(1)`."""

    code: str  # "HS", "PC", "VC"
    section: str  # "11361.8"
    subdivision: str = ""  # "(e)"

    def __str__(self) -> str:
        return f"{self.code} {self.section}{self.subdivision}"


class Reason(msgspec.Struct, frozen=True):
    message_key: str
    citation: Citation
    params: dict[str, str] = {}  # never a client's name (msgspec gives each a fresh dict)


class Decision(msgspec.Struct, frozen=True):
    remedy: Remedy
    status: Status
    reasons: tuple[Reason, ...]
    conviction_id: str | None = None
    arrest_id: str | None = None
    missing_facts: tuple[str, ...] = ()  # field paths the intake should ask for next
    eligible_from: date | None = None  # with NOT_YET: the end of the waiting period
    discretionary: bool = False  # "may ... in the interests of justice" rather than "shall"
    automatic: bool = False  # granted without a petition; may already have been granted
    forms: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if (self.conviction_id is None) == (self.arrest_id is None):
            raise ValueError("a decision is about exactly one conviction or one arrest")
        if not self.reasons:
            raise ValueError("a decision must say why: give at least one reason")

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(dict.fromkeys(reason.citation for reason in self.reasons))
