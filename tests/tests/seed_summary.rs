//! The seed's summary for every algorithm, pinned: each chosen sentence with its index, span,
//! rank and score, and the ROUGE of the summary against the seed's Editor's P/S.

use std::fmt::Write as _;

use nutgraf::{Budget, Config, Pipeline, SummaryAlgorithm};
use nutgraf_tests::seeds;

#[test]
fn seed_summary_per_algorithm() {
    for (file, text) in seeds() {
        let mut out = String::new();
        for algorithm in SummaryAlgorithm::ALL {
            let mut config = Config::default();
            config.summary_algorithm = algorithm;
            let report = Pipeline::new(config).analyze(&text).expect("seed analyses");
            writeln!(out, "{}:", algorithm.name()).unwrap();
            assert_eq!(report.summary.len(), 3, "3 sentences by default");
            assert!(report.summary.windows(2).all(|w| w[0].index < w[1].index));
            for s in &report.summary {
                assert_eq!(&text[s.start..s.end], s.text);
                assert_eq!(report.sentences[s.index].text, s.text);
                writeln!(
                    out,
                    "  [{:>2}] {:>5}..{:<5} #{} {:>8.4} {}",
                    s.index, s.start, s.end, s.rank, s.score, s.text
                )
                .unwrap();
            }
            let rouge = report.rouge.expect("the seed has a reference");
            writeln!(
                out,
                "  rouge F1: R1 {:.2} R2 {:.2} RL {:.2} RLsum {:.2}",
                100.0 * rouge.rouge1.f1,
                100.0 * rouge.rouge2.f1,
                100.0 * rouge.rouge_l.f1,
                100.0 * rouge.rouge_lsum.f1
            )
            .unwrap();
        }
        insta::assert_snapshot!(format!("summary__{file}"), out);
    }
}

#[test]
fn seed_summary_budgets_hold() {
    for (_, text) in seeds() {
        for (budget, check) in [
            (
                Budget::Sentences(1),
                Box::new(|n: usize, _w: usize| n == 1) as Box<dyn Fn(usize, usize) -> bool>,
            ),
            (
                Budget::Words(80),
                Box::new(|n, w| n >= 1 && (w <= 80 || n == 1)),
            ),
            (
                Budget::Ratio(0.2),
                Box::new(|n, w| n >= 1 && (w <= 105 || n == 1)),
            ),
        ] {
            for algorithm in SummaryAlgorithm::ALL {
                let mut config = Config::default();
                config.summary = budget;
                config.summary_algorithm = algorithm;
                let report = Pipeline::new(config).analyze(&text).expect("seed analyses");
                let words: usize = report
                    .summary
                    .iter()
                    .map(|s| {
                        nutgraf_tokenize::tokenize(&s.text)
                            .iter()
                            .filter(|t| {
                                matches!(
                                    t.kind,
                                    nutgraf_tokenize::TokenKind::Word
                                        | nutgraf_tokenize::TokenKind::Number
                                )
                            })
                            .count()
                    })
                    .sum();
                assert!(
                    check(report.summary.len(), words),
                    "{algorithm:?} {budget:?}: {} sentences, {words} words",
                    report.summary.len()
                );
            }
        }
    }
}
