//! Accumulators: means over documents, accuracy, per-group accuracy, confusions.

use std::collections::BTreeMap;

use crate::keyphrase::Prf;
use crate::rouge::{RougeScores, Score};

/// The arithmetic mean of a stream of numbers.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::Mean;
///
/// let mut m = Mean::new();
/// assert_eq!(m.mean(), 0.0); // empty: 0, check `count()` to tell apart
/// m.add(1.0);
/// m.add(2.0);
/// assert_eq!((m.mean(), m.count()), (1.5, 2));
/// let m: Mean = [1.0, 2.0, 6.0].into_iter().collect();
/// assert_eq!(m.mean(), 3.0);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Mean {
    sum: f64,
    count: usize,
}

impl Mean {
    /// An empty mean.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(nutgraf_eval::Mean::new().count(), 0);
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Mean { sum: 0.0, count: 0 }
    }

    /// Adds one value.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut m = nutgraf_eval::Mean::new();
    /// m.add(4.0);
    /// assert_eq!(m.mean(), 4.0);
    /// ```
    pub fn add(&mut self, x: f64) {
        self.sum += x;
        self.count += 1;
    }

    /// The mean so far, 0 when nothing was added.
    ///
    /// # Examples
    ///
    /// ```
    /// let m: nutgraf_eval::Mean = [0.25, 0.75].into_iter().collect();
    /// assert_eq!(m.mean(), 0.5);
    /// ```
    #[must_use]
    pub fn mean(&self) -> f64 {
        if self.count == 0 {
            0.0
        } else {
            self.sum / self.count as f64
        }
    }

    /// The sum of the values added.
    ///
    /// # Examples
    ///
    /// ```
    /// let m: nutgraf_eval::Mean = [0.25, 0.75].into_iter().collect();
    /// assert_eq!(m.sum(), 1.0);
    /// ```
    #[must_use]
    pub const fn sum(&self) -> f64 {
        self.sum
    }

    /// How many values were added.
    ///
    /// # Examples
    ///
    /// ```
    /// let m: nutgraf_eval::Mean = [1.0; 3].into_iter().collect();
    /// assert_eq!(m.count(), 3);
    /// ```
    #[must_use]
    pub const fn count(&self) -> usize {
        self.count
    }
}

impl Extend<f64> for Mean {
    fn extend<I: IntoIterator<Item = f64>>(&mut self, iter: I) {
        for x in iter {
            self.add(x);
        }
    }
}

impl FromIterator<f64> for Mean {
    fn from_iter<I: IntoIterator<Item = f64>>(iter: I) -> Self {
        let mut m = Mean::new();
        m.extend(iter);
        m
    }
}

/// Means of precision, recall and F1 over documents.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::{ScoreMean, rouge::Score};
///
/// let mut m = ScoreMean::default();
/// m.add(Score::new(1.0, 0.5));
/// m.add(Score::new(0.0, 0.0));
/// assert_eq!(m.mean().precision, 0.5);
/// assert_eq!(m.mean().recall, 0.25);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ScoreMean {
    /// Mean precision.
    pub precision: Mean,
    /// Mean recall.
    pub recall: Mean,
    /// Mean F1 (the mean of per-document F1, as rouge-score averages).
    pub f1: Mean,
}

impl ScoreMean {
    /// Adds one document's score.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut m = nutgraf_eval::ScoreMean::default();
    /// m.add(nutgraf_eval::rouge::Score::new(1.0, 1.0));
    /// assert_eq!(m.mean().f1, 1.0);
    /// ```
    pub fn add(&mut self, s: Score) {
        self.precision.add(s.precision);
        self.recall.add(s.recall);
        self.f1.add(s.f1);
    }

    /// The means, as a [`Score`] whose `f1` is the mean F1 (not the F1 of the means).
    ///
    /// # Examples
    ///
    /// ```
    /// let m = nutgraf_eval::ScoreMean::default();
    /// assert_eq!(m.mean(), nutgraf_eval::rouge::Score::default());
    /// ```
    #[must_use]
    pub fn mean(&self) -> Score {
        Score {
            precision: self.precision.mean(),
            recall: self.recall.mean(),
            f1: self.f1.mean(),
        }
    }
}

/// Means of the four ROUGE measures over documents.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::{RougeMean, rouge};
///
/// let mut m = RougeMean::default();
/// m.add(&rouge("a b", "a b"));
/// m.add(&rouge("c d", "a b"));
/// assert_eq!(m.count(), 2);
/// assert_eq!(m.mean().rouge1.f1, 0.5);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RougeMean {
    /// ROUGE-1 means.
    pub rouge1: ScoreMean,
    /// ROUGE-2 means.
    pub rouge2: ScoreMean,
    /// ROUGE-L means.
    pub rouge_l: ScoreMean,
    /// ROUGE-Lsum means.
    pub rouge_lsum: ScoreMean,
}

impl RougeMean {
    /// Adds one document's scores.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut m = nutgraf_eval::RougeMean::default();
    /// m.add(&nutgraf_eval::rouge("a", "a"));
    /// assert_eq!(m.mean().rouge_l.f1, 1.0);
    /// ```
    pub fn add(&mut self, s: &RougeScores) {
        self.rouge1.add(s.rouge1);
        self.rouge2.add(s.rouge2);
        self.rouge_l.add(s.rouge_l);
        self.rouge_lsum.add(s.rouge_lsum);
    }

    /// The mean scores (all zero when empty).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(nutgraf_eval::RougeMean::default().mean(), Default::default());
    /// ```
    #[must_use]
    pub fn mean(&self) -> RougeScores {
        RougeScores {
            rouge1: self.rouge1.mean(),
            rouge2: self.rouge2.mean(),
            rouge_l: self.rouge_l.mean(),
            rouge_lsum: self.rouge_lsum.mean(),
        }
    }

    /// How many documents were added.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(nutgraf_eval::RougeMean::default().count(), 0);
    /// ```
    #[must_use]
    pub const fn count(&self) -> usize {
        self.rouge1.f1.count()
    }
}

/// Macro averages of keyphrase P/R/F1@k over documents, with summed counts.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::{PrfMean, keyphrase_prf};
///
/// let mut m = PrfMean::default();
/// m.add(&keyphrase_prf(&["a"], &["a"], 10));
/// m.add(&keyphrase_prf(&["b"], &["a"], 10));
/// let mean = m.mean();
/// assert_eq!((mean.f1, mean.matched, mean.predicted, mean.gold), (0.5, 1, 2, 2));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PrfMean {
    precision: Mean,
    recall: Mean,
    f1: Mean,
    matched: usize,
    predicted: usize,
    gold: usize,
}

impl PrfMean {
    /// Adds one document's result.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut m = nutgraf_eval::PrfMean::default();
    /// m.add(&nutgraf_eval::keyphrase_prf(&["x"], &["x", "y"], 10));
    /// assert_eq!(m.mean().recall, 0.5);
    /// ```
    pub fn add(&mut self, prf: &Prf) {
        self.precision.add(prf.precision);
        self.recall.add(prf.recall);
        self.f1.add(prf.f1);
        self.matched = self.matched.saturating_add(prf.matched);
        self.predicted = self.predicted.saturating_add(prf.predicted);
        self.gold = self.gold.saturating_add(prf.gold);
    }

    /// Mean precision, recall and F1 over documents (F1 is the mean of
    /// per-document F1, as the standard evaluation reports), with counts summed.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(nutgraf_eval::PrfMean::default().mean().f1, 0.0);
    /// ```
    #[must_use]
    pub fn mean(&self) -> Prf {
        Prf {
            precision: self.precision.mean(),
            recall: self.recall.mean(),
            f1: self.f1.mean(),
            matched: self.matched,
            predicted: self.predicted,
            gold: self.gold,
        }
    }

    /// How many documents were added.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(nutgraf_eval::PrfMean::default().count(), 0);
    /// ```
    #[must_use]
    pub const fn count(&self) -> usize {
        self.f1.count()
    }
}

/// Correct / total.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::Accuracy;
///
/// let mut a = Accuracy::default();
/// a.add(true);
/// a.add(false);
/// a.add(true);
/// assert_eq!((a.correct(), a.total()), (2, 3));
/// assert!((a.value() - 2.0 / 3.0).abs() < 1e-12);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accuracy {
    correct: usize,
    total: usize,
}

impl Accuracy {
    /// Counts one decision.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut a = nutgraf_eval::Accuracy::default();
    /// a.add(true);
    /// assert_eq!(a.value(), 1.0);
    /// ```
    pub fn add(&mut self, correct: bool) {
        self.total += 1;
        self.correct += usize::from(correct);
    }

    /// Fraction correct in `[0, 1]`, 0 when empty.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(nutgraf_eval::Accuracy::default().value(), 0.0);
    /// ```
    #[must_use]
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }

    /// Number of correct decisions.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(nutgraf_eval::Accuracy::default().correct(), 0);
    /// ```
    #[must_use]
    pub const fn correct(&self) -> usize {
        self.correct
    }

    /// Number of decisions.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(nutgraf_eval::Accuracy::default().total(), 0);
    /// ```
    #[must_use]
    pub const fn total(&self) -> usize {
        self.total
    }
}

/// Accuracy per group (e.g. per language) and the mean over groups of each
/// group's accuracy, as lingua's reports and `score.py lang` compute it.
/// Groups are kept in key order (a `BTreeMap`), so output is deterministic.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::GroupAccuracy;
///
/// let mut g = GroupAccuracy::new();
/// g.add("deu", true);
/// g.add("deu", true);
/// g.add("eng", true);
/// g.add("eng", false);
/// assert_eq!(g.mean(), 0.75); // (1.0 + 0.5) / 2, not 3/4 of the rows by chance
/// let groups: Vec<_> = g.groups().map(|(k, a)| (*k, a.value())).collect();
/// assert_eq!(groups, [("deu", 1.0), ("eng", 0.5)]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupAccuracy<K: Ord> {
    groups: BTreeMap<K, Accuracy>,
}

impl<K: Ord> Default for GroupAccuracy<K> {
    fn default() -> Self {
        GroupAccuracy {
            groups: BTreeMap::new(),
        }
    }
}

impl<K: Ord> GroupAccuracy<K> {
    /// No groups yet.
    ///
    /// # Examples
    ///
    /// ```
    /// let g = nutgraf_eval::GroupAccuracy::<String>::new();
    /// assert_eq!(g.mean(), 0.0);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts one decision in `group`.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut g = nutgraf_eval::GroupAccuracy::new();
    /// g.add(("word", "eng"), false);
    /// assert_eq!(g.len(), 1);
    /// ```
    pub fn add(&mut self, group: K, correct: bool) {
        self.groups.entry(group).or_default().add(correct);
    }

    /// Mean over groups of each group's accuracy (0 with no group).
    ///
    /// # Examples
    ///
    /// ```
    /// let mut g = nutgraf_eval::GroupAccuracy::new();
    /// g.add(1, true);
    /// assert_eq!(g.mean(), 1.0);
    /// ```
    #[must_use]
    pub fn mean(&self) -> f64 {
        self.groups
            .values()
            .map(Accuracy::value)
            .collect::<Mean>()
            .mean()
    }

    /// Accuracy over all decisions, every group pooled (micro average).
    ///
    /// # Examples
    ///
    /// ```
    /// let mut g = nutgraf_eval::GroupAccuracy::new();
    /// g.add('a', true);
    /// g.add('b', false);
    /// g.add('b', false);
    /// assert!((g.pooled().value() - 1.0 / 3.0).abs() < 1e-12);
    /// ```
    #[must_use]
    pub fn pooled(&self) -> Accuracy {
        self.groups
            .values()
            .fold(Accuracy::default(), |a, g| Accuracy {
                correct: a.correct + g.correct,
                total: a.total + g.total,
            })
    }

    /// The groups with their accuracies, in key order.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut g = nutgraf_eval::GroupAccuracy::new();
    /// g.add("b", true);
    /// g.add("a", false);
    /// assert_eq!(g.groups().map(|(k, _)| *k).collect::<Vec<_>>(), ["a", "b"]);
    /// ```
    pub fn groups(&self) -> impl Iterator<Item = (&K, &Accuracy)> {
        self.groups.iter()
    }

    /// The accuracy of one group, if seen.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut g = nutgraf_eval::GroupAccuracy::new();
    /// g.add("a", true);
    /// assert_eq!(g.get(&"a").map(|a| a.total()), Some(1));
    /// assert!(g.get(&"z").is_none());
    /// ```
    #[must_use]
    pub fn get(&self, group: &K) -> Option<&Accuracy> {
        self.groups.get(group)
    }

    /// Number of groups.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(nutgraf_eval::GroupAccuracy::<u8>::new().len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// Whether no decision was counted.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(nutgraf_eval::GroupAccuracy::<u8>::new().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// Counts of (gold, predicted) pairs, for confusion tables.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::Confusion;
///
/// let mut c = Confusion::new();
/// c.add("nob", "dan");
/// c.add("nob", "dan");
/// c.add("nob", "nob");
/// c.add("slv", "hrv");
/// assert_eq!(c.count(&"nob", &"dan"), 2);
/// assert_eq!(c.top_errors(1), [(&"nob", &"dan", 2)]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confusion<K: Ord> {
    pairs: BTreeMap<K, BTreeMap<K, usize>>,
}

impl<K: Ord> Default for Confusion<K> {
    fn default() -> Self {
        Confusion {
            pairs: BTreeMap::new(),
        }
    }
}

impl<K: Ord> Confusion<K> {
    /// An empty table.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(nutgraf_eval::Confusion::<String>::new().top_errors(5).is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts one decision: `gold` was predicted as `predicted`.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut c = nutgraf_eval::Confusion::new();
    /// c.add(1, 2);
    /// assert_eq!(c.count(&1, &2), 1);
    /// ```
    pub fn add(&mut self, gold: K, predicted: K) {
        *self
            .pairs
            .entry(gold)
            .or_default()
            .entry(predicted)
            .or_insert(0) += 1;
    }

    /// How often `gold` was predicted as `predicted`.
    ///
    /// # Examples
    ///
    /// ```
    /// let c = nutgraf_eval::Confusion::<u8>::new();
    /// assert_eq!(c.count(&1, &2), 0);
    /// ```
    #[must_use]
    pub fn count(&self, gold: &K, predicted: &K) -> usize {
        self.pairs
            .get(gold)
            .and_then(|m| m.get(predicted))
            .copied()
            .unwrap_or(0)
    }

    /// The `n` most frequent errors (gold ≠ predicted), most frequent first,
    /// ties in key order.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut c = nutgraf_eval::Confusion::new();
    /// c.add("b", "a");
    /// c.add("a", "b");
    /// c.add("a", "a");
    /// assert_eq!(c.top_errors(5), [(&"a", &"b", 1), (&"b", &"a", 1)]);
    /// ```
    #[must_use]
    pub fn top_errors(&self, n: usize) -> Vec<(&K, &K, usize)> {
        let mut v: Vec<(&K, &K, usize)> = self.iter().filter(|(g, p, _)| g != p).collect();
        // Stable sort: the key order breaks ties.
        v.sort_by_key(|e| std::cmp::Reverse(e.2));
        v.truncate(n);
        v
    }

    /// Every (gold, predicted, count), in key order.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut c = nutgraf_eval::Confusion::new();
    /// c.add('x', 'y');
    /// assert_eq!(c.iter().collect::<Vec<_>>(), [(&'x', &'y', 1)]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&K, &K, usize)> {
        self.pairs
            .iter()
            .flat_map(|(g, m)| m.iter().map(move |(p, &c)| (g, p, c)))
    }
}
