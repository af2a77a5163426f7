//! Sentence segmentation with byte spans.
//!
//! (First cut: UAX #29 sentence bounds plus paragraph breaks. The news rules come next.)

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Splits text into sentences for one language.
///
/// ```
/// use nutgraf_tokenize::SentenceSplitter;
/// let text = "Hello World. My name is Jonas.";
/// let spans = SentenceSplitter::for_code("eng").split(text);
/// assert_eq!(spans.len(), 2);
/// assert_eq!(&text[spans[1].clone()], "My name is Jonas.");
/// ```
#[derive(Clone, Debug, Default)]
pub struct SentenceSplitter {
    _private: (),
}

impl SentenceSplitter {
    /// The splitter for an ISO 639-3 (or 639-1) code; unknown codes get the generic rules.
    ///
    /// ```
    /// let _ = nutgraf_tokenize::SentenceSplitter::for_code("deu");
    /// ```
    pub fn for_code(_code: &str) -> SentenceSplitter {
        SentenceSplitter { _private: () }
    }

    /// The sentences of `text`: trimmed, non-empty byte spans, in order, not overlapping.
    ///
    /// ```
    /// let spans = nutgraf_tokenize::SentenceSplitter::default().split("A b.\n\nC d");
    /// assert_eq!(spans, [0..4, 6..9]);
    /// ```
    pub fn split(&self, text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        for (start, seg) in text.split_sentence_bound_indices() {
            let mut line_start = start;
            for line in seg.split_inclusive('\n') {
                push_trimmed(text, line_start..line_start + line.len(), &mut out);
                line_start += line.len();
            }
        }
        out
    }
}

fn push_trimmed(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[span.clone()];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push(span.start + lead..span.start + lead + trimmed.len());
    }
}
