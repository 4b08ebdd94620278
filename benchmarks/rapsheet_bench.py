"""Rap-sheet reader benchmark: parse time, OCR time, and field-level accuracy.

Prints parse time per page and for a 10-page record (text), OCR seconds per page on
photographed pages, and field-level accuracy on synthetic sheets: clean text, text with
OCR-like damage, and photographed pages read through OCR. A conviction is found when its
code AND its conviction date are read right; level, sentence, relief, county and case
number are then compared on the found ones; "invented" counts convictions read with a code
and date that no written conviction has.

Targets (issue 5): 10 pages of text parsed in 200 ms or less; OCR 3 s or less a page;
convictions found >= 98% on clean text and >= 90% on noisy pictures.

    .venv/bin/python benchmarks/rapsheet_bench.py [--clean-sheets 300] [--noisy-sheets 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence

from clinic_app.core.rapsheet import parse_text
from clinic_app.core.rapsheet.ocr import read_page
from clinic_app.core.rapsheet.synthetic import (
    LINES_PER_PAGE,
    Accuracy,
    SyntheticSheet,
    confuse,
    make_sheet,
    make_sheets,
    measure,
    render_pages,
)

PARSE_TARGET_MS, OCR_TARGET_S, CLEAN_TARGET, NOISY_TARGET = 200, 3.0, 0.98, 0.90
FIELDS = (
    ("found", "convictions found (code and date)"),
    ("level", "level right"),
    ("sentence", "sentence right"),
    ("relief", "relief and current level right"),
    ("county", "county right"),
    ("case_number", "case number right"),
    ("arrests_found", "arrests found (code and date)"),
    ("arrest_disposition", "arrest disposition right"),
)


def sheet_of_pages(pages: int, seed: int) -> SyntheticSheet:
    """A sheet of at least `pages` pages: cycles are added until it is that long."""
    cycles = pages * 3
    while True:
        written = make_sheet(seed, cycles=cycles)
        if written.text.count("\n") >= pages * LINES_PER_PAGE:
            return written
        cycles += max(1, cycles // 20)


def timed(action: Callable[[], object], repeat: int) -> float:
    """The median seconds of `repeat` runs."""
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def report(title: str, total: Accuracy) -> None:
    print(f"\n{title}: {total.convictions:,} convictions, {total.arrests:,} arrests")
    for name, words in FIELDS:
        print(f"  {words:<38} {total.share(name):7.2%}")
    print(f"  {'invented (read wrong)':<38} {total.invented:7d}")


def verdict(met: bool) -> str:
    return "MET" if met else "MISSED"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean-sheets", type=int, default=300)
    parser.add_argument("--damaged-sheets", type=int, default=200)
    parser.add_argument("--noisy-sheets", type=int, default=10, help="photographed, via OCR")
    parser.add_argument("--noise", type=float, default=0.5, help="photo noise, 0 to 1")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)

    ten = sheet_of_pages(10, args.seed)
    long = sheet_of_pages(200, args.seed)
    ten_pages = ten.text.count("\n") / LINES_PER_PAGE
    long_pages = long.text.count("\n") / LINES_PER_PAGE
    ten_s = timed(lambda: parse_text(ten.text), 9)
    long_s = timed(lambda: parse_text(long.text), 3)
    print(f"parse, {ten_pages:.1f}-page record:   {ten_s * 1000:8.1f} ms")
    print(f"parse, {long_pages:.1f}-page record:  {long_s * 1000:8.1f} ms")
    print(f"parse, per page:             {long_s / long_pages * 1000:8.2f} ms")

    clean = Accuracy()
    for written in make_sheets(args.clean_sheets, seed=args.seed):
        clean += measure(written, parse_text(written.text))
    report(f"clean text, {args.clean_sheets} sheets", clean)

    damaged = Accuracy()
    for written in make_sheets(args.damaged_sheets, seed=args.seed + 1):
        text = confuse(written.text, written.person.date_of_birth.toordinal(), rate=0.05)
        damaged += measure(written, parse_text(text))
    report(f"text with OCR-like damage (5% look-alikes, broken lines), {args.damaged_sheets} "
           "sheets", damaged)  # fmt: skip

    noisy = Accuracy()
    ocr_seconds: list[float] = []
    for index in range(args.noisy_sheets):
        written = make_sheet(args.seed * 1000 + index, cycles=4)
        texts = []
        for page in render_pages(written.text, index, noise=args.noise):
            began = time.perf_counter()
            texts.append(read_page(page, source="benchmark"))
            ocr_seconds.append(time.perf_counter() - began)
        noisy += measure(written, parse_text("\n".join(texts)))
    report(
        f"photographed pages (noise {args.noise}), {args.noisy_sheets} sheets, "
        f"{len(ocr_seconds)} pages",
        noisy,
    )
    per_page = statistics.mean(ocr_seconds) if ocr_seconds else 0.0
    print(f"\nOCR per page (clean-up and Tesseract): mean {per_page:.2f} s, "
          f"max {max(ocr_seconds, default=0.0):.2f} s")  # fmt: skip

    print(f"\ntarget 10 pages parsed <= {PARSE_TARGET_MS} ms: "
          f"{verdict(ten_s * 1000 <= PARSE_TARGET_MS)}")  # fmt: skip
    print(f"target OCR <= {OCR_TARGET_S:.0f} s/page: {verdict(per_page <= OCR_TARGET_S)}")
    print(f"target clean text >= {CLEAN_TARGET:.0%} found: "
          f"{verdict(clean.share('found') >= CLEAN_TARGET)}")  # fmt: skip
    print(f"target noisy pictures >= {NOISY_TARGET:.0%} found: "
          f"{verdict(noisy.share('found') >= NOISY_TARGET)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
