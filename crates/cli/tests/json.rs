//! The output writer and the line reader against serde_json, which they stand in for.
//!
//! `nutgraf_cli::json::write` must give serde_json's bytes for every value an output line can
//! hold, and give up (so that `result_line` falls back on serde_json) on what it does not copy.
//! `Record::parse` must read a line as the parse into a `serde_json::Value` it replaced did:
//! the same id, text, html flag and title, and the same error messages.

use std::collections::BTreeMap;

use nutgraf_cli::json::write;
use nutgraf_cli::jsonl::{Record, result_line};
use proptest::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

/// `write`'s bytes, which must be serde_json's.
fn same_as_serde_json<T: Serialize + ?Sized>(value: &T) {
    let mut ours = b"prefix".to_vec();
    write(&mut ours, value).expect("written");
    let theirs = serde_json::to_vec(value).expect("serde_json writes it");
    assert_eq!(
        String::from_utf8_lossy(&ours[6..]),
        String::from_utf8_lossy(&theirs)
    );
}

/// What `result_line` gave before it had its own writer: serde_json's bytes.
fn serde_json_result_line(id: &Value, value: &impl Serialize) -> String {
    let body = serde_json::to_string(value).unwrap();
    let id = serde_json::to_string(id).unwrap();
    match body.strip_prefix('{') {
        Some("}") | None => format!("{{\"id\":{id}}}"),
        Some(rest) => format!("{{\"id\":{id},{rest}"),
    }
}

#[test]
fn every_ascii_byte_at_every_place_is_escaped_as_serde_json_does() {
    // Strings long enough to reach the vector kernels (16 and 32 bytes a step) and short ones
    // (the plain loop), with the byte at each place, so that every kernel boundary is crossed.
    for byte in 0u8..0x80 {
        let c = char::from(byte);
        for len in [
            1, 2, 7, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 200,
        ] {
            for at in [0, len / 2, len - 1] {
                let s: String = (0..len).map(|i| if i == at { c } else { 'a' }).collect();
                same_as_serde_json(&s);
            }
        }
    }
}

#[test]
fn non_ascii_text_and_every_control_character_together() {
    let mut s = String::from("Zelensky’s «plan» — 习近平 🇺🇦 \u{7f}\u{2028}\u{feff}");
    s.extend((0u8..0x20).map(char::from));
    s.push_str("\"\\/");
    for repeat in [1, 3, 20] {
        same_as_serde_json(&s.repeat(repeat));
    }
    // Past 1 MiB a string is escaped by serde_json itself; the bytes are the same.
    let long = format!("{}\u{1}\"end\"", "a long line, ‘quoted’\t".repeat(50_000));
    assert!(long.len() > 1 << 20);
    same_as_serde_json(&long);
    same_as_serde_json(&'\u{1}');
    same_as_serde_json(&'"');
    same_as_serde_json(&'é');
}

#[test]
fn numbers_are_serde_jsons() {
    same_as_serde_json(&json!([
        0,
        1,
        -1,
        u64::MAX,
        i64::MIN,
        0.0,
        -0.0,
        0.1,
        1e-7,
        1.5e300,
        1e21,
        123456789.0,
        0.19114331826525746,
        f64::MIN_POSITIVE,
    ]));
    same_as_serde_json(&(
        u128::MAX,
        i128::MIN,
        7u8,
        -7i8,
        300u16,
        -300i16,
        1u32,
        -1i32,
    ));
    same_as_serde_json(&(0.1f32, f32::MAX, 1e-10f32));
    // serde_json writes what is not finite as null.
    same_as_serde_json(&(f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f32::NAN));
}

#[derive(Serialize)]
enum Shape {
    Unit,
    Newtype(u32),
    Tuple(u8, String),
    EmptyTuple(),
    Struct { a: bool, b: Option<u8> },
    EmptyStruct {},
}

#[derive(Serialize)]
struct Unit;

#[derive(Serialize)]
struct Wrapper(String);

#[derive(Serialize)]
struct Everything<'a> {
    shapes: Vec<Shape>,
    none: Option<u8>,
    some: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skipped: Option<u8>,
    #[serde(rename = "renamed \"key\"\n")]
    renamed: (),
    unit: Unit,
    wrapper: Wrapper,
    bytes: serde_bytes_like::Bytes<'a>,
    empty_vec: Vec<u8>,
    empty_map: BTreeMap<String, u8>,
    map: BTreeMap<&'a str, Vec<Option<f64>>>,
    nested: Vec<Vec<Vec<()>>>,
    value: Value,
}

/// Bytes through `serialize_bytes` (serde_json writes an array of numbers).
mod serde_bytes_like {
    pub struct Bytes<'a>(pub &'a [u8]);
    impl serde::Serialize for Bytes<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(self.0)
        }
    }
}

#[test]
fn every_shape_of_the_data_model_is_written_as_serde_json_does() {
    let mut map = BTreeMap::new();
    map.insert("b", vec![Some(1.5), None]);
    map.insert("a\"", vec![]);
    let value = Everything {
        shapes: vec![
            Shape::Unit,
            Shape::Newtype(3),
            Shape::Tuple(1, "x".into()),
            Shape::EmptyTuple(),
            Shape::Struct { a: true, b: None },
            Shape::EmptyStruct {},
        ],
        none: None,
        some: Some("some"),
        skipped: None,
        renamed: (),
        unit: Unit,
        wrapper: Wrapper("w".into()),
        bytes: serde_bytes_like::Bytes(&[0, 1, 255]),
        empty_vec: vec![],
        empty_map: BTreeMap::new(),
        map,
        nested: vec![vec![], vec![vec![(), ()]]],
        value: json!({"id": [1, "two", null, {"x": false}], "": {}, "e": []}),
    };
    same_as_serde_json(&value);
    same_as_serde_json(&json!(null));
    same_as_serde_json(&json!("top-level string"));
    same_as_serde_json(&());
}

#[test]
fn what_it_does_not_copy_is_refused_and_left_to_serde_json() {
    // A map with number keys: serde_json quotes them; this writer leaves that to it.
    let numbered: BTreeMap<u32, &str> = [(1, "one"), (2, "two")].into();
    let mut out = Vec::new();
    assert!(write(&mut out, &numbered).is_err());
    #[derive(Serialize)]
    struct Keyed {
        numbered: BTreeMap<u32, &'static str>,
    }
    let keyed = Keyed { numbered };
    let id = json!("k");
    assert_eq!(
        result_line(&id, &keyed),
        serde_json_result_line(&id, &keyed)
    );

    // A raw value: serde_json writes its text as it is.
    let raw = serde_json::value::RawValue::from_string("[1,  2]".into()).unwrap();
    assert!(write(&mut Vec::new(), &raw).is_err());
    #[derive(Serialize)]
    struct Raw {
        raw: Box<serde_json::value::RawValue>,
    }
    let raw = Raw { raw };
    assert_eq!(result_line(&id, &raw), serde_json_result_line(&id, &raw));
    assert!(result_line(&id, &raw).contains("[1,  2]"));
}

#[test]
fn report_lines_are_the_bytes_serde_json_gave() {
    let pipeline = nutgraf::Pipeline::new(nutgraf::Config::default());
    let texts = nutgraf_tests::seeds()
        .into_iter()
        .chain(nutgraf_tests::adversarial_texts());
    let mut checked = 0;
    for (name, text) in texts {
        let Ok(report) = pipeline.analyze(&text) else {
            continue;
        };
        for id in [json!(name), json!(12), json!(null), json!({"a": [1.5]})] {
            assert_eq!(
                result_line(&id, &report),
                serde_json_result_line(&id, &report),
                "{name}"
            );
        }
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} reports");
    // An empty object: the id alone.
    assert_eq!(
        result_line(&json!(1), &json!({})),
        serde_json_result_line(&json!(1), &json!({}))
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_string_is_escaped_as_serde_json_does(s in any::<String>(), controls in "[\\x00-\\x1f\"\\\\a]{0,40}") {
        same_as_serde_json(&s);
        same_as_serde_json(&format!("{s}{controls}{s}"));
    }

    #[test]
    fn any_line_is_read_as_a_parsed_value_reads_it(line in line_strategy()) {
        same_reading(&line);
    }
}

/// How the line reader read a line before: the whole line parsed into a `serde_json::Value`.
/// (It echoes a numeric id as written through a second look at the line, which both share.)
fn value_reading(line: &str) -> (Value, Result<String, String>, bool, Option<String>) {
    let no = 7;
    let bad = |m: String| (Value::Null, Err(m), false, None);
    let line = line
        .trim_end_matches(['\n', '\r'])
        .trim_start_matches('\u{FEFF}');
    if line.trim().is_empty() {
        return bad(format!("line {no}: empty line"));
    }
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return bad(format!("line {no}: invalid JSON: {e}")),
    };
    let Value::Object(mut obj) = value else {
        return bad(format!("line {no}: not a JSON object"));
    };
    let id = obj.remove("id").unwrap_or(Value::Null);
    let mut html = false;
    let text = match obj.remove("text") {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(format!("line {no}: \"text\" is not a string")),
        None => match obj.remove("html") {
            Some(Value::String(s)) => {
                html = true;
                Ok(s)
            }
            Some(_) => Err(format!("line {no}: \"html\" is not a string")),
            None => Err(format!("line {no}: no \"text\" field")),
        },
    };
    let title = match obj.remove("title") {
        Some(Value::String(t)) => Some(t),
        _ => None,
    };
    (id, text, html, title)
}

fn same_reading(line: &str) {
    let rec = Record::parse(line.as_bytes(), 7);
    let ours = (
        rec.id,
        rec.text.map(|t| t.into_owned()),
        rec.html,
        rec.title.map(|t| t.into_owned()),
    );
    assert_eq!(ours, value_reading(line), "{line}");
}

/// Lines built from the pieces that matter: the four keys read, others, repeated keys, values
/// of every type, escapes in keys and strings, broken endings.
fn line_strategy() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("\"id\""),
        Just("\"text\""),
        Just("\"html\""),
        Just("\"title\""),
        Just("\"te\\u0078t\""),
        Just("\"summary\""),
        Just("\"\""),
    ];
    let value = prop_oneof![
        Just("\"plain\""),
        Just("\"with \\\"quotes\\\" and \\n and \\u00e9\""),
        Just("\"Zelensky’s\""),
        Just("12"),
        Just("-1.50"),
        Just("1e400"),
        Just("null"),
        Just("true"),
        Just("[1, [2, {\"text\": 3}]]"),
        Just("{\"text\": \"inner\"}"),
        Just("\"\\ud800\""),
        Just("\"unterminated"),
    ];
    // A field the reader does not keep is read past, not parsed into a value: there a number
    // beyond f64 or a lone surrogate escape no longer makes the line invalid, which is the one
    // difference from a parse into a `Value` (see `Record::parse`).
    let field = (key, value).prop_map(|(k, v)| {
        let kept = [
            "\"id\"",
            "\"text\"",
            "\"html\"",
            "\"title\"",
            "\"te\\u0078t\"",
        ]
        .contains(&k);
        let v = if !kept && (v == "1e400" || v == "\"\\ud800\"") {
            "0"
        } else {
            v
        };
        format!("{k}: {v}")
    });
    (
        prop::collection::vec(field, 0..6),
        prop_oneof![Just(""), Just("\n"), Just("\r\n"), Just(" x"), Just("}")],
    )
        .prop_map(|(fields, end)| format!("{{{}}}{end}", fields.join(", ")))
}

#[test]
fn lines_of_every_kind_are_read_as_before() {
    for line in [
        r#"{"id": "a", "text": "The story."}"#,
        r#"{"id": 1, "text": "x", "text": "last"}"#,
        r#"{"text": 5}"#,
        r#"{"html": "<p>x</p>"}"#,
        r#"{"html": 5}"#,
        r#"{"text": "x", "html": "<p>y</p>", "title": "T"}"#,
        r#"{"text": "x", "title": 5}"#,
        r#"{"text": "x", "title": "a \"quoted\" title"}"#,
        r#"{"id": {"nested": [1, 2.5]}, "text": "x", "meta": {"deep": [[[[]]]]}}"#,
        r#"{"id": null}"#,
        r#"{}"#,
        r#"[1, 2]"#,
        r#""a string""#,
        r#"12"#,
        r#"null"#,
        r#"true"#,
        r#"{"text": "x"} trailing"#,
        r#"{"text": "x""#,
        r#"{"text": "tab	inside"}"#,
        "\u{feff}{\"text\": \"after a byte-order mark\"}",
        "   ",
        "",
        "{\"text\": \"x\"}\r\n",
        r#"{"te\u0078t": "escaped key"}"#,
        r#"{"text": "\ud83d\ude00 pair"}"#,
    ] {
        same_reading(line);
    }
    // Bytes that are not UTF-8.
    let rec = Record::parse(b"{\"text\": \"\xff\"}", 3);
    assert_eq!(rec.text.unwrap_err(), "line 3: not valid UTF-8");
}

#[test]
fn a_text_without_escapes_is_borrowed_from_the_line() {
    let line = br#"{"id": "a", "text": "No escapes here.", "title": "Nor here"}"#;
    let rec = Record::parse(line, 1);
    assert!(matches!(rec.text, Ok(std::borrow::Cow::Borrowed(_))));
    assert!(matches!(rec.title, Some(std::borrow::Cow::Borrowed(_))));
    let rec = Record::parse(br#"{"text": "An \"escape\"."}"#, 1);
    assert_eq!(rec.text.unwrap(), "An \"escape\".");
}
