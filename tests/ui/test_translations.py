"""Translations: every GUI string has its Spanish, and the language switches live."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from clinic_app.core.errors import WrongPassphrase
from clinic_app.ui import errors, translations
from clinic_app.ui.language import ui_language
from clinic_app.ui.main_window import ClientTableModel, MainWindow
from clinic_app.ui.translations import TsTranslator, set_language
from clinic_app.ui.unlock_dialog import UnlockDialog

from .helpers import FakeOpener, FakeStore


@pytest.fixture(autouse=True)
def english_afterwards(qtbot) -> Iterator[None]:
    """Every other test reads English texts: leave the app in English."""
    yield
    set_language("en")
    QApplication.processEvents()  # deliver LanguageChange while the widgets exist


@pytest.fixture
def window(qtbot, fake_store: FakeStore) -> MainWindow:
    win = MainWindow(fake_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.is_loaded)
    with qtbot.waitSignal(win.client_shown, timeout=3000):
        win.table.selectRow(win.model.row_of("c-jose"))
    return win


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def headers(window: MainWindow) -> list[str]:
    model = window.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


# --- the catalog --------------------------------------------------------------------------


def test_every_gui_string_has_a_spanish_translation() -> None:
    """lupdate extracts every string under clinic_app/ui/ into a scratch catalog; each must
    be in resources/translations/clinic_app_es.ts, finished, with the same {placeholders}.
    A new widget's strings fail here until `python -m clinic_app.ui.translations update`
    brings them in and someone translates them with Qt Linguist."""
    problems = translations.untranslated("es")
    assert not problems, "Strings without a Spanish translation:\n" + "\n".join(problems)


def test_the_shipped_catalog_is_read_from_resources() -> None:
    catalog = translations.catalog_path("es")
    assert catalog.parts[-2:] == ("translations", "clinic_app_es.ts")
    translator = TsTranslator(catalog)
    assert not translator.isEmpty()
    assert translator.translate("MainWindow", "&File") == "&Archivo"
    assert translator.translate("MainWindow", "no such text") == "no such text"  # as Qt shows


TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Sample</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Borrador</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Desaparecido</translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="obsolete">Viejo</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a door</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def tiny(tmp_path: Path, qtbot) -> Iterator[TsTranslator]:
    path = tmp_path / "sample_es.ts"
    path.write_text(TINY_TS, encoding="utf-8")
    translator = TsTranslator(path)
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_ts_translator_reads_finished_messages_only(tiny: TsTranslator) -> None:
    tr = QCoreApplication.translate
    assert tr("Sample", "&Save") == "&Guardar"
    assert tr("Sample", "Draft") == "Draft"  # unfinished: the English source shows
    assert tr("Sample", "Gone") == "Gone"
    assert tr("Sample", "Old") == "Old"
    assert tr("Other", "&Save") == "&Save"  # the context is part of the key


def test_the_ts_translator_tells_apart_equal_sources_by_comment(tiny: TsTranslator) -> None:
    assert QCoreApplication.translate("Sample", "Open", "a door") == "Abierta"
    assert QCoreApplication.translate("Sample", "Open") == "Abrir"


@pytest.mark.parametrize(("n", "text"), [(0, "0 días"), (1, "1 día"), (2, "2 días")])
def test_the_ts_translator_picks_the_spanish_plural(tiny: TsTranslator, n: int, text: str) -> None:
    assert QCoreApplication.translate("Sample", "%n day(s)", None, n) == text


# --- switching language -------------------------------------------------------------------


def test_switching_to_spanish_retranslates_the_window_live(qtbot, window: MainWindow) -> None:
    assert menu_titles(window) == ["&File", "&Client", "&Language", "&Help"]
    view = window.client_view

    set_language("es")
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&Archivo")

    assert menu_titles(window) == ["&Archivo", "&Cliente", "&Idioma", "Ay&uda"]
    assert window.find_action.text() == "&Buscar cliente…"
    assert window.search_edit.placeholderText() == "Buscar clientes por nombre…"
    assert window.status_label.text() == "7 clientes"
    assert headers(window)[ClientTableModel.DATE_OF_BIRTH] == "Fecha de nacimiento"
    # The record on screen is written again, values included.
    assert view.convictions_heading.text() == "Condenas (2)"
    assert view.details.values()["Idioma preferido"] == "Español"
    assert view.details.heading.text() == "Cliente"
    assert view.convictions_table.horizontalHeaderItem(2).text() == "Fechas"
    header = view.convictions_table.horizontalHeader()  # every column is laid out (painted)
    assert header.length() == sum(header.sectionSize(c) for c in range(header.count()))
    assert window.language_actions["es"].isChecked()

    set_language("en")
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File")

    assert menu_titles(window) == ["&File", "&Client", "&Language", "&Help"]
    assert window.status_label.text() == "7 clients"
    assert headers(window)[ClientTableModel.DATE_OF_BIRTH] == "Date of birth"
    assert view.convictions_heading.text() == "Convictions (2)"
    assert view.details.values()["Preferred language"] == "Spanish"
    assert window.language_actions["en"].isChecked()


def test_the_language_menu_switches_the_language(qtbot, window: MainWindow) -> None:
    window.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: window.client_view.details.heading.text() == "Cliente")
    assert translations.current_language() == "es"
    assert window.language_menu.title() == "&Idioma"
    # Each language keeps its own name, so a reader finds theirs whatever is shown.
    names = [action.text() for action in window.language_menu.actions()]
    assert names == ["&English", "&Español"]


def test_the_empty_record_pane_follows_the_language(qtbot, window: MainWindow) -> None:
    window.table.clearSelection()
    window.client_view.set_client(None)
    set_language("es")
    qtbot.waitUntil(lambda: window.client_view.empty_label.text().startswith("Seleccione"))
    assert (
        window.client_view.empty_label.text()
        == "Seleccione un cliente en la lista para ver su expediente."
    )


def test_qt_own_buttons_are_in_spanish(qtbot) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel"

    set_language("es")
    qtbot.waitUntil(lambda: cancel.text() == "Cancelar")
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Aceptar"

    set_language("en")
    qtbot.waitUntil(lambda: cancel.text() == "Cancel")


def test_the_unlock_dialog_follows_the_language(
    qtbot, db_path: Path, fake_opener: FakeOpener
) -> None:
    dialog = UnlockDialog(db_path, fake_opener)
    qtbot.addWidget(dialog)
    set_language("es")
    qtbot.waitUntil(lambda: dialog.unlock_button.text() == "&Desbloquear")
    assert dialog.windowTitle() == "Desbloquear — Clean Slate Desk"
    assert dialog.remember_check.text() == "&Recordar en esta computadora"
    assert dialog.cancel_button.text() == "Cancelar"


def test_ui_language_follows_set_language(qtbot) -> None:
    set_language("es")
    assert ui_language() == "es"
    assert errors.describe(WrongPassphrase()).message.startswith("La contraseña no coincide")
    set_language("en")
    assert ui_language() == "en"
    assert errors.describe(WrongPassphrase()).message.startswith("The passphrase")


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        set_language("fr")


@pytest.mark.parametrize(
    ("system", "expected"),
    [("C", "en"), ("en_US", "en"), ("es_MX", "es"), ("es_US", "es"), ("fr_FR", "en")],
)
def test_the_default_is_the_system_language_or_english(
    monkeypatch: pytest.MonkeyPatch, system: str, expected: str
) -> None:
    monkeypatch.setattr(translations.QLocale, "system", lambda: QLocale(system))
    assert translations.system_language() == expected
