//! nutgraf's runner: `cargo xtask <task>`. One module per task; see `cargo xtask --help`.

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

mod bench;
mod bench_words;
mod browser_check;
mod common;
mod eval_extract;
mod eval_keywords;
mod eval_lang;
mod eval_sentences;
mod eval_summarize;
mod eval_words;
mod generate;
mod input;
mod package_check;
mod spark_check;

use nutgraf_cli::progress;
pub use nutgraf_cli::{Error, Result, exit_code};

/// nutgraf: what is this article about?
#[derive(Parser)]
#[command(name = "cargo xtask", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// The user tasks (summarize, sentences, detect, keywords, words): the `nutgraf`
    /// command's code.
    #[command(flatten)]
    User(nutgraf_cli::Command),
    /// Throughput per stage and end to end beside same-run baselines; cost against size.
    Bench(bench::Args),
    /// Render the seed's HTML page in headless Chromium; check the DOM and the screenshot.
    BrowserCheck(browser_check::Args),
    /// Write the nutgraf command's shell completions and man pages (--check: compare only).
    Generate(generate::Args),
    /// JSON Lines through the release `nutgraf` on a real Spark (local[2], rdd.pipe); checked.
    SparkCheck(spark_check::Args),
    /// Package every publishable crate, build each from its tarball, check READMEs and docs.
    PackageCheck(package_check::Args),
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
    /// Word segmentation against gold words: SIGHAN-style P/R/F1 (character spans), words/s.
    Words(eval_words::Args),
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

/// The command line: `nutgraf`'s user tasks, where a task given no path reads the project's
/// seeds/ rather than standard input, which their help says.
fn command() -> clap::Command {
    let mut cmd = Cli::command();
    for name in ["summarize", "sentences", "detect", "keywords", "words"] {
        cmd = cmd.mut_subcommand(name, |sub| {
            sub.mut_arg("paths", |arg| {
                arg.help(
                    "Files, directories (their *.txt files in name order) or `-` for standard \
                     input. Default: the project's seeds/ (or standard input with --jsonl)",
                )
            })
        });
    }
    cmd
}

fn main() -> ExitCode {
    let cli = match Cli::from_arg_matches(&command().get_matches()) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let result = match cli.task {
        Task::User(command) => input::seeds().and_then(|seeds| nutgraf_cli::run(command, &seeds)),
        Task::Bench(args) => bench::run(args),
        Task::BrowserCheck(args) => browser_check::run(args),
        Task::Generate(args) => generate::run(args),
        Task::SparkCheck(args) => spark_check::run(args),
        Task::PackageCheck(args) => package_check::run(args),
        Task::Eval(EvalTask::Sentences(args)) => eval_sentences::run(args),
        Task::Eval(EvalTask::Lang(args)) => eval_lang::run(args),
        Task::Eval(EvalTask::Keywords(args)) => eval_keywords::run(args),
        Task::Eval(EvalTask::Summarize(args)) => eval_summarize::run(args),
        Task::Eval(EvalTask::Words(args)) => eval_words::run(args),
        Task::Eval(EvalTask::Extract(args)) => eval_extract::run(args),
    };
    nutgraf_cli::exit(result)
}
