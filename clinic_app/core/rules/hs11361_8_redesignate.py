"""Proposition 64 redesignation (felony to misdemeanor, misdemeanor to infraction): Cal. Health
& Safety Code § 11361.8.

Operative text (Prop 64, AUMA, effective 2016-11-09), as the domain brief gives it (statute copy
of (a)-(c); (e)-(h) as remedies.md §2 states them), checked 2026-11-25 against
shared/domain/remedies.md §1-§2, §13 and exchange-format.md §3, §5:

(a) A person currently serving a sentence for a conviction, whether by trial or by open or
    negotiated plea, who would not have been guilty of an offense, or who would have been guilty
    of a lesser offense under the [AUMA] had that act been in effect at the time of the offense
    may petition for a recall or dismissal of sentence ... to request resentencing or dismissal
    in accordance with Sections 11357, 11358, 11359, 11360, 11362.1, 11362.2, 11362.3, and
    11362.4 as those sections have been amended or added by that act.
(b) ... the court shall presume the petitioner satisfies the criteria in subdivision (a) unless
    the party opposing the petition proves by clear and convincing evidence that the petitioner
    does not satisfy the criteria ... the court shall grant the petition to recall the sentence
    ... unless the court determines that granting the petition would pose an unreasonable risk
    of danger to public safety.
(e) A person who has completed his or her sentence for a conviction under Sections 11357,
    11358, 11359, and 11360, whether by trial or open or negotiated plea, who ... would have been
    guilty of a lesser offense under the [AUMA] had that act been in effect at the time of the
    offense, may file an application ... to have the conviction ... redesignated as a
    misdemeanor or infraction ...
(f) The court shall presume the petitioner satisfies the criteria in subdivision (e) unless the
    party opposing the application proves by clear and convincing evidence that the petitioner
    does not satisfy the criteria ... Once the applicant satisfies the criteria ..., the court
    shall redesignate the conviction as a misdemeanor or infraction ...
(h) A felony conviction that is recalled and resentenced under subdivision (b) or designated as
    a misdemeanor or infraction under subdivision (f) shall be considered a misdemeanor or
    infraction for all purposes; a misdemeanor so resentenced or designated as an infraction
    shall be considered an infraction for all purposes.
New penalties (AUMA text): HS 11357(a)-(d), 11358(a)-(c), 11359(a)-(b), 11360(a)(1)-(2), (b);
    the felony is kept by a prior super strike (PC 667(e)(2)(C)(iv)) or PC 290(c) conviction
    (HS 11358(d)(1)-(2), 11359(c)(1), 11360(a)(3)(A)), two or more prior convictions for the
    same conduct (11358(d)(3), 11359(c)(2), 11360(a)(3)(B)), environmental violations
    (11358(d)(4)), hiring or using a person 20 or younger (11359(c)(3)), a person 21 or older
    using a minor under 18 (11359(d)), sale or furnishing to a minor under 18 (11360(a)(3)(C))
    and importing more than 28.5 g or 4 g concentrated (11360(a)(3)(D)).
HS 11361.9 (AB 1793, 2018; AB 1706, 2022): automatic review and redesignation without a
    petition.

A "lesser offense" is read as a lower level than the conviction's current level (after any
earlier reduction). A new offense that stays a wobbler or felony because of an aggravating fact
is not lesser (remedies.md §2; examples.md Ex 6, Ex 8). Conduct that is lawful today is for the
dismissal (`hs11361_8_dismiss`), not a reduction. The route, the presumption and the treatment
of facts the record does not state follow the dismissal (remedies.md §2 "same as §1").

Unverified (remedies.md §2; README open question 3), and how the module treats each point:
- post-AUMA HS 11360(b) (giving away or carrying 28.5 g or less: infraction) comes from a
  secondary copy of the section;
- the numbering of HS 11358(d)(1)-(4) follows remedies.md;
- old HS 11357(d) (school grounds, 18 or older) and new 11357(c) are both misdemeanors, the new
  one usually a fine only: whether that is a "lesser offense" is `needs_review`;
- whether earlier convictions the record lists under the same section are "prior convictions
  under" the new misdemeanor subdivision, when `prior_same_offense_count` is not given:
  `needs_review`;
- whether old HS 11357(e) was already an infraction after 2011: the conviction's level decides;
- that a redesignated conviction can then be dismissed under PC 1203.4a (by analogy to People v.
  Khamvongsa (2017) 8 Cal.App.5th 1239, a Prop 47 case): not stated here;
- a plea to PC 32, HS 11364 or HS 11366 in a cannabis case is `needs_review` (see dismissal);
- old HS 11357(c) (more than 28.5 g) that was the produce of the person's own plants at home:
  remedies.md §2 and examples.md Ex 2 call it `needs_review`; here the dismissal is
  `needs_review` and the redesignation `not_eligible`, because either answer (lawful under
  HS 11362.1(a)(3), or the same misdemeanor under HS 11357(b)(2)) leaves nothing to reduce.
"""

from __future__ import annotations

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Level, Remedy
from clinic_app.core.rules import cannabis
from clinic_app.core.rules.cannabis import Doubt, NewLaw, Outcome, Verdict
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.HS11361_8_REDESIGNATE
TITLE = "Proposition 64 redesignation to a misdemeanor or infraction"

SUBDIVISION_A = cannabis.SUBDIVISION_A
SUBDIVISION_B = cannabis.SUBDIVISION_B
SUBDIVISION_E = cannabis.SUBDIVISION_E
SUBDIVISION_F = cannabis.SUBDIVISION_F
SUBDIVISION_H = cannabis.SUBDIVISION_H
AUTOMATIC_REVIEW = cannabis.AUTOMATIC_REVIEW
FORMS = cannabis.FORMS

# Seriousness of a level, to compare today's offense with the conviction.
RANK = {Level.INFRACTION: 0, Level.MISDEMEANOR: 1, Level.FELONY: 2}

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
        SUBDIVISION_E,
        "Today the same conduct is still an offense, at a lower level than the conviction's "
        "current level: by age at the offense (under 18, 18-20, 21+) and amount (28.5 g, 8 g "
        "concentrated, six plants), per the new HS 11357-11360. Conduct lawful today goes to "
        "dismissal instead; age and amount are asked only if they change the answer.",
    ),
    Condition(
        Citation("HS", "11358", "(d)"),
        "Cultivation of more than six plants stays a wobbler with a super-strike or 290(c) "
        "prior, two or more prior convictions, or environmental violations (not_eligible).",
    ),
    Condition(
        Citation("HS", "11359", "(c)"),
        "Possession for sale stays a wobbler with a super-strike or 290(c) prior, two or more "
        "prior convictions, or hiring or using a person 20 or younger; a person 21+ using a minor "
        "under 18 is a felony (HS 11359(d)) (not_eligible).",
    ),
    Condition(
        Citation("HS", "11360", "(a)(3)"),
        "Sale or transport stays a wobbler with a super-strike or 290(c) prior, two or more "
        "prior convictions, sale or furnishing to a minor under 18, or importing more than "
        "28.5 g (4 g concentrated) (not_eligible).",
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
        "and shall redesignate. Aggravating facts and priors the record does not state are "
        "presumed absent, never asked.",
    ),
    Condition(
        SUBDIVISION_H,
        "The redesignated conviction is a misdemeanor or infraction for all purposes.",
    ),
    Condition(
        AUTOMATIC_REVIEW,
        "Automatic review: the conviction may already be reduced (check the RAP sheet); "
        "relief_granted showing this remedy (or the Prop 64 dismissal) is not_eligible.",
    ),
)


def considered(ctx: ConvictionContext) -> bool:
    """The cannabis family and possible plea bargains (exchange-format §3 item 1)."""
    return cannabis.considered(ctx)


def decide(ctx: ConvictionContext) -> Decision:
    """Prop 64 redesignation for this conviction, as of `ctx.as_of`."""
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
        return f.not_eligible("rules.hs11361_8_redesignate.already_granted", route.citation)
    if ctx.already_granted(Remedy.HS11361_8_DISMISS):
        return f.not_eligible("rules.hs11361_8_redesignate.already_dismissed", route.citation)

    return cannabis.walk_section_11361_8(f, ctx, route, _lesser_offense)


def _lesser_offense(f: Finding, ctx: ConvictionContext, route: cannabis.Route) -> Decision | None:
    """(a), (e): "would have been guilty of a lesser offense" under new HS 11357-11360."""
    assessment = cannabis.assess(ctx)
    if assessment is None:
        f.missing("code", "rules.common.unknown_code", SUBDIVISION_E, code=ctx.conviction.code)
        return None
    cannabis.state_facts(f, ctx)
    if ctx.already_reduced:
        f.met("rules.hs11361_8_redesignate.already_reduced", route.citation)
    current = ctx.level

    def verdict(law: NewLaw) -> Verdict:
        return lesser(law, current)

    outcome = cannabis.settle(assessment, verdict)
    if outcome.verdict is Verdict.NO:
        cannabis.explain(f, outcome)
        return f.not_eligible(_why_not(outcome), route.citation)
    if outcome.verdict is None:
        cannabis.ask(f, outcome)
    else:
        cannabis.explain(f, outcome)
        if outcome.verdict is Verdict.YES:
            f.met(_target(outcome), route.citation)
            # (h): "for all purposes".
            f.met("rules.hs11361_8_redesignate.all_purposes", SUBDIVISION_H)
    cannabis.presume(f, outcome, route)
    return None


def lesser(law: NewLaw, current: Level) -> Verdict:
    """A lower level than the conviction's current one; a kept felony or wobbler is not."""
    if law.level is None or law.aggravated:
        return Verdict.NO
    if RANK[law.level] < RANK[current]:
        return Verdict.REVIEW if law.doubt is Doubt.AGGRAVATION else Verdict.YES
    if RANK[law.level] == RANK[current] and law.doubt is Doubt.PENALTY:
        return Verdict.REVIEW
    return Verdict.NO


def _why_not(outcome: Outcome) -> str:
    laws = [law for law, _ in outcome.laws]
    if all(law.level is None for law in laws):
        return "rules.hs11361_8_redesignate.now_lawful"
    if all(law.aggravated for law in laws):
        return "rules.hs11361_8_redesignate.still_felony"
    if len(laws) > 1:
        return "rules.hs11361_8_redesignate.no_lower_either_way"
    return "rules.hs11361_8_redesignate.not_lower"


def _target(outcome: Outcome) -> str:
    levels = {law.level for law, answer in outcome.laws if answer is Verdict.YES}
    if levels == {Level.INFRACTION}:
        return "rules.hs11361_8_redesignate.to_infraction"
    if levels == {Level.MISDEMEANOR}:
        return "rules.hs11361_8_redesignate.to_misdemeanor"
    return "rules.hs11361_8_redesignate.to_misdemeanor_or_infraction"
