"""The main window drives the clinic's work: new intakes, the status filter, review,
settings, moving a case on, and the idle lock (on a real encrypted store)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from clinic_app.core.rules.engine import evaluate
from clinic_app.core.store import Store
from clinic_app.core.workflow import ClientStatus, IntakeDraft
from clinic_app.ui.intake.wizard import TODAY, IntakeWizard
from clinic_app.ui.main_window import ClientTableModel, MainWindow
from clinic_app.ui.review_screen import ReviewScreen
from clinic_app.ui.settings_dialog import SettingsDialog
from tests.fixtures.clients import AS_OF, make_client


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:
    store.save_clients([make_client(last_name="Álvarez"), make_client(last_name="Zúñiga")])
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.is_loaded)
    return shown


def rows(window: MainWindow) -> list[str]:
    return [window.model.client_at(r).last_name for r in range(window.model.rowCount())]


def test_the_list_shows_each_clients_status_and_filters_on_it(qtbot, window, store) -> None:
    zuniga = next(c for c in store.list_clients() if c.last_name == "Zúñiga")
    store.set_status(zuniga.id, ClientStatus.NEEDS_REVIEW)
    window.run_search()
    qtbot.waitUntil(
        lambda: window.model.index(1, ClientTableModel.STATUS).data() == "Needs review"
    )
    window.status_filter.setCurrentIndex(window.status_filter.findData(ClientStatus.NEEDS_REVIEW))
    qtbot.waitUntil(lambda: rows(window) == ["Zúñiga"])


def test_new_intake_opens_the_interview_and_the_list_shows_it_at_once(qtbot, window) -> None:
    with qtbot.waitSignal(window.intake_opened) as opened:
        window.new_intake_action.trigger()
    wizard: IntakeWizard = opened.args[0]
    wizard.client_page.first_name.setText("Rosa")
    wizard.client_page.last_name.setText("Benítez")
    wizard.client_page.last_name.confirmed.emit()
    qtbot.waitUntil(lambda: "Benítez" in rows(window), timeout=3_000)
    wizard.close()


def test_an_interrupted_intake_continues_where_it_stopped(qtbot, window, store) -> None:
    store.save_draft(
        IntakeDraft(
            client_id="draft-1",
            step=TODAY,
            answers={"first_name": "Lucía", "last_name": "Mora"},
            saved_at=datetime.now(UTC),
        )
    )
    window.run_search()
    qtbot.waitUntil(lambda: "Mora" in rows(window))
    window.table.selectRow(rows(window).index("Mora"))
    with qtbot.waitSignal(window.intake_opened) as opened:
        window.edit_action.trigger()
    wizard: IntakeWizard = opened.args[0]
    assert wizard.pages.currentIndex() == TODAY
    assert wizard.client_page.first_name.text() == "Lucía"
    wizard.close()


def test_after_the_hand_over_the_list_selects_the_client_and_says_where_it_went(
    qtbot, window, store
) -> None:
    zuniga = next(c for c in store.list_clients() if c.last_name == "Zúñiga")
    store.set_status(zuniga.id, ClientStatus.NEEDS_REVIEW)
    window._sent_for_review(zuniga.id)  # what the wizard's "Send to an attorney" signals
    qtbot.waitUntil(lambda: window.current_client_id() == zuniga.id)
    assert window.statusBar().currentMessage() == (
        f"{zuniga.first_name} Zúñiga was sent to an attorney for review. "
        "Ctrl+R opens the review queue."
    )


def test_actions_on_a_client_wait_for_one_to_be_selected(qtbot, window) -> None:
    client_actions = [window.edit_action, *window.mark_actions.values()]
    assert not any(action.isEnabled() for action in client_actions)
    window.table.selectRow(0)
    assert all(action.isEnabled() for action in client_actions)
    qtbot.waitUntil(window.documents_action.isEnabled)  # once the record is on screen


def test_marking_a_case_filed_moves_it_on(qtbot, window, store) -> None:
    window.table.selectRow(0)
    window.mark_actions[ClientStatus.FILED].trigger()
    qtbot.waitUntil(lambda: window.model.index(0, ClientTableModel.STATUS).data() == "Filed")
    assert store.list_clients()[0].status is ClientStatus.FILED


def test_review_and_settings_open_from_the_menus(qtbot, window) -> None:
    dialog = window.open_review()
    assert dialog.findChild(ReviewScreen) is not None
    dialog.close()
    settings = window.open_settings()
    assert isinstance(settings, SettingsDialog)
    settings.reject()


def test_an_idle_window_locks_itself(qtbot, window) -> None:
    with qtbot.waitSignal(window.lock_requested, timeout=3_000):
        window.idle_lock.timer.setInterval(50)
        window.idle_lock.timer.start()


def test_activity_restarts_the_idle_count(qtbot, window) -> None:
    window.idle_lock.timer.setInterval(60_000)
    window.idle_lock.timer.start()
    QApplication.sendEvent(window.search_edit, _key_event())
    assert window.idle_lock.timer.remainingTime() > 59_000


def _key_event():
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")


def test_saving_a_filing_packet_records_documents_printed(store: Store) -> None:
    from clinic_app.core.documents.service import prepare_packet, record_printed
    from clinic_app.core.synthetic_packet import DEMO_SETTINGS, approve_every_form

    client = make_client()
    store.save_client(client)
    store.save_settings(DEMO_SETTINGS)
    store.set_status(client.id, ClientStatus.APPROVED)
    reviews = approve_every_form(
        client, evaluate(client.record(AS_OF)).decisions, datetime.now(UTC)
    )
    store.save_reviews(client.id, reviews.values())
    draft = prepare_packet(store, client.id, today=AS_OF, draft=True)
    record_printed(store, client.id, draft)
    assert store.list_clients()[0].status is ClientStatus.APPROVED  # a draft changes nothing
    filing = prepare_packet(store, client.id, today=AS_OF, draft=False)
    record_printed(store, client.id, filing)
    assert store.list_clients()[0].status is ClientStatus.DOCUMENTS_PRINTED
    store.set_status(client.id, ClientStatus.FILED)
    record_printed(store, client.id, filing)  # printing again never moves a filed case back
    assert store.list_clients()[0].status is ClientStatus.FILED
