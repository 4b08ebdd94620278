"""Dismissal of a prostitution conviction for a trafficking victim: Cal. Penal Code § 1203.49.

As the domain brief summarises it (shared/domain/remedies.md §12, checked 2026-11-25): a person
convicted of PC 647(b) who has completed probation may petition for dismissal on showing, by
clear and convincing evidence, that the conviction was the result of being a victim of human
trafficking; relief is discretionary and filed on Judicial Council form CR-180 / CR-181.

Out of scope for v1 beyond flagging: remedies.md §12 says to emit `needs_review` when the person
is recorded as a trafficking survivor. Unverified: the exact subdivisions and the standard of
proof; an attorney decides, privately, never the volunteer.
"""

from __future__ import annotations

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Remedy
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.pc236_14 import is_prostitution
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.PC1203_49
TITLE = "Dismissal of a PC 647(b) conviction for a trafficking victim"
STATUTE = Citation("PC", "1203.49")

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        STATUTE,
        "Considered only for a PC 647(b) conviction of a person the intake records as a "
        "trafficking survivor; the volunteer never asks about it.",
    ),
    Condition(
        STATUTE,
        "The court may dismiss after probation on clear and convincing evidence that the "
        "conviction resulted from being trafficked: always needs_review and discretionary.",
    ),
)


def considered(ctx: ConvictionContext) -> bool:
    """exchange-format §3 item 6: for PC 647(b) when the person is a trafficking survivor."""
    return ctx.person.trafficking_survivor is True and is_prostitution(ctx)


def decide(ctx: ConvictionContext) -> Decision:
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        conviction_id=ctx.conviction.id,
        discretionary=True,
        forms=("CR-180", "CR-181"),
    )
    if ctx.already_granted(REMEDY):
        return f.not_eligible("rules.pc1203_49.already_granted", STATUTE)
    f.review("rules.pc1203_49.attorney_review", STATUTE)
    return f.decide()
