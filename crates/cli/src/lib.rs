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
pub mod jsonl;
pub mod keywords;
pub mod progress;
pub mod sentences;
pub mod summarize;

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

/// Exit status 0 when everything succeeded, 1 otherwise.
pub fn exit_code(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
