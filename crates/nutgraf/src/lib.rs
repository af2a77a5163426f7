//! # nutgraf
//!
//! What is this news article about? nutgraf reads an article and tells you its language, its
//! keyphrases and an extractive summary made of its own sentences. This crate is the facade
//! that composes the nutgraf crates into one pipeline:
//!
//! text -> [`clean`] (drop boilerplate, split off an embedded reference summary) -> sentences
//! and tokens (nutgraf-tokenize) -> language (nutgraf-lang) -> stemmer and stopwords ->
//! keyphrases (nutgraf-keywords) and summary (nutgraf-summarize) -> [`Report`] (serde) ->
//! text ([`render_text`]), a self-contained HTML page ([`render_html`]) or JSON.
//!
//! A web page goes in through [`Pipeline::analyze_html`]: nutgraf-extract finds its article
//! (title, byline, date, language, canonical URL, body) and the text is analysed as above.
//!
//! It does **not** read files or print: the `nutgraf` command (crate `nutgraf-cli`) does that.
//!
//! ## Usage
//! ```
//! let text = "Russian President Vladimir Putin has landed in Beijing. Trade has grown.\n\
//!             Thomas Peter/Pool/Reuters\n\
//!             Editor's P/S:\nPutin visits Xi.";
//! let report = nutgraf::Pipeline::default().analyze(text)?;
//! assert_eq!(report.sentences.len(), 2);
//! assert_eq!(report.removals[0].reason, nutgraf::RemovalReason::PhotoCredit);
//! assert_eq!(report.reference.as_deref(), Some("Putin visits Xi."));
//! # Ok::<(), nutgraf::Error>(())
//! ```
//!
//! ## Spans
//! Every span in a [`Report`] (sentences, removals, keyphrase occurrences, summary sentences)
//! is a byte range into the text given to [`Pipeline::analyze`]: the clean-up marks spans as
//! removed instead of building a new string.
//!
//! ## Untrusted input
//! [`Pipeline::analyze`] never panics; it refuses documents above [`Config::max_bytes`]
//! ([`DEFAULT_MAX_BYTES`] by default) with an error instead of using unbounded memory.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod clean;
mod html;
mod pipeline;
mod render;

pub use clean::{CAPTION_MAX_WORDS, CleanConfig, Cleaned, Removal, RemovalReason, clean};
pub use html::render_html;
pub use nutgraf_eval::{RougeScores, Score};
pub use nutgraf_keywords::Algorithm as KeywordAlgorithm;
pub use nutgraf_summarize::{Algorithm as SummaryAlgorithm, Budget};
pub use pipeline::{
    ArticleOut, Config, DEFAULT_MAX_BYTES, DETECTION_BYTES, Error, KeywordOut, LanguageOut,
    Pipeline, RemovalOut, Report, SentenceOut, Span, Stats, SummaryOut,
};
pub use render::render_text;

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
