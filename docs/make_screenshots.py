"""Screenshots of the main screens, in English and Spanish, for the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [docs/screenshots]

Everything shown is synthetic: the demo's fictional clinic and clients.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CLINIC_APP_HOME", tempfile.mkdtemp(prefix="csd-shots-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget

from clinic_app.core.rapsheet.synthetic import make_sheet, render_pages
from clinic_app.core.rules.engine import evaluate
from clinic_app.core.store import Argon2Params, Store, create_store
from clinic_app.core.synthetic import make_clients
from clinic_app.core.synthetic_packet import (
    DEMO_DETAILS,
    DEMO_SETTINGS,
    PACKET_CLIENT_ID,
    approve_every_form,
    make_packet_client,
)
from clinic_app.core.workflow import ClientStatus
from clinic_app.ui import translations
from clinic_app.ui.intake.wizard import ARRESTS, CLIENT, CONVICTIONS, SUMMARY, TODAY, IntakeWizard
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.packet_dialog import PacketDialog
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
    """A client typed in as a volunteer would: names, today's answers, a cultivation case and
    an arrest that was never charged."""
    page = wizard.client_page
    page.first_name.setText("Lucía")
    page.last_name.setText("Benítez Ramos")
    page.date_of_birth.setText("03/14/1988")
    page.phone.setText("(559) 555-0134")
    page.mailing_address.setPlainText("48 Olive Ave\nFresno, CA 93728")
    page.preferred_language.set_answer("es")
    page.record_source.set_answer("doj_record_review")
    wizard.go_to(TODAY)
    for field in wizard.situation_page.facts.values():
        field.set_answer("no")
    wizard.go_to(ARRESTS)
    arrest = wizard.arrests_page.form
    arrest.arrest_date.setText("02/03/2012")
    arrest.code.setText("PC 484(a)")
    arrest.level.set_answer("misdemeanor")
    arrest.disposition.set_answer("no_charges")
    wizard.arrests_page.save()
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


def import_record(wizard: IntakeWizard, out: Path) -> None:
    """Step 3's Import record on a phone photo of a synthetic DOJ record: the photo, the
    check beside the record, and the intake with the imported convictions decided."""
    sheet = next(
        s
        for seed in range(200)
        if len((s := make_sheet(seed, cycles=3)).convictions) >= 2 and s.text.count("\n") < 60
    )
    photo = render_pages(sheet.text, seed=3, noise=0.5)[0]
    photo_path = Path(tempfile.mkdtemp()) / "record-photo.jpg"
    photo.save(photo_path)
    shown = photo.copy()
    shown.thumbnail((850, 1100))
    shown.save(out / "rapsheet-photo.png")
    print(f"wrote {out / 'rapsheet-photo.png'}")
    # The photo is of the client's own record: her date of birth as it prints.
    wizard.client_page.date_of_birth.set_date(sheet.person.date_of_birth)
    wizard.go_to(CONVICTIONS)
    dialog = wizard.import_record()
    dialog.resize(1280, 800)
    shoot(dialog, out / "import-choose-en.png")
    dialog.read(photo_path)
    end = time.monotonic() + 120
    while dialog.parsed is None and time.monotonic() < end:
        settle(0.3)
    if dialog.parsed is None:
        raise SystemExit(f"the photo was not read: {dialog.choose_problem.text()}")
    in_both_languages(dialog, out, "import-check")  # the first red cell is selected
    for model in (dialog.convictions, dialog.arrests):  # leave out what the photo lacks
        model.used = [not record.missing() for record in model.records]
    dialog.add_button.click()
    settle(0.8)
    in_both_languages(wizard, out, "import-added")


def in_both_languages(widget: QWidget, out: Path, name: str) -> None:
    for language in ("en", "es"):
        translations.set_language(language)
        shoot(widget, out / f"{name}-{language}.png")
    translations.set_language("en")


def demo_store() -> Store:
    """The demo database as `clinic-app demo` makes it, on a throwaway key."""
    database = Path(tempfile.mkdtemp()) / "demo.db"
    store, _ = create_store(database, "screenshots only", params=Argon2Params(1024, 1, 1))
    packet_client = make_packet_client()
    store.save_clients([*make_clients(40, seed=2016, as_of=DAY), packet_client])
    store.save_settings(DEMO_SETTINGS)
    store.save_filing_details(packet_client.id, DEMO_DETAILS)
    decisions = evaluate(packet_client.record(DAY)).decisions
    reviews = approve_every_form(packet_client, decisions, datetime.now(UTC))
    store.save_reviews(packet_client.id, reviews.values())
    store.set_status(packet_client.id, ClientStatus.APPROVED)
    return store


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    store = demo_store()
    window = MainWindow(store)  # it owns the store from now on, and closes it at the end
    window.resize(1280, 800)
    window.show()
    settle(0.6)
    window.search_edit.setText("O'Brien")
    settle(0.8)
    window.table.selectRow(0)
    in_both_languages(window, out, "main-window")

    # The README's walkthrough: Lucía's intake, step by step, then her review.
    wizard = IntakeWizard(store, today=DAY)
    wizard.resize(1280, 800)
    wizard.show()
    fill_intake(wizard)
    for step, name in (
        (CLIENT, "intake-client"),
        (TODAY, "intake-today"),
        (CONVICTIONS, "intake-conviction"),
        (ARRESTS, "intake-arrests"),
        (SUMMARY, "intake-summary"),
    ):
        wizard.go_to(step)
        in_both_languages(wizard, out, name)
    import_record(wizard, out)
    wizard.send_for_review()
    settle(1.0)  # the wizard closes itself once the hand-over is saved

    review = ReviewScreen(store, today=DAY)  # Lucía is the only client waiting
    review.resize(1280, 800)
    review.show()
    settle(1.0)
    in_both_languages(review, out, "review")
    for card in review.decisions.cards:
        for button in card.review_buttons[:1]:  # Approve, where there is something to file
            button.click()
    review.sign_off_button.click()
    settle(0.3)
    assert review.sign_off_dialog is not None
    in_both_languages(review.sign_off_dialog, out, "sign-off")
    review.sign_off_dialog.reject()
    review.close()

    settings = SettingsDialog(store)
    settings.show()
    settle(0.6)
    in_both_languages(settings, out, "settings")
    settings.close()

    # Marisol, signed off in the demo, and her filing packet.
    packet = PacketDialog(store, PACKET_CLIENT_ID, "Marisol O'Brien-Núñez & <Hijos>", today=DAY)
    packet.show()
    shoot(packet, out / "documents-dialog.png")
    packet.preview_button.click()
    end = time.monotonic() + 120
    while packet.preview is None and time.monotonic() < end:
        settle(0.5)
    if packet.preview is None:
        raise SystemExit("the packet preview did not open (is LibreOffice installed?)")
    packet.preview.resize(1100, 860)
    settle(1.5)
    shoot(packet.preview, out / "documents-preview.png")
    packet.preview.close()
    packet.close()

    window.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
