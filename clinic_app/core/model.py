"""Domain model: a client, their record (convictions and arrests) and the person-level facts.

The shapes follow `shared/domain/exchange-format.md` field for field, so the JSON that
`clinic-app evaluate` reads, the JSON `clinic-app clients export` writes and the rows the
store keeps are one model. Pydantic validates it, because a clinic imports JSON from other
tools and every bad field must be named in words a volunteer understands
(see `describe_validation_error`).

`Client` adds what the exchange format leaves out on purpose (names, contact, language):
identity lives beside the legal facts, never inside a rule's input.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from clinic_app.core.workflow import ClientStatus

# Validation context for documents read from outside (exchange-format.md §6):
# `Model.model_validate(data, context=EXCHANGE_CONTEXT)`.
EXCHANGE_FORMAT = "exchange_format"
EXCHANGE_CONTEXT = {EXCHANGE_FORMAT: True}

NonEmptyText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def new_id() -> str:
    """A random id for a stored record: never derived from a name or a case number."""
    return uuid.uuid4().hex


class Level(StrEnum):
    FELONY = "felony"
    MISDEMEANOR = "misdemeanor"
    INFRACTION = "infraction"


class PrisonSentence(StrEnum):
    """Custody type; decides the PC 1203.41 waiting period (split 1 year, straight or prison 2)."""

    NONE = "none"
    STATE_PRISON = "state_prison"
    COUNTY_JAIL_1170H_STRAIGHT = "county_jail_1170h_straight"
    COUNTY_JAIL_1170H_SPLIT = "county_jail_1170h_split"


class ArrestDisposition(StrEnum):
    NO_CHARGES = "no_charges"
    DISMISSED = "dismissed"
    ACQUITTED = "acquitted"
    DIVERSION_COMPLETED = "diversion_completed"
    CONVICTED = "convicted"


class Remedy(StrEnum):
    """Remedy ids of `shared/domain/README.md`, in the order decisions are emitted."""

    HS11361_8_DISMISS = "hs11361_8_dismiss"
    HS11361_8_REDESIGNATE = "hs11361_8_redesignate"
    PC1170_18 = "pc1170_18"
    PC17B = "pc17b"
    PC1203_4 = "pc1203_4"
    PC1203_4A = "pc1203_4a"
    PC1203_41 = "pc1203_41"
    PC1203_42 = "pc1203_42"
    PC1203_425 = "pc1203_425"
    PC236_14 = "pc236_14"
    PC1203_49 = "pc1203_49"
    PC851_91 = "pc851_91"
    PC851_93 = "pc851_93"


class Language(StrEnum):
    ENGLISH = "en"
    SPANISH = "es"


class RecordSource(StrEnum):
    """Where the intake learned of the record: it tells the attorney how far to trust it."""

    CLIENT_MEMORY = "client_memory"
    DOJ_RECORD_REVIEW = "doj_record_review"
    COURT_PRINTOUT = "court_printout"
    OTHER = "other"


class _Model(BaseModel):
    """Strict about unknown keys, so a misspelt field is reported instead of silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class PersonFacts(_Model):
    """Person-level facts that decide remedies across the whole record (exchange-format §1.2)."""

    date_of_birth: date | None
    registered_290: bool
    prior_290c_conviction: bool | None = None
    pending_charges: bool
    currently_serving_sentence: bool
    on_probation_or_parole: bool
    prior_super_strike: bool
    trafficking_survivor: bool | None = None
    immigration_concern: bool | None = None

    @property
    def has_prior_290c_conviction(self) -> bool:
        """Defaults to current registration when not stated (exchange-format §1.2)."""
        if self.prior_290c_conviction is None:
            return self.registered_290
        return self.prior_290c_conviction


class Sentence(_Model):
    """The sentence of one count (exchange-format §1.3, `sentence.*`)."""

    probation_granted: bool
    probation_end_date: date | None = None
    probation_terminated_early: bool = False
    probation_violated: bool | None = None
    probation_revoked: bool = False
    jail_days: Annotated[int, Field(ge=0)] | None = None
    prison: PrisonSentence
    execution_suspended: bool | None = None
    # Required key for a non-probation sentence, though null is allowed (see the validator).
    sentence_completed_date: date | None = None
    supervision_end_date: date | None = None

    @model_validator(mode="before")
    @classmethod
    def _completion_key_present(cls, data: Any, info: ValidationInfo) -> Any:
        """Exchange-format rule (§6): a file must say the sentence is unfinished (null)
        rather than leave the key out. The store omits defaults, so it is not held to it."""
        if (
            (info.context or {}).get(EXCHANGE_FORMAT)
            and isinstance(data, dict)
            and data.get("probation_granted") is False
            and "sentence_completed_date" not in data
        ):
            raise ValueError(
                "sentence_completed_date must be given when probation was not granted "
                "(write null if the sentence is not finished or the date is unknown)"
            )
        return data


class Conviction(_Model):
    """One count of conviction (exchange-format §1.3)."""

    id: NonEmptyText = Field(default_factory=new_id)
    case_number: NonEmptyText
    county: NonEmptyText
    code: NonEmptyText
    level: Level
    current_level: Level | None = None
    offense_date: date
    conviction_date: date
    sentence_date: date | None = None
    sentence: Sentence
    quantity_grams: Annotated[float, Field(ge=0)] | None = None
    plants: Annotated[int, Field(ge=0)] | None = None
    age_at_offense: Annotated[int, Field(ge=0, le=120)] | None = None
    value_usd: Annotated[float, Field(ge=0)] | None = None
    offense_facts: dict[str, bool | int | float | None] = Field(default_factory=dict)
    relief_granted: tuple[Remedy, ...] = ()
    charged_codes: tuple[NonEmptyText, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Conviction:
        if self.conviction_date < self.offense_date:
            raise ValueError("conviction_date is before offense_date")
        if self.sentence_date is not None and self.sentence_date < self.conviction_date:
            raise ValueError("sentence_date is before conviction_date")
        if self.sentence.prison is not PrisonSentence.NONE and self.level is not Level.FELONY:
            raise ValueError(
                f"a {self.level.value} cannot carry a {self.sentence.prison.value} sentence "
                "(only felonies are sentenced to prison or to county jail under PC 1170(h))"
            )
        return self

    @property
    def pronouncement_date(self) -> date:
        """Date of pronouncement of judgment; defaults to the conviction date (§1.3)."""
        return self.sentence_date or self.conviction_date


class Arrest(_Model):
    """An arrest that did not end in a conviction, or whose outcome is being checked (§1.4)."""

    id: NonEmptyText = Field(default_factory=new_id)
    arrest_date: date
    code: NonEmptyText
    level: Level
    disposition: ArrestDisposition
    disposition_date: date | None = None
    may_be_refiled: bool | None = None
    offense_facts: dict[str, bool | int | float | None] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _dates_in_order(self) -> Arrest:
        if self.disposition_date is not None and self.disposition_date < self.arrest_date:
            raise ValueError("disposition_date is before arrest_date")
        return self


class Case(_Model):
    """One court case: the counts of conviction that share a case number in one county."""

    county: str
    case_number: str
    convictions: tuple[Conviction, ...]


class Record(_Model):
    """One person's record as the rule module reads it: `clinic-app evaluate` input (§1)."""

    as_of: date
    person: PersonFacts
    convictions: tuple[Conviction, ...]
    arrests: tuple[Arrest, ...]

    @model_validator(mode="after")
    def _consistent(self) -> Record:
        _require_unique_ids(self.convictions, "convictions")
        _require_unique_ids(self.arrests, "arrests")
        for conviction in self.convictions:
            if self.as_of < conviction.conviction_date:
                raise ValueError(
                    f"as_of ({self.as_of}) is before the conviction date of {conviction.id}"
                )
        return self


class Contact(_Model):
    phone: str = ""
    email: str = ""
    mailing_address: str = ""


class ClientIdentity(_Model):
    """Who the client is and how to reach them: everything about a client that is not a fact
    the rules read. Names are kept as given (accents, apostrophes, two surnames); search folds
    accents, the display never does."""

    id: NonEmptyText = Field(default_factory=new_id)
    first_name: NonEmptyText
    last_name: NonEmptyText
    other_names: tuple[NonEmptyText, ...] = ()
    preferred_language: Language = Language.ENGLISH
    contact: Contact = Field(default_factory=Contact)
    consent_to_contact: bool = False
    record_source: RecordSource | None = None
    notes: str = ""

    @field_validator("other_names", mode="before")
    @classmethod
    def _drop_blank_names(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return tuple(name for name in value if str(name).strip())
        return value

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Client(ClientIdentity):
    """A clinic's client: identity beside the legal facts and the record.

    `id` is the store's key.
    """

    person: PersonFacts
    convictions: tuple[Conviction, ...] = ()
    arrests: tuple[Arrest, ...] = ()

    @model_validator(mode="after")
    def _unique_record_ids(self) -> Client:
        _require_unique_ids(self.convictions, "convictions")
        _require_unique_ids(self.arrests, "arrests")
        return self

    @property
    def cases(self) -> tuple[Case, ...]:
        """Convictions grouped by court case, in the order the cases first appear.

        A petition is filed per case, in the court of conviction, covering its counts.
        """
        grouped: dict[tuple[str, str], list[Conviction]] = {}
        for conviction in self.convictions:
            grouped.setdefault((conviction.county, conviction.case_number), []).append(conviction)
        return tuple(
            Case(county=county, case_number=number, convictions=tuple(counts))
            for (county, number), counts in grouped.items()
        )

    @property
    def identity(self) -> ClientIdentity:
        return ClientIdentity(**{name: getattr(self, name) for name in ClientIdentity.model_fields})

    def record(self, as_of: date) -> Record:
        """The client's record as the rule module's input, decided as of `as_of`."""
        return Record(
            as_of=as_of, person=self.person, convictions=self.convictions, arrests=self.arrests
        )


class ClientDocument(_Model):
    """The JSON a clinic exchanges for one client: the `evaluate` input plus a `client` block.

    `clients export` writes it and `clients import` reads it; `evaluate` reads the same file
    and ignores `client`, so a volunteer can pipe an export straight into the rules.
    """

    format: str = "clean-slate-desk/client-v1"
    as_of: date | None = None
    client: ClientIdentity
    person: PersonFacts
    convictions: tuple[Conviction, ...] = ()
    arrests: tuple[Arrest, ...] = ()

    @classmethod
    def from_client(cls, client: Client, as_of: date | None = None) -> ClientDocument:
        return cls(
            as_of=as_of,
            client=client.identity,
            person=client.person,
            convictions=client.convictions,
            arrests=client.arrests,
        )

    def to_client(self) -> Client:
        return Client(
            **{name: getattr(self.client, name) for name in ClientIdentity.model_fields},
            person=self.person,
            convictions=self.convictions,
            arrests=self.arrests,
        )


class ClientSummary(_Model):
    """One row of the client list: enough to find a person, nothing more."""

    id: str
    first_name: str
    last_name: str
    date_of_birth: date | None
    conviction_count: int
    updated_at: str
    status: ClientStatus = ClientStatus.INTAKE
    sort_key: str = ""  # the store's alphabetical key (accents folded)

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def _require_unique_ids(items: tuple[Conviction, ...] | tuple[Arrest, ...], where: str) -> None:
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise ValueError(f"{where}: id {item.id!r} is used twice")
        seen.add(item.id)


# --- plain-words validation errors -------------------------------------------------------

_ERROR_WORDS = {
    "missing": "is missing",
    "extra_forbidden": "is not a field this format knows (check the spelling)",
    "date_from_datetime_parsing": "is not a date; write it as YYYY-MM-DD",
    "date_from_datetime_inexact": "is not a date; write it as YYYY-MM-DD",
    "date_parsing": "is not a date; write it as YYYY-MM-DD",
    "date_type": "is not a date; write it as YYYY-MM-DD",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "string_type": "must be text",
    "string_too_short": "must not be empty",
    "greater_than_equal": "must not be negative",
    "less_than_equal": "is too large",
    "tuple_type": "must be a list",
    "list_type": "must be a list",
    "dict_type": "must be an object",
    "model_type": "must be an object",
}


def _field_path(location: tuple[int | str, ...]) -> str:
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part.startswith("function-") or part in {"tagged-union"}:
            continue
        else:
            path += f".{part}" if path else part
    return path or "document"


def describe_validation_error(error: ValidationError) -> str:
    """One line per problem, naming the field by its path: `convictions[0].offense_date: ...`."""
    lines = []
    for problem in error.errors(include_url=False):
        field = _field_path(tuple(problem["loc"]))
        kind = problem["type"]
        if kind == "enum":
            allowed = problem.get("ctx", {}).get("expected", "")
            words = f"must be one of {allowed}"
        elif kind == "value_error":
            words = str(problem.get("ctx", {}).get("error", problem["msg"]))
        else:
            words = _ERROR_WORDS.get(kind, problem["msg"].lower())
        lines.append(f"{field}: {words}")
    return "; ".join(dict.fromkeys(lines))
