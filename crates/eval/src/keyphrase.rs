//! The standard keyphrase evaluation: P/R/F1@k after Porter-stemming every word.

use std::collections::BTreeSet;

use crate::PorterStemmer;
use crate::pyword::PY_WORD_RANGES;

/// Precision, recall and F1 of one document's predictions, with the counts behind them.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::keyphrase_prf;
///
/// let prf = keyphrase_prf(&["neural networks", "cats"], &["Neural network", "dogs"], 10);
/// assert_eq!((prf.matched, prf.predicted, prf.gold), (1, 2, 2));
/// assert_eq!(prf.precision, 0.5);
/// assert_eq!(prf.recall, 0.5);
/// assert_eq!(prf.f1, 0.5);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Prf {
    /// Matched predictions / predictions kept (0 when no prediction is kept).
    pub precision: f64,
    /// Matched predictions / distinct gold phrases (0 when there is no gold phrase).
    pub recall: f64,
    /// Harmonic mean of precision and recall (0 when both are 0).
    pub f1: f64,
    /// Kept predictions that equal a gold phrase after normalisation.
    pub matched: usize,
    /// Predictions kept: distinct non-empty normalised phrases, at most `k`.
    pub predicted: usize,
    /// Distinct non-empty normalised gold phrases.
    pub gold: usize,
}

/// Whether `c` is a word character for Python's `re` (`\w` on a `str` pattern):
/// letters, digits and other numerics, and `_` (Python 3.11, Unicode 14).
///
/// # Examples
///
/// ```
/// use nutgraf_eval::keyphrase::is_python_word_char;
///
/// assert!(is_python_word_char('é'));
/// assert!(is_python_word_char('_'));
/// assert!(is_python_word_char('²'));
/// assert!(!is_python_word_char('-'));
/// // A combining mark is not a word character for Python, unlike Rust's `is_alphanumeric`.
/// assert!(!is_python_word_char('\u{0301}'));
/// ```
#[must_use]
pub fn is_python_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    let c = c as u32;
    PY_WORD_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Normalises a phrase as the standard evaluation does: lowercase, split into
/// runs of word characters (Python's `\w+`), Porter-stem each (NLTK), join with
/// single spaces. Returns an empty string when the phrase has no word character.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::keyphrase::normalize_phrase;
///
/// assert_eq!(normalize_phrase("Support-Vector Machines"), "support vector machin");
/// assert_eq!(normalize_phrase("  --  "), "");
/// ```
#[must_use]
pub fn normalize_phrase(phrase: &str) -> String {
    let stemmer = PorterStemmer::new();
    let lower = phrase.to_lowercase();
    let mut out = String::new();
    for word in lower
        .split(|c: char| !is_python_word_char(c))
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&stemmer.stem(word));
    }
    out
}

/// Normalised phrases in their first-seen order, empty and repeated ones dropped.
fn dedup<S: AsRef<str>>(phrases: &[S], limit: usize) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for p in phrases {
        if out.len() >= limit {
            break;
        }
        let n = normalize_phrase(p.as_ref());
        if !n.is_empty() && seen.insert(n.clone()) {
            out.push(n);
        }
    }
    out
}

/// Precision, recall and F1 at `k` of one document's ranked predictions against
/// its gold keyphrases, following the standard evaluation (and `score.py kw`):
///
/// - every phrase is normalised by [`normalize_phrase`] (lowercase, `\w+` words,
///   NLTK Porter stem of each word);
/// - predictions that normalise to an empty string or to an earlier prediction
///   are dropped, then the first `k` are kept;
/// - gold phrases are deduplicated the same way (no cut-off);
/// - a prediction matches when it equals a gold phrase exactly;
/// - precision is 0 with no prediction, recall is 0 with no gold phrase.
///
/// Average [`Prf::f1`] over documents (macro average) for the usual F1@k.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::keyphrase_prf;
///
/// let predicted = ["Hurricane Andrew", "hurricane andrews", "insurance", "Florida"];
/// let gold = vec!["hurricane andrew".to_string(), "florida".into(), "economy".into()];
/// // "hurricane andrews" stems to the same phrase as the first prediction: dropped.
/// let at2 = keyphrase_prf(&predicted, &gold, 2);
/// assert_eq!((at2.matched, at2.predicted, at2.gold), (1, 2, 3));
/// let at10 = keyphrase_prf(&predicted, &gold, 10);
/// assert_eq!((at10.matched, at10.predicted), (2, 3));
/// assert!((at10.f1 - 2.0 / 3.0).abs() < 1e-12);
/// ```
#[must_use]
pub fn keyphrase_prf<P: AsRef<str>, G: AsRef<str>>(predicted: &[P], gold: &[G], k: usize) -> Prf {
    let gold: BTreeSet<String> = dedup(gold, usize::MAX).into_iter().collect();
    let predicted = dedup(predicted, k);
    let matched = predicted.iter().filter(|p| gold.contains(*p)).count();
    let precision = ratio(matched, predicted.len());
    let recall = ratio(matched, gold.len());
    Prf {
        precision,
        recall,
        f1: crate::f1(precision, recall),
        matched,
        predicted: predicted.len(),
        gold: gold.len(),
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_sides() {
        let none: [&str; 0] = [];
        assert_eq!(
            keyphrase_prf(&none, &["a"], 10),
            Prf {
                gold: 1,
                ..Prf::default()
            }
        );
        assert_eq!(
            keyphrase_prf(&["a"], &none, 10),
            Prf {
                predicted: 1,
                ..Prf::default()
            }
        );
        assert_eq!(
            keyphrase_prf(&["a"], &["a"], 0),
            Prf {
                gold: 1,
                ..Prf::default()
            }
        );
    }

    #[test]
    fn k_counts_distinct_predictions() {
        let p = ["models", "model", "Model!", "graphs", "trees"];
        let g = ["graph", "tree"];
        let r = keyphrase_prf(&p, &g, 2);
        assert_eq!((r.matched, r.predicted, r.gold), (1, 2, 2));
        assert_eq!(r.precision, 0.5);
        let r = keyphrase_prf(&p, &g, 3);
        assert_eq!((r.matched, r.predicted), (2, 3));
    }

    #[test]
    fn gold_duplicates_count_once() {
        let r = keyphrase_prf(&["tree"], &["trees", "tree", "Tree"], 10);
        assert_eq!((r.matched, r.predicted, r.gold), (1, 1, 1));
        assert_eq!(r.f1, 1.0);
    }

    #[test]
    fn word_characters_follow_python() {
        assert_eq!(normalize_phrase("state-of-the-art"), "state of the art");
        assert_eq!(normalize_phrase("e_mail x²"), "e_mail x²");
        assert_eq!(normalize_phrase("naïve Bayes"), "naïv bay");
        assert_eq!(normalize_phrase("cafe\u{301}s"), "cafe s");
        assert!(is_python_word_char('中'));
        assert!(!is_python_word_char(' '));
    }
}
