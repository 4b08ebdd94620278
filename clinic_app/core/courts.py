"""The superior court of each of California's 58 counties, for form captions.

The bundled table (`resources/courts/courts.csv`) names every court; street addresses are left
for the clinic to fill in, because a wrong courthouse address on a filing is worse than a
blank line, and criminal filings often go to a branch courthouse the clinic knows best. A
clinic's own copy, `courts.csv` in the app's data folder, overrides the bundled rows it lists.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from clinic_app.core.paths import data_dir
from clinic_app.core.resources import resources_dir
from clinic_app.core.safe_write import write_atomically

USER_FILE_NAME = "courts.csv"


@dataclass(frozen=True)
class Court:
    county: str  # "Los Angeles"
    street: str = ""
    city_state_zip: str = ""

    @property
    def name(self) -> str:
        return f"SUPERIOR COURT OF CALIFORNIA, COUNTY OF {self.county.upper()}"


def read_courts(path: Path) -> dict[str, Court]:
    with path.open(newline="", encoding="utf-8") as handle:
        return {
            row["county"].strip().casefold(): Court(
                row["county"].strip(), row["street"].strip(), row["city_state_zip"].strip()
            )
            for row in csv.DictReader(handle)
        }


@cache
def bundled_courts() -> dict[str, Court]:
    return read_courts(resources_dir() / "courts" / "courts.csv")


def user_courts_file() -> Path:
    return data_dir() / USER_FILE_NAME


def counties() -> list[str]:
    """The 58 county names, in alphabetical order (for pickers)."""
    return sorted(court.county for court in bundled_courts().values())


def court_for(county: str) -> Court:
    """The court of `county` ("Los Angeles", "los angeles county"): the clinic's row if it
    has one, else the bundled one, else a court with no address for an unknown name."""
    key = county.strip().removesuffix(" County").removesuffix(" county").strip().casefold()
    user_file = user_courts_file()
    if user_file.exists():
        found = read_courts(user_file).get(key)
        if found is not None:
            return found
    return bundled_courts().get(key, Court(county.strip()))


def save_user_courts(courts: Iterable[Court]) -> None:
    """Write the clinic's `courts.csv` (atomically) from `courts`, e.g. the 58 rows of the
    Settings screen.

    Only rows that differ from the bundled table are written. A row the clinic never touched
    keeps following the bundled table, so an address a later version of the app ships
    reaches it; a row the clinic changed (a branch courthouse, or a blank over a bundled
    address) is kept as the clinic wrote it. The file stays short enough to read and edit by
    hand. Rows of counties the bundled table does not know are written as given.
    """
    bundled = bundled_courts()
    rows = sorted(
        (court for court in _cleaned(courts) if bundled.get(court.county.casefold()) != court),
        key=lambda court: court.county.casefold(),
    )
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["county", "street", "city_state_zip"])
    writer.writerows([court.county, court.street, court.city_state_zip] for court in rows)
    path = user_courts_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text.getvalue().encode("utf-8"))


def _cleaned(courts: Iterable[Court]) -> list[Court]:
    """Stripped as `read_courts` strips, so an untouched row compares equal to the bundle."""
    return [
        Court(court.county.strip(), court.street.strip(), court.city_state_zip.strip())
        for court in courts
    ]
