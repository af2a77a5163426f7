//! `cargo xtask eval keywords --data FILE.jsonl [--algorithm NAME|all] [--k 10]`: keyphrase
//! P/R/F1@k, macro-averaged over documents, with the standard evaluation of nutgraf-eval
//! (lowercase, split on `\w+`, NLTK's Porter stemmer on each word, exact match, duplicates
//! after stemming dropped from the predictions), and documents per second. Each row is read
//! in its `lang` (ISO 639-3) when it has one (`--lang` overrides; English otherwise), and a
//! set that mixes languages gets one row per language under each algorithm.
//!
//! `tfidf` needs document frequencies: they are counted over the texts of every row of the
//! data file (before `--limit` and `--half`), the usual setting for unsupervised TF-IDF on a
//! benchmark; the time this takes is not counted in documents per second.

use std::collections::BTreeMap;
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
    /// ISO 639-3 code of the documents' language (sentence rules, stopwords, stemmer, the
    /// extractor's word lists). Default: each row's `lang` field, English where it has none.
    #[arg(long)]
    lang: Option<String>,
    /// Print as JSON instead of text.
    #[arg(long, value_enum, default_value_t = crate::Format::Text)]
    format: crate::Format,
}

/// The result of one algorithm on the data (or on the rows of one language).
#[derive(serde::Serialize)]
struct Outcome {
    algorithm: &'static str,
    /// The language of the rows, when the set mixes languages (`None`: all rows).
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
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
    // Each row's language: --lang, else its own `lang`, else English.
    let lang_of = |r: &KeyphraseRow| -> String {
        args.lang
            .clone()
            .or_else(|| r.lang.clone())
            .unwrap_or_else(|| "eng".to_string())
    };
    let mut tools: BTreeMap<String, (SentenceSplitter, Analyzer)> = BTreeMap::new();
    for r in &rows {
        let code = lang_of(r);
        tools
            .entry(code.clone())
            .or_insert_with(|| (SentenceSplitter::for_code(&code), Analyzer::for_code(&code)));
    }
    let all_texts: Vec<(String, String)> =
        rows.iter().map(|r| (lang_of(r), r.text.clone())).collect();
    if let Some(h) = args.half {
        rows.retain(|r| crate::common::in_half(&r.id, h));
    }
    if let Some(n) = args.limit {
        rows.truncate(n);
    }
    let langs: Vec<String> = {
        let mut l: Vec<String> = rows.iter().map(&lang_of).collect();
        l.sort_unstable();
        l.dedup();
        l
    };
    let mut outcomes = Vec::new();
    for algorithm in algorithms {
        let mut extractor = Extractor::new(algorithm);
        extractor.top_n(args.k);
        if let Some(n) = args.max_words {
            extractor.max_words(n);
        }
        if algorithm == Algorithm::TfIdf {
            let mut df = DocumentFrequencies::new();
            for (code, text) in &all_texts {
                if let Some((splitter, analyzer)) = tools.get(code) {
                    df.add(&Document::new(text, splitter, analyzer));
                }
            }
            extractor.document_frequencies(df);
        }
        let mut mean = PrfMean::default();
        let mut per_lang: BTreeMap<&str, (PrfMean, usize)> = BTreeMap::new();
        let mut elapsed = 0.0f64;
        for row in &rows {
            let code = lang_of(row);
            let Some((splitter, analyzer)) = tools.get(&code) else {
                continue;
            };
            let start = Instant::now();
            extractor.language(Some(&code));
            let doc = Document::new(&row.text, splitter, analyzer);
            let predicted: Vec<String> = extractor
                .extract(&doc)
                .into_iter()
                .map(|k| k.text)
                .collect();
            elapsed += start.elapsed().as_secs_f64();
            let prf = keyphrase_prf(&predicted, &row.keyphrases, args.k);
            mean.add(&prf);
            if let Some(l) = langs.iter().find(|l| **l == code) {
                let slot = per_lang.entry(l.as_str()).or_default();
                slot.0.add(&prf);
                slot.1 += 1;
            }
        }
        let dps = if elapsed > 0.0 {
            rows.len() as f64 / elapsed
        } else {
            0.0
        };
        let m = mean.mean();
        outcomes.push(Outcome {
            algorithm: algorithm.name(),
            lang: None,
            documents: rows.len(),
            precision: 100.0 * m.precision,
            recall: 100.0 * m.recall,
            f1: 100.0 * m.f1,
            docs_per_second: dps,
        });
        if langs.len() > 1 {
            for (l, (pm, count)) in &per_lang {
                let m = pm.mean();
                outcomes.push(Outcome {
                    algorithm: algorithm.name(),
                    lang: Some((*l).to_string()),
                    documents: *count,
                    precision: 100.0 * m.precision,
                    recall: 100.0 * m.recall,
                    f1: 100.0 * m.f1,
                    docs_per_second: dps,
                });
            }
        }
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
                "keywords on {} ({} documents, language {}), macro P/R/F1@{} in %:",
                args.data.display(),
                rows.len(),
                langs.join(", "),
                args.k
            );
            let names: Vec<String> = outcomes
                .iter()
                .map(|o| match &o.lang {
                    Some(l) => format!("  {} [{l}, {}]", o.algorithm, o.documents),
                    None => o.algorithm.to_string(),
                })
                .collect();
            // as wide as the longest name, at least 14 (the width before per-language rows)
            let w = names
                .iter()
                .map(|n| n.chars().count())
                .max()
                .unwrap_or(0)
                .max(14);
            println!(
                "{:<w$} {:>7} {:>7} {:>7} {:>10}",
                "algorithm", "P", "R", "F1", "docs/s"
            );
            for (o, name) in outcomes.iter().zip(&names) {
                println!(
                    "{:<w$} {:>7.2} {:>7.2} {:>7.2} {:>10.0}",
                    name, o.precision, o.recall, o.f1, o.docs_per_second
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
