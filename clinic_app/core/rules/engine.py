"""Evaluate a person's record: one decision per (conviction or arrest) x remedy considered.

This is the one function the command line, the GUI, the documents and the bulk mode call.
Order follows exchange-format §2: convictions then arrests in input order, and within each,
remedies in the order of §3 (the order of `registry`).
"""

from __future__ import annotations

from dataclasses import dataclass

from msgspec.structs import replace

from clinic_app.core.decision import Citation, Decision, Reason
from clinic_app.core.model import Record
from clinic_app.core.rules import registry
from clinic_app.core.rules.blocks import unexplained_supervision
from clinic_app.core.rules.context import ArrestContext, ConvictionContext

RULES_VERSION = "domain-brief-2026-11"
POST_CONVICTION_RELIEF = Citation("PC", "1473.7")


@dataclass(frozen=True)
class Notice:
    """A document-level warning (exchange-format §2 `warnings`), as a message key."""

    message_key: str
    params: dict[str, str]


@dataclass(frozen=True)
class Evaluation:
    record: Record
    rules_version: str
    decisions: tuple[Decision, ...]
    warnings: tuple[Notice, ...]


def evaluate(record: Record) -> Evaluation:
    """Every decision for `record`, as the law stood on `record.as_of`. Pure and deterministic."""
    decisions: list[Decision] = []
    warnings: list[Notice] = []
    immigration = record.person.immigration_concern is True
    for conviction in record.convictions:
        ctx = ConvictionContext.of(record, conviction)
        section_row = ctx.offense.matched_code if ctx.offense.section_level_fallback else None
        for module in registry.CONVICTION_REMEDIES:
            if module.considered(ctx):
                decision = module.decide(ctx)
                if section_row is not None or immigration:
                    decision = _with_notes(decision, conviction.code, section_row, immigration)
                decisions.append(decision)
    for arrest in record.arrests:
        arrest_ctx = ArrestContext.of(record, arrest)
        for arrest_module in registry.ARREST_REMEDIES:
            if arrest_module.considered(arrest_ctx):
                decision = arrest_module.decide(arrest_ctx)
                if immigration:
                    decision = _with_notes(decision, arrest.code, None, immigration)
                decisions.append(decision)
    if unexplained_supervision(record):
        warnings.append(Notice("rules.warning.unexplained_supervision", {}))
    return Evaluation(record, RULES_VERSION, tuple(decisions), tuple(warnings))


def _with_notes(
    decision: Decision, code: str, section_row: str | None, immigration: bool
) -> Decision:
    """Notes that belong on every decision of a conviction or arrest, whatever the remedy:
    the code was read by its section's row (`section_row`), and the immigration caution."""
    notes = []
    if section_row is not None:
        notes.append(
            Reason(
                "rules.common.section_level_row",
                decision.reasons[0].citation,
                {"code": code, "row": section_row},
            )
        )
    if immigration:
        notes.append(Reason("rules.common.immigration", POST_CONVICTION_RELIEF))
    return replace(decision, reasons=(*decision.reasons, *notes))
