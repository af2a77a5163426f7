//! Streaming JSON Lines batches: one output line per input line, in input order, processed in
//! parallel chunks so memory stays bounded whatever the input's size.
//!
//! The path of a line, in the order of this file: [`RawLines`] reads it from its source (held
//! only when within [`line_limit`]); [`run_reader`] gathers a chunk of them and hands each to
//! [`answer`] on the thread pool, which parses it into a [`Record`] (the document: id and
//! text), runs the task on the text and makes the output line ([`result_line`], or
//! [`error_line`] for a line that failed, with the id as written); [`run_reader`] then writes
//! the chunk's lines in input order.

use std::borrow::Cow;
use std::fmt;
use std::io::{BufRead, Write};

use rayon::prelude::*;
use serde::Serialize;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::input::Source;

/// Lines read before a chunk is processed, per thread of the pool, and the byte budget of one
/// chunk. A chunk's lines and answers are all held until it is written, so the memory a batch
/// holds grows with the chunk. At a chunk's end a thread may wait for the last document of the
/// other threads: with 64 lines a thread, two threads ran as fast as with 1,024 (6,835 and
/// 6,742 cnndm articles/s, within the noise of the machine measured).
const CHUNK_LINES_PER_THREAD: usize = 64;
const CHUNK_BYTES: usize = 32 << 20;

/// What a batch did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Input lines read (each gave one output line).
    pub lines: usize,
    /// Lines that gave an `{"id", "error"}` record.
    pub errors: usize,
}

/// One input line, parsed as far as it goes; its strings borrow the line when they can (when
/// the JSON wrote them without escapes).
pub struct Record<'a> {
    /// The `id` of the object, any JSON value; `null` when absent or unreadable.
    pub id: Value,
    /// The id exactly as the input wrote it, when that differs from how `id` serializes (a
    /// number beyond 64 bits, or `1.50`): output carries these digits, not a rounded float.
    pub raw_id: Option<String>,
    /// The `text` (or, when the line has `html` instead, the web page), or why there is none.
    pub text: Result<Cow<'a, str>, String>,
    /// Whether `text` is a web page: the line had `"html"` and no `"text"`.
    pub html: bool,
    /// The line's `"title"` when it is a string, the headline of a text: the summary uses it.
    pub title: Option<Cow<'a, str>>,
}

/// What a task gets of one line: its text, whether that is a web page, and its title.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Input<'a> {
    /// The `text`, or the web page when `html` is true.
    pub text: &'a str,
    /// Whether `text` is a web page (the line had `"html"` instead of `"text"`).
    pub html: bool,
    /// The line's `"title"`, when it has one.
    pub title: Option<&'a str>,
}

impl<'a> Input<'a> {
    /// A plain text without a title, as a task's tests and benchmarks give one.
    ///
    /// ```
    /// let input = nutgraf_cli::jsonl::Input::text("The story.");
    /// assert!(!input.html && input.title.is_none());
    /// ```
    pub fn text(text: &'a str) -> Input<'a> {
        Input {
            text,
            html: false,
            title: None,
        }
    }
}

impl<'a> Record<'a> {
    /// Parses one raw line (`line_no` counts from 1, for messages).
    ///
    /// Only `id`, `text`, `html` and `title` are kept; the line's other fields are read as
    /// JSON (a line must be valid JSON) but not built into values, so a number there beyond
    /// the range of f64, or a lone surrogate escape, does not make the line invalid.
    pub fn parse(raw: &'a [u8], line_no: usize) -> Record<'a> {
        let bad = |msg: String| Record {
            id: Value::Null,
            raw_id: None,
            text: Err(msg),
            html: false,
            title: None,
        };
        let Ok(line) = std::str::from_utf8(raw) else {
            return bad(format!("line {line_no}: not valid UTF-8"));
        };
        // A byte-order mark (what Windows tools put at the head of a UTF-8 file, and so at the
        // head of its first line, or of any line when such files are concatenated) is not JSON.
        let line = line
            .trim_end_matches(['\n', '\r'])
            .trim_start_matches('\u{FEFF}');
        if line.trim().is_empty() {
            return bad(format!("line {line_no}: empty line"));
        }
        let mut de = serde_json::Deserializer::from_str(line);
        let fields = match Fields::deserialize(&mut de).and_then(|f| de.end().map(|()| f)) {
            Ok(Fields::Object(fields)) => fields,
            Ok(Fields::NotObject) => return bad(format!("line {line_no}: not a JSON object")),
            Err(e) => return bad(format!("line {line_no}: invalid JSON: {e}")),
        };
        let id = fields.id.unwrap_or(Value::Null);
        // A number, or an array or object holding numbers, is echoed as written: serde_json's
        // floats do not always survive a parse and a print digit for digit.
        let raw_id = if id.is_number() || id.is_array() || id.is_object() {
            raw_id(line, &id)
        } else {
            None
        };
        let mut html = false;
        let text = match fields.text {
            Some(Field::Str(s)) => Ok(s),
            Some(Field::Other) => Err(format!("line {line_no}: \"text\" is not a string")),
            None => match fields.html {
                Some(Field::Str(s)) => {
                    html = true;
                    Ok(s)
                }
                Some(Field::Other) => Err(format!("line {line_no}: \"html\" is not a string")),
                None => Err(format!("line {line_no}: no \"text\" field")),
            },
        };
        // A title that is not a string is left alone, as every field but `id`, `text` and
        // `html` was before titles were read: a line valid then stays valid.
        let title = match fields.title {
            Some(Field::Str(t)) => Some(t),
            _ => None,
        };
        Record {
            id,
            raw_id,
            text,
            html,
            title,
        }
    }
}

/// A line as [`Record::parse`] reads it: an object's four fields of interest (the last of each
/// when a key repeats, as a parsed object would keep), or the note that it is not an object.
enum Fields<'a> {
    Object(Kept<'a>),
    NotObject,
}

#[derive(Default)]
struct Kept<'a> {
    id: Option<Value>,
    text: Option<Field<'a>>,
    html: Option<Field<'a>>,
    title: Option<Field<'a>>,
}

/// A field that should hold a string: the string (borrowed from the line when it has no
/// escapes), or something else, read past.
enum Field<'a> {
    Str(Cow<'a, str>),
    Other,
}

/// The keys [`Record::parse`] keeps, matched without building a string.
enum Key {
    Id,
    Text,
    Html,
    Title,
    Other,
}

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LineVisitor;
        impl<'de> Visitor<'de> for LineVisitor {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
                let mut kept = Kept::default();
                while let Some(key) = map.next_key::<Key>()? {
                    match key {
                        Key::Id => kept.id = Some(map.next_value()?),
                        Key::Text => kept.text = Some(map.next_value()?),
                        Key::Html => kept.html = Some(map.next_value()?),
                        Key::Title => kept.title = Some(map.next_value()?),
                        Key::Other => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(Fields::Object(kept))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Fields<'de>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Fields::NotObject)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Fields<'de>, E> {
                Ok(Fields::NotObject)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Fields<'de>, E> {
                Ok(Fields::NotObject)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Fields<'de>, E> {
                Ok(Fields::NotObject)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Fields<'de>, E> {
                Ok(Fields::NotObject)
            }
            fn visit_str<E>(self, _: &str) -> Result<Fields<'de>, E> {
                Ok(Fields::NotObject)
            }
            fn visit_unit<E>(self) -> Result<Fields<'de>, E> {
                Ok(Fields::NotObject)
            }
        }
        deserializer.deserialize_any(LineVisitor)
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "id" => Key::Id,
                    "text" => Key::Text,
                    "html" => Key::Html,
                    "title" => Key::Title,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldVisitor;
        impl<'de> Visitor<'de> for FieldVisitor {
            type Value = Field<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Field<'de>, E> {
                Ok(Field::Str(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Field<'de>, E> {
                Ok(Field::Str(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E>(self, s: String) -> Result<Field<'de>, E> {
                Ok(Field::Str(Cow::Owned(s)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field<'de>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Field::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Field<'de>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Field::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Field<'de>, E> {
                Ok(Field::Other)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Field<'de>, E> {
                Ok(Field::Other)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Field<'de>, E> {
                Ok(Field::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Field<'de>, E> {
                Ok(Field::Other)
            }
            fn visit_unit<E>(self) -> Result<Field<'de>, E> {
                Ok(Field::Other)
            }
        }
        deserializer.deserialize_any(FieldVisitor)
    }
}

/// The id's JSON text as written in `line`, when it differs from `id`'s serialization. When
/// the line repeats the key, the last `id` counts, as it does for the parsed value.
fn raw_id(line: &str, id: &Value) -> Option<String> {
    let fields: std::collections::HashMap<String, &serde_json::value::RawValue> =
        serde_json::from_str(line).ok()?;
    let raw = fields.get("id")?.get().trim().to_string();
    (serde_json::to_string(id).ok()? != raw).then_some(raw)
}

/// Puts the exact id text back at the head of an output line built from the parsed id.
fn exact_id(line: String, id: &Value, raw: Option<&str>) -> String {
    let Some(raw) = raw else {
        return line;
    };
    let parsed = serde_json::to_string(id).unwrap_or_default();
    let head = format!("{{\"id\":{parsed}");
    match line.strip_prefix(&head) {
        Some(rest) => format!("{{\"id\":{raw}{rest}"),
        None => line,
    }
}

/// Writes one output line: `{"id": ..., <fields of value>}`, where `value` serializes to a
/// JSON object.
pub fn result_line<T: Serialize>(id: &Value, value: &T) -> String {
    // The id, then the value serialized in place after it, its opening brace turned into the
    // comma that follows the id: one buffer, no second copy of the (large) body.
    let mut buf = Vec::with_capacity(4096);
    buf.extend_from_slice(b"{\"id\":");
    if write_json(&mut buf, id).is_err() {
        buf.truncate(6);
        buf.extend_from_slice(b"null");
    }
    let body = buf.len();
    match write_json(&mut buf, value) {
        Ok(()) if buf.len() > body + 2 && buf[body] == b'{' => buf[body] = b',',
        Ok(()) => {
            buf.truncate(body);
            buf.push(b'}');
        }
        Err(e) => return error_line(id, &format!("cannot serialize result: {e}")),
    }
    // Both writers write UTF-8 only.
    String::from_utf8(buf)
        .unwrap_or_else(|e| error_line(id, &format!("cannot serialize result: {e}")))
}

/// Appends `value` as compact JSON: through [`crate::json`], or serde_json itself for what
/// that leaves to it (the same bytes either way).
fn write_json<T: Serialize + ?Sized>(buf: &mut Vec<u8>, value: &T) -> serde_json::Result<()> {
    let start = buf.len();
    if crate::json::write(buf, value).is_ok() {
        return Ok(());
    }
    buf.truncate(start);
    let result = serde_json::to_writer(&mut *buf, value);
    if result.is_err() {
        buf.truncate(start);
    }
    result
}

/// Writes one error line: `{"id": ..., "error": "..."}` (the id first, as in result lines).
pub fn error_line(id: &Value, message: &str) -> String {
    let id_json = serde_json::to_string(id).unwrap_or_else(|_| "null".to_string());
    let msg = serde_json::to_string(message).unwrap_or_else(|_| "\"error\"".to_string());
    format!("{{\"id\":{id_json},\"error\":{msg}}}")
}

/// What [`read_line`] found.
pub enum Line {
    /// A whole line (with its `\n`, when it had one) is in the buffer.
    Read,
    /// The line was longer than the limit: it was skipped, not held; its length in bytes.
    TooLong(usize),
    /// End of input.
    End,
}

/// Reads one line into `buf` (cleared first), holding at most `max` bytes of it: a longer line
/// is consumed to its end without being kept, so one huge line cannot exhaust memory.
pub fn read_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<Line> {
    buf.clear();
    let mut total = 0usize;
    let mut too_long = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        total += take;
        if !too_long {
            if total > max {
                too_long = true;
                buf.clear();
                buf.shrink_to_fit();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        reader.consume(take);
        if done {
            break;
        }
    }
    Ok(if too_long {
        Line::TooLong(total)
    } else if total == 0 {
        Line::End
    } else {
        Line::Read
    })
}

/// The longest JSON Lines line held for a document ceiling of `max_bytes`: twice the ceiling
/// and 64 KiB (the text may grow when escaped in JSON, and the object has other fields), and
/// never less than 64 MiB, so that a line over a small ceiling is still parsed and its error
/// record carries its id. Longer lines are skipped unread with an error record.
pub fn line_limit(max_bytes: usize) -> usize {
    max_bytes
        .saturating_mul(2)
        .saturating_add(1 << 16)
        .max(64 << 20)
}

/// One line of JSON Lines input as read: its number (from 1) and its bytes, or the length of
/// a line too long to hold.
pub struct RawLine {
    /// The line's number in its source, from 1.
    pub no: usize,
    /// The line's bytes (with its `\n`, when it had one), or its length when it was longer
    /// than the limit and so was skipped without being held.
    pub bytes: Result<Vec<u8>, usize>,
}

/// The lines of one source, read one at a time, each held only when within
/// [`line_limit`]`(max_bytes)`; a read error names the source.
pub struct RawLines<'a> {
    reader: &'a mut dyn BufRead,
    name: &'a str,
    limit: usize,
    no: usize,
}

impl<'a> RawLines<'a> {
    /// The lines of `reader` (`name` is for messages), for a document ceiling of `max_bytes`.
    pub fn new(reader: &'a mut dyn BufRead, name: &'a str, max_bytes: usize) -> RawLines<'a> {
        RawLines {
            reader,
            name,
            limit: line_limit(max_bytes),
            no: 0,
        }
    }
}

impl Iterator for RawLines<'_> {
    type Item = crate::Result<RawLine>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = Vec::new();
        let bytes = match read_line(self.reader, &mut buf, self.limit) {
            Err(e) => return Some(Err(format!("{}: {e}", self.name).into())),
            Ok(Line::End) => return None,
            Ok(Line::Read) => Ok(buf),
            Ok(Line::TooLong(len)) => Err(len),
        };
        self.no += 1;
        Some(Ok(RawLine { no: self.no, bytes }))
    }
}

/// Runs `f` over every line of every source, in parallel chunks, and writes one line per input
/// line to `out` in input order. `f` returns the output line for a record with text, or an
/// error message. A line longer than [`line_limit`]`(max_bytes)` gets an error record without
/// being held in memory.
pub fn run<W, F>(sources: &[Source], max_bytes: usize, out: &mut W, f: F) -> crate::Result<Counts>
where
    W: Write,
    F: Fn(&Value, &str) -> Result<String, String> + Sync,
{
    run_pages(sources, max_bytes, out, |id, input| {
        if input.html {
            Err("no \"text\" field (a line with \"html\" is read by summarize, sentences, keywords and extract)".to_string())
        } else {
            f(id, input.text)
        }
    })
}

/// [`run`] for tasks that read web pages and titles too: `f` gets the line's [`Input`].
pub fn run_pages<W, F>(
    sources: &[Source],
    max_bytes: usize,
    out: &mut W,
    f: F,
) -> crate::Result<Counts>
where
    W: Write,
    F: Fn(&Value, Input<'_>) -> Result<String, String> + Sync,
{
    let mut counts = Counts::default();
    let mut progress = crate::progress::Progress::new("documents");
    for source in sources {
        let mut reader = source.open()?;
        let c = run_reader(
            &mut *reader,
            &source.name(),
            max_bytes,
            out,
            &f,
            &mut progress,
        )?;
        counts.lines += c.lines;
        counts.errors += c.errors;
    }
    out.flush()?;
    progress.finish();
    Ok(counts)
}

/// [`run`] on one reader (`name` is for messages): the batch path from the input bytes to the
/// output bytes, which `cargo xtask bench` times.
pub fn run_reader<W, F>(
    reader: &mut dyn BufRead,
    name: &str,
    max_bytes: usize,
    out: &mut W,
    f: &F,
    progress: &mut crate::progress::Progress,
) -> crate::Result<Counts>
where
    W: Write,
    F: Fn(&Value, Input<'_>) -> Result<String, String> + Sync,
{
    let mut counts = Counts::default();
    let mut lines = RawLines::new(reader, name, max_bytes);
    let chunk_lines = CHUNK_LINES_PER_THREAD * rayon::current_num_threads().max(1);
    loop {
        let mut chunk: Vec<RawLine> = Vec::with_capacity(chunk_lines);
        let mut bytes = 0;
        while chunk.len() < chunk_lines && bytes < CHUNK_BYTES {
            let Some(line) = lines.next() else { break };
            let line = line?;
            bytes += line.bytes.as_ref().map_or(0, Vec::len);
            chunk.push(line);
        }
        if chunk.is_empty() {
            break;
        }
        let answers: Vec<(bool, String)> = chunk
            .into_par_iter()
            .map(|line| answer(line, max_bytes, f))
            .collect();
        for (ok, line) in &answers {
            counts.lines += 1;
            if !ok {
                counts.errors += 1;
            }
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
        }
        progress.add(answers.len());
    }
    Ok(counts)
}

/// One input line's output line, and whether it succeeded: the line parsed into a [`Record`],
/// `f` run on its [`Input`], the result (or the error) written with the line's id.
pub fn answer<F>(line: RawLine, max_bytes: usize, f: &F) -> (bool, String)
where
    F: Fn(&Value, Input<'_>) -> Result<String, String>,
{
    let no = line.no;
    let raw = match line.bytes {
        Ok(raw) => raw,
        Err(len) => {
            let msg = format!(
                "line {no}: line of {len} bytes is larger than the ceiling of {max_bytes} bytes for a document (raise it with --max-bytes)"
            );
            return (false, error_line(&Value::Null, &msg));
        }
    };
    let rec = Record::parse(&raw, no);
    let (ok, out) = match rec.text {
        Ok(text) => match f(
            &rec.id,
            Input {
                text: &text,
                html: rec.html,
                title: rec.title.as_deref(),
            },
        ) {
            Ok(out) => (true, out),
            Err(e) => (false, error_line(&rec.id, &format!("line {no}: {e}"))),
        },
        Err(e) => (false, error_line(&rec.id, &e)),
    };
    (ok, exact_id(out, &rec.id, rec.raw_id.as_deref()))
}

/// Configures rayon's global pool: `threads == 0` means one per core.
pub fn set_threads(threads: usize) {
    // A second call (tests, repeated tasks) keeps the first pool: nothing to do then.
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build_global();
}
