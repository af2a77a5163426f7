//! # nutgraf-keywords
//!
//! Keyphrases of a text, without a part-of-speech tagger and without a model.
//!
//! ## Overview
//! An [`Extractor`] takes a [`Document`] of `nutgraf-tokenize` (sentences, tokens, stems,
//! stopword flags) and returns ranked [`Keyphrase`]s: the surface form as it appears in the
//! text (the most frequent surface of the group of occurrences that share its stems), a score
//! (higher is better) and the byte spans of every occurrence.
//!
//! Candidates are phrases of 1 to 4 words bounded by stopwords and punctuation. For English
//! the tokenizer's stopwords are extended with closed-class words, general verbs, irregular
//! past tenses and `-ly` adverbs, and general adjectives and `-ed` participles are marked as
//! modifiers that may start but not end a phrase (see `lexicon.rs`), so that candidates look
//! like noun phrases without a tagger. The English lists apply when the caller says so
//! ([`Extractor::english`]) or when English function words make up at least 6% of the words;
//! other languages use the tokenizer's stopword lists, and, when the caller names the
//! language ([`Extractor::language`]), the rest of its stopwords-iso list (numerals, adverbs,
//! common verbs: on Portuguese news, 110-PT-BN-KP, the default's F1@10 goes from 18.5 to 27.3).
//!
//! The [`Algorithm`]s:
//! - [`Algorithm::Nutgraf`], the default, ours: noun-phrase-like candidates (up to 4 words)
//!   scored by the position-biased co-occurrence graph of PositionRank, over a wider window
//!   (20 tokens), times the phrase's own frequency (`1 + ln tf`); see [`Algorithm::Nutgraf`].
//! - [`Algorithm::Yake`]: YAKE!, Campos et al. (2020), "YAKE! Keyword extraction from single
//!   documents using multiple local features", Information Sciences 509. As the reference
//!   implementation: 1 to 3 words, window 1, Levenshtein deduplication at 0.9.
//! - [`Algorithm::Rake`]: RAKE, Rose et al. (2010), "Automatic keyword extraction from
//!   individual documents", in Text Mining: Applications and Theory. Word score `deg/freq`,
//!   phrase score the sum, adjoining keywords (`axis of evil`) when they recur.
//! - [`Algorithm::TextRank`]: Mihalcea & Tarau (2004), "TextRank: Bringing Order into Texts",
//!   EMNLP. Unweighted graph of noun/adjective-like words adjacent in the text (window 2),
//!   PageRank (d = 0.85); keyphrases are the noun-phrase-like runs scored by the sum of
//!   their words' ranks, as the reference implementation (pke) does by default (the paper's
//!   cut-off to the top third of the words keeps mostly single words).
//! - [`Algorithm::PositionRank`]: Florescu & Caragea (2017), "PositionRank: An Unsupervised
//!   Approach to Keyphrase Extraction from Scholarly Documents", ACL. Weighted graph with
//!   window 10, PageRank biased by the sum of inverse positions, noun-phrase-like candidates
//!   (`ADJ* NOUN+`) of at most 3 words scored by the sum of their words' scores.
//! - [`Algorithm::TfIdf`]: `tf · log2((1 + N) / (1 + df))` of noun-phrase-like n-grams of 1
//!   to 3 words, with [`DocumentFrequencies`] the caller supplies (counted over any
//!   collection, or read from a JSON Lines file); without them, the document's sentences
//!   are the collection.
//!
//! Near-duplicates are merged so that the top ten say ten different things: occurrences with
//! the same stems are one keyphrase (`trade partner` and `trading partners`), phrases with
//! the same stems in another order count once, and of two phrases one of which lies inside
//! the other and never occurs outside it, only the better ranked is kept.
//!
//! It does **not** tag parts of speech, use any trained model or download anything, detect
//! the language (build the [`Document`] with the right [`nutgraf_tokenize::Analyzer`]), or
//! find keyphrases that are not in the text.
//!
//! ## Usage
//! ```
//! use nutgraf_keywords::{Algorithm, Extractor};
//! use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
//!
//! let text = "Solar panels are cheaper than ever. Solar panels on roofs now power \
//!             millions of homes, and solar panels on farms feed the grid.";
//! let doc = Document::new(text, &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng"));
//! let keyphrases = Extractor::new(Algorithm::Nutgraf).top_n(3).extract(&doc);
//! assert_eq!(keyphrases[0].text, "Solar panels");
//! assert_eq!(keyphrases[0].spans.len(), 3);
//! ```
//!
//! ## Examples
//! Every algorithm, by name:
//! ```
//! use nutgraf_keywords::{Algorithm, Extractor};
//! use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
//!
//! let text = "The central bank raised interest rates. Interest rates rose for the third time.";
//! let doc = Document::new(text, &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng"));
//! for algorithm in Algorithm::ALL {
//!     let name: Algorithm = algorithm.name().parse()?;
//!     let top = Extractor::new(name).top_n(5).extract(&doc);
//!     assert!(!top.is_empty() && top.len() <= 5);
//!     for k in &top {
//!         for span in &k.spans {
//!             assert!(text.get(span.clone()).is_some());
//!         }
//!     }
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Performance
//! Every algorithm is linear in the number of tokens, up to sorting (n log n): candidates
//! are at most 4 words per starting token, co-occurrence graphs have at most `window` edges
//! per token, PageRank runs at most 100 Gauss-Seidel sweeps over them (about 4 on a news
//! article, from a degree-based first guess), and merging near-duplicates
//! compares each kept phrase with at most `top_n` others. An abstract takes tens of
//! microseconds; the crate's criterion bench compares with the `yake-rust` crate on the same
//! documents (`cargo bench -p nutgraf-keywords`).
//!
//! ## Untrusted input
//! Extraction never panics, whatever the document (empty, binary junk, mixed scripts, very
//! long); spans always lie on `char` boundaries of the document's text. Output is
//! deterministic: ties are broken by first occurrence, no hash order reaches it.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod iso_extra;
mod lexicon;
mod methods;
mod prep;
mod tfidf;

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

pub use nutgraf_tokenize::Document;
pub use tfidf::{DocumentFrequencies, Error};

/// A keyphrase: its text, score and occurrences.
///
/// ```
/// use nutgraf_keywords::{Algorithm, Extractor};
/// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
/// let text = "Wind farms grow. Offshore wind farms grow faster.";
/// let doc = Document::new(text, &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng"));
/// let top = Extractor::new(Algorithm::Rake).extract(&doc);
/// let k = &top[0];
/// assert!(k.score > 0.0);
/// assert!(k.spans.iter().all(|s| text[s.clone()].eq_ignore_ascii_case(&k.text)) || k.spans.len() > 0);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Keyphrase {
    /// The phrase as it appears in the text (its most frequent surface form among the
    /// occurrences with the same stems; white space collapsed to single spaces).
    pub text: String,
    /// The algorithm's score; higher is better. Scores of different algorithms are not
    /// comparable.
    pub score: f64,
    /// Byte ranges of the occurrences in the document's text, in text order.
    pub spans: Vec<Range<usize>>,
}

/// A keyphrase extraction algorithm. [`Algorithm::Nutgraf`] is the default.
///
/// ```
/// use nutgraf_keywords::Algorithm;
/// assert_eq!(Algorithm::default(), Algorithm::Nutgraf);
/// assert_eq!("positionrank".parse::<Algorithm>(), Ok(Algorithm::PositionRank));
/// assert_eq!(Algorithm::Yake.name(), "yake");
/// assert!("bm25".parse::<Algorithm>().is_err());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Algorithm {
    /// Ours, the default. Candidates are noun-phrase-like runs of words (the English lists
    /// standing in for a tagger: modifiers such as general adjectives and `-ed` participles
    /// only before the nouns, `ADJ* NOUN+`), of at most 4 words. Words are ranked by a
    /// PageRank biased towards early words (the prior of a word is the sum of `1/position`
    /// over its occurrences, as PositionRank) on a graph whose edges count co-occurrences
    /// within 20 tokens. A phrase scores `Σ r(w) · (1 + ln tf)`: the sum of its words' ranks,
    /// which favours specific multi-word phrases, times a damped count of the phrase itself,
    /// which keeps long documents on their recurring topics. Near-duplicates are merged.
    #[default]
    Nutgraf,
    /// YAKE! (Campos et al. 2020).
    Yake,
    /// RAKE (Rose et al. 2010).
    Rake,
    /// TextRank (Mihalcea & Tarau 2004).
    TextRank,
    /// PositionRank (Florescu & Caragea 2017).
    PositionRank,
    /// TF-IDF over 1 to 3 word phrases.
    TfIdf,
}

impl Algorithm {
    /// Every algorithm, the default first.
    ///
    /// ```
    /// assert_eq!(nutgraf_keywords::Algorithm::ALL.len(), 6);
    /// ```
    pub const ALL: [Algorithm; 6] = [
        Algorithm::Nutgraf,
        Algorithm::Yake,
        Algorithm::Rake,
        Algorithm::TextRank,
        Algorithm::PositionRank,
        Algorithm::TfIdf,
    ];

    /// The algorithm's name, as [`FromStr`] accepts it.
    ///
    /// ```
    /// assert_eq!(nutgraf_keywords::Algorithm::TfIdf.name(), "tfidf");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Nutgraf => "nutgraf",
            Algorithm::Yake => "yake",
            Algorithm::Rake => "rake",
            Algorithm::TextRank => "textrank",
            Algorithm::PositionRank => "positionrank",
            Algorithm::TfIdf => "tfidf",
        }
    }

    /// The longest phrase the algorithm proposes unless told otherwise (`None`: no limit,
    /// as RAKE's paper).
    ///
    /// ```
    /// use nutgraf_keywords::Algorithm;
    /// assert_eq!(Algorithm::Yake.default_max_words(), Some(3));
    /// ```
    pub fn default_max_words(self) -> Option<usize> {
        match self {
            Algorithm::Nutgraf => Some(4),
            Algorithm::Yake | Algorithm::PositionRank | Algorithm::TfIdf => Some(3),
            Algorithm::Rake | Algorithm::TextRank => None,
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error of parsing an [`Algorithm`] name: the name is not one of [`Algorithm::ALL`].
///
/// ```
/// let err = "nope".parse::<nutgraf_keywords::Algorithm>().unwrap_err();
/// assert!(err.to_string().contains("nope"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseAlgorithmError {
    /// The name that was given.
    pub name: String,
}

impl fmt::Display for ParseAlgorithmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown keyphrase algorithm {:?}; expected one of",
            self.name
        )?;
        for a in Algorithm::ALL {
            write!(f, " {}", a.name())?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseAlgorithmError {}

impl FromStr for Algorithm {
    type Err = ParseAlgorithmError;

    fn from_str(s: &str) -> Result<Algorithm, ParseAlgorithmError> {
        let lower = s.trim().to_ascii_lowercase().replace(['-', '_'], "");
        match lower.as_str() {
            "nutgraf" | "default" => Ok(Algorithm::Nutgraf),
            "yake" => Ok(Algorithm::Yake),
            "rake" => Ok(Algorithm::Rake),
            "textrank" => Ok(Algorithm::TextRank),
            "positionrank" => Ok(Algorithm::PositionRank),
            "tfidf" => Ok(Algorithm::TfIdf),
            _ => Err(ParseAlgorithmError {
                name: s.to_string(),
            }),
        }
    }
}

/// Extracts keyphrases from documents with one algorithm and its options. Build it once,
/// use it for many documents.
///
/// ```
/// use nutgraf_keywords::{Algorithm, Extractor};
/// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
/// let mut extractor = Extractor::new(Algorithm::TextRank);
/// extractor.top_n(2).max_words(2);
/// let doc = Document::new("Quantum computers break codes. Quantum computers are coming.",
///     &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng"));
/// let top = extractor.extract(&doc);
/// assert!(top.len() <= 2);
/// assert!(top.iter().all(|k| k.text.split(' ').count() <= 2));
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    algorithm: Algorithm,
    top_n: usize,
    max_words: Option<usize>,
    english: Option<bool>,
    language: Option<&'static str>,
    merge: bool,
    df: Option<DocumentFrequencies>,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new(Algorithm::default())
    }
}

impl Extractor {
    /// An extractor for `algorithm` returning the top 10 phrases, each at most the
    /// algorithm's [`Algorithm::default_max_words`] long, near-duplicates merged.
    ///
    /// ```
    /// use nutgraf_keywords::{Algorithm, Extractor};
    /// assert_eq!(Extractor::new(Algorithm::Yake).algorithm(), Algorithm::Yake);
    /// ```
    pub fn new(algorithm: Algorithm) -> Extractor {
        Extractor {
            algorithm,
            top_n: 10,
            max_words: algorithm.default_max_words(),
            english: None,
            language: None,
            merge: true,
            df: None,
        }
    }

    /// The algorithm.
    ///
    /// ```
    /// assert_eq!(nutgraf_keywords::Extractor::default().algorithm(), nutgraf_keywords::Algorithm::Nutgraf);
    /// ```
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// How many keyphrases to return at most (default 10).
    ///
    /// ```
    /// let mut e = nutgraf_keywords::Extractor::default();
    /// e.top_n(3);
    /// ```
    pub fn top_n(&mut self, n: usize) -> &mut Extractor {
        self.top_n = n;
        self
    }

    /// The longest phrase, in words (at least 1).
    ///
    /// ```
    /// let mut e = nutgraf_keywords::Extractor::default();
    /// e.max_words(2);
    /// ```
    pub fn max_words(&mut self, n: usize) -> &mut Extractor {
        self.max_words = Some(n.max(1));
        self
    }

    /// Whether the English word lists (closed-class words, general verbs) bound the
    /// candidates. By default they apply when English function words make up at least 6% of
    /// a document's words; `Some(true)` or `Some(false)` decides for every document.
    ///
    /// ```
    /// let mut e = nutgraf_keywords::Extractor::default();
    /// e.english(Some(false));
    /// ```
    pub fn english(&mut self, english: Option<bool>) -> &mut Extractor {
        self.english = english;
        self
    }

    /// The document's language as an ISO 639-3 code (`por`, `fra`, ...), when known. For a
    /// language other than English, the stopwords-iso words of the language that the
    /// tokenizer's (NLTK) list lacks also bound the candidates, and the English lists stay
    /// off unless [`Extractor::english`] says otherwise; `eng` turns the English lists on.
    /// An unknown code is ignored.
    ///
    /// ```
    /// use nutgraf_keywords::Extractor;
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    ///
    /// let text = "O ministro da saúde falou hoje sobre os hospitais. Os hospitais precisam de médicos.";
    /// let doc = Document::new(text, &SentenceSplitter::for_code("por"), &Analyzer::for_code("por"));
    /// let top = Extractor::default().language(Some("por")).extract(&doc);
    /// assert!(top.iter().all(|k| !k.text.contains("hoje")));
    /// ```
    pub fn language(&mut self, code: Option<&str>) -> &mut Extractor {
        self.language = code.and_then(prep::language_code);
        self
    }

    /// Whether to merge near-duplicates (default `true`); occurrences with the same stems
    /// are one keyphrase either way.
    ///
    /// ```
    /// let mut e = nutgraf_keywords::Extractor::default();
    /// e.merge_near_duplicates(false);
    /// ```
    pub fn merge_near_duplicates(&mut self, merge: bool) -> &mut Extractor {
        self.merge = merge;
        self
    }

    /// Document frequencies for [`Algorithm::TfIdf`] (ignored by the other algorithms).
    ///
    /// ```
    /// use nutgraf_keywords::{Algorithm, DocumentFrequencies, Extractor};
    /// let mut e = Extractor::new(Algorithm::TfIdf);
    /// e.document_frequencies(DocumentFrequencies::new());
    /// ```
    pub fn document_frequencies(&mut self, df: DocumentFrequencies) -> &mut Extractor {
        self.df = Some(df);
        self
    }

    /// The keyphrases of `doc`, best first.
    ///
    /// ```
    /// use nutgraf_keywords::Extractor;
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("", &SentenceSplitter::default(), &Analyzer::none());
    /// assert!(Extractor::default().extract(&doc).is_empty());
    /// ```
    pub fn extract(&self, doc: &Document<'_>) -> Vec<Keyphrase> {
        if self.top_n == 0 || doc.tokens().is_empty() {
            return Vec::new();
        }
        let english = self.english.or(self.language.map(|c| c == "eng"));
        let prep = prep::Prep::with_language(doc, english, self.language);
        let max_words = self.max_words.unwrap_or(usize::MAX).max(1);
        let finish = prep::Finish {
            top_n: self.top_n,
            merge: self.merge,
        };
        match self.algorithm {
            Algorithm::Nutgraf => methods::nutgraf(&prep, max_words, &finish),
            Algorithm::Yake => methods::yake(&prep, max_words, &finish),
            Algorithm::Rake => methods::rake(&prep, max_words, &finish),
            Algorithm::TextRank => methods::textrank(&prep, max_words, &finish),
            Algorithm::PositionRank => methods::positionrank(&prep, max_words, &finish),
            Algorithm::TfIdf => tfidf::tfidf(&prep, max_words, self.df.as_ref(), &finish),
        }
    }
}

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
