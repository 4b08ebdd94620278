"""A client's decisions, grouped by conviction and arrest, in words a volunteer can read.

Each decision is a card: the remedy's name, its status as a coloured badge that also carries a
mark and the status word (colour alone would fail readers who cannot tell red from green, and
printouts in grey), what qualifies it (from when, the judge decides, automatic), the reasons,
the citations, the facts still missing and the forms it would file. The words come from the
same message keys as the command line's report (`core.rules.report`), in the GUI's language.

With `reviewable=True` each card also says where the attorney's review stands and offers
Approve, Reject and Override; the card only asks (`verdict_requested`), the review screen
decides what happens.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.decision import Decision, Status
from clinic_app.core.model import Arrest, Client, Conviction, Remedy
from clinic_app.core.review import DecisionReview, ReviewState, Verdict, decision_key, state_of
from clinic_app.core.rules.report import (
    STATUS_MARK,
    arrest_heading,
    conviction_heading,
    missing_text,
    qualifier_texts,
    reason_texts,
    remedy_title,
    status_text,
)
from clinic_app.ui.language import ui_language

# Badge backgrounds, each dark enough for white text (contrast 4.5:1 or more, WCAG AA).
STATUS_COLOURS = {
    Status.ELIGIBLE: "#1e6b34",
    Status.NOT_YET: "#1f5a99",
    Status.NEEDS_REVIEW: "#8a4b00",
    Status.NOT_ELIGIBLE: "#a3211f",
}

ReviewKey = tuple[str, Remedy]


def status_badge_text(status: Status, language: str) -> str:
    """The mark and the word, so the badge reads without its colour: "✔ Eligible"."""
    return f"{STATUS_MARK[status]} {status_text(status, language)}"


@dataclass(frozen=True)
class PendingVerdict:
    """A verdict the attorney gave on this screen, saved only when they sign off (the
    attorney who signs is chosen then, so it is not known yet)."""

    verdict: Verdict
    note: str = ""
    override_status: Status | None = None


@dataclass(frozen=True)
class ReviewMark:
    """Where one decision's review stands: saved earlier, given now, or neither."""

    state: ReviewState
    saved: DecisionReview | None = None
    pending: PendingVerdict | None = None

    @property
    def is_reviewed(self) -> bool:
        """Reviewed and still current (stale reviews need a new look)."""
        return self.pending is not None or self.state not in (
            ReviewState.UNREVIEWED,
            ReviewState.STALE,
        )


def review_mark(
    decision: Decision,
    client: Client,
    saved: Mapping[ReviewKey, DecisionReview],
    pending: Mapping[ReviewKey, PendingVerdict],
) -> ReviewMark:
    """A verdict given on this screen counts over a saved one: it replaces it on sign-off."""
    key = decision_key(decision)
    return ReviewMark(state_of(decision, client, saved), saved.get(key), pending.get(key))


def review_text(mark: ReviewMark, language: str, *, has_forms: bool = True) -> str:
    """One sentence on the review of a decision, for the attorney and for the volunteer.
    A decision without forms files nothing, so its review is optional, and it says so."""
    if mark.pending is not None:
        return _pending_text(mark.pending, language)
    saved = mark.saved
    if saved is None or mark.state is ReviewState.UNREVIEWED:
        if not has_forms:
            return QCoreApplication.translate(
                "DecisionsView", "Not reviewed; nothing to file, so no review is needed"
            )
        return QCoreApplication.translate("DecisionsView", "Not reviewed yet")
    name = saved.attorney.name
    day = saved.reviewed_at.astimezone().date().isoformat()
    if mark.state is ReviewState.STALE:
        return QCoreApplication.translate(
            "DecisionsView",
            "Reviewed by {name} on {date}, but the facts or the decision changed since: "
            "review it again",
        ).format(name=name, date=day)
    if mark.state is ReviewState.APPROVED:
        return QCoreApplication.translate("DecisionsView", "Approved by {name} on {date}").format(
            name=name, date=day
        )
    if mark.state is ReviewState.REJECTED:
        return QCoreApplication.translate(
            "DecisionsView", "Rejected by {name} on {date}: {note}"
        ).format(name=name, date=day, note=saved.note)
    assert saved.override_status is not None  # an override always has one (DecisionReview)
    return QCoreApplication.translate(
        "DecisionsView", "Changed to “{status}” by {name} on {date}: {note}"
    ).format(
        status=status_text(saved.override_status, language), name=name, date=day, note=saved.note
    )


def _pending_text(pending: PendingVerdict, language: str) -> str:
    if pending.verdict is Verdict.APPROVED:
        return QCoreApplication.translate("DecisionsView", "Approved now; saved when you sign off")
    if pending.verdict is Verdict.REJECTED:
        return QCoreApplication.translate(
            "DecisionsView", "Rejected now; saved when you sign off: {note}"
        ).format(note=pending.note)
    assert pending.override_status is not None  # the verdict dialog requires it
    return QCoreApplication.translate(
        "DecisionsView", "Changed to “{status}” now; saved when you sign off: {note}"
    ).format(status=status_text(pending.override_status, language), note=pending.note)


def _is_about(decision: Decision, subject: Conviction | Arrest) -> bool:
    if isinstance(subject, Conviction):
        return decision.conviction_id == subject.id
    return decision.arrest_id == subject.id


def _wrapping_label(parent: QWidget) -> QLabel:
    """Plain text (a code like "PC 647(b)" or a note must never be read as markup), wrapped,
    selectable, so it reflows at any width and any scaling."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class DecisionCard(QFrame):
    """One decision. Focusable, so a keyboard or screen-reader user can stop on it and hear
    the whole of it (its accessible name and description)."""

    verdict_requested = Signal(object, object)  # Decision, Verdict

    def __init__(
        self, decision: Decision, parent: QWidget | None = None, *, reviewable: bool = False
    ) -> None:
        super().__init__(parent)
        self.decision = decision
        self.mark = ReviewMark(ReviewState.UNREVIEWED)
        # Which conviction or arrest, for screen readers: several cards share a remedy.
        self.about = ""
        self.setObjectName("decisionCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        colour = STATUS_COLOURS[decision.status]
        self.setStyleSheet(
            f"QFrame#decisionCard {{ border: 1px solid palette(mid); border-left: 6px solid "
            f"{colour}; }}"
            f" QFrame#decisionCard:focus {{ border: 2px solid palette(highlight); "
            f"border-left: 6px solid {colour}; }}"
        )

        self.badge = QLabel(self)
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.setStyleSheet(
            f"background-color: {colour}; color: white; font-weight: bold;"
            " border-radius: 4px; padding: 2px 8px;"
        )
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.title = _wrapping_label(self)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.qualifiers = _wrapping_label(self)
        self.reasons = _wrapping_label(self)
        self.citations = _wrapping_label(self)
        self.missing = _wrapping_label(self)
        self.forms = _wrapping_label(self)

        heading = QHBoxLayout()
        heading.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        for label in (self.qualifiers, self.reasons, self.citations, self.missing, self.forms):
            layout.addWidget(label)

        self.review_label: QLabel | None = None
        self.approve_button: QPushButton | None = None
        self.reject_button: QPushButton | None = None
        self.override_button: QPushButton | None = None
        if reviewable:
            self._add_review_row(layout)
        self.retranslate_ui()

    def _add_review_row(self, layout: QVBoxLayout) -> None:
        """The review line and, where the decision files forms, its three verdict buttons.
        A decision without forms (not eligible, or relief that needs no petition) files
        nothing whatever the verdict, so it offers none: only what can reach a court is
        signed off."""
        self.review_label = _wrapping_label(self)
        review_font = self.review_label.font()
        review_font.setItalic(True)
        self.review_label.setFont(review_font)
        # No mnemonics: every card has these three buttons, and Alt+A would only cycle
        # through them; Tab reaches each, and the accessible name says which decision.
        self.approve_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.override_button = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.review_label, 1)
        for button, verdict in (
            (self.approve_button, Verdict.APPROVED),
            (self.reject_button, Verdict.REJECTED),
            (self.override_button, Verdict.OVERRIDDEN),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _checked=False, v=verdict: self.verdict_requested.emit(self.decision, v)
            )
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
            button.setVisible(bool(self.decision.forms))
        layout.addLayout(row)

    @property
    def review_buttons(self) -> list[QPushButton]:
        """The verdict buttons this card offers (none without forms, or when not reviewable)."""
        buttons = (self.approve_button, self.reject_button, self.override_button)
        return [b for b in buttons if b is not None and self.decision.forms]

    def set_review(self, mark: ReviewMark) -> None:
        self.mark = mark
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        language = ui_language()
        decision = self.decision
        title = remedy_title(decision.remedy, language)
        self.badge.setText(status_badge_text(decision.status, language))
        self.title.setText(title)
        qualifiers = "; ".join(qualifier_texts(decision, language))
        self.qualifiers.setText(qualifiers)
        self.qualifiers.setVisible(bool(qualifiers))
        self.reasons.setText("\n".join(f"• {text}" for text in reason_texts(decision, language)))
        self.citations.setText(
            QCoreApplication.translate("DecisionsView", "Law: {citations}").format(
                citations=", ".join(str(citation) for citation in decision.citations)
            )
        )
        missing = missing_text(decision, language)
        self.missing.setText(missing or "")
        self.missing.setVisible(missing is not None)
        self.forms.setText(
            QCoreApplication.translate("DecisionsView", "Forms: {forms}").format(
                forms=", ".join(decision.forms)
            )
        )
        self.forms.setVisible(bool(decision.forms))
        if self.review_label is not None:
            self._retranslate_review(title, language)
        self.setAccessibleName(
            QCoreApplication.translate("DecisionsView", "{remedy}: {status}").format(
                remedy=title, status=status_text(decision.status, language)
            )
        )
        self.setAccessibleDescription(self.text())

    def _retranslate_review(self, title: str, language: str) -> None:
        assert self.review_label is not None
        assert self.approve_button is not None
        assert self.reject_button is not None
        assert self.override_button is not None
        self.review_label.setText(
            review_text(self.mark, language, has_forms=bool(self.decision.forms))
        )
        self.approve_button.setText(QCoreApplication.translate("DecisionsView", "Approve"))
        self.reject_button.setText(QCoreApplication.translate("DecisionsView", "Reject…"))
        self.override_button.setText(QCoreApplication.translate("DecisionsView", "Override…"))
        subject = f"{title} \u2014 {self.about}" if self.about else title
        self.approve_button.setAccessibleName(
            QCoreApplication.translate("DecisionsView", "Approve: {remedy}").format(remedy=subject)
        )
        self.reject_button.setAccessibleName(
            QCoreApplication.translate("DecisionsView", "Reject: {remedy}").format(remedy=subject)
        )
        self.override_button.setAccessibleName(
            QCoreApplication.translate("DecisionsView", "Override: {remedy}").format(remedy=subject)
        )

    def text(self) -> str:
        """Everything the card shows, in reading order (its accessible description)."""
        labels = [
            self.badge,
            self.title,
            self.qualifiers,
            self.reasons,
            self.citations,
            self.missing,
            self.forms,
            self.review_label,
        ]
        return "\n".join(
            label.text() for label in labels if label is not None and not label.isHidden()
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class DecisionsView(QWidget):
    """Every decision of one client, under a heading per conviction and arrest, scrolling."""

    verdict_requested = Signal(object, object)  # Decision, Verdict (reviewable views only)

    def __init__(self, parent: QWidget | None = None, *, reviewable: bool = False) -> None:
        super().__init__(parent)
        self.reviewable = reviewable
        self.client: Client | None = None
        self.cards: list[DecisionCard] = []
        self._headings: list[tuple[QLabel, Conviction | Arrest]] = []

        self.empty = _wrapping_label(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cards take focus instead
        self._content = QWidget()
        self._rows = QVBoxLayout(self._content)
        self.scroll_area.setWidget(self._content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll_area, 1)
        self.retranslate_ui()

    def set_decisions(
        self,
        client: Client,
        decisions: Sequence[Decision],
        saved: Mapping[ReviewKey, DecisionReview] | None = None,
        pending: Mapping[ReviewKey, PendingVerdict] | None = None,
    ) -> None:
        """Show `decisions` about `client`'s convictions and arrests, in the engine's order."""
        self._clear()
        self.client = client
        subjects: list[Conviction | Arrest] = [*client.convictions, *client.arrests]
        for subject in subjects:
            about = [decision for decision in decisions if _is_about(decision, subject)]
            if not about:
                continue
            heading = _wrapping_label(self._content)
            heading_font = heading.font()
            heading_font.setBold(True)
            heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
            heading.setFont(heading_font)
            self._rows.addWidget(heading)
            self._headings.append((heading, subject))
            for decision in about:
                card = DecisionCard(decision, self._content, reviewable=self.reviewable)
                card.verdict_requested.connect(self.verdict_requested)
                self._rows.addWidget(card)
                self.cards.append(card)
        self._rows.addStretch(1)
        self.set_reviews(saved or {}, pending or {})
        self.retranslate_ui()

    def set_reviews(
        self,
        saved: Mapping[ReviewKey, DecisionReview],
        pending: Mapping[ReviewKey, PendingVerdict],
    ) -> None:
        """Update where each review stands, keeping the cards (and the keyboard focus)."""
        if self.client is None:
            return
        for card in self.cards:
            card.set_review(review_mark(card.decision, self.client, saved, pending))

    def card_for(self, key: ReviewKey) -> DecisionCard:
        return next(card for card in self.cards if decision_key(card.decision) == key)

    def focus_chain(self) -> list[QWidget]:
        """The focusable widgets in reading order: each card, then its review buttons."""
        chain: list[QWidget] = []
        for card in self.cards:
            chain += [card, *card.review_buttons]
        return chain

    def clear(self) -> None:
        """Show no client (the "No decisions to show" line)."""
        self._clear()
        self.client = None
        self.retranslate_ui()

    def _clear(self) -> None:
        while (item := self._rows.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()
        self.cards = []
        self._headings = []

    def retranslate_ui(self) -> None:
        language = ui_language()
        self.setAccessibleName(QCoreApplication.translate("DecisionsView", "Decisions"))
        self.empty.setText(QCoreApplication.translate("DecisionsView", "No decisions to show."))
        self.empty.setVisible(not self.cards)
        for label, subject in self._headings:
            # Numbered as the interview lists them: the stored ids are random.
            if isinstance(subject, Conviction):
                number = _position(self.client.convictions if self.client else (), subject)
                label.setText(conviction_heading(subject, language, number))
            else:
                number = _position(self.client.arrests if self.client else (), subject)
                label.setText(arrest_heading(subject, language, number))
            for card in self.cards:
                if _is_about(card.decision, subject) and card.about != label.text():
                    card.about = label.text()
                    card.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _position(
    records: Sequence[Conviction] | Sequence[Arrest], subject: Conviction | Arrest
) -> str:
    """1-based place of `subject` in the client's list, as text ("" if not there)."""
    ids = [record.id for record in records]
    return str(ids.index(subject.id) + 1) if subject.id in ids else ""
