"""Run core services off the GUI thread and bring their results back as queued signals.

No widget writes thread code: `ui/operations.py` wraps a core call in a `Task` and starts it
on the right pool. Database work goes to `db_pool()`, which has one thread, so store calls
are serialized in the order they were started (conventions §3).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

TaskFn = Callable[..., object]


class _Signals(QObject):
    """Lives in the GUI thread; emissions from the worker thread are queued to it."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception object, not a string
    finished = Signal()  # after succeeded or failed, whichever came


class Task(QRunnable):
    """Run `fn(progress=..., cancelled=...)` off the GUI thread.

    Never touches a widget from `run()`: only signals cross threads. The task keeps itself
    alive in `_running` until `finished` has been delivered in the GUI thread, because
    PySide would otherwise let the Python wrapper (and its signals) be collected while queued
    results are still on their way.
    """

    _running: ClassVar[set[Task]] = set()

    def __init__(self, fn: TaskFn) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._fn = fn
        self._stop = threading.Event()
        self.signals.finished.connect(self._release)

    def cancel(self) -> None:
        """Ask the task to stop. A task that has not started yet skips its work entirely."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            if self._stop.is_set():
                return
            try:
                result = self._fn(
                    progress=self.signals.progressed.emit, cancelled=self._stop.is_set
                )
            except Exception as exc:  # noqa: BLE001 - handed on through `failed`, not swallowed
                self.signals.failed.emit(exc)
            else:
                self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()

    def start(self, pool: QThreadPool | None = None) -> Task:
        """Queue the task on `pool` (the DB pool by default) and return it for chaining."""
        Task._running.add(self)
        (pool or db_pool()).start(self)
        return self

    def _release(self) -> None:
        Task._running.discard(self)


_db_pool: QThreadPool | None = None


def db_pool() -> QThreadPool:
    """The one pool for database work: a single thread, so store calls never overlap."""
    global _db_pool
    if _db_pool is None:
        _db_pool = QThreadPool()
        _db_pool.setObjectName("clinic_app.db_pool")
        _db_pool.setMaxThreadCount(1)
        _db_pool.setExpiryTimeout(-1)  # keep the thread: its SQLite connection stays warm
    return _db_pool


_work_pool: QThreadPool | None = None


def work_pool() -> QThreadPool:
    """A pool for slow work that does not touch the database (PDF conversion, printing
    preparation), so it never holds up the database queue."""
    global _work_pool
    if _work_pool is None:
        _work_pool = QThreadPool()
        _work_pool.setObjectName("clinic_app.work_pool")
        _work_pool.setMaxThreadCount(1)  # LibreOffice converts one packet at a time anyway
    return _work_pool
