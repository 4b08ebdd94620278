"""The GUI's languages: English (the language of the source code) and Spanish, switchable at
any moment with `set_language`.

- Our strings: `resources/translations/clinic_app_es.ts`, Qt Linguist's XML catalog. A
  translator edits it with Qt Linguist (`pyside6-linguist resources/translations/clinic_app_es.ts`)
  or any XML editor. There is no English catalog: English is the source text itself.
- `TsTranslator` reads that `.ts` file directly at run time, so there is no compiled `.qm`
  file to build, ship or forget to rebuild after an edit. Messages a translator has not
  finished (`type="unfinished"`) are skipped, and the English source shows instead.
- Qt's own strings (OK and Cancel buttons, the file and print dialogs, wizard buttons) come
  from Qt's catalogs `qtbase_<language>.qm`, which PySide6 ships in its translations folder.
- Installing or removing a translator makes Qt send `LanguageChange` to every widget; each
  widget sets its texts again in its `retranslate_ui` method.

Developer commands (run from the project root):

    python -m clinic_app.ui.translations update   # extract new strings from clinic_app/ui/
                                                  # into the .ts (runs pyside6-lupdate)
    python -m clinic_app.ui.translations check    # list strings not yet translated; exit 1

`tests/ui/test_translations.py` runs the same check, so a new string without its Spanish
translation fails the test suite.
"""

from __future__ import annotations

import logging
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from clinic_app.core.messages import LANGUAGES
from clinic_app.core.resources import resources_dir

log = logging.getLogger("clinic_app")

SOURCE_LANGUAGE = "en"  # the language of the strings in the code; it has no catalog
CATALOG_NAME = "clinic_app"
UI_DIR = Path(__file__).resolve().parent  # everything under it is scanned for strings

# Shown in the language menu in their own language, so a reader finds theirs.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}

_QT_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "es": QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates),
}


def catalog_path(language: str) -> Path:
    """`resources/translations/clinic_app_<language>.ts` (it exists for Spanish only)."""
    return resources_dir() / "translations" / f"{CATALOG_NAME}_{language}.ts"


# --- reading a .ts catalog -----------------------------------------------------------------


@dataclass(frozen=True)
class TsMessage:
    """One `<message>` of a .ts file; `translations` has one text, or one per plural form."""

    context: str
    source: str
    disambiguation: str  # the `<comment>`: tells apart equal sources with different meanings
    translations: tuple[str, ...]
    state: str  # "" when finished; "unfinished", "obsolete" or "vanished" otherwise
    numerus: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.disambiguation)

    @property
    def usable(self) -> bool:
        """Finished, still in the code, and with every form filled in."""
        return self.state == "" and all(self.translations)


def read_ts(path: Path) -> list[TsMessage]:
    """Every message of the .ts file at `path`, whatever its state."""
    messages: list[TsMessage] = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ("",)
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                TsMessage(
                    context=name,
                    source=element.findtext("source", ""),
                    disambiguation=element.findtext("comment", ""),
                    translations=texts,
                    state="" if translation is None else translation.get("type", ""),
                    numerus=numerus,
                )
            )
    return messages


def spanish_plural_form(n: int) -> int:
    """Index of the `<numerusform>` for `n` items in Spanish: "1 día", "0 días", "2 días"."""
    return 0 if n == 1 else 1


class TsTranslator(QTranslator):
    """A QTranslator that reads a Qt Linguist .ts catalog directly (no .qm compilation)."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages = {m.key: m.translations for m in read_ts(path) if m.usable}

    def isEmpty(self) -> bool:
        # Qt sends LanguageChange on install only for a translator that is not empty.
        return not self._messages

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        forms = self._messages.get((context, source_text, disambiguation or ""))
        if forms is None:
            # Not here: the source text, as Qt would show. Never None: PySide6 6.12 drops a
            # reference to None for each one returned, and the app crashed after a few
            # thousand lookups ("none_dealloc"). This translator is asked last (see
            # `_translators`), so Qt's own catalog has answered first for Qt's strings.
            return source_text
        # Qt replaces "%n" by `n` in whatever text is returned.
        return forms[spanish_plural_form(n)] if len(forms) > 1 and n >= 0 else forms[0]


# --- switching language --------------------------------------------------------------------


class _State:
    chosen: str | None = None  # what set_language was last told
    installed: str | None = None  # the language whose translators are installed
    translators: ClassVar[list[QTranslator]] = []  # kept referenced: Qt does not own them


def system_language() -> str:
    """ "es" on a Spanish system; "en" otherwise (English, C/POSIX, or a language we lack)."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    """The language chosen with `set_language`, or the system's until one is chosen."""
    return _State.chosen or system_language()


def language_chosen() -> bool:
    """Whether a language was set in this run (the Language menu, or a default applied)."""
    return _State.chosen is not None


def set_language(language: str, *, chosen: bool = True) -> None:
    """Show the GUI in `language` ("en" or "es") from now on; `chosen=False` when it is
    only the start-up guess (the system's language), which the clinic's default replaces.

    Installs that language's translators on the application (removing the previous ones);
    Qt then sends `LanguageChange` to every widget, which retranslates itself. The default
    `QLocale` follows too, so Qt's own dates and numbers (calendar pop-ups) match. Called
    before the QApplication exists, it only records the choice for `run_gui` to install.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
    if chosen:
        _State.chosen = language
    if QCoreApplication.instance() is None or _State.installed == language:
        return
    for translator in _State.translators:
        QCoreApplication.removeTranslator(translator)
    _State.translators = _translators(language)
    for translator in _State.translators:  # the last installed is asked first
        QCoreApplication.installTranslator(translator)
    _State.installed = language
    # The system's own locale when it speaks `language` (its country's formats stay).
    same = system_language() == language
    QLocale.setDefault(QLocale.system() if same else _QT_LOCALES[language])


def _translators(language: str) -> list[QTranslator]:
    """In installation order; Qt asks the last installed first: Qt's own catalog (which
    answers only for Qt's strings), then ours (which answers everything, see `translate`)."""
    translators: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        translators.append(TsTranslator(catalog_path(language)))
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_folder):
        translators.append(qt)
    else:
        log.warning("Qt's own %s translations are missing from %s", language, qt_folder)
    return translators


# --- developer commands --------------------------------------------------------------------


def _lupdate(catalog: Path, language: str, *, locations: str) -> None:
    """Extract every translatable string under `UI_DIR` into `catalog`, keeping the
    translations it already has (new strings come in as unfinished)."""
    name = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    executable = Path(PySide6.__file__).parent / name  # what pyside6-lupdate runs
    command = [
        str(executable),
        "-silent",
        "-extensions",
        "py",
        "-recursive",
        str(UI_DIR),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
        "-locations",
        locations,
        "-no-obsolete",
        "-ts",
        str(catalog),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)


def update_catalogs() -> list[Path]:
    """Refresh every catalog from the code: `python -m clinic_app.ui.translations update`."""
    catalogs = []
    for language in LANGUAGES:
        if language != SOURCE_LANGUAGE:
            catalog = catalog_path(language)
            catalog.parent.mkdir(parents=True, exist_ok=True)
            _lupdate(catalog, language, locations="relative")
            catalogs.append(catalog)
    return catalogs


def extracted_messages() -> list[TsMessage]:
    """Every translatable string in the GUI code right now, as lupdate finds it."""
    with tempfile.TemporaryDirectory(prefix="clinic-app-lupdate-") as folder:
        scratch = Path(folder) / "extracted.ts"
        _lupdate(scratch, "es", locations="none")
        return read_ts(scratch)


def untranslated(language: str = "es") -> list[str]:
    """One line per string in the code that `language`'s catalog lacks, has not finished,
    or translates with other `{placeholders}` than the source; empty when all is well."""
    path = catalog_path(language)
    catalog = {m.key: m for m in read_ts(path)} if path.exists() else {}
    problems = []
    for extracted in extracted_messages():
        where = f"{extracted.context}: {extracted.source!r}"
        found = catalog.get(extracted.key)
        if found is None:
            problems.append(f"{where} is missing")
        elif not found.usable:
            problems.append(f"{where} is not translated")
        elif any(_placeholders(t) != _placeholders(found.source) for t in found.translations):
            problems.append(f"{where}: the translation has other {{placeholders}}")
    return problems


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["update"]:
        for catalog in update_catalogs():
            print(f"Updated {catalog}")
        return 0
    if args == ["check"]:
        problems = untranslated()
        print("\n".join(problems) or "Every string is translated.")
        return 1 if problems else 0
    print("usage: python -m clinic_app.ui.translations {update|check}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
