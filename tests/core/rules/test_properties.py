"""Properties of `evaluate` that hold for every valid record, checked on random records.

The strategy builds records the exchange format accepts (validated with
`Record.model_validate(..., context=EXCHANGE_CONTEXT)`): random person facts, 0-4 convictions
with codes from the offense table plus unknown codes and subdivisions the table lists only at
section level, every sentence shape (probation, fine/jail, and state prison or PC 1170(h) for
felonies), dates in order before `as_of`, and 0-2 arrests with every disposition.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_app.core.decision import Status
from clinic_app.core.model import (
    EXCHANGE_CONTEXT,
    ArrestDisposition,
    Level,
    PrisonSentence,
    Record,
    Remedy,
)
from clinic_app.core.rules.offense_table import offense_table

if TYPE_CHECKING:
    from clinic_app.core.rules.engine import Evaluation

KNOWN_CODES = sorted(offense_table().codes())
# Not in offenses.csv at all, or only at section level (exchange §1.3 lookup fallback).
UNKNOWN_CODES = ["PC 99999", "HS 99999(z)", "VC 1(a)", "PC 484(a)(9)", "PC 187(a)(1)"]
CODES = st.one_of(st.sampled_from(KNOWN_CODES), st.sampled_from(UNKNOWN_CODES))
CANNABIS_CHARGES = ["HS 11357(a)", "HS 11358", "HS 11359", "HS 11360(a)", "PC 32", "HS 11364"]
OFFENSE_FACT_KEYS = [
    "concentrated_grams",
    "at_residence_personal_plants",
    "sale",
    "for_sale",
    "gave_away_without_compensation",
    "sale_to_minor",
    "used_minor_20_or_younger",
    "used_minor_under_18",
    "imported_over_limit",
    "environmental_violation",
    "on_school_grounds",
    "prior_same_offense_count",
    "residential",
    "person_present",
    "commercial_open_business_hours",
    "intent_larceny",
    "firearm",
    "concurrent_530_5",
    "theft_based_10851",
    "gbi_personally_inflicted",
    "weapon_used",
    "gang_allegation",
]
FELONY_CUSTODY = [custody.value for custody in PrisonSentence]
CONVICTION_REMEDIES = {
    Remedy.PC1203_4,
    Remedy.PC1203_4A,
    Remedy.PC1203_41,
    Remedy.PC1203_42,
    Remedy.PC1203_425,
}
FELONY_REMEDIES = {Remedy.PC17B, Remedy.PC1170_18}
ARREST_REMEDIES = {Remedy.PC851_91, Remedy.PC851_93}

AS_OF_RANGE = (date(2005, 1, 1), date(2030, 12, 31))
EARLIEST_EVENT = date(1960, 1, 1)
MAYBE_BOOL = st.one_of(st.none(), st.booleans())
# Person-level bars and blocks are rare, so most records also reach the eligible paths.
SELDOM = st.sampled_from([False, False, False, True])


def _evaluate(record: Record) -> Evaluation:
    # Imported here so the module collects even while remedy modules are being written.
    from clinic_app.core.rules.engine import evaluate

    return evaluate(record)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _later(draw: st.DrawFn, start: date, limit: date | None, max_days: int) -> date:
    """A date from `start` to `start + max_days`, never after `limit`."""
    day = start + timedelta(days=draw(st.integers(0, max_days)))
    return min(day, limit) if limit is not None else day


def _maybe(draw: st.DrawFn, strategy: st.SearchStrategy[Any]) -> Any:
    return draw(st.one_of(st.none(), strategy))


@st.composite
def sentences(draw: st.DrawFn, level: str, pronounced: date, as_of: date) -> dict[str, Any]:
    custody = FELONY_CUSTODY if level == Level.FELONY.value else [PrisonSentence.NONE.value]
    completed = _maybe(draw, st.dates(pronounced, as_of))
    supervision_end = _maybe(draw, st.integers(0, 4000).map(lambda n: pronounced + timedelta(n)))
    jail_days = _maybe(draw, st.integers(0, 730))
    if draw(st.booleans()):  # probation
        end = _maybe(draw, st.integers(0, 3000).map(lambda n: pronounced + timedelta(n)))
        return {
            "probation_granted": True,
            "probation_end_date": _iso(end),
            "probation_terminated_early": draw(st.booleans()),
            "probation_violated": draw(MAYBE_BOOL),
            "probation_revoked": draw(SELDOM),
            "jail_days": jail_days,
            # Mostly none; a felony may carry a suspended or executed custody term.
            "prison": draw(st.sampled_from([PrisonSentence.NONE.value, *custody])),
            "execution_suspended": draw(MAYBE_BOOL),
            "sentence_completed_date": _iso(completed),
            "supervision_end_date": _iso(supervision_end),
        }
    return {
        "probation_granted": False,
        "probation_end_date": None,
        "probation_terminated_early": False,
        "probation_violated": None,
        "probation_revoked": False,
        "jail_days": jail_days,
        "prison": draw(st.sampled_from(custody)),
        "execution_suspended": None,
        "sentence_completed_date": _iso(completed),  # key required, null allowed
        "supervision_end_date": _iso(supervision_end),
    }


@st.composite
def convictions(draw: st.DrawFn, cid: str, earliest: date, as_of: date) -> dict[str, Any]:
    level = draw(st.sampled_from([level.value for level in Level]))
    offense = draw(st.dates(earliest, as_of))
    convicted = _later(draw, offense, as_of, 900)
    sentenced = draw(st.one_of(st.none(), st.just(_later(draw, convicted, as_of, 120))))
    pronounced = sentenced or convicted
    facts = draw(
        st.dictionaries(
            st.sampled_from(OFFENSE_FACT_KEYS),
            st.one_of(
                st.none(),
                st.booleans(),
                st.integers(0, 5),
                st.floats(0, 100, allow_nan=False, allow_infinity=False),
            ),
            max_size=4,
        )
    )
    document: dict[str, Any] = {
        "id": cid,
        "case_number": draw(st.sampled_from(["CASE-1", "CASE-2", f"CASE-{cid}"])),
        "county": draw(st.sampled_from(["Los Angeles", "Alameda", "Fresno"])),
        "code": draw(CODES),
        "level": level,
        "current_level": draw(
            st.one_of(st.none(), st.sampled_from([level.value for level in Level]))
        ),
        "offense_date": offense.isoformat(),
        "conviction_date": convicted.isoformat(),
        "sentence_date": _iso(sentenced),
        "sentence": draw(sentences(level, pronounced, as_of)),
        "quantity_grams": _maybe(draw, st.floats(0, 5000, allow_nan=False, allow_infinity=False)),
        "plants": _maybe(draw, st.integers(0, 200)),
        "age_at_offense": _maybe(draw, st.integers(0, 120)),
        "value_usd": _maybe(draw, st.floats(0, 100_000, allow_nan=False, allow_infinity=False)),
        "offense_facts": facts,
        "relief_granted": draw(
            st.one_of(
                st.just([]),
                st.lists(
                    st.sampled_from([remedy.value for remedy in Remedy]), max_size=2, unique=True
                ),
            )
        ),
    }
    if draw(st.booleans()):
        document["charged_codes"] = draw(
            st.lists(st.sampled_from(CANNABIS_CHARGES), max_size=2, unique=True)
        )
    return document


@st.composite
def arrests(draw: st.DrawFn, aid: str, earliest: date, as_of: date) -> dict[str, Any]:
    arrested = draw(st.dates(earliest, as_of))
    document: dict[str, Any] = {
        "id": aid,
        "arrest_date": arrested.isoformat(),
        "code": draw(CODES),
        "level": draw(st.sampled_from([level.value for level in Level])),
        "disposition": draw(st.sampled_from([d.value for d in ArrestDisposition])),
        "disposition_date": _iso(_maybe(draw, st.dates(arrested, as_of))),
        "may_be_refiled": draw(MAYBE_BOOL),
    }
    if draw(st.booleans()):
        document["offense_facts"] = {"dv_child_elder_pattern": draw(MAYBE_BOOL)}
    return document


@st.composite
def records(draw: st.DrawFn) -> Record:
    as_of = draw(st.dates(*AS_OF_RANGE))
    birth = _maybe(draw, st.dates(date(1930, 1, 1), date(1990, 12, 31)))
    earliest = EARLIEST_EVENT
    if birth is not None:  # nobody is arrested or convicted before the age of 12
        earliest = max(earliest, birth.replace(year=birth.year + 12, day=min(birth.day, 28)))
    person = {
        "date_of_birth": _iso(birth),
        "registered_290": draw(SELDOM),
        "prior_290c_conviction": draw(MAYBE_BOOL),
        "pending_charges": draw(SELDOM),
        "currently_serving_sentence": draw(SELDOM),
        "on_probation_or_parole": draw(SELDOM),
        "prior_super_strike": draw(SELDOM),
        "trafficking_survivor": draw(MAYBE_BOOL),
        "immigration_concern": draw(MAYBE_BOOL),
    }
    document = {
        "as_of": as_of.isoformat(),
        "person": person,
        "convictions": [
            draw(convictions(f"c{n}", earliest, as_of))
            for n in range(1, draw(st.integers(0, 4)) + 1)
        ],
        "arrests": [
            draw(arrests(f"a{n}", earliest, as_of)) for n in range(1, draw(st.integers(0, 2)) + 1)
        ],
    }
    return Record.model_validate(document, context=EXCHANGE_CONTEXT)


@settings(max_examples=200, deadline=None)
@given(records())
def test_every_decision_cites_a_statute_and_gives_a_reason(record: Record) -> None:
    for decision in _evaluate(record).decisions:
        assert len(decision.citations) >= 1, decision
        assert len(decision.reasons) >= 1, decision


@settings(max_examples=200, deadline=None)
@given(records())
def test_a_not_yet_date_lies_after_as_of(record: Record) -> None:
    for decision in _evaluate(record).decisions:
        if decision.status is Status.NOT_YET and decision.eligible_from is not None:
            assert decision.eligible_from > record.as_of, decision


@settings(max_examples=200, deadline=None)
@given(records())
def test_evaluation_is_deterministic(record: Record) -> None:
    first = _evaluate(record)
    assert _evaluate(record) == first
    # The same facts read again from their JSON form give the same answer.
    again = Record.model_validate(record.model_dump(mode="json"), context=EXCHANGE_CONTEXT)
    assert _evaluate(again).decisions == first.decisions


@settings(max_examples=200, deadline=None)
@given(records())
def test_every_conviction_and_arrest_gets_its_remedies(record: Record) -> None:
    emitted: dict[tuple[str, str], list[Remedy]] = {}
    for decision in _evaluate(record).decisions:
        if decision.conviction_id is not None:
            subject = ("conviction", decision.conviction_id)
        else:
            subject = ("arrest", str(decision.arrest_id))
        emitted.setdefault(subject, []).append(decision.remedy)

    known = {("conviction", c.id) for c in record.convictions} | {
        ("arrest", a.id) for a in record.arrests
    }
    assert set(emitted) <= known, "a decision names a conviction or arrest not in the record"
    for subject, remedies in emitted.items():
        assert len(remedies) == len(set(remedies)), f"{subject}: a remedy decided twice"

    for conviction in record.convictions:
        remedies = set(emitted.get(("conviction", conviction.id), []))
        assert not CONVICTION_REMEDIES - remedies, (conviction.id, CONVICTION_REMEDIES - remedies)
        assert not remedies & ARREST_REMEDIES, conviction.id
        if conviction.level is Level.FELONY:
            assert not FELONY_REMEDIES - remedies, (conviction.id, FELONY_REMEDIES - remedies)
    for arrest in record.arrests:
        remedies = set(emitted.get(("arrest", arrest.id), []))
        assert not ARREST_REMEDIES - remedies, (arrest.id, ARREST_REMEDIES - remedies)
