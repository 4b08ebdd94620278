"""Fixtures for GUI tests: offscreen Qt, a fake store, and a DB pool that must be idle."""

from __future__ import annotations

import os

# Before anything creates the QApplication (tech-notes §4).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from clinic_app.ui.worker import db_pool, work_pool

from .helpers import FakeOpener, FakeStore

POOL_TIMEOUT_MS = 5_000


@pytest.fixture(autouse=True)
def db_pool_idle_at_teardown(qtbot: object) -> Iterator[None]:
    """Fail a test that leaves DB work running; deliver the results of finished work while
    the test's widgets still exist (this fixture tears down before qtbot closes them)."""
    yield
    finished = all(pool.waitForDone(POOL_TIMEOUT_MS) for pool in (db_pool(), work_pool()))
    QCoreApplication.processEvents()
    if not finished:
        pytest.fail(f"DB work still running {POOL_TIMEOUT_MS} ms after the test ended")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.db"


@pytest.fixture
def fake_store(db_path: Path) -> FakeStore:
    return FakeStore(db_path)


@pytest.fixture
def fake_opener(fake_store: FakeStore) -> FakeOpener:
    return FakeOpener(fake_store)
