#!/usr/bin/env bash
# kill -9 a bulk import at a random moment, ROUNDS times, each round on a
# fresh batch of ARTICLES inputs (so every kill can land mid-import, not on
# a finished no-op). After each kill: no article file is damaged (`check`)
# and a sample of listed articles opens (`show`). Then the whole import is
# re-run to completion and `check --repair` then `check` must pass with
# every article stored. Reports how many rounds the kill landed mid-import.
#
#   scripts/crash-test.sh [ROUNDS] [ARTICLES]     # default 50 rounds, 200 articles each
#   PROFILE=dev scripts/crash-test.sh             # the debug build (no release build needed)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-50}
count=${2:-200}
# Listed articles opened with `show` after each kill; `check` reads them all.
sample=25
profile=${PROFILE:-release}
cargo build --profile "$profile" --quiet --bin newsarc
dir=$profile
[ "$profile" = dev ] && dir=debug
bin=${CARGO_TARGET_DIR:-target}/$dir/newsarc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/store"
damaged=0
killed=0
for r in $(seq 1 "$rounds"); do
  batch="$work/in/r$r"
  mkdir -p "$batch"
  for i in $(seq 1 "$count"); do
    printf 'Council votes on budget item %d of round %d\n\nThe council met on Monday to vote on item %d, the mayor said.\n\nMembers debated for hours.\n' "$i" "$r" "$i" > "$batch/a$i.txt"
  done
  "$bin" --store "$store" -q import "$batch" >/dev/null 2>&1 &
  pid=$!
  # 20 ms to 1 s into the import.
  sleep "$(awk -v n="$RANDOM" 'BEGIN { printf "%.3f", 0.02 + (n % 981) / 1000 }')"
  kill -9 "$pid" 2>/dev/null || true
  status=0
  wait "$pid" 2>/dev/null || status=$?
  [ "$status" -eq 137 ] && killed=$((killed + 1))
  if "$bin" --store "$store" check 2>/dev/null | grep -q damaged; then
    damaged=$((damaged + 1))
    echo "round $r: damaged file after kill -9"
  fi
  for id in $("$bin" --store "$store" list --json 2>/dev/null | python3 -c 'import sys,json; [print(json.loads(l)["id"]) for l in sys.stdin]' | shuf -n "$sample"); do
    "$bin" --store "$store" show "$id" --json >/dev/null || { echo "round $r: listed $id does not open"; exit 1; }
  done
done
"$bin" --store "$store" -q import "$work/in" >/dev/null
"$bin" --store "$store" check --repair >/dev/null
"$bin" --store "$store" check >/dev/null
stored=$("$bin" --store "$store" list --json | wc -l)
want=$((rounds * count))
echo "kill -9 x $rounds ($killed mid-import): $damaged rounds with a damaged file; after re-import $stored/$want articles, check clean"
[ "$damaged" -eq 0 ] && [ "$stored" -eq "$want" ]
