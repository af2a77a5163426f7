//! Web pages through the `nutgraf` command: a path ending in `.html`, `--input html` on
//! standard input, a JSON Lines line with "html", and `nutgraf extract`. Pages written for
//! these tests; runs the built `nutgraf` binary.

mod support;

use serde_json::{Value, json};
use support::{nutgraf, stderr, stdout};

/// A news page in windows-1252, declared in a meta tag, with furniture around the story.
fn page() -> Vec<u8> {
    let html = "<html lang=\"en\"><head><meta charset=\"windows-1252\">\
        <title>Ferry terminal to close | Harbour News</title>\
        <meta property=\"og:title\" content=\"Ferry terminal to close for repairs\">\
        <meta name=\"author\" content=\"Ann Reporter\">\
        <link rel=\"canonical\" href=\"https://example.org/ferry\"></head>\
        <body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>\
        <h1>Ferry terminal to close for repairs</h1>\
        <p>The harbour authority said on Monday that the old ferry terminal would close for \
        repairs next spring, after inspectors found cracks in two of its concrete piers.</p>\
        <figure><img src=\"a.jpg\"><figcaption>The terminal. Photo: Agency</figcaption></figure>\
        <p>Ferries will dock at the cargo quay while the work goes on, the authority said, and \
        the caf\u{e9} on the pier will stay open through the summer.</p></article>\
        <footer>Harbour News</footer></body></html>";
    // Windows-1252: the only non-ASCII character, U+00E9, is the byte 0xE9.
    html.chars()
        .map(|c| if c == '\u{e9}' { 0xe9 } else { c as u8 })
        .collect()
}

fn temp_page(name: &str) -> std::path::PathBuf {
    let dir = support::temp_dir("html", name);
    let path = dir.join("ferry.html");
    std::fs::write(&path, page()).expect("write page");
    path
}

#[test]
fn summarize_a_page_prints_title_byline_and_the_story() {
    let path = temp_page("summarize");
    let out = nutgraf(&["summarize", path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("title: Ferry terminal to close for repairs\n"),
        "{text}"
    );
    assert!(text.contains("byline: Ann Reporter\n"), "{text}");
    assert!(text.contains("caf\u{e9} on the pier"), "{text}");
    assert!(!text.contains("Photo: Agency"), "{text}");
}

#[test]
fn stdin_as_html_and_json_spans_index_the_extracted_text() {
    let out = nutgraf(
        &["summarize", "--input", "html", "--format", "json"],
        Some(page()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(stdout(&out).trim()).expect("one JSON object");
    assert_eq!(v["article"]["url"], json!("https://example.org/ferry"));
    assert_eq!(v["article"]["lang"], json!("en"));
    let text = v["text"].as_str().expect("the extracted text");
    for s in v["sentences"].as_array().unwrap() {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[a..b], s["text"].as_str().unwrap());
    }
}

#[test]
fn jsonl_lines_with_html() {
    let html = String::from_utf8_lossy(&page()).into_owned();
    let input = format!(
        "{}\n{}\n",
        json!({"id": "page", "html": html}),
        json!({"id": "plain", "text": "The council met on Monday. It voted to close the pier."})
    );
    let out = nutgraf(&["summarize", "--jsonl"], Some(input.clone().into_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["article"]["byline"], json!("Ann Reporter"));
    assert!(lines[1].get("article").is_none());

    let out = nutgraf(&["extract", "--jsonl"], Some(input.into_bytes()));
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["id"], json!("page"));
    assert_eq!(
        lines[0]["title"],
        json!("Ferry terminal to close for repairs")
    );
    assert!(
        lines[0]["text"]
            .as_str()
            .unwrap()
            .starts_with("The harbour authority")
    );
}

#[test]
fn extract_prints_the_article_alone() {
    let path = temp_page("extract");
    let out = nutgraf(&["extract", path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("url: https://example.org/ferry\n"), "{text}");
    assert!(text.contains("charset: windows-1252\n"), "{text}");
    assert!(text.contains("\nThe harbour authority said"), "{text}");
    assert!(!text.contains("Home"), "{text}");
    // A page with no article: a reason, and still success.
    let out = nutgraf(
        &["extract", "--format", "json"],
        Some(b"<html><body><h1>404</h1></body></html>".to_vec()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["empty"], json!("no article found in the page"));
}
