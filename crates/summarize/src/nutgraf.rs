//! The default summarizer: the sentence set that best covers a position-weighted centroid.

use crate::prep::Prepared;
use crate::select::{Limits, Picker};

/// Decay of the position weights: sentence `i` weighs `exp(-i / POSITION_DECAY)` in the
/// pseudo-reference, for budgets up to [`NEWS_SENTENCES`]; larger budgets spread it (see
/// [`Spread`]).
pub(crate) const POSITION_DECAY: f64 = 3.0;
/// The weight of the title's terms in the pseudo-reference, as a sentence's (the lede's is 1).
pub(crate) const TITLE_WEIGHT: f64 = 1.0;

/// The budget, in sentences, that the lede weighting is made for: a three-sentence news summary.
pub(crate) const NEWS_SENTENCES: f64 = 3.0;
/// Expected content terms per budgeted sentence (a three-sentence news summary has about 40).
pub(crate) const TERMS_PER_SENTENCE: f64 = 40.0 / 3.0;
/// The local search looks at the first `max(MIN_CANDIDATES, 2 x chosen x spread)` sentences.
pub(crate) const MIN_CANDIDATES: usize = 10;
/// A sentence whose term-count cosine with a chosen sentence reaches this is not added.
pub(crate) const REDUNDANCY: f64 = 0.6;
/// The F-measure's beta (1: precision and recall weigh the same).
const BETA: f64 = 1.0;

/// Local search stops after this many improving moves.
const MAX_MOVES: usize = 256;
/// Local search runs only while (chosen sentences) x (candidates) stays below this; larger
/// budgets keep the lead-first fill.
const MAX_SEARCH_PAIRS: usize = 20_000;

/// The coverage state of a set of sentences against the pseudo-reference.
struct Coverage<'a> {
    reference: &'a [f64],
    counts: Vec<u32>,
    overlap: f64,
    length: f64,
}

impl<'a> Coverage<'a> {
    fn new(reference: &'a [f64]) -> Coverage<'a> {
        Coverage {
            reference,
            counts: vec![0; reference.len()],
            overlap: 0.0,
            length: 0.0,
        }
    }

    fn clip(&self, t: usize, count: u32) -> f64 {
        (count as f64).min(self.reference.get(t).copied().unwrap_or(0.0))
    }

    /// Adds (`sign = 1`) or removes (`sign = -1`) a sentence's terms.
    fn apply(&mut self, bag: &[(u32, u32)], add: bool) {
        for &(t, c) in bag {
            let t = t as usize;
            let Some(&old) = self.counts.get(t) else {
                continue;
            };
            let new = if add { old + c } else { old.saturating_sub(c) };
            self.overlap += self.clip(t, new) - self.clip(t, old);
            self.counts[t] = new;
        }
        let len: u32 = bag.iter().map(|&(_, c)| c).sum();
        if add {
            self.length += len as f64;
        } else {
            self.length = (self.length - len as f64).max(0.0);
        }
    }

    /// The overlap and length after removing `out` and adding `inn`, without changing state.
    fn try_swap(&self, out: Option<&[(u32, u32)]>, inn: &[(u32, u32)]) -> (f64, f64) {
        let mut overlap = self.overlap;
        let mut length = self.length;
        // Terms of `out` and `inn` are each sorted by id: merge them.
        let out = out.unwrap_or(&[]);
        let (mut a, mut b) = (0usize, 0usize);
        loop {
            // The next term in either list, with its count leaving and arriving.
            let (t, gone, come) = match (out.get(a), inn.get(b)) {
                (None, None) => break,
                (Some(&(ta, ca)), Some(&(tb, cb))) if ta == tb => {
                    a += 1;
                    b += 1;
                    (ta, ca, cb)
                }
                (Some(&(ta, ca)), Some(&(tb, _))) if ta < tb => {
                    a += 1;
                    (ta, ca, 0)
                }
                (Some(&(ta, ca)), None) => {
                    a += 1;
                    (ta, ca, 0)
                }
                (_, Some(&(tb, cb))) => {
                    b += 1;
                    (tb, 0, cb)
                }
            };
            length += come as f64 - gone as f64;
            let old = self.counts.get(t as usize).copied().unwrap_or(0);
            let new = (old as i64 - gone as i64 + come as i64).max(0) as u32;
            overlap += self.clip(t as usize, new) - self.clip(t as usize, old);
        }
        (overlap, length.max(0.0))
    }
}

/// Near-duplicate detection: cosine similarity of term counts, within the first sentences.
struct Redundancy<'a> {
    prep: &'a Prepared,
    norms: Vec<f64>,
    theta: f64,
}

impl<'a> Redundancy<'a> {
    /// Checks apply to the first `window` sentences; later ones are never redundant.
    fn new(prep: &'a Prepared, window: usize, theta: f64) -> Redundancy<'a> {
        let norms = prep
            .terms
            .iter()
            .take(window)
            .map(|bag| {
                bag.iter()
                    .map(|&(_, c)| (c as f64) * (c as f64))
                    .sum::<f64>()
                    .sqrt()
            })
            .collect();
        Redundancy { prep, norms, theta }
    }

    fn cosine(&self, i: usize, j: usize) -> f64 {
        let (Some(&ni), Some(&nj)) = (self.norms.get(i), self.norms.get(j)) else {
            return 0.0;
        };
        if ni <= 0.0 || nj <= 0.0 {
            return 0.0;
        }
        let (a, b) = (&self.prep.terms[i], &self.prep.terms[j]);
        let (mut x, mut y) = (0usize, 0usize);
        let mut dot = 0.0;
        while let (Some(&(ta, ca)), Some(&(tb, cb))) = (a.get(x), b.get(y)) {
            match ta.cmp(&tb) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    dot += ca as f64 * cb as f64;
                    x += 1;
                    y += 1;
                }
            }
        }
        dot / (ni * nj)
    }

    /// Whether sentence `j` says again what a chosen sentence (other than `except`) says.
    fn repeats(&self, chosen: &[usize], except: Option<usize>, j: usize) -> bool {
        self.theta > 0.0
            && j < self.norms.len()
            && chosen
                .iter()
                .filter(|&&c| Some(c) != except)
                .any(|&c| self.cosine(c, j) >= self.theta)
    }
}

fn f_measure(overlap: f64, length: f64, target: f64, beta: f64) -> f64 {
    if overlap <= 0.0 || length <= 0.0 || target <= 0.0 {
        return 0.0;
    }
    let p = overlap / length;
    let r = overlap / target;
    let b2 = beta * beta;
    (1.0 + b2) * p * r / (b2 * p + r)
}

/// How far the pseudo-reference reaches past the lede, from the budget's size.
///
/// A summary of three sentences retells the lede; a summary of ten retells the article,
/// and its reference (an abstract of 190 words, say) follows the whole story in order. So
/// with `s = max(1, expected sentences / 3)` the position decay grows as `3·s²`, sentence
/// centrality (TextRank, Mihalcea & Tarau 2004) weighs in with a share that ramps from 0 at
/// three sentences to 1 at six, and the local search looks `s` times further. At three
/// sentences or fewer nothing changes.
struct Spread {
    /// `s` above.
    scale: f64,
    /// The position weights' decay.
    decay: f64,
    /// The centrality share, 0 to 1.
    centrality: f64,
}

impl Spread {
    fn new(expected_sentences: f64) -> Spread {
        let scale = (expected_sentences / NEWS_SENTENCES).max(1.0);
        let scale = if scale.is_finite() { scale } else { 1.0 };
        Spread {
            scale,
            decay: POSITION_DECAY * scale * scale,
            centrality: (scale - 1.0).clamp(0.0, 1.0),
        }
    }
}

/// Scores and selection of the default summarizer; returns (chosen, sentence scores).
///
/// `title` is the bag of the document's title (see [`Prepared::title_bag`]), empty when it has
/// none: its terms vote in the pseudo-reference with weight [`TITLE_WEIGHT`], but it is no
/// candidate.
pub(crate) fn summarize(
    prep: &Prepared,
    limits: Limits,
    title: &[(u32, u32)],
) -> (Vec<usize>, Vec<f64>) {
    let n = prep.len();
    let words_total: usize = prep.words.iter().sum();
    let content_total: u64 = prep.content_len.iter().map(|&c| c as u64).sum();
    // Expected number of content terms in the summary.
    let target = if limits.sentences != usize::MAX {
        TERMS_PER_SENTENCE * limits.sentences.min(n) as f64
    } else if words_total > 0 {
        limits.words.min(words_total) as f64 * content_total as f64 / words_total as f64
    } else {
        0.0
    };
    // How many sentences the budget holds, for a budget in words at the document's mean
    // sentence length.
    let expected_sentences = if limits.sentences != usize::MAX {
        limits.sentences.min(n) as f64
    } else if words_total > 0 {
        limits.words.min(words_total) as f64 * n as f64 / words_total as f64
    } else {
        0.0
    };
    let spread = Spread::new(expected_sentences);
    // Centrality only where it counts (it costs TextRank's pairwise pass over the window).
    let centrality = if spread.centrality > 0.0 {
        crate::classic::textrank(prep)
    } else {
        Vec::new()
    };
    let centrality_sum: f64 = centrality.iter().sum();
    // Pseudo-reference: the position-weighted centroid, scaled to the target size.
    let mut reference = vec![0.0f64; prep.vocab()];
    let mut mass = 0.0;
    for &(t, c) in title {
        if let Some(r) = reference.get_mut(t as usize) {
            *r += TITLE_WEIGHT * c as f64;
            mass += TITLE_WEIGHT * c as f64;
        }
    }
    for (i, bag) in prep.terms.iter().enumerate() {
        let mut w = (-(i as f64) / spread.decay).exp();
        if centrality_sum > 0.0 {
            // 1 for a sentence of average centrality, more for a central one.
            let c = n as f64 * centrality.get(i).copied().unwrap_or(0.0) / centrality_sum;
            w *= 1.0 + spread.centrality * c;
        }
        if w < 1e-12 {
            break;
        }
        for &(t, c) in bag {
            if let Some(r) = reference.get_mut(t as usize) {
                *r += w * c as f64;
                mass += w * c as f64;
            }
        }
    }
    if mass > 0.0 {
        let scale = target / mass;
        for r in &mut reference {
            *r *= scale;
        }
    }
    // Each sentence's own score: its F-measure against the pseudo-reference.
    let scores: Vec<f64> = prep
        .terms
        .iter()
        .map(|bag| {
            let ov: f64 = bag
                .iter()
                .map(|&(t, c)| (c as f64).min(reference.get(t as usize).copied().unwrap_or(0.0)))
                .sum();
            let len: f64 = bag.iter().map(|&(_, c)| c as f64).sum();
            f_measure(ov, len, target, BETA)
        })
        .collect();

    // Start from the lead: first sentences that fit and do not repeat one already taken.
    let redundancy = Redundancy::new(prep, crate::graph::window(prep), REDUNDANCY);
    let mut picker = Picker::new(limits, prep);
    picker.take_in_order(0..n, |chosen, i| !redundancy.repeats(chosen, None, i));
    let expected = picker.chosen.len().max(1);
    let reach = (2.0 * expected as f64 * spread.scale).min(n as f64) as usize;
    let candidates = MIN_CANDIDATES
        .max(reach)
        .min(n)
        .min(crate::graph::GRAPH_SENTENCE_LIMIT);
    if picker.chosen.len() * candidates <= MAX_SEARCH_PAIRS {
        local_search(
            prep,
            &reference,
            target,
            BETA,
            candidates,
            &mut picker,
            &redundancy,
        );
    }
    let fallback = crate::select::ranking(&scores).first().copied();
    (picker.finish(fallback), scores)
}

/// Best-improvement local search over swaps (one chosen sentence out, one candidate in) and
/// additions, within the budget. Ties keep the current set; among equal moves the earliest
/// candidate wins.
fn local_search(
    prep: &Prepared,
    reference: &[f64],
    target: f64,
    beta: f64,
    candidates: usize,
    picker: &mut Picker<'_>,
    redundancy: &Redundancy<'_>,
) {
    let mut cov = Coverage::new(reference);
    for &i in &picker.chosen {
        cov.apply(&prep.terms[i], true);
    }
    let mut current = f_measure(cov.overlap, cov.length, target, beta);
    for _ in 0..MAX_MOVES {
        // (gain, out position in chosen or None for an addition, candidate)
        let mut best: Option<(f64, Option<usize>, usize)> = None;
        for j in 0..candidates {
            if picker.is_taken(j) || prep.words[j] == 0 {
                continue;
            }
            if picker.fits(j) && !redundancy.repeats(&picker.chosen, None, j) {
                let (ov, len) = cov.try_swap(None, &prep.terms[j]);
                let f = f_measure(ov, len, target, beta);
                if f > current + 1e-12 && best.is_none_or(|(g, _, _)| f > g) {
                    best = Some((f, None, j));
                }
            }
            for (pos, &o) in picker.chosen.iter().enumerate() {
                if !picker.fits_instead(j, o) || redundancy.repeats(&picker.chosen, Some(o), j) {
                    continue;
                }
                let (ov, len) = cov.try_swap(Some(&prep.terms[o]), &prep.terms[j]);
                let f = f_measure(ov, len, target, beta);
                if f > current + 1e-12 && best.is_none_or(|(g, _, _)| f > g) {
                    best = Some((f, Some(pos), j));
                }
            }
        }
        let Some((f, out, j)) = best else { break };
        if let Some(pos) = out {
            let o = picker.chosen[pos];
            cov.apply(&prep.terms[o], false);
            picker.release(pos);
        }
        cov.apply(&prep.terms[j], true);
        picker.take(j);
        current = f;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_leaves_news_budgets_alone_and_grows_with_long_ones() {
        for k in [0.0, 1.0, 3.0, f64::NAN] {
            let s = Spread::new(k);
            assert_eq!((s.scale, s.decay, s.centrality), (1.0, POSITION_DECAY, 0.0));
        }
        let s = Spread::new(9.0);
        assert_eq!((s.scale, s.decay, s.centrality), (3.0, 27.0, 1.0));
        let s = Spread::new(f64::INFINITY);
        assert_eq!(s.scale, 1.0);
    }
}
