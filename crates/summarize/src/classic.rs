//! The classic algorithms, each as its paper describes it: Lead, Luhn (1958), TextRank
//! (Mihalcea & Tarau 2004) and continuous LexRank (Erkan & Radev 2004).

use nutgraf_tokenize::Document;

use crate::Idf;
use crate::graph::{self, Matrix};
use crate::prep::Prepared;
use crate::select::{self, Limits, Picker};

/// Lead: the earlier the better.
pub(crate) fn lead(prep: &Prepared) -> Vec<f64> {
    (0..prep.len()).map(|i| 1.0 / (i as f64 + 1.0)).collect()
}

/// Luhn's limit on the distance between two significant words of one cluster, counted in
/// non-significant words: a run of this many ends the cluster.
///
/// Luhn (1958) found "a useful limit is four or five non-significant words between
/// significant words" without saying whether the limit itself still joins. We read the limit
/// as the distance at which two significant words are no longer related, so a cluster holds
/// significant words with at most three non-significant words between them. This is also how
/// sumy (`max_gap_size = 4`: four trailing non-significant words close a chunk) and Russell's
/// *Mining the Social Web* implementation (`CLUSTER_THRESHOLD = 5` as a difference of word
/// positions) read it. On cnndm_dev this reading scores higher than the inclusive one on both
/// FNV hash halves (ROUGE-1 +0.41 and +0.06) and the same on bbc_dev (-0.06); the crate
/// README has the figures.
const LUHN_GAP_LIMIT: usize = 4;

/// Luhn (1958), "The Automatic Creation of Literature Abstracts".
///
/// What the paper does: a word is *significant* when it is frequent in the document but is
/// not one of the common words (Luhn removes those with a common-word list, or with a
/// high-frequency cut-off); related spellings count as one word. Within a sentence, portions
/// bracketed by significant words that are less than a limit apart ([`LUHN_GAP_LIMIT`]) form
/// clusters; a cluster's *significance factor* is (significant words in it)² / (words from
/// its first to its last significant word); a sentence scores its highest cluster.
///
/// Our choices: significant words are content stems (not stopwords of the document's
/// analyzer, stemmed) that occur at least twice in the document, Luhn's low-frequency
/// cut-off at its lowest (sumy does the same); the common-word list is the analyzer's
/// stopword list (for English NLTK's, which keeps words such as "said" that a longer list
/// would drop: the README measures what a longer list would do); every word or number counts
/// in a cluster's length, stopwords included, punctuation not. A cluster of one significant
/// word scores 1²/1 = 1, as the formula gives (sumy scores it 0; it only orders sentences
/// that have no larger cluster).
pub(crate) fn luhn(doc: &Document<'_>, prep: &Prepared) -> Vec<f64> {
    let tf = prep.term_frequency();
    let significant: Vec<bool> = tf.iter().map(|&c| c >= 2).collect();
    let mut scores = Vec::with_capacity(prep.len());
    for i in 0..prep.len() {
        let mut best = 0.0f64;
        // (position of first significant word, of last, count)
        let mut cluster: Option<(usize, usize, usize)> = None;
        let close = |c: (usize, usize, usize), best: &mut f64| {
            let (first, last, count) = c;
            let span = (last - first + 1) as f64;
            let s = (count * count) as f64 / span;
            if s > *best {
                *best = s;
            }
        };
        for (pos, t) in doc
            .sentence_tokens(i)
            .iter()
            .filter(|t| t.is_word())
            .enumerate()
        {
            let sig = !t.stopword
                && prep
                    .dense
                    .get(t.stem as usize)
                    .and_then(|&d| significant.get(d as usize))
                    .copied()
                    .unwrap_or(false);
            if !sig {
                continue;
            }
            cluster = match cluster {
                Some((first, last, count)) if pos - last - 1 < LUHN_GAP_LIMIT => {
                    Some((first, pos, count + 1))
                }
                Some(c) => {
                    close(c, &mut best);
                    Some((pos, pos, 1))
                }
                None => Some((pos, pos, 1)),
            };
        }
        if let Some(c) = cluster {
            close(c, &mut best);
        }
        scores.push(best);
    }
    scores
}

/// TextRank's damping factor (Mihalcea & Tarau 2004, after Brin & Page).
pub(crate) const TEXTRANK_DAMPING: f64 = 0.85;
/// TextRank's convergence threshold (the paper's 0.0001).
const TEXTRANK_TOLERANCE: f64 = 1e-4;

/// TextRank (Mihalcea & Tarau 2004, section 4.1): sentences are linked by
/// `|common words| / (log |S_i| + log |S_j|)` and ranked by weighted PageRank.
pub(crate) fn textrank(prep: &Prepared) -> Vec<f64> {
    let n = graph::window(prep);
    let vectors: Vec<Vec<(u32, f64)>> = prep
        .terms
        .iter()
        .take(n)
        .map(|bag| bag.iter().map(|&(t, _)| (t, 1.0)).collect())
        .collect();
    let len: Vec<f64> = prep
        .content_len
        .iter()
        .map(|&l| (l.max(1) as f64).ln())
        .collect();
    let w = graph::pairwise(
        &vectors,
        n,
        prep.vocab(),
        |i, j, common| {
            let denom = len[i] + len[j];
            if denom > 0.0 && common > 0.0 {
                common / denom
            } else {
                0.0
            }
        },
        |_| 0.0,
    );
    let mut scores = graph::weighted_pagerank(&w, TEXTRANK_DAMPING, TEXTRANK_TOLERANCE, 200);
    scores.resize(prep.len(), 0.0);
    scores
}

/// LexRank's jump probability (Erkan & Radev 2004 take d in [0.1, 0.2]).
pub(crate) const LEXRANK_DAMPING: f64 = 0.15;
const LEXRANK_TOLERANCE: f64 = 1e-7;

/// Inverse document frequencies for the terms of `prep`: from `idf` when given and not empty,
/// else from the first `n` sentences of the document, each sentence a document:
/// `ln(N / n_w)`.
pub(crate) fn term_idf(
    doc: &Document<'_>,
    prep: &Prepared,
    n: usize,
    idf: Option<&Idf>,
) -> Vec<f64> {
    match idf {
        Some(table) if table.documents() > 0 => {
            prep.stems.iter().map(|&s| table.idf(doc.stem(s))).collect()
        }
        _ => {
            let df = prep.sentence_frequency(n);
            let nf = n.max(1) as f64;
            df.iter()
                .map(|&d| if d == 0 { 0.0 } else { (nf / d as f64).ln() })
                .collect()
        }
    }
}

/// tf-idf vectors of the first `n` sentences and their Euclidean norms.
pub(crate) fn tfidf_vectors(
    prep: &Prepared,
    n: usize,
    idf: &[f64],
) -> (Vec<Vec<(u32, f64)>>, Vec<f64>) {
    let vectors: Vec<Vec<(u32, f64)>> = prep
        .terms
        .iter()
        .take(n)
        .map(|bag| {
            bag.iter()
                .map(|&(t, c)| (t, c as f64 * idf.get(t as usize).copied().unwrap_or(0.0)))
                .collect()
        })
        .collect();
    let norms = vectors
        .iter()
        .map(|v| v.iter().map(|&(_, w)| w * w).sum::<f64>().sqrt())
        .collect();
    (vectors, norms)
}

/// Cosine similarities of tf-idf vectors (the idf-modified cosine of Erkan & Radev 2004,
/// eq. 3), the diagonal included: a sentence is similar to itself with cosine 1, as the
/// paper's Algorithm 3 computes it for every pair (i, j); a sentence whose vector is empty
/// (no content term, or only terms of idf 0) has a row of zeros.
pub(crate) fn cosine_matrix(prep: &Prepared, n: usize, idf: &[f64]) -> Matrix {
    let (vectors, norms) = tfidf_vectors(prep, n, idf);
    graph::pairwise(
        &vectors,
        n,
        prep.vocab(),
        |i, j, dot| {
            let d = norms[i] * norms[j];
            if d > 0.0 {
                (dot / d).clamp(0.0, 1.0)
            } else {
                0.0
            }
        },
        |i| {
            if norms.get(i).is_some_and(|&x| x > 0.0) {
                1.0
            } else {
                0.0
            }
        },
    )
}

/// LexRank's redundancy threshold: a sentence whose idf-modified cosine with an already chosen
/// sentence is above this is passed over while other sentences remain.
///
/// Erkan & Radev ran LexRank inside the MEAD summarizer, whose reranker, after the scoring,
/// keeps a sentence out of the summary when it is too similar to one already in; the paper
/// leaves the threshold to MEAD. We take 0.6, the value the crate's default uses for "two
/// sentences saying the same thing" (chosen there, not here). It matters on news because
/// the continuous variant rewards near-duplicates: two sentences with cosine near 1 pass
/// most of their weight to each other, so an article that repeats its lede in a photo
/// caption (common on Daily Mail pages) gets both copies ranked high.
pub(crate) const LEXRANK_REDUNDANCY: f64 = 0.6;

/// Continuous LexRank (Erkan & Radev 2004, section 3.3 and Algorithm 3).
///
/// What the paper does: sentences are tf-idf vectors (tf the count of the word in the
/// sentence, idf `log(N / n_i)`), linked by the idf-modified cosine (eq. 3) for every pair
/// of sentences, a sentence with itself included; each row of the cosine matrix is divided by
/// its sum, and the scores are the stationary distribution of that Markov matrix with a jump
/// to a uniformly chosen sentence with probability d (eq. 5), found by the power method.
/// The summaries of the paper's experiments come out of MEAD, whose reranker drops a
/// sentence too similar to one already chosen.
///
/// Our choices: idf over the document's first sentences (the graph window), each sentence a
/// document, unless the caller gives a corpus [`Idf`] (the paper's idf came from a corpus);
/// d = [`LEXRANK_DAMPING`], the paper's usual value; the power method stops when the L1
/// change is below 10⁻⁷. A row without weight (a sentence with no content term) jumps
/// uniformly. The diagonal matters little for the ranking (for a symmetric matrix without
/// the jump, the stationary distribution is proportional to the row sums, which the
/// diagonal raises by 1 each), and it is the paper's matrix. One consequence: a sentence
/// that shares no term with any other is a component of its own and keeps its starting
/// share, at least the uniform 1/N, so in a short document it can outrank related sentences
/// (an earlier version of this crate dropped the diagonal to avoid that; with the diagonal,
/// cnndm_dev ROUGE-1 is 0.14 higher, on both hash halves).
///
/// Selection, as MEAD's reranker does it: sentences are taken by descending score, skipping
/// one whose idf-modified cosine with a sentence already taken is above
/// [`LEXRANK_REDUNDANCY`]; if the budget is not filled when the ranking runs out, the skipped
/// sentences fill it in score order. Sentences past the graph window (score 0) are never
/// skipped. The scores themselves are untouched.
///
/// Unlike sumy's `LexRankSummarizer`, this is the *continuous* variant: sumy implements
/// LexRank with a threshold (cosine > 0.1 becomes an edge of weight 1) and stops its power
/// iteration early (a change of 0.1), and it divides tf by the sentence's largest tf, which
/// scales a whole vector and so leaves every cosine unchanged; it has no redundancy step.
pub(crate) fn lexrank(
    doc: &Document<'_>,
    prep: &Prepared,
    idf: Option<&Idf>,
    limits: Limits,
) -> (Vec<usize>, Vec<f64>) {
    let n = graph::window(prep);
    let idf = term_idf(doc, prep, n, idf);
    let m = cosine_matrix(prep, n, &idf);
    let mut scores = graph::power_method(&m, LEXRANK_DAMPING, LEXRANK_TOLERANCE, 500);
    scores.resize(prep.len(), 0.0);
    let chosen = top_distinct(&scores, prep, limits, |a, b| {
        m.row(a).get(b).is_some_and(|&x| x > LEXRANK_REDUNDANCY)
    });
    (chosen, scores)
}

/// The best-scored sentences that fit the budget, in document order, passing over a sentence
/// `i` when `similar(c, i)` holds for a sentence `c` already chosen; when the ranking runs out
/// before the budget is full, the passed-over sentences fill it, best first.
fn top_distinct(
    scores: &[f64],
    prep: &Prepared,
    limits: Limits,
    similar: impl Fn(usize, usize) -> bool,
) -> Vec<usize> {
    let order = select::ranking(scores);
    let mut picker = Picker::new(limits, prep);
    picker.take_in_order(order.iter().copied(), |chosen, i| {
        !chosen.iter().any(|&c| similar(c, i))
    });
    picker.take_in_order(order.iter().copied(), |_, _| true);
    picker.finish(order.first().copied())
}

/// Centroid (after Radev et al. 2004, for one document): a sentence scores the dot product of
/// its term counts with the centroid of the rest of the document (every other sentence's term
/// counts summed), each term weighted by corpus idf when an [`Idf`] table is given. Long
/// sentences made of the document's frequent terms win.
pub(crate) fn centroid(doc: &Document<'_>, prep: &Prepared, idf: Option<&Idf>) -> Vec<f64> {
    let tf = prep.term_frequency();
    let weight: Vec<f64> = match idf {
        Some(table) if table.documents() > 0 => {
            prep.stems.iter().map(|&s| table.idf(doc.stem(s))).collect()
        }
        _ => vec![1.0; prep.vocab()],
    };
    prep.terms
        .iter()
        .map(|bag| {
            bag.iter()
                .map(|&(t, c)| {
                    let rest = tf.get(t as usize).copied().unwrap_or(0).saturating_sub(c);
                    let w = weight.get(t as usize).copied().unwrap_or(0.0);
                    c as f64 * rest as f64 * w * w
                })
                .sum()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Budget;
    use nutgraf_tokenize::{Analyzer, SentenceSplitter};

    const FLOODS: &str = "Floods closed the main bridge in Leeds on Monday, police said. \
                          Floods closed the main bridge in Leeds on Monday, police said. \
                          The river rose two metres overnight and flooded the bridge. \
                          Rescue crews moved forty families from homes near the river. \
                          Schools in the city will stay shut until the water falls.";

    fn run(text: &str, budget: Budget) -> (Vec<usize>, Vec<f64>) {
        let doc = Document::new(
            text,
            &SentenceSplitter::for_code("eng"),
            &Analyzer::for_code("eng"),
        );
        let prep = Prepared::new(&doc);
        let limits = Limits::new(budget, &prep);
        lexrank(&doc, &prep, None, limits)
    }

    #[test]
    fn lexrank_passes_over_a_repeated_sentence() {
        let (chosen, scores) = run(FLOODS, Budget::Sentences(2));
        // The two copies are the two most central sentences: each passes weight to the other.
        let ranking = select::ranking(&scores);
        assert_eq!(&ranking[..2], &[0, 1], "{scores:?}");
        // The summary keeps one copy and takes the next best instead of the other.
        assert_eq!(chosen, [0, ranking[2]], "{scores:?}");
    }

    #[test]
    fn lexrank_fills_the_budget_with_repeats_when_nothing_else_is_left() {
        let (chosen, _) = run(FLOODS, Budget::Sentences(5));
        assert_eq!(chosen, [0, 1, 2, 3, 4]);
        let twice = "Floods closed the bridge. Floods closed the bridge.";
        let (chosen, _) = run(twice, Budget::Sentences(2));
        assert_eq!(chosen, [0, 1]);
    }
}
