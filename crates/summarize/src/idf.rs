//! Inverse document frequencies from a corpus, for callers who have one.

use std::collections::HashMap;

use nutgraf_tokenize::Document;

/// Document frequencies of stems over a corpus, for idf weights that know more than one
/// article does. Without one, [`Algorithm::LexRank`](crate::Algorithm::LexRank) and the
/// default take idf from the document's own sentences, each sentence a document.
///
/// The idf of a stem is `ln(N / df)`, with `N` the number of documents added and `df` the
/// number of them containing the stem (1 for a stem never seen). Stems must come from an
/// analyzer for the same language as the documents summarized with it.
///
/// ```
/// use nutgraf_summarize::Idf;
/// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
///
/// let (split, an) = (SentenceSplitter::for_code("eng"), Analyzer::for_code("eng"));
/// let mut idf = Idf::new();
/// for text in ["Markets fell.", "Markets rose on trade news.", "Rain fell in Leeds."] {
///     idf.add_document(&Document::new(text, &split, &an));
/// }
/// assert_eq!(idf.documents(), 3);
/// assert!(idf.idf("leed") > idf.idf("market"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Idf {
    documents: u64,
    df: HashMap<Box<str>, u64>,
}

impl Idf {
    /// An empty table (no documents: summarizers ignore it and use the document's sentences).
    ///
    /// ```
    /// assert_eq!(nutgraf_summarize::Idf::new().documents(), 0);
    /// ```
    pub fn new() -> Idf {
        Idf::default()
    }

    /// Counts each distinct content stem (word or number, not a stopword) of `doc` once.
    ///
    /// ```
    /// use nutgraf_summarize::Idf;
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let mut idf = Idf::new();
    /// idf.add_document(&Document::new("Talks, talks.", &SentenceSplitter::default(), &Analyzer::for_code("eng")));
    /// assert_eq!(idf.document_frequency("talk"), 1);
    /// ```
    pub fn add_document(&mut self, doc: &Document<'_>) {
        let mut seen = vec![false; doc.stem_count()];
        for t in doc.tokens() {
            if !t.is_content() {
                continue;
            }
            if let Some(s) = seen.get_mut(t.stem as usize) {
                if !*s {
                    *s = true;
                    *self.df.entry(doc.stem(t.stem).into()).or_insert(0) += 1;
                }
            }
        }
        self.documents += 1;
    }

    /// Adds one document given as its distinct stems (for tables computed elsewhere).
    /// Repeated stems in `stems` are counted once.
    ///
    /// ```
    /// let mut idf = nutgraf_summarize::Idf::new();
    /// idf.add_stems(["trade", "talk", "trade"]);
    /// assert_eq!(idf.document_frequency("trade"), 1);
    /// ```
    pub fn add_stems<I, S>(&mut self, stems: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut distinct: Vec<S> = stems.into_iter().collect();
        distinct.sort_by(|a, b| a.as_ref().cmp(b.as_ref()));
        distinct.dedup_by(|a, b| a.as_ref() == b.as_ref());
        for s in distinct {
            *self.df.entry(s.as_ref().into()).or_insert(0) += 1;
        }
        self.documents += 1;
    }

    /// The number of documents added.
    ///
    /// ```
    /// assert_eq!(nutgraf_summarize::Idf::new().documents(), 0);
    /// ```
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// In how many documents `stem` occurs.
    ///
    /// ```
    /// assert_eq!(nutgraf_summarize::Idf::new().document_frequency("x"), 0);
    /// ```
    pub fn document_frequency(&self, stem: &str) -> u64 {
        self.df.get(stem).copied().unwrap_or(0)
    }

    /// `ln(N / df)` (`df` at least 1); 0 for an empty table.
    ///
    /// ```
    /// let mut idf = nutgraf_summarize::Idf::new();
    /// idf.add_stems(["a"]);
    /// idf.add_stems(["b"]);
    /// assert!((idf.idf("a") - 2f64.ln()).abs() < 1e-12);
    /// ```
    pub fn idf(&self, stem: &str) -> f64 {
        if self.documents == 0 {
            return 0.0;
        }
        let df = self.document_frequency(stem).clamp(1, self.documents);
        (self.documents as f64 / df as f64).ln()
    }
}
