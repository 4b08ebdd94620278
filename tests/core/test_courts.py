"""The court table: the bundled 58 counties and the clinic's own courts.csv laid over them."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinic_app.core import courts
from clinic_app.core.courts import (
    Court,
    bundled_courts,
    counties,
    court_for,
    read_courts,
    save_user_courts,
    user_courts_file,
)
from clinic_app.core.errors import CannotWrite

FRESNO = Court("Fresno", "1100 Van Ness Avenue", "Fresno, CA 93724")


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of this test's own: a courts.csv left behind would change every
    later test's court addresses."""
    folder = tmp_path / "home"
    monkeypatch.setenv("CLINIC_APP_HOME", str(folder))
    return folder


def every_court() -> list[Court]:
    return [court_for(county) for county in counties()]


def test_the_bundled_table_has_the_58_counties() -> None:
    assert len(counties()) == 58
    assert court_for("Los Angeles").name == "SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES"


def test_only_the_rows_that_differ_from_the_bundle_are_written(home: Path) -> None:
    edited = [FRESNO if court.county == "Fresno" else court for court in every_court()]

    save_user_courts(edited)

    assert user_courts_file() == home / "courts.csv"
    assert user_courts_file().read_text(encoding="utf-8") == (
        'county,street,city_state_zip\nFresno,1100 Van Ness Avenue,"Fresno, CA 93724"\n'
    )


def test_court_for_returns_the_saved_rows() -> None:
    save_user_courts([FRESNO, Court("Kern", "1415 Truxtun Avenue", "Bakersfield, CA 93301")])

    assert court_for("Fresno") == FRESNO
    assert court_for("fresno county") == FRESNO
    assert court_for("Kern").street == "1415 Truxtun Avenue"
    assert court_for("Alameda") == bundled_courts()["alameda"]


def test_saving_the_bundled_rows_writes_no_row_and_the_bundle_still_answers() -> None:
    save_user_courts([FRESNO])
    save_user_courts(list(bundled_courts().values()))

    assert read_courts(user_courts_file()) == {}
    assert court_for("Fresno") == bundled_courts()["fresno"]


def test_a_blank_over_a_bundled_address_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clinic that blanks an address the app ships (to write it by hand) keeps its blank."""
    monkeypatch.setattr(courts, "bundled_courts", lambda: {"fresno": FRESNO})

    save_user_courts([Court("Fresno")])

    assert read_courts(user_courts_file()) == {"fresno": Court("Fresno")}
    assert court_for("Fresno") == Court("Fresno")


def test_text_is_stripped_and_commas_quotes_and_accents_survive() -> None:
    court = Court(" San Luis Obispo ", ' 1035 Palm St, Room "385" ', "San Luis Obispo, CA 93408")
    accented = Court("Fresno", "Calle Ñandú 5", "Fresno, CA 93721")

    save_user_courts([court, accented])

    assert court_for("San Luis Obispo") == Court(
        "San Luis Obispo", '1035 Palm St, Room "385"', "San Luis Obispo, CA 93408"
    )
    assert court_for("Fresno") == accented


def test_the_file_is_replaced_whole_and_no_temporary_file_is_left(home: Path) -> None:
    save_user_courts([FRESNO])
    save_user_courts([Court("Kern", "1415 Truxtun Avenue", "Bakersfield, CA 93301")])

    assert sorted(path.name for path in home.iterdir()) == ["courts.csv"]
    assert court_for("Fresno") == bundled_courts()["fresno"]


def test_a_file_that_cannot_be_written_raises_cannot_write(home: Path) -> None:
    (home / "courts.csv").mkdir(parents=True)  # a folder where the file should go

    with pytest.raises(CannotWrite):
        save_user_courts([FRESNO])
