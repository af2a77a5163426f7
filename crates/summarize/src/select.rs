//! Turning scores into a selection that respects the budget.

use crate::Budget;
use crate::prep::Prepared;

/// A budget resolved against one document: at most this many sentences and words.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    pub sentences: usize,
    pub words: usize,
}

impl Limits {
    pub fn new(budget: Budget, prep: &Prepared) -> Limits {
        match budget {
            Budget::Sentences(k) => Limits {
                sentences: k,
                words: usize::MAX,
            },
            Budget::Words(w) => Limits {
                sentences: usize::MAX,
                words: w,
            },
            Budget::Ratio(r) => {
                let total: usize = prep.words.iter().sum();
                let r = if r.is_nan() { 0.0 } else { r.clamp(0.0, 1.0) };
                Limits {
                    sentences: usize::MAX,
                    words: (r * total as f64).floor() as usize,
                }
            }
        }
    }
}

/// Tracks what has been chosen against the limits.
#[derive(Debug)]
pub(crate) struct Picker<'a> {
    limits: Limits,
    words: &'a [usize],
    used_words: usize,
    pub chosen: Vec<usize>,
    taken: Vec<bool>,
}

impl<'a> Picker<'a> {
    pub fn new(limits: Limits, prep: &'a Prepared) -> Picker<'a> {
        Picker {
            limits,
            words: &prep.words,
            used_words: 0,
            chosen: Vec::new(),
            taken: vec![false; prep.len()],
        }
    }

    /// Whether no further sentence may be added.
    pub fn full(&self) -> bool {
        self.chosen.len() >= self.limits.sentences || self.used_words >= self.limits.words
    }

    /// Whether sentence `i` may still be added: not taken, has words, and fits.
    pub fn fits(&self, i: usize) -> bool {
        let w = self.words.get(i).copied().unwrap_or(0);
        !self.taken.get(i).copied().unwrap_or(true)
            && w > 0
            && self.chosen.len() < self.limits.sentences
            && self.used_words.saturating_add(w) <= self.limits.words
    }

    /// Whether sentence `i` has been chosen.
    pub fn is_taken(&self, i: usize) -> bool {
        self.taken.get(i).copied().unwrap_or(true)
    }

    /// Whether sentence `i` (not taken) would fit if the chosen sentence `out` left.
    pub fn fits_instead(&self, i: usize, out: usize) -> bool {
        let w = self.words.get(i).copied().unwrap_or(0);
        let o = self.words.get(out).copied().unwrap_or(0);
        !self.is_taken(i)
            && w > 0
            && (self.used_words - o.min(self.used_words)).saturating_add(w) <= self.limits.words
    }

    /// Removes the chosen sentence at position `pos` of `chosen`.
    pub fn release(&mut self, pos: usize) {
        if pos < self.chosen.len() {
            let i = self.chosen.remove(pos);
            if let Some(t) = self.taken.get_mut(i) {
                *t = false;
            }
            let w = self.words.get(i).copied().unwrap_or(0);
            self.used_words = self.used_words.saturating_sub(w);
        }
    }

    /// Takes the sentences of `order`, in that order, that fit and that `accept` allows given
    /// the sentences chosen so far, until the budget is full.
    pub fn take_in_order(
        &mut self,
        order: impl IntoIterator<Item = usize>,
        accept: impl Fn(&[usize], usize) -> bool,
    ) {
        for i in order {
            if self.full() {
                break;
            }
            if self.fits(i) && accept(&self.chosen, i) {
                self.take(i);
            }
        }
    }

    pub fn take(&mut self, i: usize) {
        if let Some(t) = self.taken.get_mut(i) {
            *t = true;
            self.used_words = self
                .used_words
                .saturating_add(self.words.get(i).copied().unwrap_or(0));
            self.chosen.push(i);
        }
    }

    /// The chosen sentences in document order; when nothing fitted, the first of `fallback`
    /// (the best-ranked sentence), so that a non-empty document always gets one sentence.
    pub fn finish(mut self, fallback: Option<usize>) -> Vec<usize> {
        if self.chosen.is_empty() {
            self.chosen.extend(fallback);
        }
        self.chosen.sort_unstable();
        self.chosen
    }
}

/// Sentence indices ordered by descending score, ties broken by position (earlier first).
/// NaN sorts last.
pub(crate) fn ranking(scores: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| {
        let sa = if scores[a].is_nan() {
            f64::NEG_INFINITY
        } else {
            scores[a]
        };
        let sb = if scores[b].is_nan() {
            f64::NEG_INFINITY
        } else {
            scores[b]
        };
        sb.total_cmp(&sa).then(a.cmp(&b))
    });
    order
}

/// The best-scored sentences that fit the budget, in document order.
pub(crate) fn top(scores: &[f64], prep: &Prepared, limits: Limits) -> Vec<usize> {
    let order = ranking(scores);
    let mut picker = Picker::new(limits, prep);
    picker.take_in_order(order.iter().copied(), |_, _| true);
    picker.finish(order.first().copied())
}
