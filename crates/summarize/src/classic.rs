//! The classic algorithms, each as its paper describes it: Lead, Luhn (1958), TextRank
//! (Mihalcea & Tarau 2004) and continuous LexRank (Erkan & Radev 2004).

use nutgraf_tokenize::Document;

use crate::Idf;
use crate::graph::{self, Matrix};
use crate::prep::Prepared;

/// Lead: the earlier the better.
pub(crate) fn lead(prep: &Prepared) -> Vec<f64> {
    (0..prep.len()).map(|i| 1.0 / (i as f64 + 1.0)).collect()
}

/// Luhn's largest gap between two significant words of a cluster ("four or five", we take
/// four, as sumy does).
const LUHN_MAX_GAP: usize = 4;

/// Luhn (1958): significant words are content stems that occur at least twice in the
/// document; a cluster is a run of words whose significant words are at most
/// [`LUHN_MAX_GAP`] insignificant words apart; a cluster scores (significant words)² / (words
/// from its first to its last significant word); a sentence scores its best cluster.
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
                Some((first, last, count)) if pos - last - 1 <= LUHN_MAX_GAP => {
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
/// eq. 3); the diagonal (a sentence with itself) is 0.
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
        |_| 0.0,
    )
}

/// Continuous LexRank (Erkan & Radev 2004, section 3.3 and Algorithm 3): the idf-modified
/// cosine matrix (diagonal included), row-normalised, ranked by the power method with
/// jump probability [`LEXRANK_DAMPING`].
pub(crate) fn lexrank(doc: &Document<'_>, prep: &Prepared, idf: Option<&Idf>) -> Vec<f64> {
    let n = graph::window(prep);
    let idf = term_idf(doc, prep, n, idf);
    let m = cosine_matrix(prep, n, &idf);
    let mut scores = graph::power_method(&m, LEXRANK_DAMPING, LEXRANK_TOLERANCE, 500);
    scores.resize(prep.len(), 0.0);
    scores
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
