"""How long core work reports progress and hears a cancel (conventions §3).

A core service takes `progress(done, total, message_key)` and `cancelled()`; the GUI passes a
worker's signal and stop flag, the command line a terminal bar, tests the defaults.
"""

from __future__ import annotations

from collections.abc import Callable

from clinic_app.core.errors import ClinicError

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]


def no_progress(done: int, total: int, message_key: str) -> None:
    """The default progress callback: report nowhere."""


def never() -> bool:
    """The default cancel check: never cancelled."""
    return False


class Cancelled(ClinicError):
    """The user stopped the work; whatever was half done has been cleaned up."""

    message_key = "error.cancelled"
