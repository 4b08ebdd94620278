"""GUI benchmark: start-up, search as typed at 100,000 clients, and decisions on screen.

Prints:
- start: from launching a Python process to the main window showing the demo database's
  client list (imports, unlocking with the demo passphrase, the window, the first page),
  median of 5 launches; target <= 1.5 s;
- search: a 100,000-client encrypted database; for 200 prefixes typed letter by letter, the
  time from the search starting to its rows being in the list (the 150 ms pause the field
  waits for the typist to stop is not counted); p95, target <= 50 ms;
- decisions: from Enter on a conviction form to its decisions and questions on screen
  (validation, the rules, the decision cards laid out); p95 of 50, target <= 100 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_bench.py [--clients 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CLINIC_APP_HOME", tempfile.mkdtemp(prefix="csd-ui-bench-"))

from PySide6.QtWidgets import QApplication

from clinic_app.core.store import Argon2Params, create_store
from clinic_app.core.synthetic import make_clients
from clinic_app.ui.intake.wizard import CONVICTIONS, IntakeWizard
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.worker import db_pool

START_SCRIPT = """
import time, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from clinic_app.cli import DEMO_PASSPHRASE
from clinic_app.core.store import open_store
from clinic_app.ui.main_window import MainWindow
store = open_store(Path(sys.argv[1]), DEMO_PASSPHRASE)
window = MainWindow(store)
window.show()
while not window.is_loaded:
    QApplication.processEvents()
print(time.time(), flush=True)
window.close()
"""


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure_start(runs: int) -> list[float]:
    demo_home = Path(tempfile.mkdtemp(prefix="csd-demo-"))
    environment = {**os.environ, "CLINIC_APP_HOME": str(demo_home)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "clinic_app",
            "demo",
            "--offscreen",
            "--screenshot",
            str(demo_home / "shot.png"),
        ],
        check=True,
        env=environment,
        capture_output=True,
    )
    database = demo_home / "demo" / "demo.db"
    seconds = []
    for _ in range(runs):
        launched = time.time()
        result = subprocess.run(
            [sys.executable, "-c", START_SCRIPT, str(database)],
            check=True,
            env=environment,
            capture_output=True,
            text=True,
        )
        seconds.append(float(result.stdout.strip().splitlines()[0]) - launched)
    return seconds


def measure_search(clients: int, queries: int) -> tuple[list[float], float]:
    database = Path(tempfile.mkdtemp()) / "big.db"
    store, _ = create_store(database, "benchmark only", params=Argon2Params(1024, 1, 1))
    built = time.perf_counter()
    batch = []
    names: list[str] = []
    for client in make_clients(clients, seed=7):
        batch.append(client)
        if len(names) < queries:
            names.append(client.last_name)
        if len(batch) == 1000:
            store.save_clients(batch)
            batch = []
    store.save_clients(batch)
    build_seconds = time.perf_counter() - built
    window = MainWindow(store)
    window.show()
    while not window.is_loaded:
        QApplication.processEvents()
    samples = []
    for name in names:
        for length in range(1, min(len(name), 5) + 1):
            window.search_edit.blockSignals(True)  # no debounce timer: time the search alone
            window.search_edit.setText(name[:length])
            window.search_edit.blockSignals(False)
            loaded = []
            window.clients_loaded.connect(loaded.append)
            started = time.perf_counter()
            window.run_search()
            while not loaded:
                db_pool().waitForDone(1)
                QApplication.processEvents()
            samples.append(time.perf_counter() - started)
            window.clients_loaded.disconnect(loaded.append)
    window.close()
    return samples, build_seconds


def measure_decisions(runs: int) -> list[float]:
    database = Path(tempfile.mkdtemp()) / "intake.db"
    store, _ = create_store(database, "benchmark only", params=Argon2Params(1024, 1, 1))
    wizard = IntakeWizard(store, today=date(2026, 11, 25))
    wizard.show()
    wizard.client_page.first_name.setText("Ana")
    wizard.client_page.last_name.setText("Ruiz")
    wizard.go_to(1)
    for field in wizard.situation_page.facts.values():
        field.set_answer("no")
    wizard.go_to(CONVICTIONS)
    page = wizard.convictions_page
    samples = []
    for run in range(runs):
        page.start_new()
        form = page.form
        form.case_number.setText(f"BA{run:06d}")
        form.county.set_answer("Los Angeles")
        form.code.setText("HS 11358")
        form.level.set_answer("felony")
        form.offense_date.setText("06/01/2014")
        form.conviction_date.setText("09/15/2014")
        form.probation_granted.set_answer("yes")
        form.probation_end.setText("09/15/2017")
        form.completed.setText("09/15/2017")
        started = time.perf_counter()
        page.save()  # what Enter does
        page.decisions.repaint()  # laid out and painted, as the volunteer sees it
        samples.append(time.perf_counter() - started)
        QApplication.processEvents()
    wizard.close()
    store.close()
    return samples


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200, help="names typed in the search")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])

    starts = measure_start(5)
    start = statistics.median(starts)
    print(
        f"start to main window (demo database), median of 5: {start:.2f} s "
        f"(min {min(starts):.2f}, max {max(starts):.2f})"
    )

    decisions = measure_decisions(50)
    decision_p95 = percentile(decisions, 0.95) * 1000
    print(
        f"conviction saved to decisions on screen: median "
        f"{statistics.median(decisions) * 1000:.1f} ms, p95 {decision_p95:.1f} ms"
    )

    searches, build = measure_search(args.clients, args.queries)
    search_p95 = percentile(searches, 0.95) * 1000
    print(
        f"search as typed at {args.clients:,} clients ({len(searches)} keystrokes; database "
        f"built in {build:.0f} s, not counted): median "
        f"{statistics.median(searches) * 1000:.1f} ms, p95 {search_p95:.1f} ms"
    )

    print(f"\ntarget start <= 1.5 s: {'MET' if start <= 1.5 else 'MISSED'}")
    print(f"target search p95 <= 50 ms: {'MET' if search_p95 <= 50 else 'MISSED'}")
    print(f"target decisions <= 100 ms (p95): {'MET' if decision_p95 <= 100 else 'MISSED'}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
