#!/usr/bin/env python3
"""Writes a deterministic corpus of raw-text news articles for benchmarks.

    scripts/gen-corpus.py COUNT OUTDIR [--seed N]

Each article looks like a page copied from a news site: headline, standfirst,
"By First Last", a date line, then 6-14 paragraphs. Words follow a Zipf
distribution over a vocabulary of common English news words and a long
tail of made-up words, so there are very common and very rare terms.

A few marker words and phrases are planted in known articles, and
OUTDIR/../truth.json records which files hold them, so the benchmark can
check that search finds exactly those:

  rare        "zorbulon" in 7 articles
  phrase      "militant withdrawal" adjacent in 25 articles, and the same two
              words apart ("withdrawal of the militant") in 25 others
  accent      "Café Zürichberg" in 5 articles, "the Zurichberg hill" in 5
  author      "By Sergey Lavrov" in 12 articles
"""

import argparse
import json
import os
import random

COMMON = """the of and to a in that is was for on said with he it as at by his
from be have has are were an they not this but had after who will been
their more its one which would we about two also new people there than
year over up when out government minister president police state last
first other says told into years time could some three country city week
officials against since while under military forces security report
former public international national party million percent where during
before between them many because children local water health economic
court election leaders support talks agreement crisis ministry region
group workers market company prices energy schools hospital border
attack ceasefire refugees protest vote council parliament spokesman
statement officials agency army troops village capital province district
committee investigation budget tax bank trade""".split()

FIRST = """James Maria Ahmed Olga Chen Fatima John Elena Peter Aisha Carlos Yuki
Hannah Ivan Priya Lucas Sofia Omar Anna David Leila Marco Nina Samuel Zara
Tomas Grace Hugo Mei Daniel""".split()
LAST = """Smith Petrova Khan Garcia Wang Novak Okafor Rossi Dubois Jensen
Kowalski Haddad Silva Tanaka Brown Ivanova Mendes Fischer Larsen Moreau
Nguyen Ortiz Costa Weber Ali Park Reyes Muller Ahmadi Lund""".split()
MONTHS = """January February March April May June July August September October
November December""".split()

SYLLABLES = """ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me
mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi
vo za ze zi an en in on ar er ir or al el il ol""".split()

TAIL_WORDS = 40_000  # made-up words in the long tail
ZIPF_EXPONENT = 1.05  # close to what English text shows


def vocabulary(rng):
    words = list(COMMON)
    seen = set(words) | {"militant", "withdrawal", "zorbulon", "cafe", "zurichberg"}
    while len(words) < len(COMMON) + TAIL_WORDS:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    weights = [1.0 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(words))]
    cum = []
    total = 0.0
    for w in weights:
        total += w
        cum.append(total)
    return words, cum


def sentence(rng, words, cum, extra=None):
    n = rng.randint(10, 25)
    chosen = rng.choices(words, cum_weights=cum, k=n)
    if extra:
        at = rng.randint(1, n - 1)
        chosen[at:at] = extra.split()
    text = " ".join(chosen)
    return text[0].upper() + text[1:] + "."


def article(rng, words, cum, plant):
    headline = sentence(rng, words, cum).rstrip(".").title()
    headline = " ".join(headline.split()[: rng.randint(6, 12)])
    standfirst = sentence(rng, words, cum)
    author = plant.get("author") or f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2005, 2025)}"
    paragraphs = []
    for _ in range(rng.randint(6, 14)):
        paragraphs.append(" ".join(sentence(rng, words, cum) for _ in range(rng.randint(2, 5))))
    for marker in plant.get("markers", []):
        p = rng.randrange(len(paragraphs))
        paragraphs[p] = paragraphs[p] + " " + sentence(rng, words, cum, extra=marker)
    blocks = [headline, standfirst, f"By {author}\nPublished {date}", *paragraphs]
    return "\n\n".join(blocks) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("count", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    words, cum = vocabulary(rng)
    n = args.count
    picks = rng.sample(range(n), 7 + 25 + 25 + 5 + 5 + 12)
    groups = {
        "rare": picks[:7],
        "phrase_adjacent": picks[7:32],
        "phrase_apart": picks[32:57],
        "accent_cafe": picks[57:62],
        "accent_plain": picks[62:67],
        "author_lavrov": picks[67:79],
    }
    plants = {}
    markers = {
        "rare": "zorbulon",
        "phrase_adjacent": "militant withdrawal",
        "phrase_apart": "withdrawal of the militant",
        "accent_cafe": "Café Zürichberg",
        "accent_plain": "the Zurichberg hill",
    }
    for group, marker in markers.items():
        for i in groups[group]:
            plants.setdefault(i, {}).setdefault("markers", []).append(marker)
    for i in groups["author_lavrov"]:
        plants.setdefault(i, {})["author"] = "Sergey Lavrov"
    os.makedirs(args.outdir, exist_ok=True)
    names = []
    for i in range(n):
        name = f"{i:06d}.txt"
        names.append(name)
        text = article(rng, words, cum, plants.get(i, {}))
        sub = os.path.join(args.outdir, f"{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, name), "w", encoding="utf-8") as f:
            f.write(text)
    truth = {g: sorted(f"{i // 1000:03d}/{i:06d}.txt" for i in idx) for g, idx in groups.items()}
    with open(os.path.join(os.path.dirname(os.path.abspath(args.outdir)), "truth.json"), "w") as f:
        json.dump(truth, f, indent=1)


if __name__ == "__main__":
    main()
