"""The facts a filing needs beyond the record: who files, the client's statement and choices,
who serves the papers, and each arrest's agency and numbers (core/documents/details.py).

Everything is optional: a blank prints a blank line on the form, to fill in by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.documents.details import ArrestDetails, FilingDetails, Party
from clinic_app.core.model import Client
from clinic_app.core.settings import ClinicSettings
from clinic_app.ui import errors, operations

if TYPE_CHECKING:
    from clinic_app.core.store import Store

ARREST_FIELDS = (
    "county",
    "agency",
    "location",
    "agency_report_number",
    "booking_number",
    "prosecutor_number",
    "court_case_number",
)


class _PartyBox(QGroupBox):
    """Name, street, city line and phone of a party to the service."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.inputs = {
            name: QLineEdit(self) for name in ("name", "street", "city_state_zip", "phone")
        }
        self.labels = {name: QLabel(self) for name in self.inputs}
        for name, field in self.inputs.items():
            self.labels[name].setBuddy(field)
            form.addRow(self.labels[name], field)

    def retranslate_ui(self) -> None:
        self.labels["name"].setText(self.tr("Name"))
        self.labels["street"].setText(self.tr("Street address"))
        self.labels["city_state_zip"].setText(self.tr("City, state, ZIP"))
        self.labels["phone"].setText(self.tr("Phone"))

    def show_party(self, party: Party) -> None:
        for name, field in self.inputs.items():
            field.setText(getattr(party, name))

    def party(self) -> Party:
        return Party(**{name: field.text() for name, field in self.inputs.items()})


class FilingDetailsDialog(QDialog):
    """Edit one client's filing details; `saved` carries them once stored."""

    saved = Signal(object)

    def __init__(
        self,
        store: Store,
        client: Client,
        details: FilingDetails,
        settings: ClinicSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.client = client
        self.details = details
        self.resize(640, 720)

        self.attorney = QComboBox(self)
        self.attorney.addItem("", "")
        for attorney in settings.attorneys:
            self.attorney.addItem(f"{attorney.name} ({attorney.bar_number})", attorney.bar_number)
        self.name_in_case = QLineEdit(self)
        self.declaration = QPlainTextEdit(self)
        self.declaration.setTabChangesFocus(True)
        self.interpreter = QLineEdit(self)  # before the checks, as on screen: Tab follows
        self.checks = {
            name: QCheckBox(self)
            for name in (
                "waive_original_judge",
                "waive_appearance",
                "in_custody",
                "request_hearing",
            )
        }
        self.server = _PartyBox(self)
        self.prosecutor = _PartyBox(self)
        self.arrest_boxes: dict[str, tuple[QGroupBox, dict[str, QLineEdit], dict[str, QLabel]]]
        self.arrest_boxes = {}

        body = QWidget(self)
        form = QFormLayout(body)
        self.labels = {
            name: QLabel(body)
            for name in ("attorney", "name_in_case", "declaration", "interpreter")
        }
        for name, field in (
            ("attorney", self.attorney),
            ("name_in_case", self.name_in_case),
            ("declaration", self.declaration),
            ("interpreter", self.interpreter),
        ):
            self.labels[name].setBuddy(field)
            form.addRow(self.labels[name], field)
        for check in self.checks.values():
            form.addRow(check)
        form.addRow(self.server)
        self.prosecutor_note = QLabel(body)
        self.prosecutor_note.setWordWrap(True)
        form.addRow(self.prosecutor_note)
        form.addRow(self.prosecutor)
        for arrest in client.arrests:
            box = QGroupBox(body)
            box_form = QFormLayout(box)
            inputs = {name: QLineEdit(box) for name in ARREST_FIELDS}
            labels = {name: QLabel(box) for name in ARREST_FIELDS}
            for name in ARREST_FIELDS:
                labels[name].setBuddy(inputs[name])
                box_form.addRow(labels[name], inputs[name])
            form.addRow(box)
            self.arrest_boxes[arrest.id] = (box, inputs, labels)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        self._show(details)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Filing details for {name}").format(name=self.client.display_name)
        )
        self.attorney.setItemText(0, self.tr("No attorney: the client files in pro per"))
        self.labels["attorney"].setText(self.tr("&Attorney of record"))
        self.labels["name_in_case"].setText(self.tr("&Name as in the court case"))
        self.name_in_case.setPlaceholderText(self.client.display_name)
        self.labels["declaration"].setText(self.tr("Client's &statement (MC-031)"))
        self.labels["interpreter"].setText(self.tr("&Interpreter language (CR-409)"))
        self.checks["waive_original_judge"].setText(
            self.tr("Give up the right to the original sentencing judge (CR-400 item 3)")
        )
        self.checks["waive_appearance"].setText(
            self.tr("Give up the right to be at the hearing (CR-400 item 4)")
        )
        self.checks["in_custody"].setText(self.tr("Held in county jail or prison (Prop 47)"))
        self.checks["request_hearing"].setText(self.tr("Ask for a hearing (Prop 47)"))
        self.server.setTitle(self.tr("Who serves the papers (an adult who is not the client)"))
        self.prosecutor.setTitle(self.tr("Prosecutor served"))
        self.prosecutor_note.setText(
            self.tr(
                "As it stands, each case is served on its own county's district attorney. "
                "A prosecutor typed below is served on every case instead."
            )
        )
        for box in (self.server, self.prosecutor):
            box.retranslate_ui()
        arrest_labels = {
            "county": self.tr("County of the arrest"),
            "agency": self.tr("Arresting agency"),
            "location": self.tr("Place of the arrest"),
            "agency_report_number": self.tr("Agency report number"),
            "booking_number": self.tr("Booking number"),
            "prosecutor_number": self.tr("Prosecutor's number"),
            "court_case_number": self.tr("Court case number, if charges were filed"),
        }
        for arrest in self.client.arrests:
            arrest_box, _inputs, labels = self.arrest_boxes[arrest.id]
            arrest_box.setTitle(
                self.tr("Arrest of {date}: {code}").format(
                    date=arrest.arrest_date.isoformat(), code=arrest.code
                )
            )
            for name, label in labels.items():
                label.setText(arrest_labels[name])

    def _show(self, details: FilingDetails) -> None:
        self.attorney.setCurrentIndex(max(self.attorney.findData(details.attorney_bar_number), 0))
        self.name_in_case.setText(details.name_in_court_case)
        self.declaration.setPlainText(details.declaration_text)
        for name, check in self.checks.items():
            check.setChecked(bool(getattr(details, name)))
        self.interpreter.setText(details.interpreter_language)
        self.server.show_party(details.server)
        self.prosecutor.show_party(details.prosecutor)
        for arrest_id, (_box, inputs, _labels) in self.arrest_boxes.items():
            found = details.arrests.get(arrest_id, ArrestDetails())
            for name, field in inputs.items():
                field.setText(getattr(found, name))

    def filing_details(self) -> FilingDetails:
        return FilingDetails(
            attorney_bar_number=str(self.attorney.currentData() or ""),
            name_in_court_case=self.name_in_case.text(),
            declaration_text=self.declaration.toPlainText(),
            interpreter_language=self.interpreter.text(),
            server=self.server.party(),
            prosecutor=self.prosecutor.party(),
            arrests={
                arrest_id: ArrestDetails(**{n: f.text() for n, f in inputs.items()})
                for arrest_id, (_box, inputs, _labels) in self.arrest_boxes.items()
                if any(f.text().strip() for f in inputs.values())  # blank: nothing to keep
            },
            **{name: check.isChecked() for name, check in self.checks.items()},
        )

    def save(self) -> None:
        details = self.filing_details()
        operations.save_filing_details(
            self.store,
            self.client.id,
            details,
            on_done=lambda _r: self._saved(details),
            on_error=lambda exc: errors.show_error(exc, self),
        )

    def _saved(self, details: FilingDetails) -> None:
        self.saved.emit(details)
        self.accept()
