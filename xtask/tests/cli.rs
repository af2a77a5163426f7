//! The runner end to end. Runs the built `xtask` binary. The user tasks are the `nutgraf`
//! command's code, tested in crates/cli/tests; here: `cargo xtask summarize` with no path
//! still prints the seed report, and every task has its help.

mod support;

use std::path::{Path, PathBuf};

use support::{root, stderr, stdout, xtask};

/// The body of an insta snapshot file (after its `---` header).
fn snapshot_body(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("snapshot exists");
    let body = text
        .splitn(3, "---\n")
        .nth(2)
        .expect("snapshot has a header");
    body.to_string()
}

#[test]
fn summarize_prints_the_pinned_seed_report() {
    let out = xtask(&["summarize"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let snaps = root().join("tests/tests/snapshots");
    let mut expected = String::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&snaps)
        .expect("snapshots dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("seed__report__"))
        })
        .collect();
    names.sort();
    for (i, p) in names.iter().enumerate() {
        if i > 0 {
            expected.push('\n');
        }
        expected.push_str(&snapshot_body(p));
    }
    assert!(!expected.is_empty());
    // insta stores the snapshot without the final newline the runner prints.
    assert_eq!(stdout(&out).trim_end(), expected.trim_end());
}

#[test]
fn every_subcommand_has_help() {
    for cmd in [
        vec!["--help"],
        vec!["summarize", "--help"],
        vec!["sentences", "--help"],
        vec!["detect", "--help"],
        vec!["keywords", "--help"],
        vec!["bench", "--help"],
        vec!["eval", "--help"],
        vec!["eval", "sentences", "--help"],
    ] {
        let out = xtask(&cmd, None);
        assert!(out.status.success(), "{cmd:?}");
        assert!(stdout(&out).contains("Usage"), "{cmd:?}");
    }
    // A user task given no path reads the project's seeds/, and says so.
    let out = xtask(&["summarize", "--help"], None);
    assert!(stdout(&out).contains("Default: the project's seeds/"));
}
