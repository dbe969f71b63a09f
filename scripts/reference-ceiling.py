#!/usr/bin/env python3
"""How far the dev set's references let a SPEC-following HTML parser go.

Runs `newsarc parse --format html` over one dataset and sorts every headline
and date miss into the reasons the references give:

  headline  "site suffix": the reference is newsarc's headline plus
            " | Site" / " - Site" / "_Section_Site" — the suffix SPEC tells
            the parser to strip;
  date      "not in page": the reference date is written nowhere in the
            HTML in any common form, so finding it would mean inventing it
            (SPEC §1: never invent a date);
            "is updated": newsarc's `updated` holds the reference date.

Prints each miss with its reason and the best accuracy a parser can reach
without breaking SPEC (every unexplained miss counted as fixable).

    python3 scripts/reference-ceiling.py target/release/newsarc ../shared/bench/dev/wcxb
"""
import datetime
import html
import json
import os
import re
import subprocess
import sys
import unicodedata

SEPARATORS = (" | ", " - ", " – ", " — ", " · ", "_", " [")
DATE_FORMATS = ("%Y-%m-%d", "%B %-d, %Y", "%b %-d, %Y", "%b. %-d, %Y", "%-d %B %Y",
                "%-d %b %Y", "%d.%m.%Y", "%-d.%-m.%Y", "%-m/%-d/%Y", "%m/%d/%Y",
                "%d/%m/%Y", "%Y/%m/%d", "%Y%m%d", "%-d. %B %Y")


def norm(s):  # eval-parse.py's headline normalisation
    s = unicodedata.normalize("NFKC", s or "").casefold()
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip().strip(" \"'.:;,-–—|")


def has_site_suffix(reference, got):
    ref, got = norm(reference), norm(got)
    return bool(got) and ref.startswith(got) and ref[len(got):].startswith(SEPARATORS)


def written_in(page, day):
    date = datetime.date.fromisoformat(day)
    return any(date.strftime(f).lower() in page for f in DATE_FORMATS)


def main(binary, dataset):
    truth = json.load(open(os.path.join(dataset, "ground-truth.json")))
    files = [os.path.join(dataset, f"{pid}.html") for pid in sorted(truth)]
    run = subprocess.run([binary, "parse", "--format", "html", *files],
                         capture_output=True, text=True)
    parsed = {}
    for line in run.stdout.splitlines():
        article = json.loads(line)
        parsed[os.path.basename(article["source"]["location"])[:-5]] = article
    counts = {"headline": [0, 0, 0], "date": [0, 0, 0]}  # pages, hits, explained
    for pid, ref in sorted(truth.items()):
        got = parsed.get(pid, {})
        if ref.get("headline"):
            c = counts["headline"]
            c[0] += 1
            if norm(ref["headline"]) == norm(got.get("headline")):
                c[1] += 1
            else:
                why = "site suffix" if has_site_suffix(ref["headline"], got.get("headline")) else "-"
                c[2] += why != "-"
                print(f"headline {pid:24} {why:12} ref {ref['headline']!r:.70}  got {got.get('headline')!r:.70}")
        if ref.get("datePublished"):
            c = counts["date"]
            c[0] += 1
            day = ref["datePublished"][:10]
            if (got.get("published") or "")[:10] == day:
                c[1] += 1
            else:
                page = html.unescape(open(os.path.join(dataset, f"{pid}.html"), errors="replace").read()).lower()
                why = ("is updated" if (got.get("updated") or "")[:10] == day
                       else "-" if written_in(page, day) else "not in page")
                c[2] += why == "not in page"
                print(f"date     {pid:24} {why:12} ref {day}  got {got.get('published')}")
    for field, (pages, hits, explained) in counts.items():
        if pages:
            print(f"{field}: {hits}/{pages} = {hits / pages:.3f}; misses the references explain: "
                  f"{explained}; SPEC-following ceiling {(pages - explained) / pages:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
