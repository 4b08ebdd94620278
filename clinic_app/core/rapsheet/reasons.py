"""Why a line was not read: message keys, so the volunteer reads the reason in English or
Spanish (`resources/messages/rapsheet/`). The line's own text travels beside the reason in
`Unread.text`, so a reason needs no parameters."""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    TOO_LONG = "rapsheet.unread.too_long"
    PERSON_LINE = "rapsheet.unread.person_line"
    BIRTH_DATE = "rapsheet.unread.birth_date"
    CII = "rapsheet.unread.cii"
    NAME = "rapsheet.unread.name"
    OUTSIDE_EVENT = "rapsheet.unread.outside_event"
    CONVICTION_OUTSIDE_COURT = "rapsheet.unread.conviction_outside_court"
    UNEXPECTED = "rapsheet.unread.unexpected"
    DATE = "rapsheet.unread.date"
    AFTER_UPDATE_DATE = "rapsheet.unread.after_update_date"
    SECOND_DATE = "rapsheet.unread.second_date"
    COUNTY = "rapsheet.unread.county"
    TYPE_OF_CHARGE = "rapsheet.unread.type_of_charge"
    COUNT_NUMBER = "rapsheet.unread.count_number"
    SECOND_CASE_NUMBER = "rapsheet.unread.second_case_number"
    NOT_UNDERSTOOD = "rapsheet.unread.not_understood"
    CHARGE = "rapsheet.unread.charge"
    CODE_SECTION = "rapsheet.unread.code_section"
    COMMENT_CHARGE = "rapsheet.unread.comment_charge"
    SEE_COMMENT_MISSING = "rapsheet.unread.see_comment_missing"
    DISPOSITION = "rapsheet.unread.disposition"
    DISPOSITION_OUTSIDE_COUNT = "rapsheet.unread.disposition_outside_count"
    CONVICTION_STATUS = "rapsheet.unread.conviction_status"
    WITHOUT_DISPOSITION = "rapsheet.unread.without_disposition"
    SENTENCE_PART = "rapsheet.unread.sentence_part"
    NOISE = "rapsheet.unread.noise"
