"""A fictional clinic and one synthetic client whose record needs every filing form at once.

Used by the demo (so a new user can make a packet straight away), the documents benchmark
and the tests. Marisol O'Brien-Núñez & <Hijos> carries what breaks documents: an apostrophe,
an accent, an ampersand and angle brackets in her name and address.

Her record: case LA-1 has six counts (a wobbler felony for PC 17(b) and PC 1203.4, and five
misdemeanors), one more than CR-180 item 1 holds; LA-2 a small pre-AUMA cannabis possession
(Prop 64); LA-3 a 2012 commercial burglary of $300 (Prop 47); LA-4 a state-prison felony and
LA-5 a split sentence (PC 1203.41); and an arrest that was never charged (PC 851.91).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from clinic_app.core.decision import Decision
from clinic_app.core.documents.details import ArrestDetails, FilingDetails
from clinic_app.core.model import (
    Arrest,
    ArrestDisposition,
    Client,
    Contact,
    Conviction,
    Language,
    Level,
    PersonFacts,
    PrisonSentence,
    RecordSource,
    Remedy,
    Sentence,
)
from clinic_app.core.review import Attorney, DecisionReview, Verdict, by_key, review
from clinic_app.core.settings import ClinicSettings

DEMO_ATTORNEY = Attorney(name="Ana Ruiz", bar_number="123456", email="ana@clinica.example")
DEMO_SETTINGS = ClinicSettings(
    clinic_name="Clínica Legal del Valle & Asociados",
    street="500 Main St, Suite 2",
    city_state_zip="Fresno, CA 93721",
    phone="(559) 555-0100",
    email="ayuda@clinica.example",
    attorneys=(DEMO_ATTORNEY,),
)
DEMO_DETAILS = FilingDetails(
    attorney_bar_number=DEMO_ATTORNEY.bar_number,
    arrests={"a1": ArrestDetails(county="Fresno", agency="Fresno Police Department")},
)
PACKET_CLIENT_ID = "demo-packet-client"


def _probation(end: date) -> Sentence:
    """Probation completed without a violation on `end`, with 30 days of jail."""
    return Sentence(
        probation_granted=True,
        probation_end_date=end,
        probation_violated=False,
        jail_days=30,
        prison=PrisonSentence.NONE,
        sentence_completed_date=end,
    )


def _conviction(id: str, case_number: str, code: str, level: Level, **fields: Any) -> Conviction:
    return Conviction(
        id=id, case_number=case_number, county="Los Angeles", code=code, level=level, **fields
    )


def make_packet_client() -> Client:
    first_case = {
        "sentence": _probation(date(2016, 3, 1)),
        "offense_date": date(2012, 6, 1),
        "conviction_date": date(2013, 3, 1),
        "sentence_date": date(2013, 3, 1),
    }
    misdemeanors = ("PC 484(a)", "PC 602", "PC 647(f)", "PC 594(a)", "VC 12500(a)")
    return Client(
        id=PACKET_CLIENT_ID,
        first_name="Marisol",
        last_name="O'Brien-Núñez & <Hijos>",
        preferred_language=Language.SPANISH,
        contact=Contact(
            phone="(323) 555-0199", mailing_address="12 Elm St <rear>\nFresno, CA 93701"
        ),
        consent_to_contact=True,
        record_source=RecordSource.DOJ_RECORD_REVIEW,
        person=PersonFacts(
            date_of_birth=date(1985, 1, 15),
            registered_290=False,
            prior_290c_conviction=False,
            pending_charges=False,
            currently_serving_sentence=False,
            on_probation_or_parole=False,
            prior_super_strike=False,
        ),
        convictions=(
            _conviction("c1", "LA-1", "PC 496(a)", Level.FELONY, value_usd=2000.0, **first_case),
            *(
                _conviction(f"c{n}", "LA-1", code, Level.MISDEMEANOR, **first_case)
                for n, code in enumerate(misdemeanors, start=2)
            ),
            _conviction(
                "c7",
                "LA-2",
                "HS 11357(b)",
                Level.MISDEMEANOR,
                offense_date=date(2010, 5, 1),
                conviction_date=date(2010, 5, 3),
                sentence_date=date(2010, 5, 3),
                quantity_grams=10.0,
                sentence=Sentence(
                    probation_granted=False,
                    prison=PrisonSentence.NONE,
                    sentence_completed_date=date(2010, 5, 3),
                ),
            ),
            _conviction(
                "c8",
                "LA-3",
                "PC 459",
                Level.FELONY,
                offense_date=date(2012, 8, 20),
                conviction_date=date(2012, 10, 1),
                sentence_date=date(2012, 10, 1),
                value_usd=300.0,
                offense_facts={"commercial_open_business_hours": True, "intent_larceny": True},
                sentence=_probation(date(2015, 11, 1)),
            ),
            _conviction(
                "c9",
                "LA-4",
                "HS 11378",
                Level.FELONY,
                offense_date=date(2015, 1, 10),
                conviction_date=date(2015, 6, 3),
                sentence_date=date(2015, 6, 3),
                sentence=Sentence(
                    probation_granted=False,
                    prison=PrisonSentence.STATE_PRISON,
                    sentence_completed_date=date(2017, 6, 1),
                    supervision_end_date=date(2018, 6, 1),
                ),
            ),
            _conviction(
                "c10",
                "LA-5",
                "HS 11379(a)",
                Level.FELONY,
                offense_date=date(2019, 1, 10),
                conviction_date=date(2019, 6, 3),
                sentence_date=date(2019, 6, 3),
                sentence=Sentence(
                    probation_granted=False,
                    prison=PrisonSentence.COUNTY_JAIL_1170H_SPLIT,
                    sentence_completed_date=date(2023, 5, 31),
                ),
            ),
        ),
        arrests=(
            Arrest(
                id="a1",
                arrest_date=date(2023, 2, 10),
                code="PC 484(a)",
                level=Level.MISDEMEANOR,
                disposition=ArrestDisposition.NO_CHARGES,
            ),
        ),
    )


def approve_every_form(
    client: Client, decisions: Iterable[Decision], when: datetime
) -> dict[tuple[str, Remedy], DecisionReview]:
    """Every decision that has a form, approved by the demo attorney, as a sign-off records."""
    return by_key(
        review(d, client, verdict=Verdict.APPROVED, attorney=DEMO_ATTORNEY, reviewed_at=when)
        for d in decisions
        if d.forms
    )
