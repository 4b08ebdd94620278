"""Steps 1 and 2 of the interview: who the client is, and their situation today.

Step 2 asks only the person-level facts the rules read across the whole record
(exchange-format §1.2). Those the law needs an answer to are Yes or No; the two the rules can
work without (trafficking survivor, immigration concern) also allow "Not sure".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from clinic_app.core.model import (
    Client,
    ClientIdentity,
    Contact,
    Language,
    PersonFacts,
    RecordSource,
)
from clinic_app.ui.intake.fields import (
    CheckField,
    ChoiceField,
    DateField,
    Field,
    FieldT,
    NotesField,
    TextField,
    YesNoField,
    not_answered_word,
)


class _Page(QWidget):
    """A step: its fields by answer key, a place for the problems that stop the volunteer."""

    confirmed = Signal()  # a field was confirmed: time to save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumWidth(820)  # a form a volunteer reads left to right, not across a screen
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addStretch(1)  # spare height goes below the form, not between its rows
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.heading)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #a40000; font-weight: bold")
        self.labels: dict[str, QLabel] = {}
        self._fields: list[Field] = []

    def _add(self, field: FieldT) -> FieldT:
        label = QLabel(self)
        label.setBuddy(field)  # one line: QFormLayout clips a label that wraps
        self.labels[field.key] = label
        self.form.addRow(label, field)
        field.confirmed.connect(self.confirmed)
        self._fields.append(field)
        return field

    def fields(self) -> Iterator[Field]:
        return iter(self._fields)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _label(self, key: str, text: str) -> None:
        self.labels[key].setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.problem.setAccessibleName(self.tr("What is missing"))


class ClientPage(_Page):
    """Who the client is and how to reach them: nothing here is read by the rules, except the
    date of birth (ages at offense)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_name = self._add(TextField("first_name", self))
        self.last_name = self._add(TextField("last_name", self))
        self.other_names = self._add(TextField("other_names", self))
        self.date_of_birth = self._add(DateField("date_of_birth", self))
        self.phone = self._add(TextField("phone", self))
        self.email = self._add(TextField("email", self))
        self.mailing_address = self._add(NotesField("mailing_address", self))
        self.preferred_language = self._add(ChoiceField("preferred_language", self))
        self.consent = self._add(CheckField("consent_to_contact", self))
        self.record_source = self._add(ChoiceField("record_source", self))
        self.form.addRow(self.problem)
        self.show_problem("")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(self.tr("Who is the client? Write names as the court papers do."))
        self._label("first_name", self.tr("&First name"))
        self._label("last_name", self.tr("&Last name(s)"))
        self._label("other_names", self.tr("&Other names used (separate with commas)"))
        self._label("date_of_birth", self.tr("&Date of birth"))
        self._label("phone", self.tr("&Phone"))
        self._label("email", self.tr("&E-mail"))
        self._label("mailing_address", self.tr("&Mailing address"))
        self._label("preferred_language", self.tr("Preferred lan&guage"))
        self._label("consent_to_contact", "")
        self.consent.setText(self.tr("The client agrees to be &contacted about the case"))
        self._label("record_source", self.tr("Where the &record came from"))
        self.preferred_language.set_choices(
            [(Language.ENGLISH.value, self.tr("English")), (Language.SPANISH.value, "Español")]
        )
        self.record_source.set_choices(
            [
                ("", not_answered_word()),
                (RecordSource.CLIENT_MEMORY.value, self.tr("The client's memory")),
                (RecordSource.DOJ_RECORD_REVIEW.value, self.tr("DOJ record review (rap sheet)")),
                (RecordSource.COURT_PRINTOUT.value, self.tr("Court printout")),
                (RecordSource.OTHER.value, self.tr("Other")),
            ]
        )

    def identity(self, client_id: str, *, report: bool = True) -> ClientIdentity | None:
        """The identity typed, or None while it is not complete (the problem shown on the
        page when `report`)."""
        first, last = str(self.first_name.answer()), str(self.last_name.answer())
        problem = ""
        if not first or not last:
            problem = self.tr("Write the client's first and last name to go on.")
        else:
            try:
                self.date_of_birth.date_value()
            except ValueError:
                problem = self.tr("The date of birth is not a date: write it as 04/02/1990.")
        if report:
            self.show_problem(problem)
        if problem:
            return None
        source = str(self.record_source.answer() or "")
        return ClientIdentity(
            id=client_id,
            first_name=first,
            last_name=last,
            other_names=tuple(n.strip() for n in str(self.other_names.answer()).split(",")),
            preferred_language=Language(str(self.preferred_language.answer() or "en")),
            contact=Contact(
                phone=str(self.phone.answer()),
                email=str(self.email.answer()),
                mailing_address=str(self.mailing_address.answer()),
            ),
            consent_to_contact=bool(self.consent.answer()),
            record_source=RecordSource(source) if source else None,
        )

    def show_client(self, client: Client) -> None:
        self.first_name.set_answer(client.first_name)
        self.last_name.set_answer(client.last_name)
        self.other_names.set_answer(", ".join(client.other_names))
        self.date_of_birth.set_date(client.person.date_of_birth)
        self.phone.set_answer(client.contact.phone)
        self.email.set_answer(client.contact.email)
        self.mailing_address.set_answer(client.contact.mailing_address)
        self.preferred_language.set_answer(client.preferred_language.value)
        self.consent.set_answer(client.consent_to_contact)
        self.record_source.set_answer(client.record_source.value if client.record_source else "")


# The person-level facts, in the order the interview asks them; True: may be "Not sure".
PERSON_FACTS = (
    ("pending_charges", False),
    ("currently_serving_sentence", False),
    ("on_probation_or_parole", False),
    ("registered_290", False),
    ("prior_290c_conviction", True),  # unknown: the rules read current registration
    ("prior_super_strike", False),
    ("trafficking_survivor", True),
    ("immigration_concern", True),
)


class SituationPage(_Page):
    """The client's situation today, asked once for the whole record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long questions
        self.facts = {
            name: self._add(YesNoField(f"person.{name}", allow_unsure=unsure, parent=self))
            for name, unsure in PERSON_FACTS
        }
        for field in self.facts.values():
            field.confirmed.connect(self._refresh_problem)
        # A wrapped label in a form folds after a few words unless it is given a width.
        line = self.fontMetrics().averageCharWidth() * 80
        for label in self.labels.values():
            label.setMinimumWidth(min(line, 760))
        self.form.addRow(self.problem)
        self.show_problem("")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(
            self.tr("A few questions about today. They apply to every case on the record.")
        )
        questions = {
            "pending_charges": self.tr("Is any criminal case open against you right now?"),
            "currently_serving_sentence": self.tr(
                "Are you serving a jail or prison sentence right now?"
            ),
            "on_probation_or_parole": self.tr(
                "Are you on probation, parole or supervision right now, in any case?"
            ),
            "registered_290": self.tr("Do you have to register as a sex offender (PC 290)?"),
            "prior_290c_conviction": self.tr(
                "Were you ever convicted of an offense that requires registration (PC 290(c))?"
            ),
            "prior_super_strike": self.tr(
                "Were you ever convicted of a very serious offense such as murder, attempted "
                "murder or a sexually violent offense (a \u201csuper strike\u201d)?"
            ),
            "trafficking_survivor": self.tr(
                "Were any of these convictions connected to being a victim of human trafficking?"
            ),
            "immigration_concern": self.tr(
                "Could a conviction affect your immigration status (you are not a U.S. citizen)?"
            ),
        }
        for name, question in questions.items():
            self._label(f"person.{name}", question)
        for field in self.facts.values():
            field.retranslate_ui()

    def person(self, date_of_birth: date | None, *, report: bool = True) -> PersonFacts | None:
        """The facts answered, or None while one is missing (shown, and focused, when
        `report`)."""
        unanswered = [name for name, _unsure in PERSON_FACTS if not self.facts[name].answered()]
        if report:
            self.show_problem(
                self.tr("Answer every question to go on (%n left).", "", len(unanswered))
                if unanswered
                else ""
            )
            if unanswered:
                self.facts[unanswered[0]].setFocus()
        if unanswered:
            return None
        values = {name: self.facts[name].boolean() for name, _unsure in PERSON_FACTS}
        return PersonFacts(date_of_birth=date_of_birth, **values)  # type: ignore[arg-type]

    def _refresh_problem(self) -> None:
        """Keep "N left" true as answers come in, once the problem is on screen."""
        if self.problem.isVisible() or self.problem.text():
            left = sum(1 for name, _unsure in PERSON_FACTS if not self.facts[name].answered())
            self.show_problem(
                self.tr("Answer every question to go on (%n left).", "", left) if left else ""
            )

    def show_person(self, person: PersonFacts) -> None:
        for name, _unsure in PERSON_FACTS:
            self.facts[name].set_boolean(getattr(person, name))
