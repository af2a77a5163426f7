//! Sentence splitting throughput against plain UAX #29 sentence bounds
//! (`unicode-segmentation`'s `split_sentence_bound_indices`), on the seed article, the English
//! Golden Rules, and two hostile inputs.
//!
//! Run with `cargo bench -p nutgraf-tokenize --bench sentences`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nutgraf_tokenize::SentenceSplitter;
use unicode_segmentation::UnicodeSegmentation;

const SEED: &str = include_str!("../../../seeds/000_41a3ba1b02c85ae1.txt");
const GOLDEN: &str = include_str!("../tests/data/golden_en.jsonl");

fn golden_texts() -> String {
    GOLDEN
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect::<Vec<_>>()
        .join(" ")
}

fn bench(c: &mut Criterion) {
    let inputs = [
        ("seed_x16", SEED.repeat(16)),
        ("golden_x16", golden_texts().repeat(16)),
        ("dots_64k", ".".repeat(1 << 16)),
        ("initials_64k", "A. ".repeat((1 << 16) / 3)),
    ];
    let splitter = SentenceSplitter::for_code("eng");
    for (name, text) in &inputs {
        let mut group = c.benchmark_group(*name);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("nutgraf", |b| {
            b.iter(|| splitter.split(black_box(text)).len())
        });
        group.bench_function("uax29", |b| {
            b.iter(|| black_box(text).split_sentence_bound_indices().count())
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
