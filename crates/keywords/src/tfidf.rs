//! TF-IDF over candidate phrases, with document frequencies counted over a collection.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::BufRead;

use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};

use crate::Keyphrase;
use crate::prep::{Candidates, Finish, Prep, finish, ngrams_in_runs};

/// The longest phrase whose document frequency is counted.
const MAX_DF_WORDS: usize = 4;

/// How many documents of a collection contain each candidate phrase (keyed by its stems),
/// for [`crate::Algorithm::TfIdf`].
///
/// Count any collection with [`DocumentFrequencies::add`], or read a JSON Lines file with
/// [`DocumentFrequencies::from_jsonl`]. The phrases counted are the candidates of
/// [`crate::Algorithm::TfIdf`] (1 to 4 words, no stopword), so build the documents with the
/// analyzer (language) of the documents you will extract from.
///
/// ```
/// use nutgraf_keywords::{Algorithm, DocumentFrequencies, Extractor};
/// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
/// let (splitter, analyzer) = (SentenceSplitter::for_code("eng"), Analyzer::for_code("eng"));
/// let mut df = DocumentFrequencies::new();
/// for text in ["The market fell.", "The market rose.", "Oil prices rose."] {
///     df.add(&Document::new(text, &splitter, &analyzer));
/// }
/// assert_eq!(df.documents(), 3);
/// assert_eq!(df.get(&["market"]), 2);
/// let doc = Document::new("The market rose as oil prices rose.", &splitter, &analyzer);
/// let top = Extractor::new(Algorithm::TfIdf).document_frequencies(df).extract(&doc);
/// assert_eq!(top[0].text, "oil prices");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentFrequencies {
    docs: u64,
    df: HashMap<Box<str>, u64>,
}

/// The error of reading a collection: the reader failed, or a line is not a JSON object with
/// a string field of the name asked for.
///
/// ```
/// use nutgraf_keywords::{DocumentFrequencies, Error};
/// use nutgraf_tokenize::{Analyzer, SentenceSplitter};
/// let bad = "{\"text\": 1}\n";
/// let err = DocumentFrequencies::from_jsonl(bad.as_bytes(), "text",
///     &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng")).unwrap_err();
/// assert!(matches!(err, Error::Json { line: 1, .. }));
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Reading failed; the reader's error.
    Io(std::io::Error),
    /// Line `line` (from 1) is not a JSON object with a string field of the given name: fix
    /// or remove the line.
    Json {
        /// The line number, from 1.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(e) => write!(f, "cannot read the collection: {e}"),
            Error::Json { line, message } => write!(f, "line {line}: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(e) => Some(e),
            Error::Json { .. } => None,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::Io(e)
    }
}

fn key(doc: &Document<'_>, stems: &[u32]) -> String {
    let mut k = String::new();
    for (i, &s) in stems.iter().enumerate() {
        if i > 0 {
            k.push(' ');
        }
        k.push_str(doc.stem(s));
    }
    k
}

/// The TF-IDF candidates: n-grams of phrase words not ending in a general adjective.
fn candidates(prep: &Prep<'_, '_>, max_words: usize) -> Candidates {
    ngrams_in_runs(
        prep,
        max_words,
        |i| prep.is_phrase_word(i),
        |a, b| prep.is_noun_phrase(a, b),
    )
}

impl DocumentFrequencies {
    /// No documents yet.
    ///
    /// ```
    /// assert_eq!(nutgraf_keywords::DocumentFrequencies::new().documents(), 0);
    /// ```
    pub fn new() -> DocumentFrequencies {
        DocumentFrequencies::default()
    }

    /// Counts one more document.
    ///
    /// ```
    /// use nutgraf_keywords::DocumentFrequencies;
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let mut df = DocumentFrequencies::new();
    /// df.add(&Document::new("Oil prices, oil prices.", &SentenceSplitter::default(), &Analyzer::for_code("eng")));
    /// assert_eq!(df.get(&["oil", "price"]), 1);
    /// ```
    pub fn add(&mut self, doc: &Document<'_>) {
        self.docs += 1;
        let prep = Prep::new(doc, None);
        let cands = candidates(&prep, MAX_DF_WORDS);
        let mut seen: HashSet<String> = HashSet::new();
        for c in &cands.list {
            let k = key(doc, &c.stems);
            if seen.insert(k.clone()) {
                *self.df.entry(k.into()).or_insert(0) += 1;
            }
        }
    }

    /// Counts the texts of a JSON Lines collection: each non-empty line an object whose
    /// `field` is the text (lines without that field, or where it is not a string, are an
    /// error).
    ///
    /// ```
    /// use nutgraf_keywords::DocumentFrequencies;
    /// use nutgraf_tokenize::{Analyzer, SentenceSplitter};
    /// let jsonl = "{\"text\": \"Oil prices rose.\"}\n\n{\"text\": \"Oil is cheap.\"}\n";
    /// let df = DocumentFrequencies::from_jsonl(jsonl.as_bytes(), "text",
    ///     &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng"))?;
    /// assert_eq!((df.documents(), df.get(&["oil"])), (2, 2));
    /// # Ok::<(), nutgraf_keywords::Error>(())
    /// ```
    pub fn from_jsonl(
        reader: impl BufRead,
        field: &str,
        splitter: &SentenceSplitter,
        analyzer: &Analyzer,
    ) -> Result<DocumentFrequencies, Error> {
        let mut df = DocumentFrequencies::new();
        for (n, line) in reader.lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value =
                serde_json::from_str(&line).map_err(|e| Error::Json {
                    line: n + 1,
                    message: e.to_string(),
                })?;
            let Some(text) = value.get(field).and_then(|v| v.as_str()) else {
                return Err(Error::Json {
                    line: n + 1,
                    message: format!("no string field {field:?}"),
                });
            };
            df.add(&Document::new(text, splitter, analyzer));
        }
        Ok(df)
    }

    /// How many documents were counted.
    ///
    /// ```
    /// assert_eq!(nutgraf_keywords::DocumentFrequencies::default().documents(), 0);
    /// ```
    pub fn documents(&self) -> u64 {
        self.docs
    }

    /// In how many documents the phrase with these stems occurs (stems as the document's
    /// analyzer gives them, e.g. `["oil", "price"]` for "oil prices" in English).
    ///
    /// ```
    /// assert_eq!(nutgraf_keywords::DocumentFrequencies::new().get(&["oil"]), 0);
    /// ```
    pub fn get(&self, stems: &[&str]) -> u64 {
        self.df.get(stems.join(" ").as_str()).copied().unwrap_or(0)
    }

    fn get_key(&self, key: &str) -> u64 {
        self.df.get(key).copied().unwrap_or(0)
    }
}

/// TF-IDF: `tf · log2((1 + N) / (1 + df))` for each candidate, with `N` and `df` from the
/// collection, or from the document's own sentences when there is none.
pub(crate) fn tfidf(
    prep: &Prep<'_, '_>,
    max_words: usize,
    df: Option<&DocumentFrequencies>,
    opts: &Finish,
) -> Vec<Keyphrase> {
    let doc = prep.doc;
    let cands = candidates(prep, max_words);
    let scores: Vec<f64> = match df {
        Some(df) if df.documents() > 0 => {
            let n = df.documents() as f64;
            cands
                .list
                .iter()
                .map(|c| {
                    let d = df.get_key(&key(doc, &c.stems)) as f64;
                    c.tf() as f64 * ((1.0 + n) / (1.0 + d)).log2()
                })
                .collect()
        }
        _ => {
            let n = doc.sentences().len() as f64;
            cands
                .list
                .iter()
                .map(|c| {
                    let mut sents: Vec<u32> = c
                        .occ
                        .iter()
                        .filter_map(|&o| doc.tokens().get(o as usize).map(|t| t.sentence))
                        .collect();
                    sents.dedup();
                    let d = sents.len() as f64;
                    c.tf() as f64 * ((1.0 + n) / d.max(1.0)).log2()
                })
                .collect()
        }
    };
    finish(prep, &cands, &scores, opts)
}
