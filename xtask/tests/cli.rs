//! The runner end to end. Runs the built `xtask` binary. The user tasks are the `nutgraf`
//! command's code, tested in crates/cli/tests; here: `cargo xtask summarize` with no path
//! still prints the seed report, and every task has its help.

mod support;

use support::{stderr, stdout, xtask};

#[test]
fn summarize_prints_the_pinned_seed_report() {
    let out = xtask(&["summarize"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    // insta stores the snapshot without the final newline the runner prints.
    let expected = nutgraf_tests::command::pinned_seed_report();
    assert_eq!(stdout(&out).trim_end(), expected);
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
        vec!["bench", "--help"],
        vec!["eval", "--help"],
        vec!["eval", "sentences", "--help"],
        vec!["eval", "words", "--help"],
    ] {
        let out = xtask(&cmd, None);
        assert!(out.status.success(), "{cmd:?}");
        assert!(stdout(&out).contains("Usage"), "{cmd:?}");
    }
    // A user task given no path reads the project's seeds/, and says so.
    let out = xtask(&["summarize", "--help"], None);
    assert!(stdout(&out).contains("Default: the project's seeds/"));
}
