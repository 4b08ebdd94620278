"""The only code that builds an error dialog (conventions §4).

- A `ClinicError` is an expected failure: the dialog shows its sentence from the message
  catalog, which says what to do next, in the user's language.
- Anything else is a bug: the dialog says "Something went wrong. Your saved work is safe."
  with a short reference code, and the traceback goes to the log under that same code, so a
  clinic's technical contact can find it. No dialog ever shows a traceback.

`install_excepthooks()` routes uncaught exceptions (GUI thread and other threads) here.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clinic_app.core.errors import ClinicError
from clinic_app.core.logs import log_unexpected
from clinic_app.core.messages import describe_error, message
from clinic_app.ui.language import ui_language

log = logging.getLogger("clinic_app")

APP_TITLE = "Clean Slate Desk"


@dataclass(frozen=True)
class ErrorText:
    """What a dialog or an inline label says about one error."""

    message: str  # the sentence, with what to do next
    reference: str | None = None  # set for unexpected errors; the log line carries it too

    @property
    def reference_sentence(self) -> str:
        if self.reference is None:
            return ""
        return QCoreApplication.translate(
            "errors",
            "If this happens again, tell your clinic's technical contact "
            "and give them this reference: {reference}",
        ).format(reference=self.reference)

    @property
    def full_text(self) -> str:
        return " ".join(part for part in (self.message, self.reference_sentence) if part)


def describe(exc: BaseException, language: str | None = None, *, where: str = "") -> ErrorText:
    """The user's sentence for `exc`; logs it (a bug with its traceback and a reference)."""
    language = language or ui_language()
    if isinstance(exc, ClinicError):
        # Expected: the class name is enough in the log; params may hold file paths.
        log.warning("%s (%s)", type(exc).__name__, exc.message_key)
        return ErrorText(describe_error(exc, language))
    reference = log_unexpected(exc, where=where)
    return ErrorText(message("error.generic", language), reference)


class _DialogGuard:
    """One error dialog at a time: an error raised while one is open (a repaint that keeps
    failing, say) is logged but does not stack a second modal dialog on the first."""

    showing = False


def show_error(
    exc: BaseException,
    parent: QWidget | None = None,
    *,
    language: str | None = None,
    text: ErrorText | None = None,
) -> None:
    """Tell the user about `exc` in a modal message box (after logging it)."""
    text = text or describe(exc, language)
    if QApplication.instance() is None or _DialogGuard.showing:
        return
    if parent is None:
        parent = QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setWindowTitle(APP_TITLE)
    box.setIcon(QMessageBox.Icon.Warning if text.reference is None else QMessageBox.Icon.Critical)
    box.setText(text.message)
    if text.reference is not None:
        box.setInformativeText(text.reference_sentence)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    box.setAccessibleName(QCoreApplication.translate("errors", "Error"))
    box.setAccessibleDescription(text.full_text)
    _DialogGuard.showing = True
    try:
        box.exec()
    finally:
        _DialogGuard.showing = False
        box.deleteLater()


class _ThreadErrorBridge(QObject):
    """Carries an error from another thread to the GUI thread, where dialogs may be built."""

    raised = Signal(object, object)  # exception, ErrorText

    def __init__(self) -> None:
        super().__init__()
        self.raised.connect(self._show)

    def _show(self, exc: BaseException, text: ErrorText) -> None:
        show_error(exc, text=text)


_bridge: _ThreadErrorBridge | None = None


def _sys_hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    show_error(exc)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if issubclass(args.exc_type, SystemExit) or args.exc_value is None:
        return
    where = f"thread {args.thread.name}" if args.thread is not None else "a thread"
    text = describe(args.exc_value, where=where)
    if _bridge is not None:
        _bridge.raised.emit(args.exc_value, text)


def install_excepthooks() -> Callable[[], None]:
    """Route uncaught exceptions to `show_error`; returns a function that restores the old
    hooks. Call it in the GUI thread after the QApplication exists."""
    global _bridge
    previous_sys, previous_thread = sys.excepthook, threading.excepthook
    if _bridge is None:
        _bridge = _ThreadErrorBridge()
    sys.excepthook = _sys_hook
    threading.excepthook = _thread_hook

    def restore() -> None:
        sys.excepthook = previous_sys
        threading.excepthook = previous_thread

    return restore
