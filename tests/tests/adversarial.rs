//! The adversarial corpus: inputs from the wild that break text tools, each with what nutgraf
//! must do with it. Every case also goes through the fuzz checks' contract
//! (`fuzz/src/lib.rs`, compiled in below): spans inside the text on `char` boundaries, in
//! order, nothing but blank chars left out, stats that agree, JSON that parses back.
//!
//! The committed fuzz corpus (`tests/data/fuzz/<target>/`) is replayed here too, so every
//! input a fuzzer once found interesting is a regression test of stable `cargo test`.
//!
//! Sizes: the big inputs are as big as the issue asks (a 10 MB line, 1,000,000 lines, 1 MB
//! pathological patterns) in an optimised build: `cargo test --release -p nutgraf-tests
//! --test adversarial`. CI runs debug builds on 2 cores, where the same inputs take minutes
//! (unoptimised code is 10 to 20 times slower), so a debug build divides every size by
//! [`SCALE`] = 10: still far beyond anything quadratic could finish. Time is never asserted
//! tighter than a generous bound ([`bound`]); structure is asserted instead. The cases
//! that need the runner (a file that is not UTF-8, a directory of mixed files, JSON Lines)
//! are in `crates/cli/tests/batch.rs`, on the files in `tests/data/adversarial/`.

#[allow(dead_code)]
#[path = "../../fuzz/src/lib.rs"]
mod checks;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use nutgraf::{Config, Pipeline, Report};
use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter, TokenKind, tokenize};
use unicode_segmentation::UnicodeSegmentation;

/// Runs the pipeline with the default configuration and checks the report's contract.
fn analyze(text: &str) -> Report {
    analyze_with(text, &Config::default())
}

fn analyze_with(text: &str, config: &Config) -> Report {
    let report = Pipeline::new(config.clone())
        .analyze(text)
        .expect("under the size ceiling");
    checks::check_report(text, config, &report);
    report
}

fn sentence_texts(report: &Report) -> Vec<&str> {
    report.sentences.iter().map(|s| s.text.as_str()).collect()
}

/// Sizes are divided by this in debug builds (see the crate doc).
const SCALE: usize = if cfg!(debug_assertions) { 10 } else { 1 };

/// Generous completion bound for the big inputs: catches a hang or a quadratic blow-up,
/// never a slow machine (each case takes seconds in debug on 2 busy cores). The variable
/// `NUTGRAF_TEST_BOUND_SECS` overrides it (e.g. to time the full sizes of a release build on
/// a loaded machine).
fn bound() -> Duration {
    let secs = std::env::var("NUTGRAF_TEST_BOUND_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(90);
    Duration::from_secs(secs)
}

/// Runs `f` on a watchdog thread: fails the test if it has not finished within the bound
/// ([`bound`]; the thread is then left to the end of the test process, so a hang cannot
/// hang CI).
fn timed<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let start = Instant::now();
    let (tx, rx) = std::sync::mpsc::channel();
    let worker = std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    let bound = bound();
    match rx.recv_timeout(bound) {
        Ok(out) => {
            eprintln!("{what}: {:.2?}", start.elapsed());
            let _ = worker.join();
            out
        }
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what} did not finish within {bound:?}")
        }
        // The worker panicked: show its panic.
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => match worker.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => panic!("{what}: worker ended without a result"),
        },
    }
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

#[test]
fn empty() {
    let r = analyze("");
    assert!(r.sentences.is_empty() && r.removals.is_empty() && r.reference.is_none());
    assert!(r.language.is_none());
    assert_eq!((r.stats.bytes, r.stats.words), (0, 0));
    assert!(SentenceSplitter::for_code("eng").split("").is_empty());
    assert!(SentenceSplitter::default().segments("").is_empty());
    assert!(tokenize("").is_empty());
    assert!(nutgraf_lang::detect("").is_none());
    let c = nutgraf::clean("", &nutgraf::CleanConfig::default());
    assert!(c.blocks.is_empty());
}

#[test]
fn only_whitespace() {
    let text = " \t\n\r\n \u{a0}\u{3000}\u{2029}\u{85}\n\n\u{2003}";
    let r = analyze(text);
    assert!(r.sentences.is_empty(), "{:?}", r.sentences);
    assert!(r.removals.is_empty() && r.language.is_none());
    assert_eq!(r.stats.words, 0);
    assert!(tokenize(text).is_empty());
    assert_eq!(
        SentenceSplitter::default().segments(text),
        vec![0..text.len()]
    );
}

#[test]
fn only_punctuation() {
    let text = "... !!! ??? ;;; --- — «» „“ ()[]{} ¿¡ 。！？ …\n.\n!\n?!";
    let r = analyze(text);
    assert!(r.language.is_none(), "{:?}", r.language);
    assert_eq!(r.stats.words, 0);
    assert!(!r.sentences.is_empty(), "punctuation is kept, not dropped");
    assert!(
        tokenize(text)
            .iter()
            .all(|t| matches!(t.kind, TokenKind::Punctuation | TokenKind::Symbol))
    );
}

#[test]
fn ten_megabyte_line_without_a_sentence_end() {
    // 10 MB of words (1 MB in debug), no terminal punctuation, no line break: one sentence.
    let size = 10_000_000 / SCALE;
    let words = ["trade", "grew", "between", "the", "two", "countries", "and"];
    let mut text = String::with_capacity(size + 100);
    let mut i = 0;
    while text.len() < size {
        text.push_str(words[i % words.len()]);
        text.push(' ');
        i += 1;
    }
    let text = text.trim_end().to_string();
    let len = text.len();
    let r = timed("10 MB line (/SCALE)", move || analyze(&text));
    assert_eq!(r.sentences.len(), 1);
    assert_eq!((r.sentences[0].start, r.sentences[0].end), (0, len));
    assert_eq!(r.stats.words, i);
    assert_eq!(r.language.as_ref().map(|l| l.code.as_str()), Some("eng"));
}

/// The same 10 MB line at full size in every build, through the stages that scan lines:
/// the clean-up, the sentence splitter and the tokenizer.
#[test]
fn ten_megabyte_line_through_the_line_stages() {
    let text = "trade grew between the two countries and ".repeat(10_000_000 / 41);
    let (blocks, sentences, tokens) = timed("10 MB line, clean/split/tokenize", move || {
        let c = nutgraf::clean(&text, &nutgraf::CleanConfig::default());
        let s = SentenceSplitter::for_code("eng").split(&text);
        let t = tokenize(&text).len();
        (c.blocks.len(), s.len(), t)
    });
    assert_eq!((blocks, sentences), (1, 1));
    assert_eq!(tokens, 7 * (10_000_000 / 41));
}

#[test]
fn one_megabyte_word() {
    // One token of 1 MB (100 kB in debug): the tokenizer, the stemmer and the splitter
    // must stay linear.
    let text = "Ab".repeat(500_000 / SCALE);
    let r = timed("1 MB word", move || analyze(&text));
    assert_eq!(r.sentences.len(), 1);
    assert_eq!(r.stats.words, 1);
}

#[test]
fn a_million_one_word_lines() {
    // Distinct capitalised lines: each is a paragraph of its own, so a sentence of its own
    // (lowercase ones would join as hard-wrapped text). The pathological case for anything
    // quadratic in sentences. 100,000 lines in debug.
    let n = 1_000_000 / SCALE;
    let mut text = String::with_capacity(n * 12);
    for i in 0..n {
        text.push_str("Word");
        text.push_str(&i.to_string());
        text.push('\n');
    }
    let r = timed("1,000,000 lines (/SCALE)", move || analyze(&text));
    assert_eq!(r.sentences.len(), n);
    assert_eq!(r.stats.paragraphs, n);
    assert!(r.removals.is_empty());
    assert_eq!(r.sentences[n - 1].text, format!("Word{}", n - 1));
}

#[test]
fn a_million_repeated_lines() {
    // The same short line 1,000,000 times (100,000 in debug): all but the first are
    // duplicates.
    let n = 1_000_000 / SCALE;
    let text = "Same line.\n".repeat(n);
    let r = timed("1,000,000 duplicate lines (/SCALE)", move || analyze(&text));
    assert_eq!(r.sentences.len(), 1);
    assert_eq!(r.removals.len(), n - 1);
    assert!(
        r.removals
            .iter()
            .all(|x| x.reason == nutgraf::RemovalReason::DuplicateLine)
    );
}

#[test]
fn cjk_without_spaces() {
    let zh = "我们今天去北京参观了故宫。天气很好，人也很多！明天我们去长城吗？";
    let r = analyze(zh);
    assert_eq!(
        sentence_texts(&r),
        [
            "我们今天去北京参观了故宫。",
            "天气很好，人也很多！",
            "明天我们去长城吗？"
        ]
    );
    assert_eq!(r.language.as_ref().map(|l| l.code.as_str()), Some("cmn"));
    // Real words (我们, 北京, 故宫, ...), not one per ideograph (28 of them).
    assert_eq!(r.stats.words, 18);

    let ja = "東京は日本の首都です。とても大きな都市ですね。";
    let r = analyze(ja);
    assert_eq!(r.sentences.len(), 2);
    assert_eq!(r.language.as_ref().map(|l| l.code.as_str()), Some("jpn"));

    let ko = "서울은 한국의 수도입니다. 아주 큰 도시예요.";
    let r = analyze(ko);
    assert_eq!(r.sentences.len(), 2);
    assert_eq!(r.language.as_ref().map(|l| l.code.as_str()), Some("kor"));
}

#[test]
fn arabic_and_hebrew() {
    let ar = "وصل الرئيس الروسي إلى بكين يوم الخميس. هل ستنمو التجارة بين البلدين؟ قال المتحدث إن المحادثات كانت مثمرة.";
    let r = analyze(ar);
    assert_eq!(r.sentences.len(), 3, "{:?}", sentence_texts(&r));
    assert!(sentence_texts(&r)[1].ends_with('؟'));
    assert_eq!(r.language.as_ref().map(|l| l.code.as_str()), Some("ara"));
    assert!(r.stats.words >= 15);

    let he = "ראש הממשלה נפגש היום עם שר החוץ. הם דנו במצב הכלכלי במדינה. השיחה נמשכה שעתיים.";
    let r = analyze(he);
    assert_eq!(r.sentences.len(), 3, "{:?}", sentence_texts(&r));
    assert_eq!(r.language.as_ref().map(|l| l.code.as_str()), Some("heb"));

    // Right-to-left text with embedded left-to-right runs and bidi controls.
    let mixed = "\u{202B}قال إن شركة Apple Inc. ستفتح متجرا.\u{202C} وافق الجميع.";
    let r = analyze(mixed);
    assert!(!r.sentences.is_empty());
}

#[test]
fn combining_marks_and_zwj_emoji() {
    // Decomposed accents (e + U+0301), stacked marks, and ZWJ emoji sequences with skin tones.
    let text = "The cafe\u{301} opened. Zalgo t\u{336}\u{337}e\u{338}x\u{334}t here. \
                The family 👩\u{200D}👩\u{200D}👧\u{200D}👦 waved 👍🏽. Flags 🏳\u{FE0F}\u{200D}🌈 too!";
    let r = analyze(text);
    assert_eq!(r.sentences.len(), 4, "{:?}", sentence_texts(&r));
    // No sentence starts or ends inside a grapheme cluster.
    let bounds: Vec<usize> = text
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    for s in &r.sentences {
        assert!(
            bounds.binary_search(&s.start).is_ok() && bounds.binary_search(&s.end).is_ok(),
            "sentence {:?} splits a grapheme cluster",
            s.text
        );
    }
    // A letter and its combining marks are one word.
    let tokens = tokenize(text);
    assert!(tokens.iter().any(|t| t.as_str(text) == "cafe\u{301}"));
    assert!(
        tokens
            .iter()
            .any(|t| t.as_str(text) == "t\u{336}\u{337}e\u{338}x\u{334}t")
    );
}

#[test]
fn nul_bytes() {
    let text = "Hello\0world. Second\0\0 sentence.\0\0\0\nThird line\0.";
    let r = analyze(text);
    assert_eq!(r.sentences.len(), 3, "{:?}", sentence_texts(&r));
    let json = serde_json::to_string(&r).expect("serializes");
    assert!(json.contains("\\u0000"), "NUL is escaped in JSON");
    let only_nul = "\0".repeat(1000);
    let r = analyze(&only_nul);
    assert!(r.sentences.is_empty() && r.language.is_none());
}

#[test]
fn byte_order_mark() {
    let text = "\u{FEFF}Putin landed in Beijing. Trade has grown.";
    let r = analyze(text);
    assert_eq!(
        sentence_texts(&r),
        ["Putin landed in Beijing.", "Trade has grown."]
    );
    assert_eq!(
        r.sentences[0].start, 3,
        "the BOM is not part of the first sentence"
    );
    assert_eq!(r.language.as_ref().map(|l| l.code.as_str()), Some("eng"));
    // A BOM in the middle (files concatenated) is not a word either.
    let text = "First file ends here.\n\u{FEFF}Second file starts here.";
    let r = analyze(text);
    assert_eq!(
        sentence_texts(&r),
        ["First file ends here.", "Second file starts here."]
    );
}

#[test]
fn crlf_and_lone_cr() {
    let lf = "Scroll down for video\nThe first line.\nThe second line.\n\nA new paragraph.\nEditor's P/S:\nThe gist.\n";
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let r_lf = analyze(lf);
    for (name, text) in [("CRLF", crlf.as_str()), ("CR", cr.as_str())] {
        let r = analyze(text);
        assert_eq!(
            sentence_texts(&r),
            sentence_texts(&r_lf),
            "{name} line ends give other sentences"
        );
        assert!(r.sentences.iter().all(|s| !s.text.contains('\r')));
        assert_eq!(r.removals.len(), r_lf.removals.len(), "{name}");
        assert_eq!(r.reference.as_deref(), Some("The gist."), "{name}");
    }
    assert_eq!(
        sentence_texts(&r_lf),
        ["The first line.", "The second line.", "A new paragraph."]
    );
}

#[test]
fn binary_junk() {
    // 1 MB of pseudo-random bytes (100 kB in debug; fixed seed), decoded lossily as a
    // runner would refuse to: the library gets junk that is valid UTF-8.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..1_000_000 / SCALE)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let len = text.len();
    let r = timed("1 MB of junk", move || analyze(&text));
    assert_eq!(r.stats.bytes, len);
    // Every code point (every 10th in debug), valid UTF-8 all the way up.
    let all: String = (0..=0x10FFFFu32)
        .step_by(SCALE)
        .filter_map(char::from_u32)
        .collect();
    timed("every code point (/SCALE)", move || analyze(&all));
}

#[test]
fn mixed_scripts_in_one_document() {
    let text = "Москва и Пекин подписали договор. 北京和莫斯科签署了协议。\
                Berlin reagierte gelassen. القاهرة رحبت بالاتفاق. Το Αθήνα σιώπησε.";
    let r = analyze(text);
    assert_eq!(r.sentences.len(), 5, "{:?}", sentence_texts(&r));
}

#[test]
fn size_ceiling() {
    let mut config = Config::default();
    config.max_bytes = 10;
    let p = Pipeline::new(config);
    assert!(
        p.analyze("0123456789").is_ok(),
        "the ceiling itself is allowed"
    );
    let err = p.analyze("0123456789a").unwrap_err();
    assert_eq!(
        err,
        nutgraf::Error::TooLarge {
            bytes: 11,
            max_bytes: 10
        }
    );
    assert!(err.to_string().contains("--max-bytes"), "{err}");
    // The default ceiling is 128 MiB, refused before any work is done.
    assert_eq!(nutgraf::DEFAULT_MAX_BYTES, 128 << 20);
    let big = "a".repeat(nutgraf::DEFAULT_MAX_BYTES + 1);
    let err = timed("refusing 128 MiB", move || {
        Pipeline::default().analyze(&big)
    })
    .unwrap_err();
    assert!(matches!(err, nutgraf::Error::TooLarge { .. }));
}

#[test]
fn every_language_code_given() {
    // A given language that is unknown, odd-cased or empty never panics, and is reported.
    let text = "The talks went well. Trade will grow.";
    for code in checks::CODES
        .iter()
        .chain(&["", " ", "ENG", "en", "e\u{301}ng", "ünk"])
    {
        let mut config = Config::default();
        config.language = Some((*code).to_string());
        let r = analyze_with(text, &config);
        assert!(r.language.as_ref().is_some_and(|l| l.given), "{code:?}");
        assert_eq!(r.sentences.len(), 2, "{code:?}");
    }
}

/// Pathological inputs for the sentence splitter's look-around (quotes and brackets looked
/// for up to 600 bytes, runs of terminal marks, abbreviations, list labels, spaced dots):
/// each must stay linear. 1 MB each (100 kB in debug).
#[test]
fn splitter_pathological_inputs_complete() {
    const N: usize = 1_000_000 / SCALE;
    let cases: Vec<(&str, String)> = vec![
        ("periods", ".".repeat(N)),
        ("spaced dots", ". ".repeat(N / 2)),
        ("terminal marks", "!?".repeat(N / 2)),
        ("ellipses", "…".repeat(N / 3)),
        ("quotes", "\"".repeat(N)),
        ("open quotes and sentences", "\"We. ".repeat(N / 5)),
        ("brackets", "(".repeat(N)),
        ("closing marks", ")\"».".repeat(N / 4)),
        ("abbreviations", "Mr. ".repeat(N / 4)),
        ("initials", "A. ".repeat(N / 3)),
        ("dotted", "U.S.".repeat(N / 4)),
        (
            "list labels",
            (1..N / 10).map(|i| format!("{i}. ")).collect(),
        ),
        ("numbers", "1.".repeat(N / 2)),
        ("lowercase", "a. ".repeat(N / 3)),
        ("one token", "x".repeat(N)),
        ("line breaks", "a\n".repeat(N / 2)),
        ("bullets", "• ".repeat(N / 4)),
    ];
    for (name, text) in cases {
        for code in ["eng", "und"] {
            let text = std::sync::Arc::new(text.clone());
            let t = std::sync::Arc::clone(&text);
            let spans = timed(name, move || SentenceSplitter::for_code(code).split(&t));
            checks::check_sentence_spans(&text, &spans, name);
        }
    }
}

/// Pathological inputs for the clean-up: huge lines, many slashes (photo credits), many
/// markers, the inline boilerplate phrase over and over. About 1 MB each (/[`SCALE`]).
#[test]
fn clean_pathological_inputs_complete() {
    let cases: Vec<(&str, String)> = vec![
        ("slashes", "a/".repeat(500_000 / SCALE)),
        (
            "credit-like lines",
            "Thomas Peter/Pool/Reuters x\n".repeat(40_000 / SCALE),
        ),
        (
            "related markers",
            "Related article\n".repeat(60_000 / SCALE),
        ),
        (
            "scroll down",
            "scroll down for video ".repeat(50_000 / SCALE),
        ),
        (
            "reference markers",
            "Editor's P/S:\n".repeat(70_000 / SCALE),
        ),
        ("long line", "word ".repeat(200_000 / SCALE)),
    ];
    for (name, text) in cases {
        for flags in [0u8, 1, 62] {
            let mut data = vec![flags];
            data.extend_from_slice(text.as_bytes());
            timed(name, move || checks::clean(&data));
        }
    }
}

/// Keyphrase extraction with a huge `top_n` (what `--keywords 1000000` asks for) on 20,000
/// sentences of distinct names: merging near-duplicates must not compare every candidate
/// with every other. Not scaled in debug: a linear extraction takes seconds there, a
/// quadratic one minutes even optimised (20,000 sentences took 40 to 160 s per algorithm
/// when this test was written), so the watchdog tells them apart.
#[test]
fn keyphrases_with_a_huge_top_n_complete() {
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "Alpha{i} beta{} gamma{} met delta{} and epsilon{i}. ",
            i % 97,
            i % 101,
            i % 89
        ));
    }
    let found = timed("keyphrases, top_n 1,000,000", move || {
        let doc = Document::new(
            &text,
            &SentenceSplitter::for_code("eng"),
            &Analyzer::for_code("eng"),
        );
        let mut counts = Vec::new();
        for algorithm in [
            nutgraf_keywords::Algorithm::Nutgraf,
            nutgraf_keywords::Algorithm::Rake,
        ] {
            let k = nutgraf_keywords::Extractor::new(algorithm)
                .top_n(1_000_000)
                .extract(&doc);
            counts.push(k.len());
        }
        counts
    });
    // (A documented cap on top_n would be a fine fix too: only completion is asserted.)
    assert!(found.iter().all(|&n| n > 0), "{found:?}");
}

/// Every summarization algorithm on the shapes that are worst for sentence graphs: many
/// one-word sentences (100,000; 10,000 in debug) and long sentences that all share their
/// words (a dense similarity graph). The graph algorithms look at a bounded window of
/// sentences (`GRAPH_SENTENCE_LIMIT`, `GRAPH_TERM_LIMIT`), so this stays linear.
#[test]
fn summaries_of_pathological_documents_complete() {
    let mut many = String::new();
    for i in 0..100_000 / SCALE {
        many.push_str(&format!("Word{i}. "));
    }
    let shared: String = (0..5_000 / SCALE)
        .map(|i| {
            format!(
                "The trade talks between the two countries went on for {} days and nights. ",
                i % 7
            )
        })
        .collect();
    let long_sentence = "trade talks went on ".repeat(50_000 / SCALE) + ".";
    for (name, text) in [
        ("many sentences", many),
        ("dense graph", shared),
        ("one long sentence", long_sentence),
    ] {
        let summaries = timed(name, move || {
            let doc = Document::new(
                &text,
                &SentenceSplitter::for_code("eng"),
                &Analyzer::for_code("eng"),
            );
            nutgraf_summarize::Algorithm::ALL
                .map(|a| {
                    nutgraf_summarize::Summarizer::new(a, nutgraf_summarize::Budget::Sentences(3))
                        .summarize(&doc)
                        .len()
                })
                .to_vec()
        });
        assert!(
            summaries.iter().all(|&n| (1..=3).contains(&n)),
            "{name}: {summaries:?}"
        );
    }
}

/// Allow and deny lists hold for every script, not only for the scripts several languages
/// share (found by the `detect` fuzz target: Japanese, Chinese, Korean and Thai text were
/// answered whatever the lists said).
#[test]
fn detector_lists_hold_for_every_script() {
    use nutgraf_lang::{Detector, Language};
    let texts = [
        "東京は日本の首都です。とても大きな都市ですね。",
        "我们今天去北京参观了故宫。天气很好。",
        "서울은 한국의 수도입니다. 아주 큰 도시예요.",
        "ราชอาณาจักรไทยเป็นประเทศในเอเชียตะวันออกเฉียงใต้",
        "ראש הממשלה נפגש היום עם שר החוץ.",
        "Президент России прибыл в Пекин.",
        "Trade between the two countries has grown.",
    ];
    let english = Language::from_code("eng").expect("eng");
    let bulgarian = Language::from_code("bul").expect("bul");
    for text in texts {
        let mut allow = Detector::new();
        allow.allowlist([english, bulgarian]);
        let got = allow.detect(text).map(|d| d.code());
        assert!(
            got.is_none() || got == Some("eng") || got == Some("bul"),
            "allowlist [eng, bul] answered {got:?} for {text:?}"
        );
        let Some(found) = nutgraf_lang::detect(text) else {
            continue;
        };
        let mut deny = Detector::new();
        deny.denylist([found.language()]);
        let got = deny.detect(text).map(|d| d.code());
        assert_ne!(got, Some(found.code()), "denylist ignored for {text:?}");
    }
}

#[test]
fn language_detection_on_huge_text_completes() {
    let text = "Москва Beijing 北京 القاهرة ".repeat(200_000 / SCALE);
    let d = timed("detect 7 MB (/SCALE)", move || {
        nutgraf_lang::detect(&text).map(|d| d.code())
    });
    assert!(d.is_some());
}

#[test]
fn document_with_bad_spans() {
    let text = "héllo wörld. Zweiter Satz.";
    let analyzer = Analyzer::for_code("deu");
    // Spans inside a char, reversed, out of range and overlapping are skipped.
    #[allow(clippy::reversed_empty_ranges)]
    let spans = vec![0..2, 8..3, 0..999, 0..14, 5..20, 15..28];
    let doc = Document::from_sentences(text, spans, &analyzer);
    checks::check_document(text, &doc);
    assert_eq!(doc.sentences().len(), 2);
    assert_eq!(doc.sentence_text(0), "héllo wörld.");
    assert_eq!(doc.sentence_text(1), "Zweiter Satz.");
}

/// The files of `tests/data/adversarial/`: the UTF-8 ones analyse with the contract kept;
/// the `*.bad.txt` ones are not UTF-8 (the runner's tests check it names them).
#[test]
fn adversarial_files() {
    let dir = data_dir().join("adversarial");
    let mut n = 0;
    for entry in walk(&dir) {
        let bytes = std::fs::read(&entry).expect("readable");
        let name = entry.to_string_lossy().into_owned();
        match String::from_utf8(bytes) {
            Ok(text) => {
                assert!(!name.ends_with(".bad.txt"), "{name} is UTF-8");
                analyze(&text);
                let mut data = vec![0u8];
                data.extend_from_slice(text.as_bytes());
                checks::sentences(&data);
                checks::words(&data);
                n += 1;
            }
            Err(_) => assert!(name.ends_with(".bad.txt"), "{name} is not UTF-8"),
        }
    }
    assert!(n >= 5, "the adversarial files are there");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Replays every committed fuzz corpus entry of one target through its check.
fn replay(target: &str, check: fn(&[u8])) {
    let dir = data_dir().join("fuzz").join(target);
    let files = walk(&dir);
    assert!(
        !files.is_empty(),
        "no corpus for {target} in {}",
        dir.display()
    );
    for f in files {
        let data = std::fs::read(&f).expect("corpus file");
        // Shown with the panic when the check fails.
        eprintln!("replaying {}", f.display());
        check(&data);
    }
}

#[test]
fn fuzz_corpus_clean() {
    replay("clean", checks::clean);
}

#[test]
fn fuzz_corpus_sentences() {
    replay("sentences", checks::sentences);
}

#[test]
fn fuzz_corpus_words() {
    replay("words", checks::words);
}

#[test]
fn fuzz_corpus_detect() {
    replay("detect", checks::detect);
}

#[test]
fn fuzz_corpus_pipeline() {
    replay("pipeline", checks::pipeline);
}

#[test]
fn fuzz_corpus_keywords() {
    replay("keywords", checks::keywords);
}

#[test]
fn fuzz_corpus_summarize() {
    replay("summarize", checks::summarize);
}

#[test]
fn fuzz_corpus_eval_jsonl() {
    replay("eval_jsonl", checks::eval_jsonl);
}

#[test]
fn fuzz_corpus_extract() {
    replay("extract", checks::extract);
}

#[test]
fn fuzz_corpus_eval_metrics() {
    replay("eval_metrics", checks::eval_metrics);
}
