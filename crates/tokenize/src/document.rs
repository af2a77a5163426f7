//! A text analysed once: sentences, tokens, interned normal forms and stems, stopword flags.

use std::ops::Range;

use crate::intern::Interner;
use crate::words::normalize_into;
use crate::{Analyzer, SentenceSplitter, TokenKind, tokenize_into};

/// Index of an interned string in a [`Document`]'s vocabulary ([`Document::norm`],
/// [`Document::stem`]). Ids are given in order of first occurrence, so they are the same on
/// every run.
pub type TermId = u32;

/// A token of a [`Document`]: its span and kind, the sentence it belongs to, its normal form
/// and stem as [`TermId`]s, and whether it is a stopword.
///
/// ```
/// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
/// let doc = Document::new("Meetings matter.", &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng"));
/// let t = &doc.tokens()[0];
/// assert_eq!(doc.norm(t.norm), "meetings");
/// assert_eq!(doc.stem(t.stem), "meet");
/// assert!(!t.stopword);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocToken {
    /// Byte range of the token in the document's text.
    pub span: Range<usize>,
    /// What the token is made of.
    pub kind: TokenKind,
    /// Index of the sentence the token lies in.
    pub sentence: u32,
    /// The normal form (lowercase), interned: look it up with [`Document::norm`].
    pub norm: TermId,
    /// The stem of the normal form (the normal form itself when the language has no stemmer,
    /// and for punctuation, symbols and numbers), interned: look it up with [`Document::stem`].
    pub stem: TermId,
    /// Whether the normal form is in the language's stopword list.
    pub stopword: bool,
}

impl DocToken {
    /// Whether the token is a word or a number (not punctuation or a symbol).
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("Hi!", &SentenceSplitter::default(), &Analyzer::none());
    /// assert!(doc.tokens()[0].is_word());
    /// assert!(!doc.tokens()[1].is_word());
    /// ```
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }

    /// Whether the token is a word or number that is not a stopword: a content term.
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("the trade", &SentenceSplitter::default(), &Analyzer::for_code("eng"));
    /// assert!(!doc.tokens()[0].is_content());
    /// assert!(doc.tokens()[1].is_content());
    /// ```
    pub fn is_content(&self) -> bool {
        self.is_word() && !self.stopword
    }
}

/// A sentence of a [`Document`]: its byte span and the range of its tokens in
/// [`Document::tokens`].
///
/// ```
/// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
/// let text = "One two. Three.";
/// let doc = Document::new(text, &SentenceSplitter::for_code("eng"), &Analyzer::none());
/// let s = &doc.sentences()[1];
/// assert_eq!(&text[s.span.clone()], "Three.");
/// assert_eq!(s.tokens, 3..5);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range of the sentence in the text (trimmed).
    pub span: Range<usize>,
    /// Range of indices into [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// A text analysed once for the stages downstream (keyphrases, summaries): its sentences,
/// its tokens with sentence index, interned normal form and stem, and stopword flag.
///
/// Building it costs one pass of sentence splitting, one of tokenizing, and one stemmer call
/// per distinct normal form (not per token).
///
/// ```
/// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
/// let text = "Trade grew. Trading partners met.";
/// let doc = Document::new(text, &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng"));
/// assert_eq!(doc.sentences().len(), 2);
/// let first = &doc.sentence_tokens(0)[0];
/// let second = &doc.sentence_tokens(1)[0];
/// assert_eq!(first.stem, second.stem); // "trade" and "trading" share the stem "trade"
/// assert_ne!(first.norm, second.norm);
/// ```
#[derive(Clone, Debug)]
pub struct Document<'t> {
    text: &'t str,
    sentences: Vec<Sentence>,
    tokens: Vec<DocToken>,
    norms: Interner,
    stems: Interner,
}

impl<'t> Document<'t> {
    /// Splits `text` into sentences with `splitter`, then tokenizes and analyses each.
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("", &SentenceSplitter::default(), &Analyzer::none());
    /// assert!(doc.sentences().is_empty());
    /// ```
    pub fn new(text: &'t str, splitter: &SentenceSplitter, analyzer: &Analyzer) -> Document<'t> {
        Document::from_sentences(text, splitter.split(text), analyzer)
    }

    /// Analyses `text` with sentence spans the caller already has. Spans that do not lie in
    /// the text or on `char` boundaries, or that overlap an earlier span, are skipped.
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document};
    /// let text = "a b c";
    /// let doc = Document::from_sentences(text, vec![0..3, 4..5, 2..99], &Analyzer::none());
    /// assert_eq!(doc.sentences().len(), 2);
    /// ```
    pub fn from_sentences(
        text: &'t str,
        sentences: Vec<Range<usize>>,
        analyzer: &Analyzer,
    ) -> Document<'t> {
        let mut raw = Vec::with_capacity(text.len() / 5 + 1);
        let mut sents = Vec::with_capacity(sentences.len());
        let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
        // A news article has about one distinct word per three tokens: size the tables once.
        let expect = text.len() / 10 + 16;
        let mut norms = Interner::with_capacity(expect, expect * 8);
        let mut norm_info: Vec<(TermId, bool)> = Vec::with_capacity(expect); // stem id, stopword
        let mut stems = Interner::with_capacity(expect, expect * 8);
        let mut buf = String::new();
        let mut last_end = 0;
        for span in sentences {
            let Some(slice) = text.get(span.clone()) else {
                continue;
            };
            if span.start < last_end {
                continue;
            }
            last_end = span.end;
            let sentence = sents.len() as u32;
            let first = tokens.len();
            raw.clear();
            tokenize_into(slice, span.start, &mut raw);
            for tok in raw.drain(..) {
                let surface = &text[tok.span.clone()];
                let normal = normalize_into(surface, &mut buf);
                let h = Interner::hash(normal);
                let norm = match norms.get_hashed(h, normal) {
                    Some(id) => id,
                    None => {
                        let is_word = matches!(tok.kind, TokenKind::Word);
                        let stem_id = if is_word {
                            analyzer.with_stem(normal, |stem: &str| stems.intern(stem))
                        } else {
                            stems.intern(normal)
                        };
                        let stop = is_word && analyzer.is_stopword(normal);
                        norm_info.push((stem_id, stop));
                        norms.insert_new(h, normal)
                    }
                };
                let (stem, stopword) = norm_info[norm as usize];
                tokens.push(DocToken {
                    span: tok.span,
                    kind: tok.kind,
                    sentence,
                    norm,
                    stem,
                    stopword,
                });
            }
            sents.push(Sentence {
                span,
                tokens: first..tokens.len(),
            });
        }
        Document {
            text,
            sentences: sents,
            tokens,
            norms,
            stems,
        }
    }

    /// The text the document was built from.
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// assert_eq!(Document::new("Hi.", &SentenceSplitter::default(), &Analyzer::none()).text(), "Hi.");
    /// ```
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The sentences, in text order.
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("Hi. Bye.", &SentenceSplitter::default(), &Analyzer::none());
    /// assert_eq!(doc.sentences().len(), 2);
    /// ```
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The text of sentence `i`, or `""` when there is no such sentence.
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("Hi. Bye.", &SentenceSplitter::default(), &Analyzer::none());
    /// assert_eq!(doc.sentence_text(1), "Bye.");
    /// assert_eq!(doc.sentence_text(7), "");
    /// ```
    pub fn sentence_text(&self, i: usize) -> &'t str {
        self.sentences
            .get(i)
            .and_then(|s| self.text.get(s.span.clone()))
            .unwrap_or("")
    }

    /// All tokens, in text order.
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("A b.", &SentenceSplitter::default(), &Analyzer::none());
    /// assert_eq!(doc.tokens().len(), 3);
    /// ```
    pub fn tokens(&self) -> &[DocToken] {
        &self.tokens
    }

    /// The tokens of sentence `i` (empty when there is no such sentence).
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("Hi there. Bye.", &SentenceSplitter::default(), &Analyzer::none());
    /// assert_eq!(doc.sentence_tokens(1).len(), 2);
    /// assert!(doc.sentence_tokens(9).is_empty());
    /// ```
    pub fn sentence_tokens(&self, i: usize) -> &[DocToken] {
        self.sentences
            .get(i)
            .and_then(|s| self.tokens.get(s.tokens.clone()))
            .unwrap_or(&[])
    }

    /// The text of a token.
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("Xi met Putin.", &SentenceSplitter::default(), &Analyzer::none());
    /// assert_eq!(doc.surface(&doc.tokens()[2]), "Putin");
    /// ```
    pub fn surface(&self, token: &DocToken) -> &'t str {
        self.text.get(token.span.clone()).unwrap_or("")
    }

    /// The normal form with id `id` (`""` for an id not from this document).
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("Xi", &SentenceSplitter::default(), &Analyzer::none());
    /// assert_eq!(doc.norm(doc.tokens()[0].norm), "xi");
    /// ```
    pub fn norm(&self, id: TermId) -> &str {
        self.norms.resolve(id)
    }

    /// The stem with id `id` (`""` for an id not from this document).
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("talks", &SentenceSplitter::default(), &Analyzer::for_code("eng"));
    /// assert_eq!(doc.stem(doc.tokens()[0].stem), "talk");
    /// ```
    pub fn stem(&self, id: TermId) -> &str {
        self.stems.resolve(id)
    }

    /// How many distinct normal forms the document has (ids are `0..norm_count()`).
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("a A b", &SentenceSplitter::default(), &Analyzer::none());
    /// assert_eq!(doc.norm_count(), 2);
    /// ```
    pub fn norm_count(&self) -> usize {
        self.norms.len()
    }

    /// How many distinct stems the document has (ids are `0..stem_count()`).
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// let doc = Document::new("talk talks", &SentenceSplitter::default(), &Analyzer::for_code("eng"));
    /// assert_eq!(doc.stem_count(), 1);
    /// ```
    pub fn stem_count(&self) -> usize {
        self.stems.len()
    }
}
