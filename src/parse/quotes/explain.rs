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
    /// «…», a ajouté Laurent Fabius / "…", dijo Macri / selon Fabius: a
    /// speech verb of another language than English (see
    /// `attribution::other_language`).
    AttributionOtherLanguage,
    /// Laurent Fabius a déclaré : «…» / Pedro Sánchez dijo: «…»: the
    /// speaker and a speech verb of another language than English before
    /// the quote (see `attribution::other_language_before`).
    AttributionOtherLanguageBefore,
    /// “…,” he said. “…”: the quote before it in the paragraph.
    ContinuesPreviousQuote,
    /// A paragraph that is only a quote, or that goes on with a quote left
    /// open: the previous paragraph's speaker.
    ContinuesPreviousParagraph,
    /// No attribution found.
    Unattributed,
}

impl Rule {
    /// Every rule.
    pub const ALL: &[Rule] = &[
        Rule::AttributionAfter,
        Rule::AttributionBefore,
        Rule::AttributionLaterInSentence,
        Rule::AttributionOtherLanguage,
        Rule::AttributionOtherLanguageBefore,
        Rule::ContinuesPreviousQuote,
        Rule::ContinuesPreviousParagraph,
        Rule::Unattributed,
    ];

    /// The stable id stored in an article's provenance (its serialized
    /// name).
    pub fn id(self) -> &'static str {
        match self {
            Rule::AttributionAfter => "attribution_after",
            Rule::AttributionBefore => "attribution_before",
            Rule::AttributionLaterInSentence => "attribution_later_in_sentence",
            Rule::AttributionOtherLanguage => "attribution_other_language",
            Rule::AttributionOtherLanguageBefore => "attribution_other_language_before",
            Rule::ContinuesPreviousQuote => "continues_previous_quote",
            Rule::ContinuesPreviousParagraph => "continues_previous_paragraph",
            Rule::Unattributed => "unattributed",
        }
    }

    /// One line for humans.
    pub fn describe(self) -> &'static str {
        match self {
            Rule::AttributionAfter => "attribution right after the quote",
            Rule::AttributionBefore => "attribution earlier in the sentence",
            Rule::AttributionLaterInSentence => "attribution at the end of the sentence",
            Rule::AttributionOtherLanguage => "attribution in another language than English",
            Rule::AttributionOtherLanguageBefore => {
                "attribution before the quote in another language than English"
            }
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
    /// Every resolution.
    pub const ALL: &[Resolution] = &[
        Resolution::Name,
        Resolution::FullName,
        Resolution::Title,
        Resolution::PronounLastSpeaker,
        Resolution::PronounNamedInSentence,
        Resolution::PronounIntroducedPerson,
        Resolution::PronounAmbiguous,
        Resolution::Unnamed,
        Resolution::Inherited,
        Resolution::None,
    ];

    /// The stable id stored in an article's provenance (its serialized
    /// name).
    pub fn id(self) -> &'static str {
        match self {
            Resolution::Name => "name",
            Resolution::FullName => "full_name",
            Resolution::Title => "title",
            Resolution::PronounLastSpeaker => "pronoun_last_speaker",
            Resolution::PronounNamedInSentence => "pronoun_named_in_sentence",
            Resolution::PronounIntroducedPerson => "pronoun_introduced_person",
            Resolution::PronounAmbiguous => "pronoun_ambiguous",
            Resolution::Unnamed => "unnamed",
            Resolution::Inherited => "inherited",
            Resolution::None => "none",
        }
    }

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

    #[test]
    fn ids_are_the_serialized_names() {
        for r in Rule::ALL {
            assert_eq!(serde_json::to_value(r).ok(), Some(r.id().into()));
        }
        for r in Resolution::ALL {
            assert_eq!(serde_json::to_value(r).ok(), Some(r.id().into()));
        }
    }
}
