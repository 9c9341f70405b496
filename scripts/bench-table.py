#!/usr/bin/env python3
"""Prints the extraction benchmark table of BENCHMARKS.md from criterion's
results (target/criterion/extract/<input>/<MB>/new/), after
`cargo bench --bench extract`.

Columns: mean time per size; throughput at 16 MB; time per byte relative to
the dated corpus (normal prose) at 16 MB; and the largest ratio between the
times of one size and the size before it (2.00 would be exactly linear)."""

import json
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent / "target" / "criterion" / "extract"
sizes = [1, 2, 4, 8, 16]


def mean_ns(name, mb):
    path = root / name / str(mb) / "new" / "estimates.json"
    return json.loads(path.read_text())["mean"]["point_estimate"]


def bytes_of(name, mb):
    path = root / name / str(mb) / "new" / "benchmark.json"
    return json.loads(path.read_text())["throughput"]["Bytes"]


def show(ns):
    return f"{ns / 1e6:.2f} ms" if ns >= 1e5 else f"{ns / 1e3:.0f} µs"


if not root.is_dir():
    sys.exit(f"no results in {root}: run `cargo bench --bench extract` first")
names = sorted(p.name for p in root.iterdir() if p.is_dir() and p.name != "report")
per_byte = {n: mean_ns(n, 16) / bytes_of(n, 16) for n in names}
base = per_byte["dated"]
print("| input | " + " | ".join(f"{mb} MB" for mb in sizes)
      + " | MB/s at 16 MB | per byte vs dated | worst doubling |")
print("|---|" + "---:|" * (len(sizes) + 3))
for n in sorted(names, key=lambda n: -per_byte[n]):
    times = [mean_ns(n, mb) for mb in sizes]
    doubling = max(b / a for a, b in zip(times, times[1:]))
    mbps = bytes_of(n, 16) / mean_ns(n, 16) * 1e3
    print(f"| {n} | " + " | ".join(show(t) for t in times)
          + f" | {mbps:,.0f} | {per_byte[n] / base:.2f} | {doubling:.2f} |")
