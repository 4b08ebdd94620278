"""Proposition 47 resentencing or redesignation to a misdemeanor: Cal. Penal Code § 1170.18.

Operative text as the domain brief quotes it (Prop 47, the Safe Neighborhoods and Schools Act,
effective 2014-11-05; lexace copy of (a)-(c)), checked 2026-11-25 against
shared/domain/remedies.md §9 and exchange-format.md §3:

(a) A person who was serving a sentence for a conviction, whether by trial or plea, of a felony
    or felonies who would have been guilty of a misdemeanor under this act had this act been in
    effect at the time of the offense may petition for a recall of sentence ... to request
    resentencing in accordance with Sections 11350, 11357, or 11377 of the Health and Safety
    Code, or Section 459.5, 473, 476a, 490.2, 496, or 666 of the Penal Code, as those sections
    have been amended or added by this act.
(b) ... the petitioner's felony sentence shall be recalled and the petitioner resentenced to a
    misdemeanor ... unless the court, in its discretion, determines that resentencing the
    petitioner would pose an unreasonable risk of danger to public safety.
(c) "Unreasonable risk of danger to public safety" means an unreasonable risk that the
    petitioner will commit a new violent felony within clause (iv) of PC 667(e)(2)(C).
(f) A person who has completed his or her sentence for a conviction ... of a felony or felonies
    who would have been guilty of a misdemeanor under this act had this act been in effect at
    the time of the offense, may file an application ... to have the felony conviction or
    convictions designated as misdemeanors.
(g) If the application satisfies the criteria in subdivision (f), the court shall designate the
    felony offense or offenses as a misdemeanor.
(i) The provisions of this section shall not apply to persons who have one or more prior
    convictions for an offense specified in clause (iv) of subparagraph (C) of paragraph (2) of
    subdivision (e) of Section 667 or for an offense requiring registration pursuant to
    subdivision (c) of Section 290.
(j) Any petition or application under this section shall be filed on or before November 4,
    2022 (as extended by AB 2765 (2016)), or at a later date upon a showing of good cause.
(k) A felony conviction that is recalled and resentenced or designated as a misdemeanor shall be
    considered a misdemeanor for all purposes, except that it shall not permit that person to
    own, possess, or have in his or her custody or control any firearm.

The target sections' own conditions (PC 459.5(a), 473(b), 476a(b), 490.2(a), 496(a), 666(b);
People v. Page (2017) 3 Cal.5th 1175 for VC 10851; People v. Romanowski (2017) 2 Cal.5th 903 for
PC 484e(d)) are checked per conviction with the facts the record gives (remedies.md §9 table).
The route is chosen per conviction: this conviction's sentence still being served is the
petition of (a)-(b) (the judge may refuse on public-safety grounds), a completed sentence is the
application of (f)-(g) ("shall").

Unverified (remedies.md §9; README open question 4), and how the module treats each point:
- whether "prior" in (i) means before the Prop 47 offense or before the petition: the input has
  one boolean per bar, so any super-strike or 290(c) conviction bars;
- how liberally courts find good cause after 2022-11-04: never decided here, the decision is
  `discretionary` with the reason;
- People v. Jimenez (PC 530.5) and People v. Orozco (PC 496d): holding details unverified;
  both sections are outside the table's Prop 47 rows and are answered not_eligible;
- whether a PC 473(b) "identity theft" conviction in a different case bars forgery relief:
  `needs_review`;
- the forged instrument must be a check, bond, bank bill, note, cashier's check, traveler's
  check or money order (PC 473(b)); the input has no field for it, so the reason says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Conviction, Level, Remedy
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.PC1170_18
TITLE = "Proposition 47 resentencing or redesignation to a misdemeanor"

SUBDIVISION_A = Citation("PC", "1170.18", "(a)")
SUBDIVISION_B = Citation("PC", "1170.18", "(b)")
SUBDIVISION_F = Citation("PC", "1170.18", "(f)")
SUBDIVISION_G = Citation("PC", "1170.18", "(g)")
SUBDIVISION_I = Citation("PC", "1170.18", "(i)")
SUBDIVISION_J = Citation("PC", "1170.18", "(j)")
SUBDIVISION_K = Citation("PC", "1170.18", "(k)")
SHOPLIFTING = Citation("PC", "459.5", "(a)")
FORGERY = Citation("PC", "473", "(b)")
INSUFFICIENT_FUNDS_CHECK = Citation("PC", "476a", "(b)")
PETTY_THEFT = Citation("PC", "490.2", "(a)")
RECEIVING_STOLEN_PROPERTY = Citation("PC", "496", "(a)")
PETTY_THEFT_WITH_PRIOR = Citation("PC", "666", "(b)")
# Cases, written as the exchange format allows ("People v. Page (2017) 3 Cal.5th 1175").
PAGE = Citation("People v. Page (2017)", "3 Cal.5th 1175")
ROMANOWSKI = Citation("People v. Romanowski (2017)", "2 Cal.5th 903")
JIMENEZ = Citation("People v. Jimenez (2020)", "9 Cal.5th 53")
OROZCO = Citation("People v. Orozco (2020)", "9 Cal.5th 111")

# (a), (f): "had this act been in effect at the time of the offense" — Prop 47 took effect
# 2014-11-05; later offenses were already sentenced under it.
PROP_47_EFFECTIVE = date(2014, 11, 5)
# PC 459.5(a), 473(b), 476a(b), 490.2(a), 496(a): "does not exceed nine hundred fifty dollars".
VALUE_LIMIT_USD = 950
# (j): filings after 2022-11-04 need good cause (AB 2765 (2016) extended the original 2017 date).
FILING_DEADLINE = date(2022, 11, 4)
LOCAL_FORM = "local Prop 47 form"  # no Judicial Council form (remedies.md §9)

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        SUBDIVISION_A,
        "The conviction was a felony (as convicted) and has not already been reduced "
        "(current_level, relief_granted).",
    ),
    Condition(
        SUBDIVISION_A,
        "The offense is one Prop 47 made a misdemeanor (offenses.csv prop47 = yes: HS 11350, "
        "11357, 11377; PC 459, 470/476, 476a, 484e(d), 487, 496, 503, 666; VC 10851); identity "
        "theft (PC 530.5), receiving a stolen vehicle (PC 496d), sale offenses and the Prop 36 "
        "felonies (PC 666.1, HS 11395) are not.",
    ),
    Condition(
        SUBDIVISION_A,
        "The offense was committed before 2014-11-05; later offenses were sentenced under "
        "Prop 47 already.",
    ),
    Condition(
        SHOPLIFTING,
        "Commercial burglary (PC 459): entry into a commercial establishment open during "
        "regular business hours, with intent to commit larceny, value at most $950; a "
        "residential burglary is not covered.",
    ),
    Condition(
        FORGERY,
        "Forgery (PC 470, 476): value at most $950, and the person was not also convicted of "
        "identity theft (PC 530.5); a conviction in another case is needs_review.",
    ),
    Condition(INSUFFICIENT_FUNDS_CHECK, "Insufficient-funds check (PC 476a): at most $950."),
    Condition(
        PETTY_THEFT,
        "Grand theft, access-card theft and embezzlement (PC 487, 484e(d), 503): value at most "
        "$950 and not a firearm.",
    ),
    Condition(
        PAGE,
        "Vehicle taking (VC 10851): only a theft-based taking, value at most $950.",
    ),
    Condition(RECEIVING_STOLEN_PROPERTY, "Receiving stolen property (PC 496): at most $950."),
    Condition(
        PETTY_THEFT_WITH_PRIOR,
        "Petty theft with a prior (PC 666): the person is not required to register under "
        "PC 290 and has no prior conviction under PC 368(d) or (e) in the record.",
    ),
    Condition(
        SUBDIVISION_B,
        "This conviction's sentence (including probation or supervision) is still being "
        "served: petition for recall and resentencing; the judge may refuse for an "
        "unreasonable risk to public safety (discretionary).",
    ),
    Condition(
        SUBDIVISION_G,
        "This conviction's sentence is completed: application; the court shall designate the "
        "felony a misdemeanor.",
    ),
    Condition(
        SUBDIVISION_I,
        "No prior conviction for a super strike (PC 667(e)(2)(C)(iv)) or for a PC 290(c) "
        "offense (even if registration has ended).",
    ),
    Condition(
        SUBDIVISION_J,
        "Filed on or before 2022-11-04, or later with good cause; after that date an "
        "eligible decision is discretionary.",
    ),
)


def considered(ctx: ConvictionContext) -> bool:
    """A Prop 47 offense, or any felony (exchange-format §3 item 2)."""
    return ctx.flag("prop47") == "yes" or ctx.conviction.level is Level.FELONY


def decide(ctx: ConvictionContext) -> Decision:
    """Prop 47 relief for this conviction, as of `ctx.as_of`."""
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        conviction_id=ctx.conviction.id,
        discretionary=False,  # (g): "shall designate"; set below when a route is discretionary
        automatic=False,
        forms=(LOCAL_FORM,),
    )
    # (a), (f): "a conviction ... of a felony".
    if ctx.conviction.level is not Level.FELONY:
        return f.not_eligible("rules.pc1170_18.not_a_felony", SUBDIVISION_A)
    if ctx.already_reduced or ctx.already_granted(REMEDY):
        return f.not_eligible("rules.pc1170_18.already_reduced", SUBDIVISION_A)

    # (a): an offense Prop 47 made a misdemeanor ...
    if ctx.row is None:
        f.missing("code", "rules.common.unknown_code", SUBDIVISION_A, code=ctx.conviction.code)
    elif ctx.row.prop47 != "yes":
        return _not_covered(f, ctx)
    # ... "had this act been in effect at the time of the offense".
    if ctx.conviction.offense_date >= PROP_47_EFFECTIVE:
        return f.not_eligible(
            "rules.pc1170_18.sentenced_under_prop47", SUBDIVISION_A, date=PROP_47_EFFECTIVE
        )
    if ctx.row is not None:
        target = TARGETS.get(_section(ctx.offense.matched_code), _target_unknown)
        barred = target(f, ctx)
        if barred is not None:
            return barred

    # (i): prior super strike or 290(c) conviction.
    if ctx.person.prior_super_strike:
        return f.not_eligible("rules.pc1170_18.prior_super_strike", SUBDIVISION_I)
    if ctx.person.has_prior_290c_conviction:
        return f.not_eligible("rules.pc1170_18.prior_290c", SUBDIVISION_I)

    # (a)-(b) or (f)-(g): the route follows this conviction's own sentence.
    if ctx.sentence_complete:
        f.met("rules.pc1170_18.completed_application", SUBDIVISION_G)
    else:
        f.discretionary = True  # (b): "unless the court, in its discretion, determines ..."
        f.met("rules.pc1170_18.serving_petition", SUBDIVISION_B)
        if ctx.completion_date is None:
            f.met("rules.pc1170_18.completion_unknown", SUBDIVISION_F)

    # (j): the filing deadline; good cause is the judge's call once it has passed.
    if ctx.as_of > FILING_DEADLINE:
        f.discretionary = True
        f.met("rules.pc1170_18.good_cause", SUBDIVISION_J, date=FILING_DEADLINE)
    else:
        f.met("rules.pc1170_18.file_by_deadline", SUBDIVISION_J, date=FILING_DEADLINE)
    # (k): a misdemeanor for all purposes, except firearms.
    f.met("rules.pc1170_18.firearms_not_restored", SUBDIVISION_K)
    return f.decide()


def _section(code: str) -> str:
    """`PC 487(c)` -> `PC 487`: the section a target condition belongs to."""
    return code.split("(", 1)[0]


# --- offenses Prop 47 did not reach ----------------------------------------------------------

# Sections whose exclusion has its own explanation; everything else gets the general reason.
NOT_COVERED: dict[str, tuple[str, Citation]] = {
    "PC 530.5": ("rules.pc1170_18.identity_theft_not_covered", JIMENEZ),
    "PC 496d": ("rules.pc1170_18.stolen_vehicle_not_covered", OROZCO),
    "HS 11351": ("rules.pc1170_18.sale_not_covered", SUBDIVISION_A),
    "HS 11352": ("rules.pc1170_18.sale_not_covered", SUBDIVISION_A),
    "HS 11378": ("rules.pc1170_18.sale_not_covered", SUBDIVISION_A),
    "HS 11379": ("rules.pc1170_18.sale_not_covered", SUBDIVISION_A),
    "PC 666.1": ("rules.pc1170_18.prop36_not_covered", Citation("PC", "666.1")),
    "HS 11395": ("rules.pc1170_18.prop36_not_covered", Citation("HS", "11395")),
}


def _not_covered(f: Finding, ctx: ConvictionContext) -> Decision:
    key, citation = NOT_COVERED.get(
        _section(ctx.offense.matched_code), ("rules.pc1170_18.not_covered", SUBDIVISION_A)
    )
    return f.not_eligible(key, citation, code=ctx.conviction.code)


# --- the target sections' conditions (remedies.md §9 table) ----------------------------------

Target = Callable[[Finding, ConvictionContext], Decision | None]


def _drug_possession(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """HS 11350, 11357 (old (a)), 11377: simple possession, now a misdemeanor."""
    f.met("rules.pc1170_18.drug_possession", SUBDIVISION_A)
    return None


def _shoplifting(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """PC 459 -> PC 459.5(a): entering a commercial establishment with intent to commit
    larceny while it is open during regular business hours, value at most $950."""
    if ctx.fact("residential"):
        return f.not_eligible("rules.pc1170_18.residential_burglary", SHOPLIFTING)
    open_hours = ctx.fact("commercial_open_business_hours")
    if open_hours is False:
        return f.not_eligible("rules.pc1170_18.not_open_business", SHOPLIFTING)
    larceny = ctx.fact("intent_larceny")
    if larceny is False:
        return f.not_eligible("rules.pc1170_18.no_larceny_intent", SHOPLIFTING)
    barred = _value_within_limit(f, ctx, SHOPLIFTING)
    if barred is not None:
        return barred
    if open_hours is None:
        f.missing(
            "offense_facts.commercial_open_business_hours",
            "rules.pc1170_18.open_business_unknown",
            SHOPLIFTING,
        )
    if larceny is None:
        f.missing("offense_facts.intent_larceny", "rules.pc1170_18.larceny_unknown", SHOPLIFTING)
    if open_hours and larceny:
        f.met("rules.pc1170_18.shoplifting", SHOPLIFTING)
    return None


def _forgery(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """PC 470, 476 -> PC 473(b): at most $950, not with an identity-theft conviction."""
    concurrent = ctx.fact("concurrent_530_5")
    identity_theft = [c for c in ctx.other_convictions() if _section(c.code) == "PC 530.5"]
    same_case = [c for c in identity_theft if c.case_number == ctx.conviction.case_number]
    if concurrent or (concurrent is None and same_case):
        return f.not_eligible("rules.pc1170_18.forgery_with_identity_theft", FORGERY)
    barred = _value_within_limit(f, ctx, FORGERY)
    if barred is not None:
        return barred
    if concurrent is None and identity_theft:
        # LEGAL QUESTION: does "convicted both of forgery and of identity theft" (PC 473(b))
        # reach an identity-theft conviction in a different case?
        f.review("rules.pc1170_18.identity_theft_other_case", FORGERY)
    elif concurrent is None:
        f.met("rules.pc1170_18.no_identity_theft", FORGERY)
    f.met("rules.pc1170_18.forgery_instrument", FORGERY)
    return None


def _insufficient_funds_check(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """PC 476a -> PC 476a(b): the checks total at most $950."""
    return _value_within_limit(f, ctx, INSUFFICIENT_FUNDS_CHECK)


def _petty_theft(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """PC 487, 484e(d), 503 -> PC 490.2(a): at most $950, "other than a firearm"."""
    if ctx.fact("firearm"):
        return f.not_eligible("rules.pc1170_18.firearm_theft", PETTY_THEFT)
    barred = _value_within_limit(f, ctx, PETTY_THEFT)
    if barred is not None:
        return barred
    if _section(ctx.offense.matched_code) == "PC 484e":
        f.met("rules.pc1170_18.access_card_theft", ROMANOWSKI)
    return None


def _vehicle_taking(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """VC 10851 -> PC 490.2(a): only a theft-based taking of a vehicle worth at most $950
    (People v. Page); taking without intent to steal, or later driving, is not covered."""
    theft_based = ctx.fact("theft_based_10851")
    if theft_based is False:
        return f.not_eligible("rules.pc1170_18.vehicle_not_theft", PAGE)
    barred = _value_within_limit(f, ctx, PETTY_THEFT)
    if barred is not None:
        return barred
    if theft_based is None:
        f.missing("offense_facts.theft_based_10851", "rules.pc1170_18.vehicle_theft_unknown", PAGE)
    else:
        f.met("rules.pc1170_18.vehicle_theft", PAGE)
    return None


def _receiving_stolen_property(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """PC 496(a): at most $950 is a misdemeanor."""
    return _value_within_limit(f, ctx, RECEIVING_STOLEN_PROPERTY)


def _petty_theft_with_prior(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """PC 666(b) as Prop 47 left it: the felony remains only for a person required to register
    under PC 290, with a super-strike prior (checked under (i)), or with a prior PC 368(d)/(e)
    conviction."""
    if ctx.person.registered_290:
        return f.not_eligible(
            "rules.pc1170_18.petty_theft_prior_registrant", PETTY_THEFT_WITH_PRIOR
        )
    earlier = [
        c for c in ctx.other_convictions() if c.conviction_date < ctx.conviction.offense_date
    ]
    if any(_is_elder_theft(c) for c in earlier):
        return f.not_eligible("rules.pc1170_18.petty_theft_prior_elder", PETTY_THEFT_WITH_PRIOR)
    if any(c.code == "PC 368" for c in earlier):
        # The record names PC 368 without its subdivision: only (d) and (e) keep the felony.
        f.review("rules.pc1170_18.elder_abuse_subdivision_unknown", PETTY_THEFT_WITH_PRIOR)
    f.met("rules.pc1170_18.petty_theft_with_prior", PETTY_THEFT_WITH_PRIOR)
    return None


def _is_elder_theft(conviction: Conviction) -> bool:
    """PC 368(d) or (e): theft or embezzlement from an elder or dependent adult."""
    return conviction.code.startswith(("PC 368(d)", "PC 368(e)"))


def _target_unknown(f: Finding, ctx: ConvictionContext) -> Decision | None:
    # LEGAL QUESTION: the table marks this code as a Prop 47 offense but the module knows no
    # target condition for it (a new row?): an attorney maps it by hand.
    f.review("rules.pc1170_18.target_unknown", SUBDIVISION_A, code=ctx.conviction.code)
    return None


def _value_within_limit(f: Finding, ctx: ConvictionContext, citation: Citation) -> Decision | None:
    """The $950 line of the target section; an unknown value is asked, never guessed."""
    value = ctx.conviction.value_usd
    limit = _dollars(VALUE_LIMIT_USD)
    if value is None:
        f.missing("value_usd", "rules.pc1170_18.value_unknown", citation, limit=limit)
        return None
    if value > VALUE_LIMIT_USD:
        return f.not_eligible(
            "rules.pc1170_18.value_over_limit", citation, value=_dollars(value), limit=limit
        )
    f.met("rules.pc1170_18.value_within_limit", citation, value=_dollars(value), limit=limit)
    return None


def _dollars(amount: float) -> str:
    return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"


TARGETS: dict[str, Target] = {
    "HS 11350": _drug_possession,
    "HS 11357": _drug_possession,
    "HS 11377": _drug_possession,
    "PC 459": _shoplifting,
    "PC 470": _forgery,
    "PC 471": _forgery,
    "PC 472": _forgery,
    "PC 475": _forgery,
    "PC 476": _forgery,
    "PC 476a": _insufficient_funds_check,
    "PC 484e": _petty_theft,
    "PC 487": _petty_theft,
    "PC 489": _petty_theft,
    "PC 503": _petty_theft,
    "VC 10851": _vehicle_taking,
    "PC 496": _receiving_stolen_property,
    "PC 666": _petty_theft_with_prior,
}
