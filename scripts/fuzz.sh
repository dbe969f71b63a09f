#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600), seeded with the
# fixtures. Crashes land in fuzz/artifacts/<target>/; once fixed, copy each
# to fixtures/fuzz-regressions/<target>/ (replayed by tests/fuzz_regressions.rs).
#
#   scripts/fuzz.sh            # 10 minutes per target
#   scripts/fuzz.sh 60 query   # one target, one minute
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz wants nightly
# compiler flags; RUSTC_BOOTSTRAP=1 lets the stable toolchain accept them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse_text parse_html query)
export RUSTC_BOOTSTRAP=1
for target in "${targets[@]}"; do
  case $target in
    parse_text) seeds=(fixtures/text) ;;
    parse_html) seeds=(fixtures/html) ;;
    *) seeds=() ;;
  esac
  mkdir -p "fuzz/corpus/$target"
  existing=()
  for s in "${seeds[@]}"; do [ -d "$s" ] && existing+=("$s"); done
  echo "== $target: ${seconds}s"
  cargo fuzz run --release "$target" "fuzz/corpus/$target" "${existing[@]}" -- \
    -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=4096 -timeout=20
done
