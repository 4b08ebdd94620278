"""The attorney's review queue: approve, reject or override the rules' decisions, then sign off.

The rules only advise (core/review.py): nothing is filed until an attorney has looked at each
decision that has forms. On the left, the clients waiting for review; on the right, the
selected client's decisions, each with Approve, Reject and Override. Verdicts given here are
kept on this screen until "Sign off", which asks which of the clinic's attorneys signs, saves
every verdict with that attorney's name and State Bar number, and approves the client once no
decision with forms is left unreviewed. A rejection or an override needs a note saying why,
because the next person to open the file needs to know.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.decision import Decision, Status
from clinic_app.core.model import Client, ClientSummary
from clinic_app.core.review import Attorney, DecisionReview, Verdict, decision_key, review
from clinic_app.core.rules.report import remedy_title, status_text
from clinic_app.ui import errors, operations
from clinic_app.ui.confirm import confirmed
from clinic_app.ui.decisions_view import (
    DecisionsView,
    PendingVerdict,
    ReviewKey,
    review_mark,
)
from clinic_app.ui.language import ui_language
from clinic_app.ui.unlock_dialog import InlineError

if TYPE_CHECKING:
    from clinic_app.core.store import Store
    from clinic_app.ui.operations import ReviewCase
    from clinic_app.ui.worker import Task


def _client_name(client: Client) -> str:
    return f"{client.first_name} {client.last_name}".strip()


def _list_name(summary: ClientSummary) -> str:
    """As the main client list shows it: last name first, so the queue reads alike."""
    return f"{summary.last_name}, {summary.first_name}"


def _readable_width(dialog: QDialog) -> None:
    """About 60 characters wide, in the dialog's own font: a sentence per line or two at
    any scaling, instead of a narrow column of wrapped words."""
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60)


def _chain_tab_order(widgets: Sequence[QWidget]) -> None:
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)


class VerdictDialog(QDialog):
    """Reject or override one decision: a note is required, and an override picks the
    status the attorney gives instead of the rules' one."""

    def __init__(self, decision: Decision, verdict: Verdict, parent: QWidget | None = None) -> None:
        if verdict is Verdict.APPROVED:
            raise ValueError("an approval needs no note: give it without this dialog")
        super().__init__(parent)
        self.decision = decision
        self.verdict = verdict
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.status_label = QLabel(self)
        self.status_choice = QComboBox(self)
        self.status_label.setBuddy(self.status_choice)
        self._statuses = [status for status in Status if status is not decision.status]
        self.status_choice.addItems(["" for _ in self._statuses])
        self.status_choice.setCurrentIndex(-1)  # no silent default: the attorney chooses
        overriding = verdict is Verdict.OVERRIDDEN
        self.status_label.setVisible(overriding)
        self.status_choice.setVisible(overriding)

        self.note_label = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note_label.setBuddy(self.note)
        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # Not the standard Ok: the button box would put "OK" back at each language change.
        self.confirm_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.status_label)
        layout.addWidget(self.status_choice)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        first = self.status_choice if overriding else self.note
        first.setFocus()
        _readable_width(self)
        self.retranslate_ui()

    def ok_button(self) -> QPushButton:
        return self.confirm_button

    def chosen_status(self) -> Status | None:
        index = self.status_choice.currentIndex()
        return self._statuses[index] if index >= 0 else None

    def pending(self) -> PendingVerdict:
        """The verdict as given (call after the dialog was accepted)."""
        override = self.chosen_status() if self.verdict is Verdict.OVERRIDDEN else None
        return PendingVerdict(self.verdict, self.note.toPlainText().strip(), override)

    def accept(self) -> None:
        """Close only with what the record needs; otherwise say what is missing, there."""
        if self.verdict is Verdict.OVERRIDDEN and self.chosen_status() is None:
            self.error.show_message(self.tr("Choose the status you give this decision."))
            self.status_choice.setFocus()
            return
        if not self.note.toPlainText().strip():
            self.error.show_message(
                self.tr("Write a note saying why: it is saved with your sign-off.")
            )
            self.note.setFocus()
            return
        self.error.clear()
        super().accept()

    def retranslate_ui(self) -> None:
        language = ui_language()
        remedy = remedy_title(self.decision.remedy, language)
        status = status_text(self.decision.status, language)
        if self.verdict is Verdict.REJECTED:
            self.setWindowTitle(self.tr("Reject a decision"))
            self.intro.setText(
                self.tr(
                    "Reject “{remedy}” (the rules say: {status}). Nothing is filed for it."
                ).format(remedy=remedy, status=status)
            )
            self.ok_button().setText(self.tr("&Reject"))
        else:
            self.setWindowTitle(self.tr("Override a decision"))
            self.intro.setText(
                self.tr(
                    "Override “{remedy}” (the rules say: {status}) with your own status."
                ).format(remedy=remedy, status=status)
            )
            self.ok_button().setText(self.tr("&Override"))
        self.status_label.setText(self.tr("&New status:"))
        self.status_choice.setPlaceholderText(self.tr("Choose a status"))
        for index, choice in enumerate(self._statuses):
            # The word first (not the badge's mark), so typing its first letter picks it.
            self.status_choice.setItemText(index, status_text(choice, language))
        self.note_label.setText(self.tr("&Why (required, saved with your sign-off):"))
        self.note.setAccessibleName(self.tr("Why"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SignOffDialog(QDialog):
    """Which attorney signs. With no attorney in the clinic's settings it says so, and where
    to add one, instead of offering a sign-off nobody could make."""

    def __init__(
        self,
        attorneys: Sequence[Attorney],
        client_name: str,
        count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attorneys = tuple(attorneys)
        self.client_name = client_name
        self.count = count
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.attorney_label = QLabel(self)
        self.attorney_choice = QComboBox(self)
        self.attorney_choice.addItems(["" for _ in self.attorneys])
        self.attorney_label.setBuddy(self.attorney_choice)
        self.attorney_label.setVisible(bool(self.attorneys))
        self.attorney_choice.setVisible(bool(self.attorneys))
        if self.attorneys:
            buttons = QDialogButtonBox.StandardButton.Cancel
        else:
            buttons = QDialogButtonBox.StandardButton.Close
        self.buttons = QDialogButtonBox(buttons, self)
        # Not the standard Ok: the button box would put "OK" back at each language change.
        self.sign_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setVisible(bool(self.attorneys))
        self.sign_button.setDefault(bool(self.attorneys))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.attorney_label)
        layout.addWidget(self.attorney_choice)
        layout.addWidget(self.buttons)
        (self.attorney_choice if self.attorneys else self.buttons).setFocus()
        _readable_width(self)
        self.retranslate_ui()

    def attorney(self) -> Attorney | None:
        index = self.attorney_choice.currentIndex()
        return self.attorneys[index] if self.attorneys and index >= 0 else None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign off"))
        if not self.attorneys:
            self.intro.setText(
                self.tr(
                    "No attorney is set up for this clinic yet, so nobody can sign off. Add "
                    "the clinic's attorneys, with their State Bar numbers, in Settings on "
                    "the Attorneys page, then sign off again."
                )
            )
            return
        self.intro.setText(
            self.tr(
                "Sign off the decisions you reviewed for {name} (reviewed now: {count}). "
                "The attorney's name and State Bar number are saved with each one."
            ).format(name=self.client_name, count=self.count)
        )
        self.attorney_label.setText(self.tr("&Attorney signing:"))
        for index, attorney in enumerate(self.attorneys):
            self.attorney_choice.setItemText(
                index,
                self.tr("{name} (Bar No. {bar_number})").format(
                    name=attorney.name, bar_number=attorney.bar_number
                ),
            )
        self.sign_button.setText(self.tr("&Sign off"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ReviewScreen(QWidget):
    """The queue of clients that need review, and the selected client's decisions."""

    signed_off = Signal(str)  # client id, each time an attorney's sign-off has been saved

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._today = today
        self.case: ReviewCase | None = None
        self._selected_id: str | None = None
        # Verdicts given on this screen and not signed yet, per client, with the decision
        # they were given on: a reload that changes a decision drops its verdict.
        self._given: dict[str, dict[ReviewKey, tuple[Decision, PendingVerdict]]] = {}
        self._queue_rows: tuple[ClientSummary, ...] = ()
        self._loading = False
        self._signing = False
        self.verdict_dialog: VerdictDialog | None = None
        self.sign_off_dialog: SignOffDialog | None = None

        left = QWidget(self)
        self.queue_label = QLabel(left)
        self.queue = QListWidget(left)
        self.queue_label.setBuddy(self.queue)
        self.queue_empty = QLabel(left)
        self.queue_empty.setWordWrap(True)
        self.refresh_button = QPushButton(left)
        self.refresh_button.setAutoDefault(False)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.queue_label)
        left_layout.addWidget(self.queue, 1)
        left_layout.addWidget(self.queue_empty)
        left_layout.addWidget(self.refresh_button)

        right = QWidget(self)
        self.client_title = QLabel(right)
        self.client_title.setTextFormat(Qt.TextFormat.PlainText)  # names may hold "<" or "&"
        self.client_title.setWordWrap(True)
        title_font = self.client_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.client_title.setFont(title_font)
        self.decisions = DecisionsView(right, reviewable=True)
        self.progress = QLabel(right)
        self.progress.setWordWrap(True)
        self.sign_off_button = QPushButton(right)
        self.sign_off_button.setAutoDefault(False)
        self.problem = InlineError(right)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.sign_off_button)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.client_title)
        right_layout.addWidget(self.decisions, 1)
        right_layout.addWidget(self.problem)
        right_layout.addLayout(bottom)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.outcome = QLabel(self)  # what the last sign-off did; stays after the client goes
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.outcome)

        self.refresh_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_shortcut.activated.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.queue.currentItemChanged.connect(self._selection_changed)
        self.decisions.verdict_requested.connect(self.give_verdict)
        self.sign_off_button.clicked.connect(self.sign_off)

        self.retranslate_ui()
        self.refresh()

    # --- the queue ----------------------------------------------------------------------

    def today(self) -> date:
        """The date the rules decide as of: today, read at each load (the app may stay
        open past midnight), unless a test fixed it."""
        return self._today or date.today()

    def refresh(self) -> Task:
        """Read the queue again, and the selected client's decisions with it."""
        return operations.review_queue(self.store, self._show_queue)

    def _show_queue(self, rows: tuple[ClientSummary, ...]) -> None:
        self._queue_rows = rows
        keep = self._selected_id
        self.queue.blockSignals(True)
        self.queue.clear()
        for summary in rows:
            item = QListWidgetItem(_list_name(summary), self.queue)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
        ids = [summary.id for summary in rows]
        # The client shown before, or the first waiting: never an empty page to click.
        chosen = (keep if keep in ids else ids[0]) if ids else None
        if chosen is not None:
            self.queue.setCurrentRow(ids.index(chosen))  # signals still blocked: loaded below
        self.queue.blockSignals(False)
        if chosen is not None:
            self._load(chosen)
        else:
            self._show_nothing()
        self.retranslate_ui()

    def _selection_changed(self, current: QListWidgetItem | None) -> None:
        if current is None:
            self._show_nothing()
            return
        self._load(str(current.data(Qt.ItemDataRole.UserRole)))

    def _load(self, client_id: str) -> None:
        self._selected_id = client_id
        self._loading = True
        self.problem.clear()
        self._update_state()
        operations.load_review(
            self.store,
            client_id,
            today=self.today(),
            on_done=self._show_case,
            on_error=self._load_failed,
        )

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._update_state()
        errors.show_error(exc, self)

    def _show_nothing(self) -> None:
        self._selected_id = None
        self.case = None
        self.decisions.clear()
        self.retranslate_ui()

    def _show_case(self, case: ReviewCase) -> None:
        if case.client.id != self._selected_id:
            return  # the attorney moved on to another client while this one loaded
        self._loading = False
        self.case = case
        current = {decision_key(d): d for d in case.decisions}
        given = self._given.get(case.client.id, {})
        self._given[case.client.id] = {
            key: (decision, verdict)
            for key, (decision, verdict) in given.items()
            if current.get(key) == decision
        }
        self.decisions.set_decisions(case.client, case.decisions, case.reviews, self._pending())
        _chain_tab_order(
            [self.queue, self.refresh_button, *self.decisions.focus_chain(), self.sign_off_button]
        )
        self.retranslate_ui()

    # --- verdicts -----------------------------------------------------------------------

    def _pending(self) -> dict[ReviewKey, PendingVerdict]:
        if self.case is None:
            return {}
        given = self._given.get(self.case.client.id, {})
        return {key: verdict for key, (_, verdict) in given.items()}

    def give_verdict(self, decision: Decision, verdict: Verdict) -> None:
        """Approve at once; ask for a note (and a status) before a rejection or override."""
        if verdict is Verdict.APPROVED:
            self._record(decision, PendingVerdict(Verdict.APPROVED))
            return
        dialog = VerdictDialog(decision, verdict, self)
        dialog.accepted.connect(lambda: self._record(decision, dialog.pending()))
        dialog.finished.connect(dialog.deleteLater)
        self.verdict_dialog = dialog
        dialog.open()

    def _record(self, decision: Decision, verdict: PendingVerdict) -> None:
        if self.case is None:
            return
        given = self._given.setdefault(self.case.client.id, {})
        given[decision_key(decision)] = (decision, verdict)
        self.problem.clear()
        self.decisions.set_reviews(self.case.reviews, self._pending())
        self.retranslate_ui()

    def unsigned(self) -> int:
        """Verdicts given on this screen, for any client, not yet signed off."""
        return sum(len(given) for given in self._given.values())

    def remaining(self) -> int:
        """Decisions with forms still to review, counting verdicts given on this screen."""
        if self.case is None:
            return 0
        client, saved, pending = self.case.client, self.case.reviews, self._pending()
        return sum(
            1
            for decision in self.case.decisions
            if decision.forms and not review_mark(decision, client, saved, pending).is_reviewed
        )

    # --- signing off --------------------------------------------------------------------

    def sign_off(self) -> None:
        """Ask who signs, then save. Without new verdicts there is nothing to sign, unless
        every decision was already reviewed (the client is then simply approved)."""
        case = self.case
        if case is None or self._signing:
            return
        pending = self._pending()
        if not pending:
            if self.remaining():
                self.problem.show_message(
                    self.tr("Review at least one decision before signing off.")
                )
                return
            self._save(case, ())
            return
        dialog = SignOffDialog(case.attorneys, _client_name(case.client), len(pending), self)
        dialog.accepted.connect(lambda: self._signed_by(case, dialog.attorney()))
        dialog.finished.connect(dialog.deleteLater)
        self.sign_off_dialog = dialog
        dialog.open()

    def _signed_by(self, case: ReviewCase, attorney: Attorney | None) -> None:
        if attorney is None or case is not self.case:
            return
        when = datetime.now(UTC)
        given = self._given.get(case.client.id, {})
        reviews = tuple(
            review(
                decision,
                case.client,
                verdict=verdict.verdict,
                attorney=attorney,
                reviewed_at=when,
                note=verdict.note,
                override_status=verdict.override_status,
            )
            for decision, verdict in given.values()
        )
        self._save(case, reviews)

    def _save(self, case: ReviewCase, reviews: tuple[DecisionReview, ...]) -> None:
        self._signing = True
        self._update_state()
        operations.sign_off(
            self.store,
            case.client.id,
            reviews,
            today=self.today(),
            on_done=self._saved,
            on_error=self._save_failed,
        )

    def _save_failed(self, exc: BaseException) -> None:
        self._signing = False
        self._update_state()
        errors.show_error(exc, self)

    def _saved(self, case: ReviewCase) -> None:
        self._signing = False
        self._given.pop(case.client.id, None)
        name = _client_name(case.client)
        if case.remaining == 0:
            self.outcome.setText(
                self.tr("Signed off: {name} is approved, and the documents can be made.").format(
                    name=name
                )
            )
        else:
            self.outcome.setText(
                self.tr(
                    "Signed off, but decisions with forms still need review (left: "
                    "{remaining}), so {name} stays in the queue."
                ).format(name=name, remaining=case.remaining)
            )
        if self._selected_id == case.client.id:
            self._show_case(case)
        self.signed_off.emit(case.client.id)
        self.refresh()

    # --- words --------------------------------------------------------------------------

    def _update_state(self) -> None:
        busy = self._loading or self._signing
        self.sign_off_button.setEnabled(self.case is not None and not busy)

    def retranslate_ui(self) -> None:
        self.queue_label.setText(self.tr("&Clients waiting for review:"))
        self.queue.setAccessibleName(self.tr("Clients waiting for review"))
        self.queue_empty.setText(self.tr("No clients are waiting for review."))
        self.queue_empty.setVisible(not self._queue_rows)
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the queue again (F5)"))
        self.sign_off_button.setText(self.tr("&Sign off…"))
        if self._loading:
            self.client_title.setText(self.tr("Loading…"))
        elif self.case is None:
            self.client_title.setText(self.tr("Choose a client on the left."))
        else:
            self.client_title.setText(_client_name(self.case.client))
        if self.case is None:
            self.progress.clear()
        else:
            total = sum(1 for decision in self.case.decisions if decision.forms)
            self.progress.setText(
                self.tr(
                    "Only decisions that file forms need your verdict. Still to review: "
                    "{remaining} of {total}."
                ).format(remaining=self.remaining(), total=total)
            )
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ReviewDialog(QDialog):
    """The review screen in its own window, with Close. Verdicts count only once signed
    off, so closing with some not signed asks first instead of dropping them."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.review = ReviewScreen(store, self, today=today)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.review, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 760)
        self.retranslate_ui()

    def reject(self) -> None:
        """Esc, Close or the window's close box."""
        unsigned = self.review.unsigned()
        if unsigned and not confirmed(
            self,
            self.tr("Verdicts not signed off"),
            self.tr(
                "You gave verdicts that are not signed off yet (unsigned: {count}). "
                "They are lost if you close now. Close anyway?"
            ).format(count=unsigned),
        ):
            return
        super().reject()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Attorney review"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
