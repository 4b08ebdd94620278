"""run_gui: unlock, main window, lock, quit, and the offscreen screenshot mode."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from clinic_app.ui.app import run_gui
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.unlock_dialog import UnlockDialog

from .helpers import FakeOpener, FakeStore, sample_clients, type_text

PASSPHRASE = "correct horse battery"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def assert_png(path: Path, min_width: int, min_height: int) -> QImage:
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    image = QImage(str(path))
    assert image.width() >= min_width and image.height() >= min_height
    return image


def distinct_colours(image: QImage) -> int:
    step = 7
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_a_screenshot_of_the_main_window(qapp, tmp_path: Path, fake_store: FakeStore) -> None:
    shot = tmp_path / "shell.png"
    hooks = (sys.excepthook, threading.excepthook)

    assert run_gui(fake_store.path, offscreen=True, screenshot=shot, store=fake_store) == 0

    image = assert_png(shot, 1200, 760)
    assert (image.width(), image.height()) == (1200, 760)
    assert distinct_colours(image) > 20  # text and widgets, not a blank frame
    assert fake_store.closed  # the window owned the store and closed it
    assert fake_store.calls_to("search_clients") or fake_store.calls_to("list_clients")
    assert (sys.excepthook, threading.excepthook) == hooks
    assert qapp.organizationName() == "Clean Slate Desk"
    assert qapp.applicationName() == "Clean Slate Desk"


def test_a_screenshot_without_a_store_shows_the_unlock_dialog(
    qapp, tmp_path: Path, fake_opener: FakeOpener
) -> None:
    shot = tmp_path / "unlock.png"
    assert run_gui(tmp_path / "clinic.db", screenshot=shot, opener=fake_opener) == 0
    assert_png(shot, 400, 100)
    assert fake_opener.calls == []


def test_a_screenshot_with_the_real_store(qapp, tmp_path: Path, fast_kdf) -> None:
    from clinic_app.core.store import create_store

    store, _recovery = create_store(tmp_path / "clinic.db", PASSPHRASE, params=fast_kdf)
    for client in sample_clients():
        store.save_client(client)
    shot = tmp_path / "real.png"
    assert run_gui(store.path, screenshot=shot, store=store) == 0
    assert_png(shot, 800, 500)
    with pytest.raises(RuntimeError):
        store.count_clients()  # closed by the window


# --- the interactive flow, driven by a timer inside app.exec() ---------------------------


class Driver:
    """Runs steps (wait for a condition, then act) from a timer while run_gui runs."""

    def __init__(self, steps: list[tuple[Callable[[], object], Callable[[object], None]]]):
        self.steps = steps
        self.done = 0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.deadline = QTimer()
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(15_000)
        self.deadline.timeout.connect(self._give_up)
        self.timer.start()
        self.deadline.start()

    def _tick(self) -> None:
        if self.done >= len(self.steps):
            self.timer.stop()
            return
        condition, action = self.steps[self.done]
        found = condition()
        if found:
            self.done += 1
            action(found)

    def _give_up(self) -> None:
        self.timer.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, UnlockDialog) and widget.isVisible():
                widget.reject()
            elif isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()
        QApplication.quit()

    def finished(self) -> bool:
        self.timer.stop()
        self.deadline.stop()
        return self.done == len(self.steps)


def visible(kind: type[QWidget]) -> Callable[[], QWidget | None]:
    def find() -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                return widget
        return None

    return find


def loaded_window() -> MainWindow | None:
    window = visible(MainWindow)()
    return window if isinstance(window, MainWindow) and window.is_loaded else None


def unlock(secret: str, remember: bool = False) -> Callable[[object], None]:
    def act(dialog: object) -> None:
        assert isinstance(dialog, UnlockDialog)
        dialog.remember_check.setChecked(remember)
        type_text(dialog.secret_edit, secret)
        dialog.unlock()

    return act


def test_unlock_then_quit(qapp, db_path: Path, fake_opener, fake_store: FakeStore) -> None:
    driver = Driver(
        [
            (visible(UnlockDialog), unlock(PASSPHRASE)),
            (loaded_window, lambda window: window.quit_action.trigger()),
        ]
    )
    assert run_gui(db_path, opener=fake_opener) == 0
    assert driver.finished()
    assert fake_opener.calls == [(db_path, PASSPHRASE)]
    assert fake_store.closed
    assert not fake_store.remembered


def test_remember_on_this_computer_asks_the_store(qapp, db_path, fake_opener, fake_store):
    driver = Driver(
        [
            (visible(UnlockDialog), unlock(PASSPHRASE, remember=True)),
            (lambda: fake_store.remembered and loaded_window(), lambda w: w.close()),
        ]
    )
    assert run_gui(db_path, opener=fake_opener) == 0
    assert driver.finished()
    assert fake_store.remembered


def test_cancelling_the_unlock_ends_the_run(qapp, db_path: Path, fake_opener) -> None:
    driver = Driver([(visible(UnlockDialog), lambda dialog: dialog.reject())])
    assert run_gui(db_path, opener=fake_opener) == 0
    assert driver.finished()
    assert fake_opener.calls == []


def test_lock_asks_for_the_passphrase_again(qapp, db_path, fake_store) -> None:
    second = FakeStore(db_path, sample_clients()[:2])
    stores = iter([fake_store, second])
    opener = FakeOpener(fake_store)
    opener_calls: list[str] = []

    def open_next(path: Path, secret: str) -> FakeStore:
        opener_calls.append(secret)
        opener.store = next(stores)
        return opener(path, secret)

    driver = Driver(
        [
            (visible(UnlockDialog), unlock(PASSPHRASE)),
            (loaded_window, lambda window: window.lock_action.trigger()),
            (visible(UnlockDialog), unlock(PASSPHRASE)),
            (
                lambda: (w := loaded_window()) and w.model.rowCount() == 2 and w,
                lambda window: window.close(),
            ),
        ]
    )
    assert run_gui(db_path, opener=open_next) == 0
    assert driver.finished()
    assert opener_calls == [PASSPHRASE, PASSPHRASE]
    assert fake_store.closed and second.closed


def test_cancel_after_lock_quits(qapp, db_path, fake_opener, fake_store) -> None:
    driver = Driver(
        [
            (visible(UnlockDialog), unlock(PASSPHRASE)),
            (loaded_window, lambda window: window.lock_action.trigger()),
            (visible(UnlockDialog), lambda dialog: dialog.reject()),
        ]
    )
    assert run_gui(db_path, opener=fake_opener) == 0
    assert driver.finished()
    assert fake_store.closed
    assert qapp.quitOnLastWindowClosed()  # restored for whoever uses the app next
