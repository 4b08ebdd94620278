"""The packet dialog: draft or filing packet, saved where the user chooses, previewed and
printed, with errors in a dialog and nothing left behind in the private folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from clinic_app.core.documents.packet import NothingToFile
from clinic_app.core.store import Store
from clinic_app.core.synthetic_packet import (
    DEMO_DETAILS,
    DEMO_SETTINGS,
    PACKET_CLIENT_ID,
    make_packet_client,
)
from clinic_app.ui import packet_dialog, packet_preview
from clinic_app.ui.packet_dialog import PacketDialog

TODAY = date(2026, 11, 25)
CONVERSION_MS = 60_000


@pytest.fixture
def dialog(qtbot, store: Store) -> PacketDialog:
    client = make_packet_client()
    store.save_client(client)
    store.save_settings(DEMO_SETTINGS)
    store.save_filing_details(client.id, DEMO_DETAILS)
    shown = PacketDialog(store, PACKET_CLIENT_ID, client.display_name, today=TODAY)
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def shown_errors(monkeypatch) -> list[BaseException]:
    found: list[BaseException] = []
    monkeypatch.setattr(
        packet_dialog.errors, "show_error", lambda exc, parent=None: found.append(exc)
    )
    return found


def test_the_dialog_names_the_client_and_offers_both_packets(dialog: PacketDialog) -> None:
    assert dialog.windowTitle() == "Documents for Marisol O'Brien-Núñez & <Hijos>"
    assert dialog.filing.isChecked() and not dialog.draft.isChecked()
    assert dialog.preview_button.isDefault()


def test_a_filing_packet_before_review_shows_why_not(
    qtbot, dialog, shown_errors, monkeypatch, tmp_path: Path
) -> None:
    out_dir = tmp_path / "packet"
    out_dir.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out_dir))
    dialog.word_button.click()
    qtbot.waitUntil(lambda: bool(shown_errors))
    assert isinstance(shown_errors[0], NothingToFile)
    assert list(out_dir.iterdir()) == []
    assert dialog.word_button.isEnabled()  # ready to try again


def test_a_draft_is_saved_in_the_chosen_folder(
    qtbot, dialog, shown_errors, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog.draft.setChecked(True)
    dialog.word_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved"), timeout=10_000)
    assert shown_errors == []
    assert len(list(tmp_path.glob("*.docx"))) == 31
    assert "not encrypted" in dialog.status.text()


def test_choosing_no_folder_does_nothing(dialog, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    dialog.pdf_button.click()
    assert dialog.pdf_button.isEnabled() and dialog.status.text() == ""


def test_preview_shows_every_document_prints_and_leaves_nothing_behind(
    qtbot, dialog, shown_errors, monkeypatch, tmp_path: Path
) -> None:
    printed = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(72)  # a quick test print
        return printer

    monkeypatch.setattr(packet_preview, "new_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog.draft.setChecked(True)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=CONVERSION_MS)
    preview = dialog.preview
    assert shown_errors == []
    assert preview.documents.count() == 31
    assert preview.documents.item(0).text() == "01 CR-180 Petition for Dismissal LA-1"
    assert preview.pdf.pageCount() >= 2
    folder = preview.folder
    assert folder.exists()

    preview.print_one.click()
    printed_pdf = QPdfDocument()
    printed_pdf.load(str(printed))
    assert printed_pdf.pageCount() == preview.pdf.pageCount()
    printed_pdf.close()

    preview.close()
    assert not folder.exists()
