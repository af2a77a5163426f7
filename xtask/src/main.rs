//! nutgraf's runner: `cargo xtask <task>`. One module per task; see `cargo xtask --help`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod bench;
mod browser_check;
mod common;
mod detect;
mod eval_extract;
mod eval_keywords;
mod eval_lang;
mod eval_sentences;
mod eval_summarize;
mod input;
mod jsonl;
mod keywords;
mod progress;
mod sentences;
mod summarize;

/// The error type of every task: a message for the user.
pub type Error = Box<dyn std::error::Error + Send + Sync>;
/// The result type of every task.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// nutgraf: what is this article about?
#[derive(Parser)]
#[command(name = "cargo xtask", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Analyse documents: clean-up, sentences, language, keyphrases, summary.
    Summarize(summarize::Args),
    /// Print the sentences of documents, one per line.
    Sentences(sentences::Args),
    /// Detect the language: one line of text in, one detection out.
    Detect(detect::Args),
    /// Print the keyphrases of documents, best first.
    Keywords(keywords::Args),
    /// Throughput per stage and end to end beside same-run baselines; cost against size.
    Bench(bench::Args),
    /// Render the seed's HTML page in headless Chromium; check the DOM and the screenshot.
    BrowserCheck(browser_check::Args),
    /// Evaluate a stage on a labelled data set.
    #[command(subcommand)]
    Eval(EvalTask),
}

#[derive(Subcommand)]
enum EvalTask {
    /// Sentence segmentation against golden rules: the share of cases passed, failures listed.
    Sentences(eval_sentences::Args),
    /// Language detection accuracy per kind of text (mean over languages), confusions, speed.
    Lang(eval_lang::Args),
    /// Keyphrases against gold lists: P/R/F1@k (Porter-stemmed exact match), docs per second.
    Keywords(eval_keywords::Args),
    /// Summaries against reference summaries: ROUGE-1/2/L/Lsum, words, docs per second.
    Summarize(eval_summarize::Args),
    /// Article extraction from web pages: word 4-gram P/R/F1 as the benchmark scores, pages per second.
    Extract(eval_extract::Args),
}

/// How a task prints its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable text.
    Text,
    /// JSON (one document, pretty-printed).
    Json,
}

/// Exit status 0 when everything succeeded, 1 otherwise.
pub fn exit_code(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.task {
        Task::Summarize(args) => summarize::run(args),
        Task::Sentences(args) => sentences::run(args),
        Task::Detect(args) => detect::run(args),
        Task::Keywords(args) => keywords::run(args),
        Task::Bench(args) => bench::run(args),
        Task::BrowserCheck(args) => browser_check::run(args),
        Task::Eval(EvalTask::Sentences(args)) => eval_sentences::run(args),
        Task::Eval(EvalTask::Lang(args)) => eval_lang::run(args),
        Task::Eval(EvalTask::Keywords(args)) => eval_keywords::run(args),
        Task::Eval(EvalTask::Summarize(args)) => eval_summarize::run(args),
        Task::Eval(EvalTask::Extract(args)) => eval_extract::run(args),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`xtask summarize | head`): nothing more is wanted, and
        // that is not a failure of ours. ripgrep does the same.
        Err(e) if common::is_broken_pipe(e.as_ref()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
