"""The convictions and arrests read from a DOJ record, as an editable table.

Each cell is one `Field` of a `ParsedConviction` or `ParsedArrest`: it knows the line of the
record it came from (the import dialog shows that line beside the table), and an empty cell
that the rules need is coloured and says so, because the record did not show that fact. A
correction replaces the field and keeps its line, so the volunteer can still see where the
original came from.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum, auto
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from clinic_app.core.intake import parse_date
from clinic_app.core.messages import message
from clinic_app.core.model import Level, PrisonSentence
from clinic_app.core.rapsheet import CountDisposition, Field, ParsedArrest, ParsedConviction
from clinic_app.ui.intake.fields import no_word, not_answered_word, yes_word
from clinic_app.ui.language import ui_language

_Index = QModelIndex | QPersistentModelIndex
Parsed = TypeVar("Parsed", ParsedConviction, ParsedArrest)
Choices = list[tuple[object, str]]

LINE_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's line a cell came from (int or None)
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2  # a choice column's (value, label) pairs
MISSING_COLOUR = QColor("#f8d7da")  # a fact the rules need and the record did not show
CORRECTED_COLOUR = QColor("#d4edda")  # typed by the volunteer
CORRECTED = "corrected by the volunteer"


class Kind(Enum):
    TEXT = auto()
    DATE = auto()
    WHOLE_NUMBER = auto()
    CHOICE = auto()


def _level_choices() -> Choices:
    return [
        (Level.FELONY, QCoreApplication.translate("ImportTable", "Felony")),
        (Level.MISDEMEANOR, QCoreApplication.translate("ImportTable", "Misdemeanor")),
        (Level.INFRACTION, QCoreApplication.translate("ImportTable", "Infraction")),
    ]


def _yes_no() -> Choices:
    return [(True, yes_word()), (False, no_word())]


def _custody_choices() -> Choices:
    return [(p, message(f"intake.custody.{p.value}", ui_language())) for p in PrisonSentence]


def _disposition_choices() -> Choices:
    return [
        (CountDisposition.DISMISSED, QCoreApplication.translate("ImportTable", "Dismissed")),
        (CountDisposition.ACQUITTED, QCoreApplication.translate("ImportTable", "Found not guilty")),
        (
            CountDisposition.PROSECUTOR_REJECTED,
            QCoreApplication.translate("ImportTable", "No charges filed (prosecutor declined)"),
        ),
        (
            CountDisposition.DETENTION_ONLY,
            QCoreApplication.translate("ImportTable", "Detained only, no charges"),
        ),
        (
            CountDisposition.DIVERSION_COMPLETED,
            QCoreApplication.translate("ImportTable", "Diversion completed"),
        ),
    ]


@dataclass(frozen=True)
class Column:
    """One editable fact: the parsed record's attribute, how it is typed, whether the rules
    cannot go without it, and its heading (a function, so it follows the language)."""

    name: str
    kind: Kind
    required: bool
    heading: Callable[[], str]
    choices: Callable[[], Choices] | None = None


CODE_COLUMN = Column(
    "code", Kind.TEXT, True, lambda: QCoreApplication.translate("ImportTable", "Code")
)
LEVEL_COLUMN = Column(
    "level",
    Kind.CHOICE,
    True,
    lambda: QCoreApplication.translate("ImportTable", "Level"),
    _level_choices,
)
CONVICTION_COLUMNS = (
    Column(
        "case_number",
        Kind.TEXT,
        True,
        lambda: QCoreApplication.translate("ImportTable", "Case number"),
    ),
    Column("county", Kind.TEXT, True, lambda: QCoreApplication.translate("ImportTable", "County")),
    CODE_COLUMN,
    LEVEL_COLUMN,
    Column(
        "offense_date",
        Kind.DATE,
        True,
        lambda: QCoreApplication.translate("ImportTable", "Offense date"),
    ),
    Column(
        "conviction_date",
        Kind.DATE,
        True,
        lambda: QCoreApplication.translate("ImportTable", "Convicted on"),
    ),
    Column(
        "probation_granted",
        Kind.CHOICE,
        True,
        lambda: QCoreApplication.translate("ImportTable", "Probation?"),
        _yes_no,
    ),
    Column(
        "probation_end_date",
        Kind.DATE,
        False,
        lambda: QCoreApplication.translate("ImportTable", "Probation ends"),
    ),
    Column(
        "jail_days",
        Kind.WHOLE_NUMBER,
        False,
        lambda: QCoreApplication.translate("ImportTable", "Jail days"),
    ),
    Column(
        "prison",
        Kind.CHOICE,
        True,
        lambda: QCoreApplication.translate("ImportTable", "Custody"),
        _custody_choices,
    ),
)
ARREST_COLUMNS = (
    Column(
        "arrest_date",
        Kind.DATE,
        True,
        lambda: QCoreApplication.translate("ImportTable", "Arrest date"),
    ),
    CODE_COLUMN,
    LEVEL_COLUMN,
    Column(
        "disposition",
        Kind.CHOICE,
        True,
        lambda: QCoreApplication.translate("ImportTable", "How it ended"),
        _disposition_choices,
    ),
    Column(
        "disposition_date",
        Kind.DATE,
        False,
        lambda: QCoreApplication.translate("ImportTable", "Ended on"),
    ),
)


def _shown(value: object, column: Column) -> str:
    if value is None:
        return ""
    if column.choices is not None:
        return next((label for choice, label in column.choices() if choice == value), str(value))
    if isinstance(value, date):
        return value.strftime("%m/%d/%Y")
    return str(value)


class ImportTable(QAbstractTableModel, Generic[Parsed]):
    """Parsed records with a "use it" tick each; edits build corrected records."""

    problem = Signal(str)  # a typed value that is not one (shown by the dialog)

    USE = 0  # the first column: add this record to the intake?

    def __init__(
        self, records: Sequence[Parsed], columns: Sequence[Column], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.records: list[Parsed] = list(records)
        self.used = [True] * len(self.records)
        self.columns = tuple(columns)

    # --- reading ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns) + 2  # use, facts, line

    @property
    def line_column(self) -> int:
        return len(self.columns) + 1

    def column_of(self, name: str) -> int:
        return next(i for i, column in enumerate(self.columns, start=1) if column.name == name)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.USE:
            return QCoreApplication.translate("ImportTable", "Use")
        if section == self.line_column:
            return QCoreApplication.translate("ImportTable", "Line")
        return self.columns[section - 1].heading()

    def field(self, index: _Index) -> Field[Any] | None:
        if not 1 <= index.column() <= len(self.columns):
            return None
        found: Field[Any] = getattr(
            self.records[index.row()], self.columns[index.column() - 1].name
        )
        return found

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, record = index.row(), self.records[index.row()]
        if index.column() == self.USE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if self.used[row] else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return QCoreApplication.translate("ImportTable", "Add to the intake")
            return None
        if index.column() == self.line_column:
            if role in (Qt.ItemDataRole.DisplayRole, LINE_ROLE):
                return record.line
            return None
        column = self.columns[index.column() - 1]
        found = self.field(index)
        assert found is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return _shown(found.value, column)
        if role == LINE_ROLE:
            return found.line or record.line
        if role == CHOICES_ROLE:
            return column.choices() if column.choices else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(found, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._explanation(found, column)
        return None

    @staticmethod
    def _background(found: Field[Any], column: Column) -> QColor | None:
        if found.value is None and column.required:
            return MISSING_COLOUR
        if found.note == CORRECTED:
            return CORRECTED_COLOUR
        return None

    @staticmethod
    def _explanation(found: Field[Any], column: Column) -> str:
        if found.note == CORRECTED:
            return QCoreApplication.translate(
                "ImportTable", "Corrected by hand. The record printed: {raw}"
            ).format(raw=found.raw or "—")
        if found.value is None:
            if column.required:
                return QCoreApplication.translate(
                    "ImportTable",
                    "The record does not show this, and the rules need it: type it in.",
                )
            return QCoreApplication.translate("ImportTable", "The record does not show this.")
        parts = (
            [QCoreApplication.translate("ImportTable", "As printed: {raw}").format(raw=found.raw)]
            if found.raw
            else []
        )
        if found.note:
            parts.append(found.note)
        return "\n".join(parts)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.USE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.line_column:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    # --- correcting ---------------------------------------------------------------------

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if index.column() == self.USE and role == Qt.ItemDataRole.CheckStateRole:
            self.used[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [role])
            return True
        found = self.field(index)
        if found is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column() - 1]
        try:
            typed = self._typed(value, column)
        except ValueError:
            if column.kind is Kind.DATE:
                problem = QCoreApplication.translate(
                    "ImportTable", "“{text}” is not a date (MM/DD/YYYY)."
                )
            else:
                problem = QCoreApplication.translate(
                    "ImportTable", "“{text}” is not a whole number."
                )
            self.problem.emit(problem.format(text=value))
            return False
        if typed == found.value:
            return True
        corrected: Field[Any] = Field(value=typed, line=found.line, raw=found.raw, note=CORRECTED)
        row = index.row()
        changes: dict[str, Any] = {column.name: corrected}
        self.records[row] = dataclasses.replace(self.records[row], **changes)
        self.dataChanged.emit(index, index)
        return True

    @staticmethod
    def _typed(value: Any, column: Column) -> object:
        if column.kind is Kind.CHOICE:
            # Qt hands a StrEnum back as plain text: return the choice itself.
            assert column.choices is not None
            return next((choice for choice, _ in column.choices() if choice == value), None)
        text = str(value or "").strip()
        if not text:
            return None
        if column.kind is Kind.DATE:
            return parse_date(text)
        if column.kind is Kind.WHOLE_NUMBER:
            number = int(text)
            if number < 0:
                raise ValueError(text)
            return number
        return text

    def cells_to_fill(self) -> list[QModelIndex]:
        """The empty cells the rules need, in ticked rows: what Add still waits for."""
        return [
            self.index(row, column)
            for row, (record, used) in enumerate(zip(self.records, self.used, strict=True))
            if used
            for column, spec in enumerate(self.columns, start=1)
            if spec.required and getattr(record, spec.name).value is None
        ]

    def chosen(self) -> list[Parsed]:
        return [record for record, used in zip(self.records, self.used, strict=True) if used]

    def retranslate(self) -> None:
        """Headings and choice words follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.records:
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class ChoiceDelegate(QStyledItemDelegate):
    """A list to pick from in the cells of choice columns; plain typing elsewhere."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        editor = QComboBox(parent)
        # First "— choose —": a fact the record does not show must not become the first
        # choice by a stray Enter; choosing it leaves the cell empty.
        editor.addItem(not_answered_word(), None)
        for value, label in choices:
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findText(str(index.data())), 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
