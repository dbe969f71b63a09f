#!/usr/bin/env python3
"""Whole-process speed of the raw-text parser as eval-parse.py measures it:
one `newsarc parse --format text` process per dev row (dataset x renderer,
94 or 200 dumps), started by Python with its output captured, timed from
start to exit. Several binaries run in turn, row by row, so a busy machine
slows them alike; each row prints the median and the fastest run of each.

    python3 scripts/bench-text-rows.py RUNS BIN [BIN ...]
    python3 scripts/bench-text-rows.py 12 /tmp/old-newsarc target/release/newsarc

Run from the repository root (the bench is ../shared/bench, or $BENCH).
`chrt -r 10` in front keeps other work from preempting the runs.
"""
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(os.environ.get("BENCH", "../shared/bench"))
ROWS = [(d, r) for d in ("readability", "wcxb") for r in ("w3m", "lynx", "chromium")]


def run_once(binary, files):
    """Seconds one process takes over `files`, started and read as
    eval-parse.py does."""
    start = time.perf_counter()
    subprocess.run([binary, "parse", "--format", "text", *files], capture_output=True)
    return time.perf_counter() - start


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    runs, binaries = int(sys.argv[1]), sys.argv[2:]
    files = {
        row: sorted(str(p) for p in (BENCH / "dev" / row[0] / "text" / row[1]).glob("*.txt"))
        for row in ROWS
    }
    times = {(b, row): [] for b in binaries for row in ROWS}
    for _ in range(runs):
        for row in ROWS:
            for b in binaries:
                times[(b, row)].append(run_once(b, files[row]))
    names = [os.path.basename(b) for b in binaries]
    print(f"{'dataset':<12} {'renderer':<9}" + "".join(f" {n[-24:]:>36}" for n in names))
    total = dict.fromkeys(binaries, 0.0)
    for row in ROWS:
        cells = []
        for b in binaries:
            median, fastest = statistics.median(times[(b, row)]), min(times[(b, row)])
            total[b] += median
            pages = len(files[row]) / median
            cells.append(f" {median * 1e3:7.1f} ms {pages:6.0f} pages/s min {fastest * 1e3:5.1f}")
        print(f"{row[0]:<12} {row[1]:<9}" + "".join(cells))
    pages = sum(len(f) for f in files.values())
    print(f"{'all rows':<22}" + "".join(
        f" {total[b] * 1e3:7.1f} ms {pages / total[b]:6.0f} pages/s {'':9}" for b in binaries))


if __name__ == "__main__":
    main()
