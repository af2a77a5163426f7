//! # nutgraf-lang
//!
//! Which language is this text in? whatlang's speed and script handling, made reliable on short
//! text (single words, word pairs, headlines) with compact character n-gram tables.
//!
//! ## Overview
//! - [`detect`] / [`Detector::detect`] return a [`Detection`]: the [`Language`] (ISO 639-3 code
//!   as whatlang spells it, English name), the script, a confidence in `0..=1` and whether it is
//!   reliable; `None` for text without letters (empty, digits, punctuation, emoji).
//! - [`Detector`] restricts the answer to an allowlist or denylist of languages and can require a
//!   minimum confidence.
//!
//! ### Method
//! 1. **Script facts** (whatlang's script counts). A script written by one language only decides
//!    alone (Hangul is Korean, Greek is Greek, Thai is Thai, ...); any kana among Han characters
//!    means Japanese.
//! 2. **Character n-gram language models** for the scripts shared by several languages (Latin: 33
//!    languages, Cyrillic: 6, Arabic: 3, Devanagari: 2) and for Han characters (Chinese against
//!    Japanese written in kanji alone, whatlang's blind spot). Each letter adds
//!    ln P(letter | up to four preceding letters of its word) for each candidate language, backing
//!    off to a shorter context, with a penalty of 1.5 nats per step, where a language has no
//!    entry. A letter a language never uses (ø, ñ, ő, ș, ğ, đ, ...) costs that language a fixed
//!    10 nats, so *letters unique to a language* are part of the same evidence. Han text gets a
//!    prior of 1 nat for Chinese (Japanese text almost always contains kana).
//! 3. **Common-word votes**: each of the first 64 words that is in a language's stopword list
//!    (NLTK's, else stopwords-iso's, via the `stop-words` crate) adds 2 nats to that language.
//! 4. **whatlang's own ranking**: for Devanagari (Hindi against Marathi, where the tables are
//!    thin because lingua's models skip vowel signs) whatlang's per-language scores are added,
//!    weighted by the number of letters; the languages the tables do not cover (see
//!    [`Language::is_covered`]) win only when whatlang is reliable about them (it is not
//!    asked when a third or more of the first 64 words, or at a second look of the first 256,
//!    are common words of the tables' best language);
//!    scripts with no table (Hebrew against Yiddish) are whatlang's alone.
//!
//! The best total wins; the confidence is its posterior probability against the other allowed
//! candidates (a softmax of the totals), which is sharp: a detection is marked reliable only when
//! the confidence reaches 0.999 and the text has at least 12 scored letters.
//!
//! The tables are distilled from the language models of lingua-rs (Apache-2.0, Peter M. Stahl;
//! trained on the Leipzig corpora, not on lingua's test sentences): the generator in `gen/`
//! keeps, per language, the unigrams and the 2- to 5-grams whose expected contribution
//! P(n-gram) · |ln P − the backoff estimate without it| reaches a threshold (a simplified form of
//! Stolcke's relative-entropy pruning), which keeps 3.3% of lingua's n-grams, and quantises ln P
//! to 1/8 nat in one byte: `data/ngrams.bin`, 1.8 MB. No evaluation data went into the tables;
//! the five scoring constants were chosen on one hash half of lingua's public test data and
//! checked on the other.
//!
//! This is the character n-gram approach of Dunning (1994, "Statistical identification of
//! language") and Cavnar & Trenkle (1994), with lingua's observation that models up to 5-grams are
//! what makes single words and word pairs detectable.
//!
//! It does **not** split mixed-language text into spans (the whole text gets one language),
//! detect languages outside whatlang's 70, or transliterate.
//!
//! ## Usage
//! ```
//! use nutgraf_lang::{Detector, Language, detect};
//!
//! let d = detect("The quick brown fox jumps over the lazy dog.").unwrap();
//! assert_eq!(d.code(), "eng");
//!
//! let mut nordic = Detector::new();
//! nordic
//!     .allowlist(["dan", "nob", "swe"].iter().filter_map(|c| Language::from_code(c)))
//!     .min_confidence(0.5);
//! assert_eq!(nordic.detect("Jeg synes, at vejret er dejligt i dag.").map(|d| d.code()), Some("dan"));
//! ```
//!
//! ## Examples
//! ```
//! use nutgraf_lang::detect;
//!
//! assert_eq!(detect("ありがとう").unwrap().code(), "jpn");
//! assert_eq!(detect("감사합니다").unwrap().code(), "kor");
//! assert_eq!(detect("Gemütlichkeit").unwrap().code(), "deu");
//! assert!(detect("").is_none());
//! assert!(detect("2024-05-01, 12:30 🙂").is_none());
//! ```
//!
//! ## Performance
//! One pass over the first KiB for the script (skipped when it is plainly Latin), and one over
//! at most 1,000 letters for the n-grams (it stops early once a language leads by 60 nats; the
//! common-word votes count toward that lead from the 16th letter, so an English news article
//! stops after 16 to 48 letters nine times in ten, median 24): each letter costs a binary search
//! in the group's alphabet and at most five probes of a hash table, whatever the number of
//! languages. whatlang's own pass (over at most 1 KiB) runs only for Devanagari, for scripts
//! without tables, and when an allowed language of the script has no table and the text is not
//! plainly in the tables' best language: the default detector allows all, so Latin text whose
//! first 64 words, and first 256, are less than a third common words of that language also
//! runs whatlang, to
//! let `jav`, `uzb`, `tuk` and `aka` win when whatlang is sure of them. So the cost of a
//! detection is bounded whatever the length of the text.
//! The tables (1.8 MB) are parsed once, on first use, in a few milliseconds. `benches/detect.rs`
//! compares the throughput with raw whatlang in the same run.
//!
//! ## Untrusted input
//! No function panics on any `&str` (empty, huge, binary junk, mixed scripts); results are
//! deterministic (ties go to the language listed first in the tables). The shipped tables are
//! checked by a test; if they ever failed to parse, detection would fall back to whatlang.
//!
//! ## Crate features
//! - `serde` (default): `Serialize` for [`Detection`] (as `{"code", "name", "script",
//!   "confidence", "reliable"}`) and [`Language`] (as its code).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod detector;
mod language;
mod model;
mod stopwords;

pub use detector::{Detection, Detector};
pub use language::Language;

/// Detects the language of `text` with the default [`Detector`] (every language, no minimum
/// confidence); `None` if the text has no letters.
///
/// ```
/// let d = nutgraf_lang::detect("Ceci n'est pas une pipe.").unwrap();
/// assert_eq!((d.code(), d.name()), ("fra", "French"));
/// assert!(nutgraf_lang::detect("1234 !?").is_none());
/// ```
pub fn detect(text: &str) -> Option<Detection> {
    static DEFAULT: std::sync::OnceLock<Detector> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(Detector::default).detect(text)
}

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
