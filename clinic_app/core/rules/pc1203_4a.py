"""Dismissal of a misdemeanor or infraction when probation was not granted: Cal. Penal Code
§ 1203.4a.

Operative text as the domain brief quotes and summarises it ((a)-(b) and (d) as quoted by a
2026 screening specification citing leginfo), checked 2026-11-25 against
shared/domain/remedies.md §4 and §13. Words in quotation marks are the statute's; the rest
summarises it.

(a) Every defendant convicted of a misdemeanor "and not granted probation", and every
    defendant convicted of an infraction, "shall", at any time after the lapse of one year
    "from the date of pronouncement of judgment", if they have "fully complied with and
    performed the sentence of the court", are not then serving a sentence for any offense and
    are not under charge of commission of any crime, and have, since the pronouncement of
    judgment, "lived an honest and upright life" and "conformed to and obeyed the laws of the
    land", be permitted by the court to withdraw the plea (or have the verdict set aside), and
    the court dismisses the accusatory pleading; the person is then released from all
    penalties and disabilities resulting from the offense, with the exceptions of PC 1203.4.
(b) If the defendant does not satisfy all the requirements of (a), after the lapse of one year
    from the date of pronouncement of judgment, the court, "in its discretion and in the
    interest of justice", may grant the same relief if the defendant fully complied with and
    performed the sentence, is not then serving a sentence for any offense and is not under
    charge of commission of any crime.
(c) The conviction may still be pleaded and proved as a prior and must be disclosed for public
    office, licensure and the State Lottery; firearm rights are not restored; VC 13555 applies.
(d) This section does not apply to a misdemeanor violation of PC 288(c), to a misdemeanor
    within VC 42002.1, or to an infraction within VC 42001.
(e) Unpaid restitution is not a ground for denial; the module never asks about restitution.
(f) An infraction petition may be decided on a written declaration.

A felony later reduced to a misdemeanor (PC 17(b), Prop 47, Prop 64) counts as a misdemeanor:
People v. Khamvongsa (2017) 8 Cal.App.5th 1239. The module reads the conviction at its
current level.

Unverified (remedies.md §4; README open question 5), and how the module treats each point:
- the exact wording of (d): a misdemeanor PC 288(c) conviction is barred; a Vehicle Code
  misdemeanor the offense table flags as within VC 42002.1 is `needs_review`;
- which Vehicle Code infractions are "within VC 42001" (the Vehicle Code's general penalty for
  infractions): a code the offense table classes as an infraction is barred; any other Vehicle
  Code offense convicted as an infraction (a wobblette such as VC 12500(a)) is `needs_review`
  (`is_traffic_infraction`);
- the pinpoints (c), (e) and (f);
- "honest and upright life" is never decided (remedies.md §13.5): the module's proxy is a
  conviction for an offense committed after this judgment, which leaves only the
  discretionary route of (b); without one the reason says the judge must grant if the person
  has obeyed the law;
- probation or supervision in another case is treated as "serving a sentence", as
  remedies.md §13.1 directs for every dismissal remedy.
"""

from __future__ import annotations

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Conviction, Level, Remedy
from clinic_app.core.rules.blocks import apply_person_blocks
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.dates import after_lapse, day_after
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.pc1203_4 import (
    DISMISSAL_FORMS,
    may_be_within_vc_42002_1,
    note_lasting_consequences,
)
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.PC1203_4A
TITLE = "Dismissal of a misdemeanor or infraction without probation"

SUBDIVISION_A = Citation("PC", "1203.4a", "(a)")
SUBDIVISION_B = Citation("PC", "1203.4a", "(b)")
SUBDIVISION_D = Citation("PC", "1203.4a", "(d)")
KHAMVONGSA = Citation("People v. Khamvongsa (2017)", "8 Cal.App.5th 1239")

# (a), (b): "after the lapse of one year from the date of pronouncement of judgment".
WAIT_YEARS = 1
# (d): "a misdemeanor violation of subdivision (c) of Section 288".
LEWD_ACT_14_OR_15 = "PC 288(c)"

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        SUBDIVISION_A,
        "A misdemeanor for which probation was not granted, or an infraction, at the "
        "conviction's current level (a felony reduced to a misdemeanor counts as a "
        "misdemeanor: People v. Khamvongsa). Relief already granted is not recommended again.",
    ),
    Condition(
        SUBDIVISION_A,
        "One year has lapsed since the pronouncement of judgment (sentence date, else "
        "conviction date): available from the day after the anniversary.",
    ),
    Condition(
        SUBDIVISION_A,
        "The sentence is fully complied with and performed (completion date on or before the "
        "decision date; available from the day after it). Unknown: needs_review, or not yet "
        "while a person-level block is in force. Unpaid restitution is never asked.",
    ),
    Condition(
        SUBDIVISION_A,
        "The person is not serving a sentence (including probation or supervision in another "
        "case) and not charged with a crime; while they are, the decision is not yet.",
    ),
    Condition(
        SUBDIVISION_A,
        "Mandatory route: no conviction in the record for an offense committed after this "
        "judgment (the module's proxy for 'lived an honest and upright life').",
    ),
    Condition(
        SUBDIVISION_B,
        "Discretionary route: a conviction for an offense committed after this judgment; the "
        "year, the completed sentence and the absence of blocks are still required.",
    ),
    Condition(
        SUBDIVISION_D,
        "Not a misdemeanor PC 288(c) conviction; not a Vehicle Code infraction within VC 42001 "
        "(a code the offense table classes as an infraction; other Vehicle Code offenses "
        "convicted as infractions are needs_review); a Vehicle Code misdemeanor flagged as "
        "within VC 42002.1 is needs_review (the list is unverified).",
    ),
)


def considered(ctx: ConvictionContext) -> bool:
    """Answered for every conviction (exchange-format §3 item 4), structurally or not."""
    return True


def decide(ctx: ConvictionContext) -> Decision:
    """PC 1203.4a dismissal for this conviction, as of `ctx.as_of`.

    Which section applies at all and the bars of (d) are checked before the waiting period and
    the blocks: a barred conviction is answered with the bar alone (exchange-format §5).
    """
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        conviction_id=ctx.conviction.id,
        discretionary=False,  # (a) "shall"; (b) "may" when a later conviction is on record
        automatic=False,
        forms=DISMISSAL_FORMS,
    )
    probation = ctx.conviction.sentence.probation_granted
    if ctx.already_granted(REMEDY):
        return f.not_eligible("rules.pc1203_4a.already_granted", SUBDIVISION_A)

    # (a): "convicted of a misdemeanor and not granted probation" or "of an infraction", at
    # the level the conviction has now (Khamvongsa).
    if ctx.level is Level.FELONY:
        return f.not_eligible(
            "rules.pc1203_4a.felony", SUBDIVISION_A, section="1203.4" if probation else "1203.41"
        )
    if ctx.level is Level.MISDEMEANOR and probation:
        return f.not_eligible("rules.pc1203_4a.probation_granted", SUBDIVISION_A)
    if ctx.already_reduced:
        f.met("rules.pc1203_4a.reduced_level", KHAMVONGSA)

    # (d): the excluded offenses.
    barred = _excluded_by_subdivision_d(f, ctx)
    if barred is not None:
        return barred

    # (a): "after the lapse of one year from the date of pronouncement of judgment".
    f.wait(
        after_lapse(ctx.pronouncement_date, WAIT_YEARS),
        SUBDIVISION_A,
        pending="rules.pc1203_4a.year_running",
        done="rules.pc1203_4a.year_lapsed",
        sentenced=ctx.pronouncement_date,
    )
    # (a): "fully complied with and performed the sentence of the court".
    _sentence_performed(f, ctx)
    # (a): "not then serving a sentence for any offense" and "not under charge of commission
    # of any crime" (remedies.md §13.1).
    apply_person_blocks(f, ctx, SUBDIVISION_A)

    # (a) "honest and upright life" / (b) "in its discretion and in the interest of justice".
    later = _later_conviction(ctx)
    if later is None:
        f.met("rules.pc1203_4a.no_later_conviction", SUBDIVISION_A)
    else:
        f.discretionary = True
        f.met("rules.pc1203_4a.later_conviction", SUBDIVISION_B, date=later.offense_date)

    note_lasting_consequences(f, ctx)
    return f.decide()


def _sentence_performed(f: Finding, ctx: ConvictionContext) -> None:
    """(a): the whole sentence done (fine, jail, and any probation or supervision an
    infraction carried: `ctx.completion_date`). Unknown: asked; while a person-level block is
    in force it cannot make relief available today, so it only leaves the date unknown
    (exchange-format §5)."""
    completed = ctx.completion_date
    if completed is None:
        f.missing(
            "sentence.sentence_completed_date",
            "rules.pc1203_4a.completion_unknown",
            SUBDIVISION_A,
            only_changes_the_date=True,
        )
        return
    f.wait(
        day_after(completed),
        SUBDIVISION_A,
        pending="rules.pc1203_4a.sentence_running",
        done="rules.pc1203_4a.sentence_completed",
        finished=completed,
    )


def _later_conviction(ctx: ConvictionContext) -> Conviction | None:
    """The first conviction in the record for an offense committed after this judgment was
    pronounced: the module's proxy for not having "obeyed the laws of the land" since then."""
    later = [
        other for other in ctx.other_convictions() if other.offense_date > ctx.pronouncement_date
    ]
    return min(later, key=lambda c: c.offense_date, default=None)


# --- (d): excluded offenses -----------------------------------------------------------------


def _excluded_by_subdivision_d(f: Finding, ctx: ConvictionContext) -> Decision | None:
    if ctx.row is None:
        f.missing("code", "rules.common.unknown_code", SUBDIVISION_D, code=ctx.conviction.code)
        return None
    if is_misdemeanor_288_c(ctx):
        return f.not_eligible("rules.pc1203_4a.excluded_288_c", SUBDIVISION_D)
    if may_be_within_vc_42002_1(ctx):
        # LEGAL QUESTION: which Vehicle Code misdemeanors are "within VC 42002.1" is
        # unverified (remedies.md §3-4; README open question 5): an attorney decides.
        f.review("rules.pc1203_4a.vc_42002_1_unclear", SUBDIVISION_D, code=ctx.conviction.code)
        return None
    traffic = is_traffic_infraction(ctx)
    if traffic:
        return f.not_eligible(
            "rules.pc1203_4a.traffic_infraction", SUBDIVISION_D, code=ctx.conviction.code
        )
    if traffic is None:
        # LEGAL QUESTION: whether this Vehicle Code offense, convicted as an infraction, is
        # "within VC 42001" (the (d) wording is unverified): an attorney decides.
        f.review(
            "rules.pc1203_4a.traffic_infraction_unclear", SUBDIVISION_D, code=ctx.conviction.code
        )
    return None


def is_misdemeanor_288_c(ctx: ConvictionContext) -> bool:
    """(d): "a misdemeanor violation of subdivision (c) of Section 288" (lewd act on a child of
    14 or 15). A felony never reaches this section; a felony reduced under PC 17(b) is now a
    misdemeanor violation and is barred too."""
    return ctx.offense.matched_code.startswith(LEWD_ACT_14_OR_15) and ctx.level is not Level.FELONY


def is_traffic_infraction(ctx: ConvictionContext) -> bool | None:
    """(d): "an infraction within VC 42001" (the Vehicle Code's general penalty for
    infractions). True for a Vehicle Code code the offense table classes as an infraction (e.g.
    VC 22350, whose row says it is within VC 42001); None (ask an attorney) for another Vehicle
    Code offense convicted as an infraction; False otherwise.

    LEGAL QUESTION: the brief quotes (d) from a secondary source (unverified wording), and
    neither the brief nor the table lists the VC 42001 infractions; the table's infraction
    class is the best evidence the module has.
    """
    row = ctx.row
    if row is None or row.statute_family != "VC" or ctx.level is not Level.INFRACTION:
        return False
    if row.offense_class == "infraction":
        return True
    return None
