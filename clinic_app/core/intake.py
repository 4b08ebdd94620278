"""The interview's logic without a screen: the questions the rules ask back, dates as typed,
and turning answers into validated records.

When a decision is `needs_review` because a fact is missing, its `missing_facts` names the
field (exchange-format §2: `plants`, `sentence.probation_violated`, ...). `QUESTIONS` says how
to ask each one, so the interview asks exactly that question next; the wording lives in
`resources/messages/intake/` in English and Spanish, written to be read aloud to the client.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from clinic_app.core.decision import Decision
from clinic_app.core.messages import message
from clinic_app.core.model import Arrest, Conviction
from clinic_app.core.resources import resources_dir
from clinic_app.core.rules.codes import UnreadableCode
from clinic_app.core.rules.offense_table import OffenseRow, offense_table

Answer = bool | int | float | date | str | None


class Kind(StrEnum):
    YES_NO = "yes_no"
    NUMBER = "number"
    WHOLE_NUMBER = "whole_number"
    DATE = "date"
    CUSTODY = "custody"  # sentence.prison: none / state prison / county jail (split or straight)


@dataclass(frozen=True)
class Question:
    fact: str  # the field path the rules named: "plants", "sentence.probation_violated"
    kind: Kind

    @property
    def message_key(self) -> str:
        return f"intake.question.{self.fact}"


def _questions(kinds: Mapping[str, Kind]) -> dict[str, Question]:
    return {fact: Question(fact, kind) for fact, kind in kinds.items()}


# Every fact a rule module may report missing for a conviction or an arrest.
QUESTIONS: dict[str, Question] = _questions(
    {
        "quantity_grams": Kind.NUMBER,
        "plants": Kind.WHOLE_NUMBER,
        "value_usd": Kind.NUMBER,
        "sentence.probation_violated": Kind.YES_NO,
        "sentence.probation_end_date": Kind.DATE,
        "sentence.sentence_completed_date": Kind.DATE,
        "sentence.execution_suspended": Kind.YES_NO,
        "sentence.prison": Kind.CUSTODY,
        "offense_facts.concentrated_grams": Kind.NUMBER,
        "offense_facts.residential": Kind.YES_NO,
        "offense_facts.person_present": Kind.YES_NO,
        "offense_facts.weapon_used": Kind.YES_NO,
        "offense_facts.gbi_personally_inflicted": Kind.YES_NO,
        "offense_facts.gang_allegation": Kind.YES_NO,
        "offense_facts.intent_larceny": Kind.YES_NO,
        "offense_facts.commercial_open_business_hours": Kind.YES_NO,
        "offense_facts.theft_based_10851": Kind.YES_NO,
        "offense_facts.dv_child_elder_pattern": Kind.YES_NO,
        "may_be_refiled": Kind.YES_NO,
        "disposition_date": Kind.DATE,
    }
)
# Facts asked elsewhere in the interview: the code is the conviction's own field, the date of
# birth is on the client step; the interview sends the volunteer there instead.
ASKED_ON_THE_FORM = frozenset({"code", "person.date_of_birth"})


def questions_for(decisions: Iterable[Decision]) -> list[Question]:
    """The questions the decisions still need, each once, in the order the rules raised them."""
    facts = dict.fromkeys(fact for d in decisions for fact in d.missing_facts)
    return [QUESTIONS[fact] for fact in facts if fact in QUESTIONS]


def answer(record: Conviction | Arrest, fact: str, value: Answer) -> Conviction | Arrest:
    """The conviction or arrest with `fact` set to `value`, validated again."""
    data: dict[str, Any] = record.model_dump()
    head, _, rest = fact.partition(".")
    if rest:
        data[head] = {**data[head], rest: value}
    else:
        data[head] = value
    return type(record).model_validate(data)


def current_answer(record: Conviction | Arrest, fact: str) -> Answer:
    data = record.model_dump()
    head, _, rest = fact.partition(".")
    value = data.get(head)
    if rest:
        value = value.get(rest) if isinstance(value, dict) else None
    return value


@dataclass(frozen=True)
class OffenseChoice:
    code: str  # canonical: "HS 11358(c)"
    label: str  # "HS 11358(c) — Cultivation of cannabis (offenses from 2016-11-09)"


def offense_choices(language: str = "en") -> list[OffenseChoice]:
    """What the offense picker offers: every row of the offense table with its title, and the
    years it applies to where a code meant different offenses over time."""
    choices = []
    for row in offense_table().rows():
        era = row.applies_to_offense_dates
        when = ""
        if era.startswith(">="):
            when = " " + message("intake.offense_era.from", language, date=era[2:])
        elif era.startswith("<"):
            when = " " + message("intake.offense_era.before", language, date=era[1:])
        title = offense_title(row, language)
        choices.append(OffenseChoice(row.code, f"{row.code} \u2014 {title}{when}"))
    return choices


def offense_title(row: OffenseRow, language: str = "en") -> str:
    """The offense's title in `language`; English where no translation was written."""
    if language == "es":
        return _spanish_titles().get((row.code, row.applies_to_offense_dates), row.title)
    return row.title


@cache
def _spanish_titles() -> dict[tuple[str, str], str]:
    """`resources/rules/offense_titles.es.csv`: the offense table's titles in Spanish, kept
    out of the legal table so a translator edits words and never a legal column."""
    path = resources_dir() / "rules" / "offense_titles.es.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            (line["code"], line["applies_to_offense_dates"]): line["title_es"]
            for line in csv.DictReader(handle)
        }


def describe_code(
    text: str, offense_date: date | None, language: str = "en"
) -> tuple[str, str | None]:
    """The code as the rules will read it, and its title as the law stood on the offense
    date (None for a code the table does not know: the rules then ask an attorney)."""
    table = offense_table()
    try:
        code = table.normalise(text)
    except UnreadableCode:
        return text.strip(), None
    if offense_date is not None:
        row = table.lookup(code, offense_date).row
        return code, None if row is None else offense_title(row, language)
    # No offense date yet: any era's title, so a code is not called unknown too early.
    rows = [row for row in table.rows() if row.code == code]
    return code, offense_title(rows[0], language) if rows else None


def subdivisions_of(code: str) -> list[str]:
    """The table's subdivisions of a bare section ("HS 11357" -> "HS 11357(a)", ...). The
    law treats them differently, so the rules cannot decide a bare section that has them."""
    if "(" in code:
        return []
    return list(
        dict.fromkeys(row.code for row in offense_table().rows() if row.code.startswith(code + "("))
    )


_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_date(text: str) -> date | None:
    """A date as a volunteer types it: 2014-09-15 or 9/15/2014 (the way court papers print
    it). Blank is None; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    found = _US_DATE.fullmatch(text)
    if found:
        month, day, year = (int(part) for part in found.groups())
        return date(year, month, day)
    return date.fromisoformat(text)
