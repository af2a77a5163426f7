//! `cargo xtask eval summarize --data FILE.jsonl [--algorithm NAME|all] [--sentences N |
//! --words N | --ratio F] [--limit N] [--tokenize rouge-score|unicode] [--format json]`: mean
//! ROUGE-1/2/L/Lsum (rouge-score's definition, stemming on) of the summaries against the rows'
//! reference summaries. When a row's `lang` is not English, ROUGE uses the Unicode tokenizer
//! (`score.py summ_ml`'s: NFKC, `\w+` words, each Han/kana character a token, no stemming)
//! and takes the reference whole, unless `--tokenize` says otherwise.
//!
//! Each article goes through the pipeline as users run it (clean-up, language, sentences,
//! summary; keyphrases off). Candidates are the chosen sentences, one per line; references are
//! split into sentences with the same splitter, one per line, as ROUGE-Lsum expects.
//! Documents per second count the pipeline only (not the scoring), on one thread. `all` adds
//! Lead-3 and the greedy extractive oracle (an upper bound for extracted sentences).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use nutgraf::{Budget, Config, Pipeline, SummaryAlgorithm};
use nutgraf_eval::jsonl::SummarizeRow;
use nutgraf_eval::rouge::Tokenizer;
use nutgraf_eval::{RougeMean, RougeScorer, RougeScores, greedy_oracle, read_jsonl};
use nutgraf_tokenize::{SentenceSplitter, TokenKind, tokenize};

/// Options of `eval summarize`.
#[derive(clap::Args)]
pub struct Args {
    /// JSON Lines with `text` and `summary` (the reference).
    #[arg(long)]
    data: PathBuf,
    /// The algorithm (nutgraf, lead, luhn, textrank, lexrank, centroid), or `all` for every algorithm
    /// side by side with the greedy oracle.
    #[arg(long, default_value = "nutgraf")]
    algorithm: String,
    /// Summary length in sentences (default 3).
    #[arg(long, value_name = "N", group = "budget")]
    sentences: Option<usize>,
    /// Summary length in words, at most.
    #[arg(long, value_name = "N", group = "budget")]
    words: Option<usize>,
    /// Summary length as a share of the article's words.
    #[arg(long, value_name = "F", group = "budget")]
    ratio: Option<f64>,
    /// Only the first N rows.
    #[arg(long)]
    limit: Option<usize>,
    /// Only rows whose id hashes (FNV-1a) to this half, 0 or 1 (tune on one, report the other).
    #[arg(long)]
    half: Option<u8>,
    /// ROUGE tokenizer: `rouge-score` (ASCII letters, Porter stemming: the English protocol) or
    /// `unicode` (NFKC, `\w+` words, each Han/kana character a token, no stemming: as
    /// `score.py summ_ml`). Default: `unicode` when a row's `lang` is not English, else
    /// `rouge-score`.
    #[arg(long, value_name = "NAME")]
    tokenize: Option<Tokenizer>,
    /// Ignore the rows' `title` (by default a row's title is given to the summarizer).
    #[arg(long)]
    no_title: bool,
    /// Print as JSON instead of a table.
    #[arg(long, value_enum, default_value_t = crate::Format::Text)]
    format: crate::Format,
}

/// The result of one system on the data.
#[derive(serde::Serialize)]
struct Outcome {
    system: String,
    documents: usize,
    rouge: RougeScores,
    mean_words: f64,
    docs_per_second: Option<f64>,
}

fn words(text: &str) -> usize {
    tokenize(text)
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .count()
}

fn lines(sentences: &[&str]) -> String {
    sentences
        .iter()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether a row's `lang` code names English (ISO 639-3 `eng`, or `en`).
fn is_english(code: &str) -> bool {
    code.eq_ignore_ascii_case("eng") || code.eq_ignore_ascii_case("en")
}

/// Runs the evaluation; exits 0 whatever the score (a score is not an error).
pub fn run(args: Args) -> crate::Result<ExitCode> {
    let all = args.algorithm.eq_ignore_ascii_case("all");
    let algorithms: Vec<SummaryAlgorithm> = if all {
        SummaryAlgorithm::ALL.to_vec()
    } else {
        vec![args.algorithm.parse::<SummaryAlgorithm>()?]
    };
    let budget = match (args.sentences, args.words, args.ratio) {
        (Some(n), _, _) => Budget::Sentences(n),
        (_, Some(n), _) => Budget::Words(n),
        (_, _, Some(f)) => Budget::Ratio(f),
        _ => Budget::default(),
    };
    let mut rows: Vec<SummarizeRow> = Vec::new();
    for item in read_jsonl::<SummarizeRow>(&args.data)? {
        let (_, row) = item?;
        if args
            .half
            .is_some_and(|h| !crate::common::in_half(&row.id, h))
        {
            continue;
        }
        rows.push(row);
        if args.limit.is_some_and(|l| rows.len() >= l) {
            break;
        }
    }
    if rows.is_empty() {
        return Err(format!("{}: no rows to evaluate", args.data.display()).into());
    }
    // The rows' languages other than English, for the choice of tokenizer.
    let mut foreign: Vec<&str> = rows
        .iter()
        .filter_map(|r| r.lang.as_deref())
        .filter(|l| !is_english(l))
        .collect();
    foreign.sort_unstable();
    foreign.dedup();
    let tokenizer = args.tokenize.unwrap_or(if foreign.is_empty() {
        Tokenizer::RougeScore
    } else {
        Tokenizer::Unicode
    });
    let scorer = RougeScorer::with_tokenizer(tokenizer, true);
    let rouge = |cand: &str, reference: &str| scorer.score(cand, reference);
    let splitter = SentenceSplitter::for_code("eng");
    let references: Vec<String> = rows
        .iter()
        .map(|r| match tokenizer {
            // rouge-score's protocol: one reference sentence per line, for ROUGE-Lsum.
            Tokenizer::RougeScore => {
                let spans = splitter.split(&r.summary);
                lines(&spans.into_iter().map(|s| &r.summary[s]).collect::<Vec<_>>())
            }
            // summ_ml's: the reference as it is (it reports ROUGE-L, which ignores lines).
            _ => r.summary.clone(),
        })
        .collect();

    let mut outcomes = Vec::new();
    let mut progress = crate::progress::Progress::new("summaries");
    for algorithm in algorithms {
        let mut config = Config::default();
        config.keywords = 0;
        config.summary = budget;
        config.summary_algorithm = algorithm;
        let pipeline = Pipeline::new(config);
        // Warm the per-language tables so the first document does not pay for them.
        let _ = pipeline.analyze("A short English text to warm up the tables.");
        let mut elapsed = 0.0;
        let mut mean = RougeMean::default();
        let mut total_words = 0usize;
        for (row, reference) in rows.iter().zip(&references) {
            let start = Instant::now();
            let title = row.title.as_deref().filter(|_| !args.no_title);
            let report = pipeline
                .analyze_titled(&row.text, title)
                .map_err(|e| format!("{}: {e}", row.id))?;
            elapsed += start.elapsed().as_secs_f64();
            let chosen: Vec<&str> = report.summary.iter().map(|s| s.text.as_str()).collect();
            total_words += chosen.iter().map(|s| words(s)).sum::<usize>();
            mean.add(&rouge(&lines(&chosen), reference));
            progress.add(1);
        }
        outcomes.push(Outcome {
            system: algorithm.name().to_string(),
            documents: rows.len(),
            rouge: mean.mean(),
            mean_words: total_words as f64 / rows.len() as f64,
            docs_per_second: Some(rows.len() as f64 / elapsed.max(1e-12)),
        });
    }
    if all {
        // The greedy oracle over the pipeline's own sentences, with the budget's sentence
        // count (3 unless --sentences says otherwise).
        let k = match budget {
            Budget::Sentences(n) => n,
            _ => 3,
        };
        let mut config = Config::default();
        config.keywords = 0;
        let pipeline = Pipeline::new(config);
        let mut mean = RougeMean::default();
        let mut total_words = 0usize;
        for (row, reference) in rows.iter().zip(&references) {
            let report = pipeline
                .analyze(&row.text)
                .map_err(|e| format!("{}: {e}", row.id))?;
            let sentences: Vec<&str> = report.sentences.iter().map(|s| s.text.as_str()).collect();
            let picked: Vec<&str> = greedy_oracle(&sentences, reference, k)
                .into_iter()
                .filter_map(|i| sentences.get(i).copied())
                .collect();
            total_words += picked.iter().map(|s| words(s)).sum::<usize>();
            mean.add(&rouge(&lines(&picked), reference));
            progress.add(1);
        }
        outcomes.push(Outcome {
            system: format!("greedy oracle ({k} sentences)"),
            documents: rows.len(),
            rouge: mean.mean(),
            mean_words: total_words as f64 / rows.len() as f64,
            docs_per_second: None,
        });
    }
    progress.finish();
    match args.format {
        crate::Format::Json => {
            let out = serde_json::json!({
                "data": args.data.display().to_string(),
                "budget": format!("{budget:?}"),
                "tokenizer": tokenizer.name(),
                "results": outcomes,
            });
            println!("{}", serde_json::to_string_pretty(&out)?);
        }
        crate::Format::Text => {
            let how = match (tokenizer, args.tokenize.is_some()) {
                (Tokenizer::RougeScore, _) => "rouge-score tokenizer, stemming".to_string(),
                (Tokenizer::Unicode, true) => {
                    "unicode tokenizer (NFKC, \\w+ words, Han/kana characters; no stemming)"
                        .to_string()
                }
                (Tokenizer::Unicode, false) => format!(
                    "unicode tokenizer (NFKC, \\w+ words, Han/kana characters; no stemming), \
                     chosen because the rows' language is {} (--tokenize rouge-score for the English protocol)",
                    foreign.join(", ")
                ),
            };
            println!(
                "summarize: {} documents from {}, budget {budget:?}; ROUGE F1 x100 ({how})",
                rows.len(),
                args.data.display()
            );
            // the system column as wide as its longest name ("greedy oracle (3 sentences)")
            let w = outcomes
                .iter()
                .map(|o| o.system.chars().count())
                .max()
                .unwrap_or(0)
                .max(26);
            println!(
                "| {:<w$} | {:>6} | {:>6} | {:>6} | {:>6} | {:>10} | {:>8} |",
                "system", "R1", "R2", "RL", "RLsum", "mean words", "docs/s"
            );
            println!(
                "|{:-<dw$}|{:->8}|{:->8}|{:->8}|{:->8}|{:->12}|{:->10}|",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                dw = w + 2
            );
            for o in &outcomes {
                let dps = o
                    .docs_per_second
                    .map_or("-".to_string(), |d| format!("{d:.0}"));
                println!(
                    "| {:<w$} | {:>6.2} | {:>6.2} | {:>6.2} | {:>6.2} | {:>10.1} | {:>8} |",
                    o.system,
                    100.0 * o.rouge.rouge1.f1,
                    100.0 * o.rouge.rouge2.f1,
                    100.0 * o.rouge.rouge_l.f1,
                    100.0 * o.rouge.rouge_lsum.f1,
                    o.mean_words,
                    dps
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
