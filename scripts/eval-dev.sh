#!/usr/bin/env bash
# Scores newsarc's parser on the dev set (../shared/bench/dev): the raw-text
# parser on every dataset x renderer, and the HTML parser on every dataset.
# Builds the release binary once; run from the repository root.
#
#   scripts/eval-dev.sh                 # all rows
#   BENCH=/path/to/bench scripts/eval-dev.sh
#
# Honours CARGO_TARGET_DIR. Prints one table (body F1/P/R, headline,
# authors, date, pages per second); each row comes from eval-parse.py.
set -euo pipefail

cd "$(dirname "$0")/.."
bench="${BENCH:-../shared/bench}"
target="${CARGO_TARGET_DIR:-target}"
bin="$target/release/newsarc"

cargo build --release --quiet
[ -x "$bin" ] || { echo "eval-dev: no binary at $bin" >&2; exit 2; }

printf '%-12s %-9s %-6s %6s %6s %6s %8s %7s %6s %9s\n' \
    dataset renderer format F1 P R headline authors date pages/s
row() {
    local ds=$1 fmt=$2 renderer=$3 json
    json=$(mktemp)
    local args=(--format "$fmt" --json "$json")
    [ "$fmt" = text ] && args+=(--renderer "$renderer")
    python3 "$bench/eval-parse.py" "$bin" "$bench/dev/$ds" "${args[@]}" >/dev/null 2>&1 || true
    python3 - "$json" "$ds" "$renderer" "$fmt" <<'PY'
import json, sys
path, ds, renderer, fmt = sys.argv[1:5]
try:
    r = json.load(open(path))
except Exception:
    print(f"{ds:<12} {renderer:<9} {fmt:<6} (eval failed)")
    sys.exit(0)
f = lambda v: "-" if v is None else f"{v:.3f}"
print(f"{ds:<12} {renderer:<9} {fmt:<6} {f(r['f1']):>6} {f(r['precision']):>6} {f(r['recall']):>6} "
      f"{f(r['headline_acc']):>8} {f(r['author_f1']):>7} {f(r['date_acc']):>6} {r['pages_per_s'] or 0:>9.0f}")
PY
    rm -f "$json"
}
for ds in readability wcxb; do
    for r in w3m lynx chromium; do
        row "$ds" text "$r"
    done
    row "$ds" html -
done
