"""Fill every template for the synthetic packet client and turn the pages into images.

    python -m forms.render_samples OUT_DIR [--draft] [--dpi 60]

For looking at the forms as a clerk would (and for docs/forms/): one PDF per document and
one PNG per page (`pdftoppm`, from poppler-utils). The client is fictional
(clinic_app.core.synthetic_packet).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from clinic_app.core.documents.packet import plan_packet, render_packet
from clinic_app.core.documents.service import Packet, packet_pdfs
from clinic_app.core.model import Language
from clinic_app.core.rules.engine import evaluate
from clinic_app.core.synthetic_packet import (
    DEMO_DETAILS,
    DEMO_SETTINGS,
    approve_every_form,
    make_packet_client,
)

TODAY = date(2026, 11, 25)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--draft", action="store_true", help="an unapproved, DRAFT packet")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    pdfs: list[Path] = []
    for language in Language:  # the letter and handout exist in both languages
        client = make_packet_client().model_copy(update={"preferred_language": language})
        evaluation = evaluate(client.record(TODAY))
        reviews = (
            {}
            if args.draft
            else approve_every_form(client, evaluation.decisions, datetime.now(UTC))
        )
        plan = plan_packet(
            client, evaluation, reviews, DEMO_SETTINGS, DEMO_DETAILS, today=TODAY, draft=args.draft
        )
        folder = args.out / language.value
        folder.mkdir(exist_ok=True)
        pdfs += packet_pdfs(Packet(plan, render_packet(plan)), folder)
    for pdf in pdfs:
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(args.dpi), str(pdf), str(pdf.with_suffix(""))],
            check=True,
        )
    print(f"{len(pdfs)} PDFs and their pages in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
