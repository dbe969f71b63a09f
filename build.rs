//! Builds the text parser's phrase automata at compile time: each process
//! used to build them on first use (~7 M instructions and ~0.9 MB of fresh
//! memory, while the other worker waited for the same set), two thirds of
//! parsing one short page. Each set becomes `OUT_DIR/phrase_sets/NAME.rs`,
//! an expression the parser's `phrase_set!("NAME")` includes. On Linux it
//! also asks for the binary's relocations packed, for a faster start.

use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/parse/rules.rs"]
mod rules;

#[path = "src/parse/text/phrase_table.rs"]
mod phrase_table;

/// The parser's phrase sets: the name it includes each by, and its lists
/// in order (a search answers bit `i` for list `i`).
const SETS: &[(&str, &[&[&str]])] = &[
    // features::BLOCK_PHRASES, in `features::BlockPhrase` order.
    (
        "block_phrases",
        &[
            rules::BOILERPLATE_PHRASES,
            rules::SECTION_END_MARKERS,
            rules::NOT_BYLINE_PHRASES,
            rules::PUBLISHED_LABELS,
            rules::CAPTION_MARKERS,
            rules::UPDATE_LABELS,
        ],
    ),
    ("markup", &[rules::MARKUP_TAGS]),
    ("not_headline", &[rules::NOT_HEADLINE_PHRASES]),
    ("picture_text", &[rules::PICTURE_TEXT_PHRASES]),
    ("not_teaser", &[rules::TEASER_NOT_PHRASES]),
    (
        "section_heading",
        &[rules::SECTION_END_MARKERS, rules::TEASER_SECTION_HEADINGS],
    ),
    ("comment_head", &[rules::TEASER_COMMENT_HEADS]),
    ("consent", &[rules::CONSENT_NOTICE_PHRASES]),
];

fn main() {
    pack_relative_relocations();
    for input in [
        "build.rs",
        "src/parse/rules.rs",
        "src/parse/text/phrase_table.rs",
    ] {
        println!("cargo::rerun-if-changed={input}");
    }
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let dir = Path::new(&out_dir).join("phrase_sets");
    std::fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    for (name, lists) in SETS {
        let source = set_expression(&phrase_table::build(lists));
        std::fs::write(dir.join(format!("{name}.rs")), source).expect("OUT_DIR is writable");
    }
}

/// Links the binary with its relative relocations packed (DT_RELR). The
/// ~45,000 pointers of the binary's static data (string tables, vtables,
/// panic locations) are fixed up at every start, and were read from a
/// 1.1 MB `.rela.dyn`: packed, the table is 15 KB, and a one-page parse
/// took ~1.1 ms less (6.2 → 5.1 ms median). The loader must know the
/// format (glibc 2.36+; the binary records that need, so an older one
/// refuses it with one line), so only a native build on such a glibc asks
/// for it: `cargo install` on an older system keeps the plain table. A
/// position-dependent binary saves ~0.9 ms more but gives up address
/// randomisation, which is not worth it for a tool that reads pages from
/// anywhere.
fn pack_relative_relocations() {
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let native_glibc = var("HOST") == var("TARGET")
        && var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ENV") == "gnu";
    if native_glibc && glibc_at_least((2, 36)) {
        println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// This machine's glibc is `version` or newer (`getconf` prints
/// "glibc 2.36"); false when that cannot be told.
fn glibc_at_least(version: (u32, u32)) -> bool {
    let Ok(out) = std::process::Command::new("getconf")
        .arg("GNU_LIBC_VERSION")
        .output()
    else {
        return false;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let mut numbers = text
        .trim()
        .strip_prefix("glibc ")
        .unwrap_or_default()
        .split('.')
        .map(|n| n.parse::<u32>().ok());
    match (numbers.next().flatten(), numbers.next().flatten()) {
        (Some(major), Some(minor)) => (major, minor) >= version,
        _ => false,
    }
}

/// `table` as the expression that makes it a `PhraseSet`.
fn set_expression(table: &phrase_table::Table) -> String {
    let mut s = String::from("crate::parse::text::features::PhraseSet::from_parts(\n[");
    push_numbers(&mut s, &table.classes);
    s.push_str("],\n&[");
    push_numbers(&mut s, &table.next);
    let _ = write!(
        s,
        "],\n{},\n{},\n{},\n)\n",
        table.empty, table.all, table.longest
    );
    s
}

/// `numbers` comma-separated, a few dozen a line.
fn push_numbers<T: std::fmt::Display>(s: &mut String, numbers: &[T]) {
    for (i, n) in numbers.iter().enumerate() {
        let _ = write!(s, "{n},");
        if i % 32 == 31 {
            s.push('\n');
        }
    }
}
