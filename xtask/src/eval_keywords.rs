//! `cargo xtask eval keywords --data FILE.jsonl [--algorithm NAME|all] [--k 10]`: keyphrase
//! P/R/F1@k, macro-averaged over documents, with the standard evaluation of nutgraf-eval
//! (lowercase, split on `\w+`, NLTK's Porter stemmer on each word, exact match, duplicates
//! after stemming dropped from the predictions), and documents per second.
//!
//! `tfidf` needs document frequencies: they are counted over the texts of every row of the
//! data file (before `--limit` and `--half`), the usual setting for unsupervised TF-IDF on a
//! benchmark; the time this takes is not counted in documents per second.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use nutgraf_eval::jsonl::KeyphraseRow;
use nutgraf_eval::{PrfMean, keyphrase_prf, read_jsonl};
use nutgraf_keywords::{Algorithm, DocumentFrequencies, Extractor};
use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};

/// Options of `eval keywords`.
#[derive(clap::Args)]
pub struct Args {
    /// JSON Lines with `id`, `text` and `keyphrases` (the gold list).
    #[arg(long)]
    data: PathBuf,
    /// The algorithm (nutgraf, yake, rake, textrank, positionrank, tfidf), or `all` to
    /// print every algorithm side by side.
    #[arg(long, default_value = "nutgraf")]
    algorithm: String,
    /// Score the top K predictions.
    #[arg(long, default_value_t = 10)]
    k: usize,
    /// The longest keyphrase in words (default: each algorithm's own).
    #[arg(long)]
    max_words: Option<usize>,
    /// Only the first N rows.
    #[arg(long)]
    limit: Option<usize>,
    /// Only rows whose id hashes (FNV-1a) to this half, 0 or 1 (for tuning on one half and
    /// reporting on the other).
    #[arg(long)]
    half: Option<u8>,
    /// ISO 639-3 code of the documents' language (sentence rules, stopwords, stemmer).
    #[arg(long, default_value = "eng")]
    lang: String,
    /// Print as JSON instead of text.
    #[arg(long, value_enum, default_value_t = crate::Format::Text)]
    format: crate::Format,
}

/// The result of one algorithm on the data.
#[derive(serde::Serialize)]
struct Outcome {
    algorithm: &'static str,
    documents: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    docs_per_second: f64,
}

/// Runs the evaluation; exits 0 whatever the score (a score is not an error).
pub fn run(args: Args) -> crate::Result<ExitCode> {
    let algorithms: Vec<Algorithm> = if args.algorithm.eq_ignore_ascii_case("all") {
        Algorithm::ALL.to_vec()
    } else {
        vec![args.algorithm.parse::<Algorithm>()?]
    };
    let mut rows: Vec<KeyphraseRow> = Vec::new();
    for item in read_jsonl::<KeyphraseRow>(&args.data)? {
        let (_, row) = item?;
        rows.push(row);
    }
    let all_texts: Vec<String> = rows.iter().map(|r| r.text.clone()).collect();
    if let Some(h) = args.half {
        rows.retain(|r| crate::common::in_half(&r.id, h));
    }
    if let Some(n) = args.limit {
        rows.truncate(n);
    }
    let splitter = SentenceSplitter::for_code(&args.lang);
    let analyzer = Analyzer::for_code(&args.lang);
    let mut outcomes = Vec::new();
    for algorithm in algorithms {
        let mut extractor = Extractor::new(algorithm);
        extractor.top_n(args.k);
        if let Some(n) = args.max_words {
            extractor.max_words(n);
        }
        if algorithm == Algorithm::TfIdf {
            let mut df = DocumentFrequencies::new();
            for text in &all_texts {
                df.add(&Document::new(text, &splitter, &analyzer));
            }
            extractor.document_frequencies(df);
        }
        let mut mean = PrfMean::default();
        let mut elapsed = 0.0f64;
        for row in &rows {
            let start = Instant::now();
            let doc = Document::new(&row.text, &splitter, &analyzer);
            let predicted: Vec<String> = extractor
                .extract(&doc)
                .into_iter()
                .map(|k| k.text)
                .collect();
            elapsed += start.elapsed().as_secs_f64();
            mean.add(&keyphrase_prf(&predicted, &row.keyphrases, args.k));
        }
        let m = mean.mean();
        outcomes.push(Outcome {
            algorithm: algorithm.name(),
            documents: rows.len(),
            precision: 100.0 * m.precision,
            recall: 100.0 * m.recall,
            f1: 100.0 * m.f1,
            docs_per_second: if elapsed > 0.0 {
                rows.len() as f64 / elapsed
            } else {
                0.0
            },
        });
    }
    match args.format {
        crate::Format::Json => {
            let out = serde_json::json!({
                "data": args.data.display().to_string(),
                "k": args.k,
                "results": outcomes,
            });
            println!("{}", serde_json::to_string_pretty(&out)?);
        }
        crate::Format::Text => {
            println!(
                "keywords on {} ({} documents), macro P/R/F1@{} in %:",
                args.data.display(),
                rows.len(),
                args.k
            );
            println!(
                "{:<14} {:>7} {:>7} {:>7} {:>10}",
                "algorithm", "P", "R", "F1", "docs/s"
            );
            for o in &outcomes {
                println!(
                    "{:<14} {:>7.2} {:>7.2} {:>7.2} {:>10.0}",
                    o.algorithm, o.precision, o.recall, o.f1, o.docs_per_second
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
