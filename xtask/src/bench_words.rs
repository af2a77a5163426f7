//! The Chinese words row of `cargo xtask bench`: nutgraf's tokenizer on Chinese text beside
//! jieba-rs alone (no HMM) in the same run.
//!
//! The text is the PKU test set (`--zh-data`, by default
//! `../shared/data/segment/pku_test_gold.jsonl`, read by path at bench time, never copied), or
//! a paragraph written for this bench when that is missing.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use jieba_rs::Jieba;

/// A Chinese paragraph written for this bench, used when the PKU data is missing.
const FALLBACK: &str = "今年春天，这座城市的地铁新线路正式开通，每天运送乘客超过三十万人次。\
    市政府表示，新线路将缩短郊区居民的通勤时间，并带动沿线商业的发展。\
    不少市民在开通当天专程前来体验，他们认为车站宽敞明亮，列车运行平稳。\
    专家指出，公共交通的完善有助于减少私家车出行，改善空气质量。";

/// jieba-rs with its default dictionary, loaded once.
pub fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

/// The Chinese texts of the bench and where they came from: the `text` of each line of
/// `path` (default: the PKU test set), or the paragraph above when there are none.
fn texts(path: Option<&Path>) -> (String, Vec<String>) {
    let default: PathBuf =
        crate::input::project_root().join("../shared/data/segment/pku_test_gold.jsonl");
    let path = path.unwrap_or(&default);
    let lines: Vec<String> = std::fs::File::open(path)
        .map(|f| {
            std::io::BufReader::new(f)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| {
                    let v: serde_json::Value = serde_json::from_str(&l).ok()?;
                    Some(v.get("text")?.as_str()?.to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    if lines.is_empty() {
        (
            "a paragraph written for the bench".into(),
            vec![FALLBACK.to_string(); 200],
        )
    } else {
        (format!("lines of {}", path.display()), lines)
    }
}

/// Times nutgraf's words and jieba-rs alone on the Chinese texts of `path`: (source, texts,
/// megabytes, nutgraf's time, jieba's time), medians of `reps` passes.
pub fn measure(path: Option<&Path>, reps: usize) -> (String, usize, f64, Duration, Duration) {
    let (source, texts) = texts(path);
    nutgraf_tokenize::warm_up();
    let _ = jieba();
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    // The two passes alternate, so that a change in the machine's load (other processes)
    // falls on both alike; each is the median of its passes.
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    for _ in 0..reps.max(1) {
        ours.push(crate::bench::time_pass(1, &texts, |t| {
            nutgraf_tokenize::tokenize(t).len()
        }));
        base.push(crate::bench::time_pass(1, &texts, |t| {
            jieba().cut(t, false).len()
        }));
    }
    ours.sort();
    base.sort();
    let (ours, base) = (ours[ours.len() / 2], base[base.len() / 2]);
    (source, texts.len(), mb, ours, base)
}
