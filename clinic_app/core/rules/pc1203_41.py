"""Dismissal of a felony sentenced to county jail (PC 1170(h)) or state prison: Cal. Penal Code
§ 1203.41.

Operative text as the domain brief quotes and summarises it (added by AB 651 (2013); extended by
SB 731 (2022) to state-prison sentences for petitions from 2023-07-01), checked 2026-11-25
against shared/domain/remedies.md §5 and §13:

(a) If a defendant is sentenced pursuant to paragraph (5) of subdivision (h) of Section 1170
    (county jail), or (since SB 731) was convicted of a felony and sentenced to state prison,
    the court, in its discretion and in the interest of justice, may order the following
    relief: (1) the defendant may withdraw the plea of guilty or nolo contendere (or the verdict
    is set aside), the court dismisses the accusations or information, and the defendant is
    released from all penalties and disabilities resulting from the offense, except as
    provided in Vehicle Code 13555;
(a)(2) the relief may be granted only after the lapse of one year following the defendant's
    completion of the sentence, if the sentence was imposed pursuant to subparagraph (B) of
    paragraph (5) of subdivision (h) of Section 1170 (split sentence with mandatory
    supervision), or after the lapse of two years following completion of the sentence, if the
    sentence was imposed pursuant to subparagraph (A) (the full term in custody) or if the
    defendant was sentenced to state prison;
(a)(3) the relief may be granted only if the defendant is not on parole or under mandatory
    supervision, and is not serving a sentence for, on probation for, or charged with the
    commission of any offense;
(a)(6) relief for a state-prison sentence is not available where the conviction resulted in a
    requirement to register under PC 290.
(b) The dismissed conviction may still be pleaded and proved as a prior; it must be disclosed
    on applications for public office, state or local licensure and State Lottery contracts;
    relief does not restore firearm rights or permit holding an office the conviction bars.
(d) Unpaid restitution is not a ground for denial.

Correction to the original brief (remedies.md §5): split = one year, straight or state prison
= two years, not the reverse. "Completion of the sentence" includes mandatory supervision.
Felony probation that stands goes to PC 1203.4 (this module points there); felony probation
revoked with a jail or prison term is decided here by the term imposed.

Unverified (remedies.md §5; README open question 2), and how the module treats each point:
- the 1170(h)(5)(A)/(B) letters were reorganised in 2015; the cross-reference is read by its
  original meaning (A = full term in custody, B = split), following the OC Public Defender;
- whether parole or PRCS is part of "completion" for a state-prison term: the later date is
  used, with a reason telling the volunteer an attorney may count from release;
- the pinpoints (a)(6) (290 bar) and (d) (restitution) come from a secondary 2026 screening
  specification; restitution is not asked;
- whether a felony-probation case excluded from PC 1203.4 by 1203.4(b) can use 1203.41:
  `needs_review` (examples.md Ex 14 c1);
- whether 290 registration bars a county-jail (1170(h)) sentence: not by this reading, but a
  registrant on an 1170(h) sentence is `needs_review`; a registrant whose state-prison
  conviction the table does not mark registrable is `needs_review` (the registration may come
  from another case);
- a state-prison sentence completed before SB 731 keeps the end of its waiting period as
  `eligible_from` (examples.md Ex 5, 21), with a reason that the route opened 2023-07-01;
- the Judicial Council's CR-180 (rev. 2019) has no box for state-prison 1203.41 relief
  (forms.md §12): the attorney words it.
"""

from __future__ import annotations

from datetime import date

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Level, PrisonSentence, Remedy
from clinic_app.core.rules.blocks import apply_person_blocks
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.felony_sentence import probation_stands, wait_after_completion
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.PC1203_41
TITLE = "Dismissal of a felony sentenced to county jail (PC 1170(h)) or state prison"

SUBDIVISION_A = Citation("PC", "1203.41", "(a)")
SUBDIVISION_A_2 = Citation("PC", "1203.41", "(a)(2)")
SUBDIVISION_A_3 = Citation("PC", "1203.41", "(a)(3)")
SUBDIVISION_A_6 = Citation("PC", "1203.41", "(a)(6)")
PROBATION_DISMISSAL = Citation("PC", "1203.4", "(a)(1)")
PROBATION_EXCLUSIONS = Citation("PC", "1203.4", "(b)")

# (a)(2): one year after completion of a split sentence (PC 1170(h)(5)(B)).
SPLIT_WAIT_YEARS = 1
# (a)(2): two years after completion of a straight 1170(h)(5)(A) term or a state-prison term.
CUSTODY_WAIT_YEARS = 2
# SB 731 (2022): state-prison felonies are covered for petitions from 2023-07-01.
STATE_PRISON_FROM = date(2023, 7, 1)

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        SUBDIVISION_A,
        "The conviction is a felony (at its current level: a felony already reduced to a "
        "misdemeanor goes to PC 1203.4 or 1203.4a).",
    ),
    Condition(
        SUBDIVISION_A,
        "The sentence was a county-jail term under PC 1170(h)(5) (straight or split) or, for "
        "petitions from 2023-07-01 (SB 731), a state-prison term; felony probation that was "
        "not revoked goes to PC 1203.4 instead, except that an offense PC 1203.4(b) excludes "
        "is needs_review (unsettled whether 1203.41 reaches it).",
    ),
    Condition(
        SUBDIVISION_A_2,
        "One year has lapsed since completion of a split sentence (including mandatory "
        "supervision), or two years since completion of a straight county-jail term or a "
        "state-prison term (from the day after the anniversary). For state prison, completion "
        "is taken as the end of parole or PRCS (conservative; unverified whether it counts).",
    ),
    Condition(
        SUBDIVISION_A_3,
        "The person is not on parole or mandatory supervision, not serving a sentence, not on "
        "probation in another case and not charged with an offense; while they are, the "
        "decision is not yet.",
    ),
    Condition(
        SUBDIVISION_A_6,
        "For a state-prison sentence, the conviction did not result in a requirement to "
        "register under PC 290; a registrant is needs_review where the table does not make "
        "this conviction registrable, and on any county-jail sentence.",
    ),
)


def considered(ctx: ConvictionContext) -> bool:
    """Answered for every conviction (exchange-format §3 item 4)."""
    return True


def decide(ctx: ConvictionContext) -> Decision:
    """Whether the court may dismiss this felony under PC 1203.41, as of `ctx.as_of`."""
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        conviction_id=ctx.conviction.id,
        discretionary=True,  # (a): "in its discretion and in the interest of justice, may"
        forms=("CR-180", "CR-181"),
    )
    if ctx.already_granted(REMEDY):
        return f.not_eligible("rules.pc1203_41.already_granted", SUBDIVISION_A)

    # (a): felonies only, at their current level.
    if ctx.level is not Level.FELONY:
        if ctx.already_reduced:
            return f.not_eligible("rules.pc1203_41.reduced", SUBDIVISION_A)
        return f.not_eligible("rules.pc1203_41.not_felony", SUBDIVISION_A)

    # (a): a county-jail (1170(h)) or state-prison sentence, not probation that stands;
    # (a)(6) is checked with the sentence, before the wait, because it is a permanent bar.
    if probation_stands(ctx.conviction.sentence):
        barred = _felony_probation(f, ctx)
    else:
        barred = _custody_term(f, ctx)
    if barred is not None:
        return barred

    # (a)(3): not on parole or supervision, not serving a sentence, not charged.
    apply_person_blocks(f, ctx, SUBDIVISION_A_3)
    f.met("rules.pc1203_41.judge_decides", SUBDIVISION_A)
    return f.decide()


def _custody_term(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """(a) the county-jail or state-prison term, and (a)(2) the wait after completing it."""
    term = ctx.custody
    if term is PrisonSentence.NONE:
        # Revoked probation, or no probation, with no custody term recorded: the term decides
        # whether this section applies and how long the wait is.
        f.missing("sentence.prison", "rules.pc1203_41.term_unknown", SUBDIVISION_A)
        return None
    if term is PrisonSentence.STATE_PRISON:
        barred = _state_prison(f, ctx)
        if barred is not None:
            return barred
    elif ctx.person.registered_290:
        # LEGAL QUESTION: registration is a statutory bar only for state-prison sentences by
        # the reading relied on; a registrant with a county-jail felony is for an attorney.
        f.review("rules.pc1203_41.registered_county_jail", SUBDIVISION_A_6)

    # (a)(2): one year after a split sentence, two after a straight term or state prison.
    if term is PrisonSentence.COUNTY_JAIL_1170H_SPLIT:
        wait_after_completion(
            f,
            ctx,
            SPLIT_WAIT_YEARS,
            SUBDIVISION_A_2,
            pending="rules.pc1203_41.split_waiting",
            done="rules.pc1203_41.split_waited",
        )
    else:
        wait_after_completion(
            f,
            ctx,
            CUSTODY_WAIT_YEARS,
            SUBDIVISION_A_2,
            pending="rules.pc1203_41.two_years_waiting",
            done="rules.pc1203_41.two_years_waited",
        )
    return None


def _felony_probation(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """Felony probation that stands is dismissed under PC 1203.4, unless 1203.4(b) excludes
    the offense; then whether 1203.41 can reach it is unsettled."""
    if ctx.row is None:
        f.missing(
            "code", "rules.common.unknown_code", PROBATION_EXCLUSIONS, code=ctx.conviction.code
        )
        return None
    if ctx.flag("excluded_from_1203_4") == "no":
        return f.not_eligible("rules.pc1203_41.probation_route", PROBATION_DISMISSAL)
    # LEGAL QUESTION: can a felony-probation case that PC 1203.4(b) excludes (e.g. PC 288) use
    # 1203.41 instead? Not settled (remedies.md §5; README open question 2; examples.md Ex 14).
    f.review("rules.pc1203_41.excluded_probation", PROBATION_EXCLUSIONS)
    return None


def _state_prison(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """SB 731's extension to state-prison sentences, and its 290-registration exception."""
    if ctx.as_of < STATE_PRISON_FROM:
        f.block(STATE_PRISON_FROM, "rules.pc1203_41.state_prison_not_yet_open", SUBDIVISION_A)
    else:
        f.met("rules.pc1203_41.state_prison_open", SUBDIVISION_A, date=STATE_PRISON_FROM)
    return _registration_exception(f, ctx)


def _registration_exception(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """(a)(6): a state-prison conviction that resulted in a duty to register under PC 290."""
    if ctx.row is None:
        f.missing("code", "rules.common.unknown_code", SUBDIVISION_A_6, code=ctx.conviction.code)
        return None
    registrable = ctx.flag("registrable_290")
    if registrable == "yes":
        return f.not_eligible("rules.pc1203_41.registrable", SUBDIVISION_A_6)
    if registrable != "no":
        f.review("rules.pc1203_41.registrable_unclear", SUBDIVISION_A_6)
    elif ctx.person.registered_290:
        # The table does not make this offense registrable, but the person registers: the duty
        # may come from another case, or from a discretionary order (PC 290.006) in this one.
        f.review("rules.pc1203_41.registered_which_case", SUBDIVISION_A_6)
    else:
        f.met("rules.pc1203_41.not_registrable", SUBDIVISION_A_6)
    return None
