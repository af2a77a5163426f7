//! `cargo xtask eval extract --data GOLD.jsonl --pages DIR [--pred-dir DIR] [--format json]`:
//! article-body extraction scored as the article-extraction benchmark scores it, nutgraf beside
//! the library it is built on (dom_smoothie alone), in the same run.
//!
//! Gold rows are `{"id", "articleBody"}`; the page of row `id` is `DIR/<id>.html.gz` (or
//! `DIR/<id>.html`). The score is `../shared/tools/score.py html`'s: `\w+` tokens (case kept),
//! word 4-gram shingles counted as multisets (a text of under 4 tokens is one shingle), per page
//! precision and recall, both averaged over pages, F1 the harmonic mean of the two averages.
//! A token is a run of characters that are alphanumeric or `_`, which is Python's `\w` except
//! for the combining vowel signs some scripts (Devanagari, Thai) count as alphabetic.
//! Pages per second count extraction only (decompression and scoring excluded), one thread.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use serde::Deserialize;

/// Options of `eval extract`.
#[derive(clap::Args)]
pub struct Args {
    /// JSON Lines with `id` and `articleBody` (the gold text).
    #[arg(long)]
    data: PathBuf,
    /// The folder of the pages, `<id>.html.gz` or `<id>.html`.
    #[arg(long)]
    pages: PathBuf,
    /// Also write each system's output as `{"id", "text"}` lines to DIR/<system>.jsonl (for
    /// `score.py html`).
    #[arg(long, value_name = "DIR")]
    pred_dir: Option<PathBuf>,
    /// Print as JSON instead of a table.
    #[arg(long, value_enum, default_value_t = crate::Format::Text)]
    format: crate::Format,
}

#[derive(Deserialize)]
struct GoldRow {
    id: String,
    #[serde(rename = "articleBody")]
    article_body: String,
}

/// The result of one system on the pages.
#[derive(serde::Serialize)]
struct Outcome {
    system: &'static str,
    pages: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    exact: usize,
    pages_per_second: f64,
}

/// Reads a page, gunzipping `.gz`.
pub fn read_page(dir: &Path, id: &str) -> crate::Result<Vec<u8>> {
    let gz = dir.join(format!("{id}.html.gz"));
    if gz.exists() {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&gz)?)
            .read_to_end(&mut out)
            .map_err(|e| format!("{}: {e}", gz.display()))?;
        return Ok(out);
    }
    let plain = dir.join(format!("{id}.html"));
    std::fs::read(&plain).map_err(|e| format!("{}: {e}", plain.display()).into())
}

/// The library alone: dom_smoothie's article as formatted text, on the page decoded as
/// nutgraf decodes it (so only extraction differs).
pub fn library_alone(html: &[u8]) -> String {
    let text = nutgraf_extract::decode(html).text;
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    dom_smoothie::Readability::new(text, None, Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok())
        .map(|a| a.text_content.to_string())
        .unwrap_or_default()
}

/// nutgraf's extraction: the article's text, paragraphs separated by blank lines.
pub fn nutgraf_text(html: &[u8]) -> String {
    nutgraf_extract::extract(html)
        .map(|a| a.text())
        .unwrap_or_default()
}

fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let t = tokens(text);
    let mut out = HashMap::new();
    if t.is_empty() {
        return out;
    }
    let n = t.len().saturating_sub(3).max(1);
    for i in 0..n {
        *out.entry(t[i..(i + 4).min(t.len())].to_vec()).or_insert(0) += 1;
    }
    out
}

/// Per-page precision and recall as the benchmark computes them.
fn page_pr(pred: &str, gold: &str) -> (f64, f64, bool) {
    let a = shingles(pred);
    let b = shingles(gold);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (k, &n) in &a {
        let m = b.get(k).copied().unwrap_or(0);
        tp += n.min(m);
        fp += n.saturating_sub(m);
    }
    for (k, &m) in &b {
        fn_ += m.saturating_sub(a.get(k).copied().unwrap_or(0));
    }
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    (p, r, fp == 0 && fn_ == 0)
}

/// Runs the evaluation; exits 0 whatever the score.
pub fn run(args: Args) -> crate::Result<ExitCode> {
    let mut rows: Vec<(GoldRow, Vec<u8>)> = Vec::new();
    for item in nutgraf_eval::read_jsonl::<GoldRow>(&args.data)? {
        let (_, row) = item?;
        let page = read_page(&args.pages, &row.id)?;
        rows.push((row, page));
    }
    if rows.is_empty() {
        return Err(format!("{}: no rows to evaluate", args.data.display()).into());
    }
    type System = (&'static str, fn(&[u8]) -> String);
    let systems: [System; 2] = [
        ("nutgraf", nutgraf_text),
        ("dom_smoothie alone", library_alone),
    ];
    let mut outcomes = Vec::new();
    for (name, f) in systems {
        let mut texts = Vec::with_capacity(rows.len());
        let start = Instant::now();
        for (_, page) in &rows {
            texts.push(f(page));
        }
        let secs = start.elapsed().as_secs_f64();
        let (mut p, mut r, mut exact) = (0.0, 0.0, 0);
        for ((row, _), text) in rows.iter().zip(&texts) {
            let (pp, rr, ex) = page_pr(text, &row.article_body);
            p += pp;
            r += rr;
            exact += usize::from(ex);
        }
        let n = rows.len() as f64;
        let (p, r) = (p / n, r / n);
        if let Some(dir) = &args.pred_dir {
            std::fs::create_dir_all(dir)?;
            let file = dir.join(format!("{}.jsonl", name.replace(' ', "_")));
            let mut out = std::io::BufWriter::new(std::fs::File::create(&file)?);
            for ((row, _), text) in rows.iter().zip(&texts) {
                writeln!(out, "{}", serde_json::json!({"id": row.id, "text": text}))?;
            }
        }
        outcomes.push(Outcome {
            system: name,
            pages: rows.len(),
            precision: p,
            recall: r,
            f1: if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
            exact,
            pages_per_second: n / secs.max(1e-12),
        });
    }
    match args.format {
        crate::Format::Json => println!("{}", serde_json::to_string_pretty(&outcomes)?),
        crate::Format::Text => {
            println!(
                "{:<20} {:>6} {:>9} {:>7} {:>7} {:>6} {:>8}",
                "system", "pages", "precision", "recall", "F1", "exact", "pages/s"
            );
            for o in &outcomes {
                println!(
                    "{:<20} {:>6} {:>9.3} {:>7.3} {:>7.3} {:>6} {:>8.1}",
                    o.system, o.pages, o.precision, o.recall, o.f1, o.exact, o.pages_per_second
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_like_the_benchmark() {
        let (p, r, exact) = page_pr("a b c d e", "a b c d e");
        assert_eq!((p, r, exact), (1.0, 1.0, true));
        // Under 4 tokens: one shingle.
        let (p, r, _) = page_pr("a b", "a b c");
        assert_eq!((p, r), (0.0, 0.0));
        let (p, r, _) = page_pr("", "a b c d");
        assert_eq!((p, r), (0.0, 0.0));
        // "a b c d e f": shingles abcd bcde cdef; pred "a b c d e" has abcd bcde.
        let (p, r, _) = page_pr("a b c d e", "a b c d e f");
        assert_eq!(p, 1.0);
        assert!((r - 2.0 / 3.0).abs() < 1e-12);
    }
}
