"""Test-wide setup: no screen, no real keychain, a private data folder per test session."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt or keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ["CLINIC_APP_HOME"] = tempfile.mkdtemp(prefix="clinic-app-tests-")

import pytest

from clinic_app.core.store import Argon2Params

# Cheap Argon2 for tests that create many stores; the real cost is measured in benchmarks.
FAST_KDF = Argon2Params(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture
def fast_kdf() -> Argon2Params:
    return FAST_KDF
