"""Import record: read the client's DOJ record (rap sheet) into the intake.

The volunteer opens a file (a text PDF, a scan or phone photo, a text file) or pastes the
text. Reading runs off the GUI thread, with progress and a cancel, because a photographed
page takes a few seconds to recognise. What was read is then shown beside the record itself:
selecting a cell shows the line it came from; lines that could not be read are marked and
listed, never dropped; empty cells the rules need are coloured. Nothing reaches the intake
until the volunteer has checked it and pressed Add, and then each conviction is decided like
one typed by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.messages import message
from clinic_app.core.model import Arrest, Conviction
from clinic_app.core.rapsheet import ParsedArrest, ParsedConviction, ParsedRecord, RapSheetError
from clinic_app.ui import errors, operations
from clinic_app.ui.confirm import confirmed
from clinic_app.ui.intake.import_table import (
    ARREST_COLUMNS,
    CONVICTION_COLUMNS,
    CORRECTED,
    LINE_ROLE,
    ChoiceDelegate,
    ImportTable,
)
from clinic_app.ui.language import ui_language
from clinic_app.ui.task_progress import TaskProgress

if TYPE_CHECKING:
    from clinic_app.ui.worker import Task

UNREAD_COLOUR = QColor("#ffe0b2")  # a line the reader could not use: look at it
CURRENT_COLOUR = QColor("#cfe2ff")  # the line of the selected cell
FILE_TYPES = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt"
WIDEST_COLUMN = 180  # px: a longer value is elided in the cell and shown whole by its editor


class SourceView(QPlainTextEdit):
    """The record as read, one numbered line per line, with the unread lines marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._unread: set[int] = set()
        self._current: int | None = None

    def set_lines(self, lines: tuple[str, ...], unread: set[int]) -> None:
        width = len(str(len(lines)))
        self.setPlainText(
            "\n".join(f"{number:>{width}} │ {text}" for number, text in enumerate(lines, 1))
        )
        self._unread = unread
        self._current = None
        self._mark()

    def show_line(self, line: int | None) -> None:
        """Scroll to `line` (1-based) and mark it as the one the selected fact came from."""
        self._current = line
        self._mark()
        if line is None:
            return
        block = self.document().findBlockByNumber(line - 1)
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()

    def _mark(self) -> None:
        selections = []
        for line in sorted(self._unread | ({self._current} if self._current else set())):
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(
                CURRENT_COLOUR if line == self._current else UNREAD_COLOUR
            )
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(self.document().findBlockByNumber(line - 1))
            selections.append(selection)
        self.setExtraSelections(selections)


class RecordImportDialog(QDialog):
    """Choose or paste a record, then check what was read and add it to the intake."""

    # list[Conviction], list[Arrest], and whether the record shows a PC 290 registration
    imported = Signal(object, object, bool)

    def __init__(self, parent: QWidget | None = None, *, client_birth: date | None = None) -> None:
        super().__init__(parent)
        self.client_birth = client_birth
        self.parsed: ParsedRecord | None = None
        self.source_name = ""
        self._task: Task | None = None
        self._progress: TaskProgress | None = None
        self.convictions: ImportTable[ParsedConviction] = ImportTable([], CONVICTION_COLUMNS, self)
        self.arrests: ImportTable[ParsedArrest] = ImportTable([], ARREST_COLUMNS, self)
        self.resize(1200, 760)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_choose_page())
        self.pages.addWidget(self._build_check_page())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setVisible(False)
        self.buttons.accepted.connect(self.add_to_intake)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

        for model in (self.convictions, self.arrests):
            model.problem.connect(self.show_problem)
            model.dataChanged.connect(lambda *_args: self._show_tab_counts())
        self.retranslate_ui()
        self.open_button.setFocus()

    # --- building -----------------------------------------------------------------------

    def _build_choose_page(self) -> QWidget:
        page = QWidget(self)
        self.choose_intro = QLabel(page)
        self.choose_intro.setWordWrap(True)
        self.open_button = QPushButton(page)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.choose_file)
        self.paste_label = QLabel(page)
        self.paste_box = QPlainTextEdit(page)
        self.paste_box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.paste_box.setTabChangesFocus(True)  # Tab leaves the box: keyboard alone
        self.paste_label.setBuddy(self.paste_box)
        self.read_pasted_button = QPushButton(page)
        self.read_pasted_button.setAutoDefault(False)
        self.read_pasted_button.clicked.connect(self.read_pasted)
        self.choose_problem = QLabel(page)
        self.choose_problem.setWordWrap(True)
        self.choose_problem.setStyleSheet("color: #a40000; font-weight: bold")
        self.choose_problem.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(page)
        layout.addWidget(self.choose_intro)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.paste_label)
        layout.addWidget(self.paste_box, 1)
        layout.addWidget(self.read_pasted_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.choose_problem)
        return page

    def _build_check_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.birth_warning = QLabel(page)
        self.birth_warning.setWordWrap(True)
        self.birth_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.birth_warning.setStyleSheet("color: #a40000; font-weight: bold")
        self.tabs = QTabWidget(page)
        self.conviction_view = self._table(self.convictions)
        self.arrest_view = self._table(self.arrests)
        self.tabs.addTab(self.conviction_view, "")
        self.tabs.addTab(self.arrest_view, "")
        self.check_problem = QLabel(page)
        self.check_problem.setWordWrap(True)
        self.check_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.check_problem.setStyleSheet("color: #a40000; font-weight: bold")

        self.source_label = QLabel(page)
        self.source = SourceView(page)
        self.source_label.setBuddy(self.source)
        self.unread_label = QLabel(page)
        self.unread = QListWidget(page)
        self.unread.setWordWrap(True)
        self.unread.installEventFilter(self)  # Enter there shows the line, not Add
        self.unread_label.setBuddy(self.unread)
        self.unread.currentItemChanged.connect(self._unread_chosen)

        left = QWidget(page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addWidget(self.check_problem)
        right = QWidget(page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.source_label)
        right_layout.addWidget(self.source, 3)
        right_layout.addWidget(self.unread_label)
        right_layout.addWidget(self.unread, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 500])
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.birth_warning)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Ctrl+L"), page, self.source.setFocus)
        return page

    def _table(self, model: ImportTable[Any]) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setItemDelegate(ChoiceDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        view.selectionModel().currentChanged.connect(self._cell_chosen)
        return view

    # --- words --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import the client's record"))
        self.choose_intro.setText(
            self.tr(
                "Read the client's California DOJ record (rap sheet) instead of typing it: "
                "open the PDF, a scan or a phone photo of its pages, or paste its text below. "
                "Nothing leaves this computer. You check everything before it is added."
            )
        )
        self.open_button.setText(self.tr("&Open a file (PDF, photo, scan or text)…"))
        self.paste_label.setText(self.tr("Or &paste the record's text here:"))
        self.read_pasted_button.setText(self.tr("&Read the pasted text"))
        self.add_button.setText(self.tr("&Add to the intake"))
        self.source_label.setText(self.tr("The &record as read (Ctrl+L):"))
        self.unread_label.setText(self.tr("Lines that could not be read (&unread):"))
        self.unread.setAccessibleName(self.tr("Lines that could not be read"))
        for model in (self.convictions, self.arrests):
            model.retranslate()
        self._show_tab_counts()
        for view in (self.conviction_view, self.arrest_view):
            view.resizeColumnsToContents()  # headings are longer in Spanish
            for column in range(view.model().columnCount()):  # a long custody wording
                view.setColumnWidth(column, min(view.columnWidth(column), WIDEST_COLUMN))
            if view.currentIndex().isValid():
                view.scrollTo(view.currentIndex())  # widths changed: keep the cell in sight
        self.conviction_view.setAccessibleName(self.tr("Convictions read from the record"))
        self.arrest_view.setAccessibleName(self.tr("Arrests read from the record"))
        self._show_summary()

    def _show_tab_counts(self) -> None:
        """Each tab's rows, and the red cells still to fill there: they may be off screen."""
        for tab, model, words in (
            (0, self.convictions, self.tr("Convictions ({count})")),
            (1, self.arrests, self.tr("Arrests ({count})")),
        ):
            text = words.format(count=model.rowCount())
            to_fill = len(model.cells_to_fill())
            if to_fill:
                text += " " + self.tr("(to fill: {count})").format(count=to_fill)
            self.tabs.setTabText(tab, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.unread
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._unread_chosen(self.unread.currentItem())
            self.source.setFocus()
            return True
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        """Cancel, Esc or the close box: corrections typed are lost, so ask first."""
        corrected = any(
            getattr(record, column.name).note == CORRECTED
            for model in (self.convictions, self.arrests)
            for record in model.records
            for column in model.columns
        )
        if corrected and not confirmed(
            self,
            self.tr("Close without adding?"),
            self.tr("The corrections you typed are lost if you close now. Close anyway?"),
        ):
            return
        super().reject()

    def _show_summary(self) -> None:
        parsed = self.parsed
        if parsed is None:
            return
        self.summary.setText(
            self.tr(
                "Read from {source}: {convictions} convictions and {arrests} arrests without a "
                "conviction. Check each row against the record: selecting a cell shows its "
                "line on the right. Red cells are facts the record does not show: type them "
                "in only if you know them (F2 edits a cell), or untick the row. Orange lines "
                "could not be read: many are specks; a real entry among them must be "
                "entered by hand after the import."
            ).format(
                source=self.source_name,
                convictions=len(parsed.convictions),
                arrests=len(parsed.arrests),
            )
        )
        if self.shows_registration():
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "The record shows a PC 290 registration (line {line}): adding it also "
                    "answers Yes to the registration question of step 2."
                ).format(line=parsed.registered_290.line or "?")
            )
        birth = parsed.person.date_of_birth.value
        if birth is not None and self.client_birth is not None and birth != self.client_birth:
            self.birth_warning.setText(
                self.tr(
                    "The record's date of birth is {record}, but the client's is {client}. "
                    "Make sure this is the client's own record before adding it."
                ).format(
                    record=birth.strftime("%m/%d/%Y"), client=self.client_birth.strftime("%m/%d/%Y")
                )
            )
        else:
            self.birth_warning.clear()
        self.birth_warning.setVisible(bool(self.birth_warning.text()))
        self.unread.clear()
        for item in parsed.unread:
            entry = QListWidgetItem(
                self.tr("Line {line}: {text} ({reason})").format(
                    line=item.line, text=item.text.strip(), reason=_reason(item.reason)
                ),
                self.unread,
            )
            entry.setData(LINE_ROLE, item.line)
        if not parsed.unread:
            self.unread.addItem(self.tr("None: every line was read."))

    # --- reading ------------------------------------------------------------------------

    def choose_file(self) -> None:
        """One file, or every page's photo at once (read in name order, as one record)."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open the client's record (select every page)"),
            "",
            self.tr("Records (PDF, photos, scans, text) ({patterns})").format(patterns=FILE_TYPES),
        )
        if paths:
            self.read(sorted(Path(path) for path in paths))

    def read_pasted(self) -> None:
        text = self.paste_box.toPlainText()
        if not text.strip():
            self.choose_problem.setText(self.tr("Paste the record's text first."))
            return
        self.read(text)

    def read(self, source: Sequence[Path] | Path | str) -> Task:
        """Read files (the pages of one record) or pasted text off the GUI thread; the check
        page shows the result."""
        self.choose_problem.clear()
        if isinstance(source, Path):
            source = [source]
        if isinstance(source, str):
            self.source_name = self.tr("the pasted text")
        else:
            self.source_name = ", ".join(path.name for path in source)
        self._progress = TaskProgress(self, self.tr("Reading the record…"), self._cancel)
        self._task = operations.read_record(
            source, on_done=self.show_reading, on_error=self._failed, on_progress=self._progressed
        )
        return self._task

    def _progressed(self, done: int, total: int, key: str) -> None:
        if self._progress is not None:
            self._progress.progressed(done, total, key)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._idle()
        self.choose_problem.setText(self.tr("Stopped. Nothing was read."))

    def _idle(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if isinstance(exc, RapSheetError):  # a sentence the volunteer can act on, in place
            self.choose_problem.setText(errors.describe(exc).message)
            return
        errors.show_error(exc, self)

    def show_reading(self, parsed: ParsedRecord) -> None:
        """What was read, beside the record, ready to check."""
        if self._task is not None and self._task.is_cancelled():
            return
        self._idle()
        self.parsed = parsed
        self.convictions.beginResetModel()
        self.convictions.records = list(parsed.convictions)
        self.convictions.used = [True] * len(parsed.convictions)
        self.convictions.endResetModel()
        self.arrests.beginResetModel()
        self.arrests.records = list(parsed.arrests)
        self.arrests.used = [True] * len(parsed.arrests)
        self.arrests.endResetModel()
        self.source.set_lines(parsed.lines, {item.line for item in parsed.unread})
        self.pages.setCurrentIndex(1)
        self.add_button.setVisible(True)
        self.add_button.setDefault(True)
        self.tabs.setCurrentIndex(0 if parsed.convictions or not parsed.arrests else 1)
        self.retranslate_ui()
        # The first cell to fill, where there is one (it may be scrolled out of sight).
        for tab, view, model in (
            (0, self.conviction_view, self.convictions),
            (1, self.arrest_view, self.arrests),
        ):
            if model.cells_to_fill():
                self.tabs.setCurrentIndex(tab)
                view.setCurrentIndex(model.cells_to_fill()[0])
                view.scrollTo(view.currentIndex())
                break
        view = self.conviction_view if self.tabs.currentIndex() == 0 else self.arrest_view
        view.setFocus()
        if not view.currentIndex().isValid() and view.model().rowCount():
            view.setCurrentIndex(view.model().index(0, 1))

    # --- checking -----------------------------------------------------------------------

    def _cell_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.source.show_line(current.data(LINE_ROLE))

    def _unread_chosen(self, item: QListWidgetItem | None) -> None:
        line = item.data(LINE_ROLE) if item is not None else None
        if line:
            self.source.show_line(int(line))

    def shows_registration(self) -> bool:
        return self.parsed is not None and self.parsed.registered_290.value is True

    def show_problem(self, text: str) -> None:
        self.check_problem.setText(text)

    def add_to_intake(self) -> None:
        """Build the ticked records; any that cannot be used yet stop the import, named by
        row and by the facts it lacks, so the volunteer fixes or unticks them."""
        convictions: list[Conviction] = []
        arrests: list[Arrest] = []
        problems: list[str] = []
        for number, record in enumerate(self.convictions.records, start=1):
            if self.convictions.used[number - 1]:
                self._build(record, number, self.tr("Conviction"), convictions, problems)
        for number, arrest in enumerate(self.arrests.records, start=1):
            if self.arrests.used[number - 1]:
                self._build(arrest, number, self.tr("Arrest"), arrests, problems)
        if problems:
            self.show_problem("\n".join(problems))
            return
        self.imported.emit(convictions, arrests, self.shows_registration())
        self.accept()

    def _build(
        self,
        record: ParsedConviction | ParsedArrest,
        number: int,
        kind: str,
        into: list[Any],
        problems: list[str],
    ) -> None:
        model = self.convictions if isinstance(record, ParsedConviction) else self.arrests
        lacking = {name.removeprefix("sentence.") for name in record.missing()}
        missing = [column.heading() for column in model.columns if column.name in lacking]
        if missing:
            problems.append(
                self.tr("{kind} {number} (line {line}) still needs: {facts}.").format(
                    kind=kind, number=number, line=record.line, facts=", ".join(missing)
                )
            )
            return
        try:
            into.append(
                record.to_conviction()
                if isinstance(record, ParsedConviction)
                else record.to_arrest()
            )
        except RapSheetError as error:
            problems.append(
                self.tr("{kind} {number} (line {line}): {problem}").format(
                    kind=kind,
                    number=number,
                    line=record.line,
                    problem=errors.describe(error).message,
                )
            )


def _reason(reason: str) -> str:
    """An unread line's reason: a message key where the reader gave one, else its words."""
    if reason.startswith("rapsheet."):
        return message(reason, ui_language())
    return reason
