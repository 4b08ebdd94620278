"""What a filing needs that the rules do not: who files, who serves, the client's choices.

These facts (forms.md marks them "(intake)") are collected after the decisions, usually by
the attorney preparing the packet. Every one has a default that prints a blank line to be
filled in by hand, so a packet can always be produced and nothing is invented.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from clinic_app.core.review import DecisionReview

Text = Annotated[str, StringConstraints(strip_whitespace=True)]


class _Details(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Party(_Details):
    """A person or office served, or the adult who serves (forms.md §11)."""

    name: Text = ""
    street: Text = ""
    city_state_zip: Text = ""
    phone: Text = ""


class ArrestDetails(_Details):
    """CR-409 facts about one arrest that the exchange format does not carry (forms.md §10.1)."""

    county: Text = ""
    agency: Text = ""
    location: Text = ""
    agency_report_number: Text = ""
    booking_number: Text = ""
    prosecutor_number: Text = ""
    court_case_number: Text = ""


DISTRICT_ATTORNEY = "Office of the District Attorney"


class FilingDetails(_Details):
    """One client's filing choices and the facts forms need beyond the record."""

    # The attorney of record (a bar number from the clinic's settings), or "" for a client
    # filing in pro per.
    attorney_bar_number: Text = ""
    name_in_court_case: Text = ""  # "" : the client's name as recorded
    declaration_text: str = ""  # the client's own statement for MC-031 ("" : lines by hand)
    # CR-400 items 3 and 4 give up rights: the client chooses them, so they start unticked.
    waive_original_judge: bool = False  # item 3: any judge may hear it
    waive_appearance: bool = False  # item 4: decide without the client present
    in_custody: bool = False  # Prop 47 item 1 sub-box
    request_hearing: bool = False  # Prop 47 item 2 sub-box
    interpreter_language: Text = ""  # CR-409 item 2
    server: Party = Party()
    prosecutor: Party = Party(name=DISTRICT_ATTORNEY)
    arrests: dict[str, ArrestDetails] = {}  # by arrest id


def prosecutor_for(details: FilingDetails, county: str) -> Party:
    """Who is served for a case in `county`. Each case is served on the district attorney
    of its own county: a client with cases in three counties serves three offices. The
    default entry names the office of the case's county; a prosecutor typed in Filing
    details is served as written."""
    if details.prosecutor == Party(name=DISTRICT_ATTORNEY) and county:
        return Party(name=f"{DISTRICT_ATTORNEY}, County of {county}")
    return details.prosecutor


def details_before_entry(reviews: Iterable[DecisionReview]) -> FilingDetails:
    """The filing details of a client nobody has entered them for yet.

    The attorney who signed off most recently is the likeliest attorney of record; a clinic
    files for its clients far more often than a client files in pro per, so the petition
    names that attorney until someone chooses otherwise in Filing details.
    """
    latest = max(reviews, key=lambda review: review.reviewed_at, default=None)
    return FilingDetails(attorney_bar_number=latest.attorney.bar_number if latest else "")
