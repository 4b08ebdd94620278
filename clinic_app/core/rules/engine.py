"""Evaluate a person's record: one decision per (conviction or arrest) x remedy considered.

This is the one function the command line, the GUI, the documents and the bulk mode call.
Order follows exchange-format §2: convictions then arrests in input order, and within each,
remedies in the order of §3 (the order of `registry`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

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
    for conviction in record.convictions:
        ctx = ConvictionContext(record, conviction)
        for module in registry.CONVICTION_REMEDIES:
            if module.considered(ctx):
                decisions.append(_with_record_notes(module.decide(ctx), ctx))
    for arrest in record.arrests:
        arrest_ctx = ArrestContext(record, arrest)
        for arrest_module in registry.ARREST_REMEDIES:
            if arrest_module.considered(arrest_ctx):
                decision = arrest_module.decide(arrest_ctx)
                decisions.append(_with_immigration_note(decision, record))
    if unexplained_supervision(record):
        warnings.append(Notice("rules.warning.unexplained_supervision", {}))
    return Evaluation(record, RULES_VERSION, tuple(decisions), tuple(warnings))


def _with_record_notes(decision: Decision, ctx: ConvictionContext) -> Decision:
    """Notes that belong on every decision of a conviction, whatever the remedy."""
    lookup = ctx.offense
    if lookup.section_level_fallback:
        decision = _add_reason(
            decision,
            Reason(
                "rules.common.section_level_row",
                decision.reasons[0].citation,
                {"code": ctx.conviction.code, "row": lookup.matched_code},
            ),
        )
    return _with_immigration_note(decision, ctx.record)


def _with_immigration_note(decision: Decision, record: Record) -> Decision:
    if not record.person.immigration_concern:
        return decision
    return _add_reason(decision, Reason("rules.common.immigration", POST_CONVICTION_RELIEF))


def _add_reason(decision: Decision, reason: Reason) -> Decision:
    return replace(decision, reasons=(*decision.reasons, reason))
