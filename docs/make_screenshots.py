"""Screenshots of the main screens, in English and Spanish, for the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [docs/screenshots]

Everything shown is synthetic: the demo's fictional clinic and clients.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CLINIC_APP_HOME", tempfile.mkdtemp(prefix="csd-shots-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget

from clinic_app.core.store import Argon2Params, create_store
from clinic_app.core.synthetic import make_clients
from clinic_app.core.synthetic_packet import (
    DEMO_DETAILS,
    DEMO_SETTINGS,
    make_packet_client,
)
from clinic_app.core.workflow import ClientStatus
from clinic_app.ui import translations
from clinic_app.ui.intake.wizard import CONVICTIONS, SUMMARY, TODAY, IntakeWizard
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.review_screen import ReviewScreen
from clinic_app.ui.settings_dialog import SettingsDialog
from clinic_app.ui.worker import db_pool

DAY = date(2026, 11, 25)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        db_pool().waitForDone(50)


def shoot(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def fill_intake(wizard: IntakeWizard) -> None:
    """A client typed in as a volunteer would: names, today's answers, a cultivation case."""
    page = wizard.client_page
    page.first_name.setText("Lucía")
    page.last_name.setText("Benítez Ramos")
    page.date_of_birth.setText("03/14/1988")
    page.phone.setText("(559) 555-0134")
    page.mailing_address.setPlainText("48 Olive Ave\nFresno, CA 93728")
    page.preferred_language.set_answer("es")
    wizard.go_to(TODAY)
    for field in wizard.situation_page.facts.values():
        field.set_answer("no")
    wizard.go_to(CONVICTIONS)
    form = wizard.convictions_page.form
    form.case_number.setText("F12345678")
    form.county.set_answer("Fresno")
    form.code.setText("HS 11358")
    form.level.set_answer("felony")
    form.offense_date.setText("06/01/2014")
    form.conviction_date.setText("09/15/2014")
    form.probation_granted.set_answer("yes")
    form.probation_end.setText("09/15/2017")
    form.violated.set_answer("no")
    form.completed.setText("09/15/2017")
    wizard.convictions_page.save()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    database = Path(tempfile.mkdtemp()) / "demo.db"
    store, _ = create_store(database, "screenshots only", params=Argon2Params(1024, 1, 1))
    packet_client = make_packet_client()
    store.save_clients([*make_clients(40, seed=2016, as_of=DAY), packet_client])
    store.save_settings(DEMO_SETTINGS)
    store.save_filing_details(packet_client.id, DEMO_DETAILS)
    store.set_status(packet_client.id, ClientStatus.NEEDS_REVIEW)

    window = MainWindow(store)  # it owns the store from now on, and closes it at the end
    window.resize(1280, 800)
    window.show()
    settle(0.6)
    window.search_edit.setText("O'Brien")
    settle(0.8)
    window.table.selectRow(0)
    for language in ("en", "es"):
        translations.set_language(language)
        shoot(window, out / f"main-window-{language}.png")

        wizard = IntakeWizard(store, today=DAY)
        wizard.resize(1280, 800)
        wizard.show()
        fill_intake(wizard)
        shoot(wizard, out / f"intake-conviction-{language}.png")
        wizard.go_to(TODAY)
        shoot(wizard, out / f"intake-today-{language}.png")
        wizard.go_to(SUMMARY)
        shoot(wizard, out / f"intake-summary-{language}.png")
        wizard.go_to(0)
        shoot(wizard, out / f"intake-client-{language}.png")
        wizard.close()

        review = ReviewScreen(store, today=DAY)
        review.resize(1280, 800)
        review.show()
        settle(0.6)
        review.queue.setCurrentRow(0)
        settle(1.0)
        shoot(review, out / f"review-{language}.png")
        review.close()

        settings = SettingsDialog(store)
        settings.show()
        settle(0.6)
        shoot(settings, out / f"settings-{language}.png")
        settings.close()
    window.close()
    translations.set_language("en")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
