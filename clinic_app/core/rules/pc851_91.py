"""Petition to seal an arrest that did not result in a conviction: Cal. Penal Code § 851.91.

Operative text as the domain brief quotes and summarises it (SB 393 (2017), eff. 2018-01-01;
subdivision (a) also read in the leginfo text), checked 2026-11-25 against
shared/domain/remedies.md §10a and §13. Words in quotation marks are the statute's.

(a) "A person who has suffered an arrest that did not result in a conviction may petition the
    court to have his or her arrest and related records sealed, as described in Section
    851.92."
(a)(1) An arrest did not result in a conviction if:
    (A) "The statute of limitations has run on every offense upon which the arrest was based"
        and the prosecuting attorney "has not filed an accusatory pleading based on the
        arrest"; or
    (B) an accusatory pleading was filed but, for all charges, (i) "No conviction occurred, the
        charge has been dismissed, and the charge may not be refiled"; (ii) "No conviction
        occurred and the arrestee has been acquitted of the charges"; or (iii) a conviction was
        vacated or reversed on appeal, appellate remedies are exhausted, and the charge may not
        be refiled.
(a)(2) A person is not eligible in any of these circumstances:
    (A) "He or she may still be charged with any of the offenses upon which the arrest was
        based."
    (B) Any charge "is a charge of murder or any other offense for which there is no statute
        of limitations, except when the person has been acquitted or found factually innocent
        of the charge."
    (C)-(D) The person intentionally evaded law enforcement efforts to prosecute the arrest,
        including by identity fraud, and was charged for that.
(b) The petition is served on the prosecuting attorney and the arresting law enforcement
    agency at least 15 days before the hearing (CR-409-INFO).
(c) A qualifying petitioner is entitled to sealing "as a matter of right", except that sealing
    is only "in the interests of justice" when the arrest or a charge was for domestic
    violence, child abuse or elder abuse and the person has a "pattern" of such offenses (two
    or more convictions, or five or more arrests, for separate offenses on separate occasions
    within three years of at least one of the others).
PC 851.92: the arrest is then deemed not to have occurred, except that it may be pleaded and
proved in a later prosecution, does not lift firearm or public-office prohibitions, and must
be disclosed on a peace officer application.

Module conventions (remedies.md §10a, "clarified, module convention"): the limitations period
comes from `rules/limitations.py` (one year for a misdemeanor, PC 802(a); three years for a
felony, PC 801; six for an offense punishable by eight years or more or of unknown maximum,
PC 800; none for murder, PC 799) and counts from the arrest date with `after_lapse`; when it has
run the decision is eligible with the reason that an attorney confirms it. A dismissed charge
whose refiling is unknown (`may_be_refiled: null`) counts as not refilable once six years
(felony) or one year (misdemeanor) have lapsed since the dismissal (time while the case was
pending does not count, PC 803(b)), or ten years since the arrest when the dismissal date is
also unknown; otherwise it is needs_review.

Unverified (remedies.md §10a), and how the module treats each point:
- whether PC 851.91 reaches an arrest that ended with completed diversion: needs_review,
  pointing to PC 851.87 (prefiling diversion) and PC 851.90 (drug diversion / DEJ);
- the pinpoints of (b) (service) and (c)(1)-(2) (right / interests of justice);
- tolling and the PC 803 exceptions are never decided: the period is the general one;
- the limitations points listed in `rules/limitations.py` (maximum terms, wobblers arrested as
  misdemeanors, sex offenses);
- (a)(1)(B)(iii) (a vacated conviction) and (a)(2)(C)-(D) (evasion, identity fraud) have no
  input field: the attorney confirms them when filing.
"""

from __future__ import annotations

from datetime import date

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import ArrestDisposition, Remedy
from clinic_app.core.rules.context import ArrestContext
from clinic_app.core.rules.dates import after_lapse
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.limitations import (
    FELONY_YEARS,
    MAXIMUM_PUNISHMENT,
    Limitations,
    Period,
    limitations,
    note_section_level_row,
)
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.PC851_91
TITLE = "Petition to seal an arrest that did not result in a conviction"

SUBDIVISION_A_1 = Citation("PC", "851.91", "(a)(1)")
SUBDIVISION_A_1_A = Citation("PC", "851.91", "(a)(1)(A)")
SUBDIVISION_A_1_B_I = Citation("PC", "851.91", "(a)(1)(B)(i)")
SUBDIVISION_A_1_B_II = Citation("PC", "851.91", "(a)(1)(B)(ii)")
SUBDIVISION_A_2_A = Citation("PC", "851.91", "(a)(2)(A)")
SUBDIVISION_A_2_B = Citation("PC", "851.91", "(a)(2)(B)")
SUBDIVISION_A_2_C = Citation("PC", "851.91", "(a)(2)(C)")
SUBDIVISION_B = Citation("PC", "851.91", "(b)")
SUBDIVISION_C_1 = Citation("PC", "851.91", "(c)(1)")
SUBDIVISION_C_2 = Citation("PC", "851.91", "(c)(2)")
SEALING_EFFECT = Citation("PC", "851.92")
PREFILING_DIVERSION = Citation("PC", "851.87")
PENDING_TIME_EXCLUDED = Citation("PC", "803", "(b)")

# CR-409 Petition to Seal Arrest and Related Records; CR-410 Order (remedies.md §10a).
FORMS = ("CR-409", "CR-410")
# (c): the domestic violence / child abuse / elder abuse "pattern" (exchange-format §1.4).
PATTERN_FACT = "dv_child_elder_pattern"
# Module convention for a dismissal whose refiling is unknown (remedies.md §10a): the period
# counted from the dismissal, conservatively, by the level of the limitations period.
REFILING_FELONY_YEARS = 6
REFILING_MISDEMEANOR_YEARS = 1
# ... and from the arrest when the dismissal date is unknown as well.
REFILING_FROM_ARREST_YEARS = 10

# What the volunteer is told about the period that applies, by `limitations.Period`.
PERIOD_KEYS = {
    Period.MISDEMEANOR: "rules.pc851_91.period_misdemeanor",
    Period.FELONY: "rules.pc851_91.period_felony",
    Period.EIGHT_YEAR_OFFENSE: "rules.pc851_91.period_eight_year_offense",
    Period.TERM_UNKNOWN: "rules.pc851_91.period_term_unknown",
}

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        SUBDIVISION_A_1,
        "The arrest did not result in a conviction: a disposition of 'convicted' is not "
        "eligible (the conviction is decided under the conviction remedies); completed "
        "diversion is needs_review (PC 851.87 / 851.90 are the usual routes).",
    ),
    Condition(
        SUBDIVISION_A_1_A,
        "No charges were filed and the limitations period has run: one year for a misdemeanor "
        "(PC 802(a)), three years for a felony (PC 801), six years for an offense punishable by "
        "eight years or more or whose maximum term the module does not know (PC 800), counted "
        "from the arrest date (from the day after the anniversary). A wobbler arrested as a "
        "misdemeanor takes the felony period (PC 805(a)). Eligible with the reason that an "
        "attorney confirms the period has run; before then, not yet.",
    ),
    Condition(
        SUBDIVISION_A_1_B_I,
        "Charges were filed, dismissed, and cannot be refiled (may_be_refiled false). When "
        "refiling is unknown, the charge counts as not refilable once six years (felony) or "
        "one year (misdemeanor) have lapsed since the dismissal, or ten years since the arrest "
        "when the dismissal date is unknown; otherwise needs_review.",
    ),
    Condition(
        SUBDIVISION_A_1_B_II,
        "Charges were filed and the person was acquitted: eligible, whatever the offense.",
    ),
    Condition(
        SUBDIVISION_A_2_A,
        "The person may not still be charged: a dismissed charge that can be refiled is not "
        "yet (date unknown); an arrest within the limitations period is not yet.",
    ),
    Condition(
        SUBDIVISION_A_2_B,
        "No charge is murder (PC 187) or another offense without a limitations period, unless "
        "the person was acquitted: murder is not eligible; sex offenses, whose periods follow "
        "PC 799(b) and 801.1, are needs_review; an unknown code is needs_review.",
    ),
    Condition(
        SUBDIVISION_A_2_C,
        "The person did not intentionally evade law enforcement (or commit identity fraud "
        "charged as such): no input field; the attorney confirms it when filing.",
    ),
    Condition(
        SUBDIVISION_B,
        "The petition (CR-409) is served on the prosecutor and the arresting agency at least "
        "15 days before the hearing.",
    ),
    Condition(
        SUBDIVISION_C_1,
        "Sealing is a matter of right, except (c)(2): with a pattern of domestic violence, "
        "child abuse or elder abuse (offense_facts.dv_child_elder_pattern true) the court "
        "decides in the interests of justice (discretionary).",
    ),
)


def considered(ctx: ArrestContext) -> bool:
    """Arrest sealing is answered for every arrest (exchange-format §3)."""
    return True


def decide(ctx: ArrestContext) -> Decision:
    """Whether the person may petition to seal this arrest, as of `ctx.as_of`."""
    arrest = ctx.arrest
    pattern = arrest.offense_facts.get(PATTERN_FACT) is True
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        arrest_id=arrest.id,
        discretionary=pattern,  # (c)(2): only "in the interests of justice" with a pattern
        automatic=False,
        forms=FORMS,
    )
    note_section_level_row(f, ctx, SUBDIVISION_A_1)

    # (a)(1): the arrest "did not result in a conviction".
    if arrest.disposition is ArrestDisposition.CONVICTED:
        return f.not_eligible("rules.pc851_91.convicted", SUBDIVISION_A_1)
    if arrest.disposition is ArrestDisposition.DIVERSION_COMPLETED:
        # LEGAL QUESTION: remedies.md §10a leaves open whether 851.91 reaches completed
        # diversion; the diversion statutes (851.87, 851.90) are the usual route.
        f.review("rules.pc851_91.diversion", SUBDIVISION_A_1)
        f.met("rules.pc851_91.diversion_routes", PREFILING_DIVERSION)
        return f.decide()

    if arrest.disposition is ArrestDisposition.ACQUITTED:
        # (a)(1)(B)(ii); an acquittal also lifts the no-limitations bar of (a)(2)(B).
        f.met("rules.pc851_91.acquitted", SUBDIVISION_A_1_B_II)
    else:
        period = limitations(ctx)
        # (a)(2)(B): murder or another offense without a limitations period.
        barred = _no_limitations_bar(f, ctx, period)
        if barred is not None:
            return barred
        if arrest.disposition is ArrestDisposition.NO_CHARGES:
            _limitations_run(f, ctx, period)  # (a)(1)(A) and (a)(2)(A)
        else:
            _dismissed_not_refilable(f, ctx, period)  # (a)(1)(B)(i) and (a)(2)(A)

    # (c): as a matter of right, or in the interests of justice with a pattern.
    if pattern:
        f.met("rules.pc851_91.pattern_discretionary", SUBDIVISION_C_2)
    else:
        f.met("rules.pc851_91.as_of_right", SUBDIVISION_C_1)
    f.met("rules.pc851_91.how_to_file", SUBDIVISION_B)
    f.met("rules.pc851_91.effect", SEALING_EFFECT)
    return f.decide()


def _no_limitations_bar(f: Finding, ctx: ArrestContext, period: Limitations) -> Decision | None:
    """(a)(2)(B): murder has no limitations period (PC 799) and bars sealing unless the person
    was acquitted; sex offenses may have none (PC 799(b)); an unknown code might be either."""
    if period.period is Period.MURDER:
        return f.not_eligible("rules.pc851_91.no_limitations_murder", SUBDIVISION_A_2_B)
    if period.period is Period.SEX_OFFENSE:
        # LEGAL QUESTION: PC 799(b) and 801.1 periods depend on the offense date and the
        # victim's age; an attorney decides whether one exists and has run.
        f.review("rules.pc851_91.sex_offense_limitations", period.citation)
    elif period.period is Period.UNKNOWN_CODE:
        f.missing("code", "rules.common.unknown_code", SUBDIVISION_A_2_B, code=ctx.arrest.code)
    return None


def _limitations_run(f: Finding, ctx: ArrestContext, period: Limitations) -> None:
    """(a)(1)(A): no charges and the limitations period has run; until then (a)(2)(A)."""
    lapses = period.lapses_on(ctx.arrest.arrest_date)
    if lapses is None:
        return  # no countable period: already asked in _no_limitations_bar
    _explain_period(f, ctx, period)
    citation = SUBDIVISION_A_1_A if lapses <= ctx.as_of else SUBDIVISION_A_2_A
    f.wait(
        lapses,
        citation,
        pending="rules.pc851_91.could_still_be_charged",
        done="rules.pc851_91.limitations_run",
    )


def _explain_period(f: Finding, ctx: ArrestContext, period: Limitations) -> None:
    """Which limitations period applies, and why (rules/limitations.py)."""
    if period.felony_offense_misdemeanor_arrest:
        f.met("rules.pc851_91.felony_period_for_wobbler", MAXIMUM_PUNISHMENT)
    if period.period is Period.TERM_UNKNOWN:
        shorter = after_lapse(ctx.arrest.arrest_date, FELONY_YEARS)
        f.met(PERIOD_KEYS[period.period], period.citation, shorter=shorter)
    else:
        f.met(PERIOD_KEYS[period.period], period.citation)


def _dismissed_not_refilable(f: Finding, ctx: ArrestContext, period: Limitations) -> None:
    """(a)(1)(B)(i): dismissed and "may not be refiled"; (a)(2)(A) while it still may be."""
    arrest = ctx.arrest
    if arrest.may_be_refiled is False:
        f.met("rules.pc851_91.dismissed_not_refilable", SUBDIVISION_A_1_B_I)
        return
    if arrest.may_be_refiled:
        # Refiling ends with the limitations period, which the module does not compute for a
        # filed case (tolling while it was pending, PC 803(b)): the date is unknown.
        f.block(None, "rules.pc851_91.may_be_refiled", SUBDIVISION_A_2_A)
        return
    convention = _refiling_convention(ctx, period)
    if convention is not None and convention[0] <= ctx.as_of:
        day, key = convention
        # LEGAL QUESTION: module convention (remedies.md §10a), not statute; the reason says
        # that an attorney confirms the charge cannot be refiled.
        if arrest.disposition_date is None:
            f.met(key, SUBDIVISION_A_1_B_I, date=day)
        else:
            f.met(key, SUBDIVISION_A_1_B_I, date=day, dismissed=arrest.disposition_date)
            f.met("rules.pc851_91.pending_time_excluded", PENDING_TIME_EXCLUDED)
        f.available_from(day)
        return
    f.missing("may_be_refiled", "rules.pc851_91.refiling_unknown", SUBDIVISION_A_2_A)
    if arrest.disposition_date is None:
        f.missing("disposition_date", "rules.pc851_91.dismissal_date_unknown", SUBDIVISION_A_2_A)


def _refiling_convention(ctx: ArrestContext, period: Limitations) -> tuple[date, str] | None:
    """The module convention for `may_be_refiled: null` (remedies.md §10a): the first day the
    charge obviously can no longer be refiled, with the reason that explains it; None when
    no period can be counted (murder, a sex offense or an unknown code, asked elsewhere)."""
    if period.years is None:
        return None
    dismissed = ctx.arrest.disposition_date
    if dismissed is None:
        return (
            after_lapse(ctx.arrest.arrest_date, REFILING_FROM_ARREST_YEARS),
            "rules.pc851_91.refiling_ten_years_run",
        )
    if period.felony:
        return after_lapse(dismissed, REFILING_FELONY_YEARS), "rules.pc851_91.refiling_felony_run"
    return (
        after_lapse(dismissed, REFILING_MISDEMEANOR_YEARS),
        "rules.pc851_91.refiling_misdemeanor_run",
    )
