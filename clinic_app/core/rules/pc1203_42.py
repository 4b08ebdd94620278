"""Dismissal of a pre-realignment state-prison felony: Cal. Penal Code § 1203.42.

Operative text as the domain brief quotes and summarises it (AB 1115 (2017), effective
2018-01-01; lexace and instalawyer copies of the statute), checked 2026-11-25 against
shared/domain/remedies.md §6 and §13:

(a) If a defendant was sentenced to state prison prior to the implementation of the Public
    Safety Realignment Act of 2011 for a crime for which the defendant would otherwise have
    been eligible for sentencing pursuant to subdivision (h) of Section 1170, the court, in its
    discretion and in the interest of justice, may order the following relief: the defendant
    may withdraw the plea (or the verdict is set aside), the court dismisses the accusations or
    information, and the defendant is released from all penalties and disabilities resulting
    from the offense, except as provided in Vehicle Code 13555;
(a)(2) the relief may be granted only after the lapse of two years following the defendant's
    completion of the sentence;
(a)(3) the relief may be granted only if the defendant is not under supervised release, and is
    not serving a sentence for, on probation for, or charged with the commission of any
    offense.
(b) As PC 1203.41(b): the conviction may be pleaded and proved as a prior; disclosure on
    applications for public office, licensure and State Lottery contracts; no firearm
    restoration; no public office the conviction bars; Vehicle Code 13555 applies.

Realignment applies to persons sentenced on or after 2011-10-01 (PC 1170(h)(6)). PC 1170(h)(3)
sends a felony to state prison when the person has a current or prior serious (PC 1192.7(c)) or
violent (PC 667.5(c)) felony conviction or must register under PC 290.

Whether the crime "would otherwise have been eligible" for 1170(h) is read from offenses.csv
`sentencing_1170h`: `yes` met; `no` (state prison only) and `na` (never a felony) not_eligible;
`depends` settled from the offense facts (PC 459: second degree yes under PC 461(b), first
degree no), else needs_review. Since SB 731, PC 1203.41 covers most of these sentences too;
both decisions are emitted and the attorney chooses the section.

Unverified (remedies.md §6; README open questions 6-7), and how the module treats each point:
- the paragraph of PC 1170(h) that fixes the 2011-10-01 start (cited as (h)(6));
- `sentencing_1170h` values other than those checked for HS 11351, HS 11378, PC 487/489 and
  PC 211: used as they stand, with the reason "attorney confirms 1170(h) eligibility";
- whether the PC 1170(h)(3) person-level carve-outs count when deciding the person "would
  otherwise have been eligible": applied conservatively. A 290 registrant (now or before), a
  prior super strike, or another listed felony conviction on or before this sentence that
  the table marks serious or violent makes the decision needs_review; a `depends` or unknown
  classification of that other conviction is a reason only;
- for probation revoked into a state-prison term, the date of the prison sentence (not the
  original judgment) decides realignment; the input does not carry it, so an original
  judgment before 2011-10-01 with a revoked probation is needs_review;
- whether parole or PRCS is part of "completion": the later date is used (remedies.md §13.3);
- the Judicial Council's CR-181 (rev. 2017) has no § 1203.42 box (forms.md §12).
"""

from __future__ import annotations

from datetime import date

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Level, PrisonSentence, Remedy
from clinic_app.core.rules.blocks import apply_person_blocks
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.felony_sentence import (
    first_degree_burglary,
    is_burglary,
    probation_stands,
    wait_after_completion,
)
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.PC1203_42
TITLE = "Dismissal of a pre-realignment state-prison felony"

SUBDIVISION_A = Citation("PC", "1203.42", "(a)")
SUBDIVISION_A_2 = Citation("PC", "1203.42", "(a)(2)")
SUBDIVISION_A_3 = Citation("PC", "1203.42", "(a)(3)")
REALIGNMENT = Citation("PC", "1170", "(h)(6)")
COUNTY_JAIL_FELONY = Citation("PC", "1170", "(h)")
STATE_PRISON_CARVE_OUTS = Citation("PC", "1170", "(h)(3)")
SECOND_DEGREE_BURGLARY = Citation("PC", "461", "(b)")
PROBATION_DISMISSAL = Citation("PC", "1203.4", "(a)(1)")
COUNTY_JAIL_DISMISSAL = Citation("PC", "1203.41", "(a)")

# (a): "prior to the implementation of the Public Safety Realignment Act of 2011", which applies
# to persons sentenced on or after 2011-10-01 (PC 1170(h)(6); paragraph number unverified).
REALIGNMENT_START = date(2011, 10, 1)
# (a)(2): "after the lapse of two years following the defendant's completion of the sentence".
WAIT_YEARS = 2
# Codes whose `sentencing_1170h` value was checked against the penalty clauses and secondary
# sources (README open question 6); every other value needs an attorney's confirmation.
CHECKED_1170H_SECTIONS = frozenset({"HS 11351", "HS 11378", "PC 487", "PC 489", "PC 211"})

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        SUBDIVISION_A,
        "The conviction is a felony (at its current level) and its sentence was not probation "
        "that stands (that goes to PC 1203.4).",
    ),
    Condition(
        REALIGNMENT,
        "The person was sentenced before 2011-10-01, when 2011 Realignment took effect; for "
        "probation revoked into a prison term the prison sentence's date decides "
        "(needs_review when only the original judgment is before 2011-10-01).",
    ),
    Condition(
        SUBDIVISION_A,
        "The sentence was state prison (a county-jail 1170(h) term goes to PC 1203.41).",
    ),
    Condition(
        COUNTY_JAIL_FELONY,
        "The crime would otherwise have been punishable in county jail under PC 1170(h) "
        "(offenses.csv sentencing_1170h: yes met; no or na not eligible; depends settled by "
        "the offense facts, e.g. second-degree burglary under PC 461(b), else needs_review).",
    ),
    Condition(
        STATE_PRISON_CARVE_OUTS,
        "No PC 1170(h)(3) carve-out: 290 registration (current or past), a prior super "
        "strike, or another listed felony conviction, on or before this sentence, that the "
        "table marks serious or violent makes the decision needs_review.",
    ),
    Condition(
        SUBDIVISION_A_2,
        "Two years have lapsed since completion of the sentence, taken as the end of parole "
        "or PRCS (conservative), from the day after the anniversary.",
    ),
    Condition(
        SUBDIVISION_A_3,
        "The person is not under supervised release, not serving a sentence, not on probation "
        "in another case and not charged with an offense; while they are, the decision is not "
        "yet.",
    ),
)


def considered(ctx: ConvictionContext) -> bool:
    """Answered for every conviction (exchange-format §3 item 4)."""
    return True


def decide(ctx: ConvictionContext) -> Decision:
    """Whether the court may dismiss this pre-realignment prison felony, as of `ctx.as_of`."""
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        conviction_id=ctx.conviction.id,
        discretionary=True,  # (a): "in its discretion and in the interest of justice, may"
        forms=("CR-180", "CR-181"),
    )
    if ctx.already_granted(REMEDY):
        return f.not_eligible("rules.pc1203_42.already_granted", SUBDIVISION_A)

    # (a): felonies only, at their current level; probation that stands goes to 1203.4.
    if ctx.level is not Level.FELONY:
        if ctx.already_reduced:
            return f.not_eligible("rules.pc1203_42.reduced", SUBDIVISION_A)
        return f.not_eligible("rules.pc1203_42.not_felony", SUBDIVISION_A)
    sentence = ctx.conviction.sentence
    if probation_stands(sentence):
        return f.not_eligible("rules.pc1203_42.probation_route", PROBATION_DISMISSAL)

    # (a): "sentenced to state prison prior to the implementation of ... Realignment".
    barred = _before_realignment(f, ctx)
    if barred is not None:
        return barred
    if ctx.custody is PrisonSentence.NONE:
        f.missing("sentence.prison", "rules.pc1203_42.term_unknown", SUBDIVISION_A)
    elif ctx.custody is not PrisonSentence.STATE_PRISON:
        return f.not_eligible("rules.pc1203_42.county_jail_term", COUNTY_JAIL_DISMISSAL)

    # (a): "for a crime for which the defendant would otherwise have been eligible for
    # sentencing pursuant to subdivision (h) of Section 1170".
    barred = _county_jail_offense(f, ctx)
    if barred is not None:
        return barred
    _state_prison_carve_outs(f, ctx)

    # (a)(2): two years after completion of the sentence.
    wait_after_completion(
        f,
        ctx,
        WAIT_YEARS,
        SUBDIVISION_A_2,
        pending="rules.pc1203_42.two_years_waiting",
        done="rules.pc1203_42.two_years_waited",
    )

    # (a)(3): not under supervised release, not serving a sentence, not charged.
    apply_person_blocks(f, ctx, SUBDIVISION_A_3)
    f.met("rules.pc1203_42.judge_decides", SUBDIVISION_A)
    return f.decide()


def _before_realignment(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """Sentenced before 2011-10-01. After a revocation the prison sentence came later than
    the original judgment, on a date the input does not carry."""
    sentenced = ctx.pronouncement_date
    if sentenced >= REALIGNMENT_START:
        return f.not_eligible(
            "rules.pc1203_42.sentenced_after_realignment",
            REALIGNMENT,
            sentenced=sentenced,
            date=REALIGNMENT_START,
        )
    if ctx.conviction.sentence.probation_revoked and ctx.custody is PrisonSentence.STATE_PRISON:
        f.review("rules.pc1203_42.revocation_date_unknown", REALIGNMENT, date=REALIGNMENT_START)
    else:
        f.met(
            "rules.pc1203_42.sentenced_before_realignment",
            REALIGNMENT,
            sentenced=sentenced,
            date=REALIGNMENT_START,
        )
    return None


def _county_jail_offense(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """Whether the crime was one 1170(h) would have sent to county jail (`sentencing_1170h`)."""
    if ctx.row is None:
        f.missing("code", "rules.common.unknown_code", COUNTY_JAIL_FELONY, code=ctx.conviction.code)
        return None
    punishable = ctx.flag("sentencing_1170h")
    if punishable == "depends":
        return _depends(f, ctx)
    if punishable == "no":
        return f.not_eligible("rules.pc1203_42.state_prison_only", COUNTY_JAIL_FELONY)
    if punishable != "yes":  # "na": the table's row is never a felony
        return f.not_eligible("rules.pc1203_42.not_a_felony_offense", COUNTY_JAIL_FELONY)
    f.met("rules.pc1203_42.county_jail_offense", COUNTY_JAIL_FELONY)
    if ctx.offense.matched_code.split("(", 1)[0] not in CHECKED_1170H_SECTIONS:
        f.met("rules.pc1203_42.attorney_confirms_1170h", COUNTY_JAIL_FELONY)
    return None


def _depends(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """`depends`: burglary is settled by its degree (PC 460, 461); other rows by an attorney."""
    if not is_burglary(ctx):
        f.review("rules.pc1203_42.sentencing_depends", COUNTY_JAIL_FELONY)
        return None
    first_degree = first_degree_burglary(ctx)
    if first_degree is None:
        f.missing(
            "offense_facts.residential", "rules.pc1203_42.fact_residential", COUNTY_JAIL_FELONY
        )
        return None
    if first_degree:
        return f.not_eligible("rules.pc1203_42.first_degree_burglary", COUNTY_JAIL_FELONY)
    f.met("rules.pc1203_42.second_degree_burglary", SECOND_DEGREE_BURGLARY)
    f.met("rules.pc1203_42.attorney_confirms_1170h", COUNTY_JAIL_FELONY)
    return None


def _state_prison_carve_outs(f: Finding, ctx: ConvictionContext) -> None:
    """PC 1170(h)(3): a serious or violent felony (current or prior) or 290 registration sent
    the felony to state prison. The input shows the person today, not as sentenced, so each
    sign is a question for the attorney, never a bar.

    LEGAL QUESTION: whether these person-level carve-outs count when deciding that the person
    "would otherwise have been eligible" for 1170(h) (README open question 7).
    """
    person = ctx.person
    if person.registered_290 or person.has_prior_290c_conviction:
        f.review("rules.pc1203_42.registration_carve_out", STATE_PRISON_CARVE_OUTS)
    if person.prior_super_strike:
        f.review("rules.pc1203_42.super_strike_carve_out", STATE_PRISON_CARVE_OUTS)
    sentenced = ctx.pronouncement_date
    for other in ctx.other_convictions():
        if other.level is not Level.FELONY or other.conviction_date > sentenced:
            continue  # only a felony conviction on or before this sentence can be a prior
        row = ConvictionContext.of(ctx.record, other).row
        flags = {"unknown"} if row is None else {row.serious_1192_7c, row.violent_667_5c}
        params = {"code": other.code, "date": other.conviction_date}
        if "yes" in flags:
            f.review("rules.pc1203_42.serious_prior_carve_out", STATE_PRISON_CARVE_OUTS, **params)
        elif flags != {"no"}:
            f.met("rules.pc1203_42.serious_prior_unclear", STATE_PRISON_CARVE_OUTS, **params)
