//! The command end to end: what users script against. Runs the built `nutgraf` binary.

mod support;

use std::path::PathBuf;

use support::{nutgraf, stderr, stdout};

fn temp_dir(name: &str) -> PathBuf {
    support::temp_dir("cli", name)
}

#[test]
fn summarize_seeds_prints_the_pinned_seed_report() {
    let out = nutgraf(&["summarize", "seeds/"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    // insta stores the snapshot without the final newline the command prints.
    let expected = nutgraf_tests::command::pinned_seed_report();
    assert_eq!(stdout(&out).trim_end(), expected);
}

#[test]
fn not_utf8_is_a_clear_error_naming_the_file_and_others_still_run() {
    let dir = temp_dir("mixed");
    std::fs::write(dir.join("a_good.txt"), "A good file. It has two sentences.").unwrap();
    std::fs::write(dir.join("b_bad.txt"), b"caf\xe9 au lait\n").unwrap();
    std::fs::write(dir.join("c_good.txt"), "Another good one.").unwrap();
    let out = nutgraf(&["sentences", dir.to_str().unwrap()], None);
    assert!(
        !out.status.success(),
        "a bad file makes the exit status fail"
    );
    let err = stderr(&out);
    assert!(
        err.contains("b_bad.txt") && err.contains("not valid UTF-8"),
        "{err}"
    );
    assert_eq!(
        stdout(&out),
        "A good file.\nIt has two sentences.\nAnother good one.\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn missing_path_and_empty_dir_are_errors_naming_them() {
    let out = nutgraf(&["summarize", "no/such/file.txt"], None);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no/such/file.txt"));
    let dir = temp_dir("empty");
    let out = nutgraf(&["summarize", dir.to_str().unwrap()], None);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("has no *.txt files"),
        "{}",
        stderr(&out)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn jsonl_gives_one_line_per_input_line_in_order() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"One. Two.\"}\n",
        "not json\n",
        "\n",
        "{\"id\": \"x\"}\n",
        "{\"id\": [1, 2], \"text\": 5}\n",
        "{\"text\": \"No id here.\"}\n",
        "{\"id\": {\"k\": true}, \"text\": \"\"}\n",
    );
    let out = nutgraf(&["sentences", "--jsonl"], Some(input.as_bytes().to_vec()));
    assert!(
        !out.status.success(),
        "failed lines make the exit status fail"
    );
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["sentences"], serde_json::json!(["One.", "Two."]));
    assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
    assert!(lines[2]["error"].as_str().unwrap().contains("empty line"));
    assert_eq!(lines[3]["id"], "x");
    assert!(lines[3]["error"].as_str().unwrap().contains("no \"text\""));
    assert_eq!(lines[4]["id"], serde_json::json!([1, 2]));
    assert!(lines[4]["error"].as_str().unwrap().contains("not a string"));
    assert_eq!(lines[5]["id"], serde_json::Value::Null);
    assert_eq!(lines[5]["sentences"], serde_json::json!(["No id here."]));
    assert_eq!(lines[6]["id"], serde_json::json!({"k": true}));
    assert_eq!(lines[6]["sentences"], serde_json::json!([]));
}

#[test]
fn every_subcommand_has_help() {
    for cmd in [
        vec!["--help"],
        vec!["summarize", "--help"],
        vec!["sentences", "--help"],
        vec!["detect", "--help"],
        vec!["keywords", "--help"],
        vec!["words", "--help"],
    ] {
        let out = nutgraf(&cmd, None);
        assert!(out.status.success(), "{cmd:?}");
        assert!(stdout(&out).contains("Usage"), "{cmd:?}");
    }
}

#[test]
fn detect_gives_one_line_per_line() {
    let out = nutgraf(
        &["detect", "-"],
        Some(
            "The weather is lovely today, isn't it?\n\n1234\nDas ist ein schönes Haus.\n"
                .as_bytes()
                .to_vec(),
        ),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines[0].starts_with("eng\tEnglish\tLatin\t"),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1], "-");
    assert_eq!(lines[2], "-");
    assert!(lines[3].starts_with("deu\t"), "{}", lines[3]);
}

#[test]
fn lang_override_is_reported_as_given() {
    let input = "{\"id\": 7, \"text\": \"Putin landed in Beijing. Trade has grown.\"}\n";
    let out = nutgraf(
        &["summarize", "--jsonl", "--lang", "fra"],
        Some(input.as_bytes().to_vec()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["id"], 7);
    assert_eq!(v["language"]["code"], "fra");
    assert_eq!(v["language"]["given"], true);
}

#[test]
fn no_path_reads_standard_input() {
    let out = nutgraf(&["sentences"], Some(b"One here. Two there.".to_vec()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "One here.\nTwo there.\n");
    let out = nutgraf(
        &["detect"],
        Some(b"Das ist ein sch\xc3\xb6nes Haus.\n".to_vec()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("deu\t"), "{}", stdout(&out));
}

#[test]
fn words_prints_one_token_per_line_and_spans_in_jsonl() {
    let text = "我们明天去北京。Trade grew 5%.";
    let out = nutgraf(&["words"], Some(text.as_bytes().to_vec()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "我们\n明天\n去\n北京\n。\nTrade\ngrew\n5\n%\n.\n"
    );
    let input = format!("{}\n", serde_json::json!({"id": "a", "text": text}));
    let out = nutgraf(&["words", "--jsonl"], Some(input.into_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["id"], "a");
    let words = v["words"].as_array().unwrap();
    assert_eq!(words.len(), 10);
    for w in words {
        let (start, end) = (w["start"].as_u64().unwrap(), w["end"].as_u64().unwrap());
        assert_eq!(
            &text[start as usize..end as usize],
            w["text"].as_str().unwrap()
        );
    }
    assert_eq!(
        words[3],
        serde_json::json!({"start": 15, "end": 21, "text": "北京", "kind": "word"})
    );
    let kinds: Vec<&str> = words.iter().map(|w| w["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "word",
            "word",
            "word",
            "word",
            "punctuation",
            "word",
            "word",
            "number",
            "symbol",
            "punctuation"
        ]
    );
}
