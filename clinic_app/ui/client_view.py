"""A read-only view of one client's stored facts: who they are, the person-level facts the
rules read, and their convictions and arrests.

Names are shown exactly as stored (accents, two surnames); unknown values say "Unknown" or
"Not recorded" rather than showing a blank a volunteer might read as "no".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.model import (
    Arrest,
    ArrestDisposition,
    Client,
    Conviction,
    Language,
    Level,
    PrisonSentence,
    RecordSource,
    Sentence,
)

# --- words for stored values (pure functions, so tests can check them without widgets) ---


def format_date(value: date | None) -> str:
    """ISO dates everywhere: unambiguous for English and Spanish readers alike."""
    return (
        value.isoformat()
        if value is not None
        else QCoreApplication.translate("ClientView", "Not recorded")
    )


def yes_no_unknown(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("ClientView", "Unknown")
    return (
        QCoreApplication.translate("ClientView", "Yes")
        if value
        else QCoreApplication.translate("ClientView", "No")
    )


def level_text(level: Level) -> str:
    return {
        Level.FELONY: QCoreApplication.translate("ClientView", "Felony"),
        Level.MISDEMEANOR: QCoreApplication.translate("ClientView", "Misdemeanor"),
        Level.INFRACTION: QCoreApplication.translate("ClientView", "Infraction"),
    }[level]


def conviction_level_text(conviction: Conviction) -> str:
    """The level as convicted, and the current level when an earlier reduction changed it."""
    text = level_text(conviction.level)
    if conviction.current_level is not None and conviction.current_level != conviction.level:
        text = QCoreApplication.translate("ClientView", "{level} (now {current})").format(
            level=text, current=level_text(conviction.current_level).lower()
        )
    return text


def language_text(language: Language) -> str:
    return {
        Language.ENGLISH: QCoreApplication.translate("ClientView", "English"),
        Language.SPANISH: QCoreApplication.translate("ClientView", "Spanish"),
    }[language]


def record_source_text(source: RecordSource | None) -> str:
    if source is None:
        return QCoreApplication.translate("ClientView", "Not recorded")
    return {
        RecordSource.CLIENT_MEMORY: QCoreApplication.translate("ClientView", "Client's memory"),
        RecordSource.DOJ_RECORD_REVIEW: QCoreApplication.translate(
            "ClientView", "DOJ record review"
        ),
        RecordSource.COURT_PRINTOUT: QCoreApplication.translate("ClientView", "Court printout"),
        RecordSource.OTHER: QCoreApplication.translate("ClientView", "Other"),
    }[source]


def disposition_text(arrest: Arrest) -> str:
    words = {
        ArrestDisposition.NO_CHARGES: QCoreApplication.translate("ClientView", "No charges filed"),
        ArrestDisposition.DISMISSED: QCoreApplication.translate("ClientView", "Dismissed"),
        ArrestDisposition.ACQUITTED: QCoreApplication.translate("ClientView", "Acquitted"),
        ArrestDisposition.DIVERSION_COMPLETED: QCoreApplication.translate(
            "ClientView", "Diversion completed"
        ),
        ArrestDisposition.CONVICTED: QCoreApplication.translate("ClientView", "Convicted"),
    }[arrest.disposition]
    if arrest.disposition_date is not None:
        words = QCoreApplication.translate("ClientView", "{disposition} on {date}").format(
            disposition=words, date=arrest.disposition_date.isoformat()
        )
    return words


def _days_in_jail(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("ClientView", "1 day in jail")
    return QCoreApplication.translate("ClientView", "{days} days in jail").format(days=days)


def _with_completion(text: str, completed: date | None) -> str:
    if completed is None:
        return QCoreApplication.translate(
            "ClientView", "{sentence}, completion not recorded"
        ).format(sentence=text)
    return QCoreApplication.translate("ClientView", "{sentence}, completed {date}").format(
        sentence=text, date=completed.isoformat()
    )


def sentence_summary(sentence: Sentence) -> str:
    """One line a volunteer can read aloud: "Probation until 2017-09-15; 30 days in jail",
    "State prison, completed 2015-03-01"."""
    pieces: list[str] = []
    if sentence.probation_granted:
        end = sentence.probation_end_date
        if sentence.probation_revoked:
            pieces.append(QCoreApplication.translate("ClientView", "Probation revoked"))
        elif end is None:
            pieces.append(
                QCoreApplication.translate("ClientView", "Probation, end date not recorded")
            )
        elif sentence.probation_terminated_early:
            pieces.append(
                QCoreApplication.translate("ClientView", "Probation ended early on {date}").format(
                    date=end.isoformat()
                )
            )
        else:
            pieces.append(
                QCoreApplication.translate("ClientView", "Probation until {date}").format(
                    date=end.isoformat()
                )
            )
        if sentence.probation_violated:
            pieces.append(QCoreApplication.translate("ClientView", "violation recorded"))
    custody = {
        PrisonSentence.STATE_PRISON: QCoreApplication.translate("ClientView", "State prison"),
        PrisonSentence.COUNTY_JAIL_1170H_STRAIGHT: QCoreApplication.translate(
            "ClientView", "County jail, PC 1170(h) full term"
        ),
        PrisonSentence.COUNTY_JAIL_1170H_SPLIT: QCoreApplication.translate(
            "ClientView", "County jail, PC 1170(h) split sentence"
        ),
    }.get(sentence.prison)
    if custody is not None:
        pieces.append(_with_completion(custody, sentence.sentence_completed_date))
    elif not sentence.probation_granted:
        base = (
            _days_in_jail(sentence.jail_days)
            if sentence.jail_days
            else QCoreApplication.translate("ClientView", "Sentenced without probation")
        )
        pieces.append(_with_completion(base, sentence.sentence_completed_date))
    if sentence.probation_granted and sentence.jail_days:
        pieces.append(_days_in_jail(sentence.jail_days))
    if sentence.supervision_end_date is not None:
        pieces.append(
            QCoreApplication.translate("ClientView", "supervision until {date}").format(
                date=sentence.supervision_end_date.isoformat()
            )
        )
    return "; ".join(pieces)


def person_fact_rows(client: Client) -> list[tuple[str, str]]:
    """The person-level facts as (question, Yes/No/Unknown) pairs, in the intake's order."""
    person = client.person
    return [
        (
            QCoreApplication.translate("ClientView", "Must register under PC 290"),
            yes_no_unknown(person.registered_290),
        ),
        (
            QCoreApplication.translate(
                "ClientView", "Prior conviction requiring PC 290(c) registration"
            ),
            yes_no_unknown(person.prior_290c_conviction),
        ),
        (
            QCoreApplication.translate("ClientView", "Pending charges"),
            yes_no_unknown(person.pending_charges),
        ),
        (
            QCoreApplication.translate("ClientView", "Currently serving a sentence"),
            yes_no_unknown(person.currently_serving_sentence),
        ),
        (
            QCoreApplication.translate("ClientView", "On probation, parole or supervision"),
            yes_no_unknown(person.on_probation_or_parole),
        ),
        (
            QCoreApplication.translate("ClientView", "Prior “super strike” conviction"),
            yes_no_unknown(person.prior_super_strike),
        ),
        (
            QCoreApplication.translate("ClientView", "Trafficking survivor"),
            yes_no_unknown(person.trafficking_survivor),
        ),
        (
            QCoreApplication.translate("ClientView", "Immigration concern"),
            yes_no_unknown(person.immigration_concern),
        ),
    ]


def conviction_rows(convictions: Sequence[Conviction]) -> list[list[str]]:
    """Case, offense, dates, sentence: four columns of two lines, so the table stays readable
    in a narrow pane or at a large font, where seven single-line columns would not fit."""
    return [
        [
            f"{c.case_number}\n{c.county}",
            f"{c.code}\n{conviction_level_text(c)}",
            QCoreApplication.translate("ClientView", "Offense {date}").format(
                date=c.offense_date.isoformat()
            )
            + "\n"
            + QCoreApplication.translate("ClientView", "Convicted {date}").format(
                date=c.conviction_date.isoformat()
            ),
            sentence_summary(c.sentence),
        ]
        for c in convictions
    ]


def arrest_rows(arrests: Sequence[Arrest]) -> list[list[str]]:
    return [
        [a.arrest_date.isoformat(), a.code, level_text(a.level), disposition_text(a)]
        for a in arrests
    ]


# --- widgets ------------------------------------------------------------------------------


class RecordTable(QTableWidget):
    """A read-only table as tall as its rows, so the page scrolls instead of the table.

    Columns are laid out like an HTML table: each gets its natural width when they all fit;
    when they do not (a narrow pane, a large font), the columns with the most text give up
    width first and wrap, down to their longest word. Nothing is cut off or hidden behind a
    horizontal scroll bar unless even single words cannot fit.
    """

    def __init__(self, columns: int, parent: QWidget) -> None:
        super().__init__(0, columns, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(8)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._refit_pending = False

    def set_titles(self, headers: Sequence[str], accessible_name: str) -> None:
        """Column titles and the table's name (again after a language switch)."""
        self.setHorizontalHeaderLabels(list(headers))
        self.setAccessibleName(accessible_name)
        if self.rowCount():
            # Titles of another length may need other widths. (Not while empty: set_rows
            # fits it, and resizing the sections of a never-fitted header corrupts its length.)
            self._schedule_refit()

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.clearContents()
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.setItem(r, c, item)
        self._refit()

    def _schedule_refit(self) -> None:
        # Section widths settle after the resize event; wrap rows once they have.
        if not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self, self._refit)  # dropped if the table is deleted

    def _refit(self) -> None:
        self._refit_pending = False
        available = self.viewport().width()
        if available > 0 and self.rowCount():
            for column, width in enumerate(self._column_widths(available)):
                self.setColumnWidth(column, width)
        self.horizontalHeader().resizeSections(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setFixedHeight(self._header_height())
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        if self.horizontalScrollBar().maximum() > 0:
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._schedule_refit()

    def _column_widths(self, available: int) -> list[int]:
        """Natural widths if they fit; else cap the widest columns at one level, so the
        columns with the most text wrap first and short ones (dates, codes) keep their line."""
        cell_metrics = self.fontMetrics()
        bold = QFont(self.horizontalHeader().font())
        bold.setBold(True)  # the style draws a highlighted section's title in bold
        header_metrics = QFontMetrics(bold)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        padding = (
            2 * margin + 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 6
        )
        natural: list[int] = []
        minimal: list[int] = []
        for column in range(self.columnCount()):
            title_item = self.horizontalHeaderItem(column)
            texts = [(header_metrics, title_item.text() if title_item else "")]
            for row in range(self.rowCount()):
                item = self.item(row, column)
                if item is not None:
                    texts.append((cell_metrics, item.text()))
            lines = [(fm, line) for fm, text in texts for line in text.splitlines() or [""]]
            words = [(fm, word) for fm, line in lines for word in line.split() or [""]]
            natural.append(max(fm.horizontalAdvance(line) for fm, line in lines) + padding)
            minimal.append(max(fm.horizontalAdvance(word) for fm, word in words) + padding)
        if sum(natural) <= available:
            widths = natural
        else:
            low, high = 0, max(natural)
            while low < high:  # the largest cap at which everything still fits
                cap = (low + high + 1) // 2
                fits = sum(min(n, max(m, cap)) for n, m in zip(natural, minimal, strict=True))
                if fits <= available:
                    low = cap
                else:
                    high = cap - 1
            widths = [min(n, max(m, low)) for n, m in zip(natural, minimal, strict=True)]
        if sum(widths) < available:
            widths[-1] += available - sum(widths)
        return widths

    def _header_height(self) -> int:
        bold = QFont(self.horizontalHeader().font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        lines = 1
        for column in range(self.columnCount()):
            item = self.horizontalHeaderItem(column)
            if item is None:
                continue
            width = max(self.columnWidth(column) - 2 * margin, 1)
            rect = metrics.boundingRect(
                0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), item.text()
            )
            lines = max(lines, -(-rect.height() // metrics.lineSpacing()))
        return lines * metrics.lineSpacing() + 2 * margin + 4


class FactsGrid(QWidget):
    """Caption and value pairs under a heading; both wrap, so a long caption never pushes
    its value out of sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _heading_label("", self)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self._rows: list[tuple[QLabel, QLabel]] = []

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        for caption, value in self._rows:
            caption.deleteLater()
            value.deleteLater()
        self._rows = []
        for row, (caption_text, value_text) in enumerate(rows):
            caption = QLabel(
                QCoreApplication.translate("ClientView", "{caption}:").format(caption=caption_text),
                self,
            )
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = QLabel(value_text, self)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value.setAccessibleName(caption_text)
            caption.setBuddy(value)
            self._grid.addWidget(caption, row, 0)
            self._grid.addWidget(value, row, 1)
            self._rows.append((caption, value))

    def values(self) -> dict[str, str]:
        """Caption (without the colon) to value, as shown."""
        return {value.accessibleName(): value.text() for _caption, value in self._rows}


class _Columns(QWidget):
    """Two sections side by side when there is room, one above the other when not."""

    def __init__(self, first: QWidget, second: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first, self._second = first, second
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(24)
        self._layout.addWidget(first, 1)
        self._layout.addWidget(second, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = (
            self._first.sizeHint().width()
            + self._second.sizeHint().width()
            + self._layout.spacing()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= needed
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)


def _heading_label(text: str, parent: QWidget, scale: float = 1.15) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class ClientView(QWidget):
    """Shows one `Client` read-only; `set_client(None)` shows the empty state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client: Client | None = None
        self._message: str | None = None  # a caller's sentence in place of the record

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setMargin(24)  # normal text colour: greyed-out text is hard to read

        self.record_area = QScrollArea(self)
        self.record_area.setWidgetResizable(True)
        self.record_area.setFrameShape(QFrame.Shape.NoFrame)
        self.record_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows scroll the record
        self.record_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        self.record_area.setWidget(page)
        self._build_page(page)

        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(self.record_area)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language, the shown record's included."""
        self.setAccessibleName(self.tr("Client record"))
        self.empty_label.setAccessibleName(self.tr("No client selected"))
        if self._message is None:
            self.empty_label.setText(self.tr("Select a client in the list to see their record."))
        self.details.heading.setText(self.tr("Client"))
        self.facts.heading.setText(self.tr("Facts about the person"))
        self.convictions_table.set_titles(
            [self.tr("Case"), self.tr("Offense"), self.tr("Dates"), self.tr("Sentence")],
            self.tr("Convictions"),
        )
        self.no_convictions_label.setText(self.tr("No convictions recorded."))
        self.arrests_table.set_titles(
            [self.tr("Arrest date"), self.tr("Code"), self.tr("Level"), self.tr("Disposition")],
            self.tr("Arrests"),
        )
        self.no_arrests_label.setText(self.tr("No arrests recorded."))
        if self.client is not None:
            self._fill(self.client)

    # --- public -------------------------------------------------------------------------

    def set_client(self, client: Client | None) -> None:
        self.client = client
        self._message = None
        if client is None:
            self.empty_label.setText(self.tr("Select a client in the list to see their record."))
            self._stack.setCurrentWidget(self.empty_label)
            return
        self._fill(client)
        self._stack.setCurrentWidget(self.record_area)
        self.record_area.verticalScrollBar().setValue(0)

    def show_message(self, text: str) -> None:
        """Replace the record by a sentence ("Loading…"), e.g. while a client loads."""
        self.client = None
        self._message = text  # already in the caller's language: kept as it is
        self.empty_label.setText(text)
        self._stack.setCurrentWidget(self.empty_label)

    def is_showing_client(self) -> bool:
        return self._stack.currentWidget() is self.record_area

    def focus_record(self) -> None:
        """Move keyboard focus into the record, so arrows and Page Down scroll it."""
        if self.is_showing_client():
            self.record_area.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building -----------------------------------------------------------------------

    def _build_page(self, page: QWidget) -> None:
        self.name_label = _heading_label("", page, scale=1.5)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setObjectName("clientName")

        self.other_names_label = QLabel(page)
        self.other_names_label.setWordWrap(True)
        self.other_names_label.setTextFormat(Qt.TextFormat.PlainText)

        self.details = FactsGrid(page)
        self.facts = FactsGrid(page)
        self.columns = _Columns(self.details, self.facts, page)

        self.convictions_heading = _heading_label("", page)
        self.convictions_table = RecordTable(4, page)
        self.no_convictions_label = QLabel(page)

        self.arrests_heading = _heading_label("", page)
        self.arrests_table = RecordTable(4, page)
        self.no_arrests_label = QLabel(page)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(6)
        layout.addWidget(self.name_label)
        layout.addWidget(self.other_names_label)
        layout.addSpacing(8)
        layout.addWidget(self.columns)
        layout.addSpacing(12)
        layout.addWidget(self.convictions_heading)
        layout.addWidget(self.convictions_table)
        layout.addWidget(self.no_convictions_label)
        layout.addSpacing(12)
        layout.addWidget(self.arrests_heading)
        layout.addWidget(self.arrests_table)
        layout.addWidget(self.no_arrests_label)
        layout.addStretch(1)

    def _fill(self, client: Client) -> None:
        self.name_label.setText(client.display_name)
        self.record_area.setAccessibleName(
            self.tr("Record of {name}").format(name=client.display_name)
        )
        if client.other_names:
            self.other_names_label.setText(
                self.tr("Also known as: {names}").format(names=", ".join(client.other_names))
            )
            self.other_names_label.show()
        else:
            self.other_names_label.hide()

        not_recorded = self.tr("Not recorded")
        contact = client.contact
        details = [
            (self.tr("Date of birth"), format_date(client.person.date_of_birth)),
            (self.tr("Preferred language"), language_text(client.preferred_language)),
            (self.tr("Phone"), contact.phone or not_recorded),
            (self.tr("Email"), contact.email or not_recorded),
            (self.tr("Mailing address"), contact.mailing_address or not_recorded),
            (self.tr("Consent to contact"), yes_no_unknown(client.consent_to_contact)),
            (self.tr("Record source"), record_source_text(client.record_source)),
        ]
        if client.notes.strip():
            details.append((self.tr("Notes"), client.notes.strip()))
        self.details.set_rows(details)
        self.facts.set_rows(person_fact_rows(client))

        self.convictions_heading.setText(
            self.tr("Convictions ({count})").format(count=len(client.convictions))
        )
        self.convictions_table.set_rows(conviction_rows(client.convictions))
        self.convictions_table.setVisible(bool(client.convictions))
        self.no_convictions_label.setVisible(not client.convictions)

        self.arrests_heading.setText(self.tr("Arrests ({count})").format(count=len(client.arrests)))
        self.arrests_table.set_rows(arrest_rows(client.arrests))
        self.arrests_table.setVisible(bool(client.arrests))
        self.no_arrests_label.setVisible(not client.arrests)
