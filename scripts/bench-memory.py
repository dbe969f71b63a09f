#!/usr/bin/env python3
"""Peak memory (resident set) and wall time of `newsarc parse` on inputs of
every shape: a dev row, a large real dump, and crafted pages that are all
lines, all blocks or all tags, up to the parser's line and tag limits
(`source::MAX_TEXT_LINES`, `source::MAX_HTML_TAGS`). Each binary parses
each input in its own process; the table gives the peak resident set in
MB, that peak per input byte (less the ~18 MB an empty parse takes), and
the seconds.

    python3 scripts/bench-memory.py BIN [BIN ...]

Run from the repository root (the bench is ../shared/bench, or $BENCH).
"""
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(os.environ.get("BENCH", "../shared/bench"))
LIMIT = 1_000_000  # source::MAX_TEXT_LINES and source::MAX_HTML_TAGS


def inputs(scratch):
    """(name, files) pairs: each is one process's input. Files are written
    a line at a time, so this process stays small: a child's peak counts
    the memory it shares with its parent until it starts the binary."""
    dev = BENCH / "dev"
    row = sorted(str(p) for p in (dev / "readability/text/w3m").glob("*.txt"))
    big = scratch / "real-dumps.txt"
    with open(big, "wb") as out:
        for path in sorted((dev / "wcxb/text/w3m").glob("*.txt")) * 2:
            out.write(path.read_bytes())
    words = "the council said on Tuesday that costs rose in Aleppo schools".split()
    crafted = {
        "one-word-lines.txt": (words[i % len(words)] + "\n" for i in range(LIMIT - 1)),
        "one-letter-lines.txt": ("a\n" for _ in range(LIMIT - 1)),
        "headline-lines.txt": (f"Story number {i} about the council and Aleppo\n"
                               for i in range(LIMIT - 1)),
        "blank-lines.txt": (["A headline\n\nA paragraph of text.\n"]
                            + ["\n"] * (LIMIT - 4)),
        "one-line.txt": ("The council said on Tuesday that costs rose. "
                         for _ in range(200_000)),
        "p-tags.html": (["<html><body>"] + ["<p>a b</p>"] * (LIMIT // 2 - 2)
                        + ["</body></html>"]),
    }
    for name, pieces in crafted.items():
        with open(scratch / name, "w") as out:
            out.writelines(pieces)
    yield "readability w3m row", row
    yield "real dumps, 2x wcxb w3m", [str(big)]
    for name in crafted:
        yield name, [str(scratch / name)]


def measure(binary, files):
    """(peak resident MB, seconds) of one `parse` process."""
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "parse", *files],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss / 1024, time.perf_counter() - start


def main():
    binaries = sys.argv[1:]
    if not binaries:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        base = {b: measure(b, [str(scratch / "none")])[0] for b in binaries}
        print(f"{'input':<26} {'MB in':>7}" + "".join(
            f" {os.path.basename(b)[-22:]:>30}" for b in binaries))
        for name, files in inputs(scratch):
            size = sum(os.path.getsize(f) for f in files) / 1e6
            cells = ""
            for b in binaries:
                peak, secs = measure(b, files)
                per_byte = (peak - base[b]) / size
                cells += f" {peak:7.0f} MB {per_byte:5.0f}x {secs:6.2f} s"
            print(f"{name:<26} {size:7.1f}" + cells)


if __name__ == "__main__":
    main()
