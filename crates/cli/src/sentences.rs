//! `nutgraf sentences`: one sentence per line, or `{"id", "sentences"}` per JSONL line.

use std::io::Write;
use std::process::ExitCode;

use crate::common::{DocArgs, for_each_report};

/// Options of `sentences`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Inputs and pipeline options.
    #[command(flatten)]
    pub doc: DocArgs,
}

#[derive(serde::Serialize)]
struct Sentences<'a> {
    sentences: Vec<&'a str>,
}

/// Runs the task.
pub fn run(args: Args, default_sources: &[crate::input::Source]) -> crate::Result<ExitCode> {
    let pipeline = nutgraf::Pipeline::new(args.doc.config());
    let stdout = std::io::stdout();
    let mut out = crate::output(&stdout);
    if args.doc.jsonl {
        let code = crate::common::run_jsonl(&args.doc, &pipeline, &mut out, |id, report| {
            let sentences = report.sentences.iter().map(|s| s.text.as_str()).collect();
            crate::jsonl::result_line(id, &Sentences { sentences })
        })?;
        out.flush()?;
        return Ok(code);
    }
    let ok = for_each_report(
        &args.doc,
        default_sources,
        &pipeline,
        |_name, _text, report| {
            for s in &report.sentences {
                // One sentence per line: fold the line breaks inside a sentence.
                let line: Vec<&str> = s.text.split_whitespace().collect();
                writeln!(out, "{}", line.join(" "))?;
            }
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(crate::exit_code(ok))
}
