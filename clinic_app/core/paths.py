"""Where the app keeps its data on this computer.

Client databases belong on a local disk (WAL does not work over network shares, and synced
folders such as OneDrive copy half-written files), so the default is the per-user local
data folder. `CLINIC_APP_HOME` moves everything, for tests and portable installs.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CleanSlateDesk"


def data_dir() -> Path:
    override = os.environ.get("CLINIC_APP_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database() -> Path:
    return data_dir() / "clinic.db"


def demo_database() -> Path:
    return data_dir() / "demo" / "demo.db"


def log_dir() -> Path:
    return data_dir() / "logs"
