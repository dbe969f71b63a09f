#!/usr/bin/env python3
"""Per-page headline, authors, date and body of the raw-text parser, and the
pages whose fields changed between two binaries (both dev datasets, the three
renderers), scored as eval-parse.py scores the headline (NFKC, casefold, outer
punctuation).

    python3 scripts/headline-pages.py dump BIN OUT.json
    python3 scripts/headline-pages.py compare BEFORE.json AFTER.json
    python3 scripts/headline-pages.py lines OUT.json wcxb chromium   # misses whose
                                  # reference is a whole line of the dump

Run from the repository root (the bench is ../shared/bench, or $BENCH).
"""
import collections
import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

BENCH = Path(os.environ.get("BENCH", "../shared/bench"))
RENDERERS = ("w3m", "lynx", "chromium")
DATASETS = ("wcxb", "readability")


def load_eval():
    spec = importlib.util.spec_from_file_location("ep", BENCH / "eval-parse.py")
    ep = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ep)
    return ep


def dump(binp, out):
    ep = load_eval()
    res = {}
    for ds in DATASETS:
        for r in RENDERERS:
            truth, files = ep.pages_of(BENCH / "dev" / ds, "text", r)
            arts, _, _, _ = ep.run_parse(binp, "text", files, 600)
            for pid, t in sorted(truth.items()):
                a = arts.get(pid) or {}
                ref = ep.norm_text(t.get("headline") or "")
                pick = ep.norm_text(a.get("headline") or "")
                res[f"{ds}/{r}/{pid}"] = {
                    "ok": bool(ref) and ref == pick,
                    "ref": t.get("headline"),
                    "pick": a.get("headline"),
                    "authors": a.get("authors"),
                    "date": a.get("published"),
                    "body": hashlib.md5(json.dumps(a.get("body") or "").encode()).hexdigest(),
                }
    json.dump(res, open(out, "w"), indent=0)


def compare(before, after):
    a, b = json.load(open(before)), json.load(open(after))
    right = collections.Counter()
    for k in a:
        x, y = a[k], b[k]
        ds, r, _ = k.split("/")
        right[(ds, r, 0)] += x["ok"]
        right[(ds, r, 1)] += y["ok"]
        if x["pick"] != y["pick"]:
            tag = "WON " if y["ok"] and not x["ok"] else "LOST" if x["ok"] and not y["ok"] else "chg "
            print(tag, k, "|", (x["pick"] or "")[:60], "->", (y["pick"] or "")[:60])
        for f in ("authors", "date", "body"):
            if x[f] != y[f]:
                print("    ", f, "changed", k)
    for ds in DATASETS:
        print(ds, " ".join(f"{r}: {right[(ds, r, 0)]} -> {right[(ds, r, 1)]}" for r in RENDERERS))


def lines(path, ds, r):
    ep = load_eval()
    d = json.load(open(path))
    n = 0
    for k, v in d.items():
        dd, rr, pid = k.split("/")
        if dd != ds or rr != r or v["ok"]:
            continue
        text = (BENCH / "dev" / ds / "text" / r / f"{pid}.txt").read_text(errors="replace")
        norm = [ep.norm_text(line) for line in text.splitlines()]
        ref, pick = ep.norm_text(v["ref"] or ""), ep.norm_text(v["pick"] or "")
        at = [i for i, line in enumerate(norm) if line == ref]
        if not at:
            continue
        n += 1
        got = [i for i, line in enumerate(norm) if line == pick]
        print(f"{pid} ref@{at[:3]} pick@{got[:3]}\n   REF: {v['ref'][:90]}\n   GOT: {(v['pick'] or '')[:90]}")
    print(n, "misses whose reference is a whole line")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"dump": dump, "compare": compare, "lines": lines}[cmd](*args)
