//! Keyphrase extraction speed against the `yake-rust` crate on the same documents, in the
//! same run: `cargo bench -p nutgraf-keywords`.
//!
//! Documents: the seed article (`seeds/`), and when the shared evaluation data is beside the
//! project (`../shared/data/keywords/`, read by path, never copied), the first 100 Inspec
//! abstracts and the first 10 DUC-2001 news articles. nutgraf's time includes building the
//! [`Document`] (sentences, tokens, stems), as yake-rust's includes its own tokenizing.
//! The ratio of the two is printed at the end of each group.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use nutgraf_keywords::{Algorithm, Extractor};
use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."))
}

fn seed() -> Vec<String> {
    let mut texts = Vec::new();
    if let Ok(dir) = std::fs::read_dir(root().join("seeds")) {
        let mut paths: Vec<_> = dir.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "txt") {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    texts.push(t);
                }
            }
        }
    }
    texts
}

fn shared(name: &str, n: usize) -> Vec<String> {
    let path = root().join("../shared/data/keywords").join(name);
    let Ok(data) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .take(n)
        .collect()
}

fn ours(
    texts: &[String],
    extractor: &Extractor,
    splitter: &SentenceSplitter,
    analyzer: &Analyzer,
) -> usize {
    let mut n = 0;
    for t in texts {
        let doc = Document::new(t, splitter, analyzer);
        n += extractor.extract(&doc).len();
    }
    n
}

fn yake(texts: &[String], stop: &yake_rust::StopWords, config: &yake_rust::Config) -> usize {
    texts
        .iter()
        .map(|t| yake_rust::get_n_best(10, t, stop, config).len())
        .sum()
}

fn time(mut f: impl FnMut() -> usize) -> Duration {
    // the best of a few runs of at least 200 ms, as a ratio check beside criterion's figures
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let mut runs = 0u32;
        while start.elapsed() < Duration::from_millis(200) {
            black_box(f());
            runs += 1;
        }
        best = best.min(start.elapsed() / runs.max(1));
    }
    best
}

fn bench(c: &mut Criterion) {
    let splitter = SentenceSplitter::for_code("eng");
    let analyzer = Analyzer::for_code("eng");
    let stop = yake_rust::StopWords::predefined("en").unwrap_or_default();
    let config = yake_rust::Config::default();
    let sets = [
        ("seed", seed()),
        ("inspec100", shared("inspec_dev.jsonl", 100)),
        ("duc10", shared("duc2001_dev.jsonl", 10)),
    ];
    for (name, texts) in &sets {
        if texts.is_empty() {
            continue;
        }
        let mut group = c.benchmark_group(*name);
        group.sample_size(10);
        for algorithm in Algorithm::ALL {
            let extractor = Extractor::new(algorithm);
            group.bench_function(algorithm.name(), |b| {
                b.iter(|| ours(black_box(texts), &extractor, &splitter, &analyzer))
            });
        }
        group.bench_function("yake-rust", |b| {
            b.iter(|| yake(black_box(texts), &stop, &config))
        });
        group.finish();
        let default = Extractor::default();
        let t_ours = time(|| ours(texts, &default, &splitter, &analyzer));
        let t_yake_ours = time(|| {
            ours(
                texts,
                &Extractor::new(Algorithm::Yake),
                &splitter,
                &analyzer,
            )
        });
        let t_yake = time(|| yake(texts, &stop, &config));
        let per_doc = |d: Duration| d.as_secs_f64() * 1e6 / texts.len() as f64;
        println!(
            "{name}: {} docs; nutgraf {:.1} us/doc, nutgraf's yake {:.1} us/doc, yake-rust {:.1} us/doc: \
             nutgraf {:.1}x and nutgraf's yake {:.1}x faster than yake-rust",
            texts.len(),
            per_doc(t_ours),
            per_doc(t_yake_ours),
            per_doc(t_yake),
            t_yake.as_secs_f64() / t_ours.as_secs_f64(),
            t_yake.as_secs_f64() / t_yake_ours.as_secs_f64(),
        );
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
