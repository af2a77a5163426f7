//! The seed's keyphrases for every algorithm, pinned: each phrase with its score, how often it
//! occurs, and the text of its first occurrence (so a broken span shows in the diff).

use std::fmt::Write as _;

use nutgraf::{Config, KeywordAlgorithm, Pipeline};
use nutgraf_tests::seeds;

#[test]
fn seed_keywords_per_algorithm() {
    for (file, text) in seeds() {
        let mut out = String::new();
        for algorithm in KeywordAlgorithm::ALL {
            let mut config = Config::default();
            config.keyword_algorithm = algorithm;
            let report = Pipeline::new(config).analyze(&text).expect("seed analyses");
            writeln!(out, "{}:", algorithm.name()).unwrap();
            assert!(report.keywords.len() <= 10);
            for (i, k) in report.keywords.iter().enumerate() {
                let first = k
                    .occurrences
                    .first()
                    .expect("a keyphrase occurs in the text");
                let at = &text[first.start..first.end];
                writeln!(
                    out,
                    "  {:>2}. {:<40} {:>8.4} x{:<2} first at {}..{} {:?}",
                    i + 1,
                    k.text,
                    k.score,
                    k.occurrences.len(),
                    first.start,
                    first.end,
                    at
                )
                .unwrap();
            }
        }
        insta::assert_snapshot!(format!("keywords__{file}"), out);
    }
}
