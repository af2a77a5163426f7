//! Evaluation metrics for nutgraf, computed exactly as the public reference
//! tools compute them, so that our figures compare with published ones.
//!
//! # Overview
//!
//! - [`PorterStemmer`]: an exact port of NLTK's `PorterStemmer` (default
//!   `NLTK_EXTENSIONS` mode; Porter 1980 with Martin Porter's and NLTK's
//!   extensions), the stemmer of both reference evaluations below.
//! - [`rouge()`] / [`RougeScorer`]: ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum
//!   (Lin 2004) as Google's `rouge-score` computes them with `use_stemmer=True`.
//! - [`rouge::Tokenizer::Unicode`]: the same measures for any language, as
//!   `score.py summ_ml` computes them (NFKC, lowercase, Python `\w+` words, each
//!   Han ideograph or kana a token of its own, no stemming).
//! - [`greedy_oracle`]: the greedy extractive oracle (Nallapati et al. 2017;
//!   Liu & Lapata 2019), the upper limit of sentence extraction.
//! - [`keyphrase_prf`]: the standard keyphrase evaluation, P/R/F1@k after
//!   lowercasing, splitting on word characters and Porter-stemming each word,
//!   exact match, duplicates removed (as in Hasan & Ng 2014, pke and `score.py`).
//! - [`Accuracy`], [`GroupAccuracy`] (mean over groups of per-group accuracy,
//!   as lingua's reports compute language-identification accuracy), [`Confusion`].
//! - [`Mean`], [`ScoreMean`], [`RougeMean`], [`PrfMean`]: averages over documents.
//! - [`jsonl`]: readers for the evaluation sets' JSON Lines rows, with errors
//!   that name the file and line.
//!
//! Agreement with the references (measured with `tools/crosscheck.py`, which
//! also documents the commands): ROUGE-1/2/L/Lsum equal rouge-score's to the
//! last bit on every pair of both summarization dev sets (Lead-3, random and
//! whole-article candidates); the Unicode ROUGE-1/2/L equal `score.py
//! summ_ml`'s on every pair of the French, Portuguese and Chinese summary dev
//! sets (lead, random and whole-article candidates); the stemmer equals NLTK's on all 242,704
//! distinct words of the dev sets plus 106,736 cased and random strings;
//! keyphrase F1@10 equals `score.py kw` on every document of the five
//! keyphrase sets; the oracle picks the same sentences as the same greedy
//! search run on rouge-score, on all 695 documents.
//!
//! This crate depends on no other nutgraf crate: metrics stay independent of
//! the systems they score. It does not split sentences (give ROUGE-Lsum one
//! sentence per line, split the way the reference protocol splits them, e.g.
//! with NLTK Punkt for the published CNN/DailyMail figures; measured on
//! cnndm_dev Lead-3, RLsum is 37.38 with Punkt-split references, 37.38 with a
//! plain split after `.`, `!` or `?` and 31.04 unsplit), does not compute
//! bootstrap confidence intervals, and does not run any system.
//!
//! # Usage
//!
//! ```toml
//! [dependencies]
//! nutgraf-eval = { workspace = true }
//! ```
//!
//! # Examples
//!
//! ```
//! use nutgraf_eval::{RougeMean, keyphrase_prf, rouge};
//!
//! // Candidate first, reference second; one sentence per line for ROUGE-Lsum.
//! let r = rouge("Police arrested a man.\nHe was charged.", "A man was arrested and charged.");
//! assert!(r.rouge1.f1 > 0.5 && r.rouge_lsum.f1 > 0.5);
//!
//! let mut mean = RougeMean::default();
//! mean.add(&r);
//! assert_eq!(mean.mean(), r);
//!
//! let prf = keyphrase_prf(&["neural networks", "training"], &["neural network"], 10);
//! assert_eq!((prf.precision, prf.recall), (0.5, 1.0));
//! ```
//!
//! # Performance
//!
//! Tokenising and stemming are linear in the text; ROUGE-N is linear.
//! ROUGE-L is the LCS of the two token sequences, computed bit-parallel
//! (Allison & Dix 1986; Hyyrö 2004): O(n·m/64) time, O(min(n, m)) memory.
//! ROUGE-Lsum backtracks, for every pair of a reference and a candidate
//! sentence, through the same LCS table as rouge-score (so it picks the very
//! same LCS), kept as one bit per cell: O(l·k/64) time per pair of sentences
//! of l and k tokens. ROUGE of a news summary against its reference takes
//! tens of microseconds; the greedy oracle's cost is documented on
//! [`greedy_oracle`].
//!
//! # Untrusted input
//!
//! No function panics on any input (empty, binary junk, any script, huge).
//! Memory stays bounded: ROUGE-L keeps one bit row of the shorter text;
//! ROUGE-Lsum keeps a sentence pair's whole bit table only up to 8 MiB and
//! beyond that checkpoints every ⌈√l⌉ rows and recomputes blocks during the
//! backtrack (O(√l·k/8) bytes). Time is quadratic in tokens for ROUGE-L and
//! Lsum, as in every ROUGE implementation. Measured: two one-line texts of
//! 200,000 tokens each score in about 13 s with 45 MB resident (rouge-score
//! would need a 40-billion-cell table); a CNN/DailyMail Lead-3 summary against
//! its reference in about 0.15 ms.
//! The JSON Lines reader holds one line at a time in memory.
//!
//! # Unicode
//!
//! rouge-score keeps only `a-z0-9` (after lowercasing), so ROUGE is defined for
//! text in ASCII letters; other scripts tokenise to nothing. For other
//! languages use [`rouge::Tokenizer::Unicode`] (NFKC from the
//! `unicode-normalization` crate, Python's `\w` from the table below). The keyphrase
//! metric follows Python's `\w` exactly (a generated table of Python 3.11's
//! word characters), so it works for any script. The Porter stemmer treats
//! every character except `a e i o u` (and `y` after a consonant) as a
//! consonant, as NLTK does.

#![forbid(unsafe_code)]

pub mod jsonl;
pub mod keyphrase;
mod lcs;
mod oracle;
mod porter;
mod pyword;
pub mod rouge;
mod stats;

pub use jsonl::read_jsonl;
pub use keyphrase::{Prf, keyphrase_prf};
pub use oracle::greedy_oracle;
pub use porter::PorterStemmer;
pub use rouge::{RougeScorer, RougeScores, Score, rouge};
pub use stats::{Accuracy, Confusion, GroupAccuracy, Mean, PrfMean, RougeMean, ScoreMean};

/// F1 as rouge-score's `scoring.fmeasure`: `2PR / (P + R)`, 0 when `P + R` is 0.
pub(crate) fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    }
}

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
