//! Snapshots of the whole pipeline on the seed articles. Review changes with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test -p nutgraf-tests` after reading the
//! diff); a snapshot is a claim that the output is right.

use std::fmt::Write as _;

use nutgraf::{CleanConfig, Pipeline, RemovalReason, clean, render_text};
use nutgraf_tests::seeds;

#[test]
fn seed_sentences() {
    for (file, text) in seeds() {
        let report = Pipeline::default().analyze(&text).expect("seed analyses");
        let mut out = String::new();
        for s in &report.sentences {
            assert_eq!(&text[s.start..s.end], s.text, "span and text agree");
            writeln!(
                out,
                "{:>3} {:>5}..{:<5} {:?}",
                s.index, s.start, s.end, s.text
            )
            .unwrap();
        }
        insta::assert_snapshot!(format!("sentences__{file}"), out);
    }
}

#[test]
fn seed_cleanup() {
    for (file, text) in seeds() {
        let cleaned = clean(&text, &CleanConfig::default());
        let mut out = String::new();
        writeln!(out, "kept paragraphs:").unwrap();
        for b in &cleaned.blocks {
            writeln!(out, "  {:>5}..{:<5} {:?}", b.start, b.end, &text[b.clone()]).unwrap();
        }
        writeln!(out, "removed:").unwrap();
        for r in &cleaned.removals {
            writeln!(
                out,
                "  {:>5}..{:<5} {:<24} {:?}",
                r.span.start,
                r.span.end,
                r.reason.as_str(),
                &text[r.span.clone()]
            )
            .unwrap();
        }
        writeln!(out, "reference:").unwrap();
        if let Some(r) = &cleaned.reference {
            writeln!(out, "  {:>5}..{:<5} {:?}", r.start, r.end, &text[r.clone()]).unwrap();
        }
        insta::assert_snapshot!(format!("cleanup__{file}"), out);
    }
}

/// The report is byte for byte what `cargo xtask summarize` and `nutgraf summarize seeds/`
/// print for the seed (the CLI tests of xtask and nutgraf-cli compare their binaries' output
/// with this same snapshot file).
#[test]
fn seed_report() {
    for (file, text) in seeds() {
        let report = Pipeline::default().analyze(&text).expect("seed analyses");
        insta::assert_snapshot!(
            format!("report__{file}"),
            render_text(&format!("seeds/{file}"), &report)
        );
    }
}

#[test]
fn seed_reference_is_never_article_text() {
    for (_, text) in seeds() {
        let report = Pipeline::default().analyze(&text).expect("seed analyses");
        let reference = report
            .reference
            .as_deref()
            .expect("the seed has an Editor's P/S");
        let ref_start = text
            .find(reference)
            .expect("reference is a span of the input");
        assert!(report.sentences.iter().all(|s| s.end <= ref_start));
        assert!(
            report
                .removals
                .iter()
                .any(|r| r.reason == RemovalReason::ReferenceMarker)
        );
    }
}
