//! Streaming JSON Lines batches: one output line per input line, in input order, processed in
//! parallel chunks so memory stays bounded whatever the input's size.

use std::io::{BufRead, Write};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::input::Source;

/// Lines read before a chunk is processed, and the byte budget of one chunk.
const CHUNK_LINES: usize = 2048;
const CHUNK_BYTES: usize = 32 << 20;

/// What a batch did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Input lines read (each gave one output line).
    pub lines: usize,
    /// Lines that gave an `{"id", "error"}` record.
    pub errors: usize,
}

/// One input line, parsed as far as it goes.
pub struct Record {
    /// The `id` of the object, any JSON value; `null` when absent or unreadable.
    pub id: Value,
    /// The id exactly as the input wrote it, when that differs from how `id` serializes (a
    /// number beyond 64 bits, or `1.50`): output carries these digits, not a rounded float.
    pub raw_id: Option<String>,
    /// The `text`, or why there is none.
    pub text: Result<String, String>,
}

impl Record {
    /// Parses one raw line (`line_no` counts from 1, for messages).
    pub fn parse(raw: &[u8], line_no: usize) -> Record {
        let bad = |msg: String| Record {
            id: Value::Null,
            raw_id: None,
            text: Err(msg),
        };
        let Ok(line) = std::str::from_utf8(raw) else {
            return bad(format!("line {line_no}: not valid UTF-8"));
        };
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            return bad(format!("line {line_no}: empty line"));
        }
        let value: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => return bad(format!("line {line_no}: invalid JSON: {e}")),
        };
        let Value::Object(mut obj) = value else {
            return bad(format!("line {line_no}: not a JSON object"));
        };
        let id = obj.remove("id").unwrap_or(Value::Null);
        let raw_id = if id.is_number() {
            raw_id(line, &id)
        } else {
            None
        };
        let text = match obj.remove("text") {
            Some(Value::String(s)) => Ok(s),
            Some(_) => Err(format!("line {line_no}: \"text\" is not a string")),
            None => Err(format!("line {line_no}: no \"text\" field")),
        };
        Record { id, raw_id, text }
    }
}

/// The id's JSON text as written in `line`, when it differs from `id`'s serialization.
fn raw_id(line: &str, id: &Value) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct IdOnly<'a> {
        #[serde(borrow)]
        id: &'a serde_json::value::RawValue,
    }
    let raw = serde_json::from_str::<IdOnly<'_>>(line)
        .ok()?
        .id
        .get()
        .trim()
        .to_string();
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
    let id_json = serde_json::to_string(id).unwrap_or_else(|_| "null".to_string());
    match serde_json::to_string(value) {
        Ok(body) if body.starts_with('{') && body.len() > 2 => {
            format!("{{\"id\":{id_json},{}", &body[1..])
        }
        Ok(_) => format!("{{\"id\":{id_json}}}"),
        Err(e) => error_line(id, &format!("cannot serialize result: {e}")),
    }
}

/// Writes one error line: `{"id": ..., "error": "..."}` (the id first, as in result lines).
pub fn error_line(id: &Value, message: &str) -> String {
    let id_json = serde_json::to_string(id).unwrap_or_else(|_| "null".to_string());
    let msg = serde_json::to_string(message).unwrap_or_else(|_| "\"error\"".to_string());
    format!("{{\"id\":{id_json},\"error\":{msg}}}")
}

/// Runs `f` over every line of every source, in parallel chunks, and writes one line per input
/// line to `out` in input order. `f` returns the output line for a record with text, or an
/// error message.
pub fn run<W, F>(sources: &[Source], out: &mut W, f: F) -> crate::Result<Counts>
where
    W: Write,
    F: Fn(&Value, &str) -> Result<String, String> + Sync,
{
    let mut counts = Counts::default();
    let mut progress = crate::progress::Progress::new("documents");
    for source in sources {
        let mut reader = source.open()?;
        let mut line_no = 0usize;
        loop {
            let mut chunk: Vec<(usize, Vec<u8>)> = Vec::with_capacity(CHUNK_LINES);
            let mut bytes = 0;
            while chunk.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
                let mut buf = Vec::new();
                let n = reader
                    .read_until(b'\n', &mut buf)
                    .map_err(|e| format!("{}: {e}", source.name()))?;
                if n == 0 {
                    break;
                }
                line_no += 1;
                bytes += n;
                chunk.push((line_no, buf));
            }
            if chunk.is_empty() {
                break;
            }
            let lines: Vec<(bool, String)> = chunk
                .into_par_iter()
                .map(|(no, raw)| {
                    let rec = Record::parse(&raw, no);
                    drop(raw);
                    let (ok, line) = match rec.text {
                        Ok(text) => match f(&rec.id, &text) {
                            Ok(line) => (true, line),
                            Err(e) => (false, error_line(&rec.id, &format!("line {no}: {e}"))),
                        },
                        Err(e) => (false, error_line(&rec.id, &e)),
                    };
                    (ok, exact_id(line, &rec.id, rec.raw_id.as_deref()))
                })
                .collect();
            for (ok, line) in &lines {
                counts.lines += 1;
                if !ok {
                    counts.errors += 1;
                }
                out.write_all(line.as_bytes())?;
                out.write_all(b"\n")?;
            }
            progress.add(lines.len());
        }
    }
    out.flush()?;
    progress.finish();
    Ok(counts)
}

/// Configures rayon's global pool: `threads == 0` means one per core.
pub fn set_threads(threads: usize) {
    // A second call (tests, repeated tasks) keeps the first pool: nothing to do then.
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build_global();
}
