"""Atomic file writes for the files the app owns (key file, settings, exports).

Write to a temporary file in the same folder, flush, fsync, then rename over the target: a
crash or power cut leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from clinic_app.core.errors import CannotWrite, DiskFull


def write_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Raises DiskFull or CannotWrite (a ClinicError) instead of a bare OSError."""
    try:
        _write(path, data, mode)
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DiskFull() from error
        raise CannotWrite(path=str(path), reason=error.strerror or type(error).__name__) from error


def _write(path: Path, data: bytes, mode: int) -> None:
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    _fsync_directory(path.parent)


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
