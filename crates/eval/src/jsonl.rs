//! JSON Lines readers for the evaluation sets, with errors naming file and line.

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

/// An error reading a JSON Lines file: which file, which line, what went wrong.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::jsonl::{Error, read_jsonl};
///
/// let err = read_jsonl::<serde_json::Value>("/no/such/file.jsonl").err().unwrap();
/// assert!(matches!(err, Error::Open { .. }));
/// assert!(err.to_string().starts_with("/no/such/file.jsonl: "));
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be opened: check the path.
    Open {
        /// The path given.
        path: PathBuf,
        /// The operating system's error.
        source: io::Error,
    },
    /// A line could not be read (an I/O failure, or bytes that are not UTF-8).
    Read {
        /// The file (or the name given to a reader).
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// The underlying error.
        source: io::Error,
    },
    /// A line is not valid JSON or lacks a field the row type needs: fix the line.
    Parse {
        /// The file (or the name given to a reader).
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// serde_json's error (its column is within the line).
        source: serde_json::Error,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Open { path, source } => write!(f, "{}: cannot open: {source}", path.display()),
            Error::Read { path, line, source } => {
                write!(f, "{}:{line}: cannot read: {source}", path.display())
            }
            Error::Parse { path, line, source } => {
                write!(f, "{}:{line}: invalid row: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Open { source, .. } | Error::Read { source, .. } => Some(source),
            Error::Parse { source, .. } => Some(source),
        }
    }
}

/// An iterator over the rows of a JSON Lines source: `(line number, row)`,
/// line numbers 1-based; blank lines are skipped. After an I/O error it ends.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::jsonl::JsonlReader;
///
/// let data = "{\"a\": 1}\n\n{\"a\": 2}\n";
/// let rows: Vec<(usize, serde_json::Value)> =
///     JsonlReader::new(data.as_bytes(), "inline").collect::<Result<_, _>>()?;
/// assert_eq!(rows.iter().map(|r| r.0).collect::<Vec<_>>(), [1, 3]);
/// # Ok::<(), nutgraf_eval::jsonl::Error>(())
/// ```
#[derive(Debug)]
pub struct JsonlReader<R, T> {
    reader: R,
    path: PathBuf,
    line: usize,
    buf: String,
    done: bool,
    _row: PhantomData<fn() -> T>,
}

impl<R: BufRead, T: DeserializeOwned> JsonlReader<R, T> {
    /// Reads rows from `reader`; `name` is used in error messages in place of a path.
    ///
    /// # Examples
    ///
    /// ```
    /// use nutgraf_eval::jsonl::JsonlReader;
    ///
    /// let mut rows = JsonlReader::<_, serde_json::Value>::new("not json\n".as_bytes(), "stdin");
    /// let err = rows.next().unwrap().unwrap_err();
    /// assert!(err.to_string().starts_with("stdin:1: invalid row"));
    /// ```
    pub fn new(reader: R, name: impl Into<PathBuf>) -> Self {
        JsonlReader {
            reader,
            path: name.into(),
            line: 0,
            buf: String::new(),
            done: false,
            _row: PhantomData,
        }
    }
}

impl<R: BufRead, T: DeserializeOwned> Iterator for JsonlReader<R, T> {
    type Item = Result<(usize, T), Error>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            self.line += 1;
            match self.reader.read_line(&mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    if self.buf.trim().is_empty() {
                        continue;
                    }
                    // A byte-order mark at the head of a line (of the file, or of a file
                    // concatenated to it) is not JSON.
                    return Some(
                        serde_json::from_str(self.buf.trim_start_matches('\u{FEFF}'))
                            .map(|row| (self.line, row))
                            .map_err(|source| Error::Parse {
                                path: self.path.clone(),
                                line: self.line,
                                source,
                            }),
                    );
                }
                Err(source) => {
                    self.done = true;
                    return Some(Err(Error::Read {
                        path: self.path.clone(),
                        line: self.line,
                        source,
                    }));
                }
            }
        }
        None
    }
}

/// Opens a JSON Lines file and iterates over its rows as `(line number, T)`.
///
/// Blank lines are skipped (as `score.py` does); a line that does not parse
/// as `T` yields [`Error::Parse`] naming the file and line, and iteration can
/// go on past it. Each line is read whole into memory.
///
/// # Examples
///
/// ```no_run
/// use nutgraf_eval::jsonl::{SummarizeRow, read_jsonl};
///
/// for row in read_jsonl::<SummarizeRow>("../shared/data/summarize/bbc_dev.jsonl")? {
///     let (line, row) = row?;
///     println!("{line}: {} has a {}-byte summary", row.id, row.summary.len());
/// }
/// # Ok::<(), nutgraf_eval::jsonl::Error>(())
/// ```
///
/// ```
/// let path = std::env::temp_dir().join("nutgraf-eval-doc-read_jsonl.jsonl");
/// std::fs::write(&path, "{\"id\": 7, \"lang\": \"eng\", \"kind\": \"word\", \"text\": \"hi\"}\n")?;
/// let rows: Vec<_> = nutgraf_eval::read_jsonl::<nutgraf_eval::jsonl::LangRow>(&path)?
///     .collect::<Result<_, _>>()?;
/// assert_eq!(rows[0].1.id, "7");
/// # std::fs::remove_file(&path)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_jsonl<T: DeserializeOwned>(
    path: impl AsRef<Path>,
) -> Result<JsonlReader<BufReader<File>, T>, Error> {
    let path = path.as_ref();
    let file = File::open(path).map_err(|source| Error::Open {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(JsonlReader::new(BufReader::new(file), path))
}

/// Deserializes an id given as a JSON string (kept as is) or any other JSON
/// value (kept as its compact JSON text, so `7` becomes `"7"`).
///
/// # Examples
///
/// ```
/// #[derive(serde::Deserialize)]
/// struct Row {
///     #[serde(deserialize_with = "nutgraf_eval::jsonl::id_string")]
///     id: String,
/// }
/// let r: Row = serde_json::from_str(r#"{"id": 12}"#)?;
/// assert_eq!(r.id, "12");
/// let r: Row = serde_json::from_str(r#"{"id": "a-1"}"#)?;
/// assert_eq!(r.id, "a-1");
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn id_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    })
}

/// A row of `summarize/*.jsonl`: an article and its reference summary.
///
/// # Examples
///
/// ```
/// let r: nutgraf_eval::jsonl::SummarizeRow =
///     serde_json::from_str(r#"{"id": "a", "text": "One. Two.", "summary": "One."}"#)?;
/// assert_eq!((r.summary.as_str(), r.title), ("One.", None));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct SummarizeRow {
    /// Row id (a string, or another JSON value as its JSON text).
    #[serde(deserialize_with = "id_string")]
    pub id: String,
    /// The article.
    pub text: String,
    /// The reference summary (sentences possibly separated by newlines).
    pub summary: String,
    /// The article's title, when the set has one (BBC).
    #[serde(default)]
    pub title: Option<String>,
    /// The language as an ISO 639-3 code, when the set gives it (`fra`, `por`, `zho`).
    #[serde(default)]
    pub lang: Option<String>,
}

/// A row of `keywords/*.jsonl`: a document and its gold keyphrases.
///
/// # Examples
///
/// ```
/// let r: nutgraf_eval::jsonl::KeyphraseRow =
///     serde_json::from_str(r#"{"id": "1", "text": "...", "keyphrases": ["a b", "c"]}"#)?;
/// assert_eq!((r.keyphrases.len(), r.lang), (2, None));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct KeyphraseRow {
    /// Row id.
    #[serde(deserialize_with = "id_string")]
    pub id: String,
    /// The document.
    pub text: String,
    /// Gold keyphrases.
    pub keyphrases: Vec<String>,
    /// The language as an ISO 639-3 code, when the set gives it (`por`).
    #[serde(default)]
    pub lang: Option<String>,
}

/// A row of `lang/*.jsonl`: a text in a known language.
///
/// # Examples
///
/// ```
/// let r: nutgraf_eval::jsonl::LangRow = serde_json::from_str(
///     r#"{"id": "afr-word-1", "lang": "afr", "kind": "word", "text": "hallo"}"#)?;
/// assert_eq!((r.lang.as_str(), r.kind.as_str()), ("afr", "word"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct LangRow {
    /// Row id.
    #[serde(deserialize_with = "id_string")]
    pub id: String,
    /// ISO 639-3 code as whatlang spells it (`cmn`, `pes`, ...).
    pub lang: String,
    /// `word`, `word-pair` or `sentence`.
    pub kind: String,
    /// The text.
    pub text: String,
}

/// A row of `sentences/*.jsonl`: a text and its expected sentences.
///
/// # Examples
///
/// ```
/// let r: nutgraf_eval::jsonl::SentenceRow = serde_json::from_str(
///     r#"{"id": "g1", "rule": "Simple", "text": "Hi. Yo.", "sentences": ["Hi.", "Yo."]}"#)?;
/// assert_eq!(r.sentences, ["Hi.", "Yo."]);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct SentenceRow {
    /// Row id.
    #[serde(deserialize_with = "id_string")]
    pub id: String,
    /// The rule the case illustrates (empty when absent).
    #[serde(default)]
    pub rule: String,
    /// The text to split.
    pub text: String,
    /// The expected sentences.
    pub sentences: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_line_and_continue() {
        let data = "{\"id\":1,\"text\":\"t\",\"keyphrases\":[]}\n{\"id\":2}\n \n{\"id\":\"3\",\"text\":\"u\",\"keyphrases\":[\"k\"]}\n";
        let rows: Vec<_> =
            JsonlReader::<_, KeyphraseRow>::new(data.as_bytes(), "kw.jsonl").collect();
        assert_eq!(rows.len(), 3);
        assert!(matches!(&rows[0], Ok((1, r)) if r.id == "1"));
        let err = rows[1].as_ref().unwrap_err();
        assert!(matches!(err, Error::Parse { line: 2, .. }));
        assert!(
            err.to_string()
                .starts_with("kw.jsonl:2: invalid row: missing field `text`"),
            "{err}"
        );
        assert!(matches!(&rows[2], Ok((4, r)) if r.id == "3" && r.keyphrases == ["k"]));
    }

    #[test]
    fn invalid_utf8_is_a_read_error() {
        let data: &[u8] = b"{\"a\":1}\n\xff\xfe\n{\"a\":2}\n";
        let rows: Vec<_> = JsonlReader::<_, serde_json::Value>::new(data, "bin").collect();
        assert!(rows[0].is_ok());
        assert!(matches!(rows[1], Err(Error::Read { line: 2, .. })));
        assert_eq!(rows.len(), 2);
    }

    #[test]
    fn a_byte_order_mark_at_the_head_of_a_line_is_skipped() {
        let data = "\u{FEFF}{\"a\":1}\n{\"a\":2}\n\u{FEFF}{\"a\":3}\n";
        let rows: Vec<_> = JsonlReader::<_, serde_json::Value>::new(data.as_bytes(), "bom")
            .map(|r| r.map(|(_, v)| v["a"].as_i64()))
            .collect();
        assert!(
            matches!(rows.as_slice(), [Ok(Some(1)), Ok(Some(2)), Ok(Some(3))]),
            "{rows:?}"
        );
    }

    #[test]
    fn missing_file() {
        let err = read_jsonl::<LangRow>("/nonexistent/dir/x.jsonl").unwrap_err();
        assert!(matches!(err, Error::Open { .. }));
        assert!(std::error::Error::source(&err).is_some());
    }

    #[test]
    fn ids_of_any_json_type() {
        let r: SentenceRow =
            serde_json::from_str(r#"{"id": null, "text": "a", "sentences": []}"#).unwrap();
        assert_eq!((r.id.as_str(), r.rule.as_str()), ("null", ""));
    }
}
