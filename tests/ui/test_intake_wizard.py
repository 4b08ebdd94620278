"""The intake interview: by keyboard alone, asking what the rules need, saving every answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.core.store import Store, open_store
from clinic_app.core.workflow import ClientStatus
from clinic_app.ui.intake.wizard import ARRESTS, CONVICTIONS, SUMMARY, TODAY, IntakeWizard
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.helpers import type_text

DAY = date(2026, 11, 25)


@pytest.fixture
def wizard(qtbot, store: Store) -> IntakeWizard:
    shown = IntakeWizard(store, today=DAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, name: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), name, modifier)


# In a list, the Down arrow picks the next choice: 1 = Yes (or Felony), 2 = No (Misdemeanor).
# (Typing a letter also works, but letters typed within 0.4 s of each other in lists form
# one search, which a test types faster than any person.)
YES, NO = "\N{DOWNWARDS ARROW}", "\N{DOWNWARDS ARROW}" * 2
FELONY, MISDEMEANOR = YES, NO


def type_then_tab(qtbot, *texts: str) -> None:
    """Type each text in the field that has the focus, then Tab to the next field."""
    for text in texts:
        enter_text(qtbot, text)
        key(qtbot, Qt.Key.Key_Tab)


def enter_text(qtbot, text: str) -> None:
    if text and set(text) == {"\N{DOWNWARDS ARROW}"}:
        for _ in text:
            key(qtbot, Qt.Key.Key_Down)
    else:
        type_text(focused(), text)


def wait_saved(qtbot, wizard: IntakeWizard) -> None:
    qtbot.waitUntil(lambda: not wizard._save_timer.isActive())
    from clinic_app.ui.worker import db_pool

    db_pool().waitForDone(5_000)
    QApplication.processEvents()


def enter_conviction(qtbot, *values: str) -> None:
    """Case, county, code, level, offense date, conviction date, sentence date, probation?,
    probation end, violated?, revoked?, early?, jail days, custody (skipped), finished on,
    supervision end; then Enter saves."""
    case, county, code, level, offense, convicted, probation, ended, finished = values
    type_then_tab(
        qtbot,
        case,
        county,
        code,
        level,
        offense,
        convicted,
        "",
        probation,
        ended,
        NO,
        NO,
        NO,
        "",
        "",
        finished,
    )
    key(qtbot, Qt.Key.Key_Return)


def test_a_whole_intake_of_three_convictions_by_keyboard_alone(qtbot, wizard, store) -> None:
    # 1. Client: names with accents, then Enter moves on.
    assert focused() is wizard.client_page.first_name
    type_then_tab(qtbot, "Ana María", "Núñez Ortiz", "La Güera", "04/02/1980")
    key(qtbot, Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == TODAY

    # 2. Today: "n" answers No in each list, Tab moves on, Enter goes to the next step.
    answers = len(wizard.situation_page.facts)
    type_then_tab(qtbot, *[NO] * (answers - 1))
    enter_text(qtbot, NO)
    key(qtbot, Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == CONVICTIONS, wizard.situation_page.problem.text()

    # 3. Three convictions in two cases, each saved with Enter.
    enter_conviction(
        qtbot,
        "BA111111",
        "Los Angeles",
        "PC 484(a)",
        MISDEMEANOR,
        "01/10/2019",
        "03/01/2019",
        YES,
        "03/01/2021",
        "03/01/2021",
    )
    enter_conviction_after_new(
        qtbot,
        wizard,
        "BA111111",
        "Los Angeles",
        "PC 602",
        MISDEMEANOR,
        "01/10/2019",
        "03/01/2019",
        YES,
        "03/01/2021",
        "03/01/2021",
    )
    enter_conviction_after_new(
        qtbot,
        wizard,
        "16CR123",
        "Fresno",
        "HS 11358",
        FELONY,
        "05/01/2010",
        "05/03/2010",
        NO,
        "",
        "05/03/2010",
    )
    assert len(wizard.convictions_page.records) == 3, wizard.convictions_page.problem.text()
    # Cultivation turns on the number of plants: the interview asks exactly that, focused.
    questions = wizard.convictions_page.questions
    assert [q.fact for q in questions.questions] == ["plants", "sentence.prison"]
    qtbot.waitUntil(lambda: focused() is questions.inputs["plants"])
    type_text(focused(), "4")
    key(qtbot, Qt.Key.Key_Tab)
    assert wizard.convictions_page.records[2].plants == 4
    assert [q.fact for q in questions.questions] == ["sentence.prison"]
    qtbot.waitUntil(lambda: focused() is questions.inputs["sentence.prison"])  # asked next

    # 4. Arrests: none. 5. Summary: send to an attorney.
    key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.pages.currentIndex() == ARRESTS
    key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.pages.currentIndex() == SUMMARY
    assert focused() is wizard.summary_page.send_button
    with qtbot.waitSignal(wizard.sent_for_review, timeout=5_000):
        key(qtbot, Qt.Key.Key_Space)

    client = store.get_client(wizard.client_id)
    assert client.display_name == "Ana María Núñez Ortiz"
    assert client.other_names == ("La Güera",)
    assert client.person.date_of_birth == date(1980, 4, 2)
    assert [c.code for c in client.convictions] == ["PC 484(a)", "PC 602", "HS 11358"]
    assert client.convictions[2].plants == 4
    assert [row.status for row in store.list_clients()] == [ClientStatus.NEEDS_REVIEW]
    assert store.draft(client.id) is None


def enter_conviction_after_new(qtbot, wizard: IntakeWizard, *values: str) -> None:
    """From wherever the focus went after saving, start a new conviction with its button."""
    page = wizard.convictions_page
    qtbot.waitUntil(lambda: focused() is page.new_button)  # no question: on to the next one
    key(qtbot, Qt.Key.Key_Space)
    assert focused() is page.form.case_number
    enter_conviction(qtbot, *values)


def test_the_client_step_needs_both_names(qtbot, wizard) -> None:
    type_text(focused(), "Ana")
    key(qtbot, Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == 0
    assert "first and last name" in wizard.client_page.problem.text()


def test_every_confirmed_answer_is_saved_and_an_intake_reopens_where_it_was(
    qtbot, wizard, store
) -> None:
    type_then_tab(qtbot, "Zoë", "O'Brien & <Co>")
    wait_saved(qtbot, wizard)
    draft = store.draft(wizard.client_id)
    assert draft is not None and draft.answers["last_name"] == "O'Brien & <Co>"
    assert [row.display_name for row in store.list_clients()] == ["Zoë O'Brien & <Co>"]

    key(qtbot, Qt.Key.Key_Return)  # to step 2
    type_then_tab(qtbot, YES)  # one answer of eight
    wizard.close()
    draft = store.draft(wizard.client_id)
    assert draft.step == TODAY

    reopened = IntakeWizard(store, draft=draft, today=DAY)
    qtbot.addWidget(reopened)
    assert reopened.pages.currentIndex() == TODAY
    assert reopened.client_page.last_name.text() == "O'Brien & <Co>"
    assert reopened.situation_page.facts["pending_charges"].boolean() is True
    reopened.close()


def test_closing_saves_the_field_being_typed(qtbot, wizard, store) -> None:
    type_text(focused(), "Lucía")  # not yet confirmed with Tab
    wizard.close()
    assert store.draft(wizard.client_id).answers["first_name"] == "Lucía"


def test_an_intake_survives_a_killed_process(tmp_path: Path) -> None:
    """kill -9 after an answer is confirmed: the draft is in the encrypted store."""
    database = tmp_path / "clinic.db"
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(Path.cwd())!r})
        from PySide6.QtWidgets import QApplication
        from clinic_app.core.store import Argon2Params, create_store
        from clinic_app.ui.intake.wizard import IntakeWizard
        from clinic_app.ui.worker import db_pool
        app = QApplication([])
        store, _ = create_store(__import__("pathlib").Path({str(database)!r}), {PASSPHRASE!r},
                                params=Argon2Params({FAST_KDF.memory_kib}, {FAST_KDF.iterations},
                                                    {FAST_KDF.lanes}))
        wizard = IntakeWizard(store)
        wizard.show()
        wizard.client_page.first_name.setText("Rosa")
        wizard.client_page.first_name.confirmed.emit()
        wizard.client_page.last_name.setText("Peña")
        wizard.client_page.last_name.confirmed.emit()
        for _ in range(20):
            app.processEvents()
        db_pool().waitForDone(5000)
        print(wizard.client_id, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    environment = {**os.environ, "CLINIC_APP_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=environment
    )
    assert result.returncode == -9, result.stderr
    client_id = result.stdout.strip()
    with open_store(database, PASSPHRASE) as store:
        draft = store.draft(client_id)
        assert draft is not None
        assert (draft.first_name, draft.last_name) == ("Rosa", "Peña")
        assert json.loads(draft.model_dump_json())["step"] == 0


def test_the_interview_switches_language_at_any_moment(qtbot, wizard) -> None:
    from clinic_app.ui import translations

    assert wizard.language_button.text() == "Español"
    wizard.language_button.click()
    try:
        qtbot.waitUntil(lambda: wizard.next_button.text() == "Sig&uiente")  # LanguageChange
        assert wizard.language_button.text() == "English"
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: wizard.next_button.text() == "Ne&xt")


def test_alt_n_starts_a_new_conviction_and_nothing_else_claims_it(wizard) -> None:
    """Alt+N once also moved into the form of the conviction on screen, and its next save
    overwrote that conviction."""
    page = wizard.convictions_page
    mnemonics = [
        label.text().lower().split("&")[1][0]
        for label in page.form.labels.values()
        if "&" in label.text()
    ]
    assert page.new_button.text() == "&New conviction"
    assert "n" not in mnemonics


def test_the_missing_answers_count_follows_the_answers(qtbot, wizard) -> None:
    type_text(focused(), "Ana")
    wizard.client_page.last_name.setText("Ruiz")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)  # nothing answered yet: stays, says how many are left
    situation = wizard.situation_page
    assert "8 left" in situation.problem.text()
    for field in situation.facts.values():
        field.set_answer("no")
        field.confirmed.emit()
    assert situation.problem.text() == ""


def test_enter_on_the_language_button_goes_on_and_keeps_the_language(qtbot, wizard) -> None:
    """Tab from the last answer of a step reaches the language button; Enter there must
    mean "next step", as everywhere else in the interview."""
    wizard.client_page.first_name.setText("Ana")
    wizard.client_page.last_name.setText("Ruiz")
    wizard.language_button.setFocus()
    qtbot.waitUntil(wizard.language_button.hasFocus)
    key(qtbot, Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == TODAY
    assert wizard.language_button.text() == "Español"


def test_the_form_says_whether_it_holds_a_new_conviction_or_which_one(qtbot, wizard) -> None:
    wizard.client_page.first_name.setText("Ana")
    wizard.client_page.last_name.setText("Ruiz")
    wizard.go_to(TODAY)
    for field in wizard.situation_page.facts.values():
        field.set_answer("no")
    wizard.go_to(CONVICTIONS)
    page = wizard.convictions_page
    assert page.editing_label.text() == "New conviction"
    form = page.form
    form.case_number.setText("BA123456")
    form.county.set_answer("Los Angeles")
    form.code.setText("HS 11357")
    form.level.set_answer("misdemeanor")
    form.offense_date.setText("01/02/2010")
    form.conviction_date.setText("03/04/2010")
    form.probation_granted.set_answer("no")
    assert page.save(), page.problem.text()
    assert page.editing_label.text() == "Conviction 1: changes replace it when you save"
    page.start_new()
    assert page.editing_label.text() == "New conviction"
    page.listing.setCurrentRow(0)
    assert page.editing_label.text().startswith("Conviction 1:")


def _cultivation_saved(qtbot, wizard: IntakeWizard) -> None:
    """Steps 1-2 answered, and a cultivation conviction saved: the rules ask questions."""
    wizard.client_page.first_name.setText("Ana")
    wizard.client_page.last_name.setText("Ruiz")
    wizard.client_page.date_of_birth.setText("04/02/1980")
    wizard.go_to(TODAY)
    for field in wizard.situation_page.facts.values():
        field.set_answer("no")
    wizard.go_to(CONVICTIONS)
    form = wizard.convictions_page.form
    form.case_number.setText("16CR123")
    form.county.set_answer("Fresno")
    form.code.setText("HS 11358")
    form.level.set_answer("felony")
    form.offense_date.setText("05/01/2010")
    form.conviction_date.setText("05/03/2010")
    form.probation_granted.set_answer("no")
    form.completed.setText("05/03/2010")
    assert wizard.convictions_page.save(), wizard.convictions_page.problem.text()
    questions = wizard.convictions_page.questions
    qtbot.waitUntil(lambda: focused() is questions.inputs["plants"])


def test_an_arrow_key_in_a_question_list_is_not_yet_an_answer(qtbot, wizard) -> None:
    """One Down arrow once answered a question and made it vanish; a list answer now counts
    when the volunteer leaves it (Tab) or presses Enter."""
    _cultivation_saved(qtbot, wizard)
    questions = wizard.convictions_page.questions
    type_text(focused(), "4")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: focused() is questions.inputs["sentence.prison"])
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)  # state prison
    assert [q.fact for q in questions.questions] == ["sentence.prison"]  # still asked
    assert wizard.convictions_page.records[0].sentence.prison.value == "none"  # the form's
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: wizard.convictions_page.records[0].sentence.prison.value == "state_prison"
    )


def test_an_answer_given_stays_on_screen_and_can_be_corrected(qtbot, wizard) -> None:
    _cultivation_saved(qtbot, wizard)
    questions = wizard.convictions_page.questions
    type_text(focused(), "4")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "plants" not in [q.fact for q in questions.questions])
    assert [q.fact for q, _ in questions.earlier] == ["plants"]
    corrected = questions.inputs["plants"]
    assert corrected.text() == "4"
    corrected.setText("7")
    corrected.confirmed.emit()
    assert wizard.convictions_page.records[0].plants == 7


def test_removing_a_conviction_asks_first(qtbot, wizard, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    _cultivation_saved(qtbot, wizard)
    page = wizard.convictions_page
    page.listing.setCurrentRow(0)
    asked: list[str] = []

    def answer_no(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    page.remove_button.click()
    assert len(page.records) == 1
    assert asked == ["Remove 1. HS 11358, 16CR123 · 2010 from this intake?"]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.remove_button.click()
    assert page.records == []
    assert page.decisions.cards == []  # no decisions of a conviction that is gone


def test_enter_on_a_conviction_in_the_list_opens_its_form(qtbot, wizard) -> None:
    _cultivation_saved(qtbot, wizard)
    page = wizard.convictions_page
    page.listing.setFocus()
    page.listing.setCurrentRow(0)
    qtbot.waitUntil(page.listing.hasFocus)
    key(qtbot, Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == CONVICTIONS
    assert focused() is page.form.case_number
    assert page.form.case_number.text() == "16CR123"
