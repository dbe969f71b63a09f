//! The human form of an article's provenance (`show --explain`, `parse -v`):
//! every field with its value and the rule that produced it, the fields no
//! parser rule fills, then what the parser dropped and why. Rule texts come
//! from the library's rule catalogue, looked up by the stored id.

use std::io::{self, Write};

use super::output::{Output, count, sanitize};
use super::render::fit;
use newsarc::article::{Article, Origin};
use newsarc::parse::provenance::{self, OTHER_FIELDS, PARSED_FIELDS};

/// Columns of the field-name column.
const NAME_COLUMNS: usize = 12;

/// Width used for values when the output is not a terminal: one line of a
/// classic terminal.
const PLAIN_WIDTH: usize = 100;

/// Writes the provenance of `a`. An article stored before provenance was
/// recorded gets a note saying so and how to record it.
pub fn article(out: &mut impl Write, a: &Article, style: &Output) -> io::Result<()> {
    let width = style.width.unwrap_or(PLAIN_WIDTH).max(40);
    let p = &a.provenance;
    let Some(parser) = p.parser else {
        writeln!(
            out,
            "{}: provenance unavailable: the article was stored before newsarc recorded \
             which rule produced each field.\nRun `newsarc reparse {}` to record it.",
            a.id, a.id
        )?;
        return Ok(());
    };
    writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{}  fields and the rules behind them ({parser} parser)",
            a.id
        ))
    )?;
    for &field in PARSED_FIELDS {
        let values = provenance::field_values(a, field);
        let origins = p.of(field);
        if values.is_empty() {
            if field != "authors.bio" {
                line(out, field, style.dim("not found: no rule matched").as_str())?;
            }
            continue;
        }
        let numbered = values.len() > 1 || is_list(field);
        for (i, value) in values.iter().enumerate() {
            let name = if i == 0 { label(field) } else { String::new() };
            let value = if numbered {
                format!("{}. {}", i + 1, value)
            } else {
                value.clone()
            };
            line(
                out,
                &name,
                &fit(&sanitize(&value), width - NAME_COLUMNS - 1),
            )?;
            // Body has one origin per rule, not per paragraph.
            let origin = if field == "body" {
                origins.first()
            } else {
                origins.get(i)
            };
            let why = match origin {
                Some(o) => origin_text(o),
                None => "no rule recorded".to_string(),
            };
            line(out, "", &style.dim(&format!("← {}", sanitize(&why))))?;
        }
        if field == "body" {
            for o in origins.iter().skip(1) {
                line(
                    out,
                    "",
                    &style.dim(&format!("← {}", sanitize(&origin_text(o)))),
                )?;
            }
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", style.bold("not from the parser"))?;
    for (field, source) in OTHER_FIELDS {
        let value = match *field {
            "id" => a.id.to_string(),
            "tags" if a.tags.is_empty() => "none".to_string(),
            "tags" => a.tags.join(", "),
            "word_count" => a.word_count.to_string(),
            _ => format!("{} ({})", a.source.location, a.source.format),
        };
        line(
            out,
            field,
            &fit(&sanitize(&value), width - NAME_COLUMNS - 1),
        )?;
        line(out, "", &style.dim(&format!("← {source}")))?;
    }
    writeln!(out)?;
    dropped(out, a, style, width)
}

/// The dropped pieces, one line each: where, the text, why.
fn dropped(out: &mut impl Write, a: &Article, style: &Output, width: usize) -> io::Result<()> {
    let p = &a.provenance;
    let total = p.dropped.len() + p.dropped_omitted as usize;
    let head = if p.dropped_omitted > 0 {
        format!(
            "dropped: {}, the {} nearest the article shown",
            count(total, "piece"),
            p.dropped.len()
        )
    } else {
        format!("dropped: {}", count(total, "piece"))
    };
    writeln!(out, "{}", style.bold(&head))?;
    for d in &p.dropped {
        let from = d.from.as_deref().unwrap_or("");
        let why = match &d.evidence {
            Some(e) => format!("{} ({e})", rule_text(&d.reason)),
            None => rule_text(&d.reason),
        };
        line(
            out,
            from,
            &fit(&sanitize(&d.text), width - NAME_COLUMNS - 1),
        )?;
        line(out, "", &style.dim(&format!("✗ {}", sanitize(&why))))?;
    }
    Ok(())
}

/// One line: a name padded to the name column, then the text.
fn line(out: &mut impl Write, name: &str, text: &str) -> io::Result<()> {
    writeln!(out, "{:<NAME_COLUMNS$} {text}", name)
}

fn label(field: &str) -> String {
    match field {
        "authors.bio" => "  bio".to_string(),
        _ => field.to_string(),
    }
}

fn is_list(field: &str) -> bool {
    matches!(field, "images" | "related" | "quotes")
}

/// The rule's description and id; an id this version does not know is
/// shown as it is.
fn rule_text(id: &str) -> String {
    match provenance::describe(id) {
        Some(text) => format!("{text} [{id}]"),
        None => format!("[{id}]"),
    }
}

/// `rule text [id] from line 3: "evidence" (resolution)`.
fn origin_text(o: &Origin) -> String {
    let mut s = rule_text(&o.rule);
    if let Some(from) = &o.from {
        s.push_str(&format!(" from {from}"));
    }
    if let Some(e) = &o.evidence {
        s.push_str(&format!(": \"{e}\""));
    }
    if let Some(r) = &o.resolution {
        let text = provenance::describe_resolution(r).unwrap_or(r.as_str());
        s.push_str(&format!(" ({text})"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsarc::article::{Author, Dropped, Format, Provenance, SourceInfo};

    fn plain() -> Output {
        Output {
            color: false,
            width: None,
            height: None,
            stderr_tty: false,
        }
    }

    fn sample() -> Article {
        let mut a = Article::new(SourceInfo {
            location: "a.txt".into(),
            format: Format::Text,
            sha256: "ab".repeat(32),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        a.headline = Some("Talks go on".into());
        a.authors = vec![Author {
            name: "Jane Doe".into(),
            bio: None,
        }];
        a.body = vec!["One.".into(), "Two.".into()];
        let mut p = Provenance {
            parser: Some(Format::Text),
            ..Provenance::default()
        };
        p.add(
            "headline",
            Origin::new("headline_ranker", Some("line 3".into())),
        );
        p.add(
            "authors",
            Origin::new("authors_from_byline", Some("line 4".into())),
        );
        p.add(
            "body",
            Origin::new("body_classifier", Some("lines 6-9".into())),
        );
        p.dropped.push(Dropped {
            text: "Leave a Reply".into(),
            reason: "boilerplate_phrase".into(),
            from: Some("line 12".into()),
            evidence: Some("leave a reply".into()),
        });
        p.dropped_omitted = 3;
        a.provenance = p;
        a
    }

    fn render(a: &Article) -> String {
        let mut out = Vec::new();
        article(&mut out, a, &plain()).expect("writing to a Vec");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn every_field_is_listed_with_its_rule() {
        let text = render(&sample());
        for field in PARSED_FIELDS.iter().filter(|f| !f.contains('.')) {
            assert!(
                text.lines()
                    .any(|l| l.starts_with(&format!("{field:<NAME_COLUMNS$} "))),
                "{field} missing:\n{text}"
            );
        }
        assert!(text.contains(
            "← best-scored title-like block above the body [headline_ranker] from line 3"
        ));
        assert!(text.contains("standfirst   not found: no rule matched"));
        assert!(
            text.contains(
                "boilerplate: page-furniture phrase [boilerplate_phrase] (leave a reply)"
            )
        );
        assert!(text.contains("dropped: 4 pieces, the 1 nearest the article shown"));
        for (field, _) in OTHER_FIELDS {
            assert!(text.contains(field));
        }
    }

    #[test]
    fn unknown_rules_show_their_id() {
        let mut a = sample();
        a.provenance.fields.insert(
            "headline".into(),
            vec![Origin::new("from_the_future", None)],
        );
        assert!(render(&a).contains("← [from_the_future]"));
    }

    #[test]
    fn old_articles_say_to_reparse() {
        let mut a = sample();
        a.provenance = Provenance::default();
        let text = render(&a);
        assert!(text.contains("provenance unavailable"));
        assert!(text.contains(&format!("newsarc reparse {}", a.id)));
    }
}
