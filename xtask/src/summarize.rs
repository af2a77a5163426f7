//! `cargo xtask summarize`: the whole pipeline, as a readable report, JSON, or JSON Lines.

use std::io::Write;
use std::process::ExitCode;

use crate::common::{DocArgs, for_each_document};

/// Options of `summarize`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    doc: DocArgs,
    /// Output format for plain-text input: a readable report, or one JSON object per document
    /// per line.
    #[arg(long, value_enum, default_value_t = crate::Format::Text)]
    format: crate::Format,
}

/// Runs the task.
pub fn run(args: Args) -> crate::Result<ExitCode> {
    let pipeline = nutgraf::Pipeline::new(args.doc.config());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.doc.jsonl {
        crate::jsonl::set_threads(args.doc.threads);
        let sources = crate::input::expand(&args.doc.paths, true)?;
        let counts = crate::jsonl::run(&sources, &mut out, |id, text| {
            let report = pipeline.analyze(text).map_err(|e| e.to_string())?;
            Ok(crate::jsonl::result_line(id, &report))
        })?;
        return Ok(crate::exit_code(counts.errors == 0));
    }
    let mut first = true;
    let ok = for_each_document(&args.doc, |name, text| {
        let report = pipeline.analyze(text).map_err(|e| format!("{name}: {e}"))?;
        match args.format {
            crate::Format::Text => {
                if !first {
                    writeln!(out)?;
                }
                first = false;
                out.write_all(nutgraf::render_text(name, &report).as_bytes())?;
            }
            crate::Format::Json => {
                let line = crate::jsonl::result_line(&serde_json::Value::from(name), &report)
                    .replacen("{\"id\":", "{\"name\":", 1);
                writeln!(out, "{line}")?;
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(crate::exit_code(ok))
}
