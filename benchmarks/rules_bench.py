"""Rule-module benchmark: evaluate synthetic people and report throughput and latency.

Prints convictions decided per second on one core (the evaluation is single-threaded pure
Python, so one process = one core) and the median and p95 time to evaluate one person.

Targets (issue 3): one person in under 5 ms p95; at least 20,000 convictions per second on
one core.

    .venv/bin/python benchmarks/rules_bench.py [--people 100000]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import date

from clinic_app.core.model import Record
from clinic_app.core.rules.engine import evaluate
from clinic_app.core.synthetic import make_clients

AS_OF = date(2026, 11, 15)


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    gc.disable()
    records: list[Record] = [c.record(AS_OF) for c in make_clients(args.people, seed=args.seed)]
    gc.enable()
    gc.freeze()
    convictions = sum(len(r.convictions) for r in records)
    arrests = sum(len(r.arrests) for r in records)
    print(
        f"{len(records):,} synthetic people: {convictions:,} convictions, {arrests:,} arrests "
        f"(built in {time.perf_counter() - start:.1f} s, not counted)"
    )

    evaluate(records[0])  # load the offense table and messages outside the timing
    timings = []
    decisions = 0
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    for record in records:
        began = time.perf_counter()
        decisions += len(evaluate(record).decisions)
        timings.append(time.perf_counter() - began)
    cpu = time.process_time() - cpu_start
    wall = time.perf_counter() - wall_start

    per_second = convictions / cpu
    p95_ms = percentile(timings, 0.95) * 1000
    print(f"decisions made:                  {decisions:,}")
    print(f"total time:                      {wall:.1f} s wall, {cpu:.1f} s CPU (one core)")
    print(f"convictions per second per core: {per_second:,.0f}")
    print(f"one person, median:              {statistics.median(timings) * 1000:.3f} ms")
    print(f"one person, p95:                 {p95_ms:.3f} ms")
    print(f"one person, max:                 {max(timings) * 1000:.3f} ms")
    print(f"\ntarget p95 < 5 ms: {'MET' if p95_ms < 5 else 'MISSED'}")
    print(f"target >= 20,000 convictions/s per core: {'MET' if per_second >= 20_000 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
