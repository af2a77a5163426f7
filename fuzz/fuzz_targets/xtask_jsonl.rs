//! Fuzz target: the `nutgraf` command's JSON Lines batch (`crates/cli/src/jsonl.rs`): every
//! input line gives exactly one output line, in order, a JSON object carrying the line's `id`
//! (or null), whatever the bytes; `result_line` and `error_line` always give valid JSON;
//! `read_line` with a tiny limit and tiny buffers splits exactly as the lines are, holding
//! only lines within the limit; the output writer (`crates/cli/src/json.rs`) writes serde_json's
//! bytes for every text and id read.
#![no_main]

use nutgraf_cli::{input, jsonl};

use std::io::BufRead;

use serde_json::Value;

/// A line made by `result_line` or `error_line`: a JSON object that starts with the id as
/// serde_json writes it. (Its parsed id may differ from `id` in the last bit of a float:
/// serde_json's float parsing does not always round-trip; the runner echoes such ids digit
/// for digit, which `check_line` on the batch output checks.)
fn check_made(line: &str, id: &Value) {
    let head = format!(
        "{{\"id\":{}",
        serde_json::to_string(id).expect("id serializes")
    );
    assert!(line.starts_with(&head), "id not first: {line}");
    let v: Value = serde_json::from_str(line).expect("output line is JSON");
    assert!(v.is_object(), "output line is an object");
}

/// `nutgraf_cli::json::write` writes what serde_json writes.
fn same_as_serde_json<T: serde::Serialize + ?Sized>(value: &T) {
    let mut ours = Vec::new();
    if nutgraf_cli::json::write(&mut ours, value).is_ok() {
        assert_eq!(ours, serde_json::to_vec(value).expect("serializes"), "writer differs");
    }
}

fn check_line(line: &str, id: &Value) {
    let v: Value = serde_json::from_str(line).expect("output line is JSON");
    let obj = v.as_object().expect("output line is an object");
    assert_eq!(obj.get("id"), Some(id), "id not carried: {line}");
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // read_line: a limit of 0 to 63 bytes, buffers of 1 to 8 bytes.
    if let [max, cap, rest @ ..] = data {
        let max = usize::from(*max % 64);
        let mut reader = std::io::BufReader::with_capacity(1 + usize::from(*cap % 8), rest);
        let mut buf = Vec::new();
        for line in rest.split_inclusive(|&b| b == b'\n') {
            match jsonl::read_line(&mut reader, &mut buf, max).expect("reads") {
                jsonl::Line::Read => {
                    assert_eq!(buf, line, "line read differs");
                    assert!(buf.len() <= max, "held a line over the limit");
                }
                jsonl::Line::TooLong(len) => {
                    assert_eq!(len, line.len(), "skipped length differs");
                    assert!(len > max, "skipped a line within the limit");
                }
                jsonl::Line::End => panic!("end before the last line"),
            }
        }
        assert!(matches!(
            jsonl::read_line(&mut reader, &mut buf, max).expect("reads"),
            jsonl::Line::End
        ));
        assert!(reader.fill_buf().expect("reads").is_empty());
    }
    // Line by line, as the runner parses them.
    let mut ids = Vec::new();
    for (i, raw) in data.split_inclusive(|&b| b == b'\n').enumerate() {
        let rec = jsonl::Record::parse(raw, i + 1);
        let body = serde_json::json!({ "bytes": rec.text.as_ref().map_or(0, |t| t.len()) });
        // The output writer gives serde_json's bytes, for any text and any id.
        if let Ok(text) = &rec.text {
            same_as_serde_json(text.as_ref());
        }
        same_as_serde_json(&rec.id);
        check_made(&jsonl::result_line(&rec.id, &body), &rec.id);
        check_made(&jsonl::error_line(&rec.id, "x\u{0}\"\n"), &rec.id);
        if let Err(e) = &rec.text {
            assert!(e.starts_with(&format!("line {}: ", i + 1)), "{e}");
        }
        ids.push(rec.id);
    }
    // The whole batch, through a file, with a task that fails on some texts.
    let path =
        std::env::temp_dir().join(format!("nutgraf-fuzz-xtask-jsonl-{}", std::process::id()));
    std::fs::write(&path, data).expect("temp file");
    let sources = [input::Source::File(path.clone(), "fuzz".to_string())];
    let mut out = Vec::new();
    let counts = jsonl::run(&sources, 1 << 20, &mut out, |id, text| {
        if text.starts_with('E') {
            Err("refused".to_string())
        } else {
            Ok(jsonl::result_line(
                id,
                &serde_json::json!({ "n": text.len() }),
            ))
        }
    })
    .expect("batch runs");
    let _ = std::fs::remove_file(&path);
    let out = String::from_utf8(out).expect("output is UTF-8");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), ids.len(), "one output line per input line");
    assert_eq!(counts.lines, ids.len());
    assert!(out.is_empty() || out.ends_with('\n'));
    for (line, id) in lines.iter().zip(&ids) {
        check_line(line, id);
    }
});
