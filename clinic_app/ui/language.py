"""Which language the GUI speaks for core messages (errors, reasons, progress): the one the
user chose with `translations.set_language`, else the system locale's.

Widgets get their own strings from Qt's translators; core messages come from
`resources/messages/*.toml` by key, so code that shows one asks `ui_language()` for the
language at the moment it builds the sentence.
"""

from __future__ import annotations

from clinic_app.ui.translations import current_language


def ui_language() -> str:
    """Return "en" or "es": the language for core messages shown in the GUI."""
    return current_language()
