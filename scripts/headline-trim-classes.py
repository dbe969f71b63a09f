#!/usr/bin/env python3
"""Could trimming a printed headline reach the references it misses?

Runs `newsarc parse --format text` over one dataset and the three renderers
(scored as eval-parse.py scores: NFKC, casefold, outer punctuation dropped)
and sorts every headline miss:

  ref_in_pick   the reference is a strict substring of the picked headline
                (the pick has an extra tail, prefix or glued line);
  ref_is_line   the reference is a whole line of the dump (a ranking miss);
  ref_in_line   the reference is a strict substring of another, not much
                longer line (a trim of a line the ranker did not pick);
  absent        the reference is no substring of any line (the page prints
                another wording; no trim can reach it).

Then, per separator (" | ", " - ", " – ", " — ", " » ", ": "), how many misses
cutting the pick's tail (after the last separator) or prefix (before the
first) would win, and how many right headlines that separator holds, i.e.
would be at risk; "elsewhere" lists the pages whose dropped part is also a
whole line of the dump (the "site name printed elsewhere" guard).

    python3 scripts/headline-trim-classes.py BIN ../shared/bench/dev/wcxb [-v]
"""
import importlib.util
import sys
from pathlib import Path

SEPARATORS = (" | ", " - ", " – ", " — ", " » ", ": ")
# An "other line" holding the reference counts only if it is at most this
# many times the reference's length plus LINE_SLACK characters: a paragraph
# that quotes the title is not a headline with a tail.
LINE_FACTOR, LINE_SLACK = 3, 40


def load_eval(bench):
    spec = importlib.util.spec_from_file_location("ep", bench / "eval-parse.py")
    ep = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ep)
    return ep


def main():
    binp, ds = sys.argv[1], Path(sys.argv[2])
    verbose = "-v" in sys.argv[3:]
    ep = load_eval(ds.parent.parent)
    for r in ("w3m", "lynx", "chromium"):
        truth, files = ep.pages_of(ds, "text", r)
        arts, _, _, _ = ep.run_parse(binp, "text", files, 600)
        kinds, win, risk, elsewhere = {}, {}, {}, {}
        for pid, t in sorted(truth.items()):
            if not t.get("headline") or pid not in files:
                continue
            raw = (arts.get(pid) or {}).get("headline") or ""
            ref, pick = ep.norm_text(t["headline"]), ep.norm_text(raw)
            ok = ref == pick
            text = files[pid].read_text(encoding="utf-8", errors="replace")
            lines = [ep.norm_text(l) for l in text.splitlines()]
            if not ok:
                if ref and ref in pick:
                    kind, extra = "ref_in_pick", pick.replace(ref, "<REF>", 1)
                elif ref in lines:
                    kind, extra = "ref_is_line", ""
                else:
                    sup = [l for l in lines
                           if ref and ref in l and len(l) < LINE_FACTOR * len(ref) + LINE_SLACK]
                    kind, extra = ("ref_in_line", sup[0].replace(ref, "<REF>", 1)) if sup \
                        else ("absent", "")
                kinds[kind] = kinds.get(kind, 0) + 1
                if verbose:
                    print(f"{r} {pid} {kind} | {extra[:100]} | ref: {ref[:70]} | pick: {pick[:70]}")
            line_set = set(lines)
            for s in SEPARATORS:
                if s not in raw:
                    continue
                last, first = raw.rfind(s), raw.find(s)
                for name, keep, drop in (("tail", raw[:last], raw[last + len(s):]),
                                         ("prefix", raw[first + len(s):], raw[:first])):
                    key = f"'{s.strip()}' {name}"
                    if not ok and ep.norm_text(keep) == ref:
                        win.setdefault(key, []).append(pid)
                    if ok:
                        risk[key] = risk.get(key, 0) + 1
                        if ep.norm_text(drop) in line_set:
                            elsewhere.setdefault(key, []).append(pid)
        print(f"{ds.name} {r}: misses {kinds}")
        print(f"  trim wins {win}")
        print(f"  right now, would be at risk {risk}")
        print(f"  of those, dropped part printed elsewhere {elsewhere}")


if __name__ == "__main__":
    main()
