//! The per-sentence view every algorithm starts from: content terms with counts, word counts.

use nutgraf_tokenize::Document;

/// A document reduced to what the algorithms count.
///
/// Terms are the stems of content tokens (words and numbers that are not stopwords), remapped
/// to dense ids `0..vocab` in order of first occurrence.
#[derive(Debug)]
pub(crate) struct Prepared {
    /// Per sentence: (term, count), sorted by term id.
    pub terms: Vec<Vec<(u32, u32)>>,
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

impl Prepared {
    pub fn new(doc: &Document<'_>) -> Prepared {
        let n = doc.sentences().len();
        let mut dense = vec![u32::MAX; doc.stem_count()];
        let mut stems = Vec::new();
        let mut terms = Vec::with_capacity(n);
        let mut content_len = Vec::with_capacity(n);
        let mut words = Vec::with_capacity(n);
        let mut buf: Vec<u32> = Vec::new();
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
            let mut bag: Vec<(u32, u32)> = Vec::with_capacity(buf.len());
            for &id in &buf {
                match bag.last_mut() {
                    Some((last, c)) if *last == id => *c += 1,
                    _ => bag.push((id, 1)),
                }
            }
            terms.push(bag);
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
        for bag in &self.terms {
            for &(t, c) in bag {
                if let Some(d) = tf.get_mut(t as usize) {
                    *d += c;
                }
            }
        }
        tf
    }
}
