"""Settings: the clinic's details, its attorneys, the default language, the idle lock, and
the court addresses printed on filings.

The clinic's details live in the encrypted store and go through `ui.operations` like every
store call. The court addresses live in `courts.csv` in the app's data folder (a small file
a clinic may also edit by hand): it is read when the settings arrive and written directly on
OK, before the store save. Nothing is saved until OK, and OK stays disabled while an attorney
row lacks a name or a valid, unique State Bar number, because a sign-off is recorded under
that number.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.courts import (
    Court,
    bundled_courts,
    read_courts,
    save_user_courts,
    user_courts_file,
)
from clinic_app.core.errors import ClinicError
from clinic_app.core.model import Language
from clinic_app.core.review import Attorney
from clinic_app.core.settings import ClinicSettings
from clinic_app.ui import errors, operations, translations
from clinic_app.ui.unlock_dialog import InlineError

if TYPE_CHECKING:
    from clinic_app.core.store import Store

MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 240  # ClinicSettings.idle_lock_minutes' bounds

NAME, BAR_NUMBER, EMAIL, PHONE = range(4)  # attorney table columns
COUNTY, STREET, CITY_STATE_ZIP = range(3)  # court table columns

_PROBLEM_BACKGROUND = QBrush(QColor("#fde7ea"))

# Errors reading a hand-edited courts.csv: a missing column (KeyError), a short row (its
# missing cells are None: AttributeError), bad bytes (UnicodeDecodeError is a ValueError),
# a broken quote (csv.Error), an unreadable file (OSError).
_COURTS_FILE_ERRORS = (OSError, ValueError, KeyError, AttributeError, csv.Error)


class _State(Enum):
    LOADING = auto()
    LOAD_FAILED = auto()
    READY = auto()
    SAVING = auto()


class ProblemKind(Enum):
    NAME_MISSING = auto()
    BAR_NUMBER_MISSING = auto()
    BAR_NUMBER_NOT_DIGITS = auto()
    BAR_NUMBER_REPEATED = auto()


@dataclass(frozen=True)
class AttorneyProblem:
    """The first thing wrong in the attorney table; rows are 0-based table rows."""

    kind: ProblemKind
    row: int
    column: int
    first_row: int = -1  # with BAR_NUMBER_REPEATED: the row that has the number already


def attorney_problem(rows: Sequence[Sequence[str]]) -> AttorneyProblem | None:
    """Check stripped (name, bar number, ...) rows in table order. A row left entirely blank
    is not an attorney and is skipped, so pressing Add does not flag an error at once."""
    seen: dict[str, int] = {}
    for row, cells in enumerate(rows):
        if not any(cells):
            continue
        name, bar_number = cells[NAME], cells[BAR_NUMBER]
        if not name:
            return AttorneyProblem(ProblemKind.NAME_MISSING, row, NAME)
        if not bar_number:
            return AttorneyProblem(ProblemKind.BAR_NUMBER_MISSING, row, BAR_NUMBER)
        if not (bar_number.isascii() and bar_number.isdigit()):
            return AttorneyProblem(ProblemKind.BAR_NUMBER_NOT_DIGITS, row, BAR_NUMBER)
        if bar_number in seen:
            return AttorneyProblem(
                ProblemKind.BAR_NUMBER_REPEATED, row, BAR_NUMBER, first_row=seen[bar_number]
            )
        seen[bar_number] = row
    return None


def current_courts() -> dict[str, Court]:
    """Every bundled court with the clinic's own rows laid over it, keyed like
    `read_courts` (what `court_for` would answer for each county)."""
    courts = dict(bundled_courts())
    path = user_courts_file()
    if path.exists():
        courts.update(read_courts(path))
    return courts


def _read_only_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return "" if item is None else item.text().strip()


def _grid_table(parent: QWidget, columns: int) -> QTableWidget:
    """A table that is one stop in the Tab order: arrows move between cells, typing starts
    editing, and Tab inside an open cell goes on to the next cell."""
    table = QTableWidget(0, columns, parent)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class SettingsDialog(QDialog):
    """Edit the clinic's settings; `saved` carries the new `ClinicSettings` after OK."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._state = _State.LOADING
        self._settings: ClinicSettings | None = None
        self._courts: list[Court] | None = None  # as loaded; None while unknown or unreadable
        self._courts_unreadable = False
        self._problem: AttorneyProblem | None = None
        self.setModal(True)
        self.resize(760, 560)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_clinic_page(), "")
        self.tabs.addTab(self._build_attorneys_page(), "")
        self.tabs.addTab(self._build_language_page(), "")
        self.tabs.addTab(self._build_courts_page(), "")

        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self._chain_tab_order()
        self.retranslate_ui()  # also shows "Loading…" with the inputs disabled
        self.clinic_name.setFocus()
        operations.load_settings(store, self._loaded, self._load_failed)

    # --- building -----------------------------------------------------------------------

    def _build_clinic_page(self) -> QWidget:
        page = QWidget(self)
        self.clinic_name = QLineEdit(page)
        self.street = QLineEdit(page)
        self.city_state_zip = QLineEdit(page)
        self.phone = QLineEdit(page)
        self.email = QLineEdit(page)
        self.clinic_name_label = QLabel(page)
        self.street_label = QLabel(page)
        self.city_state_zip_label = QLabel(page)
        self.phone_label = QLabel(page)
        self.email_label = QLabel(page)
        self.clinic_intro = QLabel(page)
        self.clinic_intro.setWordWrap(True)
        form = QFormLayout()
        for label, field in self._clinic_rows():
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(page)
        layout.addWidget(self.clinic_intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _clinic_rows(self) -> list[tuple[QLabel, QLineEdit]]:
        return [
            (self.clinic_name_label, self.clinic_name),
            (self.street_label, self.street),
            (self.city_state_zip_label, self.city_state_zip),
            (self.phone_label, self.phone),
            (self.email_label, self.email),
        ]

    def _build_attorneys_page(self) -> QWidget:
        page = QWidget(self)
        self.attorneys_label = QLabel(page)
        self.attorneys_label.setWordWrap(True)
        self.attorneys = _grid_table(page, 4)
        self.attorneys_label.setBuddy(self.attorneys)
        self.attorney_error = InlineError(page)
        self.add_button = QPushButton(page)
        self.remove_button = QPushButton(page)
        self.add_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        self.attorneys_hint = QLabel(page)
        self.attorneys_hint.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.attorneys_label)
        layout.addWidget(self.attorneys, 1)
        layout.addWidget(self.attorney_error)
        layout.addLayout(buttons)
        layout.addWidget(self.attorneys_hint)

        self.attorneys.itemChanged.connect(self._validate)
        self.attorneys.currentCellChanged.connect(self._update_remove)
        self.add_button.clicked.connect(self.add_attorney)
        self.remove_button.clicked.connect(self.remove_attorney)
        return page

    def _build_language_page(self) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        # Each language under its own name (not translated), as in the main window's menu.
        for code, name in translations.LANGUAGE_NAMES.items():
            self.language.addItem(name, Language(code))
        self.language_label = QLabel(page)
        self.language_label.setBuddy(self.language)
        self.idle_minutes = QSpinBox(page)
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_label = QLabel(page)
        self.idle_label.setBuddy(self.idle_minutes)
        self.idle_hint = QLabel(page)
        self.idle_hint.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language)
        form.addRow(self.idle_label, self.idle_minutes)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.idle_hint)
        layout.addStretch(1)
        return page

    def _build_courts_page(self) -> QWidget:
        page = QWidget(self)
        self.courts_note = QLabel(page)
        self.courts_note.setWordWrap(True)
        self.courts_label = QLabel(page)
        self.courts = _grid_table(page, 3)
        self.courts.horizontalHeader().setSectionResizeMode(
            COUNTY, QHeaderView.ResizeMode.ResizeToContents
        )
        self.courts_label.setBuddy(self.courts)
        self.courts_hint = QLabel(page)
        self.courts_hint.setWordWrap(True)
        self.courts_error = InlineError(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.courts_note)
        layout.addWidget(self.courts_label)
        layout.addWidget(self.courts, 1)
        layout.addWidget(self.courts_error)
        layout.addWidget(self.courts_hint)
        return page

    def _inputs(self) -> list[QWidget]:
        """Every input, in Tab order (the tab bar comes first, the buttons last)."""
        return [
            *(field for _, field in self._clinic_rows()),
            self.attorneys,
            self.add_button,
            self.remove_button,
            self.language,
            self.idle_minutes,
            self.courts,
        ]

    def _chain_tab_order(self) -> None:
        chain = [self.tabs.tabBar(), *self._inputs(), self.ok_button, self.cancel_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # --- translation --------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings — Clean Slate Desk"))
        self.tabs.setTabText(0, self.tr("&Clinic"))
        self.tabs.setTabText(1, self.tr("A&ttorneys"))
        self.tabs.setTabText(2, self.tr("&Language and security"))
        self.tabs.setTabText(3, self.tr("C&ourts"))

        self.clinic_intro.setText(
            self.tr("The clinic's name and address print on petitions and on letters to clients.")
        )
        self.clinic_name_label.setText(self.tr("Clinic &name:"))
        self.street_label.setText(self.tr("&Street:"))
        self.city_state_zip_label.setText(self.tr("C&ity, state, ZIP:"))
        self.phone_label.setText(self.tr("&Phone:"))
        self.email_label.setText(self.tr("&Email:"))

        self.attorneys_label.setText(self.tr("Attorne&ys who review decisions and sign petitions:"))
        self.attorneys.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("State Bar number"), self.tr("Email"), self.tr("Phone")]
        )
        self.attorneys.setAccessibleName(self.tr("Attorneys"))
        self.add_button.setText(self.tr("&Add attorney"))
        self.remove_button.setText(self.tr("&Remove attorney"))
        self.attorneys_hint.setText(
            self.tr(
                "Name and State Bar number are required; the number is digits only. Arrow "
                "keys move between cells, typing edits a cell, Enter finishes it."
            )
        )

        self.language_label.setText(self.tr("Default lan&guage:"))
        self.idle_label.setText(self.tr("Loc&k after this many minutes idle:"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after this many minutes idle"))
        self.idle_hint.setText(
            self.tr(
                "When nobody uses the app for this long it locks, so a client's record is "
                "not left open on an unattended screen. The passphrase unlocks it."
            )
        )

        self.courts_note.setText(
            self.tr(
                "Each county's superior court address prints on forms CR-409 and CR-410 and "
                "in pleading captions. A blank address prints as a blank line, to fill in by "
                "hand. These addresses are saved on this computer, in the file courts.csv in "
                "the app's data folder, not in the client database."
            )
        )
        self.courts_note.setToolTip(str(user_courts_file()))
        self.courts_label.setText(self.tr("Court a&ddresses:"))
        self.courts.setHorizontalHeaderLabels(
            [self.tr("County"), self.tr("Street"), self.tr("City, state, ZIP")]
        )
        self.courts.setAccessibleName(self.tr("Court addresses"))
        self.courts_hint.setText(
            self.tr(
                "Type a county's first letters in the County column to jump to it. Arrow "
                "keys move between cells, typing edits a cell, Enter finishes it."
            )
        )
        self._update_courts_error()
        self._update_state()
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- public -------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Loading or saving: the inputs are disabled until the store answers."""
        return self._state in (_State.LOADING, _State.SAVING)

    def error_text(self) -> str:
        """The attorney table's inline problem, or "" when none is shown."""
        return "" if self.attorney_error.isHidden() else self.attorney_error.label.text()

    def add_attorney(self) -> None:
        """Add a blank row and start typing the name in it."""
        name = self._append_attorney_row(["", "", "", ""])[NAME]
        self.attorneys.setCurrentItem(name)
        self.attorneys.setFocus()
        self.attorneys.editItem(name)

    def remove_attorney(self) -> None:
        row = self.attorneys.currentRow()
        if row < 0:
            return
        self.attorneys.removeRow(row)
        self._validate()
        self._update_remove()
        if self.attorneys.rowCount():
            self.attorneys.setFocus()

    def settings(self) -> ClinicSettings:
        """The settings as typed (call only when OK is enabled: the attorneys are valid)."""
        assert self._settings is not None
        attorneys = tuple(
            Attorney(
                name=cells[NAME],
                bar_number=cells[BAR_NUMBER],
                email=cells[EMAIL],
                phone=cells[PHONE],
            )
            for cells in self._attorney_rows()
            if any(cells)
        )
        changes = {
            "clinic_name": self.clinic_name.text(),
            "street": self.street.text(),
            "city_state_zip": self.city_state_zip.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "attorneys": attorneys,
            "default_language": self.language.currentData(),
            "idle_lock_minutes": self.idle_minutes.value(),
        }
        # Through the dict, so a field this dialog does not show yet survives the save.
        return ClinicSettings.model_validate(self._settings.model_dump() | changes)

    def typed_courts(self) -> list[Court]:
        return [
            Court(
                _cell(self.courts, row, COUNTY),
                _cell(self.courts, row, STREET),
                _cell(self.courts, row, CITY_STATE_ZIP),
            )
            for row in range(self.courts.rowCount())
        ]

    def save(self) -> None:
        """Write the court addresses if they changed, then save the settings in a worker;
        the dialog closes when the store has them."""
        if self._state is not _State.READY or self._problem is not None:
            return
        settings = self.settings()
        courts = self.typed_courts()
        if self._courts is not None and courts != self._courts:
            try:
                save_user_courts(courts)
            except ClinicError as exc:  # CannotWrite, DiskFull: the dialog stays open
                errors.show_error(exc, self)
                return
            self._courts = courts
        self._set_state(_State.SAVING)
        operations.save_settings(
            self.store, settings, lambda _: self._saved(settings), self._save_failed
        )

    def reject(self) -> None:
        """Cancel discards the edits; while the store is saving, wait for it (milliseconds)
        rather than report a cancel that did not happen."""
        if self._state is _State.SAVING:
            return
        super().reject()

    # --- worker results -----------------------------------------------------------------

    def _loaded(self, settings: ClinicSettings) -> None:
        self._settings = settings
        values = (
            settings.clinic_name,
            settings.street,
            settings.city_state_zip,
            settings.phone,
            settings.email,
        )
        for (_, field), value in zip(self._clinic_rows(), values, strict=True):
            field.setText(value)
        self.attorneys.setRowCount(0)
        for attorney in settings.attorneys:
            self._append_attorney_row(
                [attorney.name, attorney.bar_number, attorney.email, attorney.phone]
            )
        self.language.setCurrentIndex(self.language.findData(settings.default_language))
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        courts_failure = self._fill_courts()
        self._set_state(_State.READY)
        self._validate()
        self._update_remove()
        self.clinic_name.setFocus()
        if courts_failure is not None:
            errors.show_error(courts_failure, self)

    def _load_failed(self, exc: BaseException) -> None:
        self._set_state(_State.LOAD_FAILED)
        errors.show_error(exc, self)

    def _saved(self, settings: ClinicSettings) -> None:
        self._settings = settings
        self._set_state(_State.READY)
        self.saved.emit(settings)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._set_state(_State.READY)
        errors.show_error(exc, self)

    # --- helpers ------------------------------------------------------------------------

    def _fill_courts(self) -> BaseException | None:
        """Show every county's court. If the clinic's courts.csv cannot be read, show the
        bundled rows read-only and return the error: OK then leaves the file alone, for the
        clinic to fix."""
        failure: BaseException | None = None
        try:
            courts = current_courts()
        except _COURTS_FILE_ERRORS as exc:
            failure, courts = exc, bundled_courts()
        shown = sorted(courts.values(), key=lambda court: court.county.casefold())
        self._courts = None if failure else shown
        self._courts_unreadable = failure is not None
        self.courts.setEnabled(not self._courts_unreadable)
        self._update_courts_error()
        self.courts.setRowCount(len(shown))
        for row, court in enumerate(shown):
            self.courts.setItem(row, COUNTY, _read_only_item(court.county))
            self.courts.setItem(row, STREET, QTableWidgetItem(court.street))
            self.courts.setItem(row, CITY_STATE_ZIP, QTableWidgetItem(court.city_state_zip))
        # On the county, without selecting it: typing a county's first letters jumps to it.
        self.courts.setCurrentCell(0, COUNTY, QItemSelectionModel.SelectionFlag.NoUpdate)
        return failure

    def _append_attorney_row(self, cells: list[str]) -> list[QTableWidgetItem]:
        row = self.attorneys.rowCount()
        self.attorneys.insertRow(row)
        items = [QTableWidgetItem(text) for text in cells]
        for column, item in enumerate(items):
            self.attorneys.setItem(row, column, item)
        return items

    def _attorney_rows(self) -> list[list[str]]:
        return [
            [_cell(self.attorneys, row, column) for column in range(self.attorneys.columnCount())]
            for row in range(self.attorneys.rowCount())
        ]

    def _validate(self) -> None:
        """Show the attorney table's first problem beside it and mark its cell."""
        self._problem = attorney_problem(self._attorney_rows())
        self.attorneys.blockSignals(True)  # repainting a cell is not an edit
        try:
            for row in range(self.attorneys.rowCount()):
                for column in range(self.attorneys.columnCount()):
                    item = self.attorneys.item(row, column)
                    if item is not None:
                        item.setBackground(QBrush())
            problem = self._problem
            if problem is not None:
                item = self.attorneys.item(problem.row, problem.column)
                if item is not None:
                    item.setBackground(_PROBLEM_BACKGROUND)
        finally:
            self.attorneys.blockSignals(False)
        if self._problem is None:
            self.attorney_error.clear()
        else:
            self.attorney_error.show_message(self._problem_text(self._problem))
        self._update_ok()

    def _problem_text(self, problem: AttorneyProblem) -> str:
        row = problem.row + 1
        texts: dict[ProblemKind, Callable[[], str]] = {
            ProblemKind.NAME_MISSING: lambda: self.tr(
                "Attorney {row}: type the attorney's name."
            ).format(row=row),
            ProblemKind.BAR_NUMBER_MISSING: lambda: self.tr(
                "Attorney {row}: type the State Bar number."
            ).format(row=row),
            ProblemKind.BAR_NUMBER_NOT_DIGITS: lambda: self.tr(
                "Attorney {row}: a State Bar number has digits only, no letters, spaces or dashes."
            ).format(row=row),
            ProblemKind.BAR_NUMBER_REPEATED: lambda: self.tr(
                "Attorneys {first} and {row} have the same State Bar number. Each attorney "
                "needs their own."
            ).format(first=problem.first_row + 1, row=row),
        }
        return texts[problem.kind]()

    def _update_courts_error(self) -> None:
        if not self._courts_unreadable:
            self.courts_error.clear()
            return
        self.courts_error.show_message(
            self.tr(
                "The clinic's courts.csv could not be read, so these addresses cannot be "
                "changed here and OK leaves the file as it is. Correct or delete the file, "
                "then open Settings again."
            )
        )

    def _set_state(self, state: _State) -> None:
        self._state = state
        self._update_state()

    def _update_state(self) -> None:
        ready = self._state is _State.READY
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None:
                page.setEnabled(ready)
        texts = {
            _State.LOADING: self.tr("Loading…"),
            _State.SAVING: self.tr("Saving…"),
            _State.LOAD_FAILED: self.tr("The settings could not be loaded."),
            _State.READY: "",
        }
        self.status.setText(texts[self._state])
        self.status.setAccessibleName(self.status.text())
        if self.is_busy():
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self._state is _State.READY and self._problem is None)

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(self.attorneys.currentRow() >= 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter that finishes a table cell must not also press OK: the cell's text is
        committed only after this event, so OK would save the text from before the edit."""
        editing = any(
            table.state() is QAbstractItemView.State.EditingState
            for table in (self.attorneys, self.courts)
        )
        if editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
