"""The clinic's own details, printed on petitions and letters, kept in the encrypted store.

Not client data, but kept beside it: one file to back up, and the attorneys' names and bar
numbers are what a sign-off is recorded with.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from clinic_app.core.model import Language
from clinic_app.core.review import Attorney

Text = Annotated[str, StringConstraints(strip_whitespace=True)]


class ClinicSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    clinic_name: Text = ""
    street: Text = ""
    city_state_zip: Text = ""
    phone: Text = ""
    email: Text = ""
    attorneys: tuple[Attorney, ...] = ()
    default_language: Language = Language.ENGLISH
    idle_lock_minutes: Annotated[int, Field(ge=1, le=240)] = 10

    def attorney(self, bar_number: str) -> Attorney | None:
        return next((a for a in self.attorneys if a.bar_number == bar_number), None)
