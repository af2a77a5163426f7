//! Longest common subsequence of token-id sequences, bit-parallel.
//!
//! Row `i` of the classic DP table `t` (the first `i` tokens of the row
//! sequence against every prefix of the column sequence) is kept as a bit
//! vector `V_i` of the column length: bit `j - 1` is 0 exactly when
//! `t[i][j] = t[i][j - 1] + 1`, so `t[i][j]` is the number of zero bits among
//! the first `j`. One row follows from the previous one with a few word
//! operations per 64 columns (Allison & Dix 1986; Crochemore et al. 2001;
//! Hyyrö 2004): `V' = (V + (V & M)) | (V & !M)` where `M` marks the columns
//! holding the row's token. Time O(rows · columns / 64).

use std::collections::HashMap;

/// The column sequence prepared for bit-parallel rows: match masks per token.
///
/// Masks of tokens occurring more than once per 64 columns on average (at most
/// 64 of them) are stored; rarer tokens' masks are built on the fly from their
/// positions, which costs no more than one row update. Memory is therefore
/// O(columns), whatever the vocabulary.
pub(crate) struct Columns<'a> {
    seq: &'a [u32],
    words: usize,
    positions: HashMap<u32, Vec<usize>>,
    dense: HashMap<u32, Vec<u64>>,
}

impl<'a> Columns<'a> {
    pub(crate) fn new(seq: &'a [u32]) -> Self {
        let words = seq.len().div_ceil(64);
        let mut positions: HashMap<u32, Vec<usize>> = HashMap::new();
        for (j, &t) in seq.iter().enumerate() {
            positions.entry(t).or_default().push(j);
        }
        let mut dense = HashMap::new();
        for (&t, ps) in &positions {
            if ps.len() > words {
                let mut m = vec![0u64; words];
                for &j in ps {
                    if let Some(w) = m.get_mut(j / 64) {
                        *w |= 1 << (j % 64);
                    }
                }
                dense.insert(t, m);
            }
        }
        Columns {
            seq,
            words,
            positions,
            dense,
        }
    }

    fn len(&self) -> usize {
        self.seq.len()
    }

    /// Advances `v` by one row for `token`. `scratch` is an all-zero buffer of
    /// `self.words` words and is left all zero.
    fn step(&self, v: &mut [u64], token: u32, scratch: &mut [u64]) {
        if let Some(m) = self.dense.get(&token) {
            advance(v, m);
        } else if let Some(ps) = self.positions.get(&token) {
            for &j in ps {
                if let Some(w) = scratch.get_mut(j / 64) {
                    *w |= 1 << (j % 64);
                }
            }
            advance(v, scratch);
            for &j in ps {
                if let Some(w) = scratch.get_mut(j / 64) {
                    *w = 0;
                }
            }
        }
        // A token absent from the columns leaves the row unchanged.
    }
}

/// `V = (V + (V & M)) | (V & !M)` over multi-word bit vectors (carry from low words up).
fn advance(v: &mut [u64], m: &[u64]) {
    let mut carry = false;
    for (x, &mk) in v.iter_mut().zip(m) {
        let u = *x & mk;
        let (s1, c1) = x.overflowing_add(u);
        let (s2, c2) = s1.overflowing_add(u64::from(carry));
        carry = c1 || c2;
        *x = s2 | (*x & !mk);
    }
}

/// `t[i][j]` from row `i`'s bit vector: zero bits among the first `j`.
fn prefix_value(v: &[u64], j: usize) -> usize {
    let full = j / 64;
    let mut ones: usize = v.iter().take(full).map(|w| w.count_ones() as usize).sum();
    if !j.is_multiple_of(64) {
        if let Some(w) = v.get(full) {
            ones += (w & ((1u64 << (j % 64)) - 1)).count_ones() as usize;
        }
    }
    j - ones
}

/// Length of the LCS of `a` and `b`: O(|a|·|b|/64) time, O(min(|a|, |b|)) memory.
pub(crate) fn lcs_len(a: &[u32], b: &[u32]) -> usize {
    let (rows, cols) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if cols.is_empty() {
        return 0;
    }
    let cols = Columns::new(cols);
    let mut v = vec![u64::MAX; cols.words];
    let mut scratch = vec![0u64; cols.words];
    for &t in rows {
        cols.step(&mut v, t, &mut scratch);
    }
    prefix_value(&v, cols.len())
}

/// Above this many stored row words (8 MiB), a sentence pair's rows are kept
/// only at checkpoints and recomputed block by block during the backtrack.
const FULL_TABLE_WORDS: usize = 1 << 20;

/// Calls `hit(i)` for the row indices (into `rows`, in decreasing order) of
/// the one LCS that rouge-score's `_backtrack_norec` reads out of the full DP
/// table of `rows` (its reference sentence) against `cols` (a candidate
/// sentence): from the end, take a match; otherwise go left when the cell to
/// the left is strictly greater than the cell above, else go up.
///
/// Memory: the rows' bit vectors, `rows · cols / 8` bytes, while that is under
/// 8 MiB; beyond, rows are checkpointed every ⌈√rows⌉ and each block is
/// recomputed when the backtrack reaches it, for O(√rows · cols / 8) bytes and
/// twice the time.
pub(crate) fn lcs_indices(rows: &[u32], cols: &Columns<'_>, mut hit: impl FnMut(usize)) {
    let (n, m, w) = (rows.len(), cols.len(), cols.words);
    if n == 0 || m == 0 {
        return;
    }
    let block = if n.saturating_mul(w) <= FULL_TABLE_WORDS {
        n
    } else {
        n.isqrt().saturating_add(1)
    };
    let mut scratch = vec![0u64; w];
    // Checkpoint rows 0, block, 2·block, ... (row 0 is all ones: t[0][j] = 0).
    let mut checkpoints: Vec<Vec<u64>> = vec![vec![u64::MAX; w]];
    if block < n {
        let mut v = vec![u64::MAX; w];
        for (i, &t) in rows.iter().enumerate() {
            cols.step(&mut v, t, &mut scratch);
            if (i + 1) % block == 0 && i + 1 < n {
                checkpoints.push(v.clone());
            }
        }
    }
    let (mut i, mut j) = (n, m);
    // t[i][j] at the current cell, and t[i - 1][j] above it: moving left
    // updates both from one bit each; moving up costs one prefix count, at
    // most once per row, so the backtrack costs no more than the forward pass.
    let mut cur = 0usize;
    // Rows first..=last of the current block, flattened.
    let mut buf: Vec<u64> = Vec::new();
    for (c, start) in checkpoints.iter().enumerate().rev() {
        if i == 0 || j == 0 {
            break;
        }
        let first = c * block;
        let last = (first + block).min(n);
        buf.clear();
        buf.extend_from_slice(start);
        for r in first..last {
            let at = buf.len() - w;
            buf.extend_from_within(at..);
            let end = buf.len();
            if let (Some(&t), Some(v)) = (rows.get(r), buf.get_mut(end - w..)) {
                cols.step(v, t, &mut scratch);
            }
        }
        let row = |k: usize| -> &[u64] {
            let at = (k - first) * w;
            buf.get(at..at + w).unwrap_or(&[])
        };
        if last == n {
            cur = prefix_value(row(n), m);
        }
        let mut up = prefix_value(row(i - 1), j);
        while i > first && j > 0 {
            if rows.get(i - 1) == cols.seq.get(j - 1) {
                hit(i - 1);
                cur = cur.saturating_sub(1);
                i -= 1;
                j -= 1;
                if i > first {
                    up = prefix_value(row(i - 1), j);
                }
            } else {
                let left = cur.saturating_sub(zero_bit(row(i), j - 1));
                if left > up {
                    up = up.saturating_sub(zero_bit(row(i - 1), j - 1));
                    cur = left;
                    j -= 1;
                } else {
                    cur = up;
                    i -= 1;
                    if i > first {
                        up = prefix_value(row(i - 1), j);
                    }
                }
            }
        }
    }
}

/// 1 when bit `k` of `v` is 0, i.e. when `t[i][k + 1] = t[i][k] + 1`.
fn zero_bit(v: &[u64], k: usize) -> usize {
    v.get(k / 64)
        .map_or(0, |w| usize::from(w & (1 << (k % 64)) == 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The classic full-table DP and rouge-score's backtrack, for comparison.
    fn reference(refr: &[u32], can: &[u32]) -> (usize, Vec<usize>) {
        let (rows, cols) = (refr.len(), can.len());
        let w = cols + 1;
        let mut t = vec![0usize; (rows + 1) * w];
        for i in 1..=rows {
            for j in 1..=cols {
                t[i * w + j] = if refr[i - 1] == can[j - 1] {
                    t[(i - 1) * w + j - 1] + 1
                } else {
                    t[(i - 1) * w + j].max(t[i * w + j - 1])
                };
            }
        }
        let (mut i, mut j) = (rows, cols);
        let mut out = Vec::new();
        while i > 0 && j > 0 {
            if refr[i - 1] == can[j - 1] {
                out.push(i - 1);
                i -= 1;
                j -= 1;
            } else if t[i * w + j - 1] > t[(i - 1) * w + j] {
                j -= 1;
            } else {
                i -= 1;
            }
        }
        (t[rows * w + cols], out)
    }

    fn lcg(seed: &mut u64) -> u32 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (*seed >> 33) as u32
    }

    fn check(a: &[u32], b: &[u32]) {
        let (len, idx) = reference(a, b);
        assert_eq!(lcs_len(a, b), len);
        assert_eq!(lcs_len(b, a), len);
        let cols = Columns::new(b);
        let mut got = Vec::new();
        lcs_indices(a, &cols, |i| got.push(i));
        assert_eq!(got, idx, "{a:?} / {b:?}");
    }

    #[test]
    fn agrees_with_the_full_table() {
        let mut seed = 42;
        for round in 0..400 {
            let alphabet = 1 + round % 7;
            let n = (lcg(&mut seed) % 150) as usize;
            let m = (lcg(&mut seed) % 150) as usize;
            let a: Vec<u32> = (0..n).map(|_| lcg(&mut seed) % alphabet).collect();
            let b: Vec<u32> = (0..m).map(|_| lcg(&mut seed) % alphabet).collect();
            check(&a, &b);
        }
        check(&[], &[1]);
        check(&[1, 2, 3], &[]);
    }

    #[test]
    fn rouge_score_lcs_table_case() {
        // rouge_scorer_test.py testLcsTable: indices [1, 2, 3] of the reference.
        let cols = Columns::new(&[2, 5, 3, 4]);
        let mut got = Vec::new();
        lcs_indices(&[1, 2, 3, 4, 5], &cols, |i| got.push(i));
        assert_eq!(got, [3, 2, 1]);
        assert_eq!(lcs_len(&[1, 2, 3, 4, 5], &[2, 5, 3, 4]), 3);
        assert_eq!(lcs_len(&[1, 2, 3, 4, 5], &[8, 9]), 0);
    }

    #[test]
    fn checkpointed_backtrack_agrees() {
        // rows * words above FULL_TABLE_WORDS forces checkpoints: 17,000 rows x 4,000 columns.
        let mut seed = 7;
        let a: Vec<u32> = (0..17_000).map(|_| lcg(&mut seed) % 3).collect();
        let b: Vec<u32> = (0..4_000).map(|_| lcg(&mut seed) % 3).collect();
        assert!(a.len() * b.len().div_ceil(64) > FULL_TABLE_WORDS);
        let cols = Columns::new(&b);
        let mut got = Vec::new();
        lcs_indices(&a, &cols, |i| got.push(i));
        // Compare with the single-block path on the same data.
        let mut full = Vec::new();
        let block_all = {
            let mut v = vec![u64::MAX; cols.words];
            let mut scratch = vec![0u64; cols.words];
            let mut rows_bits = vec![v.clone()];
            for &t in &a {
                cols.step(&mut v, t, &mut scratch);
                rows_bits.push(v.clone());
            }
            rows_bits
        };
        let (mut i, mut j) = (a.len(), b.len());
        while i > 0 && j > 0 {
            if a[i - 1] == b[j - 1] {
                full.push(i - 1);
                i -= 1;
                j -= 1;
            } else if prefix_value(&block_all[i], j - 1) > prefix_value(&block_all[i - 1], j) {
                j -= 1;
            } else {
                i -= 1;
            }
        }
        assert_eq!(got, full);
        assert_eq!(got.len(), lcs_len(&a, &b));
    }
}
