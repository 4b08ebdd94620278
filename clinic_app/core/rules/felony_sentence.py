"""Steps shared by the felony-sentence remedies: PC 1203.41, PC 1203.42 and PC 17(b).

- Whether this conviction's probation still stands: then the dismissal route is PC 1203.4, and
  no prison or county-jail felony term was served (remedies.md §5, §6).
- The waiting period counted from completion of the whole sentence (remedies.md §13.3): the
  later of `sentence_completed_date` and `supervision_end_date` (`ConvictionContext.
  completion_date`). For a state-prison sentence it is unverified whether parole or PRCS is
  part of "completion"; the later date is used, conservatively, and a reason says so.
- The degree of a burglary (PC 460): first degree (an inhabited dwelling) is a straight
  felony punishable only in state prison; second degree is a wobbler punishable under
  PC 1170(h) (PC 461(b)). It decides PC 17(b) and the 1170(h) test of PC 1203.42.

`wait_after_completion` records reasons under the calling remedy's own message table
(`rules.<remedy>.<key>` for every key in `COMPLETION_KEYS`), so each remedy's catalog must
define those keys.
"""

from __future__ import annotations

from clinic_app.core.decision import Citation
from clinic_app.core.model import PrisonSentence, Sentence
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.dates import after_lapse
from clinic_app.core.rules.finding import Finding

BURGLARY = "PC 459"

# Keys `wait_after_completion` adds under `rules.<remedy>.`: the remedy's catalog defines them.
COMPLETION_UNKNOWN = "completion_unknown"
COUNTED_TO_SUPERVISION_END = "counted_to_supervision_end"
COUNTED_FROM_RELEASE = "counted_from_release"
COMPLETION_KEYS = (COMPLETION_UNKNOWN, COUNTED_TO_SUPERVISION_END, COUNTED_FROM_RELEASE)


def probation_stands(sentence: Sentence) -> bool:
    """Probation was granted and not revoked: the sentence is probation, whatever prison term
    may have been imposed and suspended with it (People v. Parker (2013); remedies.md §3)."""
    return sentence.probation_granted and not sentence.probation_revoked


def wait_after_completion(
    f: Finding,
    ctx: ConvictionContext,
    years: int,
    citation: Citation,
    *,
    pending: str,
    done: str,
) -> None:
    """Relief "only after the lapse of `years` following completion of the sentence".

    `pending` and `done` are the calling remedy's message keys for the waiting period; both
    receive `finished` (the completion date) and `date` (the first filing day).
    """
    prefix = f"rules.{f.remedy.value}"
    completed = ctx.completion_date
    if completed is None:
        # A sentence still being served has no completion date: while a block is in force the
        # decision stays not_yet with no date (exchange-format §5).
        f.missing(
            "sentence.sentence_completed_date",
            f"{prefix}.{COMPLETION_UNKNOWN}",
            citation,
            only_changes_the_date=True,
        )
        return
    if ctx.custody is PrisonSentence.STATE_PRISON:
        # LEGAL QUESTION: whether parole or PRCS is part of "completion of the sentence" for a
        # state-prison term is unverified (remedies.md §5, §13.3; README open question 2). The
        # later date is used, and the volunteer is told an attorney may count from release.
        if ctx.conviction.sentence.supervision_end_date == completed:
            f.met(f"{prefix}.{COUNTED_TO_SUPERVISION_END}", citation, supervision_end=completed)
        else:
            f.met(f"{prefix}.{COUNTED_FROM_RELEASE}", citation, released=completed)
    f.wait(after_lapse(completed, years), citation, pending=pending, done=done, finished=completed)


def is_burglary(ctx: ConvictionContext) -> bool:
    """The conviction is classified under the table's PC 459 row (burglary)."""
    return ctx.row is not None and ctx.offense.matched_code.split("(", 1)[0] == BURGLARY


def first_degree_burglary(ctx: ConvictionContext) -> bool | None:
    """PC 460(a): burglary of an inhabited dwelling is first degree; every other burglary is
    second degree (PC 460(b)). A store entered during business hours is second degree.
    None when the record does not say (ask `offense_facts.residential`)."""
    residential = ctx.fact("residential")
    if residential is not None:
        return bool(residential)
    if ctx.fact("commercial_open_business_hours"):
        return False
    return None
