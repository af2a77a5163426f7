//! The English Golden Rules (pySBD / Pragmatic Segmenter, MIT; see tests/data/README.md):
//! every case must pass, so that a regression fails CI.

use nutgraf_tokenize::SentenceSplitter;

const GOLDEN: &str = include_str!("data/golden_en.jsonl");

#[test]
fn all_golden_rules_pass() {
    let splitter = SentenceSplitter::for_code("eng");
    let mut cases = 0;
    let mut failures = Vec::new();
    for line in GOLDEN.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("golden row is JSON");
        let text = row["text"].as_str().expect("text");
        let expected: Vec<&str> = row["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .map(|s| s.as_str().expect("sentence"))
            .collect();
        let got: Vec<&str> = splitter
            .split(text)
            .into_iter()
            .map(|r| text[r].trim())
            .collect();
        cases += 1;
        if got != expected {
            failures.push(format!(
                "{} ({}):\n  expected {expected:?}\n  got      {got:?}",
                row["id"], row["rule"]
            ));
        }
    }
    assert_eq!(cases, 48, "the golden file has 48 cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} golden rules fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
