"""The California DOJ bulk "research file" counties received under AB 1793 (2018).

One line per count of each step of each arrest cycle of each subject: 95 comma-separated
fields in a fixed order, with or without a header row naming them. The order follows the
public description in Code for America's `gogen` (MIT), `data/doj_row.go`; this module is our
own. Segment separators (`*_SEG_SEP`) are empty fields that only mark where the subject,
personal, cycle, step, count and sentence segments begin.

Dates are printed YYYYMMDD. Names are "LAST,FIRST MIDDLE". A count whose offense the DOJ
could not code prints "SEE COMMENT FOR CHARGE" (or nothing) in OFFENSE_DESCR and the code in
COMMENT_TEXT. Each comment below says what bulk review reads from a column; a column without
a comment is carried by the file but not read.
"""

from __future__ import annotations

from typing import Final

DOJ_COLUMNS: Final[tuple[str, ...]] = (
    "RECORD_ID",
    "SUBJECT_STATUS",
    "SUBJECT_ID",  # person_ref: the DOJ's own id of the person, stable across cycles
    "REQ_SEG_SEP",
    "REQ_CII_NUMBER",
    "REQ_NAME",
    "REQ_GENDER",
    "REQ_DOB",
    "REQ_CDL",
    "REQ_SSN",
    "PII_SEG_SEP",
    "CII_NUMBER",  # cii: the state identification number, for matching people
    "PRI_NAME",  # last_name, first_name: "LAST,FIRST MIDDLE"
    "GENDER",  # gender (M / F / X), for matching people
    "PRI_DOB",  # dob (YYYYMMDD)
    "PRI_SSN",
    "PRI_CDL",
    "PRI_IDN",
    "PRI_INN",
    "FBI_NUMBER",
    "PDR_SEG_SEP",
    "RACE_CODE",
    "RACE_DESCR",
    "EYE_COLOR_CODE",
    "EYE_COLOR_DESCR",
    "HAIR_COLOR_CODE",
    "HAIR_COLOR_DESCR",
    "HEIGHT",
    "WEIGHT",
    "SINGLE_SOURCE",
    "MULTI_SOURCE",
    "POB_CODE",
    "POB_NAME",
    "POB_TYPE",
    "CITIZENSHIP_LIST",
    "CYC_SEG_SEP",
    "CYC_ORDER",  # cycle: the arrest cycle; subject + cycle groups one arrest and its court case
    "CYC_DATE",  # cycle_date: the cycle's first event (usually the arrest)
    "STP_SEG_SEP",
    "STP_ORDER",  # step_order: the step's place in its cycle
    "STP_EVENT_DATE",  # event_date (and disposition_date when DISP_DATE is empty, as gogen does)
    "STP_TYPE_CODE",
    "STP_TYPE_DESCR",  # event_type: ARREST/DETAINED/CITED, COURT ACTION, CUSTODY, PROBATION,
    # REGISTRATION; with OFFENSE_DESCR "290..." a registration marks registered_290
    "STP_ORI_TYPE",
    "STP_ORI_TYPE_DESCR",
    "STP_ORI_CODE",
    "STP_ORI_DESCR",
    "STP_ORI_CNTY_CODE",  # county, when the name is missing: 01 Alameda ... 58 Yuba
    "STP_ORI_CNTY_NAME",  # county: the county of the agency or court of the step
    "CNT_SEG_SEP",
    "CNT_ORDER",  # count_order: the count's place in its step
    "DISP_DATE",  # disposition_date
    "OFN",
    "OFFENSE_CODE",
    "OFFENSE_DESCR",  # code_raw: "11357(A) HS-POSSESS MARIJUANA" or "SEE COMMENT FOR CHARGE"
    "OFFENSE_TOC",  # level when CONV_STAT_DESCR is empty: F / M / I (type of charge)
    "OFFENSE_QUAL_LST",
    "DISP_OFFENSE_CODE",
    "DISP_OFFENSE_DESCR",
    "DISP_OFFENSE_TOC",
    "DISP_OFFENSE_QUAL_LST",
    "CONV_OFFENSE_ORDER",
    "CONV_OFFENSE_CODE",
    "CONV_OFFENSE_DESCR",
    "CONV_OFFENSE_TOC",
    "CONV_OFFENSE_QUAL_LST",
    "FE_NUM_ORDER",
    "FE_NUM_ARR_AGY",
    "FE_NUM_BNCH_WARR",
    "FE_NUM_CITE",
    "FE_NUM_DOCKET",
    "FE_NUM_INCIDENT",
    "FE_NUM_BOOKING",
    "FE_NUM_NUMBER",
    "FE_NUM_REMAND",
    "FE_NUM_OOS_INN",
    "FE_NUM_CRT_CASE",  # court_case: the court's case number, for the court data file
    "FE_NUM_WARRANT",
    "DISP_ORDER",
    "DISP_CODE",
    "DISP_DESCR",  # disposition: CONVICTED, DISMISSED, ACQUITTED ...
    "CONV_STAT_CODE",
    "CONV_STAT_DESCR",  # level of the conviction: FELONY / MISDEMEANOR / INFRACTION
    "SENT_SEG_SEP",
    "SENT_ORDER",
    "SENT_LOC_CODE",
    "SENT_LOC_DESCR",  # sentence_location: JAIL, PRISON, PROBATION ...
    "SENT_LENGTH",  # sentence_length (a whole number)
    "SENT_TIME_CODE",  # sentence_unit: D / M / Y
    "SENT_TIME_DESCR",
    "CYC_AGE",
    "CII_TYPE",
    "CII_TYPE_ALPHA",
    "COMMENT_TEXT",  # code_raw when OFFENSE_DESCR says "SEE COMMENT FOR CHARGE" or is empty
    "END_OF_REC",
)

# What OFFENSE_DESCR prints when the code is in COMMENT_TEXT instead.
SEE_COMMENT: Final = "SEE COMMENT FOR CHARGE"

# The first header field, by which a header row is recognised.
HEADER_MARKER: Final = DOJ_COLUMNS[0]
