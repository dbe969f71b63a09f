//! Articles in other formats: Markdown and a static HTML site. Everything
//! here is pure (articles in, text out); the CLI decides where it goes.

pub mod html;
pub mod markdown;

/// Longest paragraph, in words, still read as a subheading: section heads
/// in news pages are a few words ("What happens next"), sentences are longer.
const SUBHEADING_MAX_WORDS: usize = 10;

/// Longest paragraph, in characters, still read as a subheading.
const SUBHEADING_MAX_CHARS: usize = 80;

/// True when a body paragraph reads like a subheading: short, starting
/// with a capital or a digit, not ending like a sentence, and followed by
/// more text. The Article model has no subheading field, so renderers use
/// this to set such paragraphs apart; the stored text is unchanged.
pub fn is_subheading(paragraph: &str, is_last: bool) -> bool {
    let p = paragraph.trim();
    let words = p.split_whitespace().count();
    let starts_well = p
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let ends_like_heading = p
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '?');
    !is_last
        && (1..=SUBHEADING_MAX_WORDS).contains(&words)
        && p.chars().count() <= SUBHEADING_MAX_CHARS
        && starts_well
        && ends_like_heading
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subheadings_are_short_unpunctuated_and_not_last() {
        let cases = [
            ("What happens next", false, true),
            ("Why now?", false, true),
            ("2016 in review", false, true),
            ("What happens next", true, false),
            ("He said the talks would go on.", false, false),
            ("lowercase start", false, false),
            ("", false, false),
            (
                "A very long line of text that goes on and on without any end in sight at all",
                false,
                false,
            ),
            ("“Quoted line”", false, false),
        ];
        for (p, last, want) in cases {
            assert_eq!(is_subheading(p, last), want, "{p:?}");
        }
    }
}
