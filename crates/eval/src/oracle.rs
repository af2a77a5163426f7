//! The greedy extractive oracle.

use std::collections::HashMap;

use crate::RougeScorer;
use crate::rouge::{Interner, ngram_counts};

/// The greedy extractive oracle (Nallapati et al. 2017; Liu & Lapata 2019's
/// `greedy_selection`): starting from nothing, repeatedly add the sentence whose
/// addition most increases the mean of ROUGE-1 and ROUGE-2 F1 of the selection
/// against `reference`; stop when `k` sentences are chosen or no sentence
/// increases the score. Returns the chosen indices in document order.
///
/// Scores are rouge-score's with stemming (as [`rouge()`](crate::rouge()) computes
/// them) on the selected sentences concatenated in document order, so the
/// oracle maximises what the evaluation reports (Liu & Lapata use n-gram sets
/// without stemming instead; the difference is small). Ties go to the earlier
/// sentence.
///
/// # Cost
///
/// O(k · n · (S + s)) n-gram operations for n sentences, a selection of S
/// tokens and sentences of s tokens; tokenising is linear. Choose `k` small
/// (3 to 5 as usual): `k` close to the number of sentences makes it quadratic.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::greedy_oracle;
///
/// let sentences = [
///     "The weather was fine.",
///     "Police arrested a man in London on Tuesday.",
///     "He was charged with theft.",
///     "Nobody else was hurt.",
/// ];
/// let reference = "A man was arrested in London.\nHe was charged with theft.";
/// assert_eq!(greedy_oracle(&sentences, reference, 3), [1, 2]);
/// assert_eq!(greedy_oracle(&sentences, reference, 1), [2]);
/// assert!(greedy_oracle(&sentences, "", 3).is_empty());
/// ```
#[must_use]
pub fn greedy_oracle(sentences: &[&str], reference: &str, k: usize) -> Vec<usize> {
    let scorer = RougeScorer::default();
    let mut interner = Interner::default();
    let refr = interner.ids(scorer.tokenize(reference));
    let sents: Vec<Vec<u32>> = sentences
        .iter()
        .map(|s| interner.ids(scorer.tokenize(s)))
        .collect();
    let ref1 = ngram_counts(&refr, 1);
    let ref2 = ngram_counts(&refr, 2);
    let (ref1_total, ref2_total) = (refr.len(), refr.len().saturating_sub(1));

    let mut selected: Vec<usize> = Vec::new();
    let mut best = 0.0f64;
    let mut buf: Vec<u32> = Vec::new();
    while selected.len() < k {
        let mut pick: Option<(usize, f64)> = None;
        for (i, sent) in sents.iter().enumerate() {
            if sent.is_empty() || selected.contains(&i) {
                continue;
            }
            buf.clear();
            let mut added = false;
            for &j in &selected {
                if !added && i < j {
                    buf.extend_from_slice(sent);
                    added = true;
                }
                buf.extend_from_slice(sents.get(j).map_or(&[][..], Vec::as_slice));
            }
            if !added {
                buf.extend_from_slice(sent);
            }
            let score = f1_of(&buf, 1, &ref1, ref1_total) + f1_of(&buf, 2, &ref2, ref2_total);
            if score > pick.map_or(best, |(_, s)| s) {
                pick = Some((i, score));
            }
        }
        let Some((i, score)) = pick else {
            break;
        };
        best = score;
        let at = selected.partition_point(|&j| j < i);
        selected.insert(at, i);
    }
    selected
}

/// ROUGE-N F1 of `cand` against precomputed reference counts.
fn f1_of(cand: &[u32], n: usize, refc: &HashMap<&[u32], usize>, ref_total: usize) -> f64 {
    let c = ngram_counts(cand, n);
    let overlap: usize = c
        .iter()
        .map(|(g, &k)| k.min(refc.get(g).copied().unwrap_or(0)))
        .sum();
    let c_total = cand.len().saturating_sub(n - 1);
    let p = overlap as f64 / c_total.max(1) as f64;
    let r = overlap as f64 / ref_total.max(1) as f64;
    crate::f1(p, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_when_no_gain() {
        let s = ["alpha beta", "gamma", "alpha beta"];
        // The duplicate adds nothing: precision would drop.
        assert_eq!(greedy_oracle(&s, "alpha beta", 3), [0]);
    }

    #[test]
    fn indices_in_document_order_and_bounded_by_k() {
        let s = ["x y", "c d", "q", "a b"];
        let got = greedy_oracle(&s, "a b c d", 5);
        assert_eq!(got, [1, 3]);
        assert_eq!(greedy_oracle(&s, "a b c d", 0), Vec::<usize>::new());
    }

    #[test]
    fn empty_document() {
        assert!(greedy_oracle(&[], "a b", 3).is_empty());
        assert!(greedy_oracle(&["", "!!"], "a b", 3).is_empty());
    }

    #[test]
    fn matches_scoring_the_selection() {
        let s = [
            "the man ran home",
            "a dog barked loudly",
            "the man was tired",
            "rain fell",
        ];
        let reference = "The tired man ran home.";
        let got = greedy_oracle(&s, reference, 2);
        let text: Vec<&str> = got.iter().map(|&i| s[i]).collect();
        let chosen = crate::rouge(&text.join("\n"), reference);
        // No single other sentence added to or swapped into the choice scores higher.
        for sentence in s {
            let r = crate::rouge(sentence, reference);
            assert!(r.rouge1.f1 + r.rouge2.f1 <= chosen.rouge1.f1 + chosen.rouge2.f1 + 1e-12);
        }
    }
}
