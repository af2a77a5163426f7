//! ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum exactly as Google's `rouge-score`
//! package computes them (`RougeScorer([...], use_stemmer=True)`).
//!
//! Tokenisation (rouge-score's `tokenize.tokenize`): lowercase, every run of
//! characters other than `a-z0-9` becomes a separator, tokens longer than three
//! characters are Porter-stemmed (NLTK's stemmer, ported in
//! [`PorterStemmer`]). Non-ASCII letters are therefore
//! separators: ROUGE this way is meaningful for English (and other text in
//! ASCII letters) only, as in the reference package.
//!
//! - ROUGE-N: clipped n-gram counts over the whole text (newlines are plain separators).
//! - ROUGE-L: longest common subsequence of the two whole token sequences.
//! - ROUGE-Lsum: summary-level LCS (Lin 2004, section 3.2): the texts are split
//!   on `'\n'` (empty lines dropped), each reference sentence takes the union of
//!   its LCS with every candidate sentence, and hits are counted without double
//!   counting a token beyond its number of occurrences on either side, as
//!   ROUGE-1.5.5 and rouge-score do.

use std::collections::HashMap;

use crate::PorterStemmer;
use crate::lcs;

/// Precision, recall and F1 of one ROUGE measure.
///
/// # Examples
///
/// ```
/// let s = nutgraf_eval::rouge("the cat sat", "the cat sat down").rouge1;
/// assert_eq!(s.precision, 1.0);
/// assert_eq!(s.recall, 0.75);
/// assert!((s.f1 - 6.0 / 7.0).abs() < 1e-12);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Score {
    /// Matches / candidate units (0 when the candidate is empty).
    pub precision: f64,
    /// Matches / reference units (0 when the reference is empty).
    pub recall: f64,
    /// `2PR / (P + R)`, 0 when both are 0 (rouge-score's `fmeasure`).
    pub f1: f64,
}

impl Score {
    /// A score from precision and recall, with F1 computed as rouge-score does.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = nutgraf_eval::rouge::Score::new(0.5, 1.0);
    /// assert!((s.f1 - 2.0 / 3.0).abs() < 1e-12);
    /// ```
    #[must_use]
    pub fn new(precision: f64, recall: f64) -> Self {
        Score {
            precision,
            recall,
            f1: crate::f1(precision, recall),
        }
    }
}

/// The four ROUGE measures of one candidate against one reference.
///
/// # Examples
///
/// ```
/// let r = nutgraf_eval::rouge("Police killed the gunman.", "The gunman was killed by police.");
/// // stems: polic kill the gunman / the gunman was kill by polic
/// assert!((r.rouge1.f1 - 0.8).abs() < 1e-12); // P = 4/4, R = 4/6
/// assert!((r.rouge2.f1 - 0.25).abs() < 1e-12); // "the gunman": P = 1/3, R = 1/5
/// assert!((r.rouge_l.f1 - 0.4).abs() < 1e-12); // LCS "the gunman": P = 2/4, R = 2/6
/// assert_eq!(r.rouge_lsum, r.rouge_l); // one sentence on each side
/// // Serializes as {"rouge1": {"precision": .., "recall": .., "f1": ..}, "rouge2": .., "rouge_l": .., "rouge_lsum": ..}
/// let json = serde_json::to_value(r)?;
/// assert_eq!(json["rouge_l"]["f1"], r.rouge_l.f1);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct RougeScores {
    /// ROUGE-1 (unigrams).
    pub rouge1: Score,
    /// ROUGE-2 (bigrams).
    pub rouge2: Score,
    /// ROUGE-L (LCS of the whole texts).
    pub rouge_l: Score,
    /// ROUGE-Lsum (summary-level union LCS over `'\n'`-separated sentences).
    pub rouge_lsum: Score,
}

/// rouge-score's tokenizer, with or without Porter stemming, and the measures
/// computed on its tokens.
///
/// [`RougeScorer::default`] stems, like `RougeScorer(..., use_stemmer=True)`,
/// the setting of published CNN/DailyMail figures.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::RougeScorer;
///
/// let scorer = RougeScorer::default();
/// assert_eq!(scorer.tokenize("The cats' owners, 2 of them!"), ["the", "cat", "owner", "2", "of", "them"]);
/// let r = scorer.score("cats sat", "the cat sat");
/// assert_eq!(r.rouge1.precision, 1.0);
/// let plain = RougeScorer::new(false);
/// assert_eq!(plain.score("cats sat", "the cat sat").rouge1.precision, 0.5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RougeScorer {
    stem: bool,
    tokenizer: Tokenizer,
}

impl Default for RougeScorer {
    fn default() -> Self {
        RougeScorer {
            stem: true,
            tokenizer: Tokenizer::RougeScore,
        }
    }
}

/// How a [`RougeScorer`] splits text into tokens.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::rouge::Tokenizer;
///
/// assert_eq!("unicode".parse::<Tokenizer>(), Ok(Tokenizer::Unicode));
/// assert_eq!(Tokenizer::RougeScore.name(), "rouge-score");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tokenizer {
    /// rouge-score's own: lowercase, runs of `a-z0-9`, optional Porter stemming.
    /// Meaningful for text in ASCII letters only.
    #[default]
    RougeScore,
    /// For any language, as `score.py summ_ml` computes it: NFKC, lowercase,
    /// runs of Python `\w` characters, each Han ideograph or kana (U+3040–U+30FF,
    /// U+3400–U+4DBF, U+4E00–U+9FFF, U+F900–U+FAFF) a token of its own
    /// (character ROUGE, as Chinese results are reported); never stems.
    Unicode,
}

impl Tokenizer {
    /// The name used on command lines: `rouge-score` or `unicode`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(nutgraf_eval::rouge::Tokenizer::Unicode.name(), "unicode");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Tokenizer::RougeScore => "rouge-score",
            Tokenizer::Unicode => "unicode",
        }
    }
}

impl std::str::FromStr for Tokenizer {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "rouge-score" | "rouge_score" | "rougescore" | "english" => Ok(Tokenizer::RougeScore),
            "unicode" => Ok(Tokenizer::Unicode),
            _ => Err(format!(
                "unknown ROUGE tokenizer {s:?} (expected rouge-score or unicode)"
            )),
        }
    }
}

/// Whether `c` is one of `score.py summ_ml`'s Han or kana characters, each a token of its own.
fn is_cjk_unit(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// `score.py summ_ml`'s tokens: `[cjk]|[^\W cjk]+` on the NFKC, lowercased text.
fn unicode_tokens(text: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let norm: String = text.nfkc().collect();
    let lower = norm.to_lowercase();
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in lower.chars() {
        if is_cjk_unit(c) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(c.to_string());
        } else if crate::keyphrase::is_python_word_char(c) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Computes ROUGE-1/2/L/Lsum of `candidate` (the system summary) against
/// `reference` (the gold summary), as rouge-score with `use_stemmer=True`.
///
/// Note the argument order: rouge-score's `score(target, prediction)` takes the
/// reference first; this function takes the candidate first.
/// For ROUGE-Lsum, put one sentence per line in both texts.
///
/// # Examples
///
/// ```
/// let r = nutgraf_eval::rouge("the cat sat on the mat", "the cat was on the mat");
/// assert!((r.rouge1.f1 - 5.0 / 6.0).abs() < 1e-12);
/// assert!((r.rouge2.f1 - 3.0 / 5.0).abs() < 1e-12);
/// assert!((r.rouge_l.f1 - 5.0 / 6.0).abs() < 1e-12);
/// ```
#[must_use]
pub fn rouge(candidate: &str, reference: &str) -> RougeScores {
    RougeScorer::default().score(candidate, reference)
}

/// Maps token strings to dense ids so that n-grams and LCS compare integers.
#[derive(Default)]
pub(crate) struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    pub(crate) fn id(&mut self, token: String) -> u32 {
        let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        *self.ids.entry(token).or_insert(next)
    }

    pub(crate) fn ids(&mut self, tokens: Vec<String>) -> Vec<u32> {
        tokens.into_iter().map(|t| self.id(t)).collect()
    }
}

impl RougeScorer {
    /// A scorer that Porter-stems tokens longer than three characters when
    /// `stem` is true (rouge-score's `use_stemmer`).
    ///
    /// # Examples
    ///
    /// ```
    /// let s = nutgraf_eval::RougeScorer::new(true);
    /// assert_eq!(s.tokenize("running"), ["run"]);
    /// ```
    #[must_use]
    pub const fn new(stem: bool) -> Self {
        RougeScorer {
            stem,
            tokenizer: Tokenizer::RougeScore,
        }
    }

    /// A scorer with the given tokenizer; `stem` applies to
    /// [`Tokenizer::RougeScore`] only (the Unicode tokenizer never stems).
    ///
    /// # Examples
    ///
    /// ```
    /// use nutgraf_eval::{RougeScorer, rouge::Tokenizer};
    ///
    /// let s = RougeScorer::with_tokenizer(Tokenizer::Unicode, true);
    /// assert_eq!(s.tokenize("Ｃafé 北京市, l'été!"), ["café", "北", "京", "市", "l", "été"]);
    /// assert!(s.score("北京", "北京市").rouge1.recall > 0.6);
    /// ```
    #[must_use]
    pub const fn with_tokenizer(tokenizer: Tokenizer, stem: bool) -> Self {
        RougeScorer {
            stem: stem && matches!(tokenizer, Tokenizer::RougeScore),
            tokenizer,
        }
    }

    /// The tokenizer of this scorer.
    ///
    /// # Examples
    ///
    /// ```
    /// use nutgraf_eval::{RougeScorer, rouge::Tokenizer};
    /// assert_eq!(RougeScorer::default().tokenizer(), Tokenizer::RougeScore);
    /// ```
    #[must_use]
    pub const fn tokenizer(&self) -> Tokenizer {
        self.tokenizer
    }

    /// Whether this scorer stems.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(nutgraf_eval::RougeScorer::default().stems());
    /// ```
    #[must_use]
    pub const fn stems(&self) -> bool {
        self.stem
    }

    /// The scorer's tokens. rouge-score's tokenizer: lowercase, split on anything
    /// but `a-z0-9`, stem tokens longer than three characters if stemming is on;
    /// [`Tokenizer::Unicode`]: see there.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = nutgraf_eval::RougeScorer::default();
    /// assert_eq!(s.tokenize("U.S. officials' café-owners"), ["u", "s", "offici", "caf", "owner"]);
    /// assert!(s.tokenize("日本語").is_empty());
    /// ```
    #[must_use]
    pub fn tokenize(&self, text: &str) -> Vec<String> {
        if self.tokenizer == Tokenizer::Unicode {
            return unicode_tokens(text);
        }
        let stemmer = PorterStemmer::new();
        let mut out = Vec::new();
        let mut cur = String::new();
        let mut flush = |cur: &mut String| {
            if cur.is_empty() {
                return;
            }
            let tok = if self.stem && cur.len() > 3 {
                stemmer.stem(cur).into_owned()
            } else {
                cur.clone()
            };
            // rouge-score's final check: only non-empty [a-z0-9]+ tokens survive.
            if !tok.is_empty()
                && tok
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            {
                out.push(tok);
            }
            cur.clear();
        };
        for c in text.chars() {
            if c.is_ascii() {
                let l = c.to_ascii_lowercase();
                if l.is_ascii_lowercase() || l.is_ascii_digit() {
                    cur.push(l);
                } else {
                    flush(&mut cur);
                }
            } else {
                // A few non-ASCII characters lowercase to ASCII (KELVIN SIGN to `k`,
                // `İ` to `i` + a combining dot): follow Python's `str.lower()`.
                for l in c.to_lowercase() {
                    if l.is_ascii_lowercase() || l.is_ascii_digit() {
                        cur.push(l);
                    } else {
                        flush(&mut cur);
                    }
                }
            }
        }
        flush(&mut cur);
        out
    }

    /// All four measures of `candidate` against `reference` (candidate first).
    ///
    /// # Examples
    ///
    /// ```
    /// let s = nutgraf_eval::RougeScorer::default();
    /// let r = s.score("A gunman was shot.\nPolice arrived.", "Police shot a gunman.");
    /// assert!(r.rouge_lsum.recall > 0.0);
    /// ```
    #[must_use]
    pub fn score(&self, candidate: &str, reference: &str) -> RougeScores {
        let mut interner = Interner::default();
        let cand_sents: Vec<Vec<u32>> = split_lines(candidate)
            .map(|s| interner.ids(self.tokenize(s)))
            .collect();
        let ref_sents: Vec<Vec<u32>> = split_lines(reference)
            .map(|s| interner.ids(self.tokenize(s)))
            .collect();
        // '\n' is a separator to the tokenizer, so the whole text's tokens are
        // the lines' tokens one after the other.
        let cand: Vec<u32> = cand_sents.concat();
        let refr: Vec<u32> = ref_sents.concat();
        RougeScores {
            rouge1: rouge_n_ids(&cand, &refr, 1),
            rouge2: rouge_n_ids(&cand, &refr, 2),
            rouge_l: rouge_l_ids(&cand, &refr),
            rouge_lsum: rouge_lsum_ids(&cand_sents, &ref_sents),
        }
    }

    /// ROUGE-N for any `n` (0 gives all zeros, as no n-gram exists).
    ///
    /// # Examples
    ///
    /// ```
    /// let s = nutgraf_eval::RougeScorer::default();
    /// let r3 = s.rouge_n("a b c d", "a b c e", 3);
    /// assert_eq!((r3.precision, r3.recall), (0.5, 0.5));
    /// ```
    #[must_use]
    pub fn rouge_n(&self, candidate: &str, reference: &str, n: usize) -> Score {
        let mut interner = Interner::default();
        let cand = interner.ids(self.tokenize(candidate));
        let refr = interner.ids(self.tokenize(reference));
        rouge_n_ids(&cand, &refr, n)
    }

    /// ROUGE-L: LCS of the whole token sequences (newlines are ordinary separators).
    ///
    /// # Examples
    ///
    /// ```
    /// let s = nutgraf_eval::RougeScorer::default();
    /// let r = s.rouge_l("a x b y c", "a b c");
    /// assert_eq!((r.precision, r.recall), (0.6, 1.0));
    /// ```
    #[must_use]
    pub fn rouge_l(&self, candidate: &str, reference: &str) -> Score {
        let mut interner = Interner::default();
        let cand = interner.ids(self.tokenize(candidate));
        let refr = interner.ids(self.tokenize(reference));
        rouge_l_ids(&cand, &refr)
    }

    /// ROUGE-Lsum: summary-level union LCS over `'\n'`-separated sentences.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = nutgraf_eval::RougeScorer::default();
    /// let r = s.rouge_lsum("b c\na d", "a b c d");
    /// // union of LCS("a b c d", "b c") = {b, c} and LCS(.., "a d") = {a, d}
    /// assert_eq!((r.precision, r.recall), (1.0, 1.0));
    /// assert!(s.rouge_l("b c\na d", "a b c d").f1 < 1.0);
    /// ```
    #[must_use]
    pub fn rouge_lsum(&self, candidate: &str, reference: &str) -> Score {
        let mut interner = Interner::default();
        let cand_sents: Vec<Vec<u32>> = split_lines(candidate)
            .map(|s| interner.ids(self.tokenize(s)))
            .collect();
        let ref_sents: Vec<Vec<u32>> = split_lines(reference)
            .map(|s| interner.ids(self.tokenize(s)))
            .collect();
        rouge_lsum_ids(&cand_sents, &ref_sents)
    }
}

/// rouge-score's Lsum sentence split: `text.split("\n")` without empty strings.
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').filter(|s| !s.is_empty())
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Counts of the n-grams of `tokens`.
pub(crate) fn ngram_counts(tokens: &[u32], n: usize) -> HashMap<&[u32], usize> {
    let mut counts = HashMap::new();
    if n > 0 {
        for g in tokens.windows(n) {
            *counts.entry(g).or_insert(0) += 1;
        }
    }
    counts
}

/// ROUGE-N on token ids (rouge-score's `_score_ngrams`).
pub(crate) fn rouge_n_ids(cand: &[u32], refr: &[u32], n: usize) -> Score {
    let c = ngram_counts(cand, n);
    let r = ngram_counts(refr, n);
    let overlap: usize = r
        .iter()
        .map(|(g, &k)| k.min(c.get(g).copied().unwrap_or(0)))
        .sum();
    let c_total: usize = c.values().sum();
    let r_total: usize = r.values().sum();
    Score::new(
        ratio(overlap, c_total.max(1)),
        ratio(overlap, r_total.max(1)),
    )
}

/// ROUGE-L on token ids (rouge-score's `_score_lcs`).
pub(crate) fn rouge_l_ids(cand: &[u32], refr: &[u32]) -> Score {
    if cand.is_empty() || refr.is_empty() {
        return Score::default();
    }
    let l = lcs::lcs_len(refr, cand);
    Score::new(ratio(l, cand.len()), ratio(l, refr.len()))
}

/// ROUGE-Lsum on sentences of token ids (rouge-score's `_summary_level_lcs`).
pub(crate) fn rouge_lsum_ids(cand_sents: &[Vec<u32>], ref_sents: &[Vec<u32>]) -> Score {
    let m: usize = ref_sents.iter().map(Vec::len).sum();
    let n: usize = cand_sents.iter().map(Vec::len).sum();
    if m == 0 || n == 0 {
        return Score::default();
    }
    let mut cnt_r: HashMap<u32, usize> = HashMap::new();
    let mut cnt_c: HashMap<u32, usize> = HashMap::new();
    for &t in ref_sents.iter().flatten() {
        *cnt_r.entry(t).or_insert(0) += 1;
    }
    for &t in cand_sents.iter().flatten() {
        *cnt_c.entry(t).or_insert(0) += 1;
    }
    let columns: Vec<lcs::Columns<'_>> = cand_sents.iter().map(|c| lcs::Columns::new(c)).collect();
    let mut hits = 0usize;
    let mut in_union: Vec<bool> = Vec::new();
    for r in ref_sents {
        in_union.clear();
        in_union.resize(r.len(), false);
        for c in &columns {
            lcs::lcs_indices(r, c, |i| {
                if let Some(slot) = in_union.get_mut(i) {
                    *slot = true;
                }
            });
        }
        for (&t, _) in r.iter().zip(&in_union).filter(|(_, u)| **u) {
            let (Some(kc), Some(kr)) = (cnt_c.get_mut(&t), cnt_r.get_mut(&t)) else {
                continue;
            };
            if *kc > 0 && *kr > 0 {
                hits += 1;
                *kc -= 1;
                *kr -= 1;
            }
        }
    }
    Score::new(ratio(hits, n), ratio(hits, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn hand_computed_rouge_n() {
        // cand: the cat sat on the mat (6), ref: the cat was on the mat (6)
        let r = rouge("the cat sat on the mat", "the cat was on the mat");
        assert!(close(r.rouge1.precision, 5.0 / 6.0));
        assert!(close(r.rouge1.recall, 5.0 / 6.0));
        // bigrams: cand {the cat, cat sat, sat on, on the, the mat}; ref {the cat, cat was, was on, on the, the mat}
        assert!(close(r.rouge2.precision, 3.0 / 5.0));
        assert!(close(r.rouge2.recall, 3.0 / 5.0));
    }

    #[test]
    fn clipped_counts() {
        // "the the the" vs "the cat": overlap min(3,1) = 1
        let r = rouge("the the the", "the cat");
        assert!(close(r.rouge1.precision, 1.0 / 3.0));
        assert!(close(r.rouge1.recall, 0.5));
    }

    #[test]
    fn empty_inputs_score_zero() {
        let z = RougeScores::default();
        assert_eq!(rouge("", ""), z);
        assert_eq!(rouge("", "a b"), z);
        assert_eq!(rouge("a b", ""), z);
        assert_eq!(rouge("!!! ???", "a b"), z);
    }

    #[test]
    fn lsum_counts_each_token_once() {
        // Reference sentence "a a" vs candidate lines "a" and "a": union LCS = {0}
        // for both... each ref sentence contributes its union; hits are clipped by counts.
        let s = RougeScorer::default();
        let r = s.rouge_lsum("a\na", "a a");
        // union of LCS("a a","a") over both candidate lines = index {1} (backtrack picks the last a)
        assert!(close(r.precision, 0.5));
        assert!(close(r.recall, 0.5));
        let r = s.rouge_lsum("a b\nb a", "a b\nb a");
        assert!(close(r.f1, 1.0));
    }

    #[test]
    fn lsum_ignores_empty_lines_but_not_blank_ones() {
        let s = RougeScorer::default();
        assert_eq!(
            s.rouge_lsum("a b\n\n\nc", "a b c"),
            s.rouge_lsum("a b\nc", "a b c")
        );
        assert_eq!(
            s.rouge_lsum("a b\n \nc", "a b c"),
            s.rouge_lsum("a b\nc", "a b c")
        );
    }

    /// Cases from rouge-score's own test suite (`rouge_scorer_test.py`).
    #[test]
    fn rouge_score_test_suite_cases() {
        let plain = RougeScorer::new(false);
        // Lin (2004) section 3.2: union LCS of [1 2 3 4 5] with [1 2 6 7 8] and [1 3 8 9 5].
        let r = plain.rouge_lsum("w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", "w1 w2 w3 w4 w5");
        assert_eq!((r.recall, r.precision), (0.8, 0.4));
        assert!((r.f1 - 0.5333).abs() < 1e-4);
        assert_eq!(plain.rouge_lsum("", "w1 w2 w3 w4 w5"), Score::default());
        assert_eq!(plain.rouge_lsum("w1", ""), Score::default());
        assert_eq!(plain.rouge_lsum("/", "w1 w2 w3 w4 w5"), Score::default());
        // testRougeLSumSentenceSplitting
        let s = RougeScorer::default();
        let r = s.rouge_lsum(
            "Second sentence.\nFirst Sentence.",
            "First sentence.\nSecond Sentence.",
        );
        assert!((r.f1 - 1.0).abs() < 1e-12);
        let r = s.rouge_lsum(
            "Second sentence. First Sentence.",
            "First sentence. Second Sentence.",
        );
        assert!((r.f1 - 0.5).abs() < 1e-12);
        // testRouge1 / testRouge2 / testRougeLConsecutive / testRougeLNonConsecutive
        assert!((plain.rouge_n("testing one two", "testing one", 1).f1 - 0.8).abs() < 1e-12);
        assert!((plain.rouge_n("testing one two", "testing one", 2).f1 - 2.0 / 3.0).abs() < 1e-12);
        assert!((plain.rouge_l("testing one two", "testing one").f1 - 0.8).abs() < 1e-12);
        assert!((plain.rouge_l("testing two one", "testing one").f1 - 0.8).abs() < 1e-12);
    }

    #[test]
    fn unicode_tokenizer_follows_summ_ml() {
        let s = RougeScorer::with_tokenizer(Tokenizer::Unicode, true);
        // NFKC folds the ligature and full-width digits; no stemming; `_` is a word character.
        assert_eq!(
            s.tokenize("Ofﬁces １２３ snake_case"),
            ["offices", "123", "snake_case"]
        );
        // Han and kana one a token; Hangul stays a word; the katakana middle dot is in the
        // kana block, so it is a token although Python's \w does not match it.
        assert_eq!(
            s.tokenize("東京・ソウル 서울시"),
            ["東", "京", "・", "ソ", "ウ", "ル", "서울시"]
        );
        // A combining mark that NFKC cannot compose splits the word, as Python's \w does.
        assert_eq!(s.tokenize("q\u{0301}x"), ["q", "x"]);
        // Final sigma lowercases as in Python.
        assert_eq!(s.tokenize("ΟΔΟΣ"), ["οδος"]);
        assert_eq!(s.score("", "北京").rouge1, Score::default());
        let r = s.score("北京大学", "北京");
        assert!(close(r.rouge1.precision, 0.5) && close(r.rouge1.recall, 1.0));
    }

    #[test]
    fn stemming_tokens_longer_than_three() {
        let s = RougeScorer::default();
        assert_eq!(
            s.tokenize("dies cats goes ties"),
            ["die", "cat", "goe", "tie"]
        );
        assert_eq!(s.tokenize("was has its"), ["was", "has", "its"]);
        assert_eq!(
            s.tokenize("\u{212A}ELVIN İstanbul"),
            ["kelvin", "i", "stanbul"]
        );
    }
}
