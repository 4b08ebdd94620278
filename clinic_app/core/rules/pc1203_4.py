"""Dismissal after probation ("expungement"): Cal. Penal Code § 1203.4.

Operative text as the domain brief quotes and summarises it (PC 1203.4 as amended through
SB 731 (2022); the older (a)(1) text from legalfix/lawpipe; (b)-(d) as quoted by a 2026
screening specification citing leginfo), checked 2026-11-25 against
shared/domain/remedies.md §3 and §13. Words in quotation marks are the statute's; the rest
summarises it.

(a)(1) In a case in which the defendant "fulfilled the conditions of probation for the entire
    period" of probation, or was "discharged prior to the termination of the period of
    probation", or in any other case in which the court, "in its discretion and the interests
    of justice", decides the defendant should have the relief, the defendant "shall", "at any
    time after the termination of the period of probation", if not then serving a sentence for
    any offense, on probation for any offense, or "charged with the commission of any
    offense", "be permitted" by the court to withdraw the plea (or have the verdict set
    aside), and the court dismisses the accusatory pleading. The person is then "released from
    all penalties and disabilities resulting from the offense", except that the conviction
    "may be pleaded and proved" in a later prosecution, and must be disclosed in answer to a
    direct question on an application for public office, for licensure by any state or local
    agency, or for contracting with the California State Lottery Commission.
(a)(2) The dismissal does not permit the person to own, possess or control a firearm.
(a)(3) The dismissal does not permit holding public office barred by the conviction.
(b) Subdivision (a) does not apply to a misdemeanor within Vehicle Code 42002.1; to PC 286(c);
    PC 288 (any subdivision); PC 287(c) or former 288a(c); PC 288.5; PC 289(j); PC 311.1,
    311.2, 311.3, 311.11; a felony conviction under PC 261.5(d); or "to any infraction".
(c)(1)-(2) For an offense listed in Vehicle Code 12810(a)-(e) (DUI, hit and run, reckless
    driving, driving on a suspended licence, evading, speed contest ...), the mandatory route
    of (a) does not apply: the court may grant the relief "in its discretion and in the
    interest of justice".
(c)(3)(A)-(B) Unpaid restitution is not a reason to deny relief and does not mean probation
    was not fulfilled; the module never asks about restitution.
(d)(1) The prosecutor receives 15 days' notice of the petition.

Related: PC 290.007 (a dismissal never ends sex-offender registration); VC 13555 (DMV
suspensions and revocations stand, and the conviction still counts as a prior for them).
Cases: People v. Chandler (1988) 203 Cal.App.3d 782 and People v. Butler (1980) 105 Cal.App.3d
585 (a violation, even with probation reinstated, leaves only the discretionary route);
People v. Parker (2013) 217 Cal.App.4th 498 (a suspended prison sentence with probation is
probation).

Unverified (remedies.md §3; README open questions 5 and 6), and how the module treats each:
- which Vehicle Code misdemeanors are "within VC 42002.1": Code for America treated VC 2800,
  2801 and 2803 as excluded; a Vehicle Code misdemeanor the offense table flags as excluded
  is `needs_review`, never a bar (`may_be_within_vc_42002_1`);
- the full list of VC 12810(a)-(e) offenses: the table's `discretionary_1203_4c` column
  decides; rows it marks unverified (VC 23103.5, VC 2800.1, PC 192(c)(1)) are answered as
  discretionary, which only changes what the volunteer prepares (a declaration);
- the pinpoints (c)(3) and (d)(1), and whether (a)(1) itself names peace-officer applications;
- whether the felony-only exclusion of PC 261.5(d) still reaches a felony later reduced to a
  misdemeanor under PC 17(b): `needs_review`;
- an early discharge after a violation: the text makes early discharge a ground of its own,
  so the module reads it as mandatory (LEGAL QUESTION below).
"""

from __future__ import annotations

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Level, Remedy
from clinic_app.core.rules.blocks import apply_person_blocks
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.dates import day_after
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.PC1203_4
TITLE = "Dismissal after probation (expungement)"

SUBDIVISION_A_1 = Citation("PC", "1203.4", "(a)(1)")
SUBDIVISION_A_2 = Citation("PC", "1203.4", "(a)(2)")
SUBDIVISION_B = Citation("PC", "1203.4", "(b)")
SUBDIVISION_C = Citation("PC", "1203.4", "(c)")
FELONY_DISMISSAL = Citation("PC", "1203.41", "(a)")
REGISTRATION_CONTINUES = Citation("PC", "290.007")
DMV_CONSEQUENCES = Citation("VC", "13555")
CHANDLER = Citation("People v. Chandler (1988)", "203 Cal.App.3d 782")

# Judicial Council forms for the petition and the order (remedies.md §3; shared with 1203.4a).
DISMISSAL_FORMS = ("CR-180", "CR-181")
# (b): "any felony conviction pursuant to subdivision (d) of Section 261.5" (felonies only).
UNLAWFUL_INTERCOURSE_21_UNDER_16 = "PC 261.5(d)"

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        SUBDIVISION_A_1,
        "Probation was granted for this conviction (suspension of imposition or of execution "
        "of sentence); otherwise PC 1203.4a (misdemeanor, infraction) or PC 1203.41 (felony) "
        "is the route. Relief already granted (relief_granted) is not recommended again.",
    ),
    Condition(
        SUBDIVISION_A_1,
        "Probation has ended: available from the day after the probation end date in the "
        "record (scheduled end or early-termination date); never computed from the term. "
        "If probation was revoked, also after any jail or prison term then executed.",
    ),
    Condition(
        SUBDIVISION_A_1,
        "The person is not then serving a sentence, on probation or supervision in another "
        "case, or charged with an offense; while they are, the decision is not yet.",
    ),
    Condition(
        SUBDIVISION_A_1,
        "Mandatory route: probation fulfilled for the entire period with no violation, or an "
        "early discharge. Any violation (even if probation was reinstated) or a revocation "
        "leaves only the discretionary route (People v. Chandler). An unknown violation "
        "history is needs_review. Unpaid restitution is never asked.",
    ),
    Condition(
        SUBDIVISION_A_2,
        "The reasons say that a dismissal does not restore firearm rights.",
    ),
    Condition(
        SUBDIVISION_B,
        "Not an infraction (the current level decides; infractions go to PC 1203.4a).",
    ),
    Condition(
        SUBDIVISION_B,
        "Not an excluded offense (offense table excluded_from_1203_4): PC 286(c), 287(c) / "
        "former 288a(c), 288, 288.5, 289(j), 311.1, 311.2, 311.3, 311.11; PC 261.5(d) only "
        "as a felony. A Vehicle Code misdemeanor flagged as within VC 42002.1 is "
        "needs_review (the list is unverified).",
    ),
    Condition(
        SUBDIVISION_C,
        "A Vehicle Code 12810(a)-(e) offense (offense table discretionary_1203_4c, e.g. DUI, "
        "reckless driving, hit and run) is always discretionary; VC 13555 keeps DMV "
        "consequences.",
    ),
)


def considered(ctx: ConvictionContext) -> bool:
    """Answered for every conviction (exchange-format §3 item 4), structurally or not."""
    return True


def decide(ctx: ConvictionContext) -> Decision:
    """PC 1203.4 dismissal for this conviction, as of `ctx.as_of`.

    What decides which section applies at all (an infraction, no probation) and the bars of
    (b) are checked before the waiting period and the blocks of (a)(1): a barred conviction is
    answered with the bar alone, not with a date (exchange-format §5: permanent bars win).
    """
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        conviction_id=ctx.conviction.id,
        discretionary=False,  # (a)(1) "shall"; set below when only the discretionary route is open
        automatic=False,
        forms=DISMISSAL_FORMS,
    )
    sentence = ctx.conviction.sentence
    if ctx.already_granted(REMEDY):
        return f.not_eligible("rules.pc1203_4.already_granted", SUBDIVISION_A_1)

    # (b): "or to any infraction" (at its level now: a misdemeanor reduced to an infraction
    # counts as one). PC 1203.4a covers infractions.
    if ctx.level is Level.INFRACTION:
        return f.not_eligible("rules.pc1203_4.infraction", SUBDIVISION_B)
    # (a)(1): a case in which probation was granted.
    if not sentence.probation_granted:
        return f.not_eligible(
            "rules.pc1203_4.no_probation", SUBDIVISION_A_1, section=_section_without_probation(ctx)
        )

    # (b): the offenses the subdivision lists.
    barred = _excluded_by_subdivision_b(f, ctx)
    if barred is not None:
        return barred

    # (a)(1): "at any time after the termination of the period of probation".
    _probation_terminated(f, ctx)
    # (a)(1): "if they are not then serving a sentence for any offense, on probation for any
    # offense, or charged with the commission of any offense" (remedies.md §13.1).
    apply_person_blocks(f, ctx, SUBDIVISION_A_1)

    # (a)(1) and (c): whether the court "shall" or only "may" grant.
    _choose_route(f, ctx)

    # (a)(2): what the dismissal does not do; PC 290.007 and VC 13555 when they apply.
    f.met("rules.pc1203_4.firearms_not_restored", SUBDIVISION_A_2)
    note_lasting_consequences(f, ctx)
    return f.decide()


def _section_without_probation(ctx: ConvictionContext) -> str:
    """The section a conviction without probation goes to (remedies.md §4, §5)."""
    return "1203.41" if ctx.level is Level.FELONY else "1203.4a"


# --- (b): excluded offenses -----------------------------------------------------------------


def _excluded_by_subdivision_b(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """(b): the listed sex offenses and obscene-matter offenses, a felony PC 261.5(d), and a
    misdemeanor within VC 42002.1, as the offense table's `excluded_from_1203_4` marks them."""
    row = ctx.row
    if row is None:
        f.missing("code", "rules.common.unknown_code", SUBDIVISION_B, code=ctx.conviction.code)
        return None
    flag = row.excluded_from_1203_4
    if flag == "no":
        return None
    if flag != "yes":
        f.review("rules.pc1203_4.exclusion_unclear", SUBDIVISION_B, code=ctx.conviction.code)
        return None
    if row.offense_class == "infraction":
        # The table flags infraction-only codes for the "any infraction" clause, which the
        # module applies by the conviction's level (offenses.csv note on HS 11357(b)).
        return None
    if ctx.offense.matched_code == UNLAWFUL_INTERCOURSE_21_UNDER_16:
        return _felony_261_5_d(f, ctx)
    if row.statute_family == "VC":
        if may_be_within_vc_42002_1(ctx):
            # LEGAL QUESTION: which Vehicle Code misdemeanors are "within VC 42002.1" is
            # unverified (remedies.md §3; README open question 5): an attorney decides.
            f.review("rules.pc1203_4.vc_42002_1_unclear", SUBDIVISION_B, code=ctx.conviction.code)
        return None
    return f.not_eligible(
        "rules.pc1203_4.excluded_offense", SUBDIVISION_B, code=ctx.conviction.code
    )


def _felony_261_5_d(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """(b): "any felony conviction pursuant to subdivision (d) of Section 261.5"."""
    if ctx.level is Level.FELONY:
        return f.not_eligible("rules.pc1203_4.felony_261_5_d", SUBDIVISION_B)
    if ctx.already_reduced and ctx.conviction.level is Level.FELONY:
        # LEGAL QUESTION: a felony reduced under PC 17(b) is a misdemeanor "for all purposes";
        # whether (b)'s "felony conviction" still reaches it is not settled in the brief.
        f.review("rules.pc1203_4.reduced_261_5_d", SUBDIVISION_B)
    else:
        f.met("rules.pc1203_4.misdemeanor_261_5_d", SUBDIVISION_B)
    return None


def may_be_within_vc_42002_1(ctx: ConvictionContext) -> bool:
    """A misdemeanor the offense table flags as a Vehicle Code exclusion: possibly "within the
    provisions of Section 42002.1 of the Vehicle Code" (PC 1203.4(b); also PC 1203.4a(d)).

    Code for America listed VC 2800, 2801 and 2803; the brief could not confirm the list, so
    a match is a question for an attorney, never a bar.
    """
    row = ctx.row
    return (
        row is not None
        and row.statute_family == "VC"
        and row.excluded_from_1203_4 == "yes"
        and row.offense_class != "infraction"
        and ctx.level is Level.MISDEMEANOR
    )


# --- (a)(1): the end of probation, and the route --------------------------------------------


def _probation_terminated(f: Finding, ctx: ConvictionContext) -> None:
    """(a)(1): relief from the day after probation ended (exchange-format §2), and, after a
    revocation, not before any term then executed in this case was served."""
    sentence = ctx.conviction.sentence
    end = sentence.probation_end_date
    if end is None:
        f.missing(
            "sentence.probation_end_date",
            "rules.pc1203_4.probation_end_unknown",
            SUBDIVISION_A_1,
            only_changes_the_date=True,
        )
    else:
        f.wait(
            day_after(end),
            SUBDIVISION_A_1,
            pending="rules.pc1203_4.probation_running",
            done="rules.pc1203_4.probation_ended",
            ended=end,
        )
    executed = sentence.sentence_completed_date
    if sentence.probation_revoked and executed is not None and (end is None or executed > end):
        # (a)(1) "not then serving a sentence": the term executed on revocation in this case.
        f.wait(
            day_after(executed),
            SUBDIVISION_A_1,
            pending="rules.pc1203_4.revoked_term_running",
            done="rules.pc1203_4.revoked_term_served",
            finished=executed,
        )


def _choose_route(f: Finding, ctx: ConvictionContext) -> None:
    """(a)(1) "shall" for probation fulfilled or an early discharge; "in its discretion and
    the interests of justice" otherwise; (c) always discretionary for VC 12810 offenses."""
    sentence = ctx.conviction.sentence
    vehicle_code = ctx.flag("discretionary_1203_4c")  # None: unknown code, already asked
    if vehicle_code == "yes":
        f.discretionary = True
        f.met("rules.pc1203_4.vehicle_code_discretionary", SUBDIVISION_C)
    elif vehicle_code not in (None, "no"):
        f.review("rules.pc1203_4.vehicle_code_unclear", SUBDIVISION_C, code=ctx.conviction.code)
    if sentence.probation_revoked:
        f.discretionary = True
        f.met("rules.pc1203_4.revoked_discretionary", SUBDIVISION_A_1)
        if ctx.level is Level.FELONY:
            f.met("rules.pc1203_4.consider_1203_41", FELONY_DISMISSAL)
        return
    if vehicle_code == "yes":
        return  # (c): discretionary whatever the probation history, so it is not asked
    if sentence.probation_terminated_early:
        # LEGAL QUESTION: (a)(1) makes an early discharge a ground of its own, so it is read as
        # mandatory even if a violation came before it; an attorney may prefer the
        # discretionary route's declaration when the record shows a violation.
        f.met("rules.pc1203_4.discharged_early", SUBDIVISION_A_1)
        return
    if sentence.probation_violated is None:
        f.missing(
            "sentence.probation_violated", "rules.pc1203_4.violation_unknown", SUBDIVISION_A_1
        )
    elif sentence.probation_violated:
        f.discretionary = True
        f.met("rules.pc1203_4.violation_discretionary", CHANDLER)
    else:
        f.met("rules.pc1203_4.fulfilled", SUBDIVISION_A_1)


def note_lasting_consequences(f: Finding, ctx: ConvictionContext) -> None:
    """Consequences a dismissal under PC 1203.4 or 1203.4a leaves in place that the person
    must hear before filing: registration (PC 290.007) and DMV actions (VC 13555)."""
    if ctx.person.registered_290:
        f.met("rules.pc1203_4.registration_continues", REGISTRATION_CONTINUES)
    if ctx.conviction.code.startswith("VC ") or ctx.flag("discretionary_1203_4c") == "yes":
        f.met("rules.pc1203_4.dmv_consequences", DMV_CONSEQUENCES)
