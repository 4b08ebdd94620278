"""A client's place in the clinic's work, in words (the list's Status column and filter)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinic_app.core.workflow import ClientStatus


def status_text(status: ClientStatus) -> str:
    words = {
        ClientStatus.INTAKE: QCoreApplication.translate("ClientStatus", "Intake"),
        ClientStatus.NEEDS_REVIEW: QCoreApplication.translate("ClientStatus", "Needs review"),
        ClientStatus.APPROVED: QCoreApplication.translate("ClientStatus", "Approved"),
        ClientStatus.DOCUMENTS_PRINTED: QCoreApplication.translate(
            "ClientStatus", "Documents printed"
        ),
        ClientStatus.FILED: QCoreApplication.translate("ClientStatus", "Filed"),
        ClientStatus.GRANTED: QCoreApplication.translate("ClientStatus", "Granted"),
        ClientStatus.DENIED: QCoreApplication.translate("ClientStatus", "Denied"),
    }
    return words[status]
