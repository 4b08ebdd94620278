"""Synthetic clients for the demo, the tests and the benchmarks: Faker people, never real ones.

Names and streets come from Faker (`en_US` and `es_MX`, seeded), drawn once per seed into a
`Vocabulary`; every other choice comes from one `random.Random(seed)`. So one seed always gives
the same clients, and 100,000 of them take about ten seconds: Faker's weighted `en_US` lookups
cost about 60 µs a call, and calling it for each client's names, street and e-mail would cost
more than everything else the client needs.

Records follow the law's calendar, so the rules meet the cases clinics see: each code in
`OFFENSES` mirrors a row of `shared/domain/offenses.csv` and is only used for offense dates that
row applies to (AUMA renumbered the cannabis subdivisions on 2016-11-09; Prop 47 made drug
possession a misdemeanor on 2014-11-05), and PC 1170(h) county-jail felony sentences only appear
from realignment (2011-10-01). Contact details cannot reach anyone: phone numbers use the
555-01xx block set aside for fiction, e-mail addresses the reserved example.* domains.
"""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from itertools import accumulate
from typing import Any, TypeVar

from faker import Faker

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

AS_OF = date(2026, 11, 15)

PROP_47 = date(2014, 11, 5)
AUMA = date(2016, 11, 9)
REALIGNMENT = date(2011, 10, 1)
_EARLIEST_OFFENSE = date(1990, 1, 1)
# HS 11357(b) became an infraction on this date (SB 1449); offenses.csv note on that row.
_SB_1449 = date(2011, 1, 1)
_OPEN_END = date.max


class OffenseFamily(StrEnum):
    CANNABIS = "cannabis"
    THEFT = "theft"
    DRUG = "drug"
    DUI = "dui"
    OTHER = "other"


class Measure(StrEnum):
    """Which quantity the law weighs for a code, so the generator fills the fields rules read."""

    NONE = "none"
    CONCENTRATE = "concentrate"
    GRAMS_UP_TO_28_5 = "grams_up_to_28_5"
    GRAMS_OVER_28_5 = "grams_over_28_5"
    GRAMS_FOR_SALE = "grams_for_sale"
    PLANTS = "plants"
    PLANTS_OVER_6 = "plants_over_6"
    PETTY_VALUE = "petty_value"
    BURGLARY = "burglary"
    VANDALISM = "vandalism"


@dataclass(frozen=True)
class OffenseSpec:
    """A code the generator uses; `offense_class` and `county_jail_1170h` copy its
    offenses.csv row, and [since, until) must lie inside that row's `applies_to_offense_dates`
    (tests/core/test_synthetic.py checks both against the CSV)."""

    code: str
    family: OffenseFamily
    offense_class: str
    county_jail_1170h: str
    weight: float
    since: date = _EARLIEST_OFFENSE
    until: date = _OPEN_END
    measure: Measure = Measure.NONE
    misdemeanor_before: date | None = None
    felony_before: date | None = None

    @property
    def section(self) -> str:
        """The code without its subdivisions: `HS 11357(b)` -> `HS 11357`."""
        return self.code.split("(", 1)[0]


_F = OffenseFamily
_M = Measure
_PRE_AUMA = {"since": date(2000, 1, 1), "until": AUMA}
# fmt: off
OFFENSES: tuple[OffenseSpec, ...] = (
    # Cannabis before AUMA: the Prop 64 petitions clinics file most.
    OffenseSpec("HS 11357(a)", _F.CANNABIS, "wobbler", "yes", 1.5, **_PRE_AUMA,
                measure=_M.CONCENTRATE, felony_before=PROP_47),
    OffenseSpec("HS 11357(b)", _F.CANNABIS, "infraction", "na", 5, **_PRE_AUMA,
                measure=_M.GRAMS_UP_TO_28_5, misdemeanor_before=_SB_1449),
    OffenseSpec("HS 11357(c)", _F.CANNABIS, "misdemeanor", "na", 3, **_PRE_AUMA,
                measure=_M.GRAMS_OVER_28_5),
    OffenseSpec("HS 11358", _F.CANNABIS, "felony", "yes", 2, **_PRE_AUMA, measure=_M.PLANTS),
    OffenseSpec("HS 11359", _F.CANNABIS, "felony", "yes", 4, **_PRE_AUMA,
                measure=_M.GRAMS_FOR_SALE),
    OffenseSpec("HS 11360(a)", _F.CANNABIS, "felony", "yes", 3, **_PRE_AUMA,
                measure=_M.GRAMS_FOR_SALE),
    # Cannabis after AUMA, under the new subdivisions.
    OffenseSpec("HS 11357(b)", _F.CANNABIS, "misdemeanor", "na", 2, AUMA,
                measure=_M.GRAMS_OVER_28_5),
    OffenseSpec("HS 11358(c)", _F.CANNABIS, "misdemeanor", "na", 1, AUMA,
                measure=_M.PLANTS_OVER_6),
    OffenseSpec("HS 11359(b)", _F.CANNABIS, "misdemeanor", "na", 2, AUMA,
                measure=_M.GRAMS_FOR_SALE),
    OffenseSpec("HS 11360(a)(2)", _F.CANNABIS, "misdemeanor", "na", 1, AUMA,
                measure=_M.GRAMS_FOR_SALE),
    # Other drugs: possession changed level with Prop 47, sales never did.
    OffenseSpec("HS 11350(a)", _F.DRUG, "felony", "yes", 4, until=PROP_47),
    OffenseSpec("HS 11350(a)", _F.DRUG, "misdemeanor", "na", 3, PROP_47),
    OffenseSpec("HS 11377(a)", _F.DRUG, "wobbler", "yes", 4, until=PROP_47),
    OffenseSpec("HS 11377(a)", _F.DRUG, "misdemeanor", "na", 3, PROP_47),
    OffenseSpec("HS 11351", _F.DRUG, "felony", "yes", 1),
    OffenseSpec("HS 11378", _F.DRUG, "felony", "yes", 2),
    OffenseSpec("HS 11364", _F.DRUG, "misdemeanor", "na", 3),
    # Theft. PC 666 is kept before Prop 47, which left it only for people with rare priors.
    OffenseSpec("PC 484(a)", _F.THEFT, "misdemeanor", "na", 4, measure=_M.PETTY_VALUE),
    OffenseSpec("PC 488", _F.THEFT, "misdemeanor", "na", 3, measure=_M.PETTY_VALUE),
    OffenseSpec("PC 459", _F.THEFT, "wobbler", "depends", 3, measure=_M.BURGLARY),
    OffenseSpec("PC 666", _F.THEFT, "wobbler", "yes", 1, until=PROP_47,
                measure=_M.PETTY_VALUE),
    # Driving.
    OffenseSpec("VC 23152(a)", _F.DUI, "misdemeanor", "no", 4),
    OffenseSpec("VC 23152(b)", _F.DUI, "misdemeanor", "no", 3),
    OffenseSpec("VC 14601.1(a)", _F.DUI, "misdemeanor", "na", 2),
    # Everything else a clinic sees often, and robbery rarely.
    OffenseSpec("PC 242", _F.OTHER, "misdemeanor", "na", 3),
    OffenseSpec("PC 243(e)(1)", _F.OTHER, "misdemeanor", "na", 3),
    OffenseSpec("PC 273.5(a)", _F.OTHER, "wobbler", "no", 2),
    OffenseSpec("PC 148(a)(1)", _F.OTHER, "misdemeanor", "na", 3),
    OffenseSpec("PC 647(f)", _F.OTHER, "misdemeanor", "na", 3),
    OffenseSpec("PC 415", _F.OTHER, "wobblette", "na", 2),
    OffenseSpec("PC 594(a)", _F.OTHER, "wobbler", "yes", 2, measure=_M.VANDALISM),
    OffenseSpec("PC 211", _F.OTHER, "felony", "no", 0.3),
)
# fmt: on
del _F, _M, _PRE_AUMA

_FAMILY_WEIGHTS = {
    OffenseFamily.CANNABIS: 25,
    OffenseFamily.DRUG: 20,
    OffenseFamily.THEFT: 20,
    OffenseFamily.DUI: 15,
    OffenseFamily.OTHER: 20,
}
_FAMILIES = tuple(_FAMILY_WEIGHTS)
_FAMILY_CUM = tuple(accumulate(_FAMILY_WEIGHTS.values()))
_BY_FAMILY = {family: tuple(s for s in OFFENSES if s.family is family) for family in OffenseFamily}
_OFFENSE_CUM = tuple(accumulate(s.weight for s in OFFENSES))
_DOMESTIC_VIOLENCE = frozenset({"PC 243(e)(1)", "PC 273.5(a)"})

# Clients mostly come from the big counties, Los Angeles above all; every county can appear.
_COUNTY_WEIGHTS = {
    "Alameda": 4, "Alpine": 0.1, "Amador": 0.3, "Butte": 0.8, "Calaveras": 0.3, "Colusa": 0.2,
    "Contra Costa": 3, "Del Norte": 0.2, "El Dorado": 0.6, "Fresno": 3, "Glenn": 0.2,
    "Humboldt": 0.6, "Imperial": 0.8, "Inyo": 0.2, "Kern": 3, "Kings": 0.6, "Lake": 0.3,
    "Lassen": 0.2, "Los Angeles": 30, "Madera": 0.6, "Marin": 0.6, "Mariposa": 0.2,
    "Mendocino": 0.5, "Merced": 1, "Modoc": 0.1, "Mono": 0.1, "Monterey": 1.5, "Napa": 0.5,
    "Nevada": 0.4, "Orange": 7, "Placer": 1, "Plumas": 0.2, "Riverside": 6, "Sacramento": 4,
    "San Benito": 0.3, "San Bernardino": 6, "San Diego": 8, "San Francisco": 3,
    "San Joaquin": 2, "San Luis Obispo": 1, "San Mateo": 2, "Santa Barbara": 1.5,
    "Santa Clara": 4, "Santa Cruz": 1, "Shasta": 0.8, "Sierra": 0.1, "Siskiyou": 0.3,
    "Solano": 1.5, "Sonoma": 1.5, "Stanislaus": 2, "Sutter": 0.4, "Tehama": 0.3, "Trinity": 0.1,
    "Tulare": 1.5, "Tuolumne": 0.3, "Ventura": 2, "Yolo": 0.8, "Yuba": 0.4,
}  # fmt: skip
_COUNTIES = tuple(_COUNTY_WEIGHTS)
_COUNTY_CUM = tuple(accumulate(_COUNTY_WEIGHTS.values()))

# (city, first three digits of its ZIP codes), weighted like the counties by repetition.
_CITIES = (
    ("Los Angeles", "900"), ("Los Angeles", "900"), ("Los Angeles", "900"), ("Long Beach", "908"),
    ("Pasadena", "911"), ("Pomona", "917"), ("Lancaster", "935"), ("Santa Ana", "927"),
    ("Anaheim", "928"), ("San Diego", "921"), ("Chula Vista", "919"), ("Riverside", "925"),
    ("San Bernardino", "924"), ("Fontana", "923"), ("Fresno", "937"), ("Bakersfield", "933"),
    ("Sacramento", "958"), ("Oakland", "946"), ("San José", "951"), ("San Francisco", "941"),
    ("Stockton", "952"), ("Modesto", "953"), ("Salinas", "939"), ("Oxnard", "930"),
    ("Santa Rosa", "954"), ("Visalia", "932"), ("Vallejo", "945"),
)  # fmt: skip
# Real California area codes; the 555-01xx line numbers after them are reserved for fiction.
# fmt: off
_AREA_CODES = ("213", "323", "310", "424", "562", "626", "661", "818", "714", "949", "619",
               "858", "951", "909", "559", "916", "510", "415", "408", "209", "831", "805")
# fmt: on
_EMAIL_DOMAINS = ("example.com", "example.org", "example.net")
_APOSTROPHE_SURNAMES = ("O'Brien", "O'Connor", "O'Neill", "O'Malley", "D'Angelo", "D'Souza")


@dataclass(frozen=True)
class Vocabulary:
    """Words drawn from Faker once per seed; clients are then assembled by `random.Random`."""

    english_female: tuple[str, ...]
    english_male: tuple[str, ...]
    english_surnames: tuple[str, ...]
    spanish_female: tuple[str, ...]
    spanish_male: tuple[str, ...]
    spanish_surnames: tuple[str, ...]
    streets: tuple[str, ...]


@lru_cache(maxsize=4)
def vocabulary(seed: int = 0) -> Vocabulary:
    """The Faker-drawn words for `seed`; cached because drawing them takes about 0.3 s."""
    fake = Faker(["en_US", "es_MX"])
    fake.seed_instance(seed)
    en, es = fake["en_US"], fake["es_MX"]
    return Vocabulary(
        english_female=tuple(en.first_name_female() for _ in range(600)),
        english_male=tuple(en.first_name_male() for _ in range(600)),
        english_surnames=tuple(en.last_name() for _ in range(1000)),
        spanish_female=tuple(es.first_name_female() for _ in range(400)),
        spanish_male=tuple(es.first_name_male() for _ in range(400)),
        spanish_surnames=tuple(es.last_name() for _ in range(800)),
        streets=tuple(en.street_address() for _ in range(1500)),
    )


def make_clients(count: int, *, seed: int = 0, as_of: date = AS_OF) -> Iterator[Client]:
    """`count` clients, the same ones for the same seed; a smaller count gives a prefix."""
    rng = random.Random(seed)
    words = vocabulary(seed)
    for _ in range(count):
        yield make_client(rng, words, as_of=as_of)


def make_client(rng: random.Random, words: Vocabulary, *, as_of: date = AS_OF) -> Client:
    """One client whose record is complete and consistent as of `as_of`."""
    spanish = rng.random() < 0.5
    female = rng.random() < 0.45
    first_name, last_name, other_names = _names(rng, words, spanish=spanish, female=female)
    age = round(rng.triangular(19, 72, 32))
    birth = as_of - timedelta(days=age * 365 + rng.randrange(365))
    birth_known = rng.random() >= 0.02
    convictions, serving, supervised = _convictions(rng, birth, birth_known, as_of)
    arrests = _arrests(rng, birth, as_of, at_least_one=not convictions)
    return Client(
        id=_new_id(rng),
        first_name=first_name,
        last_name=last_name,
        other_names=other_names,
        preferred_language=(
            Language.SPANISH if spanish and rng.random() < 0.8 else Language.ENGLISH
        ),
        contact=_contact(rng, words, first_name, last_name),
        consent_to_contact=rng.random() < 0.75,
        record_source=_pick(
            rng,
            (
                RecordSource.DOJ_RECORD_REVIEW,
                RecordSource.COURT_PRINTOUT,
                RecordSource.CLIENT_MEMORY,
                RecordSource.OTHER,
                None,
            ),
            (35, 25, 30, 3, 7),
        ),
        person=_person(
            rng,
            birth if birth_known else None,
            spanish=spanish,
            serving=serving,
            supervised=supervised,
        ),
        convictions=convictions,
        arrests=arrests,
    )


# --- identity ------------------------------------------------------------------------------


def _names(
    rng: random.Random, words: Vocabulary, *, spanish: bool, female: bool
) -> tuple[str, str, tuple[str, ...]]:
    """First name, last name and aliases, written the way each community writes them."""
    if spanish:
        firsts = words.spanish_female if female else words.spanish_male
        first = rng.choice(firsts)
        if " " not in first and rng.random() < 0.15:
            first = f"{first} {rng.choice(firsts)}"
        paternal = rng.choice(words.spanish_surnames)
        last = paternal
        if rng.random() < 0.55:
            last = f"{paternal} {rng.choice(words.spanish_surnames)}"
        # Court records often drop the accents and the second surname.
        alias = f"{_fold(first)} {_fold(paternal)}"
    else:
        first = rng.choice(words.english_female if female else words.english_male)
        last = rng.choice(words.english_surnames)
        roll = rng.random()
        if roll < 0.03:
            last = rng.choice(_APOSTROPHE_SURNAMES)
        elif roll < 0.06:
            last = f"{last}-{rng.choice(words.english_surnames)}"
        alias = f"{first} {rng.choice(words.english_surnames)}"
    other_names = (alias,) if rng.random() < 0.12 and alias != f"{first} {last}" else ()
    return first, last, other_names


def _contact(rng: random.Random, words: Vocabulary, first: str, last: str) -> Contact:
    phone = ""
    if rng.random() < 0.93:
        phone = f"({rng.choice(_AREA_CODES)}) 555-01{rng.randrange(100):02d}"
    email = ""
    if rng.random() < 0.7:
        user = _fold(first).lower().replace(" ", "")
        surname = _fold(last.split()[0]).lower()
        user = rng.choice((f"{user}.{surname}", f"{user[0]}{surname}", f"{user}{surname[0]}"))
        user = "".join(c for c in user if c.isalnum() or c == ".")
        email = f"{user}{rng.randrange(100)}@{rng.choice(_EMAIL_DOMAINS)}"
    address = ""
    if rng.random() < 0.9:
        city, zip_prefix = rng.choice(_CITIES)
        address = f"{rng.choice(words.streets)}, {city}, CA {zip_prefix}{rng.randrange(100):02d}"
    return Contact(phone=phone, email=email, mailing_address=address)


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """`text` without accents or apostrophes, as older systems and e-mail addresses spell it.
    Cached: names repeat, since they come from the vocabulary."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c != "'")


def _person(
    rng: random.Random, birth: date | None, *, spanish: bool, serving: bool, supervised: bool
) -> PersonFacts:
    registered = rng.random() < 0.005
    if registered:
        prior_290c = _pick(rng, (None, True), (80, 20))
    else:
        prior_290c = _pick(rng, (None, False, True), (85, 14, 1))
    return PersonFacts(
        date_of_birth=birth,
        registered_290=registered,
        prior_290c_conviction=prior_290c,
        pending_charges=rng.random() < 0.03,
        currently_serving_sentence=serving,
        on_probation_or_parole=supervised,
        prior_super_strike=rng.random() < 0.007,
        trafficking_survivor=_pick(rng, (None, False, True), (90, 8, 2)),
        immigration_concern=_pick(
            rng, (None, True, False), (40, 30, 30) if spanish else (60, 5, 35)
        ),
    )


# --- convictions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Probation:
    """One grant of probation, shared by every count of the case it was granted in."""

    end: date
    terminated_early: bool
    violated: bool | None
    revoked_on: date | None


def _convictions(
    rng: random.Random, birth: date, birth_known: bool, as_of: date
) -> tuple[tuple[Conviction, ...], bool, bool]:
    """The counts of one to three cases (none for some clients), and whether the client is
    still serving a sentence or is under supervision on any of them."""
    if rng.random() < 0.08:
        return (), False, False
    adult_from = _add_years(birth, 18)
    latest_offense = as_of - timedelta(days=30)
    counts: list[Conviction] = []
    serving = supervised = False
    for _ in range(_pick(rng, (1, 2, 3), (55, 30, 15))):
        room = 5 - len(counts)
        if room == 0:
            break
        specs, offense_date = _case_offenses(rng, adult_from, latest_offense, room)
        if not specs:
            continue
        case_counts, case_serving, case_supervised = _case(
            rng, specs, offense_date, birth, birth_known, as_of
        )
        counts.extend(case_counts)
        serving |= case_serving
        supervised |= case_supervised
    return tuple(counts), serving, supervised


def _case_offenses(
    rng: random.Random, adult_from: date, latest: date, room: int
) -> tuple[list[OffenseSpec], date]:
    """The codes of one case: a lead offense, then up to two more counts from the same night,
    mostly of the same family (a DUI brings its 0.08 % count, a sale its possession)."""
    family = _pick_cumulative(rng, _FAMILIES, _FAMILY_CUM)
    lead, offense_date = _offense(rng, _BY_FAMILY[family], adult_from, latest)
    if lead is None:
        # Too young for any code of the family in its era (pre-AUMA cannabis): any family.
        lead, offense_date = _offense(rng, OFFENSES, adult_from, latest)
        if lead is None:
            return [], offense_date
    specs = [lead]
    extra = min(room - 1, _pick(rng, (0, 1, 2), (60, 30, 10)))
    for _ in range(extra):
        pool = _BY_FAMILY[family] if rng.random() < 0.75 else OFFENSES
        fits = [s for s in pool if s.since <= offense_date < s.until and _new_section(s, specs)]
        if fits:
            specs.append(_pick(rng, fits, [s.weight for s in fits]))
    return specs, offense_date


def _new_section(spec: OffenseSpec, specs: Sequence[OffenseSpec]) -> bool:
    """Whether `spec` may join `specs` as another count: one count per section (possessing
    under and over 28.5 g the same night is a contradiction), except the two DUI counts
    VC 23152(a) and (b), charged together in nearly every DUI case."""
    if spec.family is OffenseFamily.DUI:
        return all(s.code != spec.code for s in specs)
    return all(s.section != spec.section for s in specs)


def _offense(
    rng: random.Random, specs: Sequence[OffenseSpec], adult_from: date, latest: date
) -> tuple[OffenseSpec | None, date]:
    """A code from `specs` and an offense date inside its era, after the person turned 18."""
    windows = [(s, w) for s in specs if (w := _window(s, adult_from, latest))]
    if not windows:
        return None, latest
    spec, (start, end) = _pick(rng, windows, [s.weight for s, _ in windows])
    return spec, start + timedelta(days=rng.randrange((end - start).days))


_SEVERITY = (Level.FELONY, Level.MISDEMEANOR, Level.INFRACTION)


def _case(
    rng: random.Random,
    specs: Sequence[OffenseSpec],
    offense_date: date,
    birth: date,
    birth_known: bool,
    as_of: date,
) -> tuple[list[Conviction], bool, bool]:
    """Every count of one case: one court, one plea, one sentencing hearing."""
    conviction_date = min(as_of, offense_date + timedelta(days=rng.randrange(14, 540)))
    sentenced_later = min(as_of, conviction_date + timedelta(days=rng.randrange(14, 90)))
    sentence_date = _pick(rng, (None, conviction_date, sentenced_later), (40, 35, 25))
    pronounced = sentence_date or conviction_date
    measured = [_measured(rng, spec, offense_date) for spec in specs]
    levels = [
        _level(rng, spec, offense_date, facts) for spec, facts in zip(specs, measured, strict=True)
    ]
    most_serious = min(levels, key=_SEVERITY.index)
    county = _pick_cumulative(rng, _COUNTIES, _COUNTY_CUM)
    case_number = _case_number(rng, county, most_serious is Level.FELONY, offense_date.year)
    probation = None
    if most_serious is not Level.INFRACTION and rng.random() < (
        0.65 if most_serious is Level.FELONY else 0.7
    ):
        probation = _probation(rng, most_serious, pronounced, as_of)
    # The age at offense stands in for an unknown date of birth (exchange-format §1.3).
    age_given = rng.random() < (0.1 if birth_known else 0.7)
    counts: list[Conviction] = []
    serving = supervised = False
    for spec, facts, level in zip(specs, measured, levels, strict=True):
        sentence, count_serving, count_supervised = _sentence(
            rng, spec, level, facts, pronounced, probation, as_of
        )
        serving |= count_serving
        supervised |= count_supervised
        counts.append(
            Conviction(
                id=_new_id(rng),
                case_number=case_number,
                county=county,
                code=spec.code,
                level=level,
                offense_date=offense_date,
                conviction_date=conviction_date,
                sentence_date=sentence_date,
                sentence=sentence,
                age_at_offense=_age(birth, offense_date) if age_given else None,
                **facts,
                **_relief(rng, spec, level, offense_date, sentence),
            )
        )
    return counts, serving, supervised


def _measured(rng: random.Random, spec: OffenseSpec, offense_date: date) -> dict[str, Any]:
    """The weight, plants or value the law weighs for this code; a tenth of cannabis
    quantities are left unknown, as they often are on a RAP sheet."""
    measure = spec.measure
    if spec.family is OffenseFamily.CANNABIS and rng.random() < 0.1:
        return {}
    if measure is Measure.CONCENTRATE:
        return {"offense_facts": {"concentrated_grams": round(rng.uniform(0.5, 30), 1)}}
    if measure is Measure.GRAMS_UP_TO_28_5:
        return {"quantity_grams": round(rng.uniform(0.5, 28.5), 1)}
    if measure is Measure.GRAMS_OVER_28_5:
        return {"quantity_grams": round(rng.uniform(28.6, 450), 1)}
    if measure is Measure.GRAMS_FOR_SALE:
        return {"quantity_grams": round(rng.lognormvariate(5, 1.2), 1)}
    if measure is Measure.PLANTS:
        return {"plants": rng.randrange(2, 200)}
    if measure is Measure.PLANTS_OVER_6:
        return {"plants": rng.randrange(7, 100)}
    if measure is Measure.PETTY_VALUE:
        return {"value_usd": round(rng.uniform(5, 950), 2)}
    if measure is Measure.BURGLARY:
        residential = rng.random() < 0.35
        # After Prop 47, entering a store to steal $950 or less is shoplifting (PC 459.5).
        floor = 950.01 if offense_date >= PROP_47 and not residential else 20.0
        return {
            "value_usd": round(rng.uniform(floor, 20_000), 2),
            "offense_facts": {"residential": residential},
        }
    if measure is Measure.VANDALISM:
        return {"value_usd": round(rng.uniform(50, 5_000), 2)}
    return {}


def _level(
    rng: random.Random, spec: OffenseSpec, offense_date: date, facts: dict[str, Any]
) -> Level:
    """The level as convicted: fixed by the code's class, chosen for wobblers and wobblettes."""
    if spec.offense_class == "felony":
        return Level.FELONY
    if spec.offense_class == "misdemeanor":
        return Level.MISDEMEANOR
    if spec.offense_class == "infraction":
        if spec.misdemeanor_before and offense_date < spec.misdemeanor_before:
            return Level.MISDEMEANOR
        return Level.INFRACTION
    if spec.offense_class == "wobblette":
        return Level.MISDEMEANOR if rng.random() < 0.6 else Level.INFRACTION
    # A wobbler. First-degree (residential) burglary is always a felony; vandalism under $400
    # never is (PC 594(b)); Prop 47 ended the felony option for some codes.
    if facts.get("offense_facts", {}).get("residential"):
        return Level.FELONY
    value = facts.get("value_usd")
    if spec.measure is Measure.VANDALISM and value is not None and value < 400:
        return Level.MISDEMEANOR
    if spec.felony_before and offense_date >= spec.felony_before:
        return Level.MISDEMEANOR
    return Level.FELONY if rng.random() < 0.5 else Level.MISDEMEANOR


def _probation(rng: random.Random, level: Level, pronounced: date, as_of: date) -> _Probation:
    years = rng.randrange(3, 6) if level is Level.FELONY else rng.randrange(1, 4)
    end = _add_years(pronounced, years)
    terminated_early = rng.random() < 0.08
    if terminated_early:
        end = pronounced + timedelta(days=rng.randrange(180, (end - pronounced).days))
    violated = _pick(rng, (False, True, None), (65, 25, 10))
    revoked_on = None
    if violated and rng.random() < 0.3:
        revoked_on = pronounced + timedelta(days=rng.randrange(60, (end - pronounced).days))
        end = revoked_on
    # Early termination or revocation cannot be dated after the day the record is read.
    if end > as_of and (terminated_early or revoked_on):
        end = as_of
        revoked_on = as_of if revoked_on else None
    return _Probation(end, terminated_early, violated, revoked_on)


def _sentence(
    rng: random.Random,
    spec: OffenseSpec,
    level: Level,
    facts: dict[str, Any],
    pronounced: date,
    probation: _Probation | None,
    as_of: date,
) -> tuple[Sentence, bool, bool]:
    """The sentence of one count, and whether it is still being served or supervised."""
    if level is Level.INFRACTION:
        paid = pronounced + timedelta(days=rng.randrange(0, 120))
        sentence = Sentence(
            probation_granted=False,
            prison=PrisonSentence.NONE,
            sentence_completed_date=paid if paid <= as_of else None,
        )
        return sentence, paid > as_of, False
    if probation is not None:
        return _probation_sentence(rng, spec, level, facts, pronounced, probation, as_of)
    if level is Level.MISDEMEANOR:
        jail_days = _pick(rng, (0, 2, 10, 30, 90, 180, 365), (20, 20, 20, 15, 12, 8, 5))
        released = pronounced + timedelta(days=jail_days)
        sentence = Sentence(
            probation_granted=False,
            jail_days=jail_days,
            prison=PrisonSentence.NONE,
            sentence_completed_date=_completion(rng, released, pronounced, as_of),
        )
        return sentence, released > as_of, False
    prison = _custody(rng, spec, facts, pronounced)
    return _custody_sentence(rng, prison, pronounced, as_of)


def _probation_sentence(
    rng: random.Random,
    spec: OffenseSpec,
    level: Level,
    facts: dict[str, Any],
    pronounced: date,
    probation: _Probation,
    as_of: date,
) -> tuple[Sentence, bool, bool]:
    felony = level is Level.FELONY
    jail_days = _pick(rng, (None, 0, 10, 30, 90, 180, 365), (25, 20, 20, 15, 10, 6, 4))
    prison = PrisonSentence.NONE
    completed = probation.end
    if probation.revoked_on is not None:
        # Revoked: the suspended term was executed; a felony goes to prison or county jail.
        term = rng.randrange(60, 365) if not felony else rng.randrange(240, 1100)
        completed = probation.revoked_on + timedelta(days=term)
        if felony:
            prison = _custody(rng, spec, facts, probation.revoked_on, split=False)
    serving = probation.revoked_on is not None and completed > as_of
    sentence = Sentence(
        probation_granted=True,
        probation_end_date=probation.end,
        probation_terminated_early=probation.terminated_early,
        probation_violated=probation.violated,
        probation_revoked=probation.revoked_on is not None,
        jail_days=jail_days,
        prison=prison,
        execution_suspended=_pick(rng, (None, False, True), (60, 30, 10)) if felony else None,
        sentence_completed_date=None if completed > as_of else completed,
    )
    on_probation = probation.revoked_on is None and probation.end > as_of
    return sentence, serving, on_probation


def _custody(
    rng: random.Random,
    spec: OffenseSpec,
    facts: dict[str, Any],
    pronounced: date,
    *,
    split: bool = True,
) -> PrisonSentence:
    """State prison, or county jail under PC 1170(h) where realignment allows it: only from
    2011-10-01, only for codes offenses.csv marks, never for residential burglary."""
    realigned = spec.county_jail_1170h == "yes" or (
        spec.county_jail_1170h == "depends"
        and not facts.get("offense_facts", {}).get("residential")
    )
    if not realigned or pronounced < REALIGNMENT:
        return PrisonSentence.STATE_PRISON
    choices = (
        PrisonSentence.COUNTY_JAIL_1170H_SPLIT,
        PrisonSentence.COUNTY_JAIL_1170H_STRAIGHT,
        PrisonSentence.STATE_PRISON,
    )
    return _pick(rng, choices, (45 if split else 0, 30, 25))


def _custody_sentence(
    rng: random.Random, prison: PrisonSentence, pronounced: date, as_of: date
) -> tuple[Sentence, bool, bool]:
    """A felony term served in custody, with parole, PRCS or mandatory supervision after it."""
    term_days = rng.randrange(480, 2200)
    if prison is PrisonSentence.COUNTY_JAIL_1170H_SPLIT:
        # The sentence includes the mandatory supervision, which ends with it.
        ends = pronounced + timedelta(days=term_days)
        released = pronounced + timedelta(days=term_days // 2)
        supervision_end: date | None = ends
    elif prison is PrisonSentence.STATE_PRISON:
        # Credits cut a prison term to about 60 %; parole or PRCS follows release.
        ends = released = pronounced + timedelta(days=term_days * 6 // 10)
        supervision_end = released + timedelta(days=rng.randrange(365, 1100))
    else:
        ends = released = pronounced + timedelta(days=term_days // 2)
        supervision_end = None
    serving = ends > as_of
    if released > as_of:
        supervision_end = None
    sentence = Sentence(
        probation_granted=False,
        prison=prison,
        sentence_completed_date=_completion(rng, ends, pronounced, as_of),
        supervision_end_date=supervision_end,
    )
    supervised = supervision_end is not None and supervision_end > as_of and released <= as_of
    return sentence, serving, supervised


def _completion(rng: random.Random, ends: date, pronounced: date, as_of: date) -> date | None:
    """The completion date the intake knows: none while serving, and for a few old sentences
    none because nobody remembers it (the rules then ask for it)."""
    if ends > as_of:
        return None
    if pronounced.year < 2010 and rng.random() < 0.05:
        return None
    return ends


def _relief(
    rng: random.Random, spec: OffenseSpec, level: Level, offense_date: date, sentence: Sentence
) -> dict[str, Any]:
    """Relief a few clients already won, and dismissed charges that hint at a cannabis plea."""
    if level is Level.FELONY and sentence.sentence_completed_date is not None:
        if spec.code in {"HS 11350(a)", "HS 11377(a)"} and rng.random() < 0.15:
            return {"current_level": Level.MISDEMEANOR, "relief_granted": (Remedy.PC1170_18,)}
        if spec.offense_class == "wobbler" and sentence.probation_granted and rng.random() < 0.1:
            return {"current_level": Level.MISDEMEANOR, "relief_granted": (Remedy.PC17B,)}
    if spec.code == "HS 11364" and rng.random() < 0.3:
        cannabis = [
            s for s in _BY_FAMILY[OffenseFamily.CANNABIS] if s.since <= offense_date < s.until
        ]
        if cannabis:
            return {"charged_codes": (rng.choice(cannabis).code,)}
    return {}


def _case_number(rng: random.Random, county: str, felony: bool, year: int) -> str:
    """A case number in the style of the county's court, so the list looks like a real docket."""
    if county == "Los Angeles":
        if felony:
            prefix = rng.choice(("BA", "GA", "KA", "LA", "MA", "NA", "PA", "SA", "TA", "VA"))
            return f"{prefix}{rng.randrange(10**6):06d}"
        return f"{year % 10}{rng.choice(('CA', 'CJ', 'MP', 'VY', 'LB'))}{rng.randrange(10**5):05d}"
    if county == "Orange":
        return f"{year % 100:02d}{'CF' if felony else 'NM'}{rng.randrange(10**5):05d}"
    if county == "Riverside":
        return f"{'RIF' if felony else 'RIM'}{rng.randrange(10**7):07d}"
    if county == "San Bernardino":
        return f"{'FSB' if felony else 'MSB'}{rng.randrange(10**7):07d}"
    if county == "San Diego":
        return f"{'SCD' if felony else 'M'}{rng.randrange(10**6):06d}"
    return f"{year % 100:02d}{'CR' if felony else 'CM'}{rng.randrange(10**6):06d}"


# --- arrests -------------------------------------------------------------------------------


def _arrests(
    rng: random.Random, birth: date, as_of: date, *, at_least_one: bool
) -> tuple[Arrest, ...]:
    """Arrests that did not end in a conviction here (a few did, recorded elsewhere)."""
    count = _pick(rng, (1, 2), (70, 30)) if at_least_one else _pick(rng, (0, 1, 2), (55, 30, 15))
    adult_from = _add_years(birth, 18)
    latest = as_of - timedelta(days=1)
    arrests: list[Arrest] = []
    while len(arrests) < count:
        spec = _pick_cumulative(rng, OFFENSES, _OFFENSE_CUM)
        window = _window(spec, adult_from, latest)
        if window is None:
            continue
        start, end = window
        arrested = start + timedelta(days=rng.randrange((end - start).days))
        disposition = _pick(
            rng,
            (
                ArrestDisposition.NO_CHARGES,
                ArrestDisposition.DISMISSED,
                ArrestDisposition.ACQUITTED,
                ArrestDisposition.DIVERSION_COMPLETED,
                ArrestDisposition.CONVICTED,
            ),
            (35, 30, 8, 20, 7),
        )
        disposed = min(as_of, arrested + timedelta(days=rng.randrange(3, 500)))
        known = rng.random() < (0.4 if disposition is ArrestDisposition.NO_CHARGES else 0.9)
        facts: dict[str, bool | int | float | None] = {}
        if spec.code in _DOMESTIC_VIOLENCE and rng.random() < 0.5:
            facts["dv_child_elder_pattern"] = rng.random() < 0.2
        arrests.append(
            Arrest(
                id=_new_id(rng),
                arrest_date=arrested,
                code=spec.code,
                level=_level(rng, spec, arrested, {}),
                disposition=disposition,
                disposition_date=disposed if known else None,
                may_be_refiled=(
                    _pick(rng, (True, False, None), (20, 50, 30))
                    if disposition is ArrestDisposition.DISMISSED
                    else None
                ),
                offense_facts=facts,
            )
        )
    return tuple(arrests)


# --- small helpers -------------------------------------------------------------------------

_T = TypeVar("_T")


def _pick(rng: random.Random, choices: Sequence[_T], weights: Sequence[float]) -> _T:
    """A weighted choice: `random.choices` builds a cumulative list on every call, which is the
    largest single cost of a client when used for each of its few dozen small choices."""
    remaining = rng.random() * sum(weights)
    for choice, weight in zip(choices, weights, strict=True):
        remaining -= weight
        if remaining < 0:
            return choice
    return choices[-1]


def _pick_cumulative(rng: random.Random, choices: Sequence[_T], cumulative: Sequence[float]) -> _T:
    """`_pick` with precomputed cumulative weights, for the long county and family lists."""
    return choices[bisect(cumulative, rng.random() * cumulative[-1])]


def _window(spec: OffenseSpec, adult_from: date, latest: date) -> tuple[date, date] | None:
    """The offense dates [start, end) on which this person, as an adult, could commit `spec`."""
    start = max(spec.since, adult_from)
    end = min(spec.until, latest)
    return (start, end) if start < end else None


def _new_id(rng: random.Random) -> str:
    """A record id like `model.new_id`'s, but from the seeded generator so output repeats."""
    return f"{rng.getrandbits(128):032x}"


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
