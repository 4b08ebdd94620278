"""Where the app's read-only files live, in a source checkout and in a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """`resources/` at the project root, or inside the frozen bundle (`sys._MEIPASS`)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def forms_dir() -> Path:
    """`forms/` (the DOCX templates) beside `resources/`, in a checkout or a bundle."""
    return resources_dir().parent / "forms"
