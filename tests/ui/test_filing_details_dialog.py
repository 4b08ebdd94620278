"""Filing details: edited from the packet dialog, stored, and printed on the forms."""

from __future__ import annotations

from datetime import date

from clinic_app.core.documents.details import FilingDetails
from clinic_app.core.documents.lint import document_text
from clinic_app.core.documents.service import prepare_packet
from clinic_app.core.store import Store
from clinic_app.core.synthetic_packet import DEMO_SETTINGS, make_packet_client
from clinic_app.ui.filing_details_dialog import FilingDetailsDialog
from tests.ui.helpers import type_text


def test_details_typed_are_saved_and_reach_the_forms(qtbot, store: Store) -> None:
    client = make_packet_client()
    store.save_client(client)
    store.save_settings(DEMO_SETTINGS)
    dialog = FilingDetailsDialog(store, client, FilingDetails(), DEMO_SETTINGS)
    qtbot.addWidget(dialog)
    assert dialog.attorney.currentText() == "No attorney: the client files in pro per"
    dialog.attorney.setCurrentIndex(1)  # Ana Ruiz (123456)
    type_text(dialog.declaration, "Trabajo desde 2018 & cuido a mi mamá.")
    type_text(dialog.server.inputs["name"], "Luz O'Neil")
    _box, inputs, _labels = dialog.arrest_boxes["a1"]
    type_text(inputs["agency"], "Fresno Police Department")
    type_text(inputs["county"], "Fresno")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save()

    details = store.filing_details(client.id)
    assert details.attorney_bar_number == "123456"
    assert details.declaration_text == "Trabajo desde 2018 & cuido a mi mamá."
    assert details.arrests["a1"].agency == "Fresno Police Department"

    packet = prepare_packet(store, client.id, today=date(2026, 11, 25), draft=True)
    by_name = {document.file_name: document.data for document in packet.documents}
    declaration = next(data for name, data in by_name.items() if "MC-031" in name)
    assert "Trabajo desde 2018 & cuido a mi mamá." in document_text(declaration)
    sealing = next(data for name, data in by_name.items() if "CR-409" in name)
    assert "Fresno Police Department" in document_text(sealing)
    service = next(data for name, data in by_name.items() if "Proof of Service (CR-180)" in name)
    assert "Luz O'Neil" in document_text(service)


def test_saved_details_are_shown_again(qtbot, store: Store) -> None:
    client = make_packet_client()
    details = FilingDetails(
        attorney_bar_number="123456", waive_appearance=False, interpreter_language="Spanish"
    )
    dialog = FilingDetailsDialog(store, client, details, DEMO_SETTINGS)
    qtbot.addWidget(dialog)
    assert dialog.attorney.currentData() == "123456"
    assert not dialog.checks["waive_appearance"].isChecked()
    assert dialog.filing_details() == details
