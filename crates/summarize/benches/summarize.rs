//! Speed of each summarizer over the dev articles (CNN/DailyMail and BBC from `../shared`), or
//! over a committed sample of BBC articles when `../shared` is not there.
//!
//! ```text
//! cargo bench -p nutgraf-summarize --bench summarize
//! python3 crates/summarize/benches/sumy_baseline.py ../shared/data/summarize/cnndm_dev.jsonl
//! ```
//!
//! Each benchmark summarizes every article of a set once (documents already analysed; the
//! `analysis` rows time nutgraf-tokenize's `Document::new` on the same texts), so the time per
//! article is the reported time divided by the number of articles (throughput is given in
//! articles per second).

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nutgraf_summarize::{Algorithm, Budget, Summarizer};
use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};

/// The article texts of a JSON Lines file (`text` of each row).
fn texts(path: &Path) -> Vec<String> {
    let Ok(data) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
        .collect()
}

/// (name, texts) of the sets to run on.
fn sets() -> Vec<(String, Vec<String>)> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = manifest.join("../../../shared/data/summarize");
    let mut out = Vec::new();
    for name in ["cnndm_dev", "bbc_dev"] {
        let t = texts(&shared.join(format!("{name}.jsonl")));
        if !t.is_empty() {
            out.push((name.to_string(), t));
        }
    }
    if out.is_empty() {
        let sample = manifest.join("benches/data/bbc_dev_sample.jsonl");
        out.push(("bbc_dev_sample".to_string(), texts(&sample)));
    }
    out
}

fn bench(c: &mut Criterion) {
    let splitter = SentenceSplitter::for_code("eng");
    let analyzer = Analyzer::for_code("eng");
    for (name, texts) in sets() {
        let docs: Vec<Document<'_>> = texts
            .iter()
            .map(|t| Document::new(t, &splitter, &analyzer))
            .collect();
        let mut group = c.benchmark_group(format!("summarize/{name}"));
        group.throughput(Throughput::Elements(docs.len() as u64));
        group.sample_size(20);
        group.measurement_time(Duration::from_secs(4));
        group.warm_up_time(Duration::from_secs(1));
        group.bench_function("analysis", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| Document::new(t, &splitter, &analyzer).sentences().len())
                    .sum::<usize>()
            })
        });
        for algorithm in Algorithm::ALL {
            let summarizer = Summarizer::new(algorithm, Budget::Sentences(3));
            group.bench_function(algorithm.name(), |b| {
                b.iter(|| {
                    docs.iter()
                        .map(|d| summarizer.summarize(d).len())
                        .sum::<usize>()
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
