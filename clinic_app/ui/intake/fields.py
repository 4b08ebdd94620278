"""The interview's inputs: each knows its answer key, gives and takes its value as a plain
answer (text, bool, None), and says when the volunteer has confirmed it (left the field,
picked a choice), which is when the interview saves.

Choices are combo boxes, not radio buttons: one Tab stop each, and the keyboard picks with
the arrow keys or the first letter. Dates are typed, never picked from a calendar: court
papers print them and volunteers copy them ("9/15/2014" or "2014-09-15").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from clinic_app.core.intake import parse_date
from clinic_app.core.workflow import Answer


def yes_word() -> str:
    return QCoreApplication.translate("IntakeFields", "Yes")


def no_word() -> str:
    return QCoreApplication.translate("IntakeFields", "No")


def not_sure_word() -> str:
    return QCoreApplication.translate("IntakeFields", "Not sure")


def not_answered_word() -> str:
    return QCoreApplication.translate("IntakeFields", "— choose —")


class TextField(QLineEdit):
    confirmed = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(key)
        self.editingFinished.connect(self.confirmed)

    def answer(self) -> Answer:
        return self.text().strip()

    def set_answer(self, value: Answer) -> None:
        self.setText("" if value is None else str(value))


class DateField(TextField):
    """A typed date; `date_value()` raises ValueError for text that is not one."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.setPlaceholderText("MM/DD/YYYY")
        self.setMaxLength(10)

    def date_value(self) -> date | None:
        return parse_date(self.text())

    def set_date(self, value: date | None) -> None:
        self.setText("" if value is None else value.strftime("%m/%d/%Y"))


class NotesField(QPlainTextEdit):
    """Several lines (a mailing address); confirmed when the field loses focus."""

    confirmed = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(key)
        self.setTabChangesFocus(True)  # Tab leaves the field, as in every other input
        self.setMaximumBlockCount(6)
        lines = self.fontMetrics().lineSpacing()
        self.setFixedHeight(lines * 4 + 2 * self.frameWidth() + 8)  # four lines: an address

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.confirmed.emit()

    def answer(self) -> Answer:
        return self.toPlainText().strip()

    def set_answer(self, value: Answer) -> None:
        self.setPlainText("" if value is None else str(value))


class ChoiceField(QComboBox):
    """A closed list of choices, each an answer value with a (translated) label."""

    confirmed = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(key)
        # Sized by the form, not by its longest choice (a long Spanish label would push the
        # form wider than its column); the open list still shows each choice whole.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.activated.connect(lambda _index: self.confirmed.emit())

    def set_choices(self, choices: Sequence[tuple[Answer, str]]) -> None:
        """(value, label) pairs; keeps the current value across a relabelling."""
        current = self.answer() if self.count() else None
        self.blockSignals(True)
        self.clear()
        for value, label in choices:
            self.addItem(label, value)
        self.blockSignals(False)
        self.set_answer(current)

    def answer(self) -> Answer:
        value = self.currentData()
        return value  # type: ignore[no-any-return]

    def set_answer(self, value: Answer) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class YesNoField(ChoiceField):
    """ "— choose —" / Yes / No, and "Not sure" when the law allows an unknown answer."""

    def __init__(self, key: str, *, allow_unsure: bool = False, parent: QWidget | None = None):
        super().__init__(key, parent)
        self.allow_unsure = allow_unsure
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        choices: list[tuple[Answer, str]] = [
            ("", not_answered_word()),
            ("yes", yes_word()),
            ("no", no_word()),
        ]
        if self.allow_unsure:
            choices.append(("unsure", not_sure_word()))
        self.set_choices(choices)

    def boolean(self) -> bool | None:
        """True / False, or None for not answered or not sure."""
        return {"yes": True, "no": False}.get(str(self.answer()))

    def set_boolean(self, value: bool | None) -> None:
        if value is None:
            self.set_answer("unsure" if self.allow_unsure else "")
        else:
            self.set_answer("yes" if value else "no")

    def answered(self) -> bool:
        return self.answer() != ""


class CheckField(QCheckBox):
    confirmed = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(key)
        self.toggled.connect(lambda _checked: self.confirmed.emit())

    def answer(self) -> Answer:
        return self.isChecked()

    def set_answer(self, value: Answer) -> None:
        self.setChecked(bool(value))


Field = TextField | NotesField | ChoiceField | CheckField
# A form's `_add(field)` returns the field with its own type, so a page keeps typed handles.
FieldT = TypeVar("FieldT", TextField, DateField, NotesField, ChoiceField, YesNoField, CheckField)
