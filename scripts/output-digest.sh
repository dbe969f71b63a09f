#!/usr/bin/env bash
# Prints one md5 a group of the parser's output over the dev set, so a change
# meant only to be faster can show it changed nothing: run it with the old
# and the new binary and diff the two listings.
#
#   scripts/output-digest.sh BIN > new.md5
#   diff <(scripts/output-digest.sh OLD_BIN) new.md5
#
# Groups: each dev row's text JSON and `-v` trace (dataset x renderer), each
# dataset's HTML JSON, the fixtures, and crafted stress pages (pages built of
# one repeated shape, one-line pages, one word a line) written to a scratch
# directory. Run from the repository root; the bench is ../shared/bench, or
# $BENCH.
set -euo pipefail
bin=$(realpath "$1")
bench=${BENCH:-../shared/bench}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The import time is the one field that changes from run to run: its value
# is blanked, not its line dropped (`parse` prints an article a line when
# piped, so dropping the line dropped everything).
digest() { printf '%s %s\n' "$(sed -E 's/("imported_at": ?)"[^"]*"/\1""/' | md5sum | cut -c1-32)" "$1"; }
# Some dev dumps are empty: the parser says so and exits non-zero.
run() { "$bin" "$@" || true; }

for dataset in readability wcxb; do
  for renderer in w3m lynx chromium; do
    files=("$bench/dev/$dataset/text/$renderer"/*.txt)
    run parse --format text "${files[@]}" 2>/dev/null | digest "$dataset/$renderer/json"
    run -v parse --format text "${files[@]}" 2>&1 >/dev/null | digest "$dataset/$renderer/trace"
  done
  run parse --format html "$bench/dev/$dataset"/*.html 2>/dev/null | digest "$dataset/html/json"
done

for fixture in fixtures/text/*/input.txt; do
  run -v parse --format text "$fixture" 2>&1 | digest "$fixture"
done

python3 - "$scratch" <<'EOF'
import random, sys
out = sys.argv[1]
random.seed(7)
words = ("the council said on Tuesday that a new report by Jane Smith and Omar Ali "
         "found rising costs in Aleppo schools while officials denied it").split()
def sentence(n):
    return " ".join(random.choice(words) for _ in range(n)).capitalize() + "."
shapes = {
    "author-boxes": lambda i: f"By Jane Smith{i} and Omar Ali\nSenior Editor\n\n{sentence(30)}\n",
    "copyright": lambda i: f"Copyright {1990 + i % 30} Example News Ltd. All rights reserved.\n",
    "link-lists": lambda i: f"* Home\n* World\n* Story number {i} about Aleppo\n",
    "numbered": lambda i: f"{i}. {sentence(12)}\n",
    "quotes": lambda i: f'"{sentence(14)}" said Jane Smith{i}, a spokeswoman.\n\n',
}
for name, shape in shapes.items():
    for copies in (500, 4000):
        with open(f"{out}/{name}-{copies}.txt", "w") as f:
            f.write("Headline of a crafted page\n\n" + "\n".join(shape(i) for i in range(copies)))
with open(f"{out}/one-line.txt", "w") as f:
    f.write(" ".join(sentence(20) for _ in range(20000)))
with open(f"{out}/one-word-a-line.txt", "w") as f:
    f.write("\n".join(random.choice(words) for _ in range(150000)))
EOF
# By name from inside the scratch directory: traces quote the path.
cd "$scratch"
for page in *.txt; do
  run -v parse --format text "$page" 2>&1 | digest "crafted/$page"
done
