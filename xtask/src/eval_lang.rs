//! `cargo xtask eval lang --data FILE.jsonl`: language detection accuracy per kind of text, as
//! lingua's accuracy reports compute it (per language, then the mean over languages).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use nutgraf_lang::{Detector, Language};
use serde::Deserialize;

/// Options of `eval lang`.
#[derive(clap::Args)]
pub struct Args {
    /// JSON Lines with `lang` (ISO 639-3), `kind` (`word`, `word-pair`, `sentence`) and `text`.
    #[arg(long)]
    data: PathBuf,
    /// Which detector to run.
    #[arg(long, value_enum, default_value_t = Which::Nutgraf)]
    detector: Which,
    /// Only the first N rows.
    #[arg(long)]
    limit: Option<usize>,
    /// Only rows whose id hashes (FNV-1a) to this half, 0 or 1 (for tuning on one half and
    /// reporting on the other).
    #[arg(long)]
    half: Option<u8>,
    /// Let the detectors answer any language they know, not only those labelled in the data.
    #[arg(long)]
    all_languages: bool,
    /// Print as JSON instead of text.
    #[arg(long, value_enum, default_value_t = crate::Format::Text)]
    format: crate::Format,
}

/// The detector to evaluate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Which {
    /// nutgraf-lang.
    Nutgraf,
    /// Raw whatlang 0.18 (the baseline).
    Whatlang,
}

#[derive(Deserialize)]
struct Row {
    #[serde(default)]
    id: Option<serde_json::Value>,
    lang: String,
    kind: String,
    text: String,
}

const KINDS: [&str; 3] = ["word", "word-pair", "sentence"];

/// Per language: (right, total).
type Tally = BTreeMap<String, (usize, usize)>;

fn mean_accuracy(t: &Tally) -> f64 {
    let accs: Vec<f64> = t
        .values()
        .filter(|(_, n)| *n > 0)
        .map(|&(r, n)| r as f64 / n as f64)
        .collect();
    if accs.is_empty() {
        0.0
    } else {
        100.0 * accs.iter().sum::<f64>() / accs.len() as f64
    }
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
        if let Some(h) = args.half {
            let id = match &row.id {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(v) => v.to_string(),
                None => row.text.clone(),
            };
            if !crate::common::in_half(&id, h) {
                continue;
            }
        }
        rows.push(row);
        if args.limit.is_some_and(|l| rows.len() >= l) {
            break;
        }
    }
    let mut labels: Vec<&str> = rows.iter().map(|r| r.lang.as_str()).collect();
    labels.sort_unstable();
    labels.dedup();
    let mut unknown = Vec::new();
    let mut langs = Vec::new();
    for code in &labels {
        match Language::from_code(code) {
            Some(l) => langs.push(l),
            None => unknown.push(*code),
        }
    }
    if !unknown.is_empty() {
        return Err(format!("labels not known to whatlang: {}", unknown.join(", ")).into());
    }
    let mut nutgraf = Detector::new();
    let whatlang_langs: Vec<whatlang::Lang> = labels
        .iter()
        .filter_map(|c| whatlang::Lang::from_code(*c))
        .collect();
    let whatlang = if args.all_languages {
        whatlang::Detector::new()
    } else {
        nutgraf.allowlist(langs.iter().copied());
        whatlang::Detector::with_allowlist(whatlang_langs)
    };

    let start = Instant::now();
    // (code, reliable) per row
    let predictions: Vec<Option<(&'static str, bool)>> = rows
        .iter()
        .map(|r| match args.detector {
            Which::Nutgraf => nutgraf.detect(&r.text).map(|d| (d.code(), d.is_reliable())),
            Which::Whatlang => whatlang
                .detect(&r.text)
                .map(|i| (i.lang().code(), i.is_reliable())),
        })
        .collect();
    let secs = start.elapsed().as_secs_f64();
    let bytes: usize = rows.iter().map(|r| r.text.len()).sum();

    let mut per_kind: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut per_lang: Tally = BTreeMap::new();
    let mut confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    let (mut reliable, mut reliable_right) = (0usize, 0usize);
    for (row, pred) in rows.iter().zip(&predictions) {
        let got = pred.map(|p| p.0);
        let right = got == Some(row.lang.as_str());
        if pred.is_some_and(|p| p.1) {
            reliable += 1;
            reliable_right += usize::from(right);
        }
        for t in [
            per_kind
                .entry(row.kind.as_str())
                .or_default()
                .entry(row.lang.clone())
                .or_default(),
            per_lang.entry(row.lang.clone()).or_default(),
        ] {
            t.0 += usize::from(right);
            t.1 += 1;
        }
        if !right {
            *confusions
                .entry((row.lang.clone(), got.unwrap_or("none").to_string()))
                .or_default() += 1;
        }
    }
    // A language's overall accuracy: the mean of its per-kind accuracies.
    let mut lang_acc: Vec<(String, f64)> = per_lang
        .keys()
        .map(|l| {
            let accs: Vec<f64> = per_kind
                .values()
                .filter_map(|t| t.get(l))
                .filter(|(_, n)| *n > 0)
                .map(|&(r, n)| 100.0 * r as f64 / n as f64)
                .collect();
            (
                l.clone(),
                accs.iter().sum::<f64>() / accs.len().max(1) as f64,
            )
        })
        .collect();
    lang_acc.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    let mut top_confusions: Vec<((String, String), usize)> = confusions.into_iter().collect();
    top_confusions.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    top_confusions.truncate(15);

    let kinds: Vec<(&str, f64, usize)> = KINDS
        .iter()
        .chain(
            per_kind
                .keys()
                .filter(|k| !KINDS.contains(k))
                .collect::<Vec<_>>(),
        )
        .filter_map(|k| {
            per_kind
                .get(k)
                .map(|t| (*k, mean_accuracy(t), t.values().map(|v| v.1).sum()))
        })
        .collect();
    let overall = if kinds.is_empty() {
        0.0
    } else {
        kinds.iter().map(|k| k.1).sum::<f64>() / kinds.len() as f64
    };
    let detector_name = match args.detector {
        Which::Nutgraf => "nutgraf",
        Which::Whatlang => "whatlang",
    };
    let texts_per_sec = rows.len() as f64 / secs.max(1e-9);
    let mb_per_sec = bytes as f64 / 1e6 / secs.max(1e-9);

    match args.format {
        crate::Format::Json => {
            let out = serde_json::json!({
                "data": args.data.display().to_string(),
                "detector": detector_name,
                "rows": rows.len(),
                "languages": per_lang.len(),
                "accuracy": kinds.iter().map(|(k, a, n)| serde_json::json!({"kind": k, "accuracy": a, "rows": n})).collect::<Vec<_>>(),
                "overall": overall,
                "worst": lang_acc.iter().take(10).map(|(l, a)| serde_json::json!({"lang": l, "accuracy": a})).collect::<Vec<_>>(),
                "confusions": top_confusions.iter().map(|((e, g), n)| serde_json::json!({"expected": e, "got": g, "count": n})).collect::<Vec<_>>(),
                "reliable": {"rows": reliable, "right": reliable_right},
                "seconds": secs,
                "texts_per_second": texts_per_sec,
                "mb_per_second": mb_per_sec,
            });
            println!("{}", serde_json::to_string_pretty(&out)?);
        }
        crate::Format::Text => {
            println!(
                "lang: {detector_name} on {} ({} rows, {} languages{})",
                args.data.display(),
                rows.len(),
                per_lang.len(),
                match args.half {
                    Some(h) => format!(", half {h}"),
                    None => String::new(),
                }
            );
            println!("{:<10} {:>9} {:>7}", "kind", "accuracy", "rows");
            for (k, a, n) in &kinds {
                println!("{k:<10} {a:>8.1}% {n:>7}");
            }
            println!("{:<10} {overall:>8.1}%", "mean");
            println!(
                "reliable: {reliable} rows ({:.1}%), {:.1}% of them right",
                100.0 * reliable as f64 / rows.len().max(1) as f64,
                100.0 * reliable_right as f64 / reliable.max(1) as f64
            );
            println!();
            println!("worst languages (mean over kinds):");
            for (l, a) in lang_acc.iter().take(10) {
                println!("  {l}  {a:5.1}%");
            }
            println!();
            println!("top confusions (expected -> got):");
            for ((e, g), n) in &top_confusions {
                println!("  {e} -> {g}  {n}");
            }
            println!();
            println!(
                "speed: {texts_per_sec:.0} texts/s, {mb_per_sec:.2} MB/s ({secs:.2} s, 1 thread)"
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
