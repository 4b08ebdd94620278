"""`process_events` delivers events without PySide6 6.12's None leak (ui/events.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from clinic_app.ui.events import process_events


def test_pending_events_are_delivered(qtbot) -> None:
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    process_events()
    assert fired == [True]


def test_delivering_events_keeps_the_reference_count_of_none() -> None:
    before = sys.getrefcount(None)
    for _ in range(500):
        process_events()
    assert sys.getrefcount(None) >= before - 10  # the static call loses one per call
