"""DOCX to PDF with LibreOffice, headless, one conversion at a time.

Two soffice processes on one profile fail silently (the second exits 1 and converts
nothing), and a LibreOffice window the user has open would grab a request made without a
private profile and remember the client's file names in its "recent documents". So every
conversion runs under a lock, with a profile of our own, deleted afterwards
(shared/tech-notes.md §3.3). Converting a whole packet in one call costs little more than
one document (about 2.3 s for 20 against 0.8 s for one).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

from clinic_app.core.errors import ClinicError

# Where LibreOffice installs itself when it is not on PATH.
_KNOWN_LOCATIONS = (
    Path("/usr/bin/soffice"),
    Path("/usr/lib/libreoffice/program/soffice"),
    Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
    Path("C:/Program Files/LibreOffice/program/soffice.exe"),
    Path("C:/Program Files (x86)/LibreOffice/program/soffice.exe"),
)
TIMEOUT_SECONDS = 180  # a whole packet; a hung soffice must not hang the app
_one_at_a_time = threading.Lock()


class LibreOfficeMissing(ClinicError):
    message_key = "error.libreoffice_missing"


class ConversionFailed(ClinicError):
    message_key = "error.conversion_failed"


def find_soffice() -> Path | None:
    """LibreOffice's `soffice`, from CLINIC_APP_SOFFICE, PATH or its usual places."""
    configured = os.environ.get("CLINIC_APP_SOFFICE")
    if configured:
        return Path(configured) if Path(configured).exists() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((path for path in _KNOWN_LOCATIONS if path.exists()), None)


def convert_to_pdf(documents: Sequence[Path], out_dir: Path) -> list[Path]:
    """Convert DOCX files to PDFs in `out_dir` (same names, .pdf); returns the PDF paths."""
    if not documents:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise LibreOfficeMissing()
    with _one_at_a_time, tempfile.TemporaryDirectory(prefix="csd-lo-") as profile:
        command = [
            str(soffice),
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *(str(path) for path in documents),
        ]
        try:
            finished = subprocess.run(
                command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False
            )
        except subprocess.TimeoutExpired as error:
            raise ConversionFailed(reason="timeout") from error
    pdfs = [out_dir / f"{path.stem}.pdf" for path in documents]
    missing = [pdf.name for pdf in pdfs if not pdf.exists()]
    if finished.returncode != 0 or missing:
        raise ConversionFailed(reason=f"soffice exit {finished.returncode}")
    return pdfs
