//! The checks behind nutgraf's fuzz targets: each function takes the raw bytes a fuzzer
//! made, runs one public entry point of nutgraf on them, and asserts that entry point's
//! contract (spans inside the text on `char` boundaries, in order, nothing lost, same output
//! twice). A broken contract panics, which is what libFuzzer reports as a crash.
//!
//! This file is compiled twice: as the library of the cargo-fuzz project in `fuzz/` (its
//! `fuzz_targets/*.rs` are one line each), and as a module of the `nutgraf-tests` test
//! crates (`#[path]`), which replay the committed corpus under `tests/data/fuzz/` and feed
//! proptest's inputs through the same checks on stable Rust in `cargo test`.
//!
//! Input layout: the first byte (when there is one) chooses options (language, clean-up
//! switches); the rest, decoded lossily as UTF-8, is the text. Lossy decoding keeps every
//! fuzz input useful: U+FFFD is a fine character to feed a tokenizer.

use std::borrow::Cow;
use std::ops::Range;

/// Language codes the option byte picks from: the ones with rules of their own, scripts
/// without spaces, and codes that are not languages at all.
pub const CODES: &[&str] = &[
    "eng", "deu", "fra", "spa", "ita", "por", "nld", "rus", "cmn", "jpn", "ara", "heb", "tur",
    "ces", "und", "xx", "", " EN-us ", "zzz", "ukr",
];

/// Splits fuzz bytes into the option byte and the text.
pub fn split_input(data: &[u8]) -> (u8, Cow<'_, str>) {
    match data.split_first() {
        Some((&flags, rest)) => (flags, String::from_utf8_lossy(rest)),
        None => (0, Cow::Borrowed("")),
    }
}

/// The language code an option byte picks.
pub fn code_of(flags: u8) -> &'static str {
    CODES[usize::from(flags) % CODES.len()]
}

/// Two option bytes, then the text (lossily decoded): `(flags, more, text)`.
fn two_option_bytes(data: &[u8]) -> (u8, u8, Cow<'_, str>) {
    let (flags, rest) = data.split_first().map_or((0, &[][..]), |(f, r)| (*f, r));
    let (more, text) = split_input(rest);
    (flags, more, text)
}

/// The document of `text` in the language the option byte picks.
fn document_for(text: &str, flags: u8) -> nutgraf_tokenize::Document<'_> {
    let code = code_of(flags);
    nutgraf_tokenize::Document::new(
        text,
        &nutgraf_tokenize::SentenceSplitter::for_code(code),
        &nutgraf_tokenize::Analyzer::for_code(code),
    )
}

/// What the sentence splitter trims from the ends of a sentence: white space, control
/// characters, and the invisible format characters (BOM, zero-width space and joiners).
pub fn is_trim(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}'
        )
}

/// Invisible format characters the tokenizer skips like white space (soft hyphen, zero-width
/// and bidi controls, word joiners, BOM).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Asserts that `span` lies inside `text` on `char` boundaries.
pub fn assert_span(text: &str, span: &Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} splits a char"
    );
}

/// Asserts that the spans are valid, non-empty, in order and do not overlap.
pub fn assert_ordered_spans(text: &str, spans: &[Range<usize>], what: &str) {
    let mut last_end = 0;
    for (i, s) in spans.iter().enumerate() {
        assert_span(text, s, what);
        assert!(s.start < s.end, "{what} {i}: empty span {s:?}");
        assert!(
            s.start >= last_end,
            "{what} {i}: span {s:?} starts before the previous one ends ({last_end})"
        );
        last_end = s.end;
    }
}

/// Asserts that every char of `text` for which `ignorable` is false lies in one of `spans`
/// (sorted by start, not overlapping): nothing is silently dropped.
pub fn assert_covers(
    text: &str,
    spans: &[Range<usize>],
    ignorable: impl Fn(char) -> bool,
    what: &str,
) {
    let mut next = 0; // index of the first span that may contain the current char
    for (at, c) in text.char_indices() {
        while next < spans.len() && spans[next].end <= at {
            next += 1;
        }
        let inside = spans.get(next).is_some_and(|s| s.start <= at);
        assert!(
            inside || ignorable(c),
            "{what}: char {c:?} at byte {at} is in no span (context {:?})",
            context(text, at)
        );
    }
}

/// A few chars either side of byte `at`, for messages.
fn context(text: &str, at: usize) -> &str {
    let mut start = at.saturating_sub(24);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + 24).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}

/// The clean-up configuration an option byte picks: bit 0 turns the whole clean-up off,
/// bits 1-6 turn single rules off.
pub fn clean_config(flags: u8) -> nutgraf::CleanConfig {
    if flags & 1 == 1 {
        return nutgraf::CleanConfig::disabled();
    }
    let mut c = nutgraf::CleanConfig::default();
    c.duplicate_lines = flags & 2 == 0;
    c.photo_credits = flags & 4 == 0;
    c.related_articles = flags & 8 == 0;
    c.boilerplate = flags & 16 == 0;
    c.reference = flags & 32 == 0;
    c.captions = flags & 64 == 0;
    c
}

/// `nutgraf::clean`: blocks and removals are trimmed, ordered, disjoint spans; the reference
/// follows the article; every non-blank char is kept, removed or in the reference.
pub fn clean(data: &[u8]) {
    let (flags, text) = split_input(data);
    let text = text.as_ref();
    let config = clean_config(flags);
    let c = nutgraf::clean(text, &config);
    assert_ordered_spans(text, &c.blocks, "clean block");
    for b in &c.blocks {
        let s = &text[b.clone()];
        assert_eq!(s, s.trim(), "clean block {b:?} is not trimmed");
    }
    let removals: Vec<Range<usize>> = c.removals.iter().map(|r| r.span.clone()).collect();
    assert_ordered_spans(text, &removals, "clean removal");
    if let Some(r) = &c.reference {
        assert_span(text, r, "clean reference");
        assert!(!r.is_empty(), "empty reference span");
        assert!(
            c.blocks.iter().chain(&removals).all(|b| b.end <= r.start),
            "reference {r:?} does not follow the article"
        );
    }
    let mut all: Vec<Range<usize>> = c.blocks.iter().chain(&removals).cloned().collect();
    all.extend(c.reference.clone());
    all.sort_by_key(|r| (r.start, r.end));
    assert_ordered_spans(text, &all, "clean block/removal/reference");
    assert_covers(text, &all, char::is_whitespace, "clean");
    if !config.enabled {
        assert!(c.removals.is_empty() && c.reference.is_none());
    }
    assert_eq!(
        c,
        nutgraf::clean(text, &config),
        "clean is not deterministic"
    );
}

/// `SentenceSplitter::split` and `segments`: trimmed, non-empty, ordered, disjoint spans
/// that leave out only trimmable chars; segments tile the text; same result twice.
pub fn sentences(data: &[u8]) {
    let (flags, text) = split_input(data);
    let text = text.as_ref();
    let splitter = nutgraf_tokenize::SentenceSplitter::for_code(code_of(flags));
    let spans = splitter.split(text);
    check_sentence_spans(text, &spans, "sentence");
    assert_eq!(spans, splitter.split(text), "split is not deterministic");
    let segments = splitter.segments(text);
    let mut at = 0;
    for s in &segments {
        assert_span(text, s, "segment");
        assert_eq!(s.start, at, "segments do not tile the text");
        assert!(s.start < s.end, "empty segment");
        at = s.end;
    }
    assert_eq!(at, text.len(), "segments do not reach the end");
    let expected = if spans.is_empty() {
        usize::from(!text.is_empty())
    } else {
        spans.len()
    };
    assert_eq!(segments.len(), expected, "one segment per sentence");
    for (seg, sent) in segments.iter().zip(&spans) {
        assert!(
            seg.start <= sent.start && sent.end <= seg.end,
            "segment {seg:?} does not hold sentence {sent:?}"
        );
    }
}

/// The contract of a list of sentence spans over `text`.
pub fn check_sentence_spans(text: &str, spans: &[Range<usize>], what: &str) {
    assert_ordered_spans(text, spans, what);
    for s in spans {
        let slice = &text[s.clone()];
        assert!(
            !slice.starts_with(is_trim) && !slice.ends_with(is_trim),
            "{what} {s:?} is not trimmed: {slice:?}"
        );
    }
    assert_covers(text, spans, is_trim, what);
}

/// `tokenize`, `tokenize_into`, `normalize`, `Analyzer` and `Document`: token spans are
/// valid and ordered, lie in their sentence, interned ids resolve; `Document::from_sentences`
/// with arbitrary (bad) spans never panics and keeps only valid ones.
pub fn words(data: &[u8]) {
    let (flags, text) = split_input(data);
    let text = text.as_ref();
    let code = code_of(flags);
    let tokens = nutgraf_tokenize::tokenize(text);
    let spans: Vec<Range<usize>> = tokens.iter().map(|t| t.span.clone()).collect();
    assert_ordered_spans(text, &spans, "token");
    // Tokens cover every char but white space, controls and invisible format chars.
    assert_covers(text, &spans, |c| is_trim(c) || is_invisible(c), "token");
    let mut shifted = Vec::new();
    nutgraf_tokenize::tokenize_into(text, 7, &mut shifted);
    assert_eq!(
        shifted.len(),
        tokens.len(),
        "tokenize_into differs from tokenize"
    );
    for (a, b) in tokens.iter().zip(&shifted) {
        assert_eq!(
            a.span.start + 7..a.span.end + 7,
            b.span,
            "offset not applied"
        );
        assert_eq!(a.kind, b.kind);
    }
    let analyzer = nutgraf_tokenize::Analyzer::for_code(code);
    for t in &tokens {
        let normal = t.normal(text);
        assert!(
            !normal.is_empty(),
            "empty normal form of {:?}",
            t.as_str(text)
        );
        let _ = analyzer.stem(&normal);
        let _ = analyzer.is_stopword(&normal);
    }
    let splitter = nutgraf_tokenize::SentenceSplitter::for_code(code);
    let doc = nutgraf_tokenize::Document::new(text, &splitter, &analyzer);
    check_document(text, &doc);
    let sentence_spans: Vec<Range<usize>> =
        doc.sentences().iter().map(|s| s.span.clone()).collect();
    assert_eq!(
        sentence_spans,
        splitter.split(text),
        "Document sentences differ from split"
    );
    // Arbitrary spans from the bytes: out of range, inside chars, reversed, overlapping.
    let raw: Vec<Range<usize>> = data
        .chunks(2)
        .take(64)
        .map(|c| {
            let a = usize::from(c[0]);
            let b = usize::from(*c.get(1).unwrap_or(&0));
            a..a + b % 40
        })
        .collect();
    let doc = nutgraf_tokenize::Document::from_sentences(text, raw, &analyzer);
    check_document(text, &doc);
}

/// The contract of a `Document` over `text`.
pub fn check_document(text: &str, doc: &nutgraf_tokenize::Document<'_>) {
    assert_eq!(doc.text(), text);
    let spans: Vec<Range<usize>> = doc.sentences().iter().map(|s| s.span.clone()).collect();
    for s in &spans {
        assert_span(text, s, "document sentence");
    }
    assert!(
        spans.windows(2).all(|w| w[0].end <= w[1].start),
        "document sentences overlap: {spans:?}"
    );
    let mut next_token = 0;
    for (i, s) in doc.sentences().iter().enumerate() {
        assert_eq!(
            s.tokens.start, next_token,
            "sentence {i}: token ranges not contiguous"
        );
        next_token = s.tokens.end;
        assert_eq!(doc.sentence_text(i), &text[s.span.clone()]);
        for t in doc.sentence_tokens(i) {
            assert!(
                s.span.start <= t.span.start && t.span.end <= s.span.end,
                "token {:?} outside its sentence {:?}",
                t.span,
                s.span
            );
            assert_eq!(t.sentence as usize, i);
            assert!((t.norm as usize) < doc.norm_count() && (t.stem as usize) < doc.stem_count());
            assert_eq!(doc.surface(t), &text[t.span.clone()]);
        }
    }
    assert_eq!(next_token, doc.tokens().len(), "tokens outside sentences");
    let token_spans: Vec<Range<usize>> = doc.tokens().iter().map(|t| t.span.clone()).collect();
    assert_ordered_spans(text, &token_spans, "document token");
}

/// `nutgraf_lang::detect` and `Detector` with allow/deny lists and a minimum confidence:
/// confidence in `0..=1`, the answer is allowed and a known language, same answer twice.
pub fn detect(data: &[u8]) {
    let (flags, text) = split_input(data);
    let text = text.as_ref();
    let check = |d: &nutgraf_lang::Detection| {
        assert!(
            (0.0..=1.0).contains(&d.confidence()),
            "confidence {} out of range",
            d.confidence()
        );
        let lang = nutgraf_lang::Language::from_code(d.code());
        assert_eq!(
            lang,
            Some(d.language()),
            "code {} is not a known language",
            d.code()
        );
        assert!(!d.name().is_empty() && !d.script().is_empty());
    };
    let d = nutgraf_lang::detect(text);
    if let Some(d) = &d {
        check(d);
    }
    assert_eq!(
        d.as_ref().map(|d| (d.code(), d.confidence().to_bits())),
        nutgraf_lang::detect(text).map(|d| (d.code(), d.confidence().to_bits())),
        "detect is not deterministic"
    );
    // A detector limited to a few languages the option byte picks.
    let all: Vec<nutgraf_lang::Language> = nutgraf_lang::Language::all().collect();
    if all.is_empty() {
        return;
    }
    let picked: Vec<nutgraf_lang::Language> = (0..usize::from(flags % 5))
        .map(|k| all[(usize::from(flags) * 7 + k * 13) % all.len()])
        .collect();
    let mut detector = nutgraf_lang::Detector::new();
    if flags & 0x80 == 0 {
        detector.allowlist(picked.iter().copied());
    } else {
        detector.denylist(picked.iter().copied());
    }
    detector.min_confidence(f64::from(flags & 0x0f) / 15.0);
    if let Some(d) = detector.detect(text) {
        check(&d);
        assert!(detector.allows(d.language()), "{} is not allowed", d.code());
        assert!(d.confidence() >= f64::from(flags & 0x0f) / 15.0 - 1e-12);
    }
}

/// The pipeline configuration three option bytes pick: the clean-up switches of
/// [`clean_config`], a given language for bit 6, a tiny size ceiling for bit 7; the second
/// byte picks the keyphrase algorithm and how many keyphrases (0 to 15, 0 for none); the
/// third the summary's algorithm (with the second byte) and budget ([`summary_budget`]).
pub fn pipeline_config(flags: u8, more: u8, summary: u8) -> nutgraf::Config {
    let mut config = nutgraf::Config::default();
    let summarizers = nutgraf_summarize::Algorithm::ALL;
    config.summary_algorithm = summarizers[usize::from(more >> 1) % summarizers.len()];
    config.summary = summary_budget(summary);
    let algorithms = nutgraf_keywords::Algorithm::ALL;
    config.keyword_algorithm = algorithms[usize::from(more) % algorithms.len()];
    config.keywords = usize::from(more >> 4);
    config.clean = clean_config(flags & 0b11);
    if flags & 0x40 != 0 {
        config.language = Some(code_of(flags >> 2).to_string());
    }
    if flags & 0x80 != 0 && flags & 0x3c == 0 {
        config.max_bytes = usize::from(flags & 0x3f) * 3;
    }
    config
}

/// `Pipeline::analyze`, `render_text` and the report's JSON: see [`check_report`]; a fresh
/// pipeline gives the same JSON bytes. Three option bytes (see [`pipeline_config`]).
pub fn pipeline(data: &[u8]) {
    let (flags, rest) = data.split_first().map_or((0, &[][..]), |(f, r)| (*f, r));
    let (more, rest) = rest.split_first().map_or((0, &[][..]), |(f, r)| (*f, r));
    let (summary, text) = split_input(rest);
    let text = text.as_ref();
    let config = pipeline_config(flags, more, summary);
    let pipeline = nutgraf::Pipeline::new(config.clone());
    match pipeline.analyze(text) {
        Err(e) => {
            assert!(
                text.len() > config.max_bytes,
                "error {e} on a text of {} bytes",
                text.len()
            );
            assert!(e.to_string().contains("larger than"));
        }
        Ok(report) => {
            assert!(text.len() <= config.max_bytes);
            let json = check_report(text, &config, &report);
            let again = nutgraf::Pipeline::new(config).analyze(text);
            let again = again.map(|r| serde_json::to_string(&r).unwrap_or_default());
            assert_eq!(Ok(json), again, "analyze is not deterministic");
        }
    }
}

/// The contract of a [`nutgraf::Report`] over `text`: every span is valid and its text is
/// the input's; sentences are ordered and trimmed; sentences, removals and the reference
/// leave out only blank chars; stats agree; it renders and serializes. Returns the JSON.
pub fn check_report(text: &str, config: &nutgraf::Config, r: &nutgraf::Report) -> String {
    let sentences: Vec<Range<usize>> = r.sentences.iter().map(|s| s.start..s.end).collect();
    for (i, s) in r.sentences.iter().enumerate() {
        assert_eq!(s.index, i, "sentence index");
        assert_span(text, &(s.start..s.end), "report sentence");
        assert_eq!(
            s.text,
            text[s.start..s.end],
            "sentence text is not the input's"
        );
    }
    assert_ordered_spans(text, &sentences, "report sentence");
    for s in &sentences {
        let slice = &text[s.clone()];
        assert!(
            !slice.starts_with(is_trim) && !slice.ends_with(is_trim),
            "report sentence {s:?} not trimmed"
        );
    }
    let removals: Vec<Range<usize>> = r.removals.iter().map(|x| x.start..x.end).collect();
    for x in &r.removals {
        assert_span(text, &(x.start..x.end), "report removal");
        assert_eq!(
            x.text,
            text[x.start..x.end],
            "removal text is not the input's"
        );
    }
    assert_ordered_spans(text, &removals, "report removal");
    let mut all: Vec<Range<usize>> = sentences.iter().chain(&removals).cloned().collect();
    if let Some(reference) = &r.reference {
        // The reference is the trimmed tail of the text.
        let tail = text.trim_end();
        assert!(
            !reference.is_empty() && tail.ends_with(reference.as_str()),
            "reference {reference:?} is not the tail of the text"
        );
        all.push(tail.len() - reference.len()..tail.len());
    }
    all.sort_by_key(|x| (x.start, x.end));
    assert_ordered_spans(text, &all, "report sentence/removal/reference");
    assert_covers(text, &all, is_trim, "report");
    if !config.clean.enabled {
        assert!(r.removals.is_empty() && r.reference.is_none());
    }
    let st = &r.stats;
    assert_eq!(st.bytes, text.len());
    assert_eq!(st.chars, text.chars().count());
    assert_eq!(st.sentences, r.sentences.len());
    assert_eq!(st.removed, r.removals.len());
    assert!(st.distinct_stems <= st.words);
    if r.reference.is_none() {
        assert_eq!(st.reference_words, 0);
    }
    // Keyphrases: at most as many as asked, best first, occurring in the article text.
    assert!(
        r.keywords.len() <= config.keywords,
        "more keyphrases than asked"
    );
    let keyphrases: Vec<(String, f64, Vec<Range<usize>>)> = r
        .keywords
        .iter()
        .map(|k| {
            let spans = k.occurrences.iter().map(|o| o.start..o.end).collect();
            (k.text.clone(), k.score, spans)
        })
        .collect();
    check_keyphrases(text, &sentences, &keyphrases, "report keyphrase");
    if let Some(l) = &r.language {
        assert!(
            (0.0..=1.0).contains(&l.confidence),
            "language confidence {}",
            l.confidence
        );
        assert_eq!(l.given, config.language.is_some());
    } else {
        assert!(
            config.language.is_none(),
            "a given language is always reported"
        );
    }
    let rendered = nutgraf::render_text("fuzz", &r.clone());
    assert!(rendered.starts_with("== fuzz ==\n"));
    let json = serde_json::to_string(r);
    assert!(json.is_ok(), "report does not serialize: {json:?}");
    let json = json.unwrap_or_default();
    let back: Result<serde_json::Value, _> = serde_json::from_str(&json);
    assert!(back.is_ok(), "report JSON does not parse back");
    json
}

/// The JSON Lines readers of nutgraf-eval: no panic on any bytes, 1-based line numbers
/// strictly increasing, never more rows than lines, blank lines skipped.
pub fn eval_jsonl(data: &[u8]) {
    use nutgraf_eval::jsonl::{JsonlReader, KeyphraseRow, LangRow, SentenceRow, SummarizeRow};
    let lines = data.split(|&b| b == b'\n').count();
    fn rows<T: serde::de::DeserializeOwned>(data: &[u8], lines: usize) {
        let mut last = 0;
        let mut n = 0;
        for item in JsonlReader::<_, T>::new(data, "fuzz") {
            n += 1;
            let line = match &item {
                Ok((line, _)) => *line,
                Err(e) => {
                    let msg = e.to_string();
                    assert!(
                        msg.starts_with("fuzz:"),
                        "error does not name the source: {msg}"
                    );
                    match e {
                        nutgraf_eval::jsonl::Error::Read { line, .. }
                        | nutgraf_eval::jsonl::Error::Parse { line, .. } => *line,
                        _ => last + 1,
                    }
                }
            };
            assert!(
                line > last,
                "line numbers not increasing: {line} after {last}"
            );
            assert!(line <= lines, "line {line} of {lines}");
            last = line;
            assert!(n <= lines, "more rows than lines");
        }
    }
    rows::<serde_json::Value>(data, lines);
    rows::<SummarizeRow>(data, lines);
    rows::<KeyphraseRow>(data, lines);
    rows::<LangRow>(data, lines);
    rows::<SentenceRow>(data, lines);
}

/// The metrics of nutgraf-eval on arbitrary text: ROUGE (candidate and reference are the
/// two halves of the input at the first NUL or the middle), keyphrase P/R/F1, the greedy
/// oracle, the Porter stemmer: no panic, scores in `0..=1`, symmetric where they must be.
pub fn eval_metrics(data: &[u8]) {
    let (flags, text) = split_input(data);
    let text = text.as_ref();
    let (cand, refr) = match text.find('\0') {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => {
            let mut mid = text.len() / 2;
            while !text.is_char_boundary(mid) {
                mid -= 1;
            }
            text.split_at(mid)
        }
    };
    let in_unit = |x: f64, what: &str| assert!((0.0..=1.0).contains(&x), "{what} = {x}");
    let r = nutgraf_eval::rouge(cand, refr);
    for (s, what) in [
        (r.rouge1, "rouge1"),
        (r.rouge2, "rouge2"),
        (r.rouge_l, "rougeL"),
        (r.rouge_lsum, "rougeLsum"),
    ] {
        in_unit(s.precision, what);
        in_unit(s.recall, what);
        in_unit(s.f1, what);
    }
    let swapped = nutgraf_eval::rouge(refr, cand);
    assert_eq!(
        r.rouge1.f1.to_bits(),
        swapped.rouge1.f1.to_bits(),
        "rouge1 F1 not symmetric"
    );
    let predicted: Vec<&str> = cand.split([',', '\n']).collect();
    let gold: Vec<&str> = refr.split([',', '\n']).collect();
    let prf = nutgraf_eval::keyphrase_prf(&predicted, &gold, usize::from(flags % 12));
    in_unit(prf.precision, "precision");
    in_unit(prf.recall, "recall");
    in_unit(prf.f1, "f1");
    let sentences: Vec<&str> = cand.split('\n').take(32).collect();
    let picked = nutgraf_eval::greedy_oracle(&sentences, refr, usize::from(flags % 5));
    assert!(
        picked.iter().all(|&i| i < sentences.len()),
        "oracle index out of range"
    );
    assert!(
        picked.windows(2).all(|w| w[0] < w[1]),
        "oracle indices not sorted: {picked:?}"
    );
    let porter = nutgraf_eval::PorterStemmer;
    for w in text.split_whitespace().take(256) {
        let _ = porter.stem(&w.to_lowercase());
    }
}

/// The contract of keyphrases `(text, score, spans)` over `text` whose sentences are
/// `sentences`: each has occurrences, all valid, in text order, inside one sentence each;
/// its text is one occurrence's surface (white space collapsed); scores are finite and best
/// first; no two keyphrases are the same text.
pub fn check_keyphrases(
    text: &str,
    sentences: &[Range<usize>],
    keyphrases: &[(String, f64, Vec<Range<usize>>)],
    what: &str,
) {
    let mut last_score = f64::INFINITY;
    let mut seen = std::collections::BTreeSet::new();
    for (phrase, score, spans) in keyphrases {
        assert!(!phrase.is_empty(), "{what}: empty keyphrase");
        assert!(score.is_finite(), "{what} {phrase:?}: score {score}");
        assert!(*score <= last_score, "{what} {phrase:?}: not best first");
        last_score = *score;
        assert!(seen.insert(phrase.clone()), "{what} {phrase:?} twice");
        assert!(!spans.is_empty(), "{what} {phrase:?} has no occurrence");
        assert_ordered_spans(text, spans, what);
        for s in spans {
            let at = sentences.partition_point(|x| x.end < s.end);
            assert!(
                sentences
                    .get(at)
                    .is_some_and(|x| x.start <= s.start && s.end <= x.end),
                "{what} {phrase:?}: occurrence {s:?} is not inside a sentence"
            );
        }
        let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            spans.iter().any(|s| collapse(&text[s.clone()]) == *phrase),
            "{what} {phrase:?} is none of its occurrences: {:?}",
            spans.iter().map(|s| &text[s.clone()]).collect::<Vec<_>>()
        );
    }
}

/// `nutgraf_keywords::Extractor` with every option: see [`check_keyphrases`]; at most
/// `top_n`; same result twice. Option bytes: language, then algorithm, `top_n`, merging.
pub fn keywords(data: &[u8]) {
    let (flags, more, text) = two_option_bytes(data);
    let text = text.as_ref();
    let doc = document_for(text, flags);
    let algorithms = nutgraf_keywords::Algorithm::ALL;
    let algorithm = algorithms[usize::from(more) % algorithms.len()];
    let mut extractor = nutgraf_keywords::Extractor::new(algorithm);
    let top_n = usize::from(more >> 3) % 24;
    extractor
        .top_n(top_n)
        .english(match flags >> 6 {
            0 => None,
            1 => Some(true),
            _ => Some(false),
        })
        .merge_near_duplicates(more & 0x80 == 0);
    if flags & 0x20 != 0 {
        extractor.max_words(usize::from(flags >> 3) % 6);
    }
    let found = extractor.extract(&doc);
    assert!(
        found.len() <= top_n,
        "{} keyphrases, top_n {top_n}",
        found.len()
    );
    let sentences: Vec<Range<usize>> = doc.sentences().iter().map(|s| s.span.clone()).collect();
    let keyphrases: Vec<(String, f64, Vec<Range<usize>>)> = found
        .iter()
        .map(|k| (k.text.clone(), k.score, k.spans.clone()))
        .collect();
    check_keyphrases(text, &sentences, &keyphrases, "keyphrase");
    assert_eq!(
        found,
        extractor.extract(&doc),
        "extract is not deterministic"
    );
}

/// The budget an option byte picks.
pub fn summary_budget(b: u8) -> nutgraf_summarize::Budget {
    let n = usize::from(b >> 2);
    match b & 3 {
        0 => nutgraf_summarize::Budget::Sentences(n % 8),
        1 => nutgraf_summarize::Budget::Words(n * 3),
        2 => nutgraf_summarize::Budget::Ratio(f64::from(b >> 2) / 63.0),
        _ => nutgraf_summarize::Budget::Ratio(match b >> 2 {
            0 => f64::NAN,
            1 => -1.0,
            2 => f64::INFINITY,
            _ => 2.0,
        }),
    }
}

/// Whether a summary of `chosen` sentences with `words` words keeps `budget`, for a document
/// of `total_words` words. One sentence is always allowed (the documented exception).
pub fn within_budget(
    budget: nutgraf_summarize::Budget,
    chosen: usize,
    words: usize,
    total_words: usize,
) -> bool {
    if chosen <= 1 {
        return true;
    }
    match budget {
        nutgraf_summarize::Budget::Sentences(k) => chosen <= k,
        nutgraf_summarize::Budget::Words(w) => words <= w,
        nutgraf_summarize::Budget::Ratio(r) => {
            let r = if r.is_nan() { 0.0 } else { r.clamp(0.0, 1.0) };
            words as f64 <= (r * total_words as f64).floor()
        }
    }
}

/// `nutgraf_summarize::Summarizer` with every algorithm and budget: the summary's sentences
/// are sentences of the document, in document order, within budget, at least one when the
/// document has one; scores finite; same result twice. Option bytes: language, algorithm
/// and budget.
pub fn summarize(data: &[u8]) {
    let (flags, more, text) = two_option_bytes(data);
    let text = text.as_ref();
    let doc = document_for(text, flags);
    let algorithms = nutgraf_summarize::Algorithm::ALL;
    let algorithm = algorithms[usize::from(flags >> 5) % algorithms.len()];
    let budget = summary_budget(more);
    let summarizer = nutgraf_summarize::Summarizer::new(algorithm, budget);
    let summary = summarizer.summarize(&doc);
    let words_of = |i: usize| {
        doc.sentence_tokens(i)
            .iter()
            .filter(|t| t.is_word())
            .count()
    };
    let total: usize = (0..doc.sentences().len()).map(words_of).sum();
    let mut last = None;
    let mut words = 0;
    for e in &summary {
        assert!(
            last.is_none_or(|l| l < e.index),
            "summary not in document order"
        );
        last = Some(e.index);
        let s = doc.sentences().get(e.index);
        assert!(
            s.is_some_and(|s| s.span == e.span),
            "extract {e:?} is not sentence {}",
            e.index
        );
        assert!(e.score.is_finite(), "score {}", e.score);
        words += words_of(e.index);
    }
    assert_eq!(
        summary.is_empty(),
        doc.sentences().is_empty(),
        "{algorithm:?} {budget:?}"
    );
    assert!(
        within_budget(budget, summary.len(), words, total),
        "{algorithm:?}: {} sentences, {words} words over budget {budget:?} ({total} words)",
        summary.len()
    );
    assert_eq!(
        summary,
        summarizer.summarize(&doc),
        "summarize is not deterministic"
    );
}

/// `nutgraf_extract::Extractor::extract` on raw page bytes (any charset, any junk) and
/// `Pipeline::analyze_html`: never a panic; an error only above the size ceiling; an empty
/// article exactly when it has a reason; paragraphs trimmed and non-empty; `text()` is the
/// paragraphs joined; same result twice; the report's spans index into the report's `text`.
/// The option byte: bit 0 turns nutgraf's clean-up off, bit 1 a tiny element ceiling, bit 2
/// a tiny size ceiling.
pub fn extract(data: &[u8]) {
    let (flags, page) = data.split_first().map_or((0, &[][..]), |(f, r)| (*f, r));
    let mut config = nutgraf_extract::Config::default();
    config.clean = flags & 1 == 0;
    if flags & 2 != 0 {
        config.max_elements = usize::from(flags >> 3);
    }
    if flags & 4 != 0 {
        config.max_bytes = usize::from(flags >> 3) * 16;
    }
    let extractor = nutgraf_extract::Extractor::new(config.clone());
    match extractor.extract(page) {
        Err(e) => {
            assert!(
                page.len() > config.max_bytes,
                "error {e} on {} bytes",
                page.len()
            );
            assert!(e.to_string().contains("larger than"));
        }
        Ok(article) => {
            assert_eq!(
                article.empty.is_some(),
                article.paragraphs.is_empty(),
                "an empty article must say why, and only an empty one"
            );
            for p in &article.paragraphs {
                assert!(!p.text.is_empty(), "empty paragraph");
                assert_eq!(p.text, p.text.trim(), "paragraph not trimmed");
            }
            let text = article.text();
            let joined: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(text, joined.join("\n\n"));
            assert_eq!(
                Ok(article),
                extractor.extract(page),
                "extract is not deterministic"
            );
        }
    }
    if flags & 4 == 0 {
        let pipeline = nutgraf::Pipeline::default();
        if let Ok(report) = pipeline.analyze_html(page) {
            let text = report.text.clone().unwrap_or_default();
            check_report(&text, pipeline.config(), &report);
        }
    }
}
