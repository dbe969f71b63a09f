#!/usr/bin/env bash
# Search benchmark (issue 5): generates a deterministic corpus of raw-text
# articles (examples/gen-corpus.rs), imports it into a fresh store, checks that search finds exactly
# the planted articles, then times whole-process newsarc search/list against
# ripgrep over the store and SQLite FTS5 over the same texts.
#
#   scripts/bench-search.sh                 # 10k and 100k articles
#   SIZES="10000" scripts/bench-search.sh   # only 10k
#   BENCH_DIR=/somewhere scripts/bench-search.sh
#
# Prerequisites (Debian/Ubuntu): apt-get install hyperfine ripgrep sqlite3
# plus python3 (its sqlite3 module builds the FTS5 database).
# Output: a Markdown report per size in $BENCH_DIR/results-<N>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"10000 100000"}
BENCH_DIR=${BENCH_DIR:-/tmp/newsarc-bench}
RUNS=${RUNS:-30}

for tool in hyperfine rg sqlite3 python3; do
  command -v "$tool" >/dev/null || {
    echo "missing $tool: apt-get install hyperfine ripgrep sqlite3 python3" >&2
    exit 2
  }
done

cargo build --release --quiet --bin newsarc --example gen-corpus
TARGET=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release
BIN=$TARGET/newsarc

mkdir -p "$BENCH_DIR"
for n in $SIZES; do
  dir="$BENCH_DIR/$n"
  corpus="$dir/corpus"
  store="$dir/store"
  db="$dir/fts5.sqlite"
  report="$BENCH_DIR/results-$n.md"
  mkdir -p "$dir"
  if [ ! -f "$dir/truth.json" ]; then
    echo "generating $n articles in $corpus" >&2
    "$TARGET/examples/gen-corpus" "$n" "$corpus"
  fi

  echo "importing into a fresh store" >&2
  # The previous store is moved aside and deleted only at the very end: on
  # this ext4 the inode allocator skips inodes freed in the last seconds
  # (minutes while their table blocks are dirty), so importing right after
  # deleting 200k files spent a quarter of its time looking for inodes.
  if [ -d "$store" ]; then
    mv "$store" "$BENCH_DIR/trash-$n-$$"
  fi
  sync
  load_import=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s.%N)
  "$BIN" --store "$store" -q import "$corpus" >/dev/null
  end=$(date +%s.%N)
  import_s=$(python3 -c "print(f'{$end - $start:.1f}')")
  rate=$(python3 -c "print(f'{$n / ($end - $start):.0f}')")

  if [ ! -f "$db" ]; then
    echo "building the SQLite FTS5 database" >&2
    python3 - "$corpus" "$db" <<'EOF'
import os, sqlite3, sys
corpus, db = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
con.execute("CREATE VIRTUAL TABLE docs USING fts5(name, body, tokenize='porter unicode61 remove_diacritics 2')")
for root, _, files in os.walk(corpus):
    for f in files:
        with open(os.path.join(root, f), encoding="utf-8") as fh:
            con.execute("INSERT INTO docs VALUES (?, ?)", (f, fh.read()))
con.commit()
con.close()
EOF
  fi

  echo "checking search results against the planted articles" >&2
  checks=$(python3 - "$BIN" "$store" "$corpus" "$dir/truth.json" <<'EOF'
import hashlib, json, subprocess, sys
bin_, store, corpus, truth_path = sys.argv[1:5]
truth = json.load(open(truth_path))
def ids(group):
    out = set()
    for name in truth[group]:
        with open(f"{corpus}/{name}", "rb") as f:
            out.add(hashlib.sha256(f.read()).hexdigest()[:12])
    return out
def search(*query):
    r = subprocess.run([bin_, "--store", store, "search", "--json", "-n", "100000", "--", *query],
                       capture_output=True, text=True)
    return {json.loads(l)["id"] for l in r.stdout.splitlines()}
a, b = ids("phrase_adjacent"), ids("phrase_apart")
cafe, plain = ids("accent_cafe"), ids("accent_plain")
cases = [
    ("rare word finds exactly its 7 articles", search("zorbulon"), ids("rare")),
    ('phrase "militant withdrawal" only adjacent words', search('"militant withdrawal"'), a),
    ("both words anywhere", search("militant", "withdrawal"), a | b),
    ("stemming: withdraw ~ withdrawal", search("withdraw"), a | b),
    ("accent folding: zurichberg = Zürichberg", search("zurichberg"), cafe | plain),
    ("accent folding: zürichberg = Zurichberg", search("zürichberg"), cafe | plain),
    ("-word excludes: zurichberg -cafe", search("zurichberg -cafe"), plain),
    ("author:lavrov", search("author:lavrov"), ids("author_lavrov")),
]
for name, got, want in cases:
    verdict = "pass" if got == want else f"FAIL (got {len(got)}, want {len(want)}, extra {len(got - want)}, missing {len(want - got)})"
    print(f"| {name} | {verdict} |")
EOF
)
  articles_kb=$(du -sk "$store/articles" | cut -f1)
  sources_kb=$(du -sk "$store/sources" | cut -f1)
  index_kb=$(du -sk "$store/index" | cut -f1)

  list_before=$("$BIN" --store "$store" list --json | wc -l)
  rm -rf "$store/index"
  list_after=$("$BIN" --store "$store" list --json 2>/dev/null | wc -l)

  echo "timing" >&2
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  q() { printf "SELECT name FROM docs WHERE docs MATCH '%s' ORDER BY rank LIMIT 10;" "$1"; }
  hyperfine -N --warmup 5 --runs "$RUNS" --export-json "$dir/times.json" \
    -n "newsarc search (rare)" "$BIN --store $store search zorbulon" \
    -n "newsarc search (common)" "$BIN --store $store search government" \
    -n "newsarc search (phrase)" "$BIN --store $store search '\"militant withdrawal\"'" \
    -n "newsarc list -n 20" "$BIN --store $store list -n 20" \
    -n "rg -il (rare)" "rg -il zorbulon $store/articles" \
    -n "rg -il (common)" "rg -il government $store/articles" \
    -n "rg -il (phrase)" "rg -il 'militant withdrawal' $store/articles" \
    -n "sqlite fts5 (rare)" "sqlite3 $db \"$(q zorbulon)\"" \
    -n "sqlite fts5 (common)" "sqlite3 $db \"$(q government)\"" \
    -n "sqlite fts5 (phrase)" "sqlite3 $db \"$(q '\"militant withdrawal\"')\"" \
    >/dev/null
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)

  LOADS="import: $load_import; timing: $load_before at the start, $load_after at the end" \
  python3 - "$dir/times.json" "$n" "$import_s" "$rate" "$articles_kb" "$sources_kb" "$index_kb" \
    "$list_before" "$list_after" "$checks" >"$report" <<'EOF'
import json, statistics, sys
times, n, import_s, rate, art_kb, src_kb, idx_kb, lb, la, checks = sys.argv[1:11]
res = {r["command"]: statistics.median(r["times"]) * 1000 for r in json.load(open(times))["results"]}
def row(name):
    return res[name]
print(f"### {int(n):,} articles\n")
print("| operation | newsarc | rg -il | ratio | SQLite FTS5 | ratio |")
print("|---|---:|---:|---:|---:|---:|")
for kind in ["rare", "common", "phrase"]:
    ours, rg, fts = row(f"newsarc search ({kind})"), row(f"rg -il ({kind})"), row(f"sqlite fts5 ({kind})")
    print(f"| search, {kind} term{'s' if kind=='phrase' else ''} | {ours:.1f} ms | {rg:.1f} ms | {rg/ours:.0f}× | {fts:.1f} ms | {fts/ours:.1f}× |")
print(f"| list -n 20 | {row('newsarc list -n 20'):.1f} ms | | | | |")
print()
import os
print(f"Load average (1, 5, 15 min) during {os.environ['LOADS']}.\n")
print(f"Medians of whole-process wall time. Import of {int(n):,} text files (release, durable): "
      f"{import_s} s = **{rate} articles/s**.")
print(f"Store: articles/ {int(art_kb)/1024:.1f} MiB, sources/ {int(src_kb)/1024:.1f} MiB, "
      f"index/ {int(idx_kb)/1024:.1f} MiB = **{100*int(idx_kb)/int(art_kb):.0f}%** of the JSON articles.\n")
print("| correctness check | result |")
print("|---|---|")
print(checks)
verdict = "pass" if lb == la else "FAIL"
print(f"| deleting <store>/index loses nothing ({lb.strip()} listed before, {la.strip()} after the rebuild) | {verdict} |")
EOF
  cat "$report"
done
rm -rf "$BENCH_DIR"/trash-*
