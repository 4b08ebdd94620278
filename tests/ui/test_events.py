"""Qt calls keep Python's None alive.

PySide6 6.12.0 dropped a reference to None on every call of a void method (setText,
processEvents ...) and the app aborted after a few thousand ("none_dealloc: deallocating
None"); pyproject pins 6.11.3, which does not. These tests fail on a PySide6 that leaks.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

CALLS = 500


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
        label.setAccessibleName("x")
        QApplication.processEvents()
    assert sys.getrefcount(None) >= before - 10  # 6.12.0: -1500
