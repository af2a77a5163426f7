//! No function panics on arbitrary input, and basic invariants of the scores hold.

use nutgraf_eval::{
    PorterStemmer, RougeScorer, greedy_oracle, keyphrase::normalize_phrase, keyphrase_prf, rouge,
};
use proptest::prelude::*;

fn in_unit(x: f64) -> bool {
    (0.0..=1.0).contains(&x)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn stemmer_never_panics(word in "\\PC{0,30}") {
        let _ = PorterStemmer::new().stem(&word);
    }

    #[test]
    fn rouge_scores_are_bounded(a in "[a-e \\n.]{0,60}", b in "[a-e \\n.]{0,60}") {
        let r = rouge(&a, &b);
        for s in [r.rouge1, r.rouge2, r.rouge_l, r.rouge_lsum] {
            prop_assert!(in_unit(s.precision) && in_unit(s.recall) && in_unit(s.f1));
        }
        // Swapping candidate and reference swaps precision and recall.
        let s = rouge(&b, &a);
        prop_assert_eq!(r.rouge1.precision, s.rouge1.recall);
        prop_assert_eq!(r.rouge2.recall, s.rouge2.precision);
        prop_assert_eq!(r.rouge_l.precision, s.rouge_l.recall);
        // LCS never exceeds the unigram overlap.
        prop_assert!(r.rouge_l.f1 <= r.rouge1.f1 + 1e-12);
    }

    #[test]
    fn identical_texts_score_one(a in "[a-z]{1,6}( [a-z]{1,6}){0,12}") {
        let r = rouge(&a, &a);
        prop_assert_eq!(r.rouge1.f1, 1.0);
        prop_assert_eq!(r.rouge_l.f1, 1.0);
        prop_assert_eq!(r.rouge_lsum.f1, 1.0);
    }

    #[test]
    fn anything_goes(a in "\\PC{0,80}", b in "\\PC{0,80}", k in 0usize..5) {
        let _ = RougeScorer::default().score(&a, &b);
        let sents: Vec<&str> = a.split('.').collect();
        let chosen = greedy_oracle(&sents, &b, k);
        prop_assert!(chosen.len() <= k);
        prop_assert!(chosen.windows(2).all(|w| w[0] < w[1]));
        let _ = normalize_phrase(&a);
        let p = keyphrase_prf(&[a.as_str()], &[b.as_str()], k);
        prop_assert!(in_unit(p.f1));
    }
}

#[test]
fn long_inputs_stay_cheap() {
    // 12,000 tokens on each side in one line: ROUGE-L keeps one bit row in memory,
    // ROUGE-Lsum checkpoints its table (144M cells would be 576 MB as a u32 table).
    let a = "alpha beta ".repeat(6_000);
    let b = "beta alpha ".repeat(6_000);
    let r = RougeScorer::default().score(&a, &b);
    // LCS = 11,999 of 12,000 tokens on each side.
    let want = 11_999.0 / 12_000.0;
    assert_eq!(r.rouge_l.precision, want);
    assert_eq!(r.rouge_l.recall, want);
    assert_eq!(r.rouge_lsum.precision, want);
    assert_eq!(r.rouge1.f1, 1.0);
}
