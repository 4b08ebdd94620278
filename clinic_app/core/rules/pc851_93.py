"""Automatic arrest record relief (DOJ): Cal. Penal Code § 851.93.

Operative text as the domain brief quotes and summarises it (AB 1076 (2019), SB 731 (2022);
text at the lexace copy), checked 2026-11-25 against shared/domain/remedies.md §10b and the
lexace copy of (a)(1)-(2). Words in quotation marks are the statute's.

(a)(1) On a monthly basis DOJ reviews the statewide criminal justice databases and identifies
    "persons with records of arrest that meet the criteria set forth in paragraph (2) and are
    eligible for arrest record relief".
(a)(2) "A person is eligible for relief pursuant to this section, if the arrest occurred on or
    after January 1, 1973, and meets any of the following conditions:"
    (A) "The arrest was for a misdemeanor offense and the charge was dismissed."
    (B) "The arrest was for a misdemeanor offense, there is no indication that criminal
        proceedings have been initiated, at least one calendar year has elapsed since the date
        of the arrest, and no conviction occurred, or the arrestee was acquitted of any charges
        that arose, from that arrest."
    (C)(i) "The arrest was for a felony offense not described in clause (ii), there is no
        indication that criminal proceedings have been initiated, at least three calendar years
        have elapsed since the date of the arrest, and no conviction occurred, or the arrestee
        was acquitted of any charges arising, from that arrest."
    (C)(ii) "If the arrest was for an offense punishable by imprisonment in the state prison
        for eight years or more or by imprisonment pursuant to subdivision (h) of Section 1170
        for eight years or more", the same, with "at least six years" elapsed.
    (D) "The person successfully completed any of the following, relating to that arrest":
        prefiling diversion (PC 851.87), drug diversion (PC 1000.5), deferred entry of judgment
        and the other listed diversion programs.
Relief is granted without a petition; the RAP sheet then shows "relief granted".

Gap (remedies.md §10b; examples.md Ex 19): a felony arrest whose charge was filed and later
dismissed fits neither (A) (misdemeanors only) nor (C) (no proceedings) and is not automatic;
the person petitions under PC 851.91. SB 834 (2025-26) would extend (A) to any dismissed
charge; its enactment is unverified, so it is not implemented.

Waiting periods use the module's date convention (remedies.md): "at least N calendar years
... since the date of the arrest" is `after_lapse(arrest_date, N)`.

Unverified, and how the module treats each point:
- which offenses are punishable by eight years or more: `rules/limitations.py`; a felony whose
  maximum term the module does not know waits six years (conservative), with a reason that DOJ
  may already have granted relief after three;
- an acquittal: (B) and (C) speak of "no indication that criminal proceedings have been
  initiated" and of an arrestee "acquitted of any charges"; the module follows remedies.md
  (acquittal qualifies after the same waiting period) and says so (LEGAL QUESTION below);
- whether an infraction arrest is covered (the text names misdemeanor and felony arrests):
  needs_review;
- whether the (D) program the person completed is one the statute lists: the input does not
  say which program it was; the reason tells the volunteer to check;
- the date the 1973 start took effect (earlier text reached only recent arrests): an `as_of`
  before 2024-10-01 is decided by today's text.
"""

from __future__ import annotations

from datetime import date

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import ArrestDisposition, Level, Remedy
from clinic_app.core.rules.context import ArrestContext
from clinic_app.core.rules.dates import after_lapse
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.limitations import (
    note_section_level_row,
    punishable_eight_years_or_more,
)
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.PC851_93
TITLE = "Automatic arrest record relief"

SUBDIVISION_A_1 = Citation("PC", "851.93", "(a)(1)")
SUBDIVISION_A_2 = Citation("PC", "851.93", "(a)(2)")
SUBDIVISION_A_2_A = Citation("PC", "851.93", "(a)(2)(A)")
SUBDIVISION_A_2_B = Citation("PC", "851.93", "(a)(2)(B)")
SUBDIVISION_A_2_C_I = Citation("PC", "851.93", "(a)(2)(C)(i)")
SUBDIVISION_A_2_C_II = Citation("PC", "851.93", "(a)(2)(C)(ii)")
SUBDIVISION_A_2_D = Citation("PC", "851.93", "(a)(2)(D)")

# (a)(2): "if the arrest occurred on or after January 1, 1973".
FIRST_COVERED_ARREST = date(1973, 1, 1)
# (a)(2)(B): "at least one calendar year has elapsed since the date of the arrest".
MISDEMEANOR_WAIT_YEARS = 1
# (a)(2)(C)(i): "at least three calendar years have elapsed since the date of the arrest".
FELONY_WAIT_YEARS = 3
# (a)(2)(C)(ii): offenses punishable by eight years or more: "at least six years".
EIGHT_YEAR_OFFENSE_WAIT_YEARS = 6

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        SUBDIVISION_A_1,
        "DOJ grants relief monthly without a petition; the volunteer checks the RAP sheet for "
        "'relief granted'.",
    ),
    Condition(
        SUBDIVISION_A_2,
        "The arrest occurred on or after 1973-01-01 and was for a misdemeanor or a felony "
        "(an infraction arrest is needs_review).",
    ),
    Condition(
        SUBDIVISION_A_2,
        "No conviction occurred from the arrest: a disposition of 'convicted' is not eligible.",
    ),
    Condition(
        SUBDIVISION_A_2_A,
        "A misdemeanor arrest whose charge was dismissed: eligible from the dismissal.",
    ),
    Condition(
        SUBDIVISION_A_2_B,
        "A misdemeanor arrest with no charges filed (or an acquittal): eligible once one "
        "calendar year has lapsed since the arrest (from the day after the anniversary).",
    ),
    Condition(
        SUBDIVISION_A_2_C_I,
        "A felony arrest with no charges filed (or an acquittal): eligible once three calendar "
        "years have lapsed since the arrest. A felony charge that was filed and dismissed is not "
        "covered (petition under PC 851.91 instead).",
    ),
    Condition(
        SUBDIVISION_A_2_C_II,
        "An offense punishable by eight years or more, or whose maximum term the module does "
        "not know: six years. With an unknown code the decision waits three years, then needs "
        "the code until six years have lapsed.",
    ),
    Condition(
        SUBDIVISION_A_2_D,
        "Completed diversion (prefiling diversion, drug diversion, DEJ and the other listed "
        "programs): eligible from completion, for any level of arrest.",
    ),
)


def considered(ctx: ArrestContext) -> bool:
    """Automatic arrest relief is answered for every arrest (exchange-format §3)."""
    return True


def decide(ctx: ArrestContext) -> Decision:
    """Whether DOJ's automatic arrest relief appears to reach this arrest, as of `ctx.as_of`."""
    arrest = ctx.arrest
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        arrest_id=arrest.id,
        discretionary=False,  # (a)(1): DOJ "shall" identify and grant
        automatic=True,
        forms=(),  # no petition
    )
    note_section_level_row(f, ctx, SUBDIVISION_A_2)

    # (a)(2): arrests on or after 1973-01-01 only.
    if arrest.arrest_date < FIRST_COVERED_ARREST:
        return f.not_eligible(
            "rules.pc851_93.before_1973", SUBDIVISION_A_2, date=FIRST_COVERED_ARREST
        )
    # (a)(2)(B)-(C): "no conviction occurred".
    if arrest.disposition is ArrestDisposition.CONVICTED:
        return f.not_eligible("rules.pc851_93.convicted", SUBDIVISION_A_2)

    if arrest.disposition is ArrestDisposition.DIVERSION_COMPLETED:
        _diversion_completed(f, ctx)  # (D), whatever the level
    elif arrest.level is Level.MISDEMEANOR:
        _misdemeanor(f, ctx)  # (A), (B)
    elif arrest.level is Level.FELONY:
        barred = _felony(f, ctx)  # (C)
        if barred is not None:
            return barred
    else:
        # LEGAL QUESTION: (a)(2) names misdemeanor and felony arrests; an infraction arrest is
        # not named (infractions are usually cited, not booked).
        f.review("rules.pc851_93.infraction", SUBDIVISION_A_2)

    f.met("rules.pc851_93.check_rap_sheet", SUBDIVISION_A_1)
    return f.decide()


def _diversion_completed(f: Finding, ctx: ArrestContext) -> None:
    """(a)(2)(D): a listed diversion program completed; relief from its completion."""
    completed = ctx.arrest.disposition_date
    if completed is None:
        f.met("rules.pc851_93.diversion_completed", SUBDIVISION_A_2_D)
    else:
        f.met("rules.pc851_93.diversion_completed_on", SUBDIVISION_A_2_D, date=completed)
        f.available_from(completed)


def _misdemeanor(f: Finding, ctx: ArrestContext) -> None:
    """(a)(2)(A): dismissed; (a)(2)(B): no proceedings (or acquitted) and one calendar year."""
    arrest = ctx.arrest
    if arrest.disposition is ArrestDisposition.DISMISSED:
        if arrest.disposition_date is None:
            f.met("rules.pc851_93.misdemeanor_dismissed", SUBDIVISION_A_2_A)
        else:
            f.met(
                "rules.pc851_93.misdemeanor_dismissed_on",
                SUBDIVISION_A_2_A,
                date=arrest.disposition_date,
            )
            f.available_from(arrest.disposition_date)
        return
    _note_acquittal(f, ctx, SUBDIVISION_A_2_B)
    f.wait(
        after_lapse(arrest.arrest_date, MISDEMEANOR_WAIT_YEARS),
        SUBDIVISION_A_2_B,
        pending="rules.pc851_93.misdemeanor_year_running",
        done="rules.pc851_93.misdemeanor_year_lapsed",
    )


def _felony(f: Finding, ctx: ArrestContext) -> Decision | None:
    """(a)(2)(C): no proceedings (or acquitted) and three years, or six for an offense
    punishable by eight years or more."""
    arrest = ctx.arrest
    if arrest.disposition is ArrestDisposition.DISMISSED:
        # (A) is for misdemeanors and (C) requires that no proceedings were initiated
        # (remedies.md §10b; examples.md Ex 19 a1).
        return f.not_eligible("rules.pc851_93.felony_dismissed", SUBDIVISION_A_2_C_I)
    _note_acquittal(f, ctx, SUBDIVISION_A_2_C_I)
    three_years = after_lapse(arrest.arrest_date, FELONY_WAIT_YEARS)
    six_years = after_lapse(arrest.arrest_date, EIGHT_YEAR_OFFENSE_WAIT_YEARS)
    eight_or_more = punishable_eight_years_or_more(ctx.row)
    if eight_or_more is False:
        f.wait(
            three_years,
            SUBDIVISION_A_2_C_I,
            pending="rules.pc851_93.felony_three_years_running",
            done="rules.pc851_93.felony_three_years_lapsed",
        )
    elif eight_or_more:
        f.wait(
            six_years,
            SUBDIVISION_A_2_C_II,
            pending="rules.pc851_93.eight_year_offense_running",
            done="rules.pc851_93.eight_year_offense_lapsed",
        )
    elif ctx.row is not None:
        # The maximum term is not known: six years, conservatively (remedies.md §10a).
        f.wait(
            six_years,
            SUBDIVISION_A_2_C_II,
            pending="rules.pc851_93.term_unknown_running",
            done="rules.pc851_93.term_unknown_lapsed",
        )
        if three_years <= ctx.as_of < six_years:
            f.met(
                "rules.pc851_93.maybe_granted_after_three_years",
                SUBDIVISION_A_2_C_I,
                date=three_years,
            )
    elif six_years <= ctx.as_of:
        # Unknown code, but even the longer period has lapsed: the code cannot matter.
        f.met("rules.pc851_93.any_felony_six_years_lapsed", SUBDIVISION_A_2_C_II, date=six_years)
        f.available_from(six_years)
    else:
        # Unknown code: (i) or (ii) decides the date, so the code is asked; while three years
        # have not lapsed the decision waits either way.
        f.missing(
            "code",
            "rules.common.unknown_code",
            SUBDIVISION_A_2_C_II,
            only_changes_the_date=True,
            code=arrest.code,
        )
        f.wait(
            three_years,
            SUBDIVISION_A_2_C_I,
            pending="rules.pc851_93.unknown_code_three_years_running",
            done="rules.pc851_93.unknown_code_three_years_lapsed",
            longer=six_years,
        )
    return None


def _note_acquittal(f: Finding, ctx: ArrestContext, citation: Citation) -> None:
    """(B) and (C) end "no conviction occurred, or the arrestee was acquitted"."""
    if ctx.arrest.disposition is ArrestDisposition.ACQUITTED:
        # LEGAL QUESTION: an acquittal means proceedings were initiated, which (B) and (C)
        # otherwise exclude; remedies.md §10b reads the acquittal clause as qualifying.
        f.met("rules.pc851_93.acquitted", citation)
