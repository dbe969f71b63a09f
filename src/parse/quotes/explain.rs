//! How each quote got its speaker, in words a reader can check: the rule
//! that attributed it, the attribution as printed, and how those words
//! became a name. `newsarc quotes --explain` prints it; it is also the
//! quotes part of an article's field provenance.

use serde::Serialize;

/// Which rule attributed a quote (see the module docs of `parse::quotes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// “…,” Lavrov said / said Lavrov / according to Lavrov.
    AttributionAfter,
    /// Lavrov said: “…” / Lavrov claims that Russia “…”.
    AttributionBefore,
    /// …but “…” in healthy people, says Mellor.
    AttributionLaterInSentence,
    /// “…,” he said. “…”: the quote before it in the paragraph.
    ContinuesPreviousQuote,
    /// A paragraph that is only a quote, or that goes on with a quote left
    /// open: the previous paragraph's speaker.
    ContinuesPreviousParagraph,
    /// No attribution found.
    Unattributed,
}

impl Rule {
    /// One line for humans.
    pub fn describe(self) -> &'static str {
        match self {
            Rule::AttributionAfter => "attribution right after the quote",
            Rule::AttributionBefore => "attribution earlier in the sentence",
            Rule::AttributionLaterInSentence => "attribution at the end of the sentence",
            Rule::ContinuesPreviousQuote => "continues the quote before it",
            Rule::ContinuesPreviousParagraph => "continues the previous paragraph's speaker",
            Rule::Unattributed => "no attribution found",
        }
    }
}

/// How the attribution's words became the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// The name as printed, titles stripped.
    Name,
    /// A shorter name completed from the full name the article gave
    /// ("Lavrov" → "Sergey Lavrov").
    FullName,
    /// A title held by one person named earlier ("the Foreign Minister").
    Title,
    /// A pronoun: the most recent named speaker.
    PronounLastSpeaker,
    /// A pronoun: the one speaker named earlier in the same sentence.
    PronounNamedInSentence,
    /// A pronoun before anyone spoke: the one person introduced.
    PronounIntroducedPerson,
    /// A pronoun that could mean several people, or changes gender: left
    /// without a speaker.
    PronounAmbiguous,
    /// Somebody described but not named ("the source", "officials").
    Unnamed,
    /// Taken from the quote or paragraph it continues.
    Inherited,
    /// Nothing to resolve.
    None,
}

impl Resolution {
    /// One line for humans.
    pub fn describe(self) -> &'static str {
        match self {
            Resolution::Name => "name as printed",
            Resolution::FullName => "completed to the full name given in the article",
            Resolution::Title => "title held by one person named earlier",
            Resolution::PronounLastSpeaker => "pronoun: the most recent named speaker",
            Resolution::PronounNamedInSentence => {
                "pronoun: the speaker named earlier in the sentence"
            }
            Resolution::PronounIntroducedPerson => "pronoun: the one person introduced so far",
            Resolution::PronounAmbiguous => "pronoun could mean someone else: no speaker",
            Resolution::Unnamed => "speaker described, not named: no speaker",
            Resolution::Inherited => "same speaker",
            Resolution::None => "no speaker",
        }
    }
}

/// Why a quote has the speaker it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub rule: Rule,
    /// The attribution as printed ("Lavrov said", "he told reporters"),
    /// when a speech verb attributed the quote.
    pub evidence: Option<String>,
    pub resolution: Resolution,
}

impl Explanation {
    /// The explanation of a quote nothing attributes.
    pub fn unattributed() -> Explanation {
        Explanation {
            rule: Rule::Unattributed,
            evidence: None,
            resolution: Resolution::None,
        }
    }

    /// One line for humans: `attribution right after the quote: "Lavrov
    /// said" (completed to the full name given in the article)`.
    pub fn describe(&self) -> String {
        match &self.evidence {
            Some(evidence) => format!(
                "{}: \"{}\" ({})",
                self.rule.describe(),
                evidence,
                self.resolution.describe()
            ),
            None => format!("{} ({})", self.rule.describe(), self.resolution.describe()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_in_one_line() {
        let e = Explanation {
            rule: Rule::AttributionAfter,
            evidence: Some("Lavrov said".into()),
            resolution: Resolution::FullName,
        };
        assert_eq!(
            e.describe(),
            "attribution right after the quote: \"Lavrov said\" (completed to the full name given in the article)"
        );
        let e = Explanation {
            rule: Rule::Unattributed,
            evidence: None,
            resolution: Resolution::None,
        };
        assert_eq!(e.describe(), "no attribution found (no speaker)");
    }
}
