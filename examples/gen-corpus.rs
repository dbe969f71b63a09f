//! Writes a deterministic corpus of raw-text news articles for the search
//! benchmark (scripts/bench-search.sh):
//!
//!     cargo run --release --example gen-corpus -- COUNT OUTDIR [SEED]
//!
//! Each article looks like a page copied from a news site: headline,
//! standfirst, "By First Last", a date line, then 6-14 paragraphs. Words
//! follow a Zipf distribution over common English news words and a long
//! tail of made-up words, so there are very common and very rare terms.
//! Files go to OUTDIR/NNN/NNNNNN.txt (1000 per directory).
//!
//! Marker words are planted in known articles and OUTDIR/../truth.json lists
//! the files holding each, so the benchmark can check search finds exactly
//! those: "zorbulon" (7 articles); "militant withdrawal" adjacent (25) and
//! "withdrawal of the militant" (25 others); "Café Zürichberg" (5) and "the
//! Zurichberg hill" (5); the byline "By Sergey Lavrov" (12).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

const COMMON: &str = "the of and to a in that is was for on said with he it as at by his \
from be have has are were an they not this but had after who will been their more its one \
which would we about two also new people there than year over up when out government \
minister president police state last first other says told into years time could some three \
country city week officials against since while under military forces security report former \
public international national party million percent where during before between them many \
because children local water health economic court election leaders support talks agreement \
crisis ministry region group workers market company prices energy schools hospital border \
attack ceasefire refugees protest vote council parliament spokesman statement agency army \
troops village capital province district committee investigation budget tax bank trade";

const FIRST: &str = "James Maria Ahmed Olga Chen Fatima John Elena Peter Aisha Carlos Yuki \
Hannah Ivan Priya Lucas Sofia Omar Anna David Leila Marco Nina Samuel Zara Tomas Grace Hugo \
Mei Daniel";
const LAST: &str = "Smith Petrova Khan Garcia Wang Novak Okafor Rossi Dubois Jensen Kowalski \
Haddad Silva Tanaka Brown Ivanova Mendes Fischer Larsen Moreau Nguyen Ortiz Costa Weber Ali \
Park Reyes Muller Ahmadi Lund";
const MONTHS: &str = "January February March April May June July August September October \
November December";
const SYLLABLES: &str = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me \
mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi an \
en in on ar er ir or al el il ol";

/// Made-up words in the long tail of the vocabulary.
const TAIL_WORDS: usize = 40_000;
/// Zipf exponent, close to what English text shows.
const ZIPF_EXPONENT: f64 = 1.05;

/// SplitMix64: small, fast and the same everywhere, so the corpus is too.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.range(0, items.len() - 1)]
    }
}

struct Vocabulary {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Vocabulary {
    fn new(rng: &mut Rng) -> Vocabulary {
        let syllables: Vec<&str> = SYLLABLES.split_whitespace().collect();
        let mut words: Vec<String> = COMMON.split_whitespace().map(String::from).collect();
        let mut seen: HashSet<String> = words.iter().cloned().collect();
        for reserved in ["militant", "withdrawal", "zorbulon", "cafe", "zurichberg"] {
            seen.insert(reserved.to_string());
        }
        let target = words.len() + TAIL_WORDS;
        while words.len() < target {
            let n = rng.range(2, 4);
            let w: String = (0..n).map(|_| rng.pick(&syllables)).collect();
            if seen.insert(w.clone()) {
                words.push(w);
            }
        }
        let mut total = 0.0;
        let cumulative = (0..words.len())
            .map(|rank| {
                total += 1.0 / ((rank + 1) as f64).powf(ZIPF_EXPONENT);
                total
            })
            .collect();
        Vocabulary { words, cumulative }
    }

    fn word(&self, rng: &mut Rng) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let x = rng.unit() * total;
        let i = self.cumulative.partition_point(|&c| c < x);
        &self.words[i.min(self.words.len() - 1)]
    }

    /// A sentence of 10-25 words, with `extra` words inserted if given.
    fn sentence(&self, rng: &mut Rng, extra: Option<&str>) -> String {
        let n = rng.range(10, 25);
        let mut words: Vec<&str> = (0..n).map(|_| self.word(rng)).collect();
        if let Some(extra) = extra {
            let at = rng.range(1, n - 1);
            for (k, w) in extra.split_whitespace().enumerate() {
                words.insert(at + k, w);
            }
        }
        let text = words.join(" ");
        let mut chars = text.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
        format!("{}{}.", first.unwrap_or_default(), chars.as_str())
    }
}

#[derive(Default)]
struct Plant {
    markers: Vec<&'static str>,
    author: Option<&'static str>,
}

fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn article(rng: &mut Rng, vocab: &Vocabulary, plant: Option<&Plant>) -> String {
    let (first, last, months) = (
        FIRST.split_whitespace().collect::<Vec<_>>(),
        LAST.split_whitespace().collect::<Vec<_>>(),
        MONTHS.split_whitespace().collect::<Vec<_>>(),
    );
    let headline_words = rng.range(6, 12);
    let sentence = vocab.sentence(rng, None);
    let headline = title_case(
        &sentence
            .trim_end_matches('.')
            .split_whitespace()
            .take(headline_words)
            .collect::<Vec<_>>()
            .join(" "),
    );
    let standfirst = vocab.sentence(rng, None);
    let author = match plant.and_then(|p| p.author) {
        Some(a) => a.to_string(),
        None => format!("{} {}", rng.pick(&first), rng.pick(&last)),
    };
    let date = format!(
        "{} {}, {}",
        rng.pick(&months),
        rng.range(1, 28),
        rng.range(2005, 2025)
    );
    let count = rng.range(6, 14);
    let mut paragraphs: Vec<String> = (0..count)
        .map(|_| {
            let n = rng.range(2, 5);
            (0..n)
                .map(|_| vocab.sentence(rng, None))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    for marker in plant.map(|p| p.markers.as_slice()).unwrap_or(&[]) {
        let p = rng.range(0, paragraphs.len() - 1);
        let s = vocab.sentence(rng, Some(marker));
        paragraphs[p].push(' ');
        paragraphs[p].push_str(&s);
    }
    let mut out = String::new();
    let _ = write!(
        out,
        "{headline}\n\n{standfirst}\n\nBy {author}\nPublished {date}"
    );
    for p in &paragraphs {
        let _ = write!(out, "\n\n{p}");
    }
    out.push('\n');
    out
}

fn file_name(i: usize) -> String {
    format!("{:03}/{i:06}.txt", i / 1000)
}

fn main() {
    let args: Vec<String> = env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: gen-corpus COUNT OUTDIR [SEED]");
        process::exit(2);
    }
    let n: usize = args[1].parse().unwrap_or_else(|_| {
        eprintln!("COUNT must be a number");
        process::exit(2)
    });
    let outdir = PathBuf::from(&args[2]);
    let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(42);
    if n < 100 {
        eprintln!("COUNT must be at least 100 (markers need distinct articles)");
        process::exit(2);
    }
    let mut rng = Rng(seed);
    let vocab = Vocabulary::new(&mut rng);

    // Distinct articles for the markers, in a fixed order of groups.
    let groups: [(&str, usize, Option<&'static str>, Option<&'static str>); 6] = [
        ("rare", 7, Some("zorbulon"), None),
        ("phrase_adjacent", 25, Some("militant withdrawal"), None),
        ("phrase_apart", 25, Some("withdrawal of the militant"), None),
        ("accent_cafe", 5, Some("Café Zürichberg"), None),
        ("accent_plain", 5, Some("the Zurichberg hill"), None),
        ("author_lavrov", 12, None, Some("Sergey Lavrov")),
    ];
    let mut taken = HashSet::new();
    let mut plants: HashMap<usize, Plant> = HashMap::new();
    let mut truth: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (group, count, marker, author) in groups {
        let mut files = Vec::new();
        while files.len() < count {
            let i = rng.range(0, n - 1);
            if !taken.insert(i) {
                continue;
            }
            let plant = plants.entry(i).or_default();
            plant.markers.extend(marker);
            plant.author = plant.author.or(author);
            files.push(file_name(i));
        }
        files.sort();
        truth.insert(group, files);
    }

    for i in 0..n {
        let path = outdir.join(file_name(i));
        let text = article(&mut rng, &vocab, plants.get(&i));
        if let Err(e) = write(&path, &text) {
            eprintln!("{}: {e}", path.display());
            process::exit(2);
        }
    }
    let truth_path = outdir
        .canonicalize()
        .ok()
        .and_then(|p| p.parent().map(|d| d.join("truth.json")))
        .unwrap_or_else(|| PathBuf::from("truth.json"));
    let json = serde_json::to_string_pretty(&truth).unwrap_or_default();
    if let Err(e) = fs::write(&truth_path, json) {
        eprintln!("{}: {e}", truth_path.display());
        process::exit(2);
    }
}

fn write(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(path, text)
}
