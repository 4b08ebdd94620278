"""clinic_app.core stays usable without a screen: no module of it imports Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import clinic_app.core


def test_core_imports_no_qt() -> None:
    modules = [
        info.name for info in pkgutil.walk_packages(clinic_app.core.__path__, "clinic_app.core.")
    ]
    script = (
        "import importlib, sys\n"
        + "".join(f"importlib.import_module({name!r})\n" for name in modules)
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"
    assert len(modules) >= 10
