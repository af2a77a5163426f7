//! A text analysed once: sentences, tokens, interned normal forms and stems, stopword flags.

use std::ops::Range;

use crate::fxhash::{Key, key, key_and_flags};
use crate::intern::Interner;
use crate::words::{normalize_into, tokenize_with};
use crate::{Analyzer, SentenceSplitter, TokenKind};

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
    #[inline]
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
    #[inline]
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
        let mut sents = Vec::with_capacity(sentences.len());
        // News text has about one token per five bytes, up to one per four.
        let mut tokens = Vec::with_capacity(text.len() / 4 + 16);
        let mut terms = Terms::new(text.len());
        let mut last_end = 0;
        // Han text in a Japanese document is cut as Japanese.
        let japanese = analyzer.code() == Some("jpn");
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
            let offset = span.start;
            tokenize_with(slice, japanese, |surface, start, end, kind| {
                let norm = terms.norm_of(surface, kind);
                // the stem and stopword flag are filled in below, once the new words are
                // stemmed together
                tokens.push(DocToken {
                    span: offset + start..offset + end,
                    kind,
                    sentence,
                    norm,
                    stem: 0,
                    stopword: false,
                });
            });
            sents.push(Sentence {
                span,
                tokens: first..tokens.len(),
            });
        }
        terms.analyse(analyzer);
        for t in &mut tokens {
            (t.stem, t.stopword) = terms.info(t.norm);
        }
        Document {
            text,
            sentences: sents,
            tokens,
            norms: terms.norms,
            stems: terms.stems,
        }
    }

    /// The text the document was built from.
    ///
    /// ```
    /// use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
    /// assert_eq!(Document::new("Hi.", &SentenceSplitter::default(), &Analyzer::none()).text(), "Hi.");
    /// ```
    #[inline]
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
    #[inline]
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
    #[inline]
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
    #[inline]
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
    #[inline]
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
    #[inline]
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
    #[inline]
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
    #[inline]
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
    #[inline]
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
    #[inline]
    pub fn stem_count(&self) -> usize {
        self.stems.len()
    }
}

/// The vocabulary of a [`Document`] while it is built: interned normal forms and stems, and the
/// stem and stopword flag of each normal form.
///
/// Built in two steps: the tokens' normal forms first ([`Terms::norm_of`]), then their stems,
/// all at once ([`Terms::analyse`]), so that the analyzer's stem cache is asked about the
/// document's words in one batch.
struct Terms {
    norms: Interner,
    stems: Interner,
    /// [`Key`] of each normal form and whether its first token was a word, by normal-form id.
    new_norms: Vec<(Key, bool)>,
    /// Stem id and stopword flag of each normal form, by normal-form id (after
    /// [`Terms::analyse`]).
    norm_info: Vec<(TermId, bool)>,
    /// Normal-form id of each one-byte ASCII token seen so far (`TermId::MAX` for none):
    /// punctuation and one-letter words skip hashing.
    ascii: [TermId; 128],
    /// Where a normal form that differs from the token's text is written.
    buf: String,
}

impl Terms {
    /// Tables sized for a text of `len` bytes.
    fn new(len: usize) -> Terms {
        // A news article has about one distinct word per three tokens: size the tables once.
        let expect = len / 10 + 16;
        Terms {
            norms: Interner::with_capacity(expect, expect * 8),
            stems: Interner::with_capacity(expect, expect * 8),
            new_norms: Vec::with_capacity(expect),
            norm_info: Vec::with_capacity(expect),
            ascii: [TermId::MAX; 128],
            buf: String::new(),
        }
    }

    /// The stem id and stopword flag of normal form `norm`.
    #[inline]
    fn info(&self, norm: TermId) -> (TermId, bool) {
        self.norm_info
            .get(norm as usize)
            .copied()
            .unwrap_or((0, false))
    }

    /// The normal-form id of a token with text `surface` and kind `kind`, interning its normal
    /// form when new.
    #[inline]
    fn norm_of(&mut self, surface: &str, kind: TokenKind) -> TermId {
        if let [b] = *surface.as_bytes() {
            if let Some(&id) = self.ascii.get(usize::from(b)) {
                if id != TermId::MAX {
                    return id;
                }
                let id = self.norm_slow(surface, kind);
                if let Some(slot) = self.ascii.get_mut(usize::from(b)) {
                    *slot = id;
                }
                return id;
            }
        }
        self.norm_slow(surface, kind)
    }

    /// [`Terms::norm_of`] without the table of one-byte tokens.
    fn norm_slow(&mut self, surface: &str, kind: TokenKind) -> TermId {
        let (k, flags) = key_and_flags(surface.as_bytes());
        let (normal, k) = if flags == 0 {
            (surface, k)
        } else if surface.is_ascii() {
            // Capitalised ASCII words: lowercase a copy in place of the char-by-char path.
            self.buf.clear();
            self.buf.push_str(surface);
            self.buf.make_ascii_lowercase();
            (self.buf.as_str(), key(&self.buf))
        } else {
            let normal = normalize_into(surface, &mut self.buf);
            (normal, key(normal))
        };
        if let Some(id) = self.norms.get_keyed(k, normal) {
            return id;
        }
        self.new_norms.push((k, matches!(kind, TokenKind::Word)));
        self.norms.insert_new(k, normal)
    }

    /// Gives every normal form its stem id and stopword flag, in normal-form order (so stem ids
    /// follow the stems' first occurrences): a word's from `analyzer`, asked about all the
    /// document's words at once; any other token's normal form is its own stem.
    fn analyse(&mut self, analyzer: &Analyzer) {
        let Terms {
            norms,
            stems,
            new_norms,
            norm_info,
            ..
        } = self;
        let (norms, new_norms) = (&*norms, &*new_norms);
        // The next normal form to be given its stem; the ones that are not words are given
        // theirs (themselves) as their turn comes.
        let mut next = 0usize;
        let others_until =
            |next: &mut usize, end: usize, stems: &mut Interner, info: &mut Vec<(TermId, bool)>| {
                while *next < end {
                    if let Some(&(k, _)) = new_norms.get(*next) {
                        info.push((stems.intern_keyed(k, norms.resolve(*next as TermId)), false));
                    }
                    *next += 1;
                }
            };
        let words = new_norms.iter().enumerate().filter(|&(_, &(_, word))| word);
        let mut word_ids = words.clone().map(|(id, _)| id);
        analyzer.with_words(
            words.map(|(id, &(k, _))| (norms.resolve(id as TermId), k)),
            |stem, stem_key, stop| {
                let id = word_ids.next().unwrap_or(next);
                others_until(&mut next, id, stems, norm_info);
                norm_info.push((stems.intern_keyed(stem_key, stem), stop));
                next += 1;
            },
        );
        others_until(&mut next, new_norms.len(), stems, norm_info);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (normal form, stem, stopword) of every token, and the stems in id order.
    fn analysed(doc: &Document<'_>) -> (Vec<(String, String, bool)>, Vec<String>) {
        let tokens = doc
            .tokens()
            .iter()
            .map(|t| {
                (
                    doc.norm(t.norm).to_string(),
                    doc.stem(t.stem).to_string(),
                    t.stopword,
                )
            })
            .collect();
        let stems = (0..doc.stem_count() as TermId)
            .map(|s| doc.stem(s).to_string())
            .collect();
        (tokens, stems)
    }

    #[test]
    fn stems_are_the_analyzers_whether_cached_or_not() {
        let text = "42 Meetings were held; the meeting's 3 talks went on. 42 talks, then TALKING \
                    stopped: Ministers met again and the ministers talked.";
        let splitter = SentenceSplitter::for_code("eng");
        let analyzer = Analyzer::for_code("eng");
        let cold = Document::new(text, &splitter, &analyzer);
        // the second time, every word's stem comes from the analyzer's cache
        let warm = Document::new(text, &splitter, &analyzer);
        assert_eq!(analysed(&cold), analysed(&warm));
        let (tokens, stems) = analysed(&cold);
        for (t, (norm, stem, stop)) in cold.tokens().iter().zip(&tokens) {
            if t.is_word() {
                assert_eq!(*stem, analyzer.stem(norm), "{norm}");
                assert_eq!(*stop, analyzer.is_stopword(norm), "{norm}");
            } else {
                assert_eq!(stem, norm);
                assert!(!stop);
            }
        }
        // stem ids follow the stems' first occurrences, numbers and punctuation included
        let mut first_seen: Vec<String> = Vec::new();
        for (_, stem, _) in &tokens {
            if !first_seen.contains(stem) {
                first_seen.push(stem.clone());
            }
        }
        assert_eq!(stems, first_seen);
        assert_eq!(&stems[..3], ["42", "meet", "were"]);
    }
}
