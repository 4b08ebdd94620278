"""Which language the GUI speaks: English or Spanish, from the locale the app runs in.

A later issue adds a language setting and Qt translation catalogs; until then the default
`QLocale` decides, so a Spanish system gets Spanish core messages (errors, reasons).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from clinic_app.core.messages import LANGUAGES


def ui_language() -> str:
    """Return "en" or "es": the language for core messages shown in the GUI."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"
