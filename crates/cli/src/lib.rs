//! The `nutgraf` command: what is this news article about? Language, keyphrases and an
//! extractive summary, from text files or from JSON Lines batches, one document per line.
//!
//! This crate is the command-line front of the [`nutgraf`] facade: it parses the command
//! line ([`Cli`]), reads documents from files, directories or standard input ([`input`],
//! [`jsonl`]), runs the facade's pipeline and writes text, JSON, JSON Lines or HTML. It holds
//! no analysis of its own; the analysis lives in the `nutgraf-*` library crates. It is a
//! library too, so that the project's developer runner (`cargo xtask`) answers the same
//! commands with the same code.
//!
//! ## How a document flows
//!
//! One path, in four steps, for every task ([`summarize`], [`sentences`], [`keywords`],
//! [`detect`]: each module is one `run` that picks its mode, plus what it prints):
//!
//! 1. **Sources**: [`input::expand`] turns the command line's paths into [`input::Source`]s
//!    (files, the `*.txt` or `*.jsonl` files of directories, standard input).
//! 2. **Documents**: plain text is one document per source, read whole under the size
//!    ceiling ([`input::Source::read_text`], driven by [`common::for_each_document`]); JSON
//!    Lines is one document per line ([`jsonl::RawLines`], then [`jsonl::Record::parse`]).
//! 3. **Pipeline**: the options become a [`nutgraf::Config`] ([`common::DocArgs::config`]),
//!    and [`nutgraf::Pipeline::analyze`] makes a [`nutgraf::Report`] of each document
//!    ([`common::analyze_line`] for JSON Lines, run on a thread pool by [`jsonl::run_reader`]).
//! 4. **Writer**: the task prints the report as text, or as a JSON line
//!    ([`jsonl::result_line`], [`jsonl::error_line`] for a line that failed; [`json`] writes
//!    serde_json's bytes, faster), in input order, to a buffered standard output ([`output`]);
//!    [`exit`] turns the outcome into the exit status.
//!
//! ```
//! use clap::Parser;
//!
//! let cli = nutgraf_cli::Cli::try_parse_from(["nutgraf", "summarize", "--jsonl", "--threads", "1"])
//!     .expect("a valid command line");
//! assert!(matches!(cli.command, nutgraf_cli::Command::Summarize(_)));
//! ```
#![deny(missing_docs)]

use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub mod common;
pub mod detect;
pub mod extract;
pub mod input;
pub mod json;
pub mod jsonl;
pub mod keywords;
pub mod progress;
pub mod sentences;
pub mod summarize;
pub mod words;

use input::Source;

/// The error type of every task: a message for the user.
pub type Error = Box<dyn std::error::Error + Send + Sync>;
/// The result type of every task.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// nutgraf: what is this article about?
#[derive(Parser, Debug)]
#[command(name = "nutgraf", version, about, long_about = None)]
pub struct Cli {
    /// The task to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The user-facing tasks.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Analyse documents: clean-up, sentences, language, keyphrases, summary.
    Summarize(summarize::Args),
    /// Print the sentences of documents, one per line.
    Sentences(sentences::Args),
    /// Detect the language: one line of text in, one detection out.
    Detect(detect::Args),
    /// Print the keyphrases of documents, best first.
    Keywords(keywords::Args),
    /// Print the words of documents (with numbers, punctuation and symbols), one per line.
    Words(words::Args),
    /// Print the article of web pages alone: title, byline, date, URL, language, body.
    Extract(extract::Args),
}

/// Runs a task. `default_sources` are what a task reads in plain-text mode when the command
/// line names no path (`nutgraf` passes standard input; `cargo xtask` the project's seeds);
/// with `--jsonl` and no path, standard input is read.
pub fn run(command: Command, default_sources: &[Source]) -> Result<ExitCode> {
    match command {
        Command::Summarize(args) => summarize::run(args, default_sources),
        Command::Sentences(args) => sentences::run(args, default_sources),
        Command::Detect(args) => detect::run(args, default_sources),
        Command::Keywords(args) => keywords::run(args, default_sources),
        Command::Words(args) => words::run(args, default_sources),
        Command::Extract(args) => extract::run(args, default_sources),
    }
}

/// The process exit status for what a task returned: its own status; success when standard
/// output was closed by its reader (`nutgraf summarize | head`: nothing more is wanted, and
/// that is not a failure; ripgrep does the same); otherwise the error on standard error and
/// status 1.
pub fn exit(result: Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(e) if common::is_broken_pipe(e.as_ref()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Standard output behind a 256 KiB buffer: a report line of JSON Lines is often larger than
/// std's default 8 KiB, which would send every line to the kernel in a write of its own.
pub fn output(stdout: &std::io::Stdout) -> std::io::BufWriter<std::io::StdoutLock<'_>> {
    std::io::BufWriter::with_capacity(1 << 18, stdout.lock())
}

/// Exit status 0 when everything succeeded, 1 otherwise.
pub fn exit_code(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
