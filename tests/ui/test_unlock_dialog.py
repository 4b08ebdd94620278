"""The unlock dialog: a wrong key is said inline and the dialog stays open for another try."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from clinic_app.core.errors import DatabaseInUse, MalformedRecoveryKey, WrongPassphrase
from clinic_app.core.messages import describe_error
from clinic_app.ui.unlock_dialog import UnlockDialog

from .helpers import FakeOpener, FakeStore, type_text

PASSPHRASE = "correct horse battery"


@pytest.fixture
def dialog(qtbot, db_path: Path, fake_opener: FakeOpener) -> UnlockDialog:
    dlg = UnlockDialog(db_path, fake_opener)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def unlock_with(qtbot, dialog: UnlockDialog, secret: str) -> None:
    dialog.secret_edit.clear()
    type_text(dialog.secret_edit, secret)
    dialog.unlock()
    qtbot.waitUntil(lambda: not dialog.is_busy())


def test_the_secret_is_hidden_by_default_and_shown_on_request(dialog: UnlockDialog) -> None:
    assert dialog.secret_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_check.setChecked(True)
    assert dialog.secret_edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_check.setChecked(False)
    assert dialog.secret_edit.echoMode() == QLineEdit.EchoMode.Password


def test_the_field_has_focus_and_unlock_is_the_default_button(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.secret_edit.hasFocus())
    assert dialog.unlock_button.isDefault()
    assert dialog.secret_edit.accessibleName() == "Passphrase or recovery key"


def test_a_wrong_passphrase_is_said_inline_and_the_dialog_stays_open(
    qtbot, dialog: UnlockDialog, fake_opener: FakeOpener
) -> None:
    unlock_with(qtbot, dialog, "wrong horse")

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.store is None
    assert dialog.error_text().startswith(describe_error(WrongPassphrase()))
    assert dialog.secret_edit.text() == ""  # cleared for a fresh try
    qtbot.waitUntil(lambda: dialog.secret_edit.hasFocus())
    assert fake_opener.calls == [(dialog.db_path, "wrong horse")]


def test_the_opener_runs_off_the_gui_thread(qtbot, dialog, fake_opener: FakeOpener) -> None:
    unlock_with(qtbot, dialog, "wrong horse")
    assert fake_opener.threads
    assert threading.current_thread().name not in fake_opener.threads


def test_the_right_passphrase_accepts_and_hands_over_the_store(
    qtbot, dialog: UnlockDialog, fake_store: FakeStore
) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        type_text(dialog.secret_edit, PASSPHRASE)
        dialog.unlock()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is fake_store
    assert dialog.secret_edit.text() == ""  # the secret does not linger in the widget


def test_enter_in_the_field_unlocks(qtbot, dialog: UnlockDialog, fake_store: FakeStore) -> None:
    type_text(dialog.secret_edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_Return)
    assert dialog.store is fake_store


def test_a_second_try_after_a_wrong_one_works(qtbot, dialog: UnlockDialog) -> None:
    unlock_with(qtbot, dialog, "nope")
    assert dialog.error_text()
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        type_text(dialog.secret_edit, PASSPHRASE)
        qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_Enter)


def test_an_accented_passphrase_reaches_the_opener_unchanged(
    qtbot, db_path: Path, fake_store: FakeStore
) -> None:
    opener = FakeOpener(fake_store, passphrase="contraseña de Ñúñez")
    dialog = UnlockDialog(db_path, opener)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        type_text(dialog.secret_edit, "contraseña de Ñúñez")
        dialog.unlock()
    assert opener.calls == [(db_path, "contraseña de Ñúñez")]


def test_an_empty_field_asks_for_the_key_without_trying(dialog, fake_opener) -> None:
    dialog.unlock()
    assert "Type the passphrase" in dialog.error_text()
    assert fake_opener.calls == []


def test_the_inline_error_is_accessible(qtbot, dialog: UnlockDialog) -> None:
    unlock_with(qtbot, dialog, "wrong")
    assert dialog.error.accessibleName() == "Error"
    assert dialog.error.accessibleDescription() == dialog.error_text()
    assert not dialog.error.icon.pixmap().isNull()


@pytest.mark.parametrize("error", [MalformedRecoveryKey(), WrongPassphrase()])
def test_errors_about_the_secret_clear_the_field(qtbot, db_path, fake_store, error) -> None:
    dialog = UnlockDialog(db_path, FakeOpener(fake_store, error=error))
    qtbot.addWidget(dialog)
    unlock_with(qtbot, dialog, "ABCD-EFGH")
    assert dialog.error_text().startswith(describe_error(error))
    assert dialog.secret_edit.text() == ""


def test_a_database_in_use_keeps_the_typed_secret(qtbot, db_path, fake_store) -> None:
    error = DatabaseInUse(path=str(db_path))
    dialog = UnlockDialog(db_path, FakeOpener(fake_store, error=error))
    qtbot.addWidget(dialog)
    unlock_with(qtbot, dialog, PASSPHRASE)
    assert dialog.error_text() == describe_error(error)
    assert dialog.secret_edit.text() == PASSPHRASE  # close the other window, press Unlock


def test_an_unexpected_error_shows_a_reference_and_logs_it(
    qtbot, db_path, fake_store, caplog: pytest.LogCaptureFixture
) -> None:
    dialog = UnlockDialog(db_path, FakeOpener(fake_store, error=RuntimeError("kdf exploded")))
    qtbot.addWidget(dialog)
    with caplog.at_level(logging.ERROR, logger="clinic_app"):
        unlock_with(qtbot, dialog, PASSPHRASE)
    text = dialog.error_text()
    assert text.startswith("Something went wrong. Your saved work is safe.")
    assert "kdf exploded" not in text and "Traceback" not in text
    reference = text.rsplit(" ", 1)[-1]
    assert reference.startswith("CSD-")
    assert any(reference in r.getMessage() and r.exc_info for r in caplog.records)
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_the_fields_are_disabled_while_the_key_is_checked(qtbot, dialog, fake_opener) -> None:
    fake_opener.gate = threading.Event()
    type_text(dialog.secret_edit, PASSPHRASE)
    dialog.unlock()
    assert dialog.is_busy()
    assert not dialog.unlock_button.isEnabled()
    assert not dialog.secret_edit.isEnabled()
    dialog.unlock()  # a second Enter while busy does not start a second open
    fake_opener.gate.set()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert len(fake_opener.calls) == 1


def test_cancel_while_unlocking_closes_the_store_that_arrives_late(
    qtbot, dialog: UnlockDialog, fake_opener: FakeOpener, fake_store: FakeStore
) -> None:
    fake_opener.gate = threading.Event()
    type_text(dialog.secret_edit, PASSPHRASE)
    dialog.unlock()
    dialog.reject()
    fake_opener.gate.set()
    qtbot.waitUntil(lambda: fake_store.closed)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.store is None


def test_remember_is_opt_in(dialog: UnlockDialog) -> None:
    assert not dialog.remember_requested()
    dialog.remember_check.setChecked(True)
    assert dialog.remember_requested()
