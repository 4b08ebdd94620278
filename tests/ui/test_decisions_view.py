"""The decisions view: status as colour, mark and word; qualifiers, reasons, citations and
missing facts in the GUI's language; grouping; reflow; keyboard and screen readers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clinic_app.core.decision import Citation, Decision, Reason, Status
from clinic_app.core.messages import message
from clinic_app.core.model import Client, Remedy
from clinic_app.core.review import ReviewState, Verdict, by_key, review
from clinic_app.core.rules.engine import evaluate
from clinic_app.core.synthetic_packet import DEMO_ATTORNEY, make_packet_client
from clinic_app.ui.decisions_view import (
    STATUS_COLOURS,
    DecisionsView,
    PendingVerdict,
    ReviewMark,
    review_text,
)
from clinic_app.ui.translations import set_language
from tests.fixtures.clients import make_client

AS_OF = date(2026, 3, 1)
SECTION = Citation("PC", "1203.4", "(a)(1)")
JOSE = make_client()  # one conviction; its id is random, so keep one instance


def _decision(status: Status, **fields: object) -> Decision:
    values: dict[str, object] = {
        "remedy": Remedy.PC1203_4,
        "status": status,
        "reasons": (Reason("rules.pc1203_4.probation_ended", SECTION, {"ended": "2016-03-01"}),),
        "conviction_id": JOSE.convictions[0].id,
    }
    return Decision(**(values | fields))  # type: ignore[arg-type]


def _view(qtbot: QtBot, decisions: list[Decision], client: Client | None = None) -> DecisionsView:
    view = DecisionsView()
    qtbot.addWidget(view)
    view.set_decisions(client or JOSE, decisions)
    return view


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    """The language is app-wide: put English back for the tests that follow."""
    try:
        yield
    finally:
        set_language("en")


@pytest.mark.parametrize(
    ("status", "mark", "word"),
    [
        (Status.ELIGIBLE, "✔", "Eligible"),
        (Status.NOT_YET, "…", "Not yet"),
        (Status.NEEDS_REVIEW, "?", "Needs review"),
        (Status.NOT_ELIGIBLE, "✘", "Not eligible"),
    ],
)
def test_status_shows_a_colour_a_mark_and_the_word(
    qtbot: QtBot, status: Status, mark: str, word: str
) -> None:
    view = _view(qtbot, [_decision(status)])
    card = view.cards[0]
    assert card.badge.text() == f"{mark} {word}"
    assert STATUS_COLOURS[status] in card.badge.styleSheet()
    assert STATUS_COLOURS[status] in card.styleSheet()
    assert card.accessibleName().endswith(word)


def test_each_status_has_its_own_colour() -> None:
    assert len(set(STATUS_COLOURS.values())) == len(Status)


def test_card_says_from_when_judge_automatic_citations_missing_and_forms(qtbot: QtBot) -> None:
    decision = _decision(
        Status.NOT_YET,
        eligible_from=date(2027, 6, 1),
        discretionary=True,
        automatic=True,
        missing_facts=("sentence.probation_end_date",),
        forms=("CR-180", "CR-181"),
    )
    view = _view(qtbot, [decision])
    card = view.cards[0]
    assert card.qualifiers.text() == (
        "from 2027-06-01; the judge decides; automatic: may already be done, check the record"
    )
    assert card.title.text() == "Dismissal after probation (expungement)"
    assert card.reasons.text() == "• " + message(
        "rules.pc1203_4.probation_ended", "en", ended="2016-03-01"
    )
    assert card.citations.text() == "Law: PC 1203.4(a)(1)"
    assert card.missing.text() == "Still needed: the date probation ended"
    assert card.forms.text() == "Forms: CR-180, CR-181"
    assert "Still needed" in card.accessibleDescription()


def test_lines_a_decision_lacks_are_hidden(qtbot: QtBot) -> None:
    view = _view(qtbot, [_decision(Status.NOT_ELIGIBLE)])
    card = view.cards[0]
    assert card.qualifiers.isHidden()
    assert card.missing.isHidden()
    assert card.forms.isHidden()
    assert card.review_label is None  # no review controls unless asked for


def test_decisions_are_grouped_under_their_conviction_or_arrest(qtbot: QtBot) -> None:
    client = make_packet_client()
    decisions = evaluate(client.record(AS_OF)).decisions
    view = _view(qtbot, list(decisions), client)
    headings = [label.text() for label, _ in view._headings]
    assert headings[0] == "Conviction 1: PC 496(a) (felony), case LA-1, Los Angeles County"
    assert headings[-1] == "Arrest 1: PC 484(a) on 2023-02-10"
    assert len(headings) == len(client.convictions) + len(client.arrests)
    assert [card.decision for card in view.cards] == list(decisions)


def test_reasons_and_status_follow_a_switch_to_spanish(
    qtbot: QtBot, english_afterwards: None
) -> None:
    set_language("en")
    client = make_packet_client()
    decisions = [d for d in evaluate(client.record(AS_OF)).decisions if d.conviction_id == "c1"]
    view = _view(qtbot, decisions, client)
    card = view.cards[1]  # pc17b: eligible, the judge decides
    assert card.badge.text() == "✔ Eligible"

    set_language("es")  # Qt sends LanguageChange to every widget

    qtbot.waitUntil(lambda: card.badge.text() == "✔ Califica")
    expected = [message(r.message_key, "es", **r.params) for r in card.decision.reasons]
    assert card.reasons.text() == "\n".join(f"• {text}" for text in expected)
    assert card.qualifiers.text() == "el juez decide"
    assert card.title.text() == message("rules.remedy_title.pc17b", "es")
    assert view._headings[0][0].text().startswith("Condena 1: PC 496(a) (delito grave)")


def test_cards_take_keyboard_focus_and_have_accessible_names(qtbot: QtBot) -> None:
    view = _view(qtbot, [_decision(Status.ELIGIBLE), _decision(Status.NOT_YET)])
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    first, second = view.cards
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    assert first.accessibleName() == "Dismissal after probation (expungement): Eligible"
    assert first.accessibleDescription().startswith("✔ Eligible\n")


def test_text_reflows_instead_of_being_cut_at_a_narrow_width(qtbot: QtBot) -> None:
    """At 150% scaling a pane is in effect narrower: nothing has a fixed height, so a card
    grows taller rather than cutting its reasons."""
    client = make_packet_client()
    decisions = [d for d in evaluate(client.record(AS_OF)).decisions if d.conviction_id == "c8"]
    view = _view(qtbot, decisions, client)
    view.show()
    view.resize(1200, 800)
    qtbot.waitExposed(view)
    card = view.cards[0]
    wide = card.height()
    view.resize(400, 800)
    qtbot.waitUntil(lambda: card.height() > wide)
    assert all(label.wordWrap() for label in (card.title, card.reasons, card.citations))
    assert card.reasons.height() >= card.reasons.heightForWidth(card.reasons.width())


def test_empty_view_says_so(qtbot: QtBot) -> None:
    view = _view(qtbot, [])
    assert view.empty.text() == "No decisions to show."
    assert not view.empty.isHidden()


def test_review_row_offers_three_verdicts_and_asks_for_them(qtbot: QtBot) -> None:
    view = DecisionsView(reviewable=True)
    qtbot.addWidget(view)
    decision = _decision(Status.ELIGIBLE, forms=("CR-180",))
    view.set_decisions(JOSE, [decision])
    card = view.cards[0]
    assert card.review_label is not None and card.reject_button is not None
    assert card.review_label.text() == "Not reviewed yet"
    assert card.reject_button.accessibleName() == (  # which decision, and about what
        "Reject: Dismissal after probation (expungement) \u2014 Conviction 1: HS 11359 (felony), "
        "case BA123456, Los Angeles County"
    )
    with qtbot.waitSignal(view.verdict_requested) as asked:
        qtbot.mouseClick(card.reject_button, Qt.MouseButton.LeftButton)
    assert asked.args == [decision, Verdict.REJECTED]
    assert view.focus_chain() == [
        card,
        card.approve_button,
        card.reject_button,
        card.override_button,
    ]


def test_review_text_names_the_attorney_and_notices_changed_facts() -> None:
    client = make_packet_client()
    decision = next(d for d in evaluate(client.record(AS_OF)).decisions if d.forms)
    when = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    approved = review(
        decision, client, verdict=Verdict.APPROVED, attorney=DEMO_ATTORNEY, reviewed_at=when
    )
    day = when.astimezone().date().isoformat()
    mark = ReviewMark(ReviewState.APPROVED, approved)
    assert review_text(mark, "en") == f"Approved by Ana Ruiz on {day}"
    stale = ReviewMark(ReviewState.STALE, approved)
    assert review_text(stale, "en").startswith(f"Reviewed by Ana Ruiz on {day}, but the facts")
    overridden = review(
        decision,
        client,
        verdict=Verdict.OVERRIDDEN,
        attorney=DEMO_ATTORNEY,
        reviewed_at=when,
        note="Probation was revoked in 2015.",
        override_status=Status.NOT_ELIGIBLE,
    )
    saved = ReviewMark(ReviewState.OVERRIDDEN, by_key([overridden])[overridden.key])
    assert review_text(saved, "en") == (
        f"Changed to “Not eligible” by Ana Ruiz on {day}: Probation was revoked in 2015."
    )
    pending = ReviewMark(ReviewState.UNREVIEWED, pending=PendingVerdict(Verdict.APPROVED))
    assert review_text(pending, "en") == "Approved now; saved when you sign off"
    assert review_text(ReviewMark(ReviewState.UNREVIEWED), "en", has_forms=False).startswith(
        "Not reviewed; nothing to file"
    )
