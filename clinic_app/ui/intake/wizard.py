"""The intake interview: five steps a volunteer walks through with the client.

1 Client, 2 Today, 3 Convictions, 4 Arrests, 5 Summary. Enter moves on (or saves the
conviction being typed); the step list, Alt+Left and Alt+Right move anywhere. Every answer
is saved to the encrypted store the moment it is confirmed (`IntakeDraft`), and the client's
record is saved as soon as it validates, so a laptop that dies loses nothing and the
interview reopens on the step it was on. The window cannot close before its last answer is
saved: closing waits for the save queue.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.decision import Decision
from clinic_app.core.model import Arrest, Client, ClientIdentity, Conviction, PersonFacts, new_id
from clinic_app.core.rules.engine import evaluate
from clinic_app.core.workflow import Answer, IntakeDraft
from clinic_app.ui import errors, operations, translations
from clinic_app.ui.decisions_view import DecisionsView
from clinic_app.ui.intake.person_pages import ClientPage, SituationPage
from clinic_app.ui.intake.record_pages import ArrestForm, ConvictionForm, RecordPage
from clinic_app.ui.worker import db_pool

if TYPE_CHECKING:
    from clinic_app.core.store import Store
    from clinic_app.ui.intake.record_import import RecordImportDialog

SAVE_WAIT_MS = 10_000
CLIENT, TODAY, CONVICTIONS, ARRESTS, SUMMARY = range(5)


class SummaryPage(QWidget):
    """Every decision of the record, and the hand-over to an attorney."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.decisions = DecisionsView(self)
        self.send_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.decisions, 1)
        layout.addWidget(self.send_button)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(
            self.tr(
                "What the law allows for each conviction and arrest, as of today. Read the "
                "reasons to the client; an attorney reviews everything before anything is filed."
            )
        )
        self.send_button.setText(self.tr("Send to an &attorney for review"))


class IntakeWizard(QDialog):
    sent_for_review = Signal(str)  # client id
    saved = Signal(str)  # client id: the list may show the new name

    def __init__(
        self,
        store: Store,
        *,
        client: Client | None = None,
        draft: IntakeDraft | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        self.client_id = (
            (client.id if client else None) or (draft.client_id if draft else None) or new_id()
        )
        self.identity: ClientIdentity | None = client.identity if client else None
        self.person: PersonFacts | None = client.person if client else None
        self.decisions: tuple[Decision, ...] = ()
        self._sent_for_review = False  # then the draft is gone and nothing more is saved
        self._visited = {CLIENT}
        self.setModal(False)
        self.resize(1180, 760)

        self.steps = QListWidget(self)
        self.steps.setMaximumWidth(190)
        self.pages = QStackedWidget(self)
        self.client_page = ClientPage(self)
        self.situation_page = SituationPage(self)
        self.convictions_page = RecordPage(ConvictionForm(), self)
        self.arrests_page = RecordPage(ArrestForm(), self)
        self.summary_page = SummaryPage(self)
        self.import_button = QPushButton(self)  # read the client's DOJ record instead of typing
        self.import_button.setAutoDefault(False)
        self.convictions_page.add_button_below_list(self.import_button)
        self.import_dialog: RecordImportDialog | None = None
        for page in (
            self.client_page,
            self.situation_page,
            self.convictions_page,
            self.arrests_page,
            self.summary_page,
        ):
            self.pages.addWidget(page)
        # The client may prefer the other language at any moment of the interview.
        self.language_button = QPushButton(self)
        self.language_button.clicked.connect(self._switch_language)
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.close_button = QPushButton(self)
        # Enter always means "go on" (Next, or the form's Save): a button that has the
        # focus after the last field must not take Enter for itself.
        for button in (self.language_button, self.back_button, self.close_button):
            button.setAutoDefault(False)
        self.saved_label = QLabel(self)
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self._save_state: bool | None = None  # saved, failed, or nothing yet (None)

        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.pages, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.language_button)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(0)  # coalesce the confirmations of one event
        self._save_timer.timeout.connect(self._save)
        for page in (
            self.client_page,
            self.situation_page,
            self.convictions_page,
            self.arrests_page,
        ):
            page.confirmed.connect(self._schedule_save)
        for records in (self.convictions_page, self.arrests_page):
            records.saved.connect(self._record_saved)
            records.removed.connect(lambda _id: self._record_changed())
        self.steps.currentRowChanged.connect(self._step_clicked)
        self.back_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(self.advance)
        self.close_button.clicked.connect(self.close)
        self.summary_page.send_button.clicked.connect(self.send_for_review)
        self.import_button.clicked.connect(self.import_record)
        QShortcut(QKeySequence("Alt+Right"), self, self.advance)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.go_to(self.pages.currentIndex() - 1))
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_now)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self, self._switch_language)

        self.retranslate_ui()
        self._restore(client, draft)

    # --- words --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Intake interview"))
        names = [
            self.tr("1. Client"),
            self.tr("2. Today"),
            self.tr("3. Convictions"),
            self.tr("4. Arrests"),
            self.tr("5. Summary"),
        ]
        current = self.steps.currentRow()
        self.steps.blockSignals(True)
        self.steps.clear()
        self.steps.addItems(names)
        self.steps.setCurrentRow(max(current, 0))
        self.steps.blockSignals(False)
        self.steps.setAccessibleName(self.tr("Steps of the interview"))
        other = "es" if translations.current_language() == "en" else "en"
        self.language_button.setText(translations.LANGUAGE_NAMES[other])
        self.language_button.setToolTip(self.tr("Switch the interview's language (Ctrl+Shift+L)"))
        self.back_button.setText(self.tr("&Back"))
        self.next_button.setText(self.tr("Ne&xt"))
        self.close_button.setText(self.tr("Save and &close"))
        self.import_button.setText(self.tr("&Import record…"))
        self.import_button.setToolTip(
            self.tr("Read the client's DOJ record (PDF, photo or text) instead of typing it")
        )
        self._show_save_state()
        self._show_decisions()

    def _switch_language(self) -> None:
        translations.set_language("es" if translations.current_language() == "en" else "en")

    # --- moving between steps -----------------------------------------------------------

    def advance(self) -> None:
        """Enter: save the conviction or arrest being typed, else go to the next step."""
        page = self.pages.currentWidget()
        if isinstance(page, RecordPage) and page.form.has_unsaved_input():
            page.save()
            return
        self.go_to(self.pages.currentIndex() + 1)

    def go_to(self, step: int) -> None:
        if not 0 <= step < self.pages.count() or step == self.pages.currentIndex():
            return
        if step > self.pages.currentIndex() and not self._complete_up_to(step):
            return
        self.pages.setCurrentIndex(step)
        self._visited.add(step)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(step)
        self.steps.blockSignals(False)
        self.back_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < SUMMARY)
        self._update_default_button()
        self._show_decisions()
        self._focus_step(step)
        self._schedule_save()

    def _step_clicked(self, step: int) -> None:
        self.go_to(step)
        if self.pages.currentIndex() != step:  # refused: put the list back
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(self.pages.currentIndex())
            self.steps.blockSignals(False)

    def _complete_up_to(self, step: int) -> bool:
        """The client and today's situation must be complete before the record is entered:
        the rules cannot decide a conviction without them."""
        if step > CLIENT and not self._take_identity():
            self.pages.setCurrentIndex(CLIENT)
            return False
        if step > TODAY and not self._take_person():
            self.pages.setCurrentIndex(TODAY)
            return False
        return True

    def _focus_step(self, step: int) -> None:
        page = self.pages.widget(step)
        if isinstance(page, RecordPage):
            if page.records and not page.form.has_unsaved_input():
                page.new_button.setFocus()
            else:
                page.form.fields[0].setFocus(Qt.FocusReason.TabFocusReason)
        elif isinstance(page, ClientPage | SituationPage):
            next(page.fields()).setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.summary_page.send_button.setFocus()

    def _update_default_button(self) -> None:
        page = self.pages.currentWidget()
        typing_a_record = isinstance(page, RecordPage) and page.form.has_unsaved_input()
        if isinstance(page, RecordPage):
            page.save_button.setDefault(typing_a_record)
        self.next_button.setDefault(not typing_a_record)

    # --- the record ---------------------------------------------------------------------

    def _take_identity(self) -> bool:
        self.identity = self.client_page.identity(self.client_id)
        return self.identity is not None

    def _take_person(self) -> bool:
        if self.identity is None and not self._take_identity():
            return False
        self.person = self.situation_page.person(self.identity_birth())
        return self.person is not None

    def client(self) -> Client | None:
        """The record as validated so far: None until the client and today are complete."""
        if self.identity is None or self.person is None:
            return None
        convictions = [r for r in self.convictions_page.records if isinstance(r, Conviction)]
        arrests = [r for r in self.arrests_page.records if isinstance(r, Arrest)]
        return Client(
            **{name: getattr(self.identity, name) for name in ClientIdentity.model_fields},
            person=self.person,
            convictions=tuple(convictions),
            arrests=tuple(arrests),
        )

    def _record_saved(self, record: Conviction | Arrest) -> None:
        self._record_changed()
        page = self.convictions_page if isinstance(record, Conviction) else self.arrests_page
        client = self.client()
        if client is not None:
            page.show_decisions(client, self.decisions, record.id)
        self._update_default_button()

    def import_record(self) -> RecordImportDialog:
        """Step 3's Import record: the convictions and arrests of a DOJ record, checked by
        the volunteer, join those typed by hand and are decided the same way."""
        # Imported here: the reader brings PDF and OCR libraries the start-up does not need.
        from clinic_app.ui.intake.record_import import RecordImportDialog

        dialog = RecordImportDialog(self, client_birth=self.identity_birth())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._add_imported)
        dialog.finished.connect(lambda _result: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _add_imported(
        self, convictions: list[Conviction], arrests: list[Arrest], registered_290: bool
    ) -> None:
        if registered_290:  # the record is better evidence than a "No" typed earlier
            self.situation_page.facts["registered_290"].set_boolean(True)
            self._take_person()
        self.arrests_page.add_records(arrests)
        self.convictions_page.add_records(convictions)  # last: its decisions are on screen

    def _record_changed(self) -> None:
        client = self.client()
        self.decisions = evaluate(client.record(self.today)).decisions if client else ()
        self._show_decisions()
        self._schedule_save()

    def _show_decisions(self) -> None:
        """Fill the summary when it is on screen: laying out every decision of a long record
        after each conviction saved would slow the form the volunteer is typing in."""
        client = self.client()
        if client is not None and self.pages.currentIndex() == SUMMARY:
            self.summary_page.decisions.set_decisions(client, self.decisions)

    # --- saving -------------------------------------------------------------------------

    def answers(self) -> dict[str, Answer]:
        found: dict[str, Answer] = {}
        for page in (self.client_page, self.situation_page):
            found.update({field.key: field.answer() for field in page.fields()})
        for records in (self.convictions_page, self.arrests_page):
            found.update({field.key: field.answer() for field in records.form.fields})
            found[f"{records.form.prefix}.editing_id"] = records.form.editing_id
        return found

    def _schedule_save(self) -> None:
        """A field was confirmed: keep what validates, and save everything typed."""
        self._update_default_button()
        identity = self.client_page.identity(self.client_id, report=False)
        if identity is not None:
            self.identity = identity
            person = self.situation_page.person(self.identity_birth(), report=False)
            if person is not None:
                self.person = person
        self._save_timer.start()

    def _save_now(self) -> None:
        self._schedule_save()

    def _save(self) -> None:
        if self._sent_for_review:
            return
        draft = IntakeDraft(
            client_id=self.client_id,
            step=self.pages.currentIndex(),
            answers=self.answers(),
            saved_at=datetime.now(UTC),
        )
        operations.save_intake(
            self.store, draft, self.client(), on_done=self._saved, on_error=self._save_failed
        )

    def _saved(self, _result: object) -> None:
        self._save_state = True
        self._show_save_state()
        self.saved.emit(self.client_id)

    def _save_failed(self, exc: BaseException) -> None:
        self._save_state = False
        self._show_save_state()
        errors.show_error(exc, self)

    def _show_save_state(self) -> None:
        if self._save_state is None:
            self.saved_label.clear()
        elif self._save_state:
            self.saved_label.setText(self.tr("All answers saved."))
        else:
            self.saved_label.setText(self.tr("Not saved: see the message."))

    def send_for_review(self) -> None:
        client = self.client()
        if client is None:
            self.go_to(CLIENT)
            return
        self._sent_for_review = True  # no draft save may follow the hand-over
        self._save_timer.stop()
        operations.send_for_review(
            self.store, client, on_done=lambda _r: self._sent(client.id), on_error=self._not_sent
        )

    def _not_sent(self, exc: BaseException) -> None:
        self._sent_for_review = False
        self._save_failed(exc)

    def _sent(self, client_id: str) -> None:
        self.sent_for_review.emit(client_id)
        self.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save what is on screen and wait for the save queue: no edit is left behind."""
        self._save_timer.stop()
        if not self._sent_for_review:
            self._save()
        db_pool().waitForDone(SAVE_WAIT_MS)
        super().closeEvent(event)

    def reject(self) -> None:  # Escape: close, saving first
        self.close()

    # --- reopening ----------------------------------------------------------------------

    def _restore(self, client: Client | None, draft: IntakeDraft | None) -> None:
        if client is not None:
            self.client_page.show_client(client)
            self.situation_page.show_person(client.person)
            self.convictions_page.set_records(client.convictions)
            self.arrests_page.set_records(client.arrests)
        if draft is not None:
            self._restore_answers(draft.answers)
        step = draft.step if draft else (CONVICTIONS if client else CLIENT)
        if client is not None:
            self._record_changed()
        self.pages.setCurrentIndex(CLIENT)
        self.go_to(step)
        self._focus_step(self.pages.currentIndex())
        self._save_timer.stop()  # nothing new to save yet

    def _restore_answers(self, answers: dict[str, Answer]) -> None:
        for page in (self.client_page, self.situation_page):
            for field in page.fields():
                if field.key in answers:
                    field.set_answer(answers[field.key])
        for records in (self.convictions_page, self.arrests_page):
            for field in records.form.fields:
                if field.key in answers:
                    field.set_answer(answers[field.key])
            editing = answers.get(f"{records.form.prefix}.editing_id")
            records.form.editing_id = str(editing) if editing else None
        self.identity = self.client_page.identity(self.client_id, report=False)
        if self.identity is not None:
            self.person = self.situation_page.person(self.identity_birth(), report=False)

    def identity_birth(self) -> date | None:
        """The date of birth typed, or None while it is blank or not a date."""
        try:
            return self.client_page.date_of_birth.date_value()
        except ValueError:
            return None
