//! The pipeline: clean -> sentences and tokens -> language -> keyphrases and summary -> Report.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::sync::{Arc, RwLock};

use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
use serde::Serialize;

use crate::clean::{CleanConfig, Cleaned, RemovalReason, clean};

/// The default ceiling on the size of one document: 128 MiB.
pub const DEFAULT_MAX_BYTES: usize = 128 * 1024 * 1024;

/// How much article text language detection reads: the first 2 KiB of the cleaned text is
/// plenty to know a language, and keeps detection's cost bounded on huge documents.
pub const DETECTION_BYTES: usize = 2 * 1024;

/// The language of a document, as reported.
///
/// ```
/// let report = nutgraf::Pipeline::default()
///     .analyze("Der schnelle braune Fuchs springt über den faulen Hund.")?;
/// let lang = report.language.unwrap();
/// assert_eq!((lang.code.as_str(), lang.name.as_str()), ("deu", "German"));
/// assert!(lang.reliable);
/// # Ok::<(), nutgraf::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LanguageOut {
    /// ISO 639-3 code, as whatlang spells it (`eng`, `cmn`, `pes`).
    pub code: String,
    /// English name.
    pub name: String,
    /// The main script of the text, as whatlang names it (`Latin`, `Cyrillic`, ...).
    pub script: Option<String>,
    /// How sure detection is, in `0..=1`; 1 when the language was given.
    pub confidence: f64,
    /// Whether detection is reliable (always true when the language was given).
    pub reliable: bool,
    /// Whether the language was given by the caller instead of detected.
    pub given: bool,
    /// Whether the language is the one a web page declares (`<html lang>`, `og:locale`), used
    /// because detection was unsure of the text. Absent from JSON when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub declared: bool,
}

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
    /// How many keyphrases to report (0: none).
    pub keywords: usize,
    /// The keyphrase algorithm.
    pub keyword_algorithm: nutgraf_keywords::Algorithm,
    /// How long the summary may be.
    pub summary: nutgraf_summarize::Budget,
    /// The summarization algorithm.
    pub summary_algorithm: nutgraf_summarize::Algorithm,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            clean: CleanConfig::default(),
            language: None,
            max_bytes: DEFAULT_MAX_BYTES,
            keywords: 10,
            keyword_algorithm: nutgraf_keywords::Algorithm::default(),
            summary: nutgraf_summarize::Budget::default(),
            summary_algorithm: nutgraf_summarize::Algorithm::default(),
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

/// A byte span of the input.
///
/// ```
/// let s = nutgraf::Span { start: 0, end: 5 };
/// assert_eq!(&"Hello world"[s.start..s.end], "Hello");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Start byte offset in the input.
    pub start: usize,
    /// End byte offset in the input (exclusive).
    pub end: usize,
}

/// A keyphrase, as reported.
///
/// ```
/// let text = "The central bank raised interest rates. Interest rates rose again.";
/// let report = nutgraf::Pipeline::default().analyze(text)?;
/// assert!(report.keywords.iter().any(|k| k.text == "central bank"));
/// for k in &report.keywords {
///     for o in &k.occurrences {
///         assert!(text[o.start..o.end].eq_ignore_ascii_case(&k.text));
///     }
/// }
/// # Ok::<(), nutgraf::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeywordOut {
    /// The phrase as it appears in the text (its most frequent surface form).
    pub text: String,
    /// The algorithm's score; higher is better.
    pub score: f64,
    /// Where it occurs in the input, in text order.
    pub occurrences: Vec<Span>,
}

/// A sentence of the summary, as reported.
///
/// ```
/// let text = "Putin landed in Beijing on Thursday. He met Xi. Trade grew. It rained.";
/// let report = nutgraf::Pipeline::default().analyze(text)?;
/// assert!(report.summary.len() <= 3);
/// let first = &report.summary[0];
/// assert_eq!(&text[first.start..first.end], first.text);
/// # Ok::<(), nutgraf::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryOut {
    /// Index of the sentence in [`Report::sentences`].
    pub index: usize,
    /// Start byte offset in the input.
    pub start: usize,
    /// End byte offset in the input (exclusive).
    pub end: usize,
    /// The sentence.
    pub text: String,
    /// The algorithm's score (higher is better; comparable only within one summary).
    pub score: f64,
    /// 1 for the best-scored sentence of the summary, 2 for the next, ...
    pub rank: usize,
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

/// The article of a web page, as reported by [`Pipeline::analyze_html`].
///
/// ```
/// let page = br#"<html lang="en"><head><title>Ferry terminal to close</title>
/// <meta name="author" content="Ann Reporter"></head><body><article>
/// <p>The harbour authority said on Monday that the old ferry terminal would close for
/// repairs next spring, after inspectors found cracks in two of its concrete piers.</p>
/// <p>Ferries will dock at the cargo quay while the work goes on, the authority said.</p>
/// </article></body></html>"#;
/// let report = nutgraf::Pipeline::default().analyze_html(page)?;
/// let article = report.article.as_ref().unwrap();
/// assert_eq!(article.title.as_deref(), Some("Ferry terminal to close"));
/// assert_eq!(article.byline.as_deref(), Some("Ann Reporter"));
/// let text = report.text.as_deref().unwrap();
/// let first = &report.sentences[0];
/// assert_eq!(&text[first.start..first.end], first.text);
/// # Ok::<(), nutgraf::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ArticleOut {
    /// The headline.
    pub title: Option<String>,
    /// The author(s), as the page gives them.
    pub byline: Option<String>,
    /// The publication date, as the page gives it.
    pub date: Option<String>,
    /// The canonical URL.
    pub url: Option<String>,
    /// The page's declared language (`<html lang>`, `og:locale`), as given.
    pub lang: Option<String>,
    /// The site's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// The charset the page was decoded from.
    pub charset: String,
    /// Why no article text was found, when none was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub empty: Option<String>,
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
    /// The language used for analysis (given or detected); `None` when the text has no
    /// linguistic signal, and then no stemming or stopwords are used.
    pub language: Option<LanguageOut>,
    /// The sentences of article text (after the clean-up), with spans into the input.
    pub sentences: Vec<SentenceOut>,
    /// What the clean-up set aside, with the reason for each.
    pub removals: Vec<RemovalOut>,
    /// The embedded reference summary, when the document has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Counts.
    pub stats: Stats,
    /// The keyphrases, best first.
    pub keywords: Vec<KeywordOut>,
    /// The summary: sentences of the article in document order.
    pub summary: Vec<SummaryOut>,
    /// ROUGE of the summary against the reference (F1, precision, recall; computed as
    /// Google's rouge-score does with stemming), when the document has a reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rouge: Option<nutgraf_eval::RougeScores>,
    /// The page's article metadata, when the input was a web page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<ArticleOut>,
    /// The text extracted from a web page, which every span of this report indexes into;
    /// `None` when the input was text (spans then index into that text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
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
    /// Analyzers and splitters built so far, by language code (building one reads a stopword
    /// list and creates a stemmer: done once per language, not per document).
    cache: RwLock<BTreeMap<String, Arc<LanguageTools>>>,
}

/// What the pipeline needs for one language.
#[derive(Debug)]
struct LanguageTools {
    analyzer: Analyzer,
    splitter: SentenceSplitter,
}

impl Pipeline {
    /// A pipeline with the given configuration.
    ///
    /// ```
    /// let p = nutgraf::Pipeline::new(nutgraf::Config::default());
    /// assert_eq!(p.config().max_bytes, nutgraf::DEFAULT_MAX_BYTES);
    /// ```
    pub fn new(config: Config) -> Pipeline {
        Pipeline {
            config,
            cache: RwLock::default(),
        }
    }

    /// The analyzer and splitter for a language code (`""`: none), built once.
    fn tools(&self, code: &str) -> Arc<LanguageTools> {
        if let Ok(cache) = self.cache.read() {
            if let Some(tools) = cache.get(code) {
                return Arc::clone(tools);
            }
        }
        let tools = Arc::new(if code.is_empty() {
            LanguageTools {
                analyzer: Analyzer::none(),
                splitter: SentenceSplitter::default(),
            }
        } else {
            LanguageTools {
                analyzer: Analyzer::for_code(code),
                splitter: SentenceSplitter::for_code(code),
            }
        });
        if let Ok(mut cache) = self.cache.write() {
            cache.insert(code.to_string(), Arc::clone(&tools));
        }
        tools
    }

    /// The keyphrases of the analysed document.
    fn keywords(&self, doc: &Document<'_>, language: Option<&LanguageOut>) -> Vec<KeywordOut> {
        if self.config.keywords == 0 {
            return Vec::new();
        }
        let mut extractor = nutgraf_keywords::Extractor::new(self.config.keyword_algorithm);
        extractor
            .top_n(self.config.keywords)
            .english(language.map(|l| l.code == "eng"))
            .language(language.map(|l| l.code.as_str()));
        extractor
            .extract(doc)
            .into_iter()
            .map(|k| KeywordOut {
                text: k.text,
                score: k.score,
                occurrences: k
                    .spans
                    .into_iter()
                    .map(|s| Span {
                        start: s.start,
                        end: s.end,
                    })
                    .collect(),
            })
            .collect()
    }

    /// The summary of the analysed document, ranks given by score.
    fn summary(
        &self,
        doc: &Document<'_>,
        title: Option<&str>,
        analyzer: &Analyzer,
    ) -> Vec<SummaryOut> {
        let summarizer =
            nutgraf_summarize::Summarizer::new(self.config.summary_algorithm, self.config.summary);
        let extracts = match title {
            Some(title) => summarizer.summarize_titled(doc, title, analyzer),
            None => summarizer.summarize(doc),
        };
        let mut order: Vec<usize> = (0..extracts.len()).collect();
        order.sort_by(|&a, &b| {
            extracts[b]
                .score
                .total_cmp(&extracts[a].score)
                .then(extracts[a].index.cmp(&extracts[b].index))
        });
        let mut rank = vec![0; extracts.len()];
        for (r, &i) in order.iter().enumerate() {
            rank[i] = r + 1;
        }
        extracts
            .iter()
            .zip(rank)
            .map(|(e, rank)| SummaryOut {
                index: e.index,
                start: e.span.start,
                end: e.span.end,
                text: doc.text().get(e.span.clone()).unwrap_or("").to_string(),
                score: e.score,
                rank,
            })
            .collect()
    }

    /// Detects (or takes from the configuration) the language of the cleaned text.
    fn language(&self, text: &str, cleaned: &Cleaned) -> Option<LanguageOut> {
        let sample = detection_sample(text, cleaned);
        let detected = nutgraf_lang::detect(&sample);
        if let Some(code) = &self.config.language {
            let code = code.trim().to_ascii_lowercase();
            let name = nutgraf_lang::Language::from_code(&code)
                .map_or_else(|| code.clone(), |l| l.name().to_string());
            return Some(LanguageOut {
                name,
                script: detected.map(|d| d.script().to_string()),
                code,
                confidence: 1.0,
                reliable: true,
                given: true,
                declared: false,
            });
        }
        detected.map(|d| LanguageOut {
            code: d.code().to_string(),
            name: d.name().to_string(),
            script: Some(d.script().to_string()),
            confidence: d.confidence(),
            reliable: d.is_reliable(),
            given: false,
            declared: false,
        })
    }

    /// The configuration in force.
    ///
    /// ```
    /// assert!(nutgraf::Pipeline::default().config().clean.enabled);
    /// ```
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Analyses a web page: its article is extracted (nutgraf-extract: charset, main text,
    /// title, byline, date, declared language, canonical URL), then analysed as
    /// [`Pipeline::analyze`] analyses text. The report carries the extracted text in
    /// [`Report::text`] (every span indexes into it) and the metadata in [`Report::article`].
    /// When detection is unsure of the text's language and the page declares one, the declared
    /// language is used.
    ///
    /// # Errors
    /// [`Error::TooLarge`] when the page exceeds [`Config::max_bytes`] or 32 MiB (the
    /// extractor's ceiling, `nutgraf_extract::DEFAULT_MAX_BYTES`). A page without an
    /// article gives a report with no sentences and [`ArticleOut::empty`] saying why.
    ///
    /// ```
    /// let report = nutgraf::Pipeline::default().analyze_html(b"<html><body><h1>404</h1></body></html>")?;
    /// assert!(report.sentences.is_empty());
    /// assert_eq!(report.article.unwrap().empty.as_deref(), Some("no article found in the page"));
    /// # Ok::<(), nutgraf::Error>(())
    /// ```
    pub fn analyze_html(&self, html: &[u8]) -> Result<Report, Error> {
        let mut config = nutgraf_extract::Config::default();
        // A page costs far more than text of its size (a DOM, several passes over it): pages
        // are held to the extractor's own ceiling too.
        config.max_bytes = self
            .config
            .max_bytes
            .min(nutgraf_extract::DEFAULT_MAX_BYTES);
        let article = nutgraf_extract::Extractor::new(config)
            .extract(html)
            .map_err(|e| match e {
                nutgraf_extract::Error::TooLarge { bytes, max_bytes } => {
                    Error::TooLarge { bytes, max_bytes }
                }
                _ => Error::TooLarge {
                    bytes: html.len(),
                    max_bytes: self.config.max_bytes,
                },
            })?;
        let text = article.text();
        let mut report =
            self.analyze_hinted(&text, article.lang.as_deref(), article.title.as_deref())?;
        report.article = Some(ArticleOut {
            title: article.title,
            byline: article.byline,
            date: article.date,
            url: article.url,
            lang: article.lang,
            site_name: article.site_name,
            charset: article.charset.to_string(),
            empty: article.empty.map(|r| r.as_str().to_string()),
        });
        report.text = Some(text);
        Ok(report)
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
        self.analyze_hinted(text, None, None)
    }

    /// [`Pipeline::analyze`] of a document with a title: the summary takes the title as
    /// evidence of what the document is about (see
    /// `nutgraf_summarize::Summarizer::summarize_titled`); the title is not part of the text
    /// and no span points into it. `None` or an empty title is [`Pipeline::analyze`].
    ///
    /// # Errors
    /// As [`Pipeline::analyze`].
    ///
    /// ```
    /// let p = nutgraf::Pipeline::default();
    /// let text = "The council met on Monday. Ferries will stop at the harbour.";
    /// let report = p.analyze_titled(text, Some("Ferries to stop"))?;
    /// assert_eq!(report.sentences.len(), 2);
    /// assert_eq!(p.analyze_titled(text, None)?.summary, p.analyze(text)?.summary);
    /// # Ok::<(), nutgraf::Error>(())
    /// ```
    pub fn analyze_titled(&self, text: &str, title: Option<&str>) -> Result<Report, Error> {
        self.analyze_hinted(text, None, title)
    }

    /// [`Pipeline::analyze`], with the language a page declares (a BCP 47 tag) as a fallback
    /// for detection, and the document's title for the summary.
    fn analyze_hinted(
        &self,
        text: &str,
        declared: Option<&str>,
        title: Option<&str>,
    ) -> Result<Report, Error> {
        if text.len() > self.config.max_bytes {
            return Err(Error::TooLarge {
                bytes: text.len(),
                max_bytes: self.config.max_bytes,
            });
        }
        let cleaned = clean(text, &self.config.clean);
        let mut language = self.language(text, &cleaned);
        if let Some(code) = declared.and_then(iso639_3) {
            if language.as_ref().is_none_or(|l| !l.reliable && !l.given) {
                let name = nutgraf_lang::Language::from_code(code)
                    .map_or_else(|| code.to_string(), |l| l.name().to_string());
                let script = language.as_ref().and_then(|l| l.script.clone());
                let confidence = language.as_ref().map_or(0.0, |l| l.confidence);
                language = Some(LanguageOut {
                    code: code.to_string(),
                    name,
                    script,
                    confidence,
                    reliable: false,
                    given: false,
                    declared: true,
                });
            }
        }
        let tools = self.tools(language.as_ref().map_or("", |l| l.code.as_str()));
        let spans = sentence_spans(text, &cleaned, &tools.splitter);
        let doc = Document::from_sentences(text, spans, &tools.analyzer);
        let keywords = self.keywords(&doc, language.as_ref());
        let summary = self.summary(&doc, title, &tools.analyzer);
        let mut report = build_report(text, &cleaned, &doc, language);
        report.keywords = keywords;
        report.rouge = report
            .reference
            .as_deref()
            .filter(|_| !summary.is_empty())
            .map(|reference| {
                let candidate: Vec<&str> = summary.iter().map(|s| s.text.as_str()).collect();
                nutgraf_eval::rouge(
                    &candidate.join("\n"),
                    &one_sentence_per_line(reference, &tools.splitter),
                )
            });
        report.summary = summary;
        Ok(report)
    }
}

/// The ISO 639-3 code (as whatlang spells it) of a page's BCP 47 language tag (`en-GB`,
/// `pt_BR`, `zh-Hans`), for the languages nutgraf detects; `None` otherwise.
fn iso639_3(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    const TABLE: &[(&str, &str)] = &[
        ("af", "afr"),
        ("ar", "arb"),
        ("az", "aze"),
        ("be", "bel"),
        ("bg", "bul"),
        ("bn", "ben"),
        ("ca", "cat"),
        ("cs", "ces"),
        ("da", "dan"),
        ("de", "deu"),
        ("el", "ell"),
        ("en", "eng"),
        ("eo", "epo"),
        ("es", "spa"),
        ("et", "est"),
        ("fa", "pes"),
        ("fi", "fin"),
        ("fr", "fra"),
        ("gu", "guj"),
        ("he", "heb"),
        ("hi", "hin"),
        ("hr", "hrv"),
        ("hu", "hun"),
        ("hy", "hye"),
        ("id", "ind"),
        ("it", "ita"),
        ("ja", "jpn"),
        ("ka", "kat"),
        ("km", "khm"),
        ("kn", "kan"),
        ("ko", "kor"),
        ("la", "lat"),
        ("lt", "lit"),
        ("lv", "lav"),
        ("mk", "mkd"),
        ("ml", "mal"),
        ("mr", "mar"),
        ("my", "mya"),
        ("nb", "nob"),
        ("ne", "nep"),
        ("nl", "nld"),
        ("no", "nob"),
        ("pa", "pan"),
        ("pl", "pol"),
        ("pt", "por"),
        ("ro", "ron"),
        ("ru", "rus"),
        ("si", "sin"),
        ("sk", "slk"),
        ("sl", "slv"),
        ("sn", "sna"),
        ("sr", "srp"),
        ("sv", "swe"),
        ("ta", "tam"),
        ("te", "tel"),
        ("th", "tha"),
        ("tk", "tuk"),
        ("tl", "tgl"),
        ("tr", "tur"),
        ("uk", "ukr"),
        ("ur", "urd"),
        ("uz", "uzb"),
        ("vi", "vie"),
        ("yi", "yid"),
        ("zh", "cmn"),
        ("zu", "zul"),
    ];
    TABLE
        .iter()
        .find(|(two, _)| *two == primary)
        .map(|(_, three)| *three)
        .filter(|code| nutgraf_lang::Language::from_code(code).is_some())
}

/// The start of the cleaned article text, at most [`DETECTION_BYTES`], paragraphs joined by
/// line breaks.
fn detection_sample(text: &str, cleaned: &Cleaned) -> String {
    let mut sample = String::with_capacity(DETECTION_BYTES.min(text.len()) + 1);
    for block in &cleaned.blocks {
        let Some(slice) = text.get(block.clone()) else {
            continue;
        };
        let room = DETECTION_BYTES.saturating_sub(sample.len());
        if room == 0 {
            break;
        }
        let mut end = slice.len().min(room);
        while !slice.is_char_boundary(end) {
            end -= 1;
        }
        sample.push_str(&slice[..end]);
        sample.push('\n');
    }
    sample
}

/// A text with one sentence per line (its line breaks inside sentences folded), as ROUGE-Lsum
/// expects its reference.
fn one_sentence_per_line(text: &str, splitter: &SentenceSplitter) -> String {
    splitter
        .split(text)
        .into_iter()
        .map(|s| text[s].split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
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

fn build_report(
    text: &str,
    cleaned: &Cleaned,
    doc: &Document<'_>,
    language: Option<LanguageOut>,
) -> Report {
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
        language,
        sentences,
        removals,
        reference,
        stats,
        keywords: Vec::new(),
        summary: Vec::new(),
        rouge: None,
        article: None,
        text: None,
    }
}

fn is_word(t: &nutgraf_tokenize::Token) -> bool {
    matches!(
        t.kind,
        nutgraf_tokenize::TokenKind::Word | nutgraf_tokenize::TokenKind::Number
    )
}
