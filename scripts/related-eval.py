#!/usr/bin/env python3
"""Precision and recall of the raw-text parser's `related` teasers on a small
hand-labelled sample of dev pages (scripts/related-labels.json).

    python3 scripts/related-eval.py BIN              # precision / recall, by half
    python3 scripts/related-eval.py BIN --list       # and every entry with its label
    python3 scripts/related-eval.py sample           # the sampled pages and halves
    python3 scripts/related-eval.py show BIN [KEY..] # entries with the dump around
                                                     # them, for labelling

The sample: 40 pages drawn with a fixed seed from both dev datasets, their
chromium and w3m dumps. Half A (the first 20 drawn) was used to design the
rules, half B was held out.

Labels are per text (a title or label main's binary returned), normalised
(NFC, whitespace collapsed, casefolded):
  teaser   the title of another article or page offered as further reading
           (with or without glued "Previous"/"Next" words)
  label    a kicker, section, category or date line: fine as a label, not a
           title
  not      anything else (buttons, menus, share bars, headings, comments, ...)
  unsure   left out of every count

An entry is right when its title is a teaser and its label, if any, is a
label (a teaser title taken as another teaser's label makes it wrong: "strict"
precision); "title" precision counts the title alone. Recall: the share of
the labelled teaser texts that the binary returns as a title. An output title
that is no labelled text but is a part of one (a glued "PrevPrevious" stripped)
takes that text's label; anything else is reported as unlabelled.

Run from the repository root (the bench is ../shared/bench, or $BENCH).
"""
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

BENCH = Path(os.environ.get("BENCH", "../shared/bench"))
LABELS = Path(__file__).with_name("related-labels.json")
RENDERERS = ("chromium", "w3m")
DATASETS = ("readability", "wcxb")
SEED = 16
PAGES = 40


def sample():
    """The sampled pages, as (half, dataset, id)."""
    pages = []
    for ds in DATASETS:
        for f in sorted((BENCH / "dev" / ds / "text" / "chromium").glob("*.txt")):
            pages.append((ds, f.stem))
    drawn = random.Random(SEED).sample(pages, PAGES)
    return [("A" if n < PAGES // 2 else "B", ds, pid) for n, (ds, pid) in enumerate(drawn)]


def norm(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip().casefold()


def run(binp):
    """key -> list of (title, label, lines) for every sampled page-renderer."""
    files = []
    for _, ds, pid in sample():
        for r in RENDERERS:
            files.append(str(BENCH / "dev" / ds / "text" / r / f"{pid}.txt"))
    out = subprocess.run(
        [binp, "parse", "--format", "text", *files],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    res = {}
    for line in out.splitlines():
        a = json.loads(line)
        p = Path(a["source"]["location"])
        key = f"{p.parts[-4]}/{p.parts[-2]}/{p.stem}"
        prov = ((a.get("provenance") or {}).get("fields") or {}).get("related") or []
        res[key] = [
            (r["title"], r.get("label"), (prov[n]["from"] if n < len(prov) else None))
            for n, r in enumerate(a.get("related") or [])
        ]
    return res


def kind_of(labels, text):
    """The label of `text` on a page: exact, else of a labelled text that
    holds it (a glued navigation word stripped)."""
    t = norm(text)
    if t in labels:
        return labels[t]
    if len(t) >= 12:
        for k, v in labels.items():
            if t in k:
                return v
    return None


def show(binp, keys):
    res = run(binp)
    for key in keys or sorted(res):
        lines = (BENCH / "dev" / key.split("/")[0] / "text" / key.split("/")[1] /
                 (key.split("/")[2] + ".txt")).read_text(errors="replace").splitlines()
        print(f"==== {key} ({len(res.get(key, []))} entries)")
        shown = set()
        for title, label, frm in res.get(key, []):
            print(f"  T: {title!r}   L: {label!r}   [{frm}]")
            m = re.match(r"lines? (\d+)(?:-(\d+))?", frm or "")
            if not m:
                continue
            a, b = int(m[1]), int(m[2] or m[1])
            for n in range(max(1, a - 3), min(len(lines), b + 3) + 1):
                if n not in shown:
                    mark = ">" if a <= n <= b else " "
                    print(f"     {mark}{n:5} {lines[n - 1][:150]}")
                    shown.add(n)


def evaluate(binp, listing):
    labels = json.loads(LABELS.read_text())
    res = run(binp)
    stats = {h: dict(n=0, title_ok=0, strict_ok=0, unsure=0, unlabelled=0, found=set(),
                     teasers=0) for h in ("A", "B")}
    unlabelled = []
    for half, ds, pid in sample():
        for r in RENDERERS:
            key = f"{ds}/{r}/{pid}"
            page = {norm(k): v for k, v in labels.get(key, {}).items()}
            s = stats[half]
            s["teasers"] += sum(1 for v in page.values() if v == "teaser")
            for title, label, frm in res.get(key, []):
                tk = kind_of(page, title)
                lk = kind_of(page, label) if label else "label"
                if tk is None or lk is None:
                    s["unlabelled"] += 1
                    unlabelled.append((key, title, label, frm, tk, lk))
                    continue
                if tk == "unsure" or lk == "unsure":
                    s["unsure"] += 1
                    verdict = "unsure"
                else:
                    s["n"] += 1
                    s["title_ok"] += tk == "teaser"
                    s["strict_ok"] += tk == "teaser" and lk == "label"
                    verdict = "ok" if tk == "teaser" and lk == "label" else (
                        "title-ok" if tk == "teaser" else "wrong")
                if tk == "teaser":
                    t = norm(title)
                    for k, v in page.items():
                        if v == "teaser" and (k == t or (len(t) >= 12 and t in k)):
                            s["found"].add((key, k))
                if listing:
                    print(f"{verdict:8} {key:32} T={title[:70]!r} L={(label or '')[:40]!r}")
    if listing:
        for half, ds, pid in sample():
            for r in RENDERERS:
                key = f"{ds}/{r}/{pid}"
                for k, v in labels.get(key, {}).items():
                    s = stats[half]
                    if v == "teaser" and (key, norm(k)) not in s["found"]:
                        print(f"missed   {key:32} T={k[:70]!r}")
    tot = {k: (stats["A"][k] + stats["B"][k] if k != "found" else
               stats["A"][k] | stats["B"][k]) for k in stats["A"]}
    print(f"{'half':6} {'entries':>7} {'title P':>8} {'strict P':>8} {'recall':>12} "
          f"{'unsure':>6} {'unlabelled':>10}")
    for name, s in (("A", stats["A"]), ("B", stats["B"]), ("all", tot)):
        n = max(s["n"], 1)
        print(f"{name:6} {s['n']:7} {s['title_ok'] / n:8.3f} {s['strict_ok'] / n:8.3f} "
              f"{len(s['found']):5}/{s['teasers']:<4}{len(s['found']) / max(s['teasers'], 1):5.2f}"
              f" {s['unsure']:6} {s['unlabelled']:10}")
    for key, title, label, frm, tk, lk in unlabelled:
        print(f"UNLABELLED {key} [{frm}] T={title!r} ({tk}) L={label!r} ({lk})")


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    if args[0] == "sample":
        for half, ds, pid in sample():
            print(half, f"{ds}/{pid}")
    elif args[0] == "show":
        show(args[1], args[2:])
    else:
        evaluate(args[0], "--list" in args)


if __name__ == "__main__":
    main()
