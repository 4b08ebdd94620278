"""Each construct of a DOJ rap sheet, read on a small hand-written sheet: the values and the
lines they came from."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.core.model import Level, PrisonSentence, Remedy
from clinic_app.core.rapsheet import ConvictionNotUsable, CountDisposition, parse_text
from clinic_app.core.rapsheet.reasons import Reason
from tests.core.rapsheet.conftest import line_of, sheet

ARREST = """
* * * *
ARR/DET/CITE: NAM:01 DOB:19850312
20080115  CAPD LOS ANGELES
CNT:01     #0801150012
  459 PC-BURGLARY
   TOC:F
- - - -
"""


def test_person_names_aliases_birth_cii_and_sex(read) -> None:
    record = read(ARREST)
    person = record.person
    assert [name.value for name in person.names] == [
        "NUNEZ, JOSEFINA",
        "NUNEZ, JOSIE",
        "OBRIEN, JOSEFINA",
    ]
    assert [name.line for name in person.names] == [6, 7, 8]
    assert (person.date_of_birth.value, person.date_of_birth.line) == (date(1985, 3, 12), 4)
    assert (person.cii.value, person.cii.line) == ("A12345678", 3)
    assert (person.sex.value, person.sex.line) == ("F", 4)
    assert record.unread == ()


def test_an_arrest_with_no_court_event_is_an_arrest_without_a_disposition(read) -> None:
    record = read(ARREST)
    assert record.convictions == ()
    (arrest,) = record.arrests
    assert (arrest.code.value, arrest.code.line) == ("PC 459", line_of(record, "459 PC"))
    assert (arrest.arrest_date.value, arrest.arrest_date.line) == (
        date(2008, 1, 15),
        line_of(record, "20080115"),
    )
    assert (arrest.level.value, arrest.level.line) == (Level.FELONY, line_of(record, "TOC:F"))
    assert arrest.disposition.value is None
    assert arrest.missing() == ("disposition",)


def test_a_conviction_reads_court_case_county_code_level_and_dates(read) -> None:
    record = read(
        ARREST
        + """
COURT:                NAM:01
20080320  CASC LOS ANGELES

CNT:01     #BA123456
  459 PC-BURGLARY
*DISPO:CONVICTED
   CONV STATUS:FELONY
   SEN: 003 YEARS PROBATION, 180 DAYS JAIL
"""
    )
    (conviction,) = record.convictions
    court_line = line_of(record, "CASC LOS ANGELES")
    assert (conviction.case_number.value, conviction.case_number.line) == (
        "BA123456",
        line_of(record, "#BA123456"),
    )
    assert (conviction.court.value, conviction.county.value) == ("CASC LOS ANGELES", "Los Angeles")
    assert conviction.county.line == court_line
    assert (conviction.code.value, conviction.description.value) == ("PC 459", "BURGLARY")
    assert conviction.code.line == line_of(record, "CNT:01     #BA123456") + 1
    assert (conviction.level.value, conviction.level.line) == (
        Level.FELONY,
        line_of(record, "CONV STATUS"),
    )
    assert (conviction.conviction_date.value, conviction.conviction_date.line) == (
        date(2008, 3, 20),
        court_line,
    )
    assert (conviction.disposition.value, conviction.disposition.line) == (
        "CONVICTED",
        line_of(record, "DISPO:CONVICTED"),
    )
    assert conviction.cycle == 1
    assert record.arrests == ()


def test_the_offense_date_is_the_arrest_date_and_says_so(read) -> None:
    record = read(
        ARREST
        + """
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA123456
  459 PC-BURGLARY
*DISPO:CONVICTED
   CONV STATUS:FELONY
"""
    )
    offense = record.convictions[0].offense_date
    assert (offense.value, offense.line) == (date(2008, 1, 15), line_of(record, "20080115"))
    assert "arrest date" in offense.note


def test_a_conviction_with_no_arrest_in_its_cycle_has_no_offense_date(read) -> None:
    record = read(
        """
* * * *
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA123456
  459 PC-BURGLARY
*DISPO:CONVICTED
   CONV STATUS:FELONY
   SEN: 002 YEARS PRISON
"""
    )
    conviction = record.convictions[0]
    assert conviction.missing() == ("offense_date",)
    with pytest.raises(ConvictionNotUsable, match="offense_date"):
        conviction.to_conviction()


def test_count_ranges_give_one_conviction_per_count(read) -> None:
    record = read(
        """
* * * *
COURT:
20100601  CAMC SAN FRANCISCO
CNT:01-03     #12345
  484 PC-PETTY THEFT
*DISPO:CONVICTED
   CONV STATUS:MISDEMEANOR
"""
    )
    assert [conviction.count.value for conviction in record.convictions] == [1, 2, 3]
    assert {conviction.count.line for conviction in record.convictions} == {
        line_of(record, "CNT:01-03")
    }
    assert {conviction.county.value for conviction in record.convictions} == {"San Francisco"}


def test_later_counts_share_the_case_number_printed_with_the_first(read) -> None:
    record = read(
        """
* * * *
COURT:
20100601  CAMC HAYWARD
CNT:01
  #F123
  484 PC-PETTY THEFT
*DISPO:CONVICTED
   CONV STATUS:MISDEMEANOR
CNT:02
  594(A) PC-VANDALISM
*DISPO:CONVICTED
   CONV STATUS:MISDEMEANOR
"""
    )
    first, second = record.convictions
    assert first.case_number.value == second.case_number.value == "F123"
    assert first.case_number.line == second.case_number.line == line_of(record, "#F123")
    assert second.code.value == "PC 594(a)"
    assert first.county.value == "Alameda"


def test_see_comment_for_charge_takes_the_code_from_the_comment(read) -> None:
    record = read(
        """
* * * *
COURT:
19990204  CASC SACRAMENTO
CNT:01     #99F01
   SEE COMMENT FOR CHARGE
*DISPO:CONVICTED
   CONV STATUS:FELONY
   COM: CNT 01 CHRG-11359 HS
"""
    )
    code = record.convictions[0].code
    assert (code.value, code.line) == ("HS 11359", line_of(record, "CHRG-11359"))
    assert "comment" in code.note


def test_see_comment_for_charge_without_a_comment_is_reported(read) -> None:
    record = read(
        """
* * * *
COURT:
19990204  CASC SACRAMENTO
CNT:01     #99F01
   SEE COMMENT FOR CHARGE
*DISPO:CONVICTED
   CONV STATUS:FELONY
"""
    )
    assert record.convictions[0].code.value is None
    assert [item.reason for item in record.unread] == [Reason.SEE_COMMENT_MISSING]
    assert record.unread[0].line == line_of(record, "SEE COMMENT")


@pytest.mark.parametrize(
    ("printed", "code"),
    [
        ("11357(A) HS", "HS 11357(a)"),
        ("476A PC", "PC 476a"),
        ("23152(A) VC", "VC 23152(a)"),
        (".496. PC", "PC 496"),
        ("11360(A)(2) HS", "HS 11360(a)(2)"),
    ],
)
def test_code_sections_are_normalised_by_the_project_code_reader(read, printed, code) -> None:
    record = read(
        f"""
* * * *
ARR/DET/CITE:
20080115  CAPD LOS ANGELES
CNT:01
  {printed}-SOME OFFENSE
   TOC:M
"""
    )
    assert record.arrests[0].code.value == code


def test_dismissed_counts_beside_a_conviction_are_its_charged_codes(read) -> None:
    record = read(
        ARREST
        + """
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA123456
  459 PC-BURGLARY
*DISPO:CONVICTED
   CONV STATUS:MISDEMEANOR
CNT:02
  11364 HS-POSSESS PARAPHERNALIA
 DISPO:DISMISSED/FURTHERANCE OF JUSTICE
"""
    )
    (conviction,) = record.convictions
    assert [(code.value, code.line) for code in conviction.charged_codes] == [
        ("HS 11364", line_of(record, "11364 HS"))
    ]
    assert record.arrests == ()  # a count dismissed beside a conviction is not an arrest


@pytest.mark.parametrize(
    ("printed", "ended"),
    [
        ("DISMISSED/FURTHERANCE OF JUSTICE", CountDisposition.DISMISSED),
        ("ACQUITTED", CountDisposition.ACQUITTED),
        ("NOT GUILTY", CountDisposition.ACQUITTED),
        ("PROS REJ-LACK OF SUFFICIENT EVIDENCE", CountDisposition.PROSECUTOR_REJECTED),
        ("PROS REL-DETENTION ONLY", CountDisposition.PROSECUTOR_REJECTED),
        ("RELEASED/DETENTION ONLY", CountDisposition.DETENTION_ONLY),
        ("DIVERSION COMPLETED/DISMISSED", CountDisposition.DIVERSION_COMPLETED),
    ],
)
def test_dispositions_without_conviction_end_an_arrest(read, printed, ended) -> None:
    record = read(
        ARREST
        + f"""
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA123456
  459 PC-BURGLARY
 DISPO:{printed}
"""
    )
    assert record.convictions == ()
    (arrest,) = record.arrests
    assert (arrest.disposition.value, arrest.disposition.line) == (
        ended,
        line_of(record, "DISPO:"),
    )
    assert arrest.disposition_date.value == date(2008, 3, 20)
    assert arrest.level.value is Level.FELONY  # the TOC printed at arrest for the same code
    assert "arrest" in arrest.level.note


@pytest.mark.parametrize(
    ("status", "level"),
    [
        ("FELONY", Level.FELONY),
        ("MISDEMEANOR", Level.MISDEMEANOR),
        ("INFRACTION", Level.INFRACTION),
    ],
)
def test_conviction_status_gives_the_level(read, status, level) -> None:
    record = read(
        f"""
* * * *
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA1
  23103 VC-RECKLESS DRIVING
*DISPO:CONVICTED
   CONV STATUS:{status}
"""
    )
    assert record.convictions[0].level.value is level


def test_a_conviction_without_conv_status_is_missing_its_level(read) -> None:
    record = read(
        ARREST
        + """
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA1
  459 PC-BURGLARY
*DISPO:CONVICTED
   SEN: 002 YEARS PRISON
"""
    )
    assert record.convictions[0].missing() == ("level",)


def _sentenced(read, sentence: str, *, level: str = "FELONY", flag: str = ""):
    record = read(
        ARREST
        + f"""
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA1
{flag}
  459 PC-BURGLARY
*DISPO:CONVICTED
   CONV STATUS:{level}
   SEN: {sentence}
"""
    )
    return record, record.convictions[0]


def test_a_probation_sentence_with_jail_fine_and_a_suspended_prison_term(read) -> None:
    record, conviction = _sentenced(
        read, "003 YEARS PROBATION, 180 DAYS JAIL, FINE, 016 MONTHS PRISON SS"
    )
    sentence_line = line_of(record, "SEN:")
    assert conviction.probation_granted.value is True
    assert (conviction.probation_months.value, conviction.probation_months.line) == (
        36,
        sentence_line,
    )
    assert conviction.probation_end_date.value == date(2011, 3, 20)
    assert "scheduled" in conviction.probation_end_date.note
    assert conviction.jail_days.value == 180
    assert conviction.fine.value is True
    assert conviction.suspended.value is True
    assert conviction.execution_suspended.value is True
    assert conviction.prison.value is PrisonSentence.NONE
    assert conviction.probation_violated.value is None
    assert "no violation" in conviction.probation_violated.note


def test_a_state_prison_sentence(read) -> None:
    _, conviction = _sentenced(read, "002 YEARS PRISON")
    assert conviction.probation_granted.value is False
    assert conviction.prison.value is PrisonSentence.STATE_PRISON
    assert conviction.to_conviction().sentence.sentence_completed_date is None


def test_months_of_jail_are_read_as_days_and_say_so(read) -> None:
    _, conviction = _sentenced(read, "024 MONTHS PROBATION, 006 MONTHS JAIL", level="MISDEMEANOR")
    assert conviction.jail_days.value == 180
    assert "180 days" in conviction.sentence.note


@pytest.mark.parametrize(
    ("sentence", "custody"),
    [
        ("016 MONTHS JAIL", PrisonSentence.COUNTY_JAIL_1170H_STRAIGHT),
        ("016 MONTHS JAIL, MANDATORY SUPERVISION", PrisonSentence.COUNTY_JAIL_1170H_SPLIT),
    ],
)
def test_county_jail_under_1170h(read, sentence, custody) -> None:
    _, conviction = _sentenced(read, sentence, flag=" .-1170 (H) PC-SENTENCING")
    assert conviction.prison.value is custody


def test_a_sentence_part_not_understood_is_reported_and_leaves_probation_unknown(read) -> None:
    record, conviction = _sentenced(read, "003 YEARS PROBAT, 010 DAYS JAIL")
    assert conviction.probation_granted.value is None
    assert conviction.prison.value is None
    assert [(item.text, item.reason) for item in record.unread] == [
        ("003 YEARS PROBAT", Reason.SENTENCE_PART)
    ]


def _with_updates(read, updates: str, *, level: str = "FELONY", sentence: str = ""):
    record = read(
        ARREST
        + f"""
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA1
  459 PC-BURGLARY
*DISPO:CONVICTED
   CONV STATUS:{level}
   SEN: {sentence or "003 YEARS PROBATION"}
{updates}
"""
    )
    return record, record.convictions[0]


@pytest.mark.parametrize(
    ("printed", "remedy"),
    [
        ("CONV SET ASIDE & DISM PER 1203.4 PC", Remedy.PC1203_4),
        ("CONV SET ASIDE & DISM PER 1203.4A PC", Remedy.PC1203_4A),
        ("DISMISSED/SEALED PER 11361.8 HS", Remedy.HS11361_8_DISMISS),
        ("RELIEF GRANTED PER 1203.425 PC", Remedy.PC1203_425),
    ],
)
def test_later_relief_is_read_from_the_update_under_the_count(read, printed, remedy) -> None:
    record, conviction = _with_updates(read, f"  20120505\n   DISPO:{printed}")
    (relief,) = conviction.relief_granted
    assert (relief.value, relief.line) == (remedy, line_of(record, "20120505") + 1)
    assert conviction.to_conviction().relief_granted == (remedy,)


def test_17b_reduction_changes_the_current_level(read) -> None:
    record, conviction = _with_updates(
        read, "  20100101\n   DISPO:REDUCED TO MISD PER 17(B) PC\n   CONV STATUS:MISDEMEANOR"
    )
    assert conviction.level.value is Level.FELONY
    assert (conviction.current_level.value, conviction.current_level.line) == (
        Level.MISDEMEANOR,
        line_of(record, "CONV STATUS:MISDEMEANOR"),
    )
    assert [relief.value for relief in conviction.relief_granted] == [Remedy.PC17B]


def test_prop_47_resentencing_makes_a_misdemeanor(read) -> None:
    _, conviction = _with_updates(
        read, "  20150601\n   DISPO:RECALLED AND RESENTENCED PER 1170.18 PC"
    )
    assert conviction.current_level.value is Level.MISDEMEANOR
    assert [relief.value for relief in conviction.relief_granted] == [Remedy.PC1170_18]


def test_prop_64_redesignation(read) -> None:
    resentenced = "DISPO:RECALLED AND RESENTENCED PER 11361.8 HS"
    _, conviction = _with_updates(
        read, f"  20180601\n   {resentenced}\n   CONV STATUS:INFRACTION"
    )
    assert conviction.current_level.value is Level.INFRACTION
    assert [relief.value for relief in conviction.relief_granted] == [
        Remedy.HS11361_8_REDESIGNATE
    ]


def test_probation_revoked_with_a_new_sentence(read) -> None:
    record, conviction = _with_updates(
        read, "  20090601\n   DISPO:PROBATION REVOKED\n   SEN: 180 DAYS JAIL"
    )
    revoked_line = line_of(record, "PROBATION REVOKED")
    assert (conviction.probation_revoked.value, conviction.probation_revoked.line) == (
        True,
        revoked_line,
    )
    assert conviction.probation_violated.value is True
    assert conviction.probation_end_date.value == date(2009, 6, 1)
    assert (conviction.jail_days.value, conviction.jail_days.line) == (
        180,
        line_of(record, "SEN: 180"),
    )


@pytest.mark.parametrize(
    ("printed", "flag"),
    [
        ("PROB REVOKED AND REINSTATED", "probation_violated"),
        ("PROBATION VIOLATION", "probation_violated"),
        ("PROB MODIFIED", "probation_modified"),
    ],
)
def test_probation_history(read, printed, flag) -> None:
    record, conviction = _with_updates(read, f"  20090601\n   DISPO:{printed}")
    shown = getattr(conviction, flag)
    assert (shown.value, shown.line) == (True, line_of(record, printed))
    assert conviction.probation_revoked.value is None


def test_probation_terminated_early(read) -> None:
    _, conviction = _with_updates(read, "  20090601\n   DISPO:PROB TERMINATED EARLY")
    assert conviction.probation_terminated_early.value is True
    assert conviction.probation_end_date.value == date(2009, 6, 1)
    assert conviction.to_conviction().sentence.probation_terminated_early is True


def test_probation_extended_without_a_new_length_leaves_the_end_unknown(read) -> None:
    _, conviction = _with_updates(read, "  20090601\n   DISPO:PROB EXTENDED")
    assert conviction.probation_end_date.value is None
    assert "extended" in conviction.probation_end_date.note


def test_an_update_after_the_last_count_applies_to_every_count_of_the_case(read) -> None:
    record = read(
        """
* * * *
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA1
  484 PC-PETTY THEFT
*DISPO:CONVICTED
   CONV STATUS:MISDEMEANOR
   SEN: 003 YEARS PROBATION
CNT:02
  594(A) PC-VANDALISM
*DISPO:CONVICTED
   CONV STATUS:MISDEMEANOR
   SEN: 003 YEARS PROBATION
  20120505
   DISPO:CONV SET ASIDE & DISM PER 1203.4 PC
"""
    )
    first, second = record.convictions
    assert [relief.value for relief in first.relief_granted] == [Remedy.PC1203_4]
    assert "every count" in first.relief_granted[0].note
    assert [relief.value for relief in second.relief_granted] == [Remedy.PC1203_4]
    assert second.relief_granted[0].note == ""


def test_an_update_between_counts_belongs_to_the_count_above_it(read) -> None:
    record = read(
        """
* * * *
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA1
  459 PC-BURGLARY
*DISPO:CONVICTED
   CONV STATUS:FELONY
   SEN: 003 YEARS PROBATION
  20100101
   DISPO:REDUCED TO MISD PER 17(B) PC
CNT:02
  594(A) PC-VANDALISM
*DISPO:CONVICTED
   CONV STATUS:MISDEMEANOR
   SEN: 003 YEARS PROBATION
"""
    )
    first, second = record.convictions
    assert [relief.value for relief in first.relief_granted] == [Remedy.PC17B]
    assert second.relief_granted == ()
    assert second.current_level.value is None


def test_pc_290_registration(read) -> None:
    record = read(
        ARREST
        + """
* * * *
REGISTRATION:         NAM:01
20170101  CASO LOS ANGELES

CNT:01     #ABC
  290 PC-REGISTRATION OF SEX OFFENDER
"""
    )
    assert (record.registered_290.value, record.registered_290.line) == (
        True,
        line_of(record, "290 PC"),
    )


def test_no_registration_entry_means_no_registration_shown(read) -> None:
    record = read(
        """
* * * *
REGISTRATION:
19960101  CASO SAN DIEGO
CNT:01 #ABCDE
  11590 HS-REGISTRATION OF CNTL SUB OFFENDER
"""
    )
    assert record.registered_290.value is False
    assert "no PC 290" in record.registered_290.note


def test_custody_probation_and_applicant_events_are_passed_over(read) -> None:
    record = read(
        ARREST
        + """
CUSTODY:JAIL
NAM:001
20080116 CASO LOS ANGELES
CNT:001 #Cc12EA868A
  459 PC-BURGLARY
* * * *
PROBATION:             NAM:01
20100715  CAPR SAN FRANCISCO
CNT:01     #555787
  11360 HS-SELL/TRANSPORT/ETC MARIJUANA/HASH
  SEN: 3 YEARS PROBATION
* * * *
APPLICANT:            NAM:04
20051221  CASC SACRAMENTO
CNT:01     #ABCBA
  APPLICANT ADULT DAY/RESIDENT REHAB
"""
    )
    assert record.convictions == ()
    assert [arrest.code.value for arrest in record.arrests] == ["PC 459"]
    assert record.unread == ()


def test_a_conviction_outside_a_court_event_is_reported_not_read(read) -> None:
    record = read(
        """
* * * *
CUSTODY:JAIL
20080116 CASO LOS ANGELES
CNT:01 #123
  459 PC-BURGLARY
*DISPO:CONVICTED
"""
    )
    assert record.convictions == ()
    assert [(item.line, item.reason) for item in record.unread] == [
        (line_of(record, "DISPO:CONVICTED"), Reason.CONVICTION_OUTSIDE_COURT)
    ]


def test_what_cannot_be_read_is_reported_with_its_line_and_never_guessed(read) -> None:
    record = read(
        ARREST
        + """
COURT:
2008O3?0  CASC LOS ANGELES
CNT:01     #BA1
  459 PC-BURGLARY
*DISPO:FOUND IN CONTEMPT OF SOMETHING
CNT:02
  459 PC-BURGLARY
*DISPO:CONVICTED
   CONV STATUS:FELONY
"""
    )
    reasons = {(item.line, item.reason) for item in record.unread}
    assert (line_of(record, "2008O3?0"), Reason.DATE) in reasons
    assert (line_of(record, "CONTEMPT"), Reason.DISPOSITION) in reasons
    (conviction,) = record.convictions
    assert conviction.conviction_date.value is None
    assert "conviction_date" in conviction.missing()


def test_lines_outside_any_event_are_reported(read) -> None:
    record = read(
        """
* * * *
SOMETHING THE READER DOES NOT KNOW
"""
    )
    assert [(item.line, item.reason) for item in record.unread] == [
        (line_of(record, "SOMETHING"), Reason.OUTSIDE_EVENT)
    ]


def test_a_court_the_reader_cannot_place_in_a_county_is_reported(read) -> None:
    record = read(
        """
* * * *
COURT:
20080320  CASC NOWHERE VILLE
CNT:01     #BA1
  459 PC-BURGLARY
*DISPO:CONVICTED
   CONV STATUS:FELONY
"""
    )
    assert record.convictions[0].county.value is None
    assert [item.reason for item in record.unread] == [Reason.COUNTY]


def test_joined_lines_are_read_as_their_entries() -> None:
    text = sheet(
        """
* * * *
ARR/DET/CITE: NAM:01 DOB:19850312 20080115 CAPD LOS ANGELES
CNT:01 #0801 459 PC-BURGLARY TOC:F
COURT: NAM:01 20080320 CASC LOS ANGELES
CNT:01 #BA123 459 PC-BURGLARY *DISPO:CONVICTED CONV STATUS:FELONY SEN: 002 YEARS PRISON
"""
    )
    record = parse_text(text)
    (conviction,) = record.convictions
    assert conviction.code.value == "PC 459"
    assert conviction.case_number.value == "BA123"
    assert conviction.conviction_date.value == date(2008, 3, 20)
    assert conviction.offense_date.value == date(2008, 1, 15)
    assert conviction.prison.value is PrisonSentence.STATE_PRISON
    assert record.unread == ()


def test_a_lost_cycle_separator_does_not_merge_two_arrests(read) -> None:
    record = read(
        ARREST
        + """
COURT:
20080320  CASC LOS ANGELES
CNT:01     #BA1
  459 PC-BURGLARY
*DISPO:CONVICTED
   CONV STATUS:FELONY
   SEN: 002 YEARS PRISON
ARR/DET/CITE: NAM:01
20150601  CAPD OAKLAND
CNT:01     #1
  484 PC-PETTY THEFT
   TOC:M
 DISPO:RELEASED/DETENTION ONLY
"""
    )
    assert [conviction.cycle for conviction in record.convictions] == [1]
    assert [(arrest.cycle, arrest.code.value) for arrest in record.arrests] == [(2, "PC 484")]
