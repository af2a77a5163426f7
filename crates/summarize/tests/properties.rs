//! Property tests: no panic and the budget invariants on arbitrary text.

use nutgraf_summarize::{Algorithm, Budget, Summarizer};
use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
use proptest::prelude::*;

fn budget() -> impl Strategy<Value = Budget> {
    prop_oneof![
        (0usize..8).prop_map(Budget::Sentences),
        (0usize..60).prop_map(Budget::Words),
        (-0.5f64..1.5).prop_map(Budget::Ratio),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                Just("The council met."),
                Just("Floods closed the bridge!"),
                Just("\"We will rebuild,\" she said."),
                Just("Le conseil s'est réuni."),
                Just("北京下雨。"),
                Just("\n\n"),
                Just("..."),
                Just("the of and"),
                Just("Budget talks resumed in the council on Monday"),
            ],
            0..40
        )
        .prop_map(|parts| parts.join(" ")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn summaries_keep_their_promises(text in text(), budget in budget(), lang in prop_oneof![Just("eng"), Just("fra"), Just("xyz")]) {
        let doc = Document::new(&text, &SentenceSplitter::for_code(lang), &Analyzer::for_code(lang));
        let n = doc.sentences().len();
        let total_words: usize = (0..n)
            .map(|i| doc.sentence_tokens(i).iter().filter(|t| t.is_word()).count())
            .sum();
        for a in Algorithm::ALL {
            let s = Summarizer::new(a, budget).summarize(&doc);
            prop_assert_eq!(s.is_empty(), n == 0);
            prop_assert!(s.windows(2).all(|w| w[0].index < w[1].index));
            for e in &s {
                prop_assert!(e.index < n);
                prop_assert!(text.get(e.span.clone()).is_some());
                prop_assert!(e.score.is_finite());
            }
            if s.len() > 1 {
                let words: usize = s
                    .iter()
                    .map(|e| doc.sentence_tokens(e.index).iter().filter(|t| t.is_word()).count())
                    .sum();
                match budget {
                    Budget::Sentences(k) => prop_assert!(s.len() <= k),
                    Budget::Words(w) => prop_assert!(words <= w),
                    Budget::Ratio(r) => prop_assert!(words as f64 <= r.clamp(0.0, 1.0) * total_words as f64),
                }
            }
        }
    }
}
