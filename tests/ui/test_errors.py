"""Error dialogs: a sentence for the user, the details (and only there) in the log."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from clinic_app.core.errors import DatabaseInUse, WrongPassphrase
from clinic_app.core.messages import describe_error
from clinic_app.ui import errors

GENERIC = "Something went wrong. Your saved work is safe."


class Shown:
    """What each QMessageBox said, captured instead of blocking in exec()."""

    def __init__(self) -> None:
        self.boxes: list[dict[str, str]] = []

    def __call__(self, box: QMessageBox) -> int:
        self.boxes.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
                "detailed": box.detailedText(),
            }
        )
        return int(QMessageBox.StandardButton.Ok)

    def all_text(self, index: int = 0) -> str:
        return " ".join(self.boxes[index].values())


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qapp) -> Shown:
    capture = Shown()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: capture(box))
    return capture


def raise_and_catch(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:  # noqa: BLE001 - the test wants the traceback attached
        return caught


def test_an_expected_error_shows_its_sentence_without_a_reference(shown: Shown) -> None:
    error = DatabaseInUse(path="/clinic/clinic.db")
    errors.show_error(error)
    assert shown.boxes[0]["text"] == describe_error(error)
    assert "Close it there first" in shown.boxes[0]["text"]  # says what to do
    assert "CSD-" not in shown.all_text()
    assert shown.boxes[0]["title"] == "Clean Slate Desk"


def test_an_expected_error_in_spanish(shown: Shown) -> None:
    errors.show_error(WrongPassphrase(), language="es")
    assert shown.boxes[0]["text"] == describe_error(WrongPassphrase(), "es")
    assert shown.boxes[0]["text"] != describe_error(WrongPassphrase(), "en")


def test_an_unexpected_error_shows_a_reference_and_no_traceback(
    shown: Shown, caplog: pytest.LogCaptureFixture
) -> None:
    error = raise_and_catch(KeyError("José Ñúñez 1979-11-03"))
    with caplog.at_level(logging.ERROR, logger="clinic_app"):
        errors.show_error(error)

    box = shown.boxes[0]
    assert box["text"] == GENERIC
    assert box["detailed"] == ""
    everything = shown.all_text()
    for leak in ("Traceback", "KeyError", "José", "test_errors.py", 'File "'):
        assert leak not in everything
    reference = box["informative"].rsplit(" ", 1)[-1]
    assert reference.startswith("CSD-") and len(reference) == 10

    [record] = [r for r in caplog.records if reference in r.getMessage()]
    assert record.name == "clinic_app"
    assert record.exc_info is not None and record.exc_info[1] is error


def test_each_unexpected_error_gets_its_own_reference(shown: Shown) -> None:
    errors.show_error(RuntimeError("a"))
    errors.show_error(RuntimeError("b"))
    assert shown.boxes[0]["informative"] != shown.boxes[1]["informative"]


def test_describe_is_what_inline_errors_use() -> None:
    assert errors.describe(WrongPassphrase()).message == describe_error(WrongPassphrase())
    assert errors.describe(WrongPassphrase()).reference is None
    unexpected = errors.describe(ValueError("x"))
    assert unexpected.message == GENERIC
    assert unexpected.reference is not None
    assert unexpected.full_text.endswith(unexpected.reference)


def test_the_sys_excepthook_routes_to_the_dialog(shown: Shown, caplog) -> None:
    restore = errors.install_excepthooks()
    try:
        assert sys.excepthook is not sys.__excepthook__
        error = raise_and_catch(ZeroDivisionError("boom"))
        with caplog.at_level(logging.ERROR, logger="clinic_app"):
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        restore()
    assert shown.boxes[0]["text"] == GENERIC
    assert "ZeroDivisionError" not in shown.all_text()
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_restore_puts_back_the_previous_hooks(qapp) -> None:
    before = (sys.excepthook, threading.excepthook)
    restore = errors.install_excepthooks()
    assert sys.excepthook is not before[0]
    assert threading.excepthook is not before[1]
    restore()
    assert (sys.excepthook, threading.excepthook) == before


def test_an_error_in_another_thread_reaches_the_gui_thread(qtbot, shown: Shown, caplog) -> None:
    def fail() -> None:
        raise OSError("worker broke")

    restore = errors.install_excepthooks()
    try:
        with caplog.at_level(logging.ERROR, logger="clinic_app"):
            thread = threading.Thread(target=fail, name="import-worker")
            thread.start()
            thread.join()
            qtbot.waitUntil(lambda: bool(shown.boxes))
    finally:
        restore()
    assert shown.boxes[0]["text"] == GENERIC
    assert "worker broke" not in shown.all_text()
    assert any("thread import-worker" in r.getMessage() for r in caplog.records)


def test_a_clinic_error_in_another_thread_shows_its_sentence(qtbot, shown: Shown) -> None:
    def fail() -> None:
        raise DatabaseInUse(path="clinic.db")

    restore = errors.install_excepthooks()
    try:
        thread = threading.Thread(target=fail)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(shown.boxes))
    finally:
        restore()
    assert shown.boxes[0]["text"] == describe_error(DatabaseInUse(path="clinic.db"))


def test_an_error_while_a_dialog_is_open_does_not_stack_another(
    monkeypatch: pytest.MonkeyPatch, qapp, caplog
) -> None:
    opened: list[str] = []

    def exec_and_fail_again(box: QMessageBox) -> int:
        opened.append(box.text())
        errors.show_error(RuntimeError("again"))  # e.g. a repaint that keeps failing
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_and_fail_again)
    with caplog.at_level(logging.ERROR, logger="clinic_app"):
        errors.show_error(RuntimeError("first"))
    assert opened == [GENERIC]
    assert sum("Unexpected error" in r.getMessage() for r in caplog.records) == 2
