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
    let min_tf: u32 = std::env::var("LUHN_TF").ok().and_then(|v| v.parse().ok()).unwrap_or(2);
    let gap: usize = std::env::var("LUHN_GAP").ok().and_then(|v| v.parse().ok()).unwrap_or(LUHN_MAX_GAP);
    let single: f64 = std::env::var("LUHN_SINGLE").ok().and_then(|v| v.parse().ok()).unwrap_or(1.0);
    let significant: Vec<bool> = tf.iter().map(|&c| c >= min_tf).collect();
    let mut scores = Vec::with_capacity(prep.len());
    for i in 0..prep.len() {
        let mut best = 0.0f64;
        // (position of first significant word, of last, count)
        let mut cluster: Option<(usize, usize, usize)> = None;
        let close = |c: (usize, usize, usize), best: &mut f64| {
            let single = single;
            let (first, last, count) = c;
            let span = (last - first + 1) as f64;
            let s = if count == 1 { single } else { (count * count) as f64 / span };
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
                Some((first, last, count)) if pos - last - 1 <= gap => {
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
pub(crate) fn term_idf(doc: &Document<'_>, prep: &Prepared, n: usize, idf: Option<&Idf>) -> Vec<f64> {
    match idf {
        Some(table) if table.documents() > 0 => prep
            .stems
            .iter()
            .map(|&s| table.idf(doc.stem(s)))
            .collect(),
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
pub(crate) fn tfidf_vectors(prep: &Prepared, n: usize, idf: &[f64]) -> (Vec<Vec<(u32, f64)>>, Vec<f64>) {
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
/// eq. 3); the diagonal is 1 for a sentence with any weight.
pub(crate) fn cosine_matrix(prep: &Prepared, n: usize, idf: &[f64]) -> Matrix {
    let (vectors, norms) = tfidf_vectors(prep, n, idf);
    graph::pairwise(
        &vectors,
        n,
        prep.vocab(),
        |i, j, dot| {
            let d = norms[i] * norms[j];
            if d > 0.0 { (dot / d).clamp(0.0, 1.0) } else { 0.0 }
        },
        |i| if norms[i] > 0.0 { 1.0 } else { 0.0 },
    )
}

/// Continuous LexRank (Erkan & Radev 2004, section 3.3 and Algorithm 3): the idf-modified
/// cosine matrix (diagonal included), row-normalised, ranked by the power method with
/// jump probability [`LEXRANK_DAMPING`].
pub(crate) fn lexrank(doc: &Document<'_>, prep: &Prepared, idf: Option<&Idf>) -> Vec<f64> {
    let n = graph::window(prep);
    let idf = term_idf(doc, prep, n, idf);
    let mut m = cosine_matrix(prep, n, &idf);
    if std::env::var("LEX_NODIAG").is_ok() {
        for i in 0..n {
            m.set(i, i, 0.0);
        }
    }
    let d: f64 = std::env::var("LEX_D").ok().and_then(|v| v.parse().ok()).unwrap_or(LEXRANK_DAMPING);
    let mut scores = graph::power_method(&m, d, LEXRANK_TOLERANCE, 500);
    scores.resize(prep.len(), 0.0);
    scores
}
