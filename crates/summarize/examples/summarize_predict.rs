//! Writes predictions for a JSONL data set (`{"id", "text", ...}` per line) in the format of
//! the reference scorer (`{"id", "summary": [text, ...]}`), to check nutgraf-eval's ROUGE and
//! this crate's summaries against the public tools (rouge-score via `score.py`):
//!
//! ```text
//! cargo run --release -p nutgraf-summarize --example summarize_predict -- DATA.jsonl [ALGORITHM] [SENTENCES] > pred.jsonl
//! $PY ../shared/tools/score.py summ DATA.jsonl pred.jsonl
//! ```
//!
//! The text goes straight to nutgraf-tokenize (English rules), without the facade's clean-up.
use std::io::{BufRead, Write};

use nutgraf_summarize::{Algorithm, Budget, Summarizer};
use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: predict DATA.jsonl [ALGORITHM] [SENTENCES]")?;
    let algorithm: Algorithm = args.next().as_deref().unwrap_or("default").parse()?;
    let k: usize = args.next().as_deref().unwrap_or("3").parse()?;
    let summarizer = Summarizer::new(algorithm, Budget::Sentences(k));
    let splitter = SentenceSplitter::for_code("eng");
    let analyzer = Analyzer::for_code("eng");
    let out = std::io::stdout();
    let mut out = out.lock();
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let row: serde_json::Value = serde_json::from_str(&line)?;
        let text = row["text"].as_str().unwrap_or("");
        let doc = Document::new(text, &splitter, &analyzer);
        let summary: Vec<&str> = summarizer
            .summarize(&doc)
            .iter()
            .map(|e| &text[e.span.clone()])
            .collect();
        writeln!(
            out,
            "{}",
            serde_json::json!({"id": row["id"], "summary": summary})
        )?;
    }
    Ok(())
}
