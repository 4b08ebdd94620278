"""The main window: the client list, search as you type, the record beside it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from clinic_app.core.errors import ClientNotFound
from clinic_app.ui.main_window import ClientTableModel, MainWindow

from .helpers import FakeStore, sample_clients, type_text


@pytest.fixture
def window(qtbot, fake_store: FakeStore) -> MainWindow:
    win = MainWindow(fake_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.is_loaded)
    return win


def names_in_list(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, ClientTableModel.NAME).data() for r in range(model.rowCount())]


def search(qtbot, window: MainWindow, text: str) -> None:
    """Type into the search field and wait for the answer to that text."""
    window.search_edit.clear()
    with qtbot.waitSignal(window.clients_loaded, timeout=3000):
        type_text(window.search_edit, text)
    qtbot.waitUntil(lambda: window.search_edit.text().strip() in window.status_label.text())


def select_row(qtbot, window: MainWindow, row: int) -> None:
    with qtbot.waitSignal(window.client_shown, timeout=3000):
        window.table.selectRow(row)


def test_the_title_names_the_database_file(window: MainWindow) -> None:
    assert window.windowTitle() == "Clean Slate Desk — clinic.db"


def test_the_list_shows_every_client_ordered_by_last_name(window: MainWindow) -> None:
    assert names_in_list(window) == [
        "Álvarez, Ana",
        "Garcia, Luis",
        "García López, María",
        "Nguyễn, Thị Hoa",
        "Ñúñez, José",
        "O'Brien, Robert",
        "O'Brien-García & Co <test>, Zoë",
    ]
    assert window.status_label.text() == "7 clients"


def test_the_columns_show_birth_date_convictions_and_update(window: MainWindow) -> None:
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Name", "Date of birth", "Convictions", "Last updated"]
    jose = model.row_of("c-jose")
    assert model.index(jose, ClientTableModel.DATE_OF_BIRTH).data() == "1979-11-03"
    assert model.index(jose, ClientTableModel.CONVICTIONS).data() == "2"
    assert model.index(jose, ClientTableModel.UPDATED).data().startswith("2026-03-1")
    luis = model.row_of("c-luis")
    assert model.index(luis, ClientTableModel.DATE_OF_BIRTH).data() == "—"
    assert (
        model.index(luis, ClientTableModel.DATE_OF_BIRTH).data(Qt.ItemDataRole.AccessibleTextRole)
        == "Date of birth not recorded"
    )


def test_store_calls_run_off_the_gui_thread(window: MainWindow, fake_store: FakeStore) -> None:
    assert fake_store.threads
    assert threading.current_thread().name not in fake_store.threads


def test_typing_garcia_finds_both_spellings(qtbot, window, fake_store) -> None:
    search(qtbot, window, "garcia")
    assert ("garcia", 500) in fake_store.calls_to("search_clients")
    assert names_in_list(window) == [
        "Garcia, Luis",
        "García López, María",
        "O'Brien-García & Co <test>, Zoë",
    ]
    assert window.status_label.text() == "3 of 7 clients match “garcia”"


def test_typing_is_debounced_into_one_search(qtbot, window, fake_store) -> None:
    before = len(fake_store.calls_to("search_clients"))
    search(qtbot, window, "nguy")
    assert fake_store.calls_to("search_clients")[before:] == [("nguy", 500)]


def test_an_accented_query_finds_the_client(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "Ñúñez")
    assert names_in_list(window) == ["Ñúñez, José"]


def test_other_names_are_searched(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "mary")
    assert names_in_list(window) == ["García López, María"]


def test_no_match_says_so(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "zzz")
    assert window.list_stack.currentWidget() is window.list_message
    assert "zzz" in window.list_message.text()
    search(qtbot, window, "ana")
    assert window.list_stack.currentWidget() is window.table


def test_clearing_the_search_lists_everyone_again(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "garcia")
    with qtbot.waitSignal(window.clients_loaded, timeout=3000):
        window.search_edit.clear()
    assert len(names_in_list(window)) == 7
    assert window.status_label.text() == "7 clients"


def test_escape_in_the_search_field_clears_it(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "garcia")
    with qtbot.waitSignal(window.clients_loaded, timeout=3000):
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""


def test_a_stale_answer_does_not_replace_a_newer_one(qtbot, window, fake_store) -> None:
    fake_store.gate = threading.Event()
    window.search_edit.setText("zzz")
    window.run_search()  # blocks in the worker until the gate opens
    window.search_edit.setText("ana")
    window.run_search()
    fake_store.gate.set()
    qtbot.waitUntil(lambda: names_in_list(window) == ["Álvarez, Ana"])
    qtbot.wait(50)
    assert names_in_list(window) == ["Álvarez, Ana"]


def test_the_record_is_empty_until_a_client_is_selected(window: MainWindow) -> None:
    assert not window.client_view.is_showing_client()
    assert "Select a client" in window.client_view.empty_label.text()


def test_selecting_a_row_shows_the_client(qtbot, window: MainWindow, fake_store) -> None:
    row = window.model.row_of("c-maria")
    select_row(qtbot, window, row)
    assert window.client_view.is_showing_client()
    assert window.client_view.name_label.text() == "María García López"
    assert ("c-maria",) in fake_store.calls_to("get_client")


def test_clicking_a_row_shows_the_client(qtbot, window: MainWindow) -> None:
    row = window.model.row_of("c-hoa")
    rect = window.table.visualRect(window.model.index(row, 0))
    with qtbot.waitSignal(window.client_shown, timeout=3000) as blocker:
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["c-hoa"]
    assert window.client_view.name_label.text() == "Thị Hoa Nguyễn"


def test_arrow_keys_move_through_clients(qtbot, window: MainWindow) -> None:
    select_row(qtbot, window, 0)
    window.table.setFocus()
    with qtbot.waitSignal(window.client_shown, timeout=3000) as blocker:
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert blocker.args == [window.model.client_at(1).id]


def test_enter_in_the_list_moves_focus_into_the_record(qtbot, window: MainWindow) -> None:
    select_row(qtbot, window, 0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.client_view.record_area.hasFocus())


def test_double_click_opens_and_focuses_the_record(qtbot, window: MainWindow) -> None:
    rect = window.table.visualRect(window.model.index(2, 0))
    viewport = window.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.client_view.record_area.hasFocus())
    assert window.client_view.client is not None
    assert window.client_view.client.id == window.model.client_at(2).id


def test_down_from_the_search_field_moves_into_the_list(qtbot, window: MainWindow) -> None:
    window.search_edit.setFocus()
    with qtbot.waitSignal(window.client_shown, timeout=3000):
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    assert window.current_client_id() == window.model.client_at(0).id


def test_ctrl_f_focuses_the_search_field(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.table.setFocus()
    qtbot.waitUntil(lambda: window.table.hasFocus())
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_edit.hasFocus())


def test_the_menus_offer_lock_quit_documents_and_about(window: MainWindow) -> None:
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.documents_action.shortcut().toString() == "Ctrl+P"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Client", "&Language", "&Help"]


def test_about_shows_a_message(qtbot, window: MainWindow, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda *args: shown.append(args))
    window.about_action.trigger()
    assert shown and "Clean Slate Desk" in shown[0][1]


def test_main_widgets_have_accessible_names(window: MainWindow) -> None:
    assert window.search_edit.accessibleName() == "Search clients by name"
    assert window.search_edit.placeholderText() == "Search clients by name…"
    assert window.table.accessibleName() == "Clients"
    assert window.client_view.accessibleName() == "Client record"
    assert window.status_label.accessibleName()


def test_the_selection_survives_a_search_that_still_lists_the_client(qtbot, window) -> None:
    select_row(qtbot, window, window.model.row_of("c-maria"))
    search(qtbot, window, "garc")
    assert window.current_client_id() == "c-maria"
    assert window.client_view.client is not None


def test_a_client_deleted_meanwhile_is_said_in_place(qtbot, window, fake_store) -> None:
    fake_store.fail_with = ClientNotFound(client_id="c-zoe")
    window.table.selectRow(window.model.row_of("c-zoe"))
    qtbot.waitUntil(lambda: "No client with id c-zoe" in window.client_view.empty_label.text())


def test_an_unexpected_load_error_goes_to_the_error_dialog(qtbot, window, fake_store, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0
    )
    fake_store.fail_with = RuntimeError("disk said no")
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(shown))
    text, informative = shown[0]
    assert text == "Something went wrong. Your saved work is safe."
    assert "CSD-" in informative and "disk said no" not in text + informative
    assert not window.client_view.is_showing_client()


def test_lock_closes_the_store_and_forgets_what_was_shown(qtbot, window, fake_store) -> None:
    select_row(qtbot, window, 0)
    with qtbot.waitSignal(window.lock_requested, timeout=3000):
        window.lock_action.trigger()
    assert fake_store.closed
    assert window.model.rowCount() == 0
    assert window.client_view.client is None
    assert not window.isVisible()


def test_closing_the_window_closes_the_store(qtbot, window, fake_store) -> None:
    with qtbot.waitSignal(window.closed, timeout=3000):
        window.quit_action.trigger()
    assert fake_store.closed
    assert fake_store.calls[-1] == ("close", ())


def test_a_long_list_says_how_many_are_not_shown(qtbot, db_path) -> None:
    many = sample_clients() * 1
    store = FakeStore(db_path, many)
    store.list_clients = lambda limit=500, offset=0, status=None: FakeStore.list_clients(
        store, 3, offset
    )
    win = MainWindow(store)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.is_loaded)
    assert win.status_label.text().startswith("7 clients — showing the first 3")
    QApplication.processEvents()


def test_tabbing_into_the_list_highlights_the_client_it_shows(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.search_edit.setFocus()
    with qtbot.waitSignal(window.client_shown, timeout=3000) as blocker:
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Tab)
    assert window.table.hasFocus()
    assert blocker.args == [window.current_client_id()]


def test_typed_markup_is_shown_as_text(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "<b>bold")
    assert window.list_message.textFormat() == Qt.TextFormat.PlainText
    assert window.status_label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold" in window.list_message.text()
