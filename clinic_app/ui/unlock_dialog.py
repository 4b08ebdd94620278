"""Ask for the passphrase (or the recovery key) and open the client database.

Opening runs Argon2 (~150 ms) and disk I/O, so it runs in a worker through
`operations.open_store`. A wrong secret is not an exceptional event here: the sentence
appears inside the dialog, the field is cleared for a fresh try and the dialog stays open.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.errors import (
    ClinicError,
    MalformedRecoveryKey,
    WrongPassphrase,
    WrongRecoveryKey,
)
from clinic_app.ui import errors, operations

if TYPE_CHECKING:
    from clinic_app.core.store import Store

Opener = Callable[[Path, str], "Store"]

# Errors about the secret itself: the typed text is wrong, so clear it for a fresh try.
# Other errors (the database is open elsewhere, a file is missing) keep the text, because
# the user fixes something outside the dialog and presses Unlock again.
_SECRET_ERRORS = (WrongPassphrase, WrongRecoveryKey, MalformedRecoveryKey)


class InlineError(QWidget):
    """A red sentence with an error icon, announced to screen readers when it appears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("color: #b00020;")
        self.label.setObjectName("inlineErrorText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.retranslate_ui()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.icon.setAccessibleName(self.tr("Error"))
        self.setAccessibleName(self.tr("Error"))

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setAccessibleDescription(text)
        self.show()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.label, text))

    def clear(self) -> None:
        self.label.clear()
        self.hide()


class UnlockDialog(QDialog):
    """Unlock the database at `db_path` with `opener(path, secret) -> Store`.

    After `exec()` returns Accepted, `.store` is the open store and `remember_requested()`
    says whether the user asked to remember the key on this computer.
    """

    def __init__(self, db_path: Path, opener: Opener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.store: Store | None = None
        self._opener = opener
        self._busy = False
        self._abandoned = False

        self.setModal(True)
        self.setMinimumWidth(480)

        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)

        self.location = QLabel(self)
        self.location.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.location.setToolTip(f"<p>{html.escape(str(self.db_path))}</p>")
        self.location.setAccessibleDescription(str(self.db_path))
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.prompt = QLabel(self)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.prompt.setBuddy(self.secret_edit)

        self.show_check = QCheckBox(self)
        self.show_check.toggled.connect(self._toggle_echo)

        field_row = QHBoxLayout()
        field_row.addWidget(self.secret_edit, 1)
        field_row.addWidget(self.show_check)

        self.error = InlineError(self)

        self.remember_check = QCheckBox(self)

        self.status = QLabel(self)

        self.buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setDefault(True)
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.location)
        layout.addSpacing(8)
        layout.addWidget(self.prompt)
        layout.addLayout(field_row)
        layout.addWidget(self.error)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.retranslate_ui()
        self.secret_edit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language. An error already shown stays as it was:
        it reports an attempt made in that language. Cancel is Qt's own (qtbase catalog)."""
        self.setWindowTitle(self.tr("Unlock — Clean Slate Desk"))
        self.heading.setText(self.tr("Unlock the client database"))
        self.location.setText(self.tr("Database: {name}").format(name=self.db_path.name))
        self.prompt.setText(self.tr("&Passphrase or recovery key:"))
        self.secret_edit.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.show_check.setText(self.tr("&Show"))
        self.show_check.setAccessibleName(self.tr("Show the passphrase"))
        self.remember_check.setText(self.tr("&Remember on this computer"))
        self.remember_check.setToolTip(
            self.tr(
                "Keeps the key in this computer's password store, so you do not type it "
                "next time. Use only on a computer that only you use."
            )
        )
        self.status.setAccessibleName(self.tr("Status"))
        self._update_status()
        self.unlock_button.setText(self.tr("&Unlock"))

    # --- public -------------------------------------------------------------------------

    def remember_requested(self) -> bool:
        """Whether the user opted in to keeping the key in the OS password store."""
        return self.remember_check.isChecked()

    def error_text(self) -> str:
        """The inline error sentence, or "" when none is shown."""
        return "" if self.error.isHidden() else self.error.label.text()

    def is_busy(self) -> bool:
        return self._busy

    def unlock(self) -> None:
        """Open the database with the typed secret, in a worker."""
        if self._busy:
            return
        secret = self.secret_edit.text().strip()
        if not secret:
            self._show_error(self.tr("Type the passphrase or the recovery key."))
            self.secret_edit.setFocus()
            return
        self._set_busy(True)
        operations.open_store(self._opener, self.db_path, secret, self._opened, self._failed)

    # --- worker results -----------------------------------------------------------------

    def _opened(self, store: Store) -> None:
        self._set_busy(False)
        self.secret_edit.clear()
        if self._abandoned:
            # The user cancelled while the key was being checked: do not leave it open.
            operations.close_store(store)
            return
        self.store = store
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self._abandoned:
            if not isinstance(exc, ClinicError):
                errors.describe(exc)  # a bug still gets its log line
            return
        text = errors.describe(exc)
        self._show_error(text.full_text)
        if isinstance(exc, _SECRET_ERRORS):
            self.secret_edit.clear()
        else:
            self.secret_edit.selectAll()
        self.secret_edit.setFocus()

    # --- helpers ------------------------------------------------------------------------

    def reject(self) -> None:
        if self._busy:
            self._abandoned = True
        self.secret_edit.clear()
        super().reject()

    def _show_error(self, text: str) -> None:
        self.error.show_message(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.secret_edit.setEnabled(not busy)
        self.show_check.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self._update_status()
        if busy:
            self.error.clear()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _update_status(self) -> None:
        self.status.setText(self.tr("Checking the key…") if self._busy else "")

    def _toggle_echo(self, shown: bool) -> None:
        self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
