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
//!    off to a shorter context, with a penalty, where a language has no entry; a letter a
//!    language never uses (ø, ñ, ő, ș, ğ, đ, ...) costs that language a large fixed penalty, so
//!    *letters unique to a language* are part of the same evidence. The best-scoring language
//!    wins; the confidence is its posterior probability against the other candidates (a softmax
//!    of the log-likelihoods).
//! 3. **whatlang's own ranking** answers for the languages the tables do not cover (see
//!    [`Language::is_covered`]), when whatlang is reliable about them, and for scripts with no
//!    table (Hebrew against Yiddish).
//!
//! The tables are distilled from the language models of lingua-rs (Apache-2.0, Peter M. Stahl;
//! trained on the Leipzig corpora): the generator in `gen/` keeps, per language, every unigram
//! and each 2- to 5-gram whose probability in running text reaches a threshold, and quantises
//! ln P to 1/8 nat in one byte. That keeps about 2% of lingua's n-grams in `data/ngrams.bin`. No
//! evaluation data went into the tables.
//!
//! This follows the classic character n-gram approach of Cavnar & Trenkle (1994) and Dunning
//! (1994, "Statistical identification of language"), with lingua's observation that models up to
//! 5-grams are what makes single words and word pairs detectable.
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
//! assert_eq!(nordic.detect("Hvordan har du det i dag?").map(|d| d.code()), Some("dan"));
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
//! One pass over the text for the script and one for the n-grams: each letter costs at most five
//! binary searches in a sorted table, independent of the number of languages, plus whatlang's own
//! pass when a language without tables is allowed. Cost is linear in the text. The tables
//! (about 2.6 MB) are parsed once, on first use, in a few milliseconds. See `benches/detect.rs`
//! for the comparison with raw whatlang.
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
