"""The read-only record of one client."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from clinic_app.core.model import Level, PrisonSentence
from clinic_app.ui.client_view import (
    ClientView,
    RecordTable,
    conviction_level_text,
    sentence_summary,
    yes_no_unknown,
)
from tests.fixtures.clients import make_conviction, make_person, make_sentence

from .helpers import client, prison_sentence, sample_clients


@pytest.fixture
def view(qtbot) -> ClientView:
    widget = ClientView()
    qtbot.addWidget(widget)
    widget.resize(760, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def by_id(client_id: str):
    return next(c for c in sample_clients() if c.id == client_id)


def table_rows(table: RecordTable) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_nothing_selected_shows_the_empty_state(view: ClientView) -> None:
    assert not view.is_showing_client()
    assert view.empty_label.text() == "Select a client in the list to see their record."


def test_names_are_shown_as_stored(view: ClientView) -> None:
    view.set_client(by_id("c-maria"))
    assert view.is_showing_client()
    assert view.name_label.text() == "María García López"
    assert view.other_names_label.text() == "Also known as: Mary Garcia"
    assert view.record_area.accessibleName() == "Record of María García López"


def test_no_other_names_hides_the_line(view: ClientView) -> None:
    view.set_client(by_id("c-ana"))
    assert view.other_names_label.isHidden()


def test_identity_and_contact_details(view: ClientView) -> None:
    view.set_client(by_id("c-jose"))
    assert view.details.values() == {
        "Date of birth": "1979-11-03",
        "Preferred language": "Spanish",
        "Phone": "(213) 555-0142",
        "Email": "jose.nunez@example.org",
        "Mailing address": "1200 Calle Ñandú Apt. 3, Los Angeles, CA 90012",
        "Consent to contact": "Yes",
        "Record source": "DOJ record review",
    }


def test_a_missing_date_of_birth_says_not_recorded(view: ClientView) -> None:
    view.set_client(by_id("c-luis"))
    assert view.details.values()["Date of birth"] == "Not recorded"
    assert view.details.values()["Record source"] == "Not recorded"


def test_person_facts_are_yes_no_or_unknown(view: ClientView) -> None:
    view.set_client(by_id("c-maria"))
    facts = view.facts.values()
    assert facts["Must register under PC 290"] == "No"
    assert facts["On probation, parole or supervision"] == "Yes"
    assert facts["Trafficking survivor"] == "Unknown"
    assert facts["Immigration concern"] == "Unknown"
    assert len(facts) == 8


def test_convictions_table(view: ClientView) -> None:
    view.set_client(by_id("c-jose"))
    assert view.convictions_heading.text() == "Convictions (2)"
    assert table_rows(view.convictions_table) == [
        [
            "BA123456\nLos Angeles",
            "HS 11359\nFelony",
            "Offense 2014-06-01\nConvicted 2014-09-15",
            "Probation until 2017-09-15; 30 days in jail",
        ],
        [
            "LA045921\nLos Angeles",
            "PC 459\nFelony",
            "Offense 2011-01-20\nConvicted 2011-05-02",
            "State prison, completed 2015-03-01",
        ],
    ]
    assert view.no_convictions_label.isHidden()


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_tables_fit_a_narrow_pane_without_cutting_text(qtbot, scale: float) -> None:
    widget = ClientView()
    qtbot.addWidget(widget)
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    widget.resize(520, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_client(by_id("c-jose"))
    table = widget.convictions_table

    def settled() -> bool:
        widths = [table.columnWidth(c) for c in range(table.columnCount())]
        return sum(widths) <= table.viewport().width() + 1 and table.height() >= sum(
            table.rowHeight(r) for r in range(table.rowCount())
        )

    qtbot.waitUntil(settled)
    assert table.horizontalScrollBar().maximum() == 0
    for column in range(table.columnCount()):  # every word fits its column
        for row in range(table.rowCount()):
            for word in table.item(row, column).text().split():
                assert table.fontMetrics().horizontalAdvance(word) < table.columnWidth(column)


def test_arrests_table(view: ClientView) -> None:
    view.set_client(by_id("c-robert"))
    assert view.arrests_heading.text() == "Arrests (2)"
    assert table_rows(view.arrests_table) == [
        ["2023-02-10", "PC 484", "Misdemeanor", "No charges filed"],
        ["2023-02-10", "PC 647(f)", "Misdemeanor", "No charges filed"],
    ]
    assert view.convictions_table.isHidden()
    assert not view.no_convictions_label.isHidden()


def test_a_disposition_date_is_shown(view: ClientView) -> None:
    view.set_client(by_id("c-jose"))
    assert table_rows(view.arrests_table) == [
        ["2023-02-10", "PC 484", "Misdemeanor", "Dismissed on 2023-05-01"]
    ]


def test_tables_are_tall_enough_for_every_row(view: ClientView) -> None:
    view.set_client(by_id("c-jose"))
    table = view.convictions_table
    rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.height() >= rows_height + table.horizontalHeader().height()


def test_switching_clients_replaces_everything(view: ClientView) -> None:
    view.set_client(by_id("c-jose"))
    view.set_client(by_id("c-maria"))
    assert view.name_label.text() == "María García López"
    assert view.convictions_heading.text() == "Convictions (1)"
    assert view.arrests_table.isHidden()


def test_clearing_returns_to_the_empty_state(view: ClientView) -> None:
    view.set_client(by_id("c-jose"))
    view.set_client(None)
    assert not view.is_showing_client()
    assert view.client is None


def test_notes_appear_only_when_written(view: ClientView) -> None:
    view.set_client(client("Ana", "Ruiz", notes="Prefers afternoon calls."))
    assert view.details.values()["Notes"] == "Prefers afternoon calls."
    view.set_client(client("Ana", "Ruiz"))
    assert "Notes" not in view.details.values()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (make_sentence(), "Probation until 2017-09-15; 30 days in jail"),
        (make_sentence(jail_days=None), "Probation until 2017-09-15"),
        (make_sentence(jail_days=1), "Probation until 2017-09-15; 1 day in jail"),
        (
            make_sentence(probation_terminated_early=True, jail_days=None),
            "Probation ended early on 2017-09-15",
        ),
        (
            make_sentence(probation_end_date=None, jail_days=None),
            "Probation, end date not recorded",
        ),
        (
            make_sentence(probation_violated=True, jail_days=None),
            "Probation until 2017-09-15; violation recorded",
        ),
        (prison_sentence(), "State prison, completed 2015-03-01"),
        (
            prison_sentence(sentence_completed_date=None),
            "State prison, completion not recorded",
        ),
        (
            prison_sentence(
                prison=PrisonSentence.COUNTY_JAIL_1170H_SPLIT,
                supervision_end_date=date(2016, 1, 1),
            ),
            "County jail, PC 1170(h) split sentence, completed 2015-03-01; "
            "supervision until 2016-01-01",
        ),
        (
            prison_sentence(prison=PrisonSentence.NONE, jail_days=10),
            "10 days in jail, completed 2015-03-01",
        ),
        (
            prison_sentence(prison=PrisonSentence.NONE),
            "Sentenced without probation, completed 2015-03-01",
        ),
        (
            make_sentence(
                probation_revoked=True,
                prison=PrisonSentence.STATE_PRISON,
                jail_days=None,
                sentence_completed_date=date(2019, 2, 2),
            ),
            "Probation revoked; State prison, completed 2019-02-02",
        ),
    ],
)
def test_sentence_summary(sentence, expected: str) -> None:
    assert sentence_summary(sentence) == expected


def test_a_reduced_level_shows_both() -> None:
    reduced = make_conviction(current_level=Level.MISDEMEANOR)
    assert conviction_level_text(reduced) == "Felony (now misdemeanor)"
    assert conviction_level_text(make_conviction(current_level=Level.FELONY)) == "Felony"


def test_yes_no_unknown() -> None:
    assert [yes_no_unknown(v) for v in (True, False, None)] == ["Yes", "No", "Unknown"]


def test_a_prior_290c_left_blank_shows_unknown(view: ClientView) -> None:
    view.set_client(client("Ana", "Ruiz", person=make_person(prior_290c_conviction=None)))
    assert view.facts.values()["Prior conviction requiring PC 290(c) registration"] == ("Unknown")


def test_markup_in_names_and_notes_is_shown_as_typed(view: ClientView) -> None:
    zoe = by_id("c-zoe")
    view.set_client(zoe)
    assert view.name_label.textFormat() == Qt.TextFormat.PlainText
    assert view.name_label.text() == "Zoë O'Brien-García & Co <test>"
    assert view.other_names_label.text() == 'Also known as: Zoe "Zo" OBrien'
    assert view.details.values()["Notes"] == 'Prefers texts; says "no calls" & <no voicemail>.'
    for label in view.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_a_client_without_birth_date_and_three_counts(view: ClientView) -> None:
    view.set_client(by_id("c-hoa"))
    assert view.name_label.text() == "Thị Hoa Nguyễn"
    assert view.details.values()["Date of birth"] == "Not recorded"
    assert view.facts.values()["Immigration concern"] == "Yes"
    assert view.convictions_table.rowCount() == 3
    assert table_rows(view.convictions_table)[2][3] == (
        "Sentenced without probation, completed 2023-10-02"
    )
