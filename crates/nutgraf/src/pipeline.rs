//! The pipeline: clean -> sentences and tokens -> language -> keyphrases and summary -> Report.

use std::fmt;
use std::ops::Range;

use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
use serde::Serialize;

use crate::clean::{CleanConfig, Cleaned, RemovalReason, clean};

/// The default ceiling on the size of one document: 128 MiB.
pub const DEFAULT_MAX_BYTES: usize = 128 * 1024 * 1024;

/// What the [`Pipeline`] does. `Default` is what `cargo xtask summarize` does.
///
/// ```
/// let mut config = nutgraf::Config::default();
/// config.language = Some("eng".to_string());
/// config.clean = nutgraf::CleanConfig::disabled();
/// let pipeline = nutgraf::Pipeline::new(config);
/// # let _ = pipeline;
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Config {
    /// The clean-up rules.
    pub clean: CleanConfig,
    /// An ISO 639-3 code that overrides language detection.
    pub language: Option<String>,
    /// Documents larger than this many bytes are refused with [`Error::TooLarge`].
    pub max_bytes: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            clean: CleanConfig::default(),
            language: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Why a document could not be analysed.
///
/// ```
/// let mut config = nutgraf::Config::default();
/// config.max_bytes = 4;
/// let err = nutgraf::Pipeline::new(config).analyze("too long").unwrap_err();
/// assert!(matches!(err, nutgraf::Error::TooLarge { .. }));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The document is larger than [`Config::max_bytes`]; raise the ceiling or split the text.
    TooLarge {
        /// The document's size in bytes.
        bytes: usize,
        /// The ceiling in force.
        max_bytes: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLarge { bytes, max_bytes } => write!(
                f,
                "document of {bytes} bytes is larger than the ceiling of {max_bytes} bytes (raise it with --max-bytes)"
            ),
        }
    }
}

impl std::error::Error for Error {}

/// A byte span with its text, as reported.
///
/// ```
/// let report = nutgraf::Pipeline::default().analyze("One. Two.").unwrap();
/// assert_eq!(report.sentences[1].text, "Two.");
/// assert_eq!((report.sentences[1].start, report.sentences[1].end), (5, 9));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceOut {
    /// Index of the sentence in the document.
    pub index: usize,
    /// Start byte offset in the input.
    pub start: usize,
    /// End byte offset in the input (exclusive).
    pub end: usize,
    /// The sentence.
    pub text: String,
}

/// A removed span, as reported.
///
/// ```
/// let report = nutgraf::Pipeline::default().analyze("Advertisement\nText.").unwrap();
/// assert_eq!(report.removals[0].text, "Advertisement");
/// assert_eq!(report.removals[0].reason, nutgraf::RemovalReason::Boilerplate);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RemovalOut {
    /// Start byte offset in the input.
    pub start: usize,
    /// End byte offset in the input (exclusive).
    pub end: usize,
    /// Why it was removed.
    pub reason: RemovalReason,
    /// The removed text.
    pub text: String,
}

/// Counts that describe a document.
///
/// ```
/// let report = nutgraf::Pipeline::default().analyze("One two. Three.").unwrap();
/// assert_eq!(report.stats.sentences, 2);
/// assert_eq!(report.stats.words, 3);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Size of the input in bytes.
    pub bytes: usize,
    /// Size of the input in characters.
    pub chars: usize,
    /// Paragraph blocks of article text kept by the clean-up.
    pub paragraphs: usize,
    /// Sentences of article text.
    pub sentences: usize,
    /// Words and numbers of article text.
    pub words: usize,
    /// Distinct word stems of article text.
    pub distinct_stems: usize,
    /// Spans removed by the clean-up.
    pub removed: usize,
    /// Words in the reference summary (0 without one).
    pub reference_words: usize,
}

/// Everything nutgraf knows about one document. Serializes to the JSON the runner prints; the
/// field names are a public contract.
///
/// ```
/// let text = "Xi met Putin in Beijing.\nEditor's P/S:\nThe leaders met.";
/// let report = nutgraf::Pipeline::default().analyze(text).unwrap();
/// assert_eq!(report.reference.as_deref(), Some("The leaders met."));
/// assert_eq!(report.sentences.len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The ISO 639-3 code of the language used for analysis, when one was given or detected.
    pub language_code: Option<String>,
    /// The sentences of article text (after the clean-up), with spans into the input.
    pub sentences: Vec<SentenceOut>,
    /// What the clean-up set aside, with the reason for each.
    pub removals: Vec<RemovalOut>,
    /// The embedded reference summary, when the document has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Counts.
    pub stats: Stats,
}

/// The analysis pipeline. Build it once (it holds the per-language tables) and call
/// [`Pipeline::analyze`] for each document; it is `Sync`, so threads can share it.
///
/// ```
/// let pipeline = nutgraf::Pipeline::default();
/// let report = pipeline.analyze("Russian President Vladimir Putin landed in Beijing.")?;
/// assert_eq!(report.sentences.len(), 1);
/// # Ok::<(), nutgraf::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Pipeline {
    config: Config,
}

impl Pipeline {
    /// A pipeline with the given configuration.
    ///
    /// ```
    /// let p = nutgraf::Pipeline::new(nutgraf::Config::default());
    /// assert_eq!(p.config().max_bytes, nutgraf::DEFAULT_MAX_BYTES);
    /// ```
    pub fn new(config: Config) -> Pipeline {
        Pipeline { config }
    }

    /// The configuration in force.
    ///
    /// ```
    /// assert!(nutgraf::Pipeline::default().config().clean.enabled);
    /// ```
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Analyses one document.
    ///
    /// # Errors
    /// [`Error::TooLarge`] when the text exceeds [`Config::max_bytes`]. Any other text, empty
    /// or junk included, gives a report.
    ///
    /// ```
    /// let report = nutgraf::Pipeline::default().analyze("")?;
    /// assert!(report.sentences.is_empty());
    /// # Ok::<(), nutgraf::Error>(())
    /// ```
    pub fn analyze(&self, text: &str) -> Result<Report, Error> {
        if text.len() > self.config.max_bytes {
            return Err(Error::TooLarge {
                bytes: text.len(),
                max_bytes: self.config.max_bytes,
            });
        }
        let cleaned = clean(text, &self.config.clean);
        let code = self.config.language.clone();
        let (analyzer, splitter) = match &code {
            Some(code) => (Analyzer::for_code(code), SentenceSplitter::for_code(code)),
            None => (Analyzer::none(), SentenceSplitter::default()),
        };
        let spans = sentence_spans(text, &cleaned, &splitter);
        let doc = Document::from_sentences(text, spans, &analyzer);
        Ok(build_report(text, &cleaned, &doc, code))
    }
}

/// Splits every kept block into sentences; spans are into the whole text.
fn sentence_spans(text: &str, cleaned: &Cleaned, splitter: &SentenceSplitter) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    for block in &cleaned.blocks {
        let Some(slice) = text.get(block.clone()) else {
            continue;
        };
        spans.extend(
            splitter
                .split(slice)
                .into_iter()
                .map(|s| s.start + block.start..s.end + block.start),
        );
    }
    spans
}

fn build_report(text: &str, cleaned: &Cleaned, doc: &Document<'_>, code: Option<String>) -> Report {
    let sentences: Vec<SentenceOut> = doc
        .sentences()
        .iter()
        .enumerate()
        .map(|(index, s)| SentenceOut {
            index,
            start: s.span.start,
            end: s.span.end,
            text: text[s.span.clone()].to_string(),
        })
        .collect();
    let removals: Vec<RemovalOut> = cleaned
        .removals
        .iter()
        .map(|r| RemovalOut {
            start: r.span.start,
            end: r.span.end,
            reason: r.reason,
            text: text[r.span.clone()].to_string(),
        })
        .collect();
    let reference = cleaned.reference.clone().map(|r| text[r].to_string());
    let stats = Stats {
        bytes: text.len(),
        chars: text.chars().count(),
        paragraphs: cleaned.blocks.len(),
        sentences: sentences.len(),
        words: doc.tokens().iter().filter(|t| t.is_word()).count(),
        distinct_stems: {
            let mut seen = vec![false; doc.stem_count()];
            doc.tokens()
                .iter()
                .filter(|t| t.is_word())
                .filter(|t| !std::mem::replace(&mut seen[t.stem as usize], true))
                .count()
        },
        removed: removals.len(),
        reference_words: reference.as_deref().map_or(0, |r| {
            nutgraf_tokenize::tokenize(r)
                .iter()
                .filter(|t| is_word(t))
                .count()
        }),
    };
    Report {
        language_code: code,
        sentences,
        removals,
        reference,
        stats,
    }
}

fn is_word(t: &nutgraf_tokenize::Token) -> bool {
    matches!(
        t.kind,
        nutgraf_tokenize::TokenKind::Word | nutgraf_tokenize::TokenKind::Number
    )
}
