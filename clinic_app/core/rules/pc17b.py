"""Reduction of a wobbler felony to a misdemeanor: Cal. Penal Code § 17(b).

Operative text as the domain brief quotes and summarises it, checked 2026-11-25 against
shared/domain/remedies.md §7 and exchange-format.md §3:

(b) When a crime is punishable, in the discretion of the court, either by imprisonment in the
    state prison or imprisonment in a county jail under subdivision (h) of Section 1170, or by
    fine or imprisonment in the county jail, it is a misdemeanor for all purposes under the
    following circumstances:
    (1) After a judgment imposing a punishment other than imprisonment in the state prison or
        imprisonment in a county jail under subdivision (h) of Section 1170.
    ...
    (3) When the court grants probation to a defendant and at the time of granting probation,
        or on application of the defendant or probation officer thereafter, the court declares
        the offense to be a misdemeanor.
(e) Nothing in this section authorizes a judge to relieve a defendant of the duty to register
    as a sex offender pursuant to Section 290 if the defendant is charged with an offense for
    which registration is mandatory and the trier of fact finds the defendant guilty.

Once a state-prison or 1170(h) term has been imposed, even with its execution suspended, the
court can no longer reduce under (b)(3): People v. Wood (1998) 62 Cal.App.4th 1262, discussed
in People v. Feyrer (2010) 48 Cal.4th 426. Completion of probation is not needed. The class is
judged as the law stood at the offense (offenses.csv, keyed by offense date). Reduction is
discretionary ("the court declares"; People v. Superior Court (Alvarez) (1997) 14 Cal.4th 968).

A decision is emitted for every felony-level conviction (exchange-format §3 item 3): a felony
that is not a wobbler is answered not_eligible "not a wobbler".

Unverified (remedies.md §7), and how the module treats each point:
- the wobbler status of each offenses.csv row (checked from statute penalty clauses from
  memory unless its notes say otherwise): used as it stands;
- whether a wobbler that was serious or violent when committed still counts as a strike
  after reduction (PC 667(d)(1); People v. Park (2013) 56 Cal.4th 782 for PC 667(a)): never
  decided here, a reason asks for attorney review whenever the row is not plainly
  non-serious and non-violent;
- People v. Kennedy (2011) 194 Cal.App.4th 1484 (17(e)): reporter citation not checked;
- a felony conviction under a code the table lists only as a misdemeanor (a felony form with
  priors, e.g. felony DUI) is needs_review: the table does not say whether that felony form
  is a wobbler;
- whether some counties want a 17(b)-only request on a local form instead of CR-180.
"""

from __future__ import annotations

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Level, PrisonSentence, Remedy
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.felony_sentence import first_degree_burglary, is_burglary
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.PC17B
TITLE = "Reduction of a wobbler felony to a misdemeanor"

SUBDIVISION_B = Citation("PC", "17", "(b)")
SUBDIVISION_B_1 = Citation("PC", "17", "(b)(1)")
SUBDIVISION_B_3 = Citation("PC", "17", "(b)(3)")
SUBDIVISION_E = Citation("PC", "17", "(e)")
RESIDENTIAL_BURGLARY = Citation("PC", "460", "(a)")
STRIKE_STATUS = Citation("PC", "667", "(d)(1)")
# Cases, written as the exchange format allows ("People v. Page (2017) 3 Cal.5th 1175").
WOOD = Citation("People v. Wood (1998)", "62 Cal.App.4th 1262")
KENNEDY = Citation("People v. Kennedy (2011)", "194 Cal.App.4th 1484")

WOBBLER = "wobbler"

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        SUBDIVISION_B,
        "The offense is a wobbler (punishable either by state prison or 1170(h) county jail, "
        "or by county jail up to one year or a fine), as the law stood on the offense date; "
        "first-degree (residential) burglary is a straight felony.",
    ),
    Condition(
        SUBDIVISION_B,
        "The conviction is a felony and has not already been reduced (current_level, "
        "relief_granted).",
    ),
    Condition(
        SUBDIVISION_B_3,
        "Probation was granted; reduction may be asked during or after probation.",
    ),
    Condition(
        WOOD,
        "No state-prison or 1170(h) term was imposed: not as the sentence, not on revocation of "
        "probation, and not imposed with execution suspended (needs_review when the record "
        "shows a prison term with probation but not whether it was imposed).",
    ),
    Condition(
        SUBDIVISION_E,
        "Reduction does not end mandatory PC 290 registration; a reason says so when the "
        "offense is registrable.",
    ),
    Condition(
        STRIKE_STATUS,
        "Whether a serious or violent wobbler still counts as a strike after reduction is for "
        "an attorney; a reason says so.",
    ),
)


def considered(ctx: ConvictionContext) -> bool:
    """Emitted for every conviction that was a felony as convicted (exchange-format §3 item 3)."""
    return ctx.conviction.level is Level.FELONY


def decide(ctx: ConvictionContext) -> Decision:
    """Whether the court may declare this felony a misdemeanor under PC 17(b)(3)."""
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        conviction_id=ctx.conviction.id,
        discretionary=True,  # (b)(3): "the court declares"
        forms=("CR-180", "CR-181"),
    )
    if ctx.conviction.level is not Level.FELONY:
        return f.not_eligible("rules.pc17b.not_felony", SUBDIVISION_B)

    # (b): "a crime ... punishable, in the discretion of the court, either by ... or by ...".
    barred = _wobbler(f, ctx)
    if barred is not None:
        return barred

    # (b): a felony not yet reduced.
    if ctx.already_reduced or ctx.already_granted(REMEDY):
        return f.not_eligible("rules.pc17b.already_reduced", SUBDIVISION_B)

    # (b)(3): "when the court grants probation"; Wood: and no prison or 1170(h) term imposed.
    barred = _probation_without_prison_term(f, ctx)
    if barred is not None:
        return barred

    # (e) and PC 667(d)(1): what reduction does not change.
    if ctx.flag("registrable_290") == "yes":
        f.met("rules.pc17b.registration_continues", SUBDIVISION_E)
    if _may_be_a_strike(ctx):
        f.met("rules.pc17b.strike_after_reduction", STRIKE_STATUS)
    f.met("rules.pc17b.judge_decides", SUBDIVISION_B_3)
    return f.decide()


def _wobbler(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """The offense class on the offense date; burglary by its degree (PC 460)."""
    if ctx.row is None:
        f.missing("code", "rules.common.unknown_code", SUBDIVISION_B, code=ctx.conviction.code)
        return None
    offense_class = ctx.row.offense_class
    if offense_class == "felony":
        return f.not_eligible("rules.pc17b.not_wobbler", SUBDIVISION_B, code=ctx.conviction.code)
    if offense_class != WOBBLER:
        # A felony under a code the table lists as a misdemeanor (or lower): a felony form with
        # priors the table does not describe.
        f.review("rules.pc17b.felony_form_unclear", SUBDIVISION_B, code=ctx.conviction.code)
        return None
    if is_burglary(ctx):
        first_degree = first_degree_burglary(ctx)
        if first_degree is None:
            f.missing("offense_facts.residential", "rules.pc17b.fact_residential", SUBDIVISION_B)
            return None
        if first_degree:
            return f.not_eligible("rules.pc17b.first_degree_burglary", RESIDENTIAL_BURGLARY)
    f.met("rules.pc17b.wobbler", SUBDIVISION_B)
    return None


def _probation_without_prison_term(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """(b)(3) needs a grant of probation; a prison or 1170(h) term imposed ends it (Wood)."""
    sentence = ctx.conviction.sentence
    term = sentence.prison
    if not sentence.probation_granted:
        if term is not PrisonSentence.NONE:
            return f.not_eligible("rules.pc17b.custody_term", WOOD)
        # A felony judgment without probation and without a prison or 1170(h) term would have
        # made the offense a misdemeanor by itself under (b)(1): the record is for an attorney.
        f.review("rules.pc17b.no_probation_no_term", SUBDIVISION_B_1)
        return None
    if sentence.probation_revoked:
        if term is not PrisonSentence.NONE:
            return f.not_eligible("rules.pc17b.revoked_with_term", WOOD)
        f.missing("sentence.prison", "rules.pc17b.revoked_term_unknown", WOOD)
        return None
    if sentence.execution_suspended:
        return f.not_eligible("rules.pc17b.execution_suspended", WOOD)
    if sentence.execution_suspended is None and term is not PrisonSentence.NONE:
        f.missing("sentence.execution_suspended", "rules.pc17b.execution_suspended_unknown", WOOD)
        return None
    f.met("rules.pc17b.probation_granted", SUBDIVISION_B_3)
    return None


def _may_be_a_strike(ctx: ConvictionContext) -> bool:
    """The table does not say plainly that the offense is neither serious nor violent.
    A second-degree burglary is neither (PC 1192.7(c)(18) and 667.5(c)(21) name residences)."""
    if ctx.row is None:
        return False
    if is_burglary(ctx) and first_degree_burglary(ctx) is False:
        return False
    return ctx.row.serious_1192_7c != "no" or ctx.row.violent_667_5c != "no"
