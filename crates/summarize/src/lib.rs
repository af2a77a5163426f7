//! # nutgraf-summarize
//!
//! Extractive summaries: the sentences of an article that tell its story.
//!
//! ## Overview
//! (to be written)
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use nutgraf_tokenize::Document;

mod classic;
mod graph;
mod idf;
mod nutgraf;
mod prep;
mod select;

pub use graph::{GRAPH_SENTENCE_LIMIT, GRAPH_TERM_LIMIT};
pub use idf::Idf;
#[doc(hidden)]
pub use nutgraf::Params;

use prep::Prepared;
use select::Limits;

/// A summarization algorithm.
///
/// ```
/// use nutgraf_summarize::Algorithm;
/// let a: Algorithm = "lexrank".parse()?;
/// assert_eq!(a, Algorithm::LexRank);
/// assert_eq!(a.name(), "lexrank");
/// assert_eq!(Algorithm::default(), Algorithm::Nutgraf);
/// # Ok::<(), nutgraf_summarize::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Algorithm {
    /// The default: position-aware directed centrality with redundancy control.
    #[default]
    Nutgraf,
    /// The first sentences.
    Lead,
    /// Luhn (1958): clusters of significant words.
    Luhn,
    /// TextRank (Mihalcea & Tarau 2004): weighted PageRank over word-overlap similarity.
    TextRank,
    /// Continuous LexRank (Erkan & Radev 2004): power method over idf-modified cosine.
    LexRank,
}

impl Algorithm {
    /// Every algorithm, the default first.
    ///
    /// ```
    /// assert_eq!(nutgraf_summarize::Algorithm::ALL.len(), 5);
    /// ```
    pub const ALL: [Algorithm; 5] = [
        Algorithm::Nutgraf,
        Algorithm::Lead,
        Algorithm::Luhn,
        Algorithm::TextRank,
        Algorithm::LexRank,
    ];

    /// The algorithm's name, as [`FromStr`] accepts it.
    ///
    /// ```
    /// assert_eq!(nutgraf_summarize::Algorithm::TextRank.name(), "textrank");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Nutgraf => "nutgraf",
            Algorithm::Lead => "lead",
            Algorithm::Luhn => "luhn",
            Algorithm::TextRank => "textrank",
            Algorithm::LexRank => "lexrank",
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Algorithm {
    type Err = Error;

    /// Parses a name of [`Algorithm::name`] (case ignored); `default` is the default.
    fn from_str(s: &str) -> Result<Algorithm, Error> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("default") {
            return Ok(Algorithm::default());
        }
        Algorithm::ALL
            .into_iter()
            .find(|a| a.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| Error::UnknownAlgorithm(s.chars().take(64).collect()))
    }
}

/// How long a summary may be.
///
/// A summary never exceeds its budget, with one exception: a document with at least one
/// sentence always gets one sentence (the best-ranked), even when that sentence alone is over
/// budget or the budget is zero.
///
/// ```
/// use nutgraf_summarize::Budget;
/// assert_eq!(Budget::default(), Budget::Sentences(3));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    /// At most this many sentences.
    Sentences(usize),
    /// At most this many words (word and number tokens, stopwords included).
    Words(usize),
    /// At most this share of the document's words (clamped to `0.0..=1.0`; NaN counts as 0).
    Ratio(f64),
}

impl Default for Budget {
    fn default() -> Budget {
        Budget::Sentences(3)
    }
}

/// One chosen sentence.
///
/// ```
/// use nutgraf_summarize::{Extract, Summarizer};
/// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
/// let text = "One sentence only.";
/// let doc = Document::new(text, &SentenceSplitter::default(), &Analyzer::none());
/// let summary: Vec<Extract> = Summarizer::default().summarize(&doc);
/// assert_eq!(summary[0].index, 0);
/// assert_eq!(&text[summary[0].span.clone()], text);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Extract {
    /// Index of the sentence in [`Document::sentences`].
    pub index: usize,
    /// Byte range of the sentence in the document's text.
    pub span: Range<usize>,
    /// The algorithm's score for the sentence (higher is better; comparable only within one
    /// summary of one algorithm).
    pub score: f64,
}

/// Errors of this crate.
///
/// ```
/// let e = "nope".parse::<nutgraf_summarize::Algorithm>().unwrap_err();
/// assert!(e.to_string().contains("nope"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The name is not one of [`Algorithm::ALL`]'s names; use one of them.
    UnknownAlgorithm(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownAlgorithm(name) => {
                write!(f, "unknown summarization algorithm {name:?} (expected one of: ")?;
                for (i, a) in Algorithm::ALL.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(a.name())?;
                }
                f.write_str(")")
            }
        }
    }
}

impl std::error::Error for Error {}

/// A summarizer: an [`Algorithm`] and a [`Budget`], and optionally corpus [`Idf`] weights.
///
/// ```
/// use nutgraf_summarize::{Algorithm, Budget, Summarizer};
/// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
/// let text = "Trade talks resumed in Geneva on Monday. Delegates from both sides met. \
///             The talks on trade will continue on Tuesday. It rained.";
/// let doc = Document::new(text, &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng"));
/// let summary = Summarizer::new(Algorithm::Lead, Budget::Sentences(2)).summarize(&doc);
/// let indices: Vec<usize> = summary.iter().map(|e| e.index).collect();
/// assert_eq!(indices, [0, 1]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Summarizer {
    algorithm: Algorithm,
    budget: Budget,
    idf: Option<Idf>,
    params: Params,
}

impl Summarizer {
    /// A summarizer with an algorithm and a budget.
    ///
    /// ```
    /// use nutgraf_summarize::{Algorithm, Budget, Summarizer};
    /// let s = Summarizer::new(Algorithm::TextRank, Budget::Words(60));
    /// assert_eq!(s.algorithm(), Algorithm::TextRank);
    /// ```
    pub fn new(algorithm: Algorithm, budget: Budget) -> Summarizer {
        Summarizer {
            algorithm,
            budget,
            idf: None,
            params: Params::default(),
        }
    }

    /// Uses corpus idf weights instead of the document's sentences (LexRank and the default
    /// use idf; the other algorithms ignore it). An empty table is ignored.
    ///
    /// ```
    /// use nutgraf_summarize::{Idf, Summarizer};
    /// let mut idf = Idf::new();
    /// idf.add_stems(["trade"]);
    /// let s = Summarizer::default().with_idf(idf);
    /// assert!(s.idf().is_some());
    /// ```
    pub fn with_idf(mut self, idf: Idf) -> Summarizer {
        self.idf = Some(idf);
        self
    }

    #[doc(hidden)]
    pub fn with_params(mut self, params: Params) -> Summarizer {
        self.params = params;
        self
    }

    /// The algorithm.
    ///
    /// ```
    /// assert_eq!(nutgraf_summarize::Summarizer::default().algorithm().name(), "nutgraf");
    /// ```
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// The budget.
    ///
    /// ```
    /// use nutgraf_summarize::{Budget, Summarizer};
    /// assert_eq!(Summarizer::default().budget(), Budget::Sentences(3));
    /// ```
    pub fn budget(&self) -> Budget {
        self.budget
    }

    /// The corpus idf table, if one was given.
    ///
    /// ```
    /// assert!(nutgraf_summarize::Summarizer::default().idf().is_none());
    /// ```
    pub fn idf(&self) -> Option<&Idf> {
        self.idf.as_ref()
    }

    /// The chosen sentences of `doc`, in document order.
    ///
    /// Empty only when the document has no sentence.
    ///
    /// ```
    /// use nutgraf_summarize::Summarizer;
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("", &SentenceSplitter::default(), &Analyzer::none());
    /// assert!(Summarizer::default().summarize(&doc).is_empty());
    /// ```
    pub fn summarize(&self, doc: &Document<'_>) -> Vec<Extract> {
        let prep = Prepared::new(doc);
        if prep.len() == 0 {
            return Vec::new();
        }
        let limits = Limits::new(self.budget, &prep);
        let idf = self.idf.as_ref().filter(|t| t.documents() > 0);
        let (chosen, scores) = match self.algorithm {
            Algorithm::Nutgraf => nutgraf::summarize(&prep, limits, &self.params),
            other => {
                let scores = match other {
                    Algorithm::Lead => classic::lead(&prep),
                    Algorithm::Luhn => classic::luhn(doc, &prep),
                    Algorithm::TextRank => classic::textrank(&prep),
                    _ => classic::lexrank(doc, &prep, idf),
                };
                (select::top(&scores, &prep, limits), scores)
            }
        };
        chosen
            .into_iter()
            .filter_map(|i| {
                let s = doc.sentences().get(i)?;
                Some(Extract {
                    index: i,
                    span: s.span.clone(),
                    score: scores.get(i).copied().unwrap_or(0.0),
                })
            })
            .collect()
    }
}
