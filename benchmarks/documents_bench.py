"""Documents benchmark: one client's packet, and a batch of petitions, compiled vs naive.

Prints:
- one packet (31 documents for a client with five cases and an arrest) as DOCX: the first
  render (templates parsed and compiled) and the median of later ones; target <= 150 ms;
- the same packet with PDFs (LibreOffice, one call for the whole packet);
- N petitions (CR-180) in a row, with `CompiledTemplate` (each template parsed once) and with
  the naive loop `DocxTemplate(path).render()` per document, in the same run; documents per
  second and the ratio; target >= 3x.

    .venv/bin/python benchmarks/documents_bench.py [--petitions 1000] [--no-pdf]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from clinic_app.core.documents.convert import find_soffice
from clinic_app.core.documents.packet import compiled_template, plan_packet, render_packet
from clinic_app.core.documents.render import render_naive
from clinic_app.core.documents.service import Packet, packet_pdfs
from clinic_app.core.resources import forms_dir
from clinic_app.core.rules.engine import evaluate
from clinic_app.core.synthetic_packet import (
    DEMO_DETAILS,
    DEMO_SETTINGS,
    approve_every_form,
    make_packet_client,
)

TODAY = date(2026, 11, 25)

PETITION = "cr180_petition_for_dismissal.docx"


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--petitions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20, help="packet renders to time")
    parser.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice timing")
    args = parser.parse_args(argv)

    client = make_packet_client()
    evaluation = evaluate(client.record(TODAY))
    reviews = approve_every_form(client, evaluation.decisions, datetime.now(UTC))
    plan = plan_packet(
        client, evaluation, reviews, DEMO_SETTINGS, DEMO_DETAILS, today=TODAY, draft=False
    )
    print(f"packet: {len(plan.documents)} documents for one client")

    cold = timed(lambda: render_packet(plan))
    warm = [timed(lambda: render_packet(plan)) for _ in range(args.runs)]
    median_ms = statistics.median(warm) * 1000
    print(f"  DOCX, first render (templates compiled): {cold * 1000:7.1f} ms")
    print(f"  DOCX, median of {args.runs}:                  {median_ms:7.1f} ms")
    print(f"  target one packet <= 150 ms: {'MET' if median_ms <= 150 else 'MISSED'}")

    if not args.no_pdf:
        if find_soffice() is None:
            print("  with PDF: skipped (LibreOffice is not installed)")
        else:
            packet = Packet(plan, render_packet(plan))
            with tempfile.TemporaryDirectory() as folder:
                seconds = timed(lambda: packet_pdfs(packet, Path(folder)))
            print(f"  DOCX + PDF (LibreOffice, one call):       {seconds:7.2f} s")

    context = next(d.context for d in plan.documents if d.template == PETITION)
    source = (forms_dir() / PETITION).read_bytes()
    compiled = compiled_template(PETITION)
    n = args.petitions
    fast = timed(lambda: [compiled.render(context) for _ in range(n)])
    naive = timed(lambda: [render_naive(source, context) for _ in range(n)])
    print(f"{n:,} petitions (CR-180) in a row:")
    print(f"  compiled once:      {fast:6.2f} s  {n / fast:7.1f} documents/s")
    print(f"  naive docxtpl loop: {naive:6.2f} s  {n / naive:7.1f} documents/s")
    ratio = naive / fast
    print(f"  ratio: {ratio:.1f}x  (target >= 3x: {'MET' if ratio >= 3 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
