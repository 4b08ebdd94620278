"""Person-level blocks shared by the dismissal remedies (remedies.md §13.1, exchange §4).

PC 1203.4, 1203.4a, 1203.41, 1203.42 and 1203.425 all require that the person is not then
charged with an offense, not serving a sentence, and not on probation or supervision for
another case. A block makes the decision `not_yet`; permanent bars still win. Prop 64,
Prop 47 and arrest sealing are not blocked this way (they choose their route per conviction).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from clinic_app.core.decision import Citation
from clinic_app.core.model import Conviction, Record
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.dates import day_after
from clinic_app.core.rules.finding import Finding

EARLY_TERMINATION = Citation("PC", "1203.3")


def supervision_end(conviction: Conviction, as_of: date) -> date | None:
    """The end of probation or supervision still running on `as_of` for this conviction,
    or None when none is running."""
    sentence = conviction.sentence
    ends = [sentence.supervision_end_date]
    if sentence.probation_granted and not sentence.probation_revoked:
        ends.append(sentence.probation_end_date)
    running = [end for end in ends if end is not None and end >= as_of]
    return max(running) if running else None


def unexplained_supervision(record: Record) -> bool:
    """`on_probation_or_parole` is true but no listed conviction is under supervision."""
    return record.person.on_probation_or_parole and not any(
        supervision_end(c, record.as_of) for c in record.convictions
    )


# Five remedies ask this of the same conviction in turn; a context is hashed by identity.
@lru_cache(maxsize=4)
def _other_supervision_end(ctx: ConvictionContext) -> date | None:
    """When the last supervision still running on another case ends, if any runs."""
    ends = [end for c in ctx.other_convictions() if (end := supervision_end(c, ctx.as_of))]
    return max(ends, default=None)


def apply_person_blocks(finding: Finding, ctx: ConvictionContext, citation: Citation) -> None:
    """Record every person-level block in force on `as_of` as a wait on `finding`."""
    person = ctx.person
    if person.pending_charges:
        finding.block(None, "rules.block.pending_charges", citation)
    if person.currently_serving_sentence:
        finding.block(None, "rules.block.serving_sentence", citation)
    if not person.on_probation_or_parole:
        return
    other_end = _other_supervision_end(ctx)
    if other_end is not None:
        finding.block(day_after(other_end), "rules.block.supervised_on_other_case", citation)
        finding.met("rules.block.suggest_early_termination", EARLY_TERMINATION)
    elif unexplained_supervision(ctx.record):
        finding.block(None, "rules.block.supervised_on_unlisted_case", citation)
        finding.met("rules.block.suggest_early_termination", EARLY_TERMINATION)
