"""The attorney's review queue, on a real encrypted store: the queue, verdicts with their
notes, sign-off with the clinic's attorney, and a whole review by keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.core.decision import Status
from clinic_app.core.model import Client
from clinic_app.core.review import Verdict, decision_key
from clinic_app.core.store import Store
from clinic_app.core.synthetic_packet import DEMO_SETTINGS, make_packet_client
from clinic_app.core.workflow import ClientStatus
from clinic_app.ui.decisions_view import DecisionCard
from clinic_app.ui.review_screen import ReviewScreen
from tests.fixtures.clients import make_client, make_conviction
from tests.ui.helpers import type_text

TODAY = date(2026, 3, 1)


def _add(store: Store, client: Client, status: ClientStatus) -> Client:
    store.save_client(client)
    store.set_status(client.id, status)
    return client


@pytest.fixture
def jose(store: Store) -> Client:
    """Waiting for review: one conviction, two decisions with forms."""
    return _add(store, make_client(id="c-jose"), ClientStatus.NEEDS_REVIEW)


@pytest.fixture
def queue_store(store: Store, jose: Client) -> Store:
    _add(store, make_packet_client(), ClientStatus.NEEDS_REVIEW)
    _add(store, make_client(id="c-intake", first_name="Ana"), ClientStatus.INTAKE)
    _add(store, make_client(id="c-done", first_name="Luis"), ClientStatus.APPROVED)
    store.save_settings(DEMO_SETTINGS)
    return store


def _screen(qtbot: QtBot, store: Store, queued: int = 2) -> ReviewScreen:
    """The screen, once its queue of `queued` clients has been read."""
    screen = ReviewScreen(store, today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: screen.queue.count() == queued)
    return screen


def _open(qtbot: QtBot, screen: ReviewScreen, client_id: str) -> None:
    ids = [
        screen.queue.item(row).data(Qt.ItemDataRole.UserRole) for row in range(screen.queue.count())
    ]
    screen.queue.setCurrentRow(ids.index(client_id))
    qtbot.waitUntil(lambda: screen.case is not None and screen.case.client.id == client_id)


def _with_forms(screen: ReviewScreen) -> list[DecisionCard]:
    return [card for card in screen.decisions.cards if card.decision.forms]


def _click(qtbot: QtBot, button: QPushButton | None) -> None:
    """Press a button of cards just built: a mouse click can land before their first
    layout, when a button is still 0 x 0 and takes no click."""
    assert button is not None and not button.isHidden()
    qtbot.waitUntil(lambda: not button.rect().isEmpty())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_queue_lists_only_clients_that_need_review(qtbot: QtBot, queue_store: Store) -> None:
    screen = _screen(qtbot, queue_store)
    names = [screen.queue.item(row).text() for row in range(screen.queue.count())]
    assert names == ["Ñúñez, José", "O'Brien-Núñez & <Hijos>, Marisol"]
    assert screen.queue_empty.isHidden()
    # the first waiting client is open at once, so the attorney can start reviewing
    qtbot.waitUntil(lambda: screen.client_title.text() == "José Ñúñez")
    assert screen.queue.currentRow() == 0


def test_refresh_with_f5_reads_the_queue_again(qtbot: QtBot, queue_store: Store) -> None:
    screen = _screen(qtbot, queue_store)
    queue_store.set_status("c-intake", ClientStatus.NEEDS_REVIEW)
    screen.queue.setFocus()
    qtbot.keyClick(screen.queue, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.queue.count() == 3)


def test_empty_queue_says_so(qtbot: QtBot, store: Store) -> None:
    screen = _screen(qtbot, store, queued=0)
    with qtbot.waitSignal(screen.refresh().signals.finished):
        pass
    assert screen.queue_empty.text() == "No clients are waiting for review."


def test_approve_all_and_sign_off_saves_reviews_and_approves_the_client(
    qtbot: QtBot, queue_store: Store
) -> None:
    screen = _screen(qtbot, queue_store)
    _open(qtbot, screen, "demo-packet-client")
    cards = _with_forms(screen)
    intro = "Only decisions that file forms need your verdict."
    assert screen.progress.text() == f"{intro} Still to review: {len(cards)} of {len(cards)}."
    for card in cards:
        _click(qtbot, card.approve_button)
    assert screen.progress.text() == f"{intro} Still to review: 0 of {len(cards)}."
    nothing_to_file = [card for card in screen.decisions.cards if not card.decision.forms]
    assert nothing_to_file and all(not card.review_buttons for card in nothing_to_file)
    assert all(card.approve_button.isHidden() for card in nothing_to_file)
    assert cards[0].review_label is not None
    assert cards[0].review_label.text() == "Approved now; saved when you sign off"

    _click(qtbot, screen.sign_off_button)
    dialog = screen.sign_off_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.attorney_choice.currentText() == "Ana Ruiz (Bar No. 123456)"
    with qtbot.waitSignal(screen.signed_off, timeout=5000) as signed:
        dialog.accept()
    assert signed.args == ["demo-packet-client"]

    saved = queue_store.reviews("demo-packet-client")
    assert len(saved) == len(cards)
    assert {(r.attorney.name, r.attorney.bar_number, r.verdict) for r in saved} == {
        ("Ana Ruiz", "123456", Verdict.APPROVED)
    }
    approved = queue_store.list_clients(status=ClientStatus.APPROVED)
    assert "demo-packet-client" in {summary.id for summary in approved}
    qtbot.waitUntil(lambda: screen.queue.count() == 1)
    assert screen.outcome.text().startswith("Signed off: Marisol")


def test_partial_sign_off_keeps_the_client_in_the_queue(qtbot: QtBot, queue_store: Store) -> None:
    screen = _screen(qtbot, queue_store)
    _open(qtbot, screen, "c-jose")
    first, _ = _with_forms(screen)
    _click(qtbot, first.approve_button)
    _click(qtbot, screen.sign_off_button)
    assert screen.sign_off_dialog is not None
    with qtbot.waitSignal(screen.signed_off, timeout=5000):
        screen.sign_off_dialog.accept()
    assert [r.remedy for r in queue_store.reviews("c-jose")] == [first.decision.remedy]
    assert "c-jose" in {s.id for s in queue_store.list_clients(status=ClientStatus.NEEDS_REVIEW)}
    assert screen.outcome.text() == (
        "Signed off, but decisions with forms still need review (left: 1), so José Ñúñez "
        "stays in the queue."
    )
    key = decision_key(first.decision)
    qtbot.waitUntil(lambda: "Approved by Ana Ruiz on" in screen.decisions.card_for(key).text())


def test_reject_without_a_note_is_refused_with_a_visible_message(
    qtbot: QtBot, queue_store: Store
) -> None:
    screen = _screen(qtbot, queue_store)
    _open(qtbot, screen, "c-jose")
    card = _with_forms(screen)[0]
    _click(qtbot, card.reject_button)
    dialog = screen.verdict_dialog
    assert dialog is not None and dialog.isVisible()

    _click(qtbot, dialog.ok_button())
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.label.text() == "Write a note saying why: it is saved with your sign-off."

    type_text(dialog.note, "Sentence not completed: fine still owed.")
    _click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert card.review_label is not None
    assert card.review_label.text() == (
        "Rejected now; saved when you sign off: Sentence not completed: fine still owed."
    )


def test_override_requires_a_status_and_a_note(qtbot: QtBot, queue_store: Store) -> None:
    screen = _screen(qtbot, queue_store)
    _open(qtbot, screen, "c-jose")
    card = _with_forms(screen)[0]
    _click(qtbot, card.override_button)
    dialog = screen.verdict_dialog
    assert dialog is not None
    assert dialog.status_choice.currentIndex() == -1

    _click(qtbot, dialog.ok_button())
    assert dialog.error.label.text() == "Choose the status you give this decision."
    assert dialog.isVisible()

    dialog.status_choice.setFocus()
    qtbot.keyClicks(dialog.status_choice, "Ne")  # the word first: typing it picks it
    assert dialog.status_choice.currentText() == "Needs review"
    _click(qtbot, dialog.ok_button())
    assert dialog.error.label.text() == "Write a note saying why: it is saved with your sign-off."
    assert dialog.isVisible()

    type_text(dialog.note, "Ask the court for the probation file first.")
    _click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _click(qtbot, screen.sign_off_button)
    assert screen.sign_off_dialog is not None
    with qtbot.waitSignal(screen.signed_off, timeout=5000):
        screen.sign_off_dialog.accept()
    [saved] = queue_store.reviews("c-jose")
    assert saved.verdict is Verdict.OVERRIDDEN
    assert saved.override_status is Status.NEEDS_REVIEW
    assert saved.note == "Ask the court for the probation file first."


def test_sign_off_without_attorneys_points_to_settings(
    qtbot: QtBot, store: Store, jose: Client
) -> None:
    screen = _screen(qtbot, store, queued=1)
    _open(qtbot, screen, "c-jose")
    _click(qtbot, _with_forms(screen)[0].approve_button)
    _click(qtbot, screen.sign_off_button)
    dialog = screen.sign_off_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.intro.text().startswith("No attorney is set up for this clinic yet")
    assert "Settings on the Attorneys page" in dialog.intro.text()
    assert dialog.attorney_choice.isHidden()
    assert dialog.attorney() is None
    dialog.reject()
    assert store.reviews("c-jose") == []


def test_sign_off_before_any_verdict_is_refused(qtbot: QtBot, queue_store: Store) -> None:
    screen = _screen(qtbot, queue_store)
    _open(qtbot, screen, "c-jose")
    _click(qtbot, screen.sign_off_button)
    assert screen.sign_off_dialog is None
    assert screen.problem.label.text() == "Review at least one decision before signing off."


def test_a_review_goes_stale_when_the_facts_change(
    qtbot: QtBot, queue_store: Store, jose: Client
) -> None:
    screen = _screen(qtbot, queue_store)
    _open(qtbot, screen, "c-jose")
    for card in _with_forms(screen):
        _click(qtbot, card.approve_button)
    _click(qtbot, screen.sign_off_button)
    assert screen.sign_off_dialog is not None
    with qtbot.waitSignal(screen.signed_off, timeout=5000):
        screen.sign_off_dialog.accept()
    qtbot.waitUntil(lambda: screen.queue.count() == 1)  # approved: out of the queue

    conviction = jose.convictions[0].model_copy(update={"case_number": "BA999999"})
    queue_store.save_client(jose.model_copy(update={"convictions": (conviction,)}))
    queue_store.set_status("c-jose", ClientStatus.NEEDS_REVIEW)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.queue.count() == 2)
    _open(qtbot, screen, "c-jose")
    qtbot.waitUntil(lambda: "changed since" in _with_forms(screen)[0].text())
    assert "Reviewed by Ana Ruiz" in _with_forms(screen)[0].text()
    assert screen.remaining() == 2


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_a_whole_review_by_keyboard(qtbot: QtBot, store: Store) -> None:
    _add(
        store,
        make_client(id="c-kb", convictions=(make_conviction(id="v1"),)),
        ClientStatus.NEEDS_REVIEW,
    )
    store.save_settings(DEMO_SETTINGS)
    screen = _screen(qtbot, store, queued=1)
    screen.activateWindow()
    screen.queue.setFocus()
    qtbot.waitUntil(screen.queue.hasFocus)
    qtbot.keyClick(screen.queue, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: screen.case is not None)
    approve = {card.approve_button for card in _with_forms(screen)}

    for _ in range(200):  # Tab through everything once; Space on each Approve
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        if _focused() in approve:
            qtbot.keyClick(_focused(), Qt.Key.Key_Space)
        if _focused() is screen.sign_off_button:
            break
    assert screen.remaining() == 0
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    dialog = screen.sign_off_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.attorney_choice.hasFocus)
    with qtbot.waitSignal(screen.signed_off, timeout=5000):
        qtbot.keyClick(dialog.attorney_choice, Qt.Key.Key_Return)
    assert len(store.reviews("c-kb")) == 2
    assert "c-kb" in {s.id for s in store.list_clients(status=ClientStatus.APPROVED)}


def test_closing_with_verdicts_not_signed_asks_first(
    qtbot: QtBot, queue_store: Store, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from clinic_app.ui.review_screen import ReviewDialog

    dialog = ReviewDialog(queue_store, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    screen = dialog.review
    qtbot.waitUntil(lambda: screen.case is not None)
    _click(qtbot, _with_forms(screen)[0].approve_button)
    asked: list[str] = []

    def keep_open(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", keep_open)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert asked == [
        "You gave verdicts that are not signed off yet (unsigned: 1). They are lost if you "
        "close now. Close anyway?"
    ]
    assert screen.unsigned() == 1  # still there to sign
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
    assert not dialog.isVisible()
