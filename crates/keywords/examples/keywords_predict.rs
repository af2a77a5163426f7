//! Keyphrases for every row of a JSON Lines file, as JSON Lines `{"id", "keywords": [{"text", "score"}]}`,
//! for scoring with an external scorer.
//!
//! `cargo run --release -p nutgraf-keywords --example keywords_predict -- FILE.jsonl [ALGORITHM] [HALF]`
//! where HALF is `0` or `1` (rows whose id hashes to that half; default: all rows). `tfidf`
//! counts document frequencies over all rows of the file.

use std::io::{BufRead, BufReader, Write};

use nutgraf_keywords::{Algorithm, DocumentFrequencies, Extractor};
use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .ok_or("usage: predict FILE.jsonl [ALGORITHM] [HALF]")?;
    let algorithm: Algorithm = args
        .get(2)
        .map_or(Ok(Algorithm::default()), |a| a.parse())?;
    let half: Option<u64> = args.get(3).map(|h| h.parse()).transpose()?;
    let splitter = SentenceSplitter::for_code("eng");
    let analyzer = Analyzer::for_code("eng");
    let mut extractor = Extractor::new(algorithm);
    if let Some(n) = std::env::var("MAX_WORDS").ok().and_then(|v| v.parse().ok()) {
        extractor.max_words(n);
    }
    if algorithm == Algorithm::TfIdf {
        let file = BufReader::new(std::fs::File::open(path)?);
        extractor.document_frequencies(DocumentFrequencies::from_jsonl(
            file, "text", &splitter, &analyzer,
        )?);
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    for line in BufReader::new(std::fs::File::open(path)?).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let row: serde_json::Value = serde_json::from_str(&line)?;
        let id = match &row["id"] {
            serde_json::Value::String(s) => s.clone(),
            v => v.to_string(),
        };
        if half.is_some_and(|h| fnv(&id) % 2 != h) {
            continue;
        }
        let text = row["text"].as_str().unwrap_or("");
        let doc = Document::new(text, &splitter, &analyzer);
        let keywords: Vec<serde_json::Value> = extractor
            .extract(&doc)
            .into_iter()
            .map(|k| serde_json::json!({"text": k.text, "score": k.score}))
            .collect();
        writeln!(
            out,
            "{}",
            serde_json::json!({"id": row["id"], "keywords": keywords})
        )?;
    }
    Ok(())
}
