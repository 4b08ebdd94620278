"""The app's log: a rotating file under the data folder.

It records ids, never names, dates of birth, addresses or case text (conventions §4), so it
can be sent to a maintainer. Unexpected errors get a short reference code that the user sees
and that matches a line here.
"""

from __future__ import annotations

import logging
import logging.handlers
import secrets

from clinic_app.core.paths import log_dir

_configured = False


def configure_logging() -> None:
    global _configured
    if _configured:
        return
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / "clinic-app.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("clinic_app")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = True


def new_reference() -> str:
    """A short code a volunteer can read over the phone: `CSD-` and six hex digits."""
    return f"CSD-{secrets.token_hex(3).upper()}"


def log_unexpected(error: BaseException, *, where: str = "") -> str:
    """Log a bug with its traceback under a new reference code, and return the code."""
    reference = new_reference()
    logging.getLogger("clinic_app").error(
        "Unexpected error%s [reference %s]",
        f" in {where}" if where else "",
        reference,
        exc_info=(type(error), error, error.__traceback__),
    )
    return reference
