"""Proposition 64 (AUMA): what a pre-AUMA cannabis conviction would be under today's law.

Shared by `hs11361_8_dismiss` and `hs11361_8_redesignate`, which both ask the question of
HS 11361.8(a) and (e): would the person "not have been guilty of an offense, or ... have been
guilty of a lesser offense under the Control, Regulate and Tax Adult Use of Marijuana Act had
that act been in effect at the time of the offense"? Checked 2026-11-25 against
shared/domain/remedies.md §1-§2 and exchange-format.md §3 and §5.

The answer depends on the conduct the old subdivision punished (the offense table row for the
offense date: AUMA renumbered HS 11357-11360 on 2016-11-09), the person's age at the offense
and the amount (HS 11362.1(a): 21 or older; 28.5 g, 8 g concentrated, six plants), and the
aggravating facts that keep the new offense a felony (HS 11358(d), 11359(c)-(d),
11360(a)(3)). When age or amount is unknown, every possible value is weighed: a fact is asked
only if it changes the answer (exchange-format §5). Aggravating facts the record does not state
are presumed absent, because the court "shall presume" the person qualifies unless the opposing
party proves otherwise by clear and convincing evidence (HS 11361.8(b), (f)).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum, StrEnum
from functools import cache, lru_cache

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Conviction, Level
from clinic_app.core.rules.codes import UnreadableCode, normalise_code
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.dates import day_after
from clinic_app.core.rules.finding import Finding

# --- the statute and the new law ------------------------------------------------------------

SUBDIVISION_A = Citation("HS", "11361.8", "(a)")
SUBDIVISION_B = Citation("HS", "11361.8", "(b)")
SUBDIVISION_E = Citation("HS", "11361.8", "(e)")
SUBDIVISION_F = Citation("HS", "11361.8", "(f)")
SUBDIVISION_H = Citation("HS", "11361.8", "(h)")
AUTOMATIC_REVIEW = Citation("HS", "11361.9")
LAWFUL = Citation("HS", "11362.1", "(a)")
LAWFUL_CANNABIS = Citation("HS", "11362.1", "(a)(1)")
LAWFUL_CONCENTRATE = Citation("HS", "11362.1", "(a)(2)")
LAWFUL_PLANTS = Citation("HS", "11362.1", "(a)(3)")


def _hs(number: str, subdivision: str) -> Citation:
    """A Health and Safety Code pinpoint of the new law: `_hs("11357", "(b)(2)")`."""
    return Citation("HS", number, subdivision)


# Prop 64 took effect the day after the 2016-11-08 election; later offenses were already
# judged under AUMA, so HS 11361.8 ("had that act been in effect") has nothing to do.
AUMA_EFFECTIVE = date(2016, 11, 9)
ADULT_AGE = 21  # HS 11362.1(a): "persons 21 years of age or older"
MINOR_AGE = 18  # HS 11357(a)(1), 11358(a), 11359(a), 11360(a)(1): "under 18 years of age"
CANNABIS_LIMIT_GRAMS = 28.5  # HS 11362.1(a)(1): "not more than 28.5 grams of cannabis"
CONCENTRATE_LIMIT_GRAMS = 8  # HS 11362.1(a)(2): "not more than eight grams"
PLANT_LIMIT = 6  # HS 11362.1(a)(3): "not more than six living plants"
# HS 11358(d)(3), 11359(c)(2), 11360(a)(3)(B): "two or more prior convictions".
PRIOR_SAME_OFFENSE_LIMIT = 2

# HS 11361.8(a), (e): the sections AUMA amended and 11361.8 lists.
COVERED_SECTIONS = frozenset({"HS 11357", "HS 11358", "HS 11359", "HS 11360"})
# HS 11361 (employing or furnishing to a minor) is not listed: emitted to say so (exchange §3).
NOT_COVERED_SECTIONS = frozenset({"HS 11361"})
# Not cannabis offenses, but pleas a cannabis case often ended in (Code for America's
# autoclearance flagged them as a "possible plea bargain"): never decided, never automatic.
PLEA_BARGAIN_SECTIONS = frozenset({"PC 32", "HS 11364", "HS 11366"})

# Input field paths of the facts the law needs (exchange-format §1).
AGE_FACT = "person.date_of_birth"
GRAMS_FACT = "quantity_grams"
CONCENTRATE_FACT = "offense_facts.concentrated_grams"
PLANTS_FACT = "plants"

FORMS = ("CR-400", "CR-401", "CR-403")  # petition/application, proof of service, order


@cache  # a record holds few distinct codes; a county file a few thousand
def section(code: str) -> str:
    """`HS 11360(a)(2)` -> `HS 11360`; codes written loosely are read first."""
    with contextlib.suppress(UnreadableCode):
        code = normalise_code(code)
    return code.split("(", 1)[0]


# --- which convictions HS 11361.8 reaches (exchange-format §3 item 1) -----------------------


class CoverageKind(StrEnum):
    COVERED = "covered"  # HS 11357-11360
    NOT_COVERED = "not_covered"  # HS 11361: answered, to say it is outside Prop 64
    POSSIBLE_PLEA_BARGAIN = "possible_plea_bargain"  # PC 32 / HS 11364 / HS 11366
    UNRELATED = "unrelated"  # not emitted


@dataclass(frozen=True)
class Coverage:
    kind: CoverageKind
    cannabis_code: str = ""  # for a plea bargain: the cannabis code that suggests it
    in_same_case: bool = False  # found as a count of the same case (else a charged code)


_COVERED = Coverage(CoverageKind.COVERED)
_NOT_COVERED = Coverage(CoverageKind.NOT_COVERED)
_UNRELATED = Coverage(CoverageKind.UNRELATED)


def coverage(ctx: ConvictionContext) -> Coverage:
    own = section(ctx.conviction.code)
    if own in COVERED_SECTIONS:
        return _COVERED
    if own in NOT_COVERED_SECTIONS:
        return _NOT_COVERED
    if own in PLEA_BARGAIN_SECTIONS:
        # Case numbers only (not counties): a spelling difference in the county must not
        # hide the flag, and a false flag only costs an attorney's look.
        same_case = [
            other.code
            for other in ctx.other_convictions()
            if other.case_number == ctx.conviction.case_number
            and section(other.code) in COVERED_SECTIONS
        ]
        if same_case:
            return Coverage(CoverageKind.POSSIBLE_PLEA_BARGAIN, same_case[0], in_same_case=True)
        charged = [
            code for code in ctx.conviction.charged_codes if section(code) in COVERED_SECTIONS
        ]
        if charged:
            return Coverage(CoverageKind.POSSIBLE_PLEA_BARGAIN, charged[0])
    return _UNRELATED


def considered(ctx: ConvictionContext) -> bool:
    """Both Prop 64 remedies are answered for the cannabis family and possible plea bargains."""
    return coverage(ctx).kind is not CoverageKind.UNRELATED


def before_auma(ctx: ConvictionContext) -> bool:
    return ctx.conviction.offense_date < AUMA_EFFECTIVE


def reviewed_automatically(ctx: ConvictionContext) -> bool:
    """HS 11361.9 had DOJ review convictions under the covered sections for pre-AUMA offenses;
    a plea to another code was not part of that review."""
    return coverage(ctx).kind is CoverageKind.COVERED and before_auma(ctx)


def flag_plea_bargain(f: Finding, ctx: ConvictionContext, found: Coverage) -> None:
    # LEGAL QUESTION: whether a plea to a non-cannabis code in a cannabis case can be dismissed
    # or redesignated under HS 11361.8(a) ("whether by trial or by open or negotiated plea") is
    # prosecutors' practice, not statute: an attorney looks at the plea.
    key = "rules.cannabis.plea_same_case" if found.in_same_case else "rules.cannabis.plea_charged"
    f.review(key, SUBDIVISION_A, code=ctx.conviction.code, cannabis_code=found.cannabis_code)


# --- the route: this conviction's own sentence (HS 11361.8(a)-(b) or (e)-(f)) --------------


@dataclass(frozen=True)
class Route:
    completed: bool  # this conviction's sentence, probation and supervision are over
    completion_known: bool

    @property
    def discretionary(self) -> bool:
        """(b): while serving, the judge may refuse for an unreasonable risk to public safety."""
        return not self.completed

    @property
    def citation(self) -> Citation:
        """The subdivision the person files under: the application (e) or the petition (a)."""
        return SUBDIVISION_E if self.completed else SUBDIVISION_A

    @property
    def presumption(self) -> Citation:
        return SUBDIVISION_F if self.completed else SUBDIVISION_B


def route(ctx: ConvictionContext) -> Route:
    """Chosen per conviction, not by `currently_serving_sentence` (remedies.md §1): both
    subdivisions speak of "a sentence for a conviction".

    The sentence is completed from the day after it ends (exchange-format §2: periods run
    "after termination"); on its last day the person is still serving it, so the judge's
    public-safety discretion is not ruled out too early.
    """
    finished = ctx.completion_date
    return Route(
        completed=finished is not None and day_after(finished) <= ctx.as_of,
        completion_known=finished is not None,
    )


def record_route(f: Finding, chosen: Route) -> None:
    if chosen.completed:
        f.met("rules.cannabis.completed_application", SUBDIVISION_F)
        return
    f.met("rules.cannabis.serving_petition", SUBDIVISION_B)
    if not chosen.completion_known:
        f.met("rules.cannabis.completion_unknown", SUBDIVISION_E)


def record_automatic_review(f: Finding) -> None:
    """HS 11361.9 (AB 1793): DOJ and the courts reviewed these convictions without a petition,
    so the relief may already be on the record."""
    if f.automatic:
        f.met("rules.cannabis.check_rap_sheet", AUTOMATIC_REVIEW)


# --- the conduct each pre-AUMA subdivision punished -----------------------------------------


class Conduct(StrEnum):
    CONCENTRATE = "concentrate"  # old HS 11357(a)
    POSSESSION = "possession"  # old HS 11357(b): not more than 28.5 g
    POSSESSION_OVER_LIMIT = "possession_over_limit"  # old HS 11357(c): more than 28.5 g
    SCHOOL_GROUNDS = "school_grounds"  # old HS 11357(d): school grounds, 18 or older
    SCHOOL_GROUNDS_MINOR = "school_grounds_minor"  # old HS 11357(e): school grounds, under 18
    CULTIVATION = "cultivation"  # old HS 11358
    POSSESSION_FOR_SALE = "possession_for_sale"  # old HS 11359
    SALE_OR_TRANSPORT = "sale_or_transport"  # old HS 11360(a)
    GIVING_AWAY = "giving_away"  # old HS 11360(b): not more than 28.5 g


# The pre-AUMA rows of offenses.csv (the row matched for the offense date).
CONDUCT_BY_CODE: dict[str, Conduct] = {
    "HS 11357(a)": Conduct.CONCENTRATE,
    "HS 11357(b)": Conduct.POSSESSION,
    "HS 11357(c)": Conduct.POSSESSION_OVER_LIMIT,
    "HS 11357(d)": Conduct.SCHOOL_GROUNDS,
    "HS 11357(e)": Conduct.SCHOOL_GROUNDS_MINOR,
    "HS 11358": Conduct.CULTIVATION,
    "HS 11359": Conduct.POSSESSION_FOR_SALE,
    "HS 11360(a)": Conduct.SALE_OR_TRANSPORT,
    "HS 11360(b)": Conduct.GIVING_AWAY,
}


class AgeBand(IntEnum):
    UNDER_18 = 0
    FROM_18_TO_20 = 1
    ADULT = 2  # 21 or older: HS 11362.1 protects this band only


ALL_BANDS = tuple(AgeBand)
# The old subdivision's own element fixes the band when the age is not known.
BANDS_IF_AGE_UNKNOWN: dict[Conduct, tuple[AgeBand, ...]] = {
    Conduct.SCHOOL_GROUNDS: (AgeBand.FROM_18_TO_20, AgeBand.ADULT),
    Conduct.SCHOOL_GROUNDS_MINOR: (AgeBand.UNDER_18,),
}


def band_of(age: int) -> AgeBand:
    if age < MINOR_AGE:
        return AgeBand.UNDER_18
    if age < ADULT_AGE:
        return AgeBand.FROM_18_TO_20
    return AgeBand.ADULT


class Doubt(StrEnum):
    """A point of law an attorney settles, and which question it leaves open."""

    LAWFUL = "lawful"  # whether the conduct is lawful (dismissal)
    PENALTY = "penalty"  # same level, lighter penalty: is it a "lesser offense"?
    AGGRAVATION = "aggravation"  # an aggravating prior may keep it a felony


@dataclass(frozen=True)
class NewLaw:
    """What AUMA makes of the conduct, for one age band and one side of the amount line."""

    level: Level | None  # None: lawful under HS 11362.1
    key: str  # rules.cannabis.* sentence describing today's law
    citation: Citation
    aggravated: bool = False  # an aggravating fact keeps it a felony or wobbler
    doubt: Doubt | None = None
    doubt_key: str = ""
    params: tuple[tuple[str, str], ...] = ()
    # What the opposing party would have to prove (HS 11361.8(b), (f)), beyond what the route's
    # own reason says: a rules.cannabis key, or "" when nothing particular is presumed.
    presumption: str = ""
    # For a kept felony: why the conduct is unlawful at all, told without the aggravating fact
    # (the dismissal's question); (key, citation of the base offense).
    unlawful: tuple[str, Citation] | None = None


@dataclass(frozen=True)
class Possibility:
    band: AgeBand
    within_limit: bool
    new_law: NewLaw


@dataclass(frozen=True)
class Assessment:
    conduct: Conduct
    possibilities: tuple[Possibility, ...]  # one per combination of the unknown facts
    quantity_fact: str  # the field holding the amount the line is drawn at ("" if none)


# Both Prop 64 remedies assess the same conviction, one after the other: a context is
# compared by identity, so the second asks the cache and a new context misses it.
@lru_cache(maxsize=4)
def assess(ctx: ConvictionContext) -> Assessment | None:
    """Today's law for this conviction; None when the code's subdivision is not known."""
    conduct = CONDUCT_BY_CODE.get(ctx.offense.matched_code) if ctx.row is not None else None
    if conduct is None:
        return None
    age = ctx.age_at_offense
    if age is not None:
        bands: tuple[AgeBand, ...] = (band_of(age),)
    else:
        bands = BANDS_IF_AGE_UNKNOWN.get(conduct, ALL_BANDS)
    within = _within_limit(conduct, ctx)
    sides = (within,) if within is not None else (True, False)
    return Assessment(
        conduct,
        tuple(
            Possibility(band, side, _new_law(conduct, band, side, ctx))
            for band in bands
            for side in sides
        ),
        _quantity_fact(conduct),
    )


def _quantity_fact(conduct: Conduct) -> str:
    if conduct is Conduct.CONCENTRATE:
        return CONCENTRATE_FACT
    if conduct is Conduct.CULTIVATION:
        return PLANTS_FACT
    if conduct is Conduct.SALE_OR_TRANSPORT:
        return GRAMS_FACT
    return ""  # the old subdivision's element fixes the amount, or no line applies


def _within_limit(conduct: Conduct, ctx: ConvictionContext) -> bool | None:
    """Whether the amount is within the HS 11362.1(a) line; None when it is not known."""
    conviction = ctx.conviction
    concentrate = _number(ctx.fact("concentrated_grams"))
    if conduct is Conduct.CONCENTRATE:
        return None if concentrate is None else concentrate <= CONCENTRATE_LIMIT_GRAMS
    if conduct is Conduct.CULTIVATION:
        return None if conviction.plants is None else conviction.plants <= PLANT_LIMIT
    if conduct is Conduct.SALE_OR_TRANSPORT:
        grams = conviction.quantity_grams
        if grams is None and concentrate is None:
            return None
        return (grams is None or grams <= CANNABIS_LIMIT_GRAMS) and (
            concentrate is None or concentrate <= CONCENTRATE_LIMIT_GRAMS
        )
    # Old 11357(b), 11360(b): "not more than 28.5 grams" is the element; old 11357(c): more.
    return conduct is not Conduct.POSSESSION_OVER_LIMIT


def _number(value: bool | int | float | None) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    return float(value)


def _new_law(conduct: Conduct, band: AgeBand, within: bool, ctx: ConvictionContext) -> NewLaw:
    if conduct in (Conduct.CONCENTRATE, Conduct.POSSESSION):
        return _possession(conduct, band, within, ctx)
    if conduct is Conduct.POSSESSION_OVER_LIMIT:
        return _possession_over_limit(band, ctx)
    if conduct in (Conduct.SCHOOL_GROUNDS, Conduct.SCHOOL_GROUNDS_MINOR):
        return _school_grounds(band, doubtful=True)
    if conduct is Conduct.CULTIVATION:
        return _cultivation(band, within, ctx)
    if conduct is Conduct.POSSESSION_FOR_SALE:
        return _possession_for_sale(band, ctx)
    return _sale_or_transport(conduct, band, within, ctx)


# New HS 11357: possession.
def _possession(conduct: Conduct, band: AgeBand, within: bool, ctx: ConvictionContext) -> NewLaw:
    if not within:  # concentrated cannabis over 8 g: new 11357(b)
        if band is AgeBand.UNDER_18:
            return NewLaw(
                Level.INFRACTION, "rules.cannabis.over_limit_minor", _hs("11357", "(b)(1)")
            )
        return NewLaw(Level.MISDEMEANOR, "rules.cannabis.over_limit_adult", _hs("11357", "(b)(2)"))
    if ctx.fact("on_school_grounds"):  # new 11357(c)-(d); not within 11362.1 (11362.3)
        return _school_grounds(band, doubtful=False)
    if band is AgeBand.UNDER_18:
        return NewLaw(Level.INFRACTION, "rules.cannabis.small_amount_minor", _hs("11357", "(a)(1)"))
    if band is AgeBand.FROM_18_TO_20:
        return NewLaw(Level.INFRACTION, "rules.cannabis.small_amount_young", _hs("11357", "(a)(2)"))
    if conduct is Conduct.CONCENTRATE:
        return NewLaw(None, "rules.cannabis.lawful_concentrate", LAWFUL_CONCENTRATE)
    return _lawful_small_amount("rules.cannabis.lawful_possession", ctx)


def _lawful_small_amount(key: str, ctx: ConvictionContext) -> NewLaw:
    """Old 11357(b) / 11360(b) were about 28.5 g or less; a record showing more is a question."""
    grams = ctx.conviction.quantity_grams
    if grams is not None and grams > CANNABIS_LIMIT_GRAMS:
        # LEGAL QUESTION: the conviction's subdivision says 28.5 g or less, but the record shows
        # more; which amount the court weighs (a plea to the lesser subdivision?) is for an
        # attorney.
        return NewLaw(
            None,
            key,
            LAWFUL_CANNABIS,
            doubt=Doubt.LAWFUL,
            doubt_key="rules.cannabis.amount_above_subdivision",
            params=(("grams", _amount(grams)),),
        )
    return NewLaw(None, key, LAWFUL_CANNABIS)


def _possession_over_limit(band: AgeBand, ctx: ConvictionContext) -> NewLaw:
    if band is AgeBand.UNDER_18:
        return NewLaw(Level.INFRACTION, "rules.cannabis.over_limit_minor", _hs("11357", "(b)(1)"))
    if band is AgeBand.ADULT and ctx.fact("at_residence_personal_plants"):
        # 11362.1(a)(3): an adult may possess the produce of up to six plants at home, but the
        # 11362.2 conditions and local rules decide it: an attorney checks (remedies.md §2).
        return NewLaw(
            None,
            "rules.cannabis.lawful_home_produce",
            LAWFUL_PLANTS,
            doubt=Doubt.LAWFUL,
            doubt_key="rules.cannabis.home_produce_review",
        )
    return NewLaw(Level.MISDEMEANOR, "rules.cannabis.over_limit_adult", _hs("11357", "(b)(2)"))


def _school_grounds(band: AgeBand, *, doubtful: bool) -> NewLaw:
    if band is AgeBand.UNDER_18:
        return NewLaw(Level.INFRACTION, "rules.cannabis.school_minor", _hs("11357", "(d)"))
    if not doubtful:
        return NewLaw(Level.MISDEMEANOR, "rules.cannabis.school_adult", _hs("11357", "(c)"))
    # LEGAL QUESTION: old 11357(d) and new 11357(c) are both misdemeanors, but the new one is
    # usually a fine only; whether that is a "lesser offense" is unverified (offenses.csv note).
    return NewLaw(
        Level.MISDEMEANOR,
        "rules.cannabis.school_adult",
        _hs("11357", "(c)"),
        doubt=Doubt.PENALTY,
        doubt_key="rules.cannabis.school_penalty_review",
    )


# New HS 11358: cultivation.
def _cultivation(band: AgeBand, within: bool, ctx: ConvictionContext) -> NewLaw:
    if band is AgeBand.UNDER_18:
        return NewLaw(Level.INFRACTION, "rules.cannabis.cultivation_minor", _hs("11358", "(a)"))
    if within and band is AgeBand.FROM_18_TO_20:
        return NewLaw(Level.INFRACTION, "rules.cannabis.cultivation_young", _hs("11358", "(b)"))
    if within:
        return NewLaw(
            None,
            "rules.cannabis.lawful_cultivation",
            LAWFUL_PLANTS,
            presumption="rules.cannabis.presumed_lawful_cultivation",
        )
    unlawful = ("rules.cannabis.unlawful_cultivation", _hs("11358", "(c)"))
    return _aggravated(ctx, CULTIVATION_AGGRAVATORS, unlawful) or _misdemeanor(
        ctx,
        "rules.cannabis.cultivation_adult",
        _hs("11358", "(c)"),
        "rules.cannabis.presumed_no_cultivation_aggravators",
    )


# New HS 11359: possession for sale.
def _possession_for_sale(band: AgeBand, ctx: ConvictionContext) -> NewLaw:
    if band is AgeBand.UNDER_18:
        return NewLaw(Level.INFRACTION, "rules.cannabis.for_sale_minor", _hs("11359", "(a)"))
    aggravators = FOR_SALE_AGGRAVATORS if band is AgeBand.ADULT else FOR_SALE_AGGRAVATORS_UNDER_21
    unlawful = ("rules.cannabis.unlawful_for_sale", _hs("11359", "(b)"))
    return _aggravated(ctx, aggravators, unlawful) or _misdemeanor(
        ctx,
        "rules.cannabis.for_sale_adult",
        _hs("11359", "(b)"),
        "rules.cannabis.presumed_no_for_sale_aggravators",
    )


# New HS 11360: sale, transport, giving away.
def _sale_or_transport(
    conduct: Conduct, band: AgeBand, within: bool, ctx: ConvictionContext
) -> NewLaw:
    sold = _sold(ctx)
    if band is AgeBand.UNDER_18 and (sold or conduct is Conduct.SALE_OR_TRANSPORT):
        return NewLaw(Level.INFRACTION, "rules.cannabis.sale_minor", _hs("11360", "(a)(1)"))
    if not sold and within:
        if band is AgeBand.ADULT:
            return replace(
                _lawful_small_amount("rules.cannabis.lawful_giving", ctx),
                presumption="rules.cannabis.presumed_lawful_giving",
            )
        return NewLaw(Level.INFRACTION, "rules.cannabis.giving_young", _hs("11360", "(b)"))
    unlawful = ("rules.cannabis.unlawful_sale", _hs("11360", "(a)(2)"))
    return _aggravated(ctx, SALE_AGGRAVATORS, unlawful) or _misdemeanor(
        ctx,
        "rules.cannabis.sale_adult",
        _hs("11360", "(a)(2)"),
        "rules.cannabis.presumed_no_sale_aggravators",
    )


def _sold(ctx: ConvictionContext) -> bool:
    """Facts that take giving or carrying outside HS 11362.1(a)(1) ("without any
    compensation whatsoever", to persons 21 or older, within California)."""
    return bool(
        ctx.fact("sale")
        or ctx.fact("for_sale")
        or ctx.fact("sale_to_minor")
        or ctx.fact("imported_over_limit")
        or ctx.fact("gave_away_without_compensation") is False
    )


# --- aggravating facts that keep the new offense a felony (remedies.md §2) ------------------

Aggravator = Callable[[ConvictionContext], NewLaw | None]


def _super_strike(citation: Citation) -> Aggravator:
    def check(ctx: ConvictionContext) -> NewLaw | None:
        if not ctx.person.prior_super_strike:
            return None
        return _felony("rules.cannabis.aggravated_super_strike", citation)

    return check


def _prior_290c(citation: Citation) -> Aggravator:
    def check(ctx: ConvictionContext) -> NewLaw | None:
        if not ctx.person.has_prior_290c_conviction:
            return None
        return _felony("rules.cannabis.aggravated_290c", citation)

    return check


def _two_priors(citation: Citation) -> Aggravator:
    def check(ctx: ConvictionContext) -> NewLaw | None:
        count = ctx.fact("prior_same_offense_count")
        if isinstance(count, bool) or not isinstance(count, int | float):
            return None
        if count < PRIOR_SAME_OFFENSE_LIMIT:
            return None
        return _felony("rules.cannabis.aggravated_two_priors", citation, count=_amount(count))

    return check


def _fact(name: str, key: str, citation: Citation) -> Aggravator:
    def check(ctx: ConvictionContext) -> NewLaw | None:
        return _felony(key, citation) if ctx.fact(name) else None

    return check


CULTIVATION_AGGRAVATORS: tuple[Aggravator, ...] = (
    _super_strike(_hs("11358", "(d)(1)")),
    _prior_290c(_hs("11358", "(d)(2)")),
    _two_priors(_hs("11358", "(d)(3)")),
    _fact(
        "environmental_violation", "rules.cannabis.aggravated_environment", _hs("11358", "(d)(4)")
    ),
)
_FOR_SALE_COMMON: tuple[Aggravator, ...] = (
    _super_strike(_hs("11359", "(c)(1)")),
    _prior_290c(_hs("11359", "(c)(1)")),
    _two_priors(_hs("11359", "(c)(2)")),
    _fact(
        "used_minor_20_or_younger", "rules.cannabis.aggravated_used_young", _hs("11359", "(c)(3)")
    ),
)
FOR_SALE_AGGRAVATORS: tuple[Aggravator, ...] = (
    *_FOR_SALE_COMMON,
    _fact("used_minor_under_18", "rules.cannabis.aggravated_used_minor", _hs("11359", "(d)")),
)
# 11359(d) reaches only a person 21 or older; a younger seller who used a minor under 18 still
# used a person "20 years of age or younger" (11359(c)(3)).
FOR_SALE_AGGRAVATORS_UNDER_21: tuple[Aggravator, ...] = (
    *_FOR_SALE_COMMON,
    _fact("used_minor_under_18", "rules.cannabis.aggravated_used_young", _hs("11359", "(c)(3)")),
)
SALE_AGGRAVATORS: tuple[Aggravator, ...] = (
    _super_strike(_hs("11360", "(a)(3)(A)")),
    _prior_290c(_hs("11360", "(a)(3)(A)")),
    _two_priors(_hs("11360", "(a)(3)(B)")),
    _fact("sale_to_minor", "rules.cannabis.aggravated_sale_to_minor", _hs("11360", "(a)(3)(C)")),
    _fact("imported_over_limit", "rules.cannabis.aggravated_import", _hs("11360", "(a)(3)(D)")),
)


def _aggravated(
    ctx: ConvictionContext, aggravators: tuple[Aggravator, ...], unlawful: tuple[str, Citation]
) -> NewLaw | None:
    """The first aggravating fact in the statute's order, if the record states one."""
    for check in aggravators:
        found = check(ctx)
        if found is not None:
            return replace(found, unlawful=unlawful)
    return None


def _felony(key: str, citation: Citation, **params: str) -> NewLaw:
    return NewLaw(
        Level.FELONY, key, citation, aggravated=True, params=tuple(sorted(params.items()))
    )


def _misdemeanor(ctx: ConvictionContext, key: str, citation: Citation, presumption: str) -> NewLaw:
    """The new misdemeanor for a person 18 or older when no aggravating fact is stated.

    Earlier convictions under the same section that the record lists, while
    `prior_same_offense_count` is not given, leave a question for an attorney.
    """
    law = NewLaw(Level.MISDEMEANOR, key, citation, presumption=presumption)
    if ctx.fact("prior_same_offense_count") is not None:
        return law
    earlier = [c for c in ctx.other_convictions() if _earlier_same_section(ctx.conviction, c)]
    if len(earlier) < PRIOR_SAME_OFFENSE_LIMIT:
        return law
    # LEGAL QUESTION: do pre-AUMA convictions under the old section count as priors "under
    # subdivision (b)/(c)/(a)(2)" of the new one (HS 11358(d)(3), 11359(c)(2), 11360(a)(3)(B))?
    return replace(
        law,
        doubt=Doubt.AGGRAVATION,
        doubt_key="rules.cannabis.priors_in_record",
        params=(("count", str(len(earlier))),),
    )


def _earlier_same_section(conviction: Conviction, other: Conviction) -> bool:
    return (
        section(other.code) == section(conviction.code)
        and other.conviction_date < conviction.offense_date
    )


def _amount(value: float) -> str:
    """10.0 -> "10"; 28.55 -> "28.55"."""
    return f"{value:g}"


# --- weighing the possibilities ---------------------------------------------------------------


class Verdict(StrEnum):
    YES = "yes"
    NO = "no"
    REVIEW = "review"


@dataclass(frozen=True)
class Outcome:
    """A remedy's verdict over every possibility: `verdict` is None when an unknown fact
    decides it, and `missing` names those facts."""

    verdict: Verdict | None
    laws: tuple[tuple[NewLaw, Verdict], ...]  # distinct, in the order met
    missing: tuple[str, ...]


def settle(assessment: Assessment, verdict: Callable[[NewLaw], Verdict]) -> Outcome:
    judged = [(p, verdict(p.new_law)) for p in assessment.possibilities]
    laws: list[tuple[NewLaw, Verdict]] = []
    for possibility, answer in judged:
        if (possibility.new_law, answer) not in laws:
            laws.append((possibility.new_law, answer))
    answers = {answer for _, answer in judged}
    if len(answers) == 1:
        return Outcome(answers.pop(), tuple(laws), ())
    missing = []
    if _differs(judged, same_band=False):
        missing.append(AGE_FACT)
    if _differs(judged, same_band=True):
        missing.append(assessment.quantity_fact)
    return Outcome(None, tuple(laws), tuple(missing))


def _differs(judged: list[tuple[Possibility, Verdict]], *, same_band: bool) -> bool:
    """Whether changing only the age (or only the amount) changes the verdict."""
    for first, first_answer in judged:
        for second, second_answer in judged:
            if first_answer == second_answer:
                continue
            if (
                same_band
                and first.band == second.band
                and first.within_limit != second.within_limit
            ):
                return True
            if (
                not same_band
                and first.within_limit == second.within_limit
                and first.band != second.band
            ):
                return True
    return False


# --- reasons ------------------------------------------------------------------------------------


def state_facts(f: Finding, ctx: ConvictionContext) -> None:
    """The age and amounts the decision rests on, as the record gives them."""
    if ctx.age_at_offense is not None:
        f.met("rules.cannabis.age_at_offense", LAWFUL, age=ctx.age_at_offense)
    conviction = ctx.conviction
    if conviction.quantity_grams is not None:
        f.met(
            "rules.cannabis.amount_grams", LAWFUL_CANNABIS, grams=_amount(conviction.quantity_grams)
        )
    concentrate = _number(ctx.fact("concentrated_grams"))
    if concentrate is not None:
        f.met("rules.cannabis.amount_concentrate", LAWFUL_CONCENTRATE, grams=_amount(concentrate))
    if conviction.plants is not None:
        f.met("rules.cannabis.amount_plants", LAWFUL_PLANTS, plants=conviction.plants)


MISSING_KEYS = {
    AGE_FACT: ("rules.cannabis.age_unknown", LAWFUL),
    GRAMS_FACT: ("rules.cannabis.grams_unknown", LAWFUL_CANNABIS),
    CONCENTRATE_FACT: ("rules.cannabis.concentrate_unknown", LAWFUL_CONCENTRATE),
    PLANTS_FACT: ("rules.cannabis.plants_unknown", LAWFUL_PLANTS),
}


def ask(f: Finding, outcome: Outcome) -> None:
    """The facts that would settle the verdict."""
    for fact in outcome.missing:
        key, citation = MISSING_KEYS[fact]
        f.missing(fact, key, citation)


def explain(f: Finding, outcome: Outcome, *, aggravation: bool = True) -> None:
    """Today's law for the conduct, and any point an attorney must settle. Without
    `aggravation`, a kept felony is told only as conduct still unlawful (for the dismissal,
    where the aggravating fact is beside the point)."""
    for law, _answer in outcome.laws:
        if law.unlawful is not None and not aggravation:
            key, citation = law.unlawful
            f.met(key, citation)
        else:
            f.met(law.key, law.citation, **dict(law.params))
    for law, answer in outcome.laws:
        if answer is Verdict.REVIEW:
            f.review(law.doubt_key, law.citation, **dict(law.params))


def presume(f: Finding, outcome: Outcome, chosen: Route) -> None:
    """What the prosecutor would have to prove for the possibilities that favour the person
    (HS 11361.8(b), (f)): aggravating facts the record does not state are presumed absent."""
    keys = [law.presumption for law, answer in outcome.laws if answer is not Verdict.NO]
    for key in dict.fromkeys(key for key in keys if key):
        f.met(key, chosen.presumption)


ConductCheck = Callable[[Finding, ConvictionContext, "Route"], Decision | None]


def walk_section_11361_8(
    f: Finding, ctx: ConvictionContext, route: Route, conduct: ConductCheck
) -> Decision:
    """The steps both Prop 64 remedies take, in the order of HS 11361.8; `conduct` is the
    remedy's own test of what the conduct would be under AUMA (lawful, or a lesser offense)."""
    # (a), (e): a conviction under HS 11357, 11358, 11359 or 11360.
    found = coverage(ctx)
    if found.kind is CoverageKind.NOT_COVERED:
        return f.not_eligible("rules.cannabis.not_covered", SUBDIVISION_E, code=ctx.conviction.code)
    # (a): "had that act been in effect at the time of the offense".
    if not before_auma(ctx):
        return f.not_eligible("rules.cannabis.after_auma", SUBDIVISION_A, date=AUMA_EFFECTIVE)

    if found.kind is CoverageKind.POSSIBLE_PLEA_BARGAIN:
        flag_plea_bargain(f, ctx, found)
    else:
        barred = conduct(f, ctx, route)
        if barred is not None:
            return barred

    # (a)-(b) or (e)-(f): the route follows this conviction's own sentence.
    record_route(f, route)
    record_automatic_review(f)
    return f.decide()
