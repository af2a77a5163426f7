//! nutgraf's runner: `cargo xtask <task>`. One module per task; see `cargo xtask --help`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod eval_sentences;

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
    /// Evaluate a stage on a labelled data set.
    #[command(subcommand)]
    Eval(EvalTask),
}

#[derive(Subcommand)]
enum EvalTask {
    /// Sentence segmentation against golden rules: the share of cases passed, failures listed.
    Sentences(eval_sentences::Args),
}

/// How a task prints its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable text.
    Text,
    /// JSON (one document, pretty-printed).
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.task {
        Task::Eval(EvalTask::Sentences(args)) => eval_sentences::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
