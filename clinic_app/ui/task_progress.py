"""The progress window of one long task (filling a packet, reading a scanned record).

Window-modal, shown only if the work lasts over 300 ms (no flicker for quick work), it
follows a core service's `progress(done, total, message_key)` and its Cancel calls back the
owner, which stops the task and says so in its own words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from clinic_app.core.messages import message
from clinic_app.ui.language import ui_language

SHOW_AFTER_MS = 300


class TaskProgress:
    def __init__(self, parent: QWidget, text: str, on_cancel: Callable[[], None]) -> None:
        self.window = QProgressDialog(
            text, QCoreApplication.translate("TaskProgress", "Cancel"), 0, 0, parent
        )
        self.window.setWindowModality(Qt.WindowModality.WindowModal)
        self.window.setMinimumDuration(SHOW_AFTER_MS)
        self._on_cancel = on_cancel
        self.window.canceled.connect(self._on_cancel)

    def busy(self, text: str) -> None:
        """A step whose length is unknown (a moving bar)."""
        self.window.setLabelText(text)
        self.window.setRange(0, 0)

    def progressed(self, done: int, total: int, message_key: str) -> None:
        self.window.setLabelText(message(message_key, ui_language()))
        self.window.setRange(0, total)
        self.window.setValue(done)

    def close(self) -> None:
        self.window.canceled.disconnect(self._on_cancel)  # closing emits canceled too
        self.window.close()
