//! `cargo xtask eval sentences --data FILE.jsonl`: sentence segmentation scores, per language
//! and overall.
//!
//! Two scores, as `../shared/tools/score.py sbd_f1` computes them:
//! - **exact**: the share of rows whose trimmed, non-empty sentences equal the trimmed gold list;
//! - **boundary F1**: micro precision, recall and F1 over sentence ends, an end being the number
//!   of non-white-space characters before it; the row's own end is not counted (every splitter
//!   gets it free), and each row's ends form a set.
//!
//! Each row is split with the rules of its `lang` field (ISO 639-3) when it has one, else with
//! `--lang`; `--detect` uses the language the detector finds in the row's text instead, which
//! is what the pipeline does with a document of unknown language.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use nutgraf_tokenize::SentenceSplitter;
use serde::Deserialize;

/// Options of `eval sentences`.
#[derive(clap::Args)]
pub struct Args {
    /// JSON Lines with `text` and `sentences` (the expected list), and optionally `lang`
    /// (ISO 639-3); `id` and `rule` are shown with failures.
    #[arg(long)]
    data: PathBuf,
    /// ISO 639-3 code of the rules to use for rows without a `lang` field.
    #[arg(long, default_value = "eng")]
    lang: String,
    /// Split each row with the language detected in its text rather than its `lang` field.
    #[arg(long)]
    detect: bool,
    /// List every failed row (the default when no row has a `lang` field, as in the golden
    /// rules).
    #[arg(long)]
    failures: bool,
    /// Print as JSON instead of text.
    #[arg(long, value_enum, default_value_t = crate::Format::Text)]
    format: crate::Format,
}

#[derive(Deserialize)]
struct Row {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    rule: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    text: String,
    sentences: Vec<String>,
}

#[derive(serde::Serialize)]
struct Failure {
    id: serde_json::Value,
    rule: Option<String>,
    lang: String,
    text: String,
    expected: Vec<String>,
    got: Vec<String>,
}

/// Counts of one language (or of all rows).
#[derive(Default, Clone, Copy, serde::Serialize)]
struct Tally {
    rows: usize,
    exact: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn add(&mut self, exact: bool, got: &BTreeSet<usize>, gold: &BTreeSet<usize>) {
        self.rows += 1;
        self.exact += usize::from(exact);
        let tp = got.intersection(gold).count();
        self.tp += tp;
        self.fp += got.len() - tp;
        self.fn_ += gold.len() - tp;
    }

    fn exact_pct(&self) -> f64 {
        pct(self.exact, self.rows)
    }

    fn precision(&self) -> f64 {
        pct(self.tp, self.tp + self.fp)
    }

    fn recall(&self) -> f64 {
        pct(self.tp, self.tp + self.fn_)
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "rows": self.rows,
            "exact": round2(self.exact_pct()),
            "boundary_precision": round2(self.precision()),
            "boundary_recall": round2(self.recall()),
            "boundary_f1": round2(self.f1()),
        })
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// White space as Python's `\s` sees it (`str.isspace`): Rust's plus the separators U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1C}'..='\u{1F}').contains(&c)
}

/// The sentence ends of a list (non-white-space characters before each end), the last left out.
fn ends(sentences: &[String]) -> BTreeSet<usize> {
    let mut pos = 0;
    let mut all = Vec::new();
    for s in sentences {
        let n = s.chars().filter(|&c| !is_py_space(c)).count();
        if n > 0 {
            pos += n;
            all.push(pos);
        }
    }
    all.pop();
    all.into_iter().collect()
}

/// Runs the evaluation; exits 0 whatever the score (a score is not an error).
pub fn run(args: Args) -> crate::Result<ExitCode> {
    let file = std::fs::File::open(&args.data)
        .map_err(|e| format!("cannot open {}: {e}", args.data.display()))?;
    let mut all = Tally::default();
    let mut per_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut any_lang = false;
    let mut failures = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{}: line {}: {e}", args.data.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(&line)
            .map_err(|e| format!("{}: line {}: {e}", args.data.display(), n + 1))?;
        any_lang |= row.lang.is_some();
        let lang = row.lang.clone().unwrap_or_else(|| args.lang.clone());
        let code = if args.detect {
            nutgraf_lang::detect(&row.text).map_or("und", |d| d.code())
        } else {
            lang.as_str()
        };
        let splitter = SentenceSplitter::for_code(code);
        let got: Vec<String> = splitter
            .split(&row.text)
            .into_iter()
            .map(|s| row.text[s].trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        let gold: Vec<String> = row.sentences.iter().map(|s| s.trim().to_string()).collect();
        let exact = got == gold;
        let (got_ends, gold_ends) = (ends(&got), ends(&gold));
        all.add(exact, &got_ends, &gold_ends);
        per_lang
            .entry(lang.clone())
            .or_default()
            .add(exact, &got_ends, &gold_ends);
        if !exact {
            failures.push(Failure {
                id: row.id.unwrap_or(serde_json::Value::Null),
                rule: row.rule,
                lang,
                text: row.text,
                expected: gold,
                got,
            });
        }
    }
    let show_failures = args.failures || !any_lang;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        crate::Format::Json => {
            let langs: serde_json::Map<String, serde_json::Value> = per_lang
                .iter()
                .map(|(k, t)| (k.clone(), t.json()))
                .collect();
            let mut report = serde_json::json!({
                "data": args.data.display().to_string(),
                "cases": all.rows,
                "passed": all.exact,
                "failed": all.rows - all.exact,
                "all": all.json(),
                "per_lang": langs,
            });
            if show_failures {
                report["failures"] = serde_json::to_value(&failures)?;
            }
            writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        }
        crate::Format::Text => {
            writeln!(
                out,
                "sentences: {}/{} cases passed ({:.1}%) on {}",
                all.exact,
                all.rows,
                all.exact_pct(),
                args.data.display()
            )?;
            writeln!(
                out,
                "{:<6} {:>5} {:>7} {:>7} {:>7} {:>7}",
                "lang", "rows", "exact", "P", "R", "F1"
            )?;
            let line = |out: &mut dyn Write, name: &str, t: &Tally| {
                writeln!(
                    out,
                    "{:<6} {:>5} {:>7.2} {:>7.2} {:>7.2} {:>7.2}",
                    name,
                    t.rows,
                    t.exact_pct(),
                    t.precision(),
                    t.recall(),
                    t.f1()
                )
            };
            for (k, t) in &per_lang {
                line(&mut out, k, t)?;
            }
            line(&mut out, "all", &all)?;
            if show_failures {
                for f in &failures {
                    writeln!(out)?;
                    let rule = f.rule.as_deref().unwrap_or("");
                    writeln!(out, "FAIL {} {} {rule}", f.id, f.lang)?;
                    writeln!(out, "  text:     {:?}", f.text)?;
                    writeln!(out, "  expected: {:?}", f.expected)?;
                    writeln!(out, "  got:      {:?}", f.got)?;
                }
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_skip_space_and_the_last() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            ends(&s(&["A b.", "", "C d e.", "F."])),
            [3, 7].into_iter().collect()
        );
        assert!(ends(&s(&["One."])).is_empty());
        let mut t = Tally::default();
        t.add(false, &[3, 5].into(), &[3, 7].into());
        assert_eq!((t.tp, t.fp, t.fn_), (1, 1, 1));
        assert!((t.f1() - 50.0).abs() < 1e-9);
    }
}
