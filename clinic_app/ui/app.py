"""Start the GUI: unlock the database, then show the main window.

`run_gui` is what `clinic-app gui` calls. With `screenshot` it renders one frame and returns
instead of running the event loop, so documentation, translation review and CI can look at
the real window without a display (`offscreen=True`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from clinic_app.core.documents.service import sweep_private_temp
from clinic_app.ui import errors, operations, translations
from clinic_app.ui.errors import install_excepthooks
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.unlock_dialog import UnlockDialog
from clinic_app.ui.worker import db_pool, work_pool

APP_NAME = "Clean Slate Desk"
DEFAULT_SIZE = (1200, 760)
SCREENSHOT_TIMEOUT_MS = 30_000

if TYPE_CHECKING:
    from clinic_app.core.store import Store

Opener = Callable[[Path, str], "Store"]


def run_gui(
    db_path: Path,
    *,
    offscreen: bool = False,
    screenshot: Path | None = None,
    store: Store | None = None,
    opener: Opener | None = None,
) -> int:
    """Run the desktop app on the database at `db_path`; returns the process exit code.

    - `store`: an already open store (the window takes ownership and closes it); when None,
      the unlock dialog asks for the passphrase or recovery key and opens it with `opener`
      (default `clinic_app.core.store.open_store`).
    - `screenshot`: save a PNG of the main window once the client list and the first
      client's record have loaded (of the unlock dialog when no `store` is given), then
      close and return 0 (1 on failure).
    - `offscreen`: render without a display (Qt's "offscreen" platform); it only takes
      effect if no QApplication exists yet.

    Cancelling the unlock dialog returns 0: the user chose not to go on.
    """
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "clinic-app"])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    # The language chosen before the app started, else the system's (English on C/POSIX).
    translations.set_language(translations.current_language(), chosen=False)
    restore_hooks = install_excepthooks()
    sweep_private_temp()  # a preview a crash left behind
    quit_on_last_window = app.quitOnLastWindowClosed()
    try:
        session = _Session(app, Path(db_path), opener)
        if screenshot is not None:
            return session.screenshot(store, Path(screenshot))
        if not session.start(store, first=True):
            return 0
        return app.exec()
    finally:
        _drain_db_work()
        app.setQuitOnLastWindowClosed(quit_on_last_window)
        restore_hooks()


class _Session:
    """Unlock → main window → (Lock → unlock → main window …) → quit."""

    def __init__(self, app: QApplication, db_path: Path, opener: Opener | None) -> None:
        self.app = app
        self.db_path = db_path
        self._opener = opener
        self.window: MainWindow | None = None
        self.remember_requested = False
        self._relocking = False

    def opener(self) -> Opener:
        if self._opener is None:
            from clinic_app.core.store import open_store

            self._opener = open_store
        return self._opener

    def unlock_dialog(self) -> UnlockDialog:
        return UnlockDialog(self.db_path, self.opener())

    def start(self, store: Store | None, *, first: bool = False) -> bool:
        """Show the main window, unlocking first when needed; False if the user cancelled.

        Only the first unlock of a run may use a key this computer remembers: after Lock,
        the passphrase is always asked, or Lock would protect nothing.
        """
        remember = False
        if store is None and first and self._opener is None:
            store = self._open_remembered()
        if store is None:
            dialog = self.unlock_dialog()
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            store, remember = dialog.store, dialog.remember_requested()
            dialog.deleteLater()
            if not accepted or store is None:
                return False
        self.app.setQuitOnLastWindowClosed(False)  # Lock closes the window but not the app
        window = self.window = self.main_window(store)
        window.lock_requested.connect(self._lock_requested)
        window.closed.connect(self._window_closed)
        window.show()
        if remember:
            operations.remember_on_this_computer(
                store, lambda kept: self._remembered(window, kept), window.report_error
            )
        return True

    def _open_remembered(self) -> Store | None:
        """The store opened with this computer's remembered key, or None to ask instead."""
        outcome: list[Any] = []
        task = operations.open_remembered(self.db_path, outcome.append, outcome.append)
        _wait_for(task.signals.finished, lambda: bool(outcome))
        result = outcome[0] if outcome else None
        if isinstance(result, BaseException):
            # The unlock dialog shows the same problem in words once a key is typed.
            errors.describe(result)
            return None
        return result

    @staticmethod
    def _remembered(window: MainWindow, kept: object) -> None:
        if kept is False:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "app",
                    "This computer's password store did not keep the key: "
                    "type the passphrase next time.",
                ),
                15_000,
            )

    def main_window(self, store: Store, *, fit_screen: bool = True) -> MainWindow:
        window = MainWindow(store)
        screen = self.app.primaryScreen()
        width, height = DEFAULT_SIZE
        if fit_screen and screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        window.resize(width, height)
        return window

    def _lock_requested(self) -> None:
        self._relocking = True

    def _window_closed(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        if not self._relocking:
            self.app.quit()
            return
        self._relocking = False
        # After the close event has finished, not inside it.
        QTimer.singleShot(0, self._unlock_again)

    def _unlock_again(self) -> None:
        if not self.start(None):
            self.app.quit()

    def screenshot(self, store: Store | None, path: Path) -> int:
        widget: QWidget
        if store is None:
            widget = self.unlock_dialog()
            widget.show()
            _settle()
        else:
            window = self.main_window(store, fit_screen=False)  # same picture on any machine
            window.show()
            if not _wait_for(window.clients_loaded, lambda: window.is_loaded):
                errors.log.error("Screenshot: the client list did not load in time")
                window.close()
                return 1
            if window.model.rowCount():
                # Show a record too, so the picture shows what the app is for.
                shown: list[str] = []
                window.client_shown.connect(shown.append)
                window.table.selectRow(0)
                _wait_for(window.client_shown, lambda: bool(shown))
            widget = window
            _settle()
        saved = widget.grab().save(str(path), "PNG")
        widget.close()
        widget.deleteLater()
        if not saved:
            errors.log.error("Screenshot: could not write the PNG file")
        return 0 if saved else 1


def _wait_for(
    signal: Any, done: Callable[[], bool], timeout_ms: int = SCREENSHOT_TIMEOUT_MS
) -> bool:
    """Run a local event loop until `signal` fires (or `done()` is already true)."""
    if done():
        return True
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)
    return done()


def _settle() -> None:
    """Let layouts and deferred resizes run before grabbing pixels."""
    for _ in range(3):
        QApplication.processEvents()


def _drain_db_work() -> None:
    """Let queued DB work finish and deliver its results (e.g. a store opened just as the
    user cancelled is closed), so nothing is left running when the app exits."""
    for _ in range(3):
        for pool in (db_pool(), work_pool()):
            pool.waitForDone(10_000)
        QApplication.processEvents()
