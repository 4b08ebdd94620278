"""Where a client stands in the clinic's work, and the intake typed so far.

A client moves from intake (a volunteer is asking the questions) to needs review (handed to
an attorney), approved (signed off), documents printed, filed, and finally granted or denied.
The client list filters on it and the review queue is the clients that need review.

An intake in progress is kept as an `IntakeDraft`: every answer as typed, saved the moment it
is confirmed, so a laptop that dies mid-interview loses nothing and the interview reopens on
the step where it stopped. The draft holds raw answers (a half-typed date, a code not yet
looked up); the client record itself only ever holds facts that validated.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Answer = str | bool | int | float | None


class ClientStatus(StrEnum):
    INTAKE = "intake"
    NEEDS_REVIEW = "needs_review"
    APPROVED = "approved"
    DOCUMENTS_PRINTED = "documents_printed"
    FILED = "filed"
    GRANTED = "granted"
    DENIED = "denied"


class IntakeDraft(BaseModel):
    """The interview as typed: answers by field name, and the step on screen."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    client_id: Annotated[str, StringConstraints(min_length=1)]
    step: Annotated[int, Field(ge=0)] = 0
    answers: dict[str, Answer] = {}
    saved_at: datetime

    @property
    def first_name(self) -> str:
        return str(self.answers.get("first_name") or "").strip()

    @property
    def last_name(self) -> str:
        return str(self.answers.get("last_name") or "").strip()
