//! Invariants of `split` and `segments` on arbitrary and hostile input.

use nutgraf_tokenize::SentenceSplitter;
use proptest::prelude::*;

const CODES: [&str; 22] = [
    "eng", "deu", "fra", "spa", "ita", "por", "nld", "rus", "dan", "zho", "und", "ukr", "ell",
    "hye", "nob", "swe", "hun", "ron", "tur", "pol", "hin", "tam",
];

/// What a sentence is trimmed of; nothing else may fall between sentences.
fn is_trim(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}'
        )
}

/// Checks every documented invariant; returns the number of sentences.
fn check(text: &str, splitter: &SentenceSplitter) -> usize {
    let spans = splitter.split(text);
    let mut prev_end = 0;
    for r in &spans {
        assert!(r.start < r.end, "empty span {r:?}");
        assert!(
            r.end <= text.len(),
            "span {r:?} outside text of {}",
            text.len()
        );
        assert!(
            r.start >= prev_end,
            "span {r:?} overlaps or is out of order"
        );
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        let gap = &text[prev_end..r.start];
        assert!(
            gap.chars().all(is_trim),
            "text dropped between sentences: {gap:?}"
        );
        let s = &text[r.clone()];
        assert!(
            !s.starts_with(is_trim) && !s.ends_with(is_trim),
            "untrimmed {s:?}"
        );
        prev_end = r.end;
    }
    assert!(
        text[prev_end..].chars().all(is_trim),
        "text dropped at the end"
    );

    let seg = splitter.segments(text);
    let joined: String = seg.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(joined, text, "segments do not cover the text");
    let mut at = 0;
    for r in &seg {
        assert_eq!(r.start, at, "segments not contiguous");
        assert!(r.start < r.end, "empty segment");
        at = r.end;
    }
    if spans.is_empty() {
        assert_eq!(seg.len(), usize::from(!text.is_empty()));
    } else {
        assert_eq!(seg.len(), spans.len());
        for (g, s) in seg.iter().zip(&spans) {
            assert!(
                g.start <= s.start && s.end <= g.end,
                "sentence {s:?} outside segment {g:?}"
            );
        }
    }
    if text.len() < 1 << 16 {
        assert_eq!(splitter.split(text), spans, "not deterministic");
    }
    spans.len()
}

fn check_all(text: &str) {
    for code in CODES {
        check(text, &SentenceSplitter::for_code(code));
    }
}

/// Text built from the characters the splitter cares about.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Mr.",
        "U.S.",
        "e.g.",
        "z.B.",
        "т.е.",
        "M.",
        "a.m.",
        "Inc.",
        "No.",
        "p.",
        "J.",
        "I.",
        "1.",
        "2.",
        "3.)",
        "4)",
        "a.",
        "b.",
        "...",
        ". . .",
        ". . . .",
        "…",
        "!",
        "?",
        "?!",
        "。",
        "！",
        "？",
        "•",
        "⁃",
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "„",
        "«",
        " »",
        "「",
        "」",
        "(",
        ")",
        "[",
        "]",
        ":",
        ",",
        ";",
        "-",
        "—",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\u{2028}",
        "\u{2029}",
        "\u{feff}",
        "\u{0}",
        "\u{a0}",
        "\u{200b}",
        "the",
        "The",
        "He",
        "smith",
        "Smith",
        "Jones",
        "iPhone",
        "2024",
        "$100.00",
        "www.example.com",
        "a@b.co",
        "Straße",
        "Москва",
        "Он",
        "北京",
        "と",
        "مرحبا",
        "नमस्ते",
        "e\u{301}",
        "🙂",
        "A",
        "x",
        // Other scripts' stops, quotation styles, citation marks.
        "։",
        "\u{37e}",
        "።",
        "፨",
        "។",
        "။",
        "।",
        "؟",
        "»",
        "«",
        "‹",
        "›",
        ",,",
        "''",
        "[1]",
        "[13]",
        "¹",
        "¿",
        "¡",
        "%.",
        "डॉ.",
        "बी.सी.",
        "Պրոֆ.",
        "κ.",
        "ul.",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn invariants_on_tricky_text(text in tricky_text()) {
        check_all(&text);
    }

    #[test]
    fn invariants_on_any_text(text in any::<String>()) {
        check_all(&text);
    }

    #[test]
    fn segments_of_joined_sentences(words in prop::collection::vec("[A-Z][a-z]{1,8}( [a-z]{1,8}){0,5} [a-z]{2,6}ing[.!?]", 1..12)) {
        // Plain sentences joined by spaces come back one by one. (They end in a word that is
        // no abbreviation: "co." or "p." before a capital may rightly not end a sentence.)
        let text = words.join(" ");
        let n = check(&text, &SentenceSplitter::for_code("eng"));
        prop_assert_eq!(n, words.len());
    }
}

#[test]
fn junk_does_not_panic() {
    let cases = [
        "",
        "\0",
        "\0\0.\0",
        "\r",
        "a\rb",
        "\r\n\r\n",
        "One.\r\nTwo.\r\n",
        "\u{feff}",
        "\u{feff}Hello. World.",
        ".",
        "!",
        "?!?!",
        "...",
        ". . .",
        "\"",
        "'",
        "(",
        ")",
        "1.",
        "1)",
        "a.",
        "•",
        "。",
        "Mr.",
        "e\u{301}.",
        "Hello 世界。Привет мир. مرحبا بالعالم؟ नमस्ते दुनिया। 🙂! Ça va? Tschüß.",
        "\u{2028}\u{2029}\u{85}\u{b}\u{c}",
        "\u{200b}\u{200b}.\u{200b}",
    ];
    for text in cases {
        check_all(text);
    }
    assert_eq!(
        check("\u{feff}Hello. World.", &SentenceSplitter::default()),
        2
    );
}

/// Inputs that would take quadratic time if any look-around were unbounded. At 128 KB each
/// (kept small for debug builds), a quadratic pass over any of them would not finish within
/// the test timeout.
#[test]
fn pathological_inputs_are_linear() {
    const SIZE: usize = 128 << 10;
    let rep = |s: &str| s.repeat(SIZE / s.len());
    let numbered: String = (0..SIZE / 12)
        .map(|i| format!("{}. x ", i % 1000))
        .collect();
    let inputs = [
        rep(". "),
        rep("a."),
        rep("A. "),
        rep("U.S. "),
        rep("1. "),
        rep("a. b. "),
        numbered,
        rep("("),
        rep(")"),
        rep("\""),
        rep("'a "),
        rep("\"a. "),
        rep("!?"),
        rep(" "),
        rep("\n"),
        rep("\r"),
        rep("a\n"),
        rep("Mr.\n"),
        rep("\u{2022}"),
        rep("\u{2022} "),
        rep("\u{3002}"),
        rep("\u{2026}"),
        format!("{}. The end.", "word ".repeat(SIZE / 5)),
        format!("\"{}", "A. b ".repeat(SIZE / 5)),
    ];
    for text in &inputs {
        check(text, &SentenceSplitter::for_code("eng"));
    }
}

/// The two extremes the splitter promises to handle in linear time: a megabyte of dots and a
/// long line without any sentence end. Each is one sentence.
#[test]
fn a_megabyte_of_dots_and_a_line_without_end() {
    let eng = SentenceSplitter::for_code("eng");
    assert_eq!(check(&".".repeat(1 << 20), &eng), 1);
    assert_eq!(check(&"x".repeat(4 << 20), &eng), 1);
    assert_eq!(check(&"word ".repeat(1 << 20), &eng), 1);
}
