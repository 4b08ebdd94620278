"""A reading as the `clinic-app evaluate` input (exchange-format §1).

Only what the sheet shows goes in. A conviction or arrest missing a required fact, or whose
facts contradict each other, is left out and listed, so the volunteer can fill it in by hand
rather than have the rules decide on a guess.

Four person facts are required booleans in the format but no rap sheet can tell them:
pending charges (a new case may not be on it yet), a sentence being served, supervision,
and a prior "super strike" (an attorney's call). Probation running past `as_of` on a listed
conviction is read from the sheet; the rest are written as false and named in `assumed`,
which the command line prints and the GUI must ask about. The other unknowns stay null.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from clinic_app.core.model import EXCHANGE_CONTEXT, Arrest, Conviction, Record
from clinic_app.core.rapsheet.errors import ConvictionNotUsable, RapSheetError
from clinic_app.core.rapsheet.structures import ParsedArrest, ParsedConviction, ParsedRecord

ASSUMED_FALSE = ("pending_charges", "currently_serving_sentence", "prior_super_strike")
SUPERVISION = "on_probation_or_parole"


@dataclass(frozen=True)
class LeftOut:
    """A conviction or arrest that could not go into the document, and why."""

    kind: Literal["conviction", "arrest"]
    line: int
    label: str  # "PC 459, case BA123456": enough to find it on the sheet
    error: RapSheetError


@dataclass(frozen=True)
class ExchangeResult:
    document: dict[str, Any]
    left_out: tuple[LeftOut, ...]
    assumed: tuple[str, ...]  # person facts written as false because the sheet cannot tell


def to_exchange(parsed: ParsedRecord, as_of: date) -> dict[str, Any]:
    """The exchange-format input for `evaluate` (see `build_exchange` for what is left out)."""
    return build_exchange(parsed, as_of).document


def build_exchange(parsed: ParsedRecord, as_of: date) -> ExchangeResult:
    """The document, the entries left out of it, and the person facts assumed false."""
    left_out: list[LeftOut] = []
    convictions = [
        conviction
        for index, parsed_conviction in enumerate(parsed.convictions, start=1)
        if (conviction := _conviction(parsed_conviction, f"c{index}", as_of, left_out))
    ]
    arrests = [
        arrest
        for index, parsed_arrest in enumerate(parsed.arrests, start=1)
        if (arrest := _arrest(parsed_arrest, f"a{index}", left_out))
    ]
    supervised = any(_supervised_on(conviction, as_of) for conviction in convictions)
    assumed = ASSUMED_FALSE if supervised else (*ASSUMED_FALSE, SUPERVISION)
    birth = parsed.person.date_of_birth.value
    document: dict[str, Any] = {
        "as_of": as_of.isoformat(),
        "person": {
            "date_of_birth": birth.isoformat() if birth else None,
            "registered_290": bool(parsed.registered_290.value),
            "prior_290c_conviction": None,
            **dict.fromkeys(ASSUMED_FALSE, False),
            SUPERVISION: supervised,
            "trafficking_survivor": None,
            "immigration_concern": None,
        },
        "convictions": [conviction.model_dump(mode="json") for conviction in convictions],
        "arrests": [arrest.model_dump(mode="json") for arrest in arrests],
    }
    # The document must be what `evaluate` accepts; a failure here is a bug in this module.
    Record.model_validate(document, context=EXCHANGE_CONTEXT)
    return ExchangeResult(document, tuple(left_out), assumed)


def _conviction(
    parsed: ParsedConviction, conviction_id: str, as_of: date, left_out: list[LeftOut]
) -> Conviction | None:
    label = _label(parsed.code.value, f"case {parsed.case_number.value or '?'}")
    try:
        conviction = parsed.to_conviction(conviction_id)
    except RapSheetError as error:
        left_out.append(LeftOut("conviction", parsed.line, label, error))
        return None
    if conviction.conviction_date > as_of:
        late = ConvictionNotUsable(
            line=str(parsed.line), details=f"it is dated after the as-of date {as_of}"
        )
        left_out.append(LeftOut("conviction", parsed.line, label, late))
        return None
    return conviction


def _arrest(parsed: ParsedArrest, arrest_id: str, left_out: list[LeftOut]) -> Arrest | None:
    arrested = parsed.arrest_date.value
    label = _label(parsed.code.value, f"arrested {arrested.isoformat() if arrested else '?'}")
    try:
        return parsed.to_arrest(arrest_id)
    except RapSheetError as error:
        left_out.append(LeftOut("arrest", parsed.line, label, error))
        return None


def _label(code: str | None, where: str) -> str:
    return f"{code or 'unread code'}, {where}"


def _supervised_on(conviction: Conviction, as_of: date) -> bool:
    """Probation this sheet shows still running on `as_of`."""
    sentence = conviction.sentence
    ends = sentence.probation_end_date
    return (
        sentence.probation_granted
        and ends is not None
        and ends > as_of
        and not sentence.probation_revoked
    )
