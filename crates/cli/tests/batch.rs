//! Batches from the wild through the `nutgraf` command: every JSON Lines input line gives exactly one
//! output line, in input order, whatever the line holds (malformed JSON, no `text`, a `text`
//! that is not a string, an `id` of any JSON type, 50 MB, nothing, bytes that are not UTF-8);
//! output bytes do not depend on `--threads` or on the run; a directory of good and bad files
//! gives the good ones' results and names the bad ones. Runs the built `nutgraf` binary.
//!
//! Sizes: the 50 MB line is read and refused by a `--max-bytes` ceiling (and a 50 MB line of
//! broken JSON is read and reported), so the test costs reading, not analysing, 50 MB; the
//! line that is analysed whole is 2 MB, which a debug build does in seconds.

mod support;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};
use support::{nutgraf, root, stderr};

/// The output lines, each parsed as a JSON object.
fn json_lines(o: &Output) -> Vec<Value> {
    let text = std::str::from_utf8(&o.stdout).expect("stdout is UTF-8");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "last line is ended"
    );
    text.lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
            assert!(v.is_object(), "not an object: {l}");
            v
        })
        .collect()
}

fn temp_dir(name: &str) -> PathBuf {
    support::temp_dir("batch", name)
}

/// What one input line must give: the `id` in the output, and whether it is an error.
struct Expect {
    line: Vec<u8>,
    id: Value,
    error: Option<&'static str>,
}

fn ok(line: &str, id: Value) -> Expect {
    Expect {
        line: line.as_bytes().to_vec(),
        id,
        error: None,
    }
}

fn bad(line: &[u8], id: Value, error: &'static str) -> Expect {
    Expect {
        line: line.to_vec(),
        id,
        error: Some(error),
    }
}

/// Every kind of line the issue lists, and more.
fn mixed_batch() -> Vec<Expect> {
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let deep_id = format!("{{\"id\": {deep}, \"text\": \"x\"}}");
    vec![
        // ids of every JSON type
        ok(r#"{"id": null, "text": "Null id."}"#, Value::Null),
        ok(r#"{"id": true, "text": "True id."}"#, json!(true)),
        ok(r#"{"id": false, "text": "False id."}"#, json!(false)),
        ok(r#"{"id": 0, "text": "Zero."}"#, json!(0)),
        ok(r#"{"id": -17, "text": "Negative."}"#, json!(-17)),
        ok(
            r#"{"id": 18446744073709551615, "text": "Largest u64."}"#,
            json!(18446744073709551615u64),
        ),
        ok(r#"{"id": 2.5, "text": "Float."}"#, json!(2.5)),
        ok(r#"{"id": 1e300, "text": "Huge float."}"#, json!(1e300)),
        ok(r#"{"id": "", "text": "Empty string id."}"#, json!("")),
        ok(
            r#"{"id": "quote \" NUL \u0000 é 北 👍", "text": "Odd string id."}"#,
            json!("quote \" NUL \u{0} é 北 👍"),
        ),
        ok(r#"{"id": [], "text": "Empty array."}"#, json!([])),
        ok(
            r#"{"id": [1, [2, {"a": null}]], "text": "Nested."}"#,
            json!([1, [2, {"a": null}]]),
        ),
        ok(r#"{"id": {}, "text": "Empty object."}"#, json!({})),
        ok(r#"{"text": "No id at all."}"#, Value::Null),
        ok(r#"{"text": "Id after text.", "id": 7}"#, json!(7)),
        ok(r#"{"id": 8, "text": "", "extra": [1, 2]}"#, json!(8)),
        ok("{\"id\": 9, \"text\": \"CRLF line end.\"}\r", json!(9)),
        ok("  {\"id\": 10, \"text\": \"Leading space.\"}  ", json!(10)),
        ok(
            r#"{"id": 11, "text": "Dup keys: the last wins.", "text": "Second."}"#,
            json!(11),
        ),
        ok(
            r#"{"id": 12, "text": "\u0000\u0000 NUL text. \ufeffBOM."}"#,
            json!(12),
        ),
        // a byte-order mark at the head of a line (a Windows-made file, or several
        // concatenated) is set aside, not taken for bad JSON
        ok(
            "\u{FEFF}{\"id\": 23, \"text\": \"BOM before the object.\"}",
            json!(23),
        ),
        // malformed JSON
        bad(
            br#"{"id": 20, "text": "unterminated"#,
            Value::Null,
            "invalid JSON",
        ),
        bad(
            b"{'id': 21, 'text': 'single quotes'}",
            Value::Null,
            "invalid JSON",
        ),
        bad(b"not json at all", Value::Null, "invalid JSON"),
        bad(
            b"{\"id\": 22, \"text\": \"x\"} trailing",
            Value::Null,
            "invalid JSON",
        ),
        bad(deep_id.as_bytes(), Value::Null, "invalid JSON"),
        bad(b"[1, 2, 3]", Value::Null, "not a JSON object"),
        bad(b"\"a string\"", Value::Null, "not a JSON object"),
        bad(b"42", Value::Null, "not a JSON object"),
        bad(b"null", Value::Null, "not a JSON object"),
        bad(
            b"{\"id\": 24, \"text\": \"caf\xe9\"}",
            Value::Null,
            "not valid UTF-8",
        ),
        // no text, or text that is not a string
        bad(br#"{"id": 30}"#, json!(30), "no \"text\""),
        bad(
            br#"{"id": 31, "Text": "wrong case"}"#,
            json!(31),
            "no \"text\"",
        ),
        bad(br#"{"id": 32, "text": null}"#, json!(32), "not a string"),
        bad(br#"{"id": 33, "text": 5}"#, json!(33), "not a string"),
        bad(
            br#"{"id": 34, "text": ["a", "b"]}"#,
            json!(34),
            "not a string",
        ),
        bad(
            br#"{"id": 35, "text": {"body": "x"}}"#,
            json!(35),
            "not a string",
        ),
        bad(br#"{"id": 36, "text": true}"#, json!(36), "not a string"),
        // a title; one that is not a string is left alone, as before titles were read
        ok(
            r#"{"id": 37, "text": "Titled.", "title": "A headline"}"#,
            json!(37),
        ),
        ok(
            r#"{"id": 38, "text": "Null title.", "title": null}"#,
            json!(38),
        ),
        ok(
            r#"{"id": 39, "text": "Number title.", "title": 3}"#,
            json!(39),
        ),
        bad(
            br#"{"id": 40, "text": 5, "title": "A headline"}"#,
            json!(40),
            "\"text\" is not a string",
        ),
        // empty lines
        bad(b"", Value::Null, "empty line"),
        bad(b"   \t ", Value::Null, "empty line"),
        bad(b"\r", Value::Null, "empty line"),
        // and a last good one, so the order shows
        ok(r#"{"id": "last", "text": "The end."}"#, json!("last")),
    ]
}

fn join_lines(lines: &[Expect], final_newline: bool) -> Vec<u8> {
    let mut input = Vec::new();
    for (i, e) in lines.iter().enumerate() {
        input.extend_from_slice(&e.line);
        if i + 1 < lines.len() || final_newline {
            input.push(b'\n');
        }
    }
    input
}

fn check_batch(expect: &[Expect], out: &Output, field: &str) {
    let lines = json_lines(out);
    assert_eq!(
        lines.len(),
        expect.len(),
        "one output line per input line; stderr: {}",
        stderr(out)
    );
    for (i, (got, e)) in lines.iter().zip(expect).enumerate() {
        let input = String::from_utf8_lossy(&e.line);
        assert_eq!(got["id"], e.id, "line {}: id of {input:?}", i + 1);
        match e.error {
            Some(msg) => {
                let err = got["error"].as_str().unwrap_or_default();
                assert!(
                    err.contains(msg) && err.starts_with(&format!("line {}: ", i + 1)),
                    "line {}: {input:?} gave {got}",
                    i + 1
                );
                assert!(got.get(field).is_none());
            }
            None => {
                assert!(
                    got.get("error").is_none(),
                    "line {}: {input:?} gave {got}",
                    i + 1
                );
                assert!(
                    got.get(field).is_some(),
                    "line {}: no {field}: {got}",
                    i + 1
                );
            }
        }
    }
    let errors = expect.iter().filter(|e| e.error.is_some()).count();
    assert_eq!(
        out.status.success(),
        errors == 0,
        "exit status says whether lines failed"
    );
}

#[test]
fn every_input_line_gives_one_output_line_in_order() {
    let expect = mixed_batch();
    for final_newline in [true, false] {
        let input = join_lines(&expect, final_newline);
        let out = nutgraf(&["sentences", "--jsonl"], Some(input.clone()));
        check_batch(&expect, &out, "sentences");
        let out = nutgraf(&["summarize", "--jsonl", "--threads", "2"], Some(input));
        check_batch(&expect, &out, "sentences");
    }
    // The odd texts come back as their sentences.
    let out = nutgraf(&["sentences", "--jsonl"], Some(join_lines(&expect, true)));
    let lines = json_lines(&out);
    assert_eq!(lines[18]["sentences"], json!(["Second."]));
    assert_eq!(lines[15]["sentences"], json!([]));
}

/// A line's `"title"` reaches the summary as the facade's `analyze_titled` takes it: the
/// title's terms vote for the sentences that share them.
#[test]
fn a_lines_title_reaches_the_summary() {
    let text = "The council met on Monday to discuss the school budget. The school budget will \
                rise by a tenth, the council said. Ferries will stop at the harbour next week. \
                Parents welcomed the school budget.";
    let line = |title: Option<&str>| {
        let mut v = json!({"id": 1, "text": text});
        if let Some(t) = title {
            v["title"] = json!(t);
        }
        let args = ["summarize", "--jsonl", "--sentences", "1"];
        let out = nutgraf(&args, Some(format!("{v}\n").into_bytes()));
        assert!(out.status.success(), "{}", stderr(&out));
        json_lines(&out).remove(0)["summary"][0]["text"].clone()
    };
    let pipeline = nutgraf::Pipeline::new({
        let mut c = nutgraf::Config::default();
        c.summary = nutgraf::Budget::Sentences(1);
        c
    });
    let title = "Ferries stop at harbour next week";
    for title in [None, Some(title)] {
        let report = pipeline.analyze_titled(text, title).expect("analyses");
        assert_eq!(line(title), json!(report.summary[0].text), "{title:?}");
    }
    assert_eq!(
        line(None),
        json!("The council met on Monday to discuss the school budget.")
    );
    assert_eq!(
        line(Some(title)),
        json!("Ferries will stop at the harbour next week.")
    );
}

/// An id is carried as given: a number beyond 64 bits must come back with the same digits,
/// not rounded to a float (two records would get the same id otherwise).
#[test]
fn ids_beyond_64_bits_are_carried_exactly() {
    let input = "{\"id\": 123456789012345678901234567890, \"text\": \"A.\"}\n\
                 {\"id\": 123456789012345678901234567891, \"text\": \"B.\"}\n";
    let out = nutgraf(&["sentences", "--jsonl"], Some(input.as_bytes().to_vec()));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with("{\"id\":123456789012345678901234567890,")
            && lines[1].starts_with("{\"id\":123456789012345678901234567891,"),
        "ids not carried exactly: {text}"
    );
}

#[test]
fn numbers_inside_array_and_object_ids_are_carried_as_written() {
    // serde_json's floats do not survive a parse and a print digit for digit (fuzzing found
    // 16666666666666666666666666 coming back as 1.6666666666666665e+25, which parses to
    // another float); a repeated key counts last, as in the parsed value.
    let input = "{\"id\": [16666666666666666666666666, 1.50], \"text\": \"A.\"}\n\
                 {\"id\": {\"n\": 2.50e3}, \"text\": \"B.\"}\n\
                 {\"id\": 2, \"text\": \"C.\", \"id\": [1.10, 2], \"text\": 5}\n";
    let out = nutgraf(&["sentences", "--jsonl"], Some(input.as_bytes().to_vec()));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0].starts_with("{\"id\":[16666666666666666666666666, 1.50],")
            && lines[1].starts_with("{\"id\":{\"n\": 2.50e3},")
            && lines[2].starts_with("{\"id\":[1.10, 2],\"error\""),
        "ids not carried as written: {text}"
    );
}

#[test]
fn a_batch_larger_than_a_chunk_keeps_order_and_count() {
    // 5,000 lines: more than one parallel chunk (2,048 lines), every 7th one broken.
    let mut input = String::new();
    for i in 0..5000 {
        if i % 7 == 3 {
            input.push_str(&format!("{{\"id\": {i}, \"text\": 1}}\n"));
        } else {
            input.push_str(&format!("{{\"id\": {i}, \"text\": \"Line {i}. Done.\"}}\n"));
        }
    }
    let out = nutgraf(
        &["sentences", "--jsonl", "--threads", "2"],
        Some(input.into_bytes()),
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 5000);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["id"], json!(i));
        if i % 7 == 3 {
            assert!(l["error"].as_str().unwrap().contains("not a string"));
        } else {
            assert_eq!(l["sentences"], json!([format!("Line {i}."), "Done."]));
        }
    }
    assert!(!out.status.success());
}

#[test]
fn a_50_megabyte_line() {
    let dir = temp_dir("big");
    let path = dir.join("big.jsonl");
    // Line 2: 50 MB of text in a valid record; line 3: 50 MB of broken JSON; line 4: a 2 MB
    // record that is analysed whole.
    let big_text = "Trade grew again. ".repeat(50_000_000 / 18);
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
    writeln!(file, "{{\"id\": 1, \"text\": \"Before.\"}}").unwrap();
    writeln!(file, "{{\"id\": 2, \"text\": \"{big_text}\"}}").unwrap();
    writeln!(file, "{{\"id\": 3, \"text\": \"{big_text}").unwrap();
    let two_mb = "Trade grew again. ".repeat(2_000_000 / 18);
    writeln!(file, "{{\"id\": 4, \"text\": \"{two_mb}\"}}").unwrap();
    writeln!(file, "{{\"id\": 5, \"text\": \"After.\"}}").unwrap();
    drop(file);
    let path_str = path.to_str().expect("UTF-8 path");
    let out = nutgraf(
        &["sentences", "--jsonl", "--max-bytes", "10000000", path_str],
        None,
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 5, "stderr: {}", stderr(&out));
    let ids: Vec<Value> = lines.iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, [json!(1), json!(2), Value::Null, json!(4), json!(5)]);
    assert_eq!(lines[0]["sentences"], json!(["Before."]));
    let err = lines[1]["error"].as_str().expect("refused");
    assert!(err.contains("larger than the ceiling"), "{err}");
    assert!(lines[2]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(
        lines[3]["sentences"].as_array().map(Vec::len),
        Some(2_000_000 / 18)
    );
    assert_eq!(lines[4]["sentences"], json!(["After."]));
    assert!(!out.status.success());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A batch with many languages, the adversarial files and broken lines.
fn varied_batch() -> Vec<u8> {
    let mut texts: Vec<String> = nutgraf_tests::seeds()
        .into_iter()
        .chain(nutgraf_tests::adversarial_texts())
        .map(|(_, text)| text)
        .collect();
    texts.extend(
        [
            "Der Bundestag hat am 3. Oktober ein Gesetz beschlossen. Die Opposition stimmte dagegen.",
            "Le président a rencontré M. Dupont à Paris. Ils ont parlé du commerce.",
            "Президент России прибыл в Пекин. Торговля между странами выросла.",
            "El presidente llegó a Madrid. ¿Crecerá el comercio?",
        ]
        .map(String::from),
    );
    let mut out = Vec::new();
    for round in 0..12 {
        for (i, t) in texts.iter().enumerate() {
            let line = json!({ "id": format!("{round}-{i}"), "text": t });
            out.extend_from_slice(line.to_string().as_bytes());
            out.push(b'\n');
        }
        out.extend_from_slice(b"{broken\n\n{\"id\": 5}\n");
    }
    out
}

#[test]
fn same_bytes_at_any_thread_count_and_on_every_run() {
    let input = varied_batch();
    let run = |threads: &str| {
        let out = nutgraf(
            &["summarize", "--jsonl", "--threads", threads],
            Some(input.clone()),
        );
        assert!(!out.status.success(), "the broken lines fail the run");
        assert!(!out.stdout.is_empty());
        out.stdout
    };
    let one = run("1");
    let lines = one.iter().filter(|&&b| b == b'\n').count();
    let input_lines = input.iter().filter(|&&b| b == b'\n').count();
    assert_eq!(lines, input_lines);
    assert!(one == run("2"), "--threads 1 and --threads 2 differ");
    assert!(one == run("1"), "two runs with --threads 1 differ");
    assert!(one == run("0"), "--threads 0 (one per core) differs");
}

#[test]
fn directory_of_mixed_good_and_non_utf8_files() {
    let dir = root().join("tests/data/adversarial/mixed");
    let dir_str = dir.to_str().expect("UTF-8 path");
    for task in ["summarize", "sentences"] {
        let out = nutgraf(&[task, dir_str], None);
        assert!(!out.status.success(), "{task}: bad files fail the run");
        let err = stderr(&out);
        for bad in ["b_latin1.bad.txt", "d_binary.bad.txt"] {
            assert!(
                err.lines()
                    .any(|l| l.contains(bad) && l.contains("not valid UTF-8")),
                "{task}: {bad} not named: {err}"
            );
        }
        assert_eq!(err.lines().count(), 2, "{task}: only the bad files: {err}");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        if task == "summarize" {
            // The good files, in name order, the empty one included.
            let heads: Vec<&str> = text.lines().filter(|l| l.starts_with("== ")).collect();
            assert_eq!(heads.len(), 4, "{text}");
            for (h, name) in
                heads
                    .iter()
                    .zip(["a_good.txt", "c_arabic.txt", "e_empty.txt", "f_good.txt"])
            {
                assert!(h.contains(name), "{h} is not {name}");
            }
        } else {
            assert_eq!(
                text.lines().collect::<Vec<_>>(),
                [
                    "A good file.",
                    "It has two sentences.",
                    "هل ستنمو التجارة بين البلدين؟",
                    "نعم.",
                    "Another good one.",
                ]
            );
        }
    }
    // As JSON: one object per good file, named.
    let out = nutgraf(&["summarize", "--format", "json", dir_str], None);
    let lines = json_lines(&out);
    let names: Vec<String> = lines
        .iter()
        .map(|l| l["name"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names[0].ends_with("a_good.txt") && names[3].ends_with("f_good.txt"));
}

#[test]
fn a_file_that_is_not_utf8_is_named() {
    for name in ["latin1.bad.txt", "truncated_utf8.bad.txt", "binary.bad.txt"] {
        let path = root().join("tests/data/adversarial").join(name);
        let out = nutgraf(&["summarize", path.to_str().expect("UTF-8 path")], None);
        assert!(!out.status.success());
        let err = stderr(&out);
        assert!(
            err.contains(name) && err.contains("not valid UTF-8"),
            "{name}: {err}"
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn jsonl_directory_and_files_keep_going_past_bad_ones() {
    let dir = temp_dir("jsonl-dir");
    std::fs::write(dir.join("a.jsonl"), "{\"id\": 1, \"text\": \"One.\"}\n").unwrap();
    std::fs::write(
        dir.join("b.jsonl"),
        b"\xff\xfe\n{\"id\": 2, \"text\": \"Two.\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("c.jsonl"), "").unwrap();
    std::fs::write(dir.join("d.jsonl"), "{\"id\": 3, \"text\": \"Three.\"}").unwrap();
    let out = nutgraf(&["sentences", "--jsonl", dir.to_str().unwrap()], None);
    let lines = json_lines(&out);
    let ids: Vec<Value> = lines.iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, [json!(1), Value::Null, json!(2), json!(3)]);
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("not valid UTF-8")
    );
    assert!(!out.status.success());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn empty_input_gives_no_lines_and_success() {
    let out = nutgraf(&["summarize", "--jsonl"], Some(Vec::new()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let out = nutgraf(&["summarize", "--jsonl"], Some(b"\n".to_vec()));
    assert_eq!(json_lines(&out).len(), 1);
    assert!(!out.status.success());
}

/// The committed corpus of the `xtask_jsonl` fuzz target (`tests/data/fuzz/xtask_jsonl/`),
/// all files as one stream: one output line per input line, in order, each with the id the
/// line carries (null when the line is not a JSON object with one).
#[test]
fn fuzz_corpus_xtask_jsonl_through_the_command() {
    let dir = root().join("tests/data/fuzz/xtask_jsonl");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/data/fuzz/xtask_jsonl")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let mut input = Vec::new();
    for f in &files {
        let mut bytes = std::fs::read(f).expect("corpus file");
        if !bytes.is_empty() && !bytes.ends_with(b"\n") {
            bytes.push(b'\n');
        }
        input.extend_from_slice(&bytes);
    }
    let expected: Vec<Value> = input
        .split_inclusive(|&b| b == b'\n')
        .map(|raw| {
            let Ok(line) = std::str::from_utf8(raw) else {
                return Value::Null;
            };
            let line = line
                .trim_end_matches(['\n', '\r'])
                .trim_start_matches('\u{FEFF}');
            match serde_json::from_str::<Value>(line) {
                Ok(Value::Object(o)) => o.get("id").cloned().unwrap_or(Value::Null),
                _ => Value::Null,
            }
        })
        .collect();
    let out = nutgraf(&["sentences", "--jsonl", "--threads", "2"], Some(input));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), expected.len(), "{}", stderr(&out));
    for (i, (got, id)) in lines.iter().zip(&expected).enumerate() {
        assert_eq!(&got["id"], id, "line {}", i + 1);
        assert!(got.get("error").is_some() != got.get("sentences").is_some());
    }
}

/// Runs `nutgraf ARGS` with its address space limited to 1 GB (`ulimit -v`), feeding
/// `chunks` chunks of `chunk` bytes after `head` and before `tail` on standard input, from
/// another thread, without holding the input in memory.
fn nutgraf_limited(args: &[&str], input: Option<(&[u8], u8, usize, &[u8])>) -> Output {
    let mut cmd = Command::new("bash");
    cmd.arg("-c")
        .arg("ulimit -v 1000000 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_nutgraf"))
        .args(args)
        .current_dir(root())
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("bash runs");
    let writer = input.map(|(head, byte, n, tail)| {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        let (head, tail) = (head.to_vec(), tail.to_vec());
        std::thread::spawn(move || {
            let block = vec![byte; 1 << 20];
            let _ = pipe.write_all(&head);
            for _ in 0..n {
                if pipe.write_all(&block).is_err() {
                    return;
                }
            }
            let _ = pipe.write_all(&tail);
        })
    });
    let out = child.wait_with_output().expect("nutgraf finishes");
    if let Some(w) = writer {
        w.join().expect("writer thread");
    }
    out
}

/// The size ceiling bounds memory, not only analysis: a file far over `--max-bytes` is refused
/// with the ceiling's error without being read whole (here an 8 GiB sparse file, under a
/// 1 GB address-space limit), and the other files still run.
#[test]
fn a_file_over_the_ceiling_is_refused_without_reading_it() {
    let dir = temp_dir("sparse");
    let huge = dir.join("a_huge.txt");
    let file = std::fs::File::create(&huge).expect("create");
    file.set_len(8 << 30).expect("sparse file");
    drop(file);
    std::fs::write(dir.join("b_small.txt"), "A small file.").unwrap();
    let out = nutgraf_limited(
        &["sentences", "--max-bytes", "1000000", dir.to_str().unwrap()],
        None,
    );
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a clean failure, not a crash: {err}"
    );
    assert!(
        err.contains("a_huge.txt") && err.contains("larger than the ceiling"),
        "{err}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "A small file.\n");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Same for one JSON Lines line: a 1.5 GB line under `--max-bytes 1000000` and a 1 GB
/// address-space limit gives its error line, and the next line is still processed.
#[test]
fn a_jsonl_line_over_the_ceiling_is_skipped_without_holding_it() {
    let out = nutgraf_limited(
        &["sentences", "--jsonl", "--max-bytes", "1000000"],
        Some((
            b"{\"id\": 1, \"text\": \"",
            b'a',
            1536,
            b"\"}\n{\"id\": 2, \"text\": \"Next.\"}\n",
        )),
    );
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a clean failure, not a crash: {err}"
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0]["error"]
            .as_str()
            .is_some_and(|e| e.contains("larger than the ceiling")),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1]["id"], json!(2));
    assert_eq!(lines[1]["sentences"], json!(["Next."]));
}

#[test]
fn standard_input_that_is_not_utf8_is_a_clear_error() {
    let out = nutgraf(&["summarize", "-"], Some(b"caf\xe9 au lait.\n".to_vec()));
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("-: not valid UTF-8") && err.contains("offset 3"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

/// `nutgraf summarize ... | head`: when the reader of standard output has gone, the command
/// stops at once and quietly with success, instead of printing "Broken pipe" once per
/// remaining document. The pipe's read end is closed before the command starts, so every
/// write fails, whatever the timing.
#[test]
fn a_closed_output_pipe_ends_the_run_quietly() {
    for args in [
        &["summarize", "seeds", "seeds"][..],
        &["keywords", "seeds", "seeds"][..],
        &["sentences", "seeds", "seeds"][..],
        &["summarize", "--jsonl", "-"][..],
    ] {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let mut child = Command::new(env!("CARGO_BIN_EXE_nutgraf"))
            .args(args)
            .current_dir(root())
            .stdin(Stdio::piped())
            .stdout(writer)
            .stderr(Stdio::piped())
            .spawn()
            .expect("nutgraf runs");
        let mut stdin = child.stdin.take().expect("stdin is piped");
        // The command may stop reading before the end; a failed write here is expected.
        let _ = stdin.write_all(b"{\"id\":1,\"text\":\"One line. Two lines.\"}\n");
        drop(stdin);
        let out = child.wait_with_output().expect("nutgraf finishes");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}
