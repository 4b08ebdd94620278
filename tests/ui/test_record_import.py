"""Import record: a DOJ record read beside its source, corrected, then added to the intake
and decided like convictions typed by hand (synthetic sheets only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from clinic_app.core.model import Conviction, Level
from clinic_app.core.rapsheet.synthetic import make_sheet, render_pages
from clinic_app.core.store import Store
from clinic_app.ui.intake.import_table import CORRECTED, MISSING_COLOUR
from clinic_app.ui.intake.record_import import RecordImportDialog
from clinic_app.ui.intake.wizard import CONVICTIONS, TODAY, IntakeWizard

DAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def close_without_asking(monkeypatch) -> None:
    """Closing a dialog with corrections asks first; at teardown nobody is there to answer
    (a real question would wait forever offscreen)."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


@pytest.fixture
def dialog(qtbot) -> RecordImportDialog:
    shown = RecordImportDialog(client_birth=None)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def read(qtbot, dialog: RecordImportDialog, source: Path | str, timeout: int = 5_000) -> None:
    """Read and wait for the outcome on screen (the task may end before a signal could be
    awaited: it runs on another thread)."""
    dialog.read(source)
    qtbot.waitUntil(
        lambda: (
            dialog._progress is None
            and (dialog.pages.currentIndex() == 1 or bool(dialog.choose_problem.text()))
        ),
        timeout=timeout,
    )


def sheet_with_convictions(minimum: int = 2):
    """The first synthetic sheet (by seed) with at least `minimum` convictions."""
    return next(
        sheet
        for seed in range(100)
        if len((sheet := make_sheet(seed, cycles=5)).convictions) >= minimum
    )


def test_what_was_read_shows_beside_the_line_it_came_from(qtbot, dialog) -> None:
    sheet = sheet_with_convictions()
    read(qtbot, dialog, sheet.text)
    assert dialog.pages.currentIndex() == 1
    assert dialog.convictions.rowCount() == len(dialog.parsed.convictions) >= 2
    model = dialog.convictions
    index = model.index(1, model.column_of("code"))
    dialog.conviction_view.setCurrentIndex(index)
    parsed = dialog.parsed.convictions[1]
    line = parsed.code.line
    assert line is not None
    assert dialog.source.textCursor().blockNumber() + 1 == line
    assert dialog.source.textCursor().block().text().endswith(dialog.parsed.lines[line - 1])
    assert index.data() == parsed.code.value
    assert "As printed" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_fact_the_record_lacks_is_coloured_and_must_be_typed_before_adding(qtbot, dialog) -> None:
    sheet = sheet_with_convictions()
    # The first court event without its case number: the record no longer shows it.
    text = sheet.text.replace(f"#{sheet.convictions[0].case_number}", "", 1)
    read(qtbot, dialog, text)
    model = dialog.convictions
    case = model.index(0, model.column_of("case_number"))
    assert case.data() == ""
    assert case.data(Qt.ItemDataRole.BackgroundRole) == MISSING_COLOUR

    with qtbot.assertNotEmitted(dialog.imported):
        dialog.add_button.click()
    assert "Conviction 1" in dialog.check_problem.text()
    assert "Case number" in dialog.check_problem.text()

    dialog.conviction_view.setCurrentIndex(case)
    dialog.conviction_view.setFocus()
    qtbot.keyClick(dialog.conviction_view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("F0001234")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the edit queued
    qtbot.waitUntil(lambda: model.records[0].case_number.value == "F0001234")
    assert model.records[0].case_number.note == CORRECTED

    for other in (dialog.convictions, dialog.arrests):  # leave out what else is incomplete
        other.used = [
            (row == 0 and other is model) or not r.missing() for row, r in enumerate(other.records)
        ]
    with qtbot.waitSignal(dialog.imported) as added:
        dialog.add_button.click()
    convictions, arrests, _registered = added.args
    assert convictions[0].case_number == "F0001234"
    assert len(convictions) == sum(model.used) and len(arrests) == sum(dialog.arrests.used)


def test_a_wrong_date_is_refused_in_words_and_a_choice_is_picked_from_a_list(qtbot, dialog) -> None:
    read(qtbot, dialog, sheet_with_convictions().text)
    model = dialog.convictions
    date_cell = model.index(0, model.column_of("conviction_date"))
    assert not model.setData(date_cell, "13/45/2010")
    assert dialog.check_problem.text() == "“13/45/2010” is not a date (MM/DD/YYYY)."
    level_cell = model.index(0, model.column_of("level"))
    assert model.setData(level_cell, "infraction")  # what Qt hands back from the list
    assert model.records[0].level.value is Level.INFRACTION
    assert level_cell.data() == "Infraction"


def test_an_unticked_row_is_left_out(qtbot, dialog) -> None:
    read(qtbot, dialog, sheet_with_convictions().text)
    for model in (dialog.convictions, dialog.arrests):  # what the record leaves unknown
        model.used = [not record.missing() for record in model.records]
    model = dialog.convictions
    first = model.used.index(True)
    untick = Qt.CheckState.Unchecked.value
    assert model.setData(model.index(first, 0), untick, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(dialog.imported) as added:
        dialog.add_button.click()
    assert len(added.args[0]) == sum(model.used) == len(model.chosen())


def test_lines_that_could_not_be_read_are_listed_and_marked(qtbot, dialog) -> None:
    sheet = sheet_with_convictions()
    garbled = "XQ#@ 0l/3l/2O1O ZZZ"
    lines = sheet.text.splitlines()
    at = next(i for i, line in enumerate(lines) if "CONV STATUS" in line) + 1
    text = "\n".join([*lines[:at], garbled, *lines[at:]])
    read(qtbot, dialog, text)
    assert dialog.parsed.unread, "the reader should report the garbled line"
    assert dialog.unread.count() == len(dialog.parsed.unread)
    dialog.unread.setCurrentRow(0)
    line = dialog.parsed.unread[0].line
    assert dialog.source.textCursor().blockNumber() + 1 == line
    marked = {s.cursor.blockNumber() + 1 for s in dialog.source.extraSelections()}
    assert {item.line for item in dialog.parsed.unread} <= marked


def test_text_that_is_not_a_record_is_refused_in_place(qtbot, dialog) -> None:
    read(qtbot, dialog, "Dear Sir,\nplease find my résumé.\n")
    assert dialog.pages.currentIndex() == 0
    assert "does not look like a California DOJ record" in dialog.choose_problem.text()


def test_a_different_date_of_birth_warns_before_adding(qtbot) -> None:
    sheet = sheet_with_convictions()
    dialog = RecordImportDialog(client_birth=date(1901, 1, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    read(qtbot, dialog, sheet.text)
    assert dialog.birth_warning.isVisible()
    assert "01/01/1901" in dialog.birth_warning.text()


def _wizard_at_convictions(qtbot, store: Store) -> IntakeWizard:
    wizard = IntakeWizard(store, today=DAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.client_page.first_name.setText("Rosa")
    wizard.client_page.last_name.setText("Peña")
    wizard.go_to(TODAY)
    for field in wizard.situation_page.facts.values():
        field.set_answer("no")
    wizard.go_to(CONVICTIONS)
    assert wizard.pages.currentIndex() == CONVICTIONS
    return wizard


def test_a_photographed_record_becomes_decided_convictions_in_the_intake(
    qtbot, store: Store, tmp_path: Path
) -> None:
    """The issue's end to end: a phone photo of a synthetic record, read by OCR, checked,
    added to the intake, and decided like convictions typed by hand."""
    sheet = next(
        s
        for seed in range(200)
        if len((s := make_sheet(seed, cycles=2)).convictions) >= 1
        and len(s.text.splitlines()) <= 60  # one page: OCR takes seconds a page
    )
    photo = tmp_path / "record-photo.jpg"
    pages = render_pages(sheet.text, seed=3, noise=0.5)
    pages[0].save(photo)
    assert len(pages) == 1

    wizard = _wizard_at_convictions(qtbot, store)
    dialog = wizard.import_record()
    read(qtbot, dialog, photo, timeout=60_000)
    assert dialog.pages.currentIndex() == 1, dialog.choose_problem.text()
    found = {(c.code.value, c.conviction_date.value) for c in dialog.parsed.convictions}
    assert {(c.code, c.conviction_date) for c in sheet.convictions} <= found

    complete = [c for c in dialog.parsed.convictions if not c.missing()]
    for row, record in enumerate(dialog.convictions.records):
        dialog.convictions.used[row] = not record.missing()
    for row, record in enumerate(dialog.arrests.records):
        dialog.arrests.used[row] = not record.missing()
    dialog.add_button.click()
    qtbot.waitUntil(lambda: len(wizard.convictions_page.records) == len(complete))
    imported = [r for r in wizard.convictions_page.records if isinstance(r, Conviction)]
    decided = {d.conviction_id for d in wizard.decisions}
    assert {c.id for c in imported} <= decided
    assert wizard.convictions_page.decisions.cards  # the first one's decisions are on screen


def test_the_cells_coloured_as_needed_are_the_facts_a_record_cannot_go_without() -> None:
    """The table and the reader agree on what a conviction or an arrest needs."""
    from clinic_app.core.rapsheet import Field, ParsedArrest, ParsedConviction
    from clinic_app.ui.intake.import_table import ARREST_COLUMNS, CONVICTION_COLUMNS

    for kind, columns in ((ParsedConviction, CONVICTION_COLUMNS), (ParsedArrest, ARREST_COLUMNS)):
        names = [f for f in kind.__dataclass_fields__ if f not in ("cycle", "line")]
        blank = kind(cycle=1, line=1, **{name: Field() for name in names})
        needed = {name.removeprefix("sentence.") for name in blank.missing()}
        assert {column.name for column in columns if column.required} == needed


def test_a_registration_on_the_record_answers_step_2(qtbot, store: Store) -> None:
    sheet = next(
        s for seed in range(300) if (s := make_sheet(seed, cycles=4)).person.registered_290
    )
    wizard = _wizard_at_convictions(qtbot, store)
    assert wizard.situation_page.facts["registered_290"].boolean() is False
    dialog = wizard.import_record()
    read(qtbot, dialog, sheet.text)
    assert "PC 290 registration" in dialog.summary.text()
    for model in (dialog.convictions, dialog.arrests):
        model.used = [not record.missing() for record in model.records]
    dialog.add_button.click()
    assert wizard.situation_page.facts["registered_290"].boolean() is True
    assert wizard.person is not None and wizard.person.registered_290


def test_a_record_photographed_a_page_a_file_is_read_as_one(qtbot, tmp_path: Path) -> None:
    """An entry that runs across a page break was read as two broken ones when each page
    was imported alone; the pages chosen together are read in order as one record."""
    sheet = next(
        s for seed in range(200) if (s := make_sheet(seed, cycles=8)).text.count("\n") > 70
    )
    lines = sheet.text.splitlines(keepends=True)
    pages = [tmp_path / "page-1.txt", tmp_path / "page-2.txt"]
    pages[0].write_text("".join(lines[:60]))
    pages[1].write_text("".join(lines[60:]))
    whole = RecordImportDialog(client_birth=None)
    qtbot.addWidget(whole)
    whole.show()
    read(qtbot, whole, pages)
    assert whole.parsed is not None
    one_text = RecordImportDialog(client_birth=None)
    qtbot.addWidget(one_text)
    read(qtbot, one_text, sheet.text)
    def facts(dialog: RecordImportDialog) -> list[tuple[object, ...]]:
        return [
            (c.code.value, c.conviction_date.value, c.case_number.value, c.level.value)
            for c in dialog.parsed.convictions
        ]

    assert facts(whole) == facts(one_text) and facts(whole)
    assert whole.source_name == "page-1.txt, page-2.txt"


def test_red_cells_are_counted_on_their_tab_and_the_first_is_selected(qtbot, dialog) -> None:
    sheet = sheet_with_convictions()
    read(qtbot, dialog, sheet.text.replace(f"#{sheet.convictions[0].case_number}", "", 1))
    to_fill = dialog.convictions.cells_to_fill()
    assert to_fill
    assert dialog.tabs.tabText(0).endswith(f"(to fill: {len(to_fill)})")
    assert dialog.conviction_view.currentIndex() == to_fill[0]


def test_a_list_cell_starts_on_choose_so_a_stray_enter_guesses_nothing(qtbot, dialog) -> None:
    from PySide6.QtWidgets import QComboBox

    read(qtbot, dialog, sheet_with_convictions().text)
    model = dialog.convictions
    index = model.index(0, model.column_of("level"))
    assert model.setData(index, None)  # "— choose —" picked: the fact stays unknown
    assert model.records[0].level.value is None
    assert index.data(Qt.ItemDataRole.BackgroundRole) == MISSING_COLOUR
    dialog.conviction_view.setCurrentIndex(index)
    dialog.conviction_view.setFocus()
    qtbot.keyClick(dialog.conviction_view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.currentIndex() == 0
    assert editor.currentText() == "— choose —"


def test_enter_on_an_unread_line_shows_it_and_adds_nothing(qtbot, dialog) -> None:
    sheet = sheet_with_convictions()
    lines = sheet.text.splitlines()
    text = "\n".join([*lines[:20], "XQ#@ 0l/3l/2O1O ZZZ", *lines[20:]])
    read(qtbot, dialog, text)
    dialog.unread.setFocus()
    dialog.unread.setCurrentRow(0)
    with qtbot.assertNotEmitted(dialog.imported):
        qtbot.keyClick(dialog.unread, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.source.hasFocus()


def test_closing_with_corrections_asks_first(qtbot, dialog, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    read(qtbot, dialog, sheet_with_convictions().text)
    model = dialog.convictions
    model.setData(model.index(0, model.column_of("case_number")), "X1")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.reject()
    assert not dialog.isVisible()
