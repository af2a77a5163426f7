//! `cargo xtask eval sentences --data FILE.jsonl`: exact-match sentence segmentation score.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::ExitCode;

use nutgraf_tokenize::SentenceSplitter;
use serde::Deserialize;

/// Options of `eval sentences`.
#[derive(clap::Args)]
pub struct Args {
    /// JSON Lines with `text` and `sentences` (the expected list); `id` and `rule` are shown.
    #[arg(long)]
    data: PathBuf,
    /// ISO 639-3 code of the language whose rules to use.
    #[arg(long, default_value = "eng")]
    lang: String,
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
    text: String,
    sentences: Vec<String>,
}

#[derive(serde::Serialize)]
struct Failure {
    id: serde_json::Value,
    rule: Option<String>,
    text: String,
    expected: Vec<String>,
    got: Vec<String>,
}

/// Runs the evaluation; exits 0 whatever the score (a score is not an error).
pub fn run(args: Args) -> crate::Result<ExitCode> {
    let file = std::fs::File::open(&args.data)
        .map_err(|e| format!("cannot open {}: {e}", args.data.display()))?;
    let splitter = SentenceSplitter::for_code(&args.lang);
    let mut total = 0usize;
    let mut failures = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{}: line {}: {e}", args.data.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(&line)
            .map_err(|e| format!("{}: line {}: {e}", args.data.display(), n + 1))?;
        total += 1;
        let got: Vec<String> = splitter
            .split(&row.text)
            .into_iter()
            .map(|s| row.text[s].trim().to_string())
            .collect();
        if got != row.sentences {
            failures.push(Failure {
                id: row.id.unwrap_or(serde_json::Value::Null),
                rule: row.rule,
                text: row.text,
                expected: row.sentences,
                got,
            });
        }
    }
    let passed = total - failures.len();
    match args.format {
        crate::Format::Json => {
            let out = serde_json::json!({
                "data": args.data.display().to_string(),
                "cases": total,
                "passed": passed,
                "failed": failures.len(),
                "failures": failures,
            });
            println!("{}", serde_json::to_string_pretty(&out)?);
        }
        crate::Format::Text => {
            let pct = if total == 0 {
                0.0
            } else {
                100.0 * passed as f64 / total as f64
            };
            println!(
                "sentences: {passed}/{total} cases passed ({pct:.1}%) on {}",
                args.data.display()
            );
            for f in &failures {
                println!();
                println!("FAIL {} {}", f.id, f.rule.as_deref().unwrap_or(""));
                println!("  text:     {:?}", f.text);
                println!("  expected: {:?}", f.expected);
                println!("  got:      {:?}", f.got);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
