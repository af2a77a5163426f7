//! Renderings of a [`Report`] for people: the text report `cargo xtask summarize` prints.

use std::fmt::Write as _;

use crate::pipeline::Report;

/// Renders a report as readable text, headed by `name` (a file name or a JSONL id).
/// This is byte for byte what `cargo xtask summarize` prints for the document.
///
/// ```
/// let report = nutgraf::Pipeline::default().analyze("One. Two.").unwrap();
/// let text = nutgraf::render_text("example", &report);
/// assert!(text.starts_with("== example ==\n"));
/// assert!(text.contains("[1] 5..9 Two."));
/// ```
pub fn render_text(name: &str, report: &Report) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_text(&mut out, name, report);
    out
}

fn write_text(out: &mut String, name: &str, r: &Report) -> std::fmt::Result {
    writeln!(out, "== {name} ==")?;
    if let Some(a) = &r.article {
        for (label, value) in [
            ("title", &a.title),
            ("byline", &a.byline),
            ("date", &a.date),
            ("url", &a.url),
            ("page language", &a.lang),
        ] {
            if let Some(v) = value {
                writeln!(out, "{label}: {}", one_line(v))?;
            }
        }
        if let Some(reason) = &a.empty {
            writeln!(out, "article: none ({reason})")?;
        }
    }
    match &r.language {
        Some(l) => writeln!(
            out,
            "language: {} ({}), script {}, confidence {:.2}, {}{}",
            l.code,
            l.name,
            l.script.as_deref().unwrap_or("unknown"),
            l.confidence,
            if l.reliable {
                "reliable"
            } else {
                "not reliable"
            },
            if l.given {
                ", given"
            } else if l.declared {
                ", declared by the page"
            } else {
                ""
            }
        )?,
        None => writeln!(out, "language: none detected")?,
    }
    let s = &r.stats;
    writeln!(
        out,
        "stats: {} bytes, {} chars, {} paragraphs, {} sentences, {} words, {} distinct stems, {} removed, reference {} words",
        s.bytes,
        s.chars,
        s.paragraphs,
        s.sentences,
        s.words,
        s.distinct_stems,
        s.removed,
        s.reference_words
    )?;
    writeln!(out)?;
    writeln!(out, "summary ({} sentences):", r.summary.len())?;
    for s in &r.summary {
        writeln!(out, "  [{}] #{} {}", s.index, s.rank, one_line(&s.text))?;
    }
    if let Some(rouge) = &r.rouge {
        writeln!(
            out,
            "rouge vs reference (F1): R1 {:.2}  R2 {:.2}  RL {:.2}  RLsum {:.2}",
            100.0 * rouge.rouge1.f1,
            100.0 * rouge.rouge2.f1,
            100.0 * rouge.rouge_l.f1,
            100.0 * rouge.rouge_lsum.f1
        )?;
    }
    writeln!(out)?;
    writeln!(out, "keyphrases ({}):", r.keywords.len())?;
    for (i, k) in r.keywords.iter().enumerate() {
        writeln!(
            out,
            "  {:>2}. {:<40} {:>8.4}  x{}",
            i + 1,
            k.text,
            k.score,
            k.occurrences.len()
        )?;
    }
    if let Some(reference) = &r.reference {
        writeln!(out)?;
        writeln!(out, "reference:")?;
        for line in reference.lines().filter(|l| !l.trim().is_empty()) {
            writeln!(out, "  {}", line.trim())?;
        }
    }
    writeln!(out)?;
    writeln!(out, "removed ({}):", r.removals.len())?;
    for rem in &r.removals {
        writeln!(
            out,
            "  {}..{} {}: {}",
            rem.start,
            rem.end,
            rem.reason.as_str(),
            one_line(&rem.text)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "sentences ({}):", r.sentences.len())?;
    for sen in &r.sentences {
        writeln!(
            out,
            "  [{}] {}..{} {}",
            sen.index,
            sen.start,
            sen.end,
            one_line(&sen.text)
        )?;
    }
    Ok(())
}

/// Folds line breaks so one item prints on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
