//! The candidates for nutgraf-extract's library, each alone on the benchmark's pages: writes
//! `{"id", "text"}` lines for `score.py html` and prints pages per second to stderr.

use std::io::{Read, Write};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, library, gold, pages] = args.as_slice() else {
        return Err("usage: extract-candidates LIBRARY GOLD.jsonl PAGES_DIR".into());
    };
    let mut rows = Vec::new();
    for line in std::fs::read_to_string(gold)?.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let url = v["url"].as_str().unwrap_or("http://example.invalid/").to_string();
        let mut page = Vec::new();
        let file = std::fs::File::open(format!("{pages}/{id}.html.gz"))?;
        flate2::read::GzDecoder::new(file).read_to_end(&mut page)?;
        rows.push((id, url, page));
    }
    let start = Instant::now();
    let mut out = Vec::new();
    for (id, url, page) in &rows {
        let text = match library.as_str() {
            "rs-trafilatura" => rs_trafilatura::extract_bytes(page)
                .map(|r| r.content_text)
                .unwrap_or_default(),
            "dom_smoothie" => {
                let cfg = dom_smoothie::Config {
                    text_mode: dom_smoothie::TextMode::Formatted,
                    ..Default::default()
                };
                let html = String::from_utf8_lossy(page).into_owned();
                dom_smoothie::Readability::new(html, Some(url.as_str()), Some(cfg))
                    .ok()
                    .and_then(|mut r| r.parse().ok())
                    .map(|a| a.text_content.to_string())
                    .unwrap_or_default()
            }
            "readability" => {
                let html = String::from_utf8_lossy(page).into_owned();
                let base = url::Url::parse(url)
                    .or_else(|_| url::Url::parse("http://example.invalid/"))?;
                readability::extractor::extract(&mut html.as_bytes(), &base)
                    .map(|p| p.text)
                    .unwrap_or_default()
            }
            other => return Err(format!("unknown library {other}").into()),
        };
        out.push(serde_json::json!({"id": id, "text": text}).to_string());
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!("{library}: {:.1} pages/s", rows.len() as f64 / secs.max(1e-12));
    let mut stdout = std::io::stdout().lock();
    for line in out {
        writeln!(stdout, "{line}")?;
    }
    Ok(())
}
