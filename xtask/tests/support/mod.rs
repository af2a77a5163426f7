//! What the runner's integration tests share: the built `xtask` binary, run from the project
//! root by `nutgraf_tests::command` (which the command's tests share too).

#![allow(dead_code, unused_imports)] // each test file uses its own subset

use std::process::Output;

pub use nutgraf_tests::command::{root, stderr, stdout, temp_dir};

/// Runs the built `xtask` binary with `args` from the project root, `stdin` written to it.
pub fn xtask(args: &[&str], stdin: Option<Vec<u8>>) -> Output {
    nutgraf_tests::command::run(env!("CARGO_BIN_EXE_xtask"), args, stdin)
}
