//! # nutgraf-tokenize
//!
//! The first stage of nutgraf: it turns text into the units every later stage counts.
//!
//! ## Overview
//! - [`SentenceSplitter`]: sentences as byte spans into the original text, with the rules news
//!   text needs (abbreviations per language, initials, numbers, ellipses, quotes, lists, URLs).
//! - [`tokenize`]: word, number, punctuation and symbol tokens with byte spans; [`normalize`]
//!   gives a word's normal form (lowercase). Scripts written without spaces get real words
//!   from dictionary segmenters (below).
//! - [`Analyzer`]: stopwords and Snowball stemming for a language chosen by ISO 639-3 code.
//! - [`Document`]: a text analysed once (sentences, tokens, interned normal forms and stems,
//!   stopword flags), the input of nutgraf-keywords and nutgraf-summarize.
//!
//! It does **not** detect the language (that is nutgraf-lang's job; the caller passes a
//! code), remove boilerplate (the `nutgraf` facade does), or tag parts of speech.
//!
//! ## Usage
//! ```
//! use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
//!
//! let text = "Xi welcomed Putin in Beijing. Trade between the two has surged.";
//! let doc = Document::new(text, &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng"));
//! assert_eq!(doc.sentence_text(1), "Trade between the two has surged.");
//! let content: Vec<&str> = doc.sentence_tokens(1).iter()
//!     .filter(|t| t.is_content())
//!     .map(|t| doc.stem(t.stem))
//!     .collect();
//! assert_eq!(content, ["trade", "two", "surg"]);
//! ```
//!
//! ## Words in scripts written without spaces
//! A run of such a script inside any text is cut by the segmenter chosen for it by
//! measurement; spans stay exact byte spans into the text.
//!
//! | script | segmenter | why |
//! |---|---|---|
//! | Chinese (Han, no kana) | jieba-rs 0.11, dictionary only (no HMM), plus rules for numbers, dates and measure words | word F1 on the PKU test gold (SIGHAN 2005): jieba without HMM 83.6, with HMM 81.8, ICU4X 77.5; with nutgraf's number rules 87.7 (`cargo xtask eval words`) |
//! | Japanese (kana, or Han in a document analysed as `jpn`) | ICU4X `icu_segmenter` 2, dictionary | the one Japanese segmenter among them; jieba's dictionary is Chinese |
//! | Thai, Lao, Khmer, Burmese | ICU4X `icu_segmenter` 2, dictionary | the same words as ICU4X's LSTM models on our test sentences (better on Lao and Burmese compounds), about 200 times faster |
//!
//! Both segmenters' data is compiled in; nothing is downloaded. jieba's dictionary is loaded
//! once per process, on first use (about 0.15 s and 30 MB; [`warm_up`] loads it ahead of
//! time); ICU4X's data is static. Korean is written with spaces and is split at them.
//!
//! ## Performance
//! Tokenizing is one pass over the text with no allocation per token, each token hashed once;
//! [`Document`] stems each distinct word once, and an [`Analyzer`] keeps the stems it computed
//! for the next documents (up to 200,000 words, then new words are stemmed each time). A
//! document asks that cache about all its words in one batch, under one read lock, so threads
//! sharing an analyzer do not trade the lock's cache line word by word. The
//! sentence splitter looks for line ends, terminators and quotes eight bytes at a time. All
//! costs are linear in the length of the text: on a CNN/DailyMail article (3.3 KB), sentences,
//! words and stems take about 50 µs (`cargo xtask bench`).
//!
//! ## Untrusted input
//! No function here panics on any `&str`; every span lies on `char` boundaries inside the text
//! it was computed from.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod analyzer;
mod document;
mod fxhash;
mod intern;
mod segment;
mod sentences;
mod words;

pub use analyzer::{Analyzer, supported_languages};
pub use document::{DocToken, Document, Sentence, TermId};
pub use fxhash::FxHasher;
pub use segment::warm_up;
pub use sentences::SentenceSplitter;
pub use words::{Token, TokenKind, normalize, tokenize, tokenize_into};

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
