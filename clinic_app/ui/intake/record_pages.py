"""Steps 3 and 4 of the interview: the convictions (several per case) and the arrests that
did not end in a conviction.

Each is entered in a form and saved with Enter; the rules decide it at once, and when a
decision needs a fact the form did not ask (the number of plants, whether probation was
violated), the question appears beside the decisions and takes the focus: the interview asks
exactly what the law needs next, and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.courts import counties
from clinic_app.core.decision import Decision
from clinic_app.core.intake import (
    Answer,
    Kind,
    Question,
    answer,
    current_answer,
    describe_code,
    offense_choices,
    parse_date,
    questions_for,
    subdivisions_of,
)
from clinic_app.core.messages import message
from clinic_app.core.model import (
    Arrest,
    ArrestDisposition,
    Client,
    Conviction,
    Level,
    PrisonSentence,
    Sentence,
)
from clinic_app.ui.confirm import confirmed
from clinic_app.ui.decisions_view import DecisionsView
from clinic_app.ui.intake.fields import (
    ChoiceField,
    DateField,
    Field,
    FieldT,
    TextField,
    YesNoField,
    not_answered_word,
)
from clinic_app.ui.language import ui_language

Record = Conviction | Arrest


class CodeField(TextField):
    """A code as written on the papers, with the offense table's codes and titles offered as
    the volunteer types ("11358" finds "HS 11358 — Cultivation of cannabis")."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.choices = QStringListModel(self)
        completer = QCompleter(self.choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda label: self.setText(label.split(" \u2014 ")[0]))
        self.setCompleter(completer)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """The titles follow the interview's language (the code stays as the law writes it)."""
        self.choices.setStringList([c.label for c in offense_choices(ui_language())])


class CountyField(ChoiceField):
    """The 58 counties, typed or picked; what is typed is kept (a county as the record has it)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.setEditable(True)
        self.setInsertPolicy(ChoiceField.InsertPolicy.NoInsert)
        self.addItems(["", *counties()])
        completer = self.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        line = self.lineEdit()
        if line is not None:
            line.editingFinished.connect(self.confirmed)

    def answer(self) -> str:
        return self.currentText().strip()

    def set_answer(self, value: object) -> None:
        self.setCurrentText("" if value is None else str(value))


class _RecordForm(QWidget):
    """A form that builds one validated conviction or arrest from what was typed."""

    confirmed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.form = QFormLayout(self)
        # Labels above their fields: the form stays readable when narrow, at 150 % scaling,
        # and in Spanish, whose labels run longer.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.labels: dict[str, QLabel] = {}
        self.fields: list[Field] = []
        self.editing_id: str | None = None
        self.dirty = False  # typed into since it was last saved, loaded or cleared
        self.confirmed.connect(self._mark_dirty)

    def _mark_dirty(self) -> None:
        self.dirty = True

    def _add(self, field: FieldT) -> FieldT:
        label = QLabel(self)  # one line above its field: QFormLayout folds wrapped labels
        label.setBuddy(field)
        self.labels[field.key] = label
        self.form.addRow(label, field)
        field.confirmed.connect(self.confirmed)
        self.fields.append(field)
        return field

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}"

    def label(self, name: str, text: str) -> None:
        self.labels[self.key(name)].setText(text)

    def has_unsaved_input(self) -> bool:
        """Typed into and not saved: Enter then saves it rather than moving on."""
        return self.dirty and any(field.answer() not in ("", None) for field in self.fields)

    def clear(self) -> None:
        self.editing_id = None
        for field in self.fields:
            field.set_answer(None)
        self.dirty = False

    def _date(self, field: DateField, problems: list[str], label: str) -> date | None:
        try:
            return field.date_value()
        except ValueError:
            problems.append(
                self.tr("{field} is not a date: write it as 09/15/2014.").format(field=label)
            )
            return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


class ConvictionForm(_RecordForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("conviction", parent)
        self.case_number = self._add(TextField(self.key("case_number"), self))
        self.county = self._add(CountyField(self.key("county"), self))
        self.code = self._add(CodeField(self.key("code"), self))
        self.code_title = QLabel(self)
        self.code_title.setWordWrap(True)
        self.code_title.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow("", self.code_title)
        self.level = self._add(ChoiceField(self.key("level"), self))
        self.offense_date = self._add(DateField(self.key("offense_date"), self))
        self.conviction_date = self._add(DateField(self.key("conviction_date"), self))
        self.sentence_date = self._add(DateField(self.key("sentence_date"), self))
        self.probation_granted = self._add(YesNoField(self.key("probation_granted"), parent=self))
        self.probation_end = self._add(DateField(self.key("probation_end_date"), self))
        self.violated = self._add(
            YesNoField(self.key("probation_violated"), allow_unsure=True, parent=self)
        )
        self.revoked = self._add(YesNoField(self.key("probation_revoked"), parent=self))
        self.ended_early = self._add(
            YesNoField(self.key("probation_terminated_early"), parent=self)
        )
        self.jail_days = self._add(TextField(self.key("jail_days"), self))
        self.custody = self._add(ChoiceField(self.key("prison"), self))
        self.completed = self._add(DateField(self.key("sentence_completed_date"), self))
        self.supervision_end = self._add(DateField(self.key("supervision_end_date"), self))
        self.code.textChanged.connect(lambda _text: self._show_title())
        self.offense_date.confirmed.connect(self._show_title)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # No mnemonic: Alt+N is "New conviction", and sharing it sent the focus into the
        # form of the conviction on screen, whose next save overwrote it.
        self.label("case_number", self.tr("Case number"))
        self.label("county", self.tr("County"))
        self.label("code", self.tr("&Code section (e.g. HS 11358, PC 459)"))
        self.label("level", self.tr("Le&vel when convicted"))
        self.label("offense_date", self.tr("&Offense date"))
        self.label("conviction_date", self.tr("Con&viction date"))
        self.label("sentence_date", self.tr("Sen&tence date (if different)"))
        self.label("probation_granted", self.tr("&Probation granted?"))
        self.label("probation_end_date", self.tr("Probation &end date"))
        self.label("probation_violated", self.tr("Probation viol&ated?"))
        self.label("probation_revoked", self.tr("Probation &revoked?"))
        self.label("probation_terminated_early", self.tr("Probation ended ear&ly?"))
        self.label("jail_days", self.tr("&Jail days"))
        self.label("prison", self.tr("C&ustody"))
        self.label("sentence_completed_date", self.tr("Sentence &finished on"))
        self.label("supervision_end_date", self.tr("Parole or supervision ende&d on"))
        self.level.set_choices(
            [
                ("", not_answered_word()),
                (Level.FELONY.value, self.tr("Felony")),
                (Level.MISDEMEANOR.value, self.tr("Misdemeanor")),
                (Level.INFRACTION.value, self.tr("Infraction")),
            ]
        )
        self.custody.set_choices(
            [(p.value, message(f"intake.custody.{p.value}", ui_language())) for p in PrisonSentence]
        )
        for field in (self.probation_granted, self.violated, self.revoked, self.ended_early):
            field.retranslate_ui()
        self._show_title()

    def _show_title(self) -> None:
        text = str(self.code.answer())
        if not text:
            self.code_title.setText("")
            return
        try:
            offense_date = self.offense_date.date_value()
        except ValueError:
            offense_date = None
        code, title = describe_code(text, offense_date, ui_language())
        subdivisions = subdivisions_of(code) if title is None else []
        if title:
            shown = f"{code} \u2014 {title}"
        elif subdivisions:
            shown = self.tr(
                "{code} has subdivisions the law treats differently: type the one on the "
                "court papers ({choices})."
            ).format(code=code, choices=", ".join(subdivisions[:4]))
        else:
            shown = self.tr(
                "{code} is not in the offense table: the rules will ask an attorney."
            ).format(code=code)
        self.code_title.setText(shown)

    def conviction(self, new_id: Callable[[], str]) -> tuple[Conviction | None, list[str]]:
        """The conviction typed, or None and the problems in words."""
        problems: list[str] = []
        required: list[tuple[Field, str]] = [
            (self.case_number, self.tr("the case number")),
            (self.county, self.tr("the county")),
            (self.code, self.tr("the code section")),
            (self.level, self.tr("the level")),
            (self.offense_date, self.tr("the offense date")),
            (self.conviction_date, self.tr("the conviction date")),
        ]
        missing = [words for field, words in required if not field.answer()]
        if not self.probation_granted.answered():
            missing.append(self.tr("whether probation was granted"))
        if missing:
            problems.append(self.tr("Still needed: {facts}.").format(facts=", ".join(missing)))
        dates = {
            name: self._date(field, problems, self.labels[field.key].text().replace("&", ""))
            for name, field in (
                ("offense_date", self.offense_date),
                ("conviction_date", self.conviction_date),
                ("sentence_date", self.sentence_date),
                ("probation_end_date", self.probation_end),
                ("sentence_completed_date", self.completed),
                ("supervision_end_date", self.supervision_end),
            )
        }
        jail = str(self.jail_days.answer())
        if jail and not jail.isdigit():
            problems.append(self.tr("Jail days must be a whole number."))
        offense_date, conviction_date = dates["offense_date"], dates["conviction_date"]
        if problems or offense_date is None or conviction_date is None:
            return None, problems
        code, _title = describe_code(str(self.code.answer()), offense_date)
        try:
            sentence = Sentence(
                probation_granted=bool(self.probation_granted.boolean()),
                probation_end_date=dates["probation_end_date"],
                probation_terminated_early=bool(self.ended_early.boolean()),
                probation_violated=self.violated.boolean(),
                probation_revoked=bool(self.revoked.boolean()),
                jail_days=int(jail) if jail else None,
                prison=PrisonSentence(str(self.custody.answer() or "none")),
                sentence_completed_date=dates["sentence_completed_date"],
                supervision_end_date=dates["supervision_end_date"],
            )
            return Conviction(
                id=self.editing_id or new_id(),
                case_number=str(self.case_number.answer()),
                county=str(self.county.answer()),
                code=code,
                level=Level(str(self.level.answer())),
                offense_date=offense_date,
                conviction_date=conviction_date,
                sentence_date=dates["sentence_date"],
                sentence=sentence,
            ), []
        except ValidationError as error:
            return None, [_plain(error)]

    def show_conviction(self, conviction: Conviction) -> None:
        """Load a saved conviction into the form to edit it."""
        self.editing_id = conviction.id
        sentence = conviction.sentence
        self.case_number.set_answer(conviction.case_number)
        self.county.set_answer(conviction.county)
        self.code.set_answer(conviction.code)
        self.level.set_answer(conviction.level.value)
        self.offense_date.set_date(conviction.offense_date)
        self.conviction_date.set_date(conviction.conviction_date)
        self.sentence_date.set_date(conviction.sentence_date)
        self.probation_granted.set_boolean(sentence.probation_granted)
        self.probation_end.set_date(sentence.probation_end_date)
        self.violated.set_boolean(sentence.probation_violated)
        self.revoked.set_boolean(sentence.probation_revoked)
        self.ended_early.set_boolean(sentence.probation_terminated_early)
        self.jail_days.set_answer(sentence.jail_days)
        self.custody.set_answer(sentence.prison.value)
        self.completed.set_date(sentence.sentence_completed_date)
        self.supervision_end.set_date(sentence.supervision_end_date)
        self._show_title()
        self.dirty = False


class ArrestForm(_RecordForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("arrest", parent)
        self.arrest_date = self._add(DateField(self.key("arrest_date"), self))
        self.code = self._add(CodeField(self.key("code"), self))
        self.level = self._add(ChoiceField(self.key("level"), self))
        self.disposition = self._add(ChoiceField(self.key("disposition"), self))
        self.disposition_date = self._add(DateField(self.key("disposition_date"), self))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label("arrest_date", self.tr("&Arrest date"))
        self.label("code", self.tr("&Code section"))
        self.label("level", self.tr("Le&vel"))
        self.label("disposition", self.tr("How it &ended"))
        self.label("disposition_date", self.tr("&Date it ended"))
        self.level.set_choices(
            [
                ("", not_answered_word()),
                (Level.FELONY.value, self.tr("Felony")),
                (Level.MISDEMEANOR.value, self.tr("Misdemeanor")),
                (Level.INFRACTION.value, self.tr("Infraction")),
            ]
        )
        self.disposition.set_choices(
            [
                ("", not_answered_word()),
                (ArrestDisposition.NO_CHARGES.value, self.tr("No charges were filed")),
                (ArrestDisposition.DISMISSED.value, self.tr("Charges were dismissed")),
                (ArrestDisposition.ACQUITTED.value, self.tr("Found not guilty")),
                (ArrestDisposition.DIVERSION_COMPLETED.value, self.tr("Diversion completed")),
            ]
        )

    def arrest(self, new_id: Callable[[], str]) -> tuple[Arrest | None, list[str]]:
        problems: list[str] = []
        arrested = self._date(self.arrest_date, problems, self.tr("The arrest date"))
        ended = self._date(self.disposition_date, problems, self.tr("The date it ended"))
        missing = [
            words
            for field, words in (
                (self.arrest_date, self.tr("the arrest date")),
                (self.code, self.tr("the code section")),
                (self.level, self.tr("the level")),
                (self.disposition, self.tr("how it ended")),
            )
            if not field.answer()
        ]
        if missing:
            problems.append(self.tr("Still needed: {facts}.").format(facts=", ".join(missing)))
        if problems or arrested is None:
            return None, problems
        code, _title = describe_code(str(self.code.answer()), arrested)
        try:
            return Arrest(
                id=self.editing_id or new_id(),
                arrest_date=arrested,
                code=code,
                level=Level(str(self.level.answer())),
                disposition=ArrestDisposition(str(self.disposition.answer())),
                disposition_date=ended,
            ), []
        except ValidationError as error:
            return None, [_plain(error)]

    def show_arrest(self, arrest: Arrest) -> None:
        self.editing_id = arrest.id
        self.arrest_date.set_date(arrest.arrest_date)
        self.code.set_answer(arrest.code)
        self.level.set_answer(arrest.level.value)
        self.disposition.set_answer(arrest.disposition.value)
        self.disposition_date.set_date(arrest.disposition_date)
        self.dirty = False


def _plain(error: ValidationError) -> str:
    """A model rule the form could not check itself (dates out of order), in words."""
    return "; ".join(
        str(problem.get("ctx", {}).get("error", problem["msg"]))
        for problem in error.errors(include_url=False)
    )


class _ConfirmOnLeave(QObject):
    """Confirms a list answer when the volunteer leaves it (Tab, a click elsewhere) or
    presses Enter, not at each arrow key: one Down arrow once recorded "Yes" and the
    question vanished before the volunteer had chosen."""

    def __init__(self, field: ChoiceField, confirm: Callable[[], None]) -> None:
        super().__init__(field)
        self._confirm = confirm
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            if event.reason() != Qt.FocusReason.PopupFocusReason:  # its own list opening
                self._confirm()
        elif (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._confirm()
            return True
        return False


class QuestionsPanel(QGroupBox):
    """The questions the rules still need for the record on screen, each with its input,
    then those already answered for it, which stay open to correction.

    `answered(fact, value)` fires when one is confirmed; the page applies it and decides
    again, and the panel is rebuilt with what is still missing.
    """

    answered = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = QVBoxLayout(self)
        self.inputs: dict[str, Field] = {}
        self.questions: list[Question] = []
        self.earlier: list[tuple[Question, Answer]] = []
        self.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The rules need to know"))
        self.show_questions(self.questions, self.earlier)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_questions(
        self,
        questions: Sequence[Question],
        earlier: Sequence[tuple[Question, Answer]] = (),
    ) -> None:
        """`questions` still open; `earlier`: questions answered for this record, with
        their answers, shown below so a wrong answer can be put right."""
        # deleteLater, not delete: the answer that triggers this rebuild comes from one of
        # these inputs, still inside its own signal when we get here.
        while (item := self.rows.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.questions = list(questions)
        self.earlier = list(earlier)
        self.inputs = {}
        for question in questions:
            self._add_row(question, None)
        if earlier:
            heading = QLabel(self.tr("Already answered (you can change an answer):"), self)
            heading.setWordWrap(True)
            self.rows.addWidget(heading)
        for question, given in earlier:
            self._add_row(question, given)
        self.setVisible(bool(questions or earlier))

    def _add_row(self, question: Question, answer: Answer) -> None:
        field = self._input(question)
        if answer is not None:
            if isinstance(field, YesNoField) and isinstance(answer, bool):
                field.set_boolean(answer)
            elif isinstance(field, DateField) and isinstance(answer, date):
                field.set_date(answer)
            elif not isinstance(answer, date):
                field.set_answer(answer)
        label = QLabel(message(question.message_key, ui_language()), self)
        label.setWordWrap(True)
        label.setBuddy(field)
        self.rows.addWidget(label)
        self.rows.addWidget(field)
        self.inputs[question.fact] = field

        def confirm(q: Question = question, f: Field = field, before: Answer = answer) -> None:
            self._confirm(q, f, before)

        if isinstance(field, ChoiceField):
            _ConfirmOnLeave(field, confirm)
        else:
            field.confirmed.connect(confirm)

    def focus_first(self) -> bool:
        if not self.questions:
            return False
        self.inputs[self.questions[0].fact].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _input(self, question: Question) -> Field:
        key = f"question.{question.fact}"
        if question.kind is Kind.YES_NO:
            return YesNoField(key, parent=self)
        if question.kind is Kind.DATE:
            return DateField(key, self)
        if question.kind is Kind.CUSTODY:
            choice = ChoiceField(key, self)
            choice.set_choices(
                [("", not_answered_word())]
                + [
                    (p.value, message(f"intake.custody.{p.value}", ui_language()))
                    for p in PrisonSentence
                ]
            )
            return choice
        return TextField(key, self)

    def _confirm(self, question: Question, field: Field, before: Answer) -> None:
        raw = field.answer()
        if raw in ("", None):
            return
        try:
            value = _typed(question, raw, field)
        except ValueError:
            field.setToolTip(self.tr("Not understood: check what was typed."))
            return
        if value != before:
            self.answered.emit(question.fact, value)


def _typed(question: Question, raw: object, field: Field) -> object:
    if question.kind is Kind.YES_NO:
        assert isinstance(field, YesNoField)
        return field.boolean()
    if question.kind is Kind.DATE:
        return parse_date(str(raw))
    if question.kind is Kind.WHOLE_NUMBER:
        return int(str(raw))
    if question.kind is Kind.NUMBER:
        return float(str(raw).replace(",", ""))
    return str(raw)


class RecordPage(QWidget):
    """A list of saved convictions (or arrests), the form, and beside them the decisions and
    the questions the rules still need for the record on screen."""

    saved = Signal(object)  # a Conviction or Arrest, new or changed
    removed = Signal(str)  # its id
    confirmed = Signal()  # a form field was confirmed: save the draft

    def __init__(self, form: ConvictionForm | ArrestForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.records: list[Record] = []
        self._asked: dict[str, list[Question]] = {}  # by record id, in the order asked
        self.listing = QListWidget(self)
        self.new_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000; font-weight: bold")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.questions = QuestionsPanel(self)
        self.decisions = DecisionsView(self)
        self.editing_label = QLabel(self)  # which record the form holds: new, or number N
        editing_font = self.editing_label.font()
        editing_font.setBold(True)
        self.editing_label.setFont(editing_font)

        left = QWidget(self)
        self._left_layout = QVBoxLayout(left)
        self._left_layout.addWidget(self.listing, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        self._left_layout.addLayout(buttons)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.editing_label)
        scroll = QScrollArea(middle)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form)
        middle_layout.addWidget(scroll, 1)
        middle_layout.addWidget(self.problem)
        middle_layout.addWidget(self.save_button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.questions)
        right_layout.addWidget(self.decisions, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for part in (left, middle, right):
            splitter.addWidget(part)
        splitter.setSizes([190, 460, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.listing.currentRowChanged.connect(self._select)
        self.listing.installEventFilter(self)
        self.new_button.clicked.connect(self.start_new)
        self.remove_button.clicked.connect(self._remove)
        self.save_button.clicked.connect(self.save)
        form.confirmed.connect(self.confirmed)
        self.questions.answered.connect(self._answer)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a conviction in the list opens it: the cursor goes into its form (it
        went on to the next step before)."""
        if (
            watched is self.listing
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and 0 <= self.listing.currentRow() < len(self.records)
        ):
            self.form.fields[0].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        conviction = isinstance(self.form, ConvictionForm)
        self.new_button.setText(
            self.tr("&New conviction") if conviction else self.tr("&New arrest")
        )
        self.remove_button.setText(self.tr("Re&move"))
        self.save_button.setText(
            self.tr("&Save conviction (Enter)") if conviction else self.tr("&Save arrest (Enter)")
        )
        self.listing.setAccessibleName(
            self.tr("Convictions entered") if conviction else self.tr("Arrests entered")
        )
        self._refresh_listing()

    # --- the list ---------------------------------------------------------------------------

    def set_records(self, records: Sequence[Record]) -> None:
        self.records = list(records)
        self._refresh_listing()

    def add_button_below_list(self, button: QPushButton) -> None:
        self._left_layout.addWidget(button)

    def add_records(self, records: Sequence[Record]) -> None:
        """Records made elsewhere (read from a DOJ record): listed, shown and decided like
        ones typed here. The first of them goes into the form."""
        if not records:
            return
        first = len(self.records)
        self.records.extend(records)
        self._refresh_listing()
        self.listing.setCurrentRow(first)  # shows it in the form
        self.saved.emit(self.records[first])

    def _refresh_listing(self) -> None:
        current = self.listing.currentRow()
        self.listing.blockSignals(True)
        self.listing.clear()
        for number, record in enumerate(self.records, start=1):
            self.listing.addItem(_describe(number, record))
        self.listing.blockSignals(False)
        if 0 <= current < self.listing.count():
            self.listing.setCurrentRow(current)
        self._show_editing()

    def _show_editing(self) -> None:
        """Say above the form whether Save adds a record or changes the one selected."""
        conviction = isinstance(self.form, ConvictionForm)
        row = self.listing.currentRow()
        if 0 <= row < len(self.records):
            text = (
                self.tr("Conviction {number}: changes replace it when you save")
                if conviction
                else self.tr("Arrest {number}: changes replace it when you save")
            ).format(number=row + 1)
        else:
            text = self.tr("New conviction") if conviction else self.tr("New arrest")
        self.editing_label.setText(text)

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self.records):
            return
        record = self.records[row]
        if isinstance(record, Conviction) and isinstance(self.form, ConvictionForm):
            self.form.show_conviction(record)
        elif isinstance(record, Arrest) and isinstance(self.form, ArrestForm):
            self.form.show_arrest(record)
        self.show_problem([])
        self._show_editing()

    def start_new(self) -> None:
        self.listing.clearSelection()
        self.listing.setCurrentRow(-1)
        self.form.clear()
        self.show_problem([])
        self._show_editing()
        self.questions.show_questions([])
        self.decisions.clear()  # they were the previous record's
        self.form.fields[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _remove(self) -> None:
        """Remove the selected record, once the volunteer has said yes: Remove is one Tab
        away from the questions, and an Enter there once deleted a conviction unseen."""
        row = self.listing.currentRow()
        if not 0 <= row < len(self.records):
            return
        if confirmed(
            self,
            self.tr("Remove"),
            self.tr("Remove {record} from this intake?").format(
                record=_describe(row + 1, self.records[row]).replace("\n", ", ")
            ),
        ):
            self.remove_row(row)

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.records):
            removed = self.records.pop(row)
            self.removed.emit(removed.id)
            self._refresh_listing()
            self.start_new()

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Build the record from the form; emit it (the wizard stores and decides it)."""
        from clinic_app.core.model import new_id

        form = self.form
        record: Record | None
        if isinstance(form, ConvictionForm):
            record, problems = form.conviction(new_id)
        else:
            record, problems = form.arrest(new_id)
        self.show_problem(problems)
        if record is None:
            return False
        existing = next((i for i, r in enumerate(self.records) if r.id == record.id), None)
        if existing is None:
            self.records.append(record)
        else:
            record = _keep_answers(self.records[existing], record)
            self.records[existing] = record
        form.editing_id = record.id
        form.dirty = False
        self._refresh_listing()
        self.listing.blockSignals(True)
        self.listing.setCurrentRow(self.records.index(record))
        self.listing.blockSignals(False)
        self._show_editing()
        self.saved.emit(record)
        return True

    def _answer(self, fact: str, value: object) -> None:
        row = self.listing.currentRow()
        if not 0 <= row < len(self.records):
            return
        try:
            updated = answer(self.records[row], fact, value)  # type: ignore[arg-type]
        except ValidationError as error:
            self.show_problem([_plain(error)])
            return
        self.records[row] = updated
        if isinstance(updated, Conviction) and isinstance(self.form, ConvictionForm):
            self.form.show_conviction(updated)
        self.saved.emit(updated)

    def show_decisions(self, client: Client, decisions: Sequence[Decision], record_id: str) -> None:
        """The decisions of the record on screen, the questions they still need, and those
        already answered for it (kept for this session, to correct a slip)."""
        mine = [d for d in decisions if record_id in (d.conviction_id, d.arrest_id)]
        self.decisions.set_decisions(client, mine)
        open_questions = questions_for(mine)
        asked = self._asked.setdefault(record_id, [])
        asked.extend(q for q in open_questions if q not in asked)
        record = next((r for r in self.records if r.id == record_id), None)
        earlier = [
            (q, current_answer(record, q.fact))
            for q in asked
            if q not in open_questions and record is not None
        ]
        self.questions.show_questions(open_questions, earlier)
        # After the key that confirmed the answer has moved the focus, not before.
        QTimer.singleShot(0, self._focus_next_question)

    def _focus_next_question(self) -> None:
        if not self.questions.focus_first():
            self.new_button.setFocus(Qt.FocusReason.TabFocusReason)

    def show_problem(self, problems: Sequence[str]) -> None:
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))


def _keep_answers(before: Record, after: Record) -> Record:
    """The form does not show the facts asked as questions (plants, grams, offense facts):
    keep the answers already given when the form is saved again."""
    if isinstance(before, Conviction) and isinstance(after, Conviction):
        return after.model_copy(
            update={
                "quantity_grams": before.quantity_grams,
                "plants": before.plants,
                "value_usd": before.value_usd,
                "offense_facts": before.offense_facts,
                "relief_granted": before.relief_granted,
                "charged_codes": before.charged_codes,
                "current_level": before.current_level,
                "age_at_offense": before.age_at_offense,
            }
        )
    if isinstance(before, Arrest) and isinstance(after, Arrest):
        return after.model_copy(
            update={"may_be_refiled": before.may_be_refiled, "offense_facts": before.offense_facts}
        )
    return after


def _describe(number: int, record: Record) -> str:
    if isinstance(record, Conviction):
        return f"{number}. {record.code}\n{record.case_number} \u00b7 {record.conviction_date.year}"
    return f"{number}. {record.code}\n{record.arrest_date.isoformat()}"
