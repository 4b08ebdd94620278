"""Vacatur for survivors of human trafficking: Cal. Penal Code § 236.14 (brief).

Operative text as the domain brief summarises it, checked 2026-11-25 against
shared/domain/remedies.md §11 and exchange-format.md §1.2 and §3:

(a) A person "arrested for or convicted of any nonviolent offense" committed while a victim of
    human trafficking (including PC 647(b)) may petition to vacate the convictions and arrests.
    Violent felonies (PC 667.5(c)) are excluded ("nonviolent").
(g) The court may grant the petition after a hearing if it finds, by clear and convincing
    evidence, that the arrest or conviction was the direct result of being a victim of human
    trafficking, plus statutory findings (a good-faith effort to distance from the trafficker,
    the interests of justice).
The petition is filed within a reasonable time after the person is no longer a victim or has
sought services. The conviction is vacated as legally invalid; arrest records are sealed and
destroyed; confidentiality provisions apply. Related routes: PC 1203.49 (dismissal of a
PC 647(b) conviction for a trafficking victim after probation) and PC 236.15 (vacatur for
survivors of intimate partner or sexual violence).

Module behaviour v1 (remedies.md §11): the remedy is emitted for a conviction only when
`person.trafficking_survivor` is true; every nonviolent conviction is `needs_review` and the
relief is discretionary. The module never asks about the trafficking or any trauma: the only
fact it may ask is the code, and an attorney talks with the person privately.

Unverified (remedies.md §11), and how the module treats each point:
- the pinpoint (g) and the "reasonable time" filing rule: not modelled (the attorney decides);
- that a "nonviolent offense" means one not listed in PC 667.5(c): offenses.csv
  `violent_667_5c`; `depends` is needs_review like every nonviolent conviction, with a reason;
- no statewide Judicial Council form was identified: `forms` is empty;
- arrests that did not end in conviction are also covered by (a), but exchange-format §3 emits
  this remedy for convictions only.
"""

from __future__ import annotations

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Remedy
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.PC236_14
TITLE = "Vacatur for survivors of human trafficking"

SUBDIVISION_A = Citation("PC", "236.14", "(a)")
SUBDIVISION_G = Citation("PC", "236.14", "(g)")
VIOLENT_FELONIES = Citation("PC", "667.5", "(c)")
PROSTITUTION_DISMISSAL = Citation("PC", "1203.49")
OTHER_SURVIVORS = Citation("PC", "236.15")

# PC 1203.49 covers convictions under PC 647(b) (any further subdivision).
PROSTITUTION = "PC 647(b)"

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        SUBDIVISION_A,
        "Considered only when the intake records the person as a trafficking survivor "
        "(person.trafficking_survivor true); the volunteer never asks about it.",
    ),
    Condition(
        SUBDIVISION_A,
        "The offense is nonviolent: not a violent felony listed in PC 667.5(c) (offenses.csv "
        "violent_667_5c yes is not eligible; depends is needs_review; an unknown code is "
        "needs_review).",
    ),
    Condition(
        SUBDIVISION_G,
        "The court decides after a hearing, on clear and convincing evidence, that the "
        "conviction was the direct result of being trafficked: every nonviolent conviction is "
        "needs_review and discretionary; an attorney talks with the person privately.",
    ),
    Condition(
        PROSTITUTION_DISMISSAL,
        "For a PC 647(b) conviction, dismissal under PC 1203.49 after probation is named too.",
    ),
    Condition(
        OTHER_SURVIVORS,
        "Vacatur for survivors of intimate partner or sexual violence (PC 236.15) is named "
        "for the attorney to consider.",
    ),
)


def considered(ctx: ConvictionContext) -> bool:
    """Only when the person is recorded as a trafficking survivor (exchange-format §3 item 6)."""
    return ctx.person.trafficking_survivor is True


def decide(ctx: ConvictionContext) -> Decision:
    """Whether vacatur is worth an attorney's review for this conviction."""
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        conviction_id=ctx.conviction.id,
        discretionary=True,  # (g): the court "may" grant, after a hearing
        automatic=False,
        forms=(),  # no statewide Judicial Council form identified (unverified)
    )
    if ctx.already_granted(REMEDY):
        return f.not_eligible("rules.pc236_14.already_granted", SUBDIVISION_A)

    # (a): "any nonviolent offense"; violent felonies (PC 667.5(c)) are excluded.
    violent = ctx.flag("violent_667_5c")
    if violent is None:
        f.missing("code", "rules.common.unknown_code", SUBDIVISION_A, code=ctx.conviction.code)
    elif violent == "yes":
        return f.not_eligible("rules.pc236_14.violent_excluded", VIOLENT_FELONIES)
    elif violent != "no":
        f.review("rules.pc236_14.violent_depends", VIOLENT_FELONIES)

    # (g): the court decides on clear and convincing evidence; an attorney handles it privately.
    f.review("rules.pc236_14.attorney_review", SUBDIVISION_A)
    if is_prostitution(ctx):
        f.met("rules.pc236_14.prostitution_dismissal", PROSTITUTION_DISMISSAL)
    f.met("rules.pc236_14.other_survivors", OTHER_SURVIVORS)
    return f.decide()


def is_prostitution(ctx: ConvictionContext) -> bool:
    """A PC 647(b) conviction, with or without a further subdivision."""
    code = ctx.conviction.code
    return code == PROSTITUTION or code.startswith(PROSTITUTION + "(")
