//! Longest common subsequence of token-id sequences.

/// Length of the LCS of `a` and `b`, in O(min(|a|, |b|)) memory.
pub(crate) fn lcs_len(a: &[u32], b: &[u32]) -> usize {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut row = vec![0u32; short.len() + 1];
    for &x in long {
        let mut diag = 0u32; // row[j - 1] of the previous row
        for (j, &y) in short.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
            diag = up;
        }
    }
    row.last().copied().unwrap_or(0) as usize
}

/// Calls `hit(i)` for the reference indices of the one LCS of `refr` and `can`
/// that rouge-score's `_backtrack_norec` reads out of the full DP table
/// (walking back from the end: take a match; else go left when the cell to the
/// left is strictly greater than the one above, otherwise go up).
pub(crate) fn lcs_indices(refr: &[u32], can: &[u32], mut hit: impl FnMut(usize)) {
    let (rows, cols) = (refr.len(), can.len());
    if rows == 0 || cols == 0 {
        return;
    }
    let w = cols + 1;
    let mut t = vec![0u32; (rows + 1) * w];
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
    while i > 0 && j > 0 {
        if refr[i - 1] == can[j - 1] {
            hit(i - 1);
            i -= 1;
            j -= 1;
        } else if t[i * w + j - 1] > t[(i - 1) * w + j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
}
