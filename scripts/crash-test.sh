#!/usr/bin/env bash
# kill -9 a bulk import at random moments, ROUNDS times, and check after
# each kill that no article file is damaged and every listed article opens.
# Then re-run the import to completion and require a clean `check`.
#
#   scripts/crash-test.sh [ROUNDS] [ARTICLES]     # default 50 rounds, 400 articles
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-50}
count=${2:-400}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/newsarc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for i in $(seq 1 "$count"); do
  printf 'Council votes on budget item %d\n\nThe council met on Monday to vote on item %d, the mayor said.\n\nMembers debated for hours.\n' "$i" "$i" > "$work/in/a$i.txt"
done
store="$work/store"
damaged=0
for r in $(seq 1 "$rounds"); do
  "$bin" --store "$store" -q import "$work/in" >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 300 + 10))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if "$bin" --store "$store" check 2>/dev/null | grep -q damaged; then
    damaged=$((damaged + 1))
  fi
  for id in $("$bin" --store "$store" list --json 2>/dev/null | python3 -c 'import sys,json; [print(json.loads(l)["id"]) for l in sys.stdin]'); do
    "$bin" --store "$store" show "$id" --json >/dev/null || { echo "round $r: listed $id does not open"; exit 1; }
  done
done
"$bin" --store "$store" -q import "$work/in" >/dev/null
"$bin" --store "$store" check --repair >/dev/null
"$bin" --store "$store" check >/dev/null
stored=$("$bin" --store "$store" list --json | wc -l)
echo "kill -9 x $rounds: $damaged rounds with a damaged file; after re-import $stored/$count articles, check clean"
[ "$damaged" -eq 0 ] && [ "$stored" -eq "$count" ]
