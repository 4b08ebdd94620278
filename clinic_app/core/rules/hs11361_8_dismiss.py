"""Proposition 64 dismissal and sealing of a conviction for conduct now legal: Cal. Health &
Safety Code § 11361.8.

Operative text (Prop 64, the Control, Regulate and Tax Adult Use of Marijuana Act "AUMA",
effective 2016-11-09), as the domain brief gives it (statute copy of (a)-(c); (e)-(h) as
remedies.md §1 states them), checked 2026-11-25 against shared/domain/remedies.md §1, §13 and
exchange-format.md §3, §5:

(a) A person currently serving a sentence for a conviction, whether by trial or by open or
    negotiated plea, who would not have been guilty of an offense, or who would have been guilty
    of a lesser offense under the [AUMA] had that act been in effect at the time of the offense
    may petition for a recall or dismissal of sentence ... in accordance with Sections 11357,
    11358, 11359, 11360, 11362.1, 11362.2, 11362.3, and 11362.4 as those sections have been
    amended or added by that act.
(b) Upon receiving a petition under subdivision (a), the court shall presume the petitioner
    satisfies the criteria in subdivision (a) unless the party opposing the petition proves by
    clear and convincing evidence that the petitioner does not satisfy the criteria. If the
    petitioner satisfies the criteria ..., the court shall grant the petition ... unless the
    court determines that granting the petition would pose an unreasonable risk of danger to
    public safety (as defined in PC 1170.18(c); People v. Saelee (2018) 28 Cal.App.5th 744).
(e) A person who has completed his or her sentence for a conviction under Sections 11357,
    11358, 11359, and 11360, whether by trial or open or negotiated plea, who would not have
    been guilty of an offense ... under the [AUMA] had that act been in effect at the time of
    the offense, may file an application ... to have the conviction dismissed and sealed
    because the prior conviction is now legally invalid ...
(f) The court shall presume the petitioner satisfies the criteria in subdivision (e) unless
    the party opposing the application proves by clear and convincing evidence that the
    petitioner does not satisfy the criteria. Once the applicant satisfies the criteria ...,
    the court shall ... dismiss and seal the conviction as legally invalid ...
HS 11362.1(a): lawful for persons 21 years of age or older: (1) not more than 28.5 grams of
    cannabis (possess, transport, purchase, obtain, or give away to persons 21 or older without
    any compensation); (2) not more than eight grams of concentrated cannabis; (3) not more than
    six living plants and the produce of those plants (subject to HS 11362.2).
HS 11361.9 (AB 1793, 2018; AB 1706, 2022): DOJ identified potentially eligible convictions and
    the courts dismissed or redesignated unchallenged ones without a petition.

The route is chosen per conviction: this conviction's sentence (with probation and supervision)
still being served is the petition of (a)-(b), where the judge may refuse for public safety
(`discretionary`); a completed sentence is the application of (e)-(f), where the court "shall"
dismiss. Facts that would defeat eligibility (sale, the HS 11362.2 home-growing conditions,
school grounds, priors) are presumed absent when the record does not state them; only age and
amount are asked (remedies.md §1). The classification is shared with the redesignation
(`rules/cannabis.py`).

Unverified (remedies.md §1; README open question 3), and how the module treats each point:
- whether a prior super strike or 290(c) conviction bars dismissal of conduct now fully legal:
  no source applies a priors bar to (e), so none is applied;
- whether HS 11361.8 has a firearm carve-out like PC 1170.18(k): not modelled (attorney);
- AB 1706's exact dates for finishing the automatic review: the reason only says the relief may
  already be on the record;
- a conviction for possession in a prison or jail (People v. Raybon (2021) 11 Cal.5th 1056) is
  charged under PC 4573.6 etc., not under a listed section, and is not emitted;
- a plea to PC 32, HS 11364 or HS 11366 in a case with a cannabis count ("possible plea
  bargain", Code for America autoclearance) is practice, not statute: `needs_review`, never
  automatic;
- a record that shows more than 28.5 g for a conviction under old HS 11357(b) or 11360(b)
  (whose element is 28.5 g or less), and cannabis that was the produce of the person's own
  plants at home (old HS 11357(c)): `needs_review`.
"""

from __future__ import annotations

from clinic_app.core.decision import Decision
from clinic_app.core.model import Remedy
from clinic_app.core.rules import cannabis
from clinic_app.core.rules.cannabis import NewLaw, Verdict
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.HS11361_8_DISMISS
TITLE = "Proposition 64 dismissal and sealing (conduct now legal)"

SUBDIVISION_A = cannabis.SUBDIVISION_A
SUBDIVISION_B = cannabis.SUBDIVISION_B
SUBDIVISION_E = cannabis.SUBDIVISION_E
SUBDIVISION_F = cannabis.SUBDIVISION_F
LAWFUL = cannabis.LAWFUL
AUTOMATIC_REVIEW = cannabis.AUTOMATIC_REVIEW
FORMS = cannabis.FORMS

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        SUBDIVISION_E,
        "The conviction (by trial or plea) is under HS 11357, 11358, 11359 or 11360. HS 11361 "
        "(minors) is not covered (not_eligible). PC 32, HS 11364 or HS 11366 in a case with a "
        "cannabis count, or with a cannabis code among charged_codes, is a possible plea "
        "bargain: needs_review, not automatic.",
    ),
    Condition(
        SUBDIVISION_A,
        "The offense was committed before 2016-11-09; later offenses were judged under AUMA "
        "already (not_eligible).",
    ),
    Condition(
        LAWFUL,
        "The person was 21 or older at the offense (date of birth, or age_at_offense); under 21 "
        "the conduct is still an infraction. Unknown age: asked only if it changes the answer.",
    ),
    Condition(
        cannabis.LAWFUL_CANNABIS,
        "Possession, transport or giving away of not more than 28.5 g without compensation "
        "(old HS 11357(b), 11360(a)-(b); quantity_grams for HS 11360(a)). Possession for sale "
        "(HS 11359), sale, school grounds and more than 28.5 g are not lawful; more than 28.5 g "
        "that was the produce of the person's own plants at home is needs_review.",
    ),
    Condition(
        cannabis.LAWFUL_CONCENTRATE,
        "Concentrated cannabis (old HS 11357(a)): not more than 8 g "
        "(offense_facts.concentrated_grams, asked when unknown).",
    ),
    Condition(
        cannabis.LAWFUL_PLANTS,
        "Cultivation (HS 11358): not more than six plants (plants, asked when unknown).",
    ),
    Condition(
        SUBDIVISION_B,
        "This conviction's sentence (with probation or supervision) is still being served: "
        "petition; the judge may refuse for an unreasonable risk to public safety "
        "(discretionary). Completion unknown is treated the same way, with a reason.",
    ),
    Condition(
        SUBDIVISION_F,
        "This conviction's sentence is completed: application; the court shall presume "
        "eligibility unless the prosecutor proves otherwise by clear and convincing evidence, "
        "and shall dismiss and seal. Aggravating facts the record does not state are presumed "
        "absent, never asked.",
    ),
    Condition(
        AUTOMATIC_REVIEW,
        "Automatic review: the conviction may already be dismissed (check the RAP sheet); "
        "relief_granted showing this remedy is not_eligible (already granted).",
    ),
)


def considered(ctx: ConvictionContext) -> bool:
    """The cannabis family and possible plea bargains (exchange-format §3 item 1)."""
    return cannabis.considered(ctx)


def decide(ctx: ConvictionContext) -> Decision:
    """Prop 64 dismissal and sealing for this conviction, as of `ctx.as_of`."""
    route = cannabis.route(ctx)
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        conviction_id=ctx.conviction.id,
        discretionary=route.discretionary,
        automatic=cannabis.reviewed_automatically(ctx),
        forms=FORMS,
    )
    if ctx.already_granted(REMEDY):
        return f.not_eligible("rules.hs11361_8_dismiss.already_granted", route.citation)

    return cannabis.walk_section_11361_8(f, ctx, route, _now_lawful)


def _now_lawful(f: Finding, ctx: ConvictionContext, route: cannabis.Route) -> Decision | None:
    """(a), (e): the person "would not have been guilty of an offense" under HS 11362.1."""
    assessment = cannabis.assess(ctx)
    if assessment is None:
        f.missing("code", "rules.common.unknown_code", SUBDIVISION_E, code=ctx.conviction.code)
        return None
    cannabis.state_facts(f, ctx)
    outcome = cannabis.settle(assessment, lawful)
    if outcome.verdict is Verdict.NO:
        cannabis.explain(f, outcome, aggravation=False)
        return f.not_eligible("rules.hs11361_8_dismiss.not_lawful", route.citation)
    if outcome.verdict is None:
        cannabis.ask(f, outcome)
    else:
        cannabis.explain(f, outcome)
        if outcome.verdict is Verdict.YES:
            f.met("rules.hs11361_8_dismiss.lawful", route.citation)
    cannabis.presume(f, outcome, route)
    return None


def lawful(law: NewLaw) -> Verdict:
    """Dismissal needs conduct AUMA makes lawful (HS 11362.1)."""
    if law.level is not None:
        return Verdict.NO
    return Verdict.REVIEW if law.doubt is cannabis.Doubt.LAWFUL else Verdict.YES
