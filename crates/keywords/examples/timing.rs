//! Where the time goes: building the Document against extracting, per algorithm.
//! `cargo run --release -p nutgraf-keywords --example timing -- FILE.jsonl [N] [ALGORITHM|yake-rust] [document-only]`

use std::time::Instant;

use nutgraf_keywords::{Algorithm, Extractor};
use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).ok_or("usage: timing FILE.jsonl [N]")?;
    let n: usize = args.get(2).map_or(Ok(200), |s| s.parse())?;
    let texts: Vec<String> = std::fs::read_to_string(path)?
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .take(n)
        .collect();
    if args.get(3).is_some_and(|a| a == "yake-rust") {
        let stop = yake_rust::StopWords::predefined("en").unwrap_or_default();
        let config = yake_rust::Config::default();
        let start = Instant::now();
        let k: usize = texts
            .iter()
            .map(|t| yake_rust::get_n_best(10, t, &stop, &config).len())
            .sum();
        let per = start.elapsed().as_secs_f64() * 1e6 / texts.len().max(1) as f64;
        println!("yake-rust: {per:.1} us/doc ({k} phrases)");
        return Ok(());
    }
    let splitter = SentenceSplitter::for_code("eng");
    let analyzer = Analyzer::for_code("eng");
    let start = Instant::now();
    let docs: Vec<Document<'_>> = texts
        .iter()
        .map(|t| Document::new(t, &splitter, &analyzer))
        .collect();
    let per = |t: Instant| t.elapsed().as_secs_f64() * 1e6 / texts.len().max(1) as f64;
    println!("document: {:.1} us/doc", per(start));
    let start = Instant::now();
    let _: Vec<Vec<std::ops::Range<usize>>> = texts.iter().map(|t| splitter.split(t)).collect();
    println!("  of which sentences: {:.1} us/doc", per(start));
    let only: Option<Algorithm> = args.get(3).map(|a| a.parse()).transpose()?;
    let skip_all = args.get(4).is_some_and(|a| a == "document-only");
    for a in Algorithm::ALL {
        if skip_all || only.is_some_and(|o| o != a) {
            continue;
        }
        let e = Extractor::new(a);
        let start = Instant::now();
        let mut k = 0;
        for d in &docs {
            k += e.extract(d).len();
        }
        println!("{}: {:.1} us/doc ({k} phrases)", a.name(), per(start));
    }
    Ok(())
}
