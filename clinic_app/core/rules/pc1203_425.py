"""Automatic conviction record relief ("Clean Slate"): Cal. Penal Code § 1203.425.

Operative text as the domain brief quotes and summarises it (AB 1076 (2019), SB 731 (2022)
and a later amendment for the felony track), checked 2026-11-25 against
shared/domain/remedies.md §8 and §13:

(a)(1)(A) On a monthly basis the Department of Justice reviews the statewide criminal justice
    databases and identifies persons with convictions that meet the criteria of
    subparagraph (B); it grants them relief without a petition ((a)(2)(A)).
(a)(1)(B) A person is eligible for automatic conviction record relief if all of the
    following conditions are met:
    (i) The person is not required to register pursuant to the Sex Offender Registration Act.
    (ii) The person does not have an active record for local, state, or federal supervision
        in the Supervised Release File.
    (iii) Based upon the information available in the department's record, including
        disposition dates and sentencing terms, it does not appear that the person is
        currently serving a sentence for an offense and there is no indication of pending
        criminal charges.
    (v) The conviction occurred on or after January 1, 1973, and meets one of the following:
        (I) The defendant was sentenced to probation and, based upon the disposition date and
            the term of probation, appears to have completed their term of probation without
            revocation.
        (II) The defendant was convicted of an infraction or misdemeanor, was not granted
            probation, appears to have completed their sentence, and at least one calendar
            year has elapsed since the date of judgment.
        (III) The defendant was convicted of a felony (county jail under PC 1170(h), state
            prison, or felony probation that was revoked), appears to have completed all terms
            of incarceration, probation, mandatory supervision, postrelease community
            supervision and parole, and a period of four years has elapsed since then during
            which the defendant was not convicted of a new felony offense. This does not apply
            to a serious felony (PC 1192.7(c)), a violent felony (PC 667.5(c)) or an offense
            requiring registration under PC 290. DOJ grants on this track commencing
            October 1, 2024.
(a)(2)(B) The person's criminal record then shows that relief was granted.

The module can only say that a conviction *appears* to qualify: DOJ's data decides, so every
decision is `automatic` and tells the volunteer to look for "relief granted" on the RAP sheet.
Petitions under PC 1203.4, 1203.4a, 1203.41 and 1203.42 remain available either way.

Unverified (remedies.md §8; README open question 1), and how the module treats each point:
- the clause numbering above ((a)(1)(B)(v)(I)-(III)) comes from a published copy of the
  section; remedies.md marks the numbering unverified, so the citations may need renumbering;
- whether the serious/violent exclusion of (III) also reaches a felony on the probation track
  (I): a serious or violent felony on that track is `needs_review`;
- the operative dates and bill numbers of the 2023-24 amendments; only the felony track's
  start (2024-10-01) is modelled, so an `as_of` before 2023-07-01 is decided by today's text;
- whether a new felony conviction within the four years bars the conviction for good or
  only restarts the period: the module reads the text literally (barred, `not_eligible`);
- SB 834 (2025-26: three years of inactivity, seven-year completion presumption) is not
  implemented until its enactment is confirmed;
- a prosecutor's objection ((b)(1)) cannot be foreseen from the record and is not modelled.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from msgspec.structs import replace

from clinic_app.core.decision import Citation, Decision
from clinic_app.core.model import Conviction, Level, PrisonSentence, Remedy
from clinic_app.core.rules.blocks import apply_person_blocks
from clinic_app.core.rules.context import ConvictionContext
from clinic_app.core.rules.dates import add_years, after_lapse, day_after
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.remedy import Condition

REMEDY = Remedy.PC1203_425
TITLE = "Automatic conviction record relief (Clean Slate)"

SUBDIVISION_A_1_A = Citation("PC", "1203.425", "(a)(1)(A)")
SUBDIVISION_A_1_B_I = Citation("PC", "1203.425", "(a)(1)(B)(i)")
SUBDIVISION_A_1_B_II = Citation("PC", "1203.425", "(a)(1)(B)(ii)")
SUBDIVISION_A_1_B_III = Citation("PC", "1203.425", "(a)(1)(B)(iii)")
SUBDIVISION_A_1_B_V = Citation("PC", "1203.425", "(a)(1)(B)(v)")
SUBDIVISION_A_1_B_V_I = Citation("PC", "1203.425", "(a)(1)(B)(v)(I)")
SUBDIVISION_A_1_B_V_II = Citation("PC", "1203.425", "(a)(1)(B)(v)(II)")
SUBDIVISION_A_1_B_V_III = Citation("PC", "1203.425", "(a)(1)(B)(v)(III)")
SUBDIVISION_A_2_B = Citation("PC", "1203.425", "(a)(2)(B)")

# (a)(1)(B)(v): "The conviction occurred on or after January 1, 1973" (SB 731 and the later
# amendment extended the felony track to 1973; remedies.md §8).
FIRST_COVERED_CONVICTION = date(1973, 1, 1)
# (a)(1)(B)(v)(II): "at least one calendar year has elapsed since the date of judgment".
MISDEMEANOR_WAIT_YEARS = 1
# (a)(1)(B)(v)(III): "a period of four years has elapsed" since completion, with no new felony.
FELONY_WAIT_YEARS = 4
# (a)(1)(B)(v)(III): DOJ grants on the felony track "commencing October 1, 2024" (delayed from
# 2023-07-01 by later legislation; bill number unverified, remedies.md §8).
FELONY_TRACK_START = date(2024, 10, 1)

# offense_facts that make a felony serious or violent whatever the offense (PC 1192.7(c)(8),
# (23), (28); PC 667.5(c)(8), (20)): they settle the table's `depends` rows.
ENHANCEMENT_FACTS = ("gbi_personally_inflicted", "weapon_used", "gang_allegation")
BURGLARY = "PC 459"
# What the volunteer is told for each offense fact the classification still needs.
FACT_QUESTIONS = {
    "offense_facts.residential": "rules.pc1203_425.fact_residential",
    "offense_facts.person_present": "rules.pc1203_425.fact_person_present",
    "offense_facts.gbi_personally_inflicted": "rules.pc1203_425.fact_gbi_personally_inflicted",
    "offense_facts.weapon_used": "rules.pc1203_425.fact_weapon_used",
    "offense_facts.gang_allegation": "rules.pc1203_425.fact_gang_allegation",
}

# Keys of the shared person-level blocks that belong to clause (iii), not (ii).
_SERVING_OR_CHARGED = frozenset({"rules.block.pending_charges", "rules.block.serving_sentence"})

CONDITIONS: tuple[Condition, ...] = (
    Condition(
        SUBDIVISION_A_1_B_I,
        "The person is not currently required to register as a sex offender (PC 290); a past "
        "registrable conviction whose registration has ended is not a bar.",
    ),
    Condition(
        SUBDIVISION_A_1_B_II,
        "The person is not on probation, parole, PRCS or mandatory supervision in another "
        "case; while they are, the decision is not yet.",
    ),
    Condition(
        SUBDIVISION_A_1_B_III,
        "The person is not serving a sentence and has no pending charges; while they are or "
        "do, the decision is not yet.",
    ),
    Condition(
        SUBDIVISION_A_1_B_V,
        "The conviction occurred on or after 1973-01-01.",
    ),
    Condition(
        SUBDIVISION_A_1_B_V_I,
        "Probation track: probation was granted and completed without revocation; relief from "
        "the day after probation ended. Revoked misdemeanor probation is needs_review "
        "(petition instead); a serious or violent felony on this track is needs_review "
        "(unsettled whether the felony-track exclusion reaches it).",
    ),
    Condition(
        SUBDIVISION_A_1_B_V_II,
        "Misdemeanor track: a misdemeanor or infraction (at its current level) without "
        "probation, the sentence completed, and one calendar year lapsed since judgment "
        "(from the day after the anniversary).",
    ),
    Condition(
        SUBDIVISION_A_1_B_V_III,
        "Felony track: a felony sentenced to county jail (PC 1170(h)), state prison, or "
        "revoked felony probation; relief four years after the whole sentence, including "
        "parole, PRCS and mandatory supervision, was completed (from the day after the "
        "anniversary), not before 2024-10-01.",
    ),
    Condition(
        SUBDIVISION_A_1_B_V_III,
        "Felony track: no new felony conviction within the four years after completion.",
    ),
    Condition(
        SUBDIVISION_A_1_B_V_III,
        "Felony track: not a serious felony (PC 1192.7(c)), a violent felony (PC 667.5(c)) or "
        "a 290-registrable offense; where the offense table says 'depends', the offense facts "
        "(residence, person present, great bodily injury, weapon, gang) must settle it.",
    ),
    Condition(
        SUBDIVISION_A_2_B,
        "Relief has not already been granted (relief_granted); the volunteer checks the RAP "
        "sheet for a 'relief granted' entry.",
    ),
)


def considered(ctx: ConvictionContext) -> bool:
    """Automatic relief is answered for every conviction (exchange-format §3 item 5)."""
    return True


def decide(ctx: ConvictionContext) -> Decision:
    """Whether DOJ's automatic relief appears to reach this conviction, as of `ctx.as_of`."""
    f = Finding(
        remedy=REMEDY,
        as_of=ctx.as_of,
        conviction_id=ctx.conviction.id,
        discretionary=False,  # (a)(1)(A): DOJ "shall" grant
        automatic=True,
        forms=(),  # no petition: relief is granted without one
    )
    if ctx.already_granted(REMEDY):
        return f.not_eligible("rules.pc1203_425.already_granted", SUBDIVISION_A_2_B)

    # (a)(1)(B)(i): current registration bars; a 290(c) conviction whose registration ended
    # does not (remedies.md §8; examples.md Ex 23).
    if ctx.person.registered_290:
        return f.not_eligible("rules.pc1203_425.registered", SUBDIVISION_A_1_B_I)
    if ctx.person.has_prior_290c_conviction:
        f.met("rules.pc1203_425.registration_ended", SUBDIVISION_A_1_B_I)

    # (a)(1)(B)(ii)-(iii): supervision on another case, a sentence being served, pending charges.
    _apply_person_blocks(f, ctx)

    # (a)(1)(B)(v): convictions on or after 1973-01-01 only.
    if ctx.conviction.conviction_date < FIRST_COVERED_CONVICTION:
        return f.not_eligible(
            "rules.pc1203_425.before_1973", SUBDIVISION_A_1_B_V, date=FIRST_COVERED_CONVICTION
        )

    sentence = ctx.conviction.sentence
    if sentence.probation_granted and not sentence.probation_revoked:
        _probation_track(f, ctx)
    elif sentence.probation_granted and ctx.level is not Level.FELONY:
        # (v)(I) needs probation completed "without revocation", and (v)(II) is for sentences
        # without probation: revoked misdemeanor probation fits neither (examples.md Ex 25).
        # LEGAL QUESTION: does a summary revocation later reinstated count as "revocation"?
        f.review("rules.pc1203_425.revoked_petition_instead", SUBDIVISION_A_1_B_V_I)
    else:
        if ctx.already_reduced:
            f.met("rules.pc1203_425.reduced_level", SUBDIVISION_A_1_B_V)
        if ctx.level is not Level.FELONY:
            _misdemeanor_track(f, ctx)
        elif (barred := _felony_track(f, ctx)) is not None:
            return barred

    f.met("rules.pc1203_425.check_rap_sheet", SUBDIVISION_A_2_B)
    return f.decide()


def _apply_person_blocks(f: Finding, ctx: ConvictionContext) -> None:
    """The shared blocks (remedies.md §13.1), each under its own clause.

    `apply_person_blocks` cites one clause for every block it records; pending charges and a
    sentence being served belong to clause (iii), supervision on another case to (ii).
    """
    first = len(f.reasons)
    apply_person_blocks(f, ctx, SUBDIVISION_A_1_B_II)
    if len(f.reasons) == first:
        return
    f.reasons[first:] = [
        replace(reason, citation=SUBDIVISION_A_1_B_III)
        if reason.message_key in _SERVING_OR_CHARGED
        else reason
        for reason in f.reasons[first:]
    ]


def _probation_track(f: Finding, ctx: ConvictionContext) -> None:
    """(a)(1)(B)(v)(I): probation completed without revocation."""
    sentence = ctx.conviction.sentence
    if sentence.probation_end_date is None:
        f.missing(
            "sentence.probation_end_date",
            "rules.pc1203_425.probation_end_unknown",
            SUBDIVISION_A_1_B_V_I,
            only_changes_the_date=True,
        )
    else:
        f.wait(
            day_after(sentence.probation_end_date),
            SUBDIVISION_A_1_B_V_I,
            pending="rules.pc1203_425.probation_running",
            done="rules.pc1203_425.probation_completed",
        )
    if sentence.probation_violated:
        f.met("rules.pc1203_425.violation_not_revoked", SUBDIVISION_A_1_B_V_I)
    if ctx.conviction.level is Level.FELONY:
        # LEGAL QUESTION: the serious/violent exclusion is written into the felony track (III);
        # whether it reaches a felony that completed probation is unsettled (remedies.md §8).
        serious = _serious_or_violent(f, ctx, SUBDIVISION_A_1_B_V_I)
        if serious:
            f.review("rules.pc1203_425.serious_violent_on_probation", SUBDIVISION_A_1_B_V_I)


def _misdemeanor_track(f: Finding, ctx: ConvictionContext) -> None:
    """(a)(1)(B)(v)(II): infraction or misdemeanor, no probation, sentence done, one year."""
    completed = ctx.completion_date
    if completed is None:
        f.missing(
            "sentence.sentence_completed_date",
            "rules.pc1203_425.completion_unknown",
            SUBDIVISION_A_1_B_V_II,
            only_changes_the_date=True,
        )
    else:
        f.wait(
            day_after(completed),
            SUBDIVISION_A_1_B_V_II,
            pending="rules.pc1203_425.sentence_running",
            done="rules.pc1203_425.sentence_completed",
            finished=completed,
        )
    f.wait(
        after_lapse(ctx.pronouncement_date, MISDEMEANOR_WAIT_YEARS),
        SUBDIVISION_A_1_B_V_II,
        pending="rules.pc1203_425.year_running",
        done="rules.pc1203_425.year_lapsed",
    )


def _felony_track(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """(a)(1)(B)(v)(III): four years after the whole felony sentence, with no new felony."""
    barred = _felony_track_exclusions(f, ctx)
    if barred is not None:
        return barred
    completed = ctx.completion_date
    if completed is None:
        f.missing(
            "sentence.sentence_completed_date",
            "rules.pc1203_425.completion_unknown",
            SUBDIVISION_A_1_B_V_III,
            only_changes_the_date=True,
        )
    else:
        new_felony = _new_felony_within(ctx, completed)
        if new_felony is not None:
            # LEGAL QUESTION: read literally, the four years after completion must be free of a
            # new felony conviction; whether a later clean four-year period would do is open.
            return f.not_eligible(
                "rules.pc1203_425.new_felony",
                SUBDIVISION_A_1_B_V_III,
                date=new_felony.conviction_date,
            )
        f.wait(
            after_lapse(completed, FELONY_WAIT_YEARS),
            SUBDIVISION_A_1_B_V_III,
            pending="rules.pc1203_425.four_years_running",
            done="rules.pc1203_425.four_years_lapsed",
            finished=completed,
        )
        no_parole_date = ctx.conviction.sentence.supervision_end_date is None
        if ctx.custody is PrisonSentence.STATE_PRISON and no_parole_date:
            # (III) counts from the end of parole and PRCS too (remedies.md §13.3).
            f.met("rules.pc1203_425.confirm_parole_end", SUBDIVISION_A_1_B_V_III)
    if ctx.as_of < FELONY_TRACK_START:
        f.block(
            FELONY_TRACK_START,
            "rules.pc1203_425.felony_track_not_started",
            SUBDIVISION_A_1_B_V_III,
        )
    return None


def _felony_track_exclusions(f: Finding, ctx: ConvictionContext) -> Decision | None:
    """(III): not a serious felony, a violent felony, or a 290-registrable offense."""
    if ctx.row is None:
        f.missing(
            "code", "rules.common.unknown_code", SUBDIVISION_A_1_B_V_III, code=ctx.conviction.code
        )
        return None
    if _serious_or_violent(f, ctx, SUBDIVISION_A_1_B_V_III):
        return f.not_eligible("rules.pc1203_425.serious_violent_excluded", SUBDIVISION_A_1_B_V_III)
    registrable = ctx.flag("registrable_290")
    if registrable == "yes":
        return f.not_eligible("rules.pc1203_425.registrable_excluded", SUBDIVISION_A_1_B_V_III)
    if registrable != "no":
        f.review("rules.pc1203_425.registrable_unclear", SUBDIVISION_A_1_B_V_III)
    return None


def _new_felony_within(ctx: ConvictionContext, completed: date) -> Conviction | None:
    """The first felony conviction in the four years after `completed`, if any."""
    window_end = add_years(completed, FELONY_WAIT_YEARS)
    within = [
        other
        for other in ctx.other_convictions()
        if other.level is Level.FELONY and completed < other.conviction_date <= window_end
    ]
    return min(within, key=lambda c: c.conviction_date, default=None)


# --- serious (PC 1192.7(c)) and violent (PC 667.5(c)) felonies ---------------------------------

FactAnswer = tuple[bool | None, tuple[str, ...]]  # (answer or None, offense_facts still needed)


def _serious_or_violent(f: Finding, ctx: ConvictionContext, citation: Citation) -> bool:
    """True when the offense table, with the offense facts, makes this a serious or violent
    felony. Facts the answer still depends on are asked on `f`; an unknown code is asked too.
    False means "not shown to be": the caller decides nothing more from it."""
    if ctx.row is None:
        f.missing("code", "rules.common.unknown_code", citation, code=ctx.conviction.code)
        return False
    burglary = ctx.offense.matched_code.split("(", 1)[0] == BURGLARY
    serious = _settle(ctx, ctx.flag("serious_1192_7c"), _residential if burglary else _enhanced)
    violent = _settle(
        ctx, ctx.flag("violent_667_5c"), _residential_with_person if burglary else _enhanced
    )
    if serious[0] or violent[0]:
        return True
    if serious[0] is None or violent[0] is None:
        needed = dict.fromkeys((*serious[1], *violent[1]))
        for fact in needed:
            f.missing(fact, FACT_QUESTIONS[fact], citation)
        if not needed:
            f.review("rules.pc1203_425.classification_unclear", citation)
    return False


def _settle(
    ctx: ConvictionContext, flag: str | None, facts: Callable[[ConvictionContext], FactAnswer]
) -> FactAnswer:
    if flag == "yes":
        return True, ()
    if flag == "no":
        return False, ()
    if flag == "depends":
        return facts(ctx)
    return None, ()  # a value the table should not hold: an attorney reads the row


def _residential(ctx: ConvictionContext) -> FactAnswer:
    """Burglary is serious when residential (PC 1192.7(c)(18), first degree, PC 460(a)); a
    store entered while open is second degree (remedies.md §9, offenses.csv PC 459)."""
    residential = ctx.fact("residential")
    if residential is None:
        if ctx.fact("commercial_open_business_hours"):
            return False, ()
        return None, ("offense_facts.residential",)
    return bool(residential), ()


def _residential_with_person(ctx: ConvictionContext) -> FactAnswer:
    """Burglary is violent when residential with another person present (PC 667.5(c)(21)).
    While the residence is unknown only the residence is asked: a residential burglary is
    serious anyway, so who was present cannot change the decision until then."""
    residential, needed = _residential(ctx)
    if not residential:
        return residential, needed
    present = ctx.fact("person_present")
    if present is None:
        return None, ("offense_facts.person_present",)
    return bool(present), ()


def _enhanced(ctx: ConvictionContext) -> FactAnswer:
    """Great bodily injury, a weapon or a gang allegation make a felony serious or violent
    (PC 1192.7(c)(8), (23), (28); PC 667.5(c)(8), (20)); all three absent settles `depends`."""
    values = {name: ctx.fact(name) for name in ENHANCEMENT_FACTS}
    if any(values.values()):
        return True, ()
    needed = tuple(f"offense_facts.{name}" for name, value in values.items() if value is None)
    return (None, needed) if needed else (False, ())
