//! Property tests of nutgraf's contracts, on generated news-like text (pieces that trigger
//! every rule: abbreviations, quotes, list labels, line ends of all kinds, boilerplate and
//! reference markers, mixed scripts, emoji, combining marks, BOM, NUL) and on arbitrary
//! strings and bytes.
//!
//! The checks are the fuzz targets' (`fuzz/src/lib.rs`, compiled in): spans lie on `char`
//! boundaries inside the text; sentences are trimmed, in order, and cover the text (only
//! blank and invisible chars fall between them); clean-up blocks, removals and the reference
//! cover it too; tokens lie in their sentence; the report's texts are the input's; a fresh
//! pipeline gives the same JSON bytes. Running them on arbitrary bytes here is also the
//! stable-Rust smoke of the fuzz targets that `cargo test` runs on CI.

#[allow(dead_code)]
#[path = "../../fuzz/src/lib.rs"]
mod checks;

use proptest::prelude::*;

/// Pieces of text that exercise the splitter's, tokenizer's and clean-up's rules.
const PIECES: &[&str] = &[
    "Putin",
    "landed",
    "in",
    "Beijing",
    "the",
    "trade",
    "grew",
    "he",
    "He",
    "The",
    "In",
    "(pictured)",
    "said",
    "Mr.",
    "Dr.",
    "U.S.",
    "e.g.",
    "Inc.",
    "No. 5",
    "$100.00",
    "3.5",
    "10:30",
    "a.m.",
    "J.",
    "1.",
    "2)",
    "a.",
    "•",
    ".",
    ". ",
    "! ",
    "? ",
    "?!",
    "...",
    "…",
    ". . .",
    "\"",
    "“",
    "”",
    "«",
    "»",
    "(",
    ")",
    "[...]",
    "'s",
    "don't",
    "high-tech",
    "example.com/a.b",
    "x@y.org",
    " ",
    " ",
    " ",
    "\t",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{2029}",
    "\u{c}",
    "Scroll down for video",
    "Advertisement",
    "Related article",
    "Thomas Peter/Pool/Reuters",
    "WASHINGTON (AP) —",
    "(CNN)",
    "© Copyright 2011 AP.",
    "All rights reserved.",
    "Editor's P/S:",
    "Photo: Jane Doe",
    "Москва",
    "подписала",
    "т.е.",
    "北京",
    "。",
    "！",
    "東京です",
    "القاهرة",
    "؟",
    "שלום",
    "Straße",
    "z.B.",
    "ÉTÉ",
    "e\u{301}",
    "\u{336}",
    "👩\u{200D}👩\u{200D}👧",
    "👍🏽",
    "\u{FEFF}",
    "\u{200B}",
    "\u{0}",
    "\u{202B}",
    "\u{FFFD}",
    "İ",
    "ǅ",
];

/// News-like text: 0 to 120 pieces, mostly separated by a space.
fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), any::<bool>()), 0..120).prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            s.push_str(p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// Any text: news-like, arbitrary Unicode, or arbitrary bytes decoded lossily.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => news_text(),
        1 => any::<String>(),
        1 => prop::collection::vec(any::<u8>(), 0..400)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
}

/// The fuzz checks' input: an option byte, then the text.
fn input(flags: u8, text: &str) -> Vec<u8> {
    let mut data = Vec::with_capacity(text.len() + 1);
    data.push(flags);
    data.extend_from_slice(text.as_bytes());
    data
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 192,
        // Failures are pinned as named tests, not as files next to the sources.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// Tokens: valid, ordered, non-empty spans covering every non-blank char; offsets of
    /// `tokenize_into`; `Document` tokens lie in their sentences, ids resolve.
    #[test]
    fn tokens_and_documents(flags in any::<u8>(), text in any_text()) {
        checks::words(&input(flags, &text));
    }

    /// Sentences: trimmed, ordered, on char boundaries, covering the text in order;
    /// `segments` tiles the text, one segment per sentence.
    #[test]
    fn sentences_cover_the_text_in_order(flags in any::<u8>(), text in any_text()) {
        checks::sentences(&input(flags, &text));
    }

    /// The clean-up: blocks, removals and reference are disjoint, ordered, and cover every
    /// non-blank char; the reference follows the article.
    #[test]
    fn clean_up_loses_nothing(flags in any::<u8>(), text in any_text()) {
        checks::clean(&input(flags, &text));
    }

    /// The whole pipeline: the report's contract (keyphrases included), and a fresh
    /// pipeline gives the same bytes.
    #[test]
    fn pipeline_report_contract(
        flags in any::<u8>(),
        more in any::<u8>(),
        summary in any::<u8>(),
        text in any_text(),
    ) {
        let mut data = vec![flags, more];
        data.extend(input(summary, &text));
        checks::pipeline(&data);
    }

    /// Summaries with every algorithm and budget: sentences of the document, in document
    /// order, within budget (one sentence always), same result twice.
    #[test]
    fn summaries_are_in_order_and_within_budget(
        flags in any::<u8>(),
        budget in any::<u8>(),
        text in any_text(),
    ) {
        let mut data = vec![flags];
        data.extend(input(budget, &text));
        checks::summarize(&data);
    }

    /// Keyphrases with every algorithm and option: they occur in the text, inside a
    /// sentence, best first, at most as many as asked.
    #[test]
    fn keyphrases_occur_in_the_text(flags in any::<u8>(), more in any::<u8>(), text in any_text()) {
        let mut data = vec![flags];
        data.extend(input(more, &text));
        checks::keywords(&data);
    }

    /// Language detection: confidence in range, allowed answers only, same answer twice.
    #[test]
    fn detection_contract(flags in any::<u8>(), text in any_text()) {
        checks::detect(&input(flags, &text));
    }

    /// Arbitrary bytes through every fuzz check: the short random run of each fuzz target
    /// that CI gets with `cargo test` (the long runs use cargo-fuzz, see fuzz/README.md).
    #[test]
    fn fuzz_smoke_all_targets(data in prop::collection::vec(any::<u8>(), 0..600)) {
        checks::clean(&data);
        checks::sentences(&data);
        checks::words(&data);
        checks::detect(&data);
        checks::pipeline(&data);
        checks::keywords(&data);
        checks::summarize(&data);
        checks::eval_jsonl(&data);
        checks::eval_metrics(&data);
    }

    /// The JSON Lines readers on generated lines of JSON, junk and blank lines.
    #[test]
    fn jsonl_readers(lines in prop::collection::vec(prop_oneof![
        Just("{\"id\": 1, \"text\": \"A.\", \"summary\": \"B.\"}".to_string()),
        Just(String::new()),
        Just("   ".to_string()),
        Just("{\"id\": \"x\"".to_string()),
        any::<String>(),
        "[a-z{}\":,\\[\\] 0-9]{0,30}",
    ], 0..20)) {
        checks::eval_jsonl(lines.join("\n").as_bytes());
    }
}

proptest! {
    // Each case analyses up to ten documents three times: fewer cases.
    #![proptest_config(ProptestConfig { cases: 48, ..config() })]

    /// Same bytes whatever the thread count: a batch analysed in order by one pipeline, and
    /// by another shared by two and by four threads, gives identical JSON.
    #[test]
    fn same_reports_at_any_thread_count(texts in prop::collection::vec(any_text(), 1..10)) {
        use rayon::prelude::*;
        let json = |p: &nutgraf::Pipeline, t: &String| {
            p.analyze(t).map(|r| serde_json::to_string(&r).unwrap_or_default())
        };
        let sequential = nutgraf::Pipeline::default();
        let expected: Vec<_> = texts.iter().map(|t| json(&sequential, t)).collect();
        for threads in [2, 4] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build();
            prop_assert!(pool.is_ok());
            let shared = nutgraf::Pipeline::default();
            let got: Vec<_> = pool
                .map(|pool| pool.install(|| texts.par_iter().map(|t| json(&shared, t)).collect()))
                .unwrap_or_default();
            prop_assert_eq!(&got, &expected, "{} threads", threads);
        }
    }
}
