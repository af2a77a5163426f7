//! `cargo xtask eval words --data FILE.jsonl`: word segmentation scored SIGHAN style
//! (precision, recall and F1 of word spans counted in characters), and words per second.
//!
//! Agrees with `score.py seg` on the predictions `--pred` writes: both compare the set of
//! (start, end) character spans of the predicted words with those of the gold words.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use serde::Deserialize;

/// Options of `eval words`.
#[derive(clap::Args)]
pub struct Args {
    /// JSON Lines with `id`, `text` and `words` (the gold words, which concatenate to `text`).
    #[arg(long)]
    data: PathBuf,
    /// Which segmenter to score.
    #[arg(long, value_enum, default_value_t = Segmenter::Nutgraf)]
    segmenter: Segmenter,
    /// Segment the data this many times for the words-per-second figure (the median pass).
    #[arg(long, default_value_t = 1)]
    passes: usize,
    /// Also write the predicted words, `{"id", "words": [...]}` a line, for `score.py seg`.
    #[arg(long)]
    pred: Option<PathBuf>,
    /// Print as JSON instead of text.
    #[arg(long, value_enum, default_value_t = crate::Format::Text)]
    format: crate::Format,
}

/// The segmenter to score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Segmenter {
    /// nutgraf's tokenizer (its words, numbers, punctuation and symbols).
    Nutgraf,
    /// jieba-rs alone, without its HMM (the baseline).
    Jieba,
    /// jieba-rs alone, with its HMM.
    JiebaHmm,
}

#[derive(Deserialize)]
struct Row {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: String,
    words: Vec<String>,
}

/// The byte spans of the words `segmenter` finds in `text`.
fn segment(segmenter: Segmenter, text: &str) -> Vec<(usize, usize)> {
    match segmenter {
        Segmenter::Nutgraf => nutgraf_tokenize::tokenize(text)
            .into_iter()
            .map(|t| (t.span.start, t.span.end))
            .collect(),
        Segmenter::Jieba | Segmenter::JiebaHmm => crate::bench_words::jieba()
            .cut(text, segmenter == Segmenter::JiebaHmm)
            .into_iter()
            .filter(|t| !t.word.trim().is_empty())
            .map(|t| (t.byte_start, t.byte_end))
            .collect(),
    }
}

/// Character spans of byte spans into `text` (spans not on `char` boundaries are dropped).
fn char_spans(text: &str, spans: &[(usize, usize)]) -> HashSet<(usize, usize)> {
    // char index of each byte offset that starts a char, and of the end
    let mut at = vec![usize::MAX; text.len() + 1];
    for (n, (b, _)) in text.char_indices().enumerate() {
        at[b] = n;
    }
    at[text.len()] = text.chars().count();
    spans
        .iter()
        .filter_map(|&(s, e)| {
            let (cs, ce) = (*at.get(s)?, *at.get(e)?);
            (cs != usize::MAX && ce != usize::MAX).then_some((cs, ce))
        })
        .collect()
}

/// Character spans of gold words laid end to end.
fn gold_spans(words: &[String]) -> HashSet<(usize, usize)> {
    let mut p = 0;
    words
        .iter()
        .map(|w| {
            let n = w.chars().count();
            p += n;
            (p - n, p)
        })
        .collect()
}

/// Runs the evaluation; exits 0 whatever the score.
pub fn run(args: Args) -> crate::Result<ExitCode> {
    let file = std::fs::File::open(&args.data)
        .map_err(|e| format!("cannot open {}: {e}", args.data.display()))?;
    let mut rows = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{}: line {}: {e}", args.data.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(&line)
            .map_err(|e| format!("{}: line {}: {e}", args.data.display(), n + 1))?;
        rows.push(row);
    }
    // Load the dictionaries before the clock starts: a one-off cost, not a per-word one.
    nutgraf_tokenize::warm_up();
    let _ = crate::bench_words::jieba();
    let mut times = Vec::new();
    let mut predicted: Vec<Vec<(usize, usize)>> = Vec::new();
    for _ in 0..args.passes.max(1) {
        let start = Instant::now();
        predicted = rows
            .iter()
            .map(|r| segment(args.segmenter, &r.text))
            .collect();
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let secs = times[times.len() / 2];
    let (mut tp, mut npred, mut ngold, mut words) = (0usize, 0usize, 0usize, 0usize);
    for (row, spans) in rows.iter().zip(&predicted) {
        let pred = char_spans(&row.text, spans);
        let gold = gold_spans(&row.words);
        tp += pred.intersection(&gold).count();
        npred += pred.len();
        ngold += gold.len();
        words += spans.len();
    }
    if let Some(path) = &args.pred {
        let file = std::fs::File::create(path)
            .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        let mut out = BufWriter::new(file);
        for (row, spans) in rows.iter().zip(&predicted) {
            let words: Vec<&str> = spans
                .iter()
                .map(|&(s, e)| row.text.get(s..e).unwrap_or(""))
                .collect();
            let id = row.id.clone().unwrap_or(serde_json::Value::Null);
            serde_json::to_writer(&mut out, &serde_json::json!({ "id": id, "words": words }))?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(tp, npred), ratio(tp, ngold));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let per_sec = words as f64 / secs.max(1e-9);
    match args.format {
        crate::Format::Json => {
            let out = serde_json::json!({
                "data": args.data.display().to_string(),
                "segmenter": format!("{:?}", args.segmenter).to_lowercase(),
                "rows": rows.len(),
                "precision": (10000.0 * p).round() / 100.0,
                "recall": (10000.0 * r).round() / 100.0,
                "f1": (10000.0 * f1).round() / 100.0,
                "words_per_second": per_sec.round(),
            });
            println!("{}", serde_json::to_string_pretty(&out)?);
        }
        crate::Format::Text => {
            println!(
                "{} rows, {ngold} gold words, {npred} predicted ({:?})",
                rows.len(),
                args.segmenter
            );
            println!(
                "precision {:.2}  recall {:.2}  F1 {:.2}",
                100.0 * p,
                100.0 * r,
                100.0 * f1
            );
            println!("{:.0} words/s ({secs:.3} s)", per_sec);
        }
    }
    Ok(ExitCode::SUCCESS)
}
