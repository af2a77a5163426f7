//! `nutgraf keywords`: keyphrases only, as text or `{"id", "keywords"}` per JSONL line.

use std::io::Write;
use std::process::ExitCode;

use crate::common::{DocArgs, for_each_report};

/// Options of `keywords`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Inputs and pipeline options.
    #[command(flatten)]
    pub doc: DocArgs,
}

#[derive(serde::Serialize)]
struct Keywords<'a> {
    keywords: &'a [nutgraf::KeywordOut],
}

/// Runs the task. Plain text: per document a `== name ==` line, then one keyphrase per line
/// as `score<TAB>phrase`, best first.
pub fn run(args: Args, default_sources: &[crate::input::Source]) -> crate::Result<ExitCode> {
    let pipeline = nutgraf::Pipeline::new(args.doc.config());
    let stdout = std::io::stdout();
    let mut out = crate::output(&stdout);
    if args.doc.jsonl {
        let code = crate::common::run_jsonl(&args.doc, &pipeline, &mut out, |id, report| {
            let keywords = &report.keywords;
            crate::jsonl::result_line(id, &Keywords { keywords })
        })?;
        out.flush()?;
        return Ok(code);
    }
    let ok = for_each_report(
        &args.doc,
        default_sources,
        &pipeline,
        |name, _text, report| {
            writeln!(out, "== {name} ==")?;
            for k in &report.keywords {
                writeln!(out, "{:.4}\t{}", k.score, k.text)?;
            }
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(crate::exit_code(ok))
}
