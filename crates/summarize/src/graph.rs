//! Sentence graphs: the bounded window, pairwise similarities and the two ranking iterations
//! (TextRank's weighted PageRank and LexRank's power method).

use crate::prep::Prepared;

/// Graph algorithms rank at most this many sentences (the first ones of the document).
///
/// ```
/// assert_eq!(nutgraf_summarize::GRAPH_SENTENCE_LIMIT, 1000);
/// ```
pub const GRAPH_SENTENCE_LIMIT: usize = 1000;

/// Graph algorithms stop adding sentences to the window once it holds this many distinct
/// (sentence, term) entries, so that a window of very long sentences stays cheap too.
///
/// ```
/// assert_eq!(nutgraf_summarize::GRAPH_TERM_LIMIT, 100_000);
/// ```
pub const GRAPH_TERM_LIMIT: usize = 100_000;

/// How many of the first sentences the graph algorithms look at: at most
/// [`GRAPH_SENTENCE_LIMIT`] and [`GRAPH_TERM_LIMIT`] entries, but always at least one sentence
/// when there is one.
pub(crate) fn window(prep: &Prepared) -> usize {
    let mut entries = 0usize;
    let mut n = 0usize;
    for bag in prep.terms.iter().take(GRAPH_SENTENCE_LIMIT) {
        entries += bag.len();
        if entries > GRAPH_TERM_LIMIT && n > 0 {
            break;
        }
        n += 1;
    }
    n
}

/// A dense square matrix of `f64`.
#[derive(Clone, Debug)]
pub(crate) struct Matrix {
    pub n: usize,
    data: Vec<f64>,
}

impl Matrix {
    pub fn zeros(n: usize) -> Matrix {
        Matrix {
            n,
            data: vec![0.0; n * n],
        }
    }

    #[inline]
    pub fn set(&mut self, i: usize, j: usize, v: f64) {
        if let Some(x) = self.data.get_mut(i * self.n + j) {
            *x = v;
        }
    }

    pub fn row(&self, i: usize) -> &[f64] {
        self.data.get(i * self.n..(i + 1) * self.n).unwrap_or(&[])
    }
}

/// Pairwise dot products of sparse vectors (sorted or not), the first `n` of `vectors`:
/// `f(i, j, dot)` gives the symmetric entry for `i < j`; the diagonal is `diag(i)`.
pub(crate) fn pairwise(
    vectors: &[Vec<(u32, f64)>],
    n: usize,
    vocab: usize,
    mut f: impl FnMut(usize, usize, f64) -> f64,
    mut diag: impl FnMut(usize) -> f64,
) -> Matrix {
    let n = n.min(vectors.len());
    let mut m = Matrix::zeros(n);
    let mut acc = vec![0.0f64; vocab];
    for i in 0..n {
        let vi = &vectors[i];
        for &(t, w) in vi {
            if let Some(a) = acc.get_mut(t as usize) {
                *a = w;
            }
        }
        m.set(i, i, diag(i));
        for (j, vj) in vectors.iter().enumerate().take(n).skip(i + 1) {
            let mut dot = 0.0;
            for &(t, w) in vj {
                dot += acc.get(t as usize).copied().unwrap_or(0.0) * w;
            }
            let v = f(i, j, dot);
            m.set(i, j, v);
            m.set(j, i, v);
        }
        for &(t, _) in vi {
            if let Some(a) = acc.get_mut(t as usize) {
                *a = 0.0;
            }
        }
    }
    m
}

/// Weighted PageRank as TextRank (Mihalcea & Tarau 2004, eq. 2) defines it:
/// `WS(i) = (1 - d) + d * sum_j w_ji / (sum_k w_jk) * WS(j)`, iterated from all ones until
/// no score moves by more than `tolerance` (at most `max_iter` rounds). The diagonal is
/// ignored (no self-loops).
pub(crate) fn weighted_pagerank(w: &Matrix, d: f64, tolerance: f64, max_iter: usize) -> Vec<f64> {
    let n = w.n;
    let out: Vec<f64> = (0..n)
        .map(|j| {
            w.row(j)
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != j)
                .map(|(_, &x)| x)
                .sum()
        })
        .collect();
    let mut ws = vec![1.0f64; n];
    let mut next = vec![0.0f64; n];
    for _ in 0..max_iter {
        // share[j] = WS(j) / out(j)
        let share: Vec<f64> = ws
            .iter()
            .zip(&out)
            .map(|(&s, &o)| if o > 0.0 { s / o } else { 0.0 })
            .collect();
        let mut delta = 0.0f64;
        for (i, nx) in next.iter_mut().enumerate() {
            // The matrices here are symmetric: row i is column i.
            let mut sum = 0.0;
            for (j, (&x, &sh)) in w.row(i).iter().zip(&share).enumerate() {
                if j != i {
                    sum += x * sh;
                }
            }
            *nx = (1.0 - d) + d * sum;
            delta = delta.max((*nx - ws[i]).abs());
        }
        std::mem::swap(&mut ws, &mut next);
        if delta <= tolerance {
            break;
        }
    }
    ws
}

/// The stationary distribution of a random walk with teleportation, LexRank's power method
/// (Erkan & Radev 2004, eq. 5): `p = d/N + (1 - d) * B^T p` with `B` the row-normalised
/// matrix (a row without weight jumps anywhere). Iterates from the uniform vector until the
/// L1 change is below `tolerance` (at most `max_iter` rounds).
pub(crate) fn power_method(m: &Matrix, d: f64, tolerance: f64, max_iter: usize) -> Vec<f64> {
    let n = m.n;
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let row_sum: Vec<f64> = (0..n).map(|i| m.row(i).iter().sum()).collect();
    let mut p = vec![1.0 / nf; n];
    let mut next = vec![0.0f64; n];
    for _ in 0..max_iter {
        // Mass of dangling rows is spread uniformly.
        let mut dangling = 0.0;
        for i in 0..n {
            if row_sum[i] <= 0.0 {
                dangling += p[i];
            }
        }
        for x in next.iter_mut() {
            *x = d / nf + (1.0 - d) * dangling / nf;
        }
        for i in 0..n {
            if row_sum[i] <= 0.0 {
                continue;
            }
            let share = (1.0 - d) * p[i] / row_sum[i];
            for (x, &w) in next.iter_mut().zip(m.row(i)) {
                *x += w * share;
            }
        }
        let delta: f64 = next.iter().zip(&p).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut p, &mut next);
        if delta <= tolerance {
            break;
        }
    }
    p
}
