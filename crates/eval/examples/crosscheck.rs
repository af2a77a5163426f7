//! Cross-check helper for `tools/crosscheck.py`: reads stdin, writes stdout.
//!
//! - `stem`: one word per line in, `word<TAB>stem` out (NLTK's `PorterStemmer().stem`).
//! - `rouge`: JSONL `{"candidate", "reference"}` in, JSONL of the four scores out.
//! - `rouge_ml`: the same with the Unicode tokenizer (`score.py summ_ml`'s).
//! - `kw`: JSONL `{"predicted": [..], "gold": [..], "k"}` in, JSONL P/R/F1 out.
//! - `oracle`: JSONL `{"sentences": [..], "reference", "k"}` in, JSONL `{"selected": [..]}` out.

use std::io::{self, BufRead, BufWriter, Write};

use nutgraf_eval::rouge::Tokenizer;
use nutgraf_eval::{
    PorterStemmer, RougeScorer, RougeScores, Score, greedy_oracle, keyphrase_prf, rouge,
};
use serde_json::{Value, json};

fn score(s: &Score) -> Value {
    json!([s.precision, s.recall, s.f1])
}

fn scores(r: &RougeScores) -> Value {
    json!({"rouge1": score(&r.rouge1), "rouge2": score(&r.rouge2),
           "rougeL": score(&r.rouge_l), "rougeLsum": score(&r.rouge_lsum)})
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    let stemmer = PorterStemmer::new();
    let unicode = RougeScorer::with_tokenizer(Tokenizer::Unicode, false);
    for line in stdin.lock().lines() {
        let line = line?;
        match mode.as_str() {
            "stem" => writeln!(out, "{line}\t{}", stemmer.stem(&line))?,
            "rouge" | "rouge_ml" | "kw" | "oracle" => {
                let v: Value = serde_json::from_str(&line)?;
                let s = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
                let k = v["k"].as_u64().unwrap_or(10) as usize;
                let o = match mode.as_str() {
                    "rouge" => scores(&rouge(&s("candidate"), &s("reference"))),
                    "rouge_ml" => scores(&unicode.score(&s("candidate"), &s("reference"))),
                    "kw" => {
                        let p = keyphrase_prf(&strings(&v["predicted"]), &strings(&v["gold"]), k);
                        json!([p.precision, p.recall, p.f1])
                    }
                    _ => {
                        let sents = strings(&v["sentences"]);
                        let refs: Vec<&str> = sents.iter().map(String::as_str).collect();
                        json!({"selected": greedy_oracle(&refs, &s("reference"), k)})
                    }
                };
                writeln!(out, "{o}")?;
            }
            _ => return Err("usage: crosscheck stem|rouge|rouge_ml|kw|oracle < input".into()),
        }
    }
    Ok(())
}
