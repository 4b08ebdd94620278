"""Test-wide setup: no screen, no real keychain, a private data folder per test session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt or keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ["CLINIC_APP_HOME"] = tempfile.mkdtemp(prefix="clinic-app-tests-")
atexit.register(shutil.rmtree, os.environ["CLINIC_APP_HOME"], ignore_errors=True)

import pytest  # noqa: E402  (after the environment above)

from clinic_app.core.store import Argon2Params, Store, create_store  # noqa: E402

# Cheap Argon2 for tests that create many stores; the real cost is measured in benchmarks.
FAST_KDF = Argon2Params(memory_kib=1024, iterations=1, lanes=1)


PASSPHRASE = "correct horse battery"


@pytest.fixture
def fast_kdf() -> Argon2Params:
    return FAST_KDF


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """Where a test's encrypted database lives (created by the `store` fixture)."""
    return tmp_path / "clinic.db"


@pytest.fixture
def store(database: Path, fast_kdf: Argon2Params) -> Iterator[Store]:
    """An empty, open, encrypted store, closed after the test."""
    created, _ = create_store(database, PASSPHRASE, params=fast_kdf)
    yield created
    created.close()
