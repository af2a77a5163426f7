//! A driver for instruction-level profiles of the whole pipeline: analyses every article of a
//! JSON Lines file (a `"text"` field per line) twice, the first time to warm the caches (the
//! language tables, the stopword indexes, the stem cache), the second inside `measured`.
//!
//! Instruction counts do not depend on what else the machine is doing, so they compare
//! before and after a change even on a busy machine:
//!
//! ```sh
//! cargo build --release -p nutgraf --example profile_pipeline
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='profile_pipeline::measured' \
//!     target/release/examples/profile_pipeline ../shared/data/summarize/cnndm_dev.jsonl
//! callgrind_annotate --inclusive=yes callgrind.out.*
//! ```
//!
//! Only the second pass runs inside `measured`, so the totals are one pass over the file in
//! the steady state of a long batch (one-time table parsing and stem-cache misses excluded).
//! Callgrind still counts the calls of the warm-up pass: a call count such as `(500x)` for
//! 250 articles is both passes, while the instruction costs beside it are the second only.

use std::io::BufRead;

#[inline(never)]
fn measured(pipeline: &nutgraf::Pipeline, texts: &[String]) -> usize {
    texts
        .iter()
        .map(|t| pipeline.analyze(t).map_or(0, |r| r.sentences.len()))
        .sum()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: profile_pipeline FILE.jsonl")?;
    let file = std::io::BufReader::new(std::fs::File::open(&path)?);
    let mut texts = Vec::new();
    for line in file.lines() {
        let value: serde_json::Value = serde_json::from_str(&line?)?;
        texts.push(value["text"].as_str().unwrap_or_default().to_string());
    }
    let pipeline = nutgraf::Pipeline::new(nutgraf::Config::default());
    // the warm-up pass, outside `measured`
    let warm: usize = texts
        .iter()
        .map(|t| pipeline.analyze(t).map_or(0, |r| r.sentences.len()))
        .sum();
    let again = measured(&pipeline, &texts);
    println!(
        "{} articles, {} sentences per pass",
        texts.len(),
        warm.min(again)
    );
    Ok(())
}
