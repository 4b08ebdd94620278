"""Make a client's packet: preview and print it, or save it as Word files or PDFs.

The filing packet holds only what an attorney approved; before that, a draft shows what
would be filed, every page marked DRAFT. The work runs off the GUI thread with a progress
dialog that can be cancelled; saved files go only to the folder the user picks, because
they hold client data unencrypted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.documents.details import FilingDetails
from clinic_app.core.documents.service import Packet
from clinic_app.core.model import Client
from clinic_app.core.settings import ClinicSettings
from clinic_app.ui import errors, operations
from clinic_app.ui.filing_details_dialog import FilingDetailsDialog
from clinic_app.ui.packet_preview import PacketPreview
from clinic_app.ui.task_progress import TaskProgress
from clinic_app.ui.worker import Task

if TYPE_CHECKING:
    from clinic_app.core.store import Store


class PacketDialog(QDialog):
    def __init__(
        self,
        store: Store,
        client_id: str,
        client_name: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        self.client_name = client_name
        self.today = today or date.today()
        self.preview: PacketPreview | None = None
        self._task: Task | None = None
        self._progress: TaskProgress | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.filing = QRadioButton(self)
        self.draft = QRadioButton(self)
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.filing)
        self.kind.addButton(self.draft)
        self.filing.setChecked(True)

        self.details_button = QPushButton(self)  # first, as on screen: Tab follows creation
        self.preview_button = QPushButton(self)
        self.word_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.filing)
        layout.addWidget(self.draft)
        for button in (self.details_button, self.preview_button, self.word_button, self.pdf_button):
            layout.addWidget(button)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.preview_button.clicked.connect(lambda: self._prepare(self._show_preview))
        self.word_button.clicked.connect(lambda: self._save(pdf=False))
        self.pdf_button.clicked.connect(lambda: self._save(pdf=True))
        self.details_button.clicked.connect(self.edit_details)
        self.preview_button.setDefault(True)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set the dialog's texts in the current language. A result already in the status
        line stays as written; Close is Qt's own button (qtbase catalog)."""
        self.setWindowTitle(self.tr("Documents for {name}").format(name=self.client_name))
        self.intro.setText(
            self.tr(
                "Petitions, proposed orders, proofs of service, and a letter and handout for "
                "the client in their language."
            )
        )
        self.filing.setText(self.tr("&Filing packet: only decisions an attorney approved"))
        self.draft.setText(
            self.tr("&Draft: everything that could be filed, every page marked DRAFT")
        )
        self.preview_button.setText(self.tr("&Preview and print…"))
        self.word_button.setText(self.tr("Save as &Word files…"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.details_button.setText(self.tr("Filing de&tails: attorney, statement, service…"))
        self.status.setAccessibleName(self.tr("Result"))

    # --- actions ------------------------------------------------------------------------

    def edit_details(self) -> None:
        """Who files, the client's statement, who serves: printed on the forms."""
        operations.load_filing_details(self.store, self.client_id, self._open_details, self._failed)

    def _open_details(self, found: tuple[Client, FilingDetails, ClinicSettings]) -> None:
        client, details, settings = found
        self.details_dialog = FilingDetailsDialog(self.store, client, details, settings, self)
        self.details_dialog.open()

    def _save(self, *, pdf: bool) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to save the documents")
        )
        if folder:
            self._prepare(lambda packet: self._write(packet, Path(folder), pdf=pdf))

    def _prepare(self, then: Callable[[Packet], object]) -> None:
        self._busy(self.tr("Filling in the documents…"))
        self._task = operations.prepare_packet(
            self.store,
            self.client_id,
            draft=self.draft.isChecked(),
            today=self.today,
            on_done=then,
            on_error=self._failed,
            on_progress=self._progressed,
        )

    def _write(self, packet: Packet, folder: Path, *, pdf: bool) -> None:
        if self._was_cancelled():
            return
        self._task = operations.save_packet(
            packet,
            folder,
            pdf=pdf,
            on_done=lambda paths: self._saved(packet, paths),
            on_error=self._failed,
            on_progress=self._progressed,
        )

    def _saved(self, packet: Packet, paths: list[Path]) -> None:
        self._idle()
        operations.record_printed(self.store, self.client_id, packet, self._failed)
        self.status.setText(
            self.tr(
                "Saved {count} files in {folder}. They are not encrypted: keep them safe and "
                "delete them when the case is done."
            ).format(count=len(paths), folder=paths[0].parent if paths else "")
        )

    def _show_preview(self, packet: Packet) -> None:
        if self._was_cancelled():
            return
        self._progress_label(self.tr("Making PDFs with LibreOffice…"))
        self._task = operations.packet_pdfs(
            packet,
            on_done=lambda result: self._open_preview(packet, result),
            on_error=self._failed,
        )

    def _open_preview(self, packet: Packet, result: tuple[Path, list[Path]]) -> None:
        folder, pdfs = result
        self._idle()
        title = self.tr("Documents for {name}").format(name=self.client_name)
        self.preview = PacketPreview(folder, pdfs, title, self)
        self.preview.printed.connect(
            lambda: operations.record_printed(self.store, self.client_id, packet, self._failed)
        )
        self.preview.open()

    # --- progress -----------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        for button in (self.preview_button, self.word_button, self.pdf_button):
            button.setEnabled(False)
        self.status.clear()
        self._progress = TaskProgress(self, text, self._cancel)

    def _progress_label(self, text: str) -> None:
        if self._progress is not None:
            self._progress.busy(text)

    def _progressed(self, done: int, total: int, key: str) -> None:
        if self._progress is not None:
            self._progress.progressed(done, total, key)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._idle()
        self.status.setText(self.tr("Stopped. Nothing was saved."))

    def _was_cancelled(self) -> bool:
        return self._task is not None and self._task.is_cancelled()

    def _idle(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        for button in (self.preview_button, self.word_button, self.pdf_button):
            button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        errors.show_error(exc, self)
