//! The per-sentence view every algorithm starts from: content terms with counts, word counts.

use nutgraf_tokenize::Document;

/// A document reduced to what the algorithms count.
///
/// Terms are the stems of content tokens (words and numbers that are not stopwords), remapped
/// to dense ids `0..vocab` in order of first occurrence.
#[derive(Debug)]
pub(crate) struct Prepared {
    /// Per sentence: (term, count), sorted by term id.
    pub terms: Bags,
    /// Per sentence: the number of content tokens (with repeats).
    pub content_len: Vec<u32>,
    /// Per sentence: the number of word tokens (words and numbers, stopwords included); the
    /// unit of word budgets.
    pub words: Vec<usize>,
    /// For each dense term id, its stem id in the [`Document`].
    pub stems: Vec<u32>,
    /// For each stem id of the [`Document`], its dense term id (`u32::MAX` when the stem is
    /// never a content term).
    pub dense: Vec<u32>,
}

/// The sentences' bags of terms, one after another in one vector: `bag(i)` is
/// `flat[ends[i - 1]..ends[i]]` (one allocation per document, not one per sentence).
#[derive(Debug, Default)]
pub(crate) struct Bags {
    flat: Vec<(u32, u32)>,
    ends: Vec<usize>,
}

impl Bags {
    /// The number of sentences.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// The bags, in sentence order.
    pub fn iter(&self) -> impl Iterator<Item = &[(u32, u32)]> + Clone + '_ {
        (0..self.len()).map(|i| &self[i])
    }
}

impl std::ops::Index<usize> for Bags {
    type Output = [(u32, u32)];

    /// Sentence `i`'s bag (empty past the last sentence).
    fn index(&self, i: usize) -> &[(u32, u32)] {
        let end = self.ends.get(i).copied().unwrap_or(0);
        let start = match i.checked_sub(1) {
            Some(j) => self.ends.get(j).copied().unwrap_or(0),
            None => 0,
        };
        self.flat.get(start..end).unwrap_or(&[])
    }
}

impl Prepared {
    pub fn new(doc: &Document<'_>) -> Prepared {
        let n = doc.sentences().len();
        let mut dense = vec![u32::MAX; doc.stem_count()];
        let mut stems = Vec::with_capacity(doc.stem_count());
        let mut terms = Bags {
            flat: Vec::with_capacity(doc.tokens().len() / 2),
            ends: Vec::with_capacity(n),
        };
        let mut content_len = Vec::with_capacity(n);
        let mut words = Vec::with_capacity(n);
        let mut buf: Vec<u32> = Vec::with_capacity(64);
        for i in 0..n {
            buf.clear();
            let mut w = 0usize;
            for t in doc.sentence_tokens(i) {
                if !t.is_word() {
                    continue;
                }
                w += 1;
                if t.stopword {
                    continue;
                }
                let Some(slot) = dense.get_mut(t.stem as usize) else {
                    continue;
                };
                if *slot == u32::MAX {
                    *slot = stems.len() as u32;
                    stems.push(t.stem);
                }
                buf.push(*slot);
            }
            content_len.push(buf.len() as u32);
            buf.sort_unstable();
            let start = terms.flat.len();
            for &id in &buf {
                match terms.flat.get_mut(start..).and_then(|bag| bag.last_mut()) {
                    Some((last, c)) if *last == id => *c += 1,
                    _ => terms.flat.push((id, 1)),
                }
            }
            terms.ends.push(terms.flat.len());
            words.push(w);
        }
        Prepared {
            terms,
            content_len,
            words,
            stems,
            dense,
        }
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn vocab(&self) -> usize {
        self.stems.len()
    }

    /// In how many of the first `n` sentences each term occurs.
    pub fn sentence_frequency(&self, n: usize) -> Vec<u32> {
        let mut df = vec![0u32; self.vocab()];
        for bag in self.terms.iter().take(n) {
            for &(t, _) in bag {
                if let Some(d) = df.get_mut(t as usize) {
                    *d += 1;
                }
            }
        }
        df
    }

    /// How often each term occurs in the whole document.
    pub fn term_frequency(&self) -> Vec<u32> {
        let mut tf = vec![0u32; self.vocab()];
        for bag in self.terms.iter() {
            for &(t, c) in bag {
                if let Some(d) = tf.get_mut(t as usize) {
                    *d += c;
                }
            }
        }
        tf
    }
}
