"""The Settings dialog against a real encrypted store; court addresses in a private data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.core.courts import Court, bundled_courts, court_for, user_courts_file
from clinic_app.core.errors import DiskFull
from clinic_app.core.model import Language
from clinic_app.core.review import Attorney
from clinic_app.core.settings import ClinicSettings
from clinic_app.core.store import Store
from clinic_app.ui import errors
from clinic_app.ui.settings_dialog import BAR_NUMBER, NAME, SettingsDialog

from .helpers import type_text

STORED = ClinicSettings(
    clinic_name="Clínica Legal del Valle",
    street="1200 Fulton Street",
    city_state_zip="Fresno, CA 93721",
    phone="(559) 555-0100",
    email="intake@example.org",
    attorneys=(
        Attorney(name="Ana Ruiz Peña", bar_number="123456", email="ana@example.org"),
        Attorney(name="Nguyễn Thị Hoa", bar_number="654321", phone="(559) 555-0111"),
    ),
    default_language=Language.SPANISH,
    idle_lock_minutes=15,
)

FRESNO_STREET, FRESNO_CITY = "1100 Van Ness Avenue", "Fresno, CA 93724"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of this test's own, so a saved courts.csv stays with the test."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("CLINIC_APP_HOME", str(folder))
    return folder


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the dialog reports, instead of a modal box that would block the test."""
    reported: list[BaseException] = []
    monkeypatch.setattr(errors, "show_error", lambda exc, *a, **k: reported.append(exc))
    return reported


@pytest.fixture
def open_dialog(qtbot: QtBot, store: Store) -> Iterator[Callable[[], SettingsDialog]]:
    def make() -> SettingsDialog:
        dialog = SettingsDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: not dialog.is_busy())
        return dialog

    yield make


@pytest.fixture
def dialog(store: Store, open_dialog: Callable[[], SettingsDialog]) -> SettingsDialog:
    store.save_settings(STORED)
    return open_dialog()


def cells(dialog: SettingsDialog) -> list[list[str]]:
    table = dialog.attorneys
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def set_cell(dialog: SettingsDialog, row: int, column: int, text: str) -> None:
    dialog.attorneys.item(row, column).setText(text)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key as the user presses it: to whatever has the focus."""
    qtbot.keyClick(focused(), key, modifier)


def mnemonic(qtbot: QtBot, letter: Qt.Key, then: Callable[[], bool]) -> None:
    """Alt+letter; a button's mnemonic clicks after a short animation, hence the wait."""
    press(qtbot, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(then)


def type_here(text: str) -> None:
    """Type into the focused widget one character at a time: the first key opens a table
    cell's editor, which then has the focus for the rest."""
    for ch in text:
        type_text(focused(), ch)


# --- loading ------------------------------------------------------------------------------


def test_inputs_wait_disabled_under_loading_until_the_settings_arrive(
    qtbot: QtBot, store: Store
) -> None:
    store.save_settings(STORED)
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)

    assert dialog.is_busy()
    assert dialog.status.text() == "Loading…"
    assert not dialog.clinic_name.isEnabled()
    assert not dialog.courts.isEnabled()
    assert not dialog.ok_button.isEnabled()
    assert dialog.cancel_button.isEnabled()

    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.status.text() == ""
    assert dialog.clinic_name.isEnabled() and dialog.ok_button.isEnabled()


def test_loading_shows_the_stored_values(dialog: SettingsDialog) -> None:
    assert dialog.clinic_name.text() == "Clínica Legal del Valle"
    assert dialog.street.text() == "1200 Fulton Street"
    assert dialog.city_state_zip.text() == "Fresno, CA 93721"
    assert dialog.phone.text() == "(559) 555-0100"
    assert dialog.email.text() == "intake@example.org"
    assert cells(dialog) == [
        ["Ana Ruiz Peña", "123456", "ana@example.org", ""],
        ["Nguyễn Thị Hoa", "654321", "", "(559) 555-0111"],
    ]
    assert dialog.language.currentText() == "Español"
    assert dialog.idle_minutes.value() == 15
    assert (dialog.idle_minutes.minimum(), dialog.idle_minutes.maximum()) == (1, 240)
    assert dialog.courts.rowCount() == 58
    assert dialog.error_text() == ""
    assert dialog.courts_error.isHidden()


def test_a_new_clinic_sees_the_defaults(open_dialog: Callable[[], SettingsDialog]) -> None:
    dialog = open_dialog()

    assert dialog.clinic_name.text() == ""
    assert dialog.attorneys.rowCount() == 0
    assert not dialog.remove_button.isEnabled()
    assert dialog.language.currentText() == "English"
    assert dialog.idle_minutes.value() == ClinicSettings().idle_lock_minutes


def test_a_failed_load_is_reported_and_nothing_can_be_saved(
    qtbot: QtBot,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[BaseException],
) -> None:
    def fail() -> ClinicSettings:
        raise DiskFull()

    monkeypatch.setattr(store, "settings", fail)
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)

    qtbot.waitUntil(lambda: bool(shown_errors))
    assert isinstance(shown_errors[0], DiskFull)
    assert dialog.status.text() == "The settings could not be loaded."
    assert not dialog.ok_button.isEnabled()
    assert not dialog.clinic_name.isEnabled()


# --- saving -------------------------------------------------------------------------------


def test_ok_saves_the_edits_emits_them_and_closes(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    dialog.clinic_name.clear()
    type_text(dialog.clinic_name, "Centro Jurídico Ñandú")
    set_cell(dialog, 1, BAR_NUMBER, "765432")
    dialog.language.setCurrentIndex(dialog.language.findText("English"))
    dialog.idle_minutes.setValue(240)

    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    expected = STORED.model_copy(
        update={
            "clinic_name": "Centro Jurídico Ñandú",
            "attorneys": (
                STORED.attorneys[0],
                Attorney(name="Nguyễn Thị Hoa", bar_number="765432", phone="(559) 555-0111"),
            ),
            "default_language": Language.ENGLISH,
            "idle_lock_minutes": 240,
        }
    )
    assert blocker.args == [expected]
    assert store.settings() == expected
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_cancel_discards_the_edits(qtbot: QtBot, store: Store, dialog: SettingsDialog) -> None:
    emitted: list[object] = []
    dialog.saved.connect(emitted.append)
    type_text(dialog.clinic_name, " (old)")
    set_cell(dialog, 0, NAME, "Someone Else")
    dialog.courts.item(0, 1).setText("1225 Fallon Street")

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert emitted == []
    assert store.settings() == STORED
    assert not user_courts_file().exists()


def test_a_failed_save_is_reported_and_the_dialog_stays_open(
    qtbot: QtBot,
    store: Store,
    dialog: SettingsDialog,
    monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[BaseException],
) -> None:
    def fail(settings: ClinicSettings) -> None:
        raise DiskFull()

    monkeypatch.setattr(store, "save_settings", fail)
    type_text(dialog.phone, "9")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(shown_errors))
    assert isinstance(shown_errors[0], DiskFull)
    assert dialog.isVisible()
    assert not dialog.is_busy()
    assert dialog.phone.isEnabled() and dialog.ok_button.isEnabled()
    assert dialog.phone.text() == "(559) 555-01009"


# --- attorneys ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "column", "text", "message"),
    [
        (1, BAR_NUMBER, "  ", "Attorney 2: type the State Bar number."),
        (0, NAME, "", "Attorney 1: type the attorney's name."),
        (1, BAR_NUMBER, "12345A", "Attorney 2: a State Bar number has digits only"),
        (1, BAR_NUMBER, "123-456", "Attorney 2: a State Bar number has digits only"),
        (1, BAR_NUMBER, "١٢٣", "Attorney 2: a State Bar number has digits only"),
        (1, BAR_NUMBER, " 123456 ", "Attorneys 1 and 2 have the same State Bar number."),
    ],
    ids=["blank bar number", "blank name", "letters", "dashes", "arabic digits", "duplicate"],
)
def test_an_invalid_attorney_keeps_ok_disabled_with_a_message_beside_the_table(
    qtbot: QtBot, dialog: SettingsDialog, row: int, column: int, text: str, message: str
) -> None:
    dialog.tabs.setCurrentIndex(1)
    set_cell(dialog, row, column, text)

    assert dialog.error_text().startswith(message)
    assert dialog.attorney_error.isVisible()
    assert not dialog.ok_button.isEnabled()
    assert dialog.attorneys.item(row, column).background().color().name() == "#fde7ea"

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()

    set_cell(dialog, row, column, "Ana Ruiz Peña" if column == NAME else "222222")
    assert dialog.error_text() == ""
    assert not dialog.attorney_error.isVisible()
    assert dialog.ok_button.isEnabled()
    assert dialog.attorneys.item(row, column).background().style() == Qt.BrushStyle.NoBrush


def test_add_opens_a_row_that_is_ignored_while_blank_and_remove_takes_it_away(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert dialog.attorneys.rowCount() == 3
    assert dialog.attorneys.currentRow() == 2
    assert dialog.ok_button.isEnabled()  # a blank row is not an attorney yet
    assert dialog.error_text() == ""

    set_cell(dialog, 2, NAME, "Luis Garcia")
    assert dialog.error_text() == "Attorney 3: type the State Bar number."

    dialog.attorneys.setCurrentCell(0, NAME)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in cells(dialog)] == ["Nguyễn Thị Hoa", "Luis Garcia"]
    set_cell(dialog, 1, BAR_NUMBER, "345678")

    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert store.settings().attorneys == (
        STORED.attorneys[1],
        Attorney(name="Luis Garcia", bar_number="345678"),
    )


def test_enter_that_finishes_a_cell_does_not_press_ok(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.attorneys.setCurrentCell(1, BAR_NUMBER)
    dialog.attorneys.setFocus()
    type_here("777777")

    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.attorneys.item(1, BAR_NUMBER).text() == "777777")
    assert dialog.isVisible()
    assert store.settings() == STORED


# --- courts -------------------------------------------------------------------------------


def fresno_row(dialog: SettingsDialog) -> int:
    rows = [dialog.courts.item(row, 0).text() for row in range(dialog.courts.rowCount())]
    return rows.index("Fresno")


def test_court_edits_go_to_the_clinic_courts_file_and_court_for_returns_them(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    row = fresno_row(dialog)
    dialog.courts.item(row, 1).setText(FRESNO_STREET)
    dialog.courts.item(row, 2).setText(f" {FRESNO_CITY} ")

    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert court_for("Fresno") == Court("Fresno", FRESNO_STREET, FRESNO_CITY)
    assert user_courts_file().read_text(encoding="utf-8").splitlines() == [
        "county,street,city_state_zip",
        f'Fresno,{FRESNO_STREET},"{FRESNO_CITY}"',
    ]
    assert store.settings() == STORED


def test_the_county_column_is_read_only_and_the_clinic_rows_are_shown(
    home: Path, open_dialog: Callable[[], SettingsDialog]
) -> None:
    (home / "courts.csv").write_text(
        f'county,street,city_state_zip\nFresno,{FRESNO_STREET},"{FRESNO_CITY}"\n',
        encoding="utf-8",
    )

    dialog = open_dialog()

    row = fresno_row(dialog)
    assert [dialog.courts.item(row, column).text() for column in range(3)] == [
        "Fresno",
        FRESNO_STREET,
        FRESNO_CITY,
    ]
    assert not dialog.courts.item(row, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert dialog.courts.item(row, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert "CR-409" in dialog.courts_note.text() and "blank line" in dialog.courts_note.text()


def test_untouched_courts_leave_no_file(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not user_courts_file().exists()


@pytest.mark.parametrize(
    "broken",
    [
        b"county;street\nFresno;somewhere\n",  # edited by hand with the wrong separator
        b"county,street,city_state_zip\nFresno,somewhere\n",  # a cell short
        "county,street,city_state_zip\nFresno,Calle Ñandú,x\n".encode("latin-1"),
    ],
    ids=["separator", "short row", "latin-1"],
)
def test_an_unreadable_courts_file_is_reported_and_left_alone(
    qtbot: QtBot,
    home: Path,
    store: Store,
    open_dialog: Callable[[], SettingsDialog],
    shown_errors: list[BaseException],
    broken: bytes,
) -> None:
    (home / "courts.csv").write_bytes(broken)
    store.save_settings(STORED)

    dialog = open_dialog()

    assert len(shown_errors) == 1
    assert not dialog.courts.isEnabled()
    dialog.tabs.setCurrentIndex(3)
    assert dialog.courts_error.isVisible()
    assert "courts.csv could not be read" in dialog.courts_error.label.text()
    assert dialog.courts.rowCount() == len(bundled_courts())
    type_text(dialog.clinic_name, "!")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert store.settings().clinic_name == "Clínica Legal del Valle!"
    assert (home / "courts.csv").read_bytes() == broken


# --- keyboard -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tab", "inputs"),
    [
        (0, ["clinic_name", "street", "city_state_zip", "phone", "email"]),
        (1, ["attorneys", "add_button", "remove_button"]),
        (2, ["language", "idle_minutes"]),
        (3, ["courts"]),
    ],
)
def test_tab_reaches_every_input_of_each_tab_in_order(
    qtbot: QtBot, dialog: SettingsDialog, tab: int, inputs: list[str]
) -> None:
    dialog.tabs.setCurrentIndex(tab)
    dialog.attorneys.setCurrentCell(0, NAME)  # Remove is enabled with a current row
    dialog.tabs.tabBar().setFocus()
    reached: list[QWidget] = []
    for _ in range(12):
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is dialog.tabs.tabBar():
            break
        reached.append(focused())

    assert reached == [
        *(getattr(dialog, name) for name in inputs),
        dialog.ok_button,
        dialog.cancel_button,
    ]


def test_the_whole_dialog_can_be_filled_by_keyboard(
    qtbot: QtBot, store: Store, open_dialog: Callable[[], SettingsDialog]
) -> None:
    dialog = open_dialog()
    assert focused() is dialog.clinic_name

    for text in ("Clínica del Valle", "1200 Fulton St", "Fresno, CA 93721", "5550100", "a@b.org"):
        type_here(text)
        press(qtbot, Qt.Key.Key_Tab)

    mnemonic(qtbot, Qt.Key.Key_T, lambda: dialog.tabs.currentIndex() == 1)
    mnemonic(qtbot, Qt.Key.Key_A, lambda: dialog.attorneys.rowCount() == 1)
    for text in ("José Ñúñez", "123456", "jose@example.org"):
        type_here(text)
        press(qtbot, Qt.Key.Key_Tab)
    type_here("5550111")
    press(qtbot, Qt.Key.Key_Return)  # finishes the cell, does not press OK
    qtbot.waitUntil(lambda: dialog.attorneys.item(0, 3).text() == "5550111")

    mnemonic(qtbot, Qt.Key.Key_L, lambda: dialog.tabs.currentIndex() == 2)
    press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.language
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.idle_minutes
    type_here("30")

    mnemonic(qtbot, Qt.Key.Key_O, lambda: dialog.tabs.currentIndex() == 3)
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.courts
    type_here("Fre")  # jumps to Fresno in the County column
    assert dialog.courts.item(dialog.courts.currentRow(), 0).text() == "Fresno"
    press(qtbot, Qt.Key.Key_Right)
    type_here(FRESNO_STREET)
    press(qtbot, Qt.Key.Key_Tab)
    type_here(FRESNO_CITY)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.courts.state() is not dialog.courts.State.EditingState)

    with qtbot.waitSignal(dialog.saved):
        press(qtbot, Qt.Key.Key_Return)

    assert store.settings() == ClinicSettings(
        clinic_name="Clínica del Valle",
        street="1200 Fulton St",
        city_state_zip="Fresno, CA 93721",
        phone="5550100",
        email="a@b.org",
        attorneys=(
            Attorney(
                name="José Ñúñez", bar_number="123456", email="jose@example.org", phone="5550111"
            ),
        ),
        default_language=Language.SPANISH,
        idle_lock_minutes=30,
    )
    assert court_for("Fresno") == Court("Fresno", FRESNO_STREET, FRESNO_CITY)


# --- translation --------------------------------------------------------------------------


def test_a_language_change_sets_every_text_again(dialog: SettingsDialog) -> None:
    set_cell(dialog, 1, BAR_NUMBER, "")
    dialog.clinic_name_label.setText("stale")
    dialog.tabs.setTabText(3, "stale")
    dialog.attorney_error.label.setText("stale")

    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))

    assert dialog.clinic_name_label.text() == "Clinic &name:"
    assert dialog.tabs.tabText(3) == "C&ourts"
    assert dialog.error_text() == "Attorney 2: type the State Bar number."
