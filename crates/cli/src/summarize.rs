//! `nutgraf summarize`: the whole pipeline, as a readable report, JSON, JSON Lines, or one
//! HTML page.

use std::io::Write;
use std::process::ExitCode;

use rayon::prelude::*;

use crate::common::{DocArgs, for_each_report};

/// How `summarize` prints its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A readable text report per document.
    Text,
    /// One JSON object per document per line.
    Json,
    /// One self-contained HTML page for all documents (with --jsonl too), with a table of
    /// contents when there are several.
    Html,
}

/// Options of `summarize`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Inputs and pipeline options.
    #[command(flatten)]
    pub doc: DocArgs,
    /// Output format: a readable report, one JSON object per document per line, or one HTML
    /// page (the article with its summary and keyphrases marked; holds every document in
    /// memory). With --jsonl, `text` and `json` both give JSON Lines.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Runs the task.
pub fn run(args: Args, default_sources: &[crate::input::Source]) -> crate::Result<ExitCode> {
    let pipeline = nutgraf::Pipeline::new(args.doc.config());
    if args.format == Format::Html {
        return html(&args.doc, &pipeline, default_sources);
    }
    let stdout = std::io::stdout();
    let mut out = crate::output(&stdout);
    if args.doc.jsonl {
        let code =
            crate::common::run_jsonl(&args.doc, &pipeline, &mut out, crate::jsonl::result_line)?;
        out.flush()?;
        return Ok(code);
    }
    let mut first = true;
    let ok = for_each_report(
        &args.doc,
        default_sources,
        &pipeline,
        |name, _text, report| {
            match args.format {
                // Html returned above.
                Format::Text | Format::Html => {
                    if !first {
                        writeln!(out)?;
                    }
                    first = false;
                    out.write_all(nutgraf::render_text(name, &report).as_bytes())?;
                }
                Format::Json => {
                    let line = crate::jsonl::result_line(&serde_json::Value::from(name), &report)
                        .replacen("{\"id\":", "{\"name\":", 1);
                    writeln!(out, "{line}")?;
                }
            }
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(crate::exit_code(ok))
}

/// `--format html`: every document (files, or the lines of --jsonl input named by their id)
/// on one page. Documents that cannot be read or analysed are reported on standard error and
/// left out; the exit status is then 1.
fn html(
    args: &DocArgs,
    pipeline: &nutgraf::Pipeline,
    default_sources: &[crate::input::Source],
) -> crate::Result<ExitCode> {
    let mut docs: Vec<(String, String, nutgraf::Report)> = Vec::new();
    let mut ok = true;
    if args.jsonl {
        crate::jsonl::set_threads(args.threads);
        let mut inputs: Vec<(String, String, bool)> = Vec::new();
        for source in crate::input::expand(&args.paths, true, &[])? {
            let mut reader = source.open()?;
            let source_name = source.name();
            for line in crate::jsonl::RawLines::new(&mut *reader, &source_name, args.max_bytes) {
                let line = line?;
                let i = line.no;
                let raw = match line.bytes {
                    Err(len) => {
                        eprintln!(
                            "error: {source_name}: line {i}: line of {len} bytes is larger than the ceiling of {} bytes for a document",
                            args.max_bytes
                        );
                        ok = false;
                        continue;
                    }
                    Ok(raw) => raw,
                };
                let record = crate::jsonl::Record::parse(&raw, i);
                let name = match &record.id {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => format!("{source_name} line {i}"),
                    other => other.to_string(),
                };
                match record.text {
                    Ok(text) => inputs.push((name, text.into_owned(), record.html)),
                    Err(e) => {
                        eprintln!("error: {source_name}: {e}");
                        ok = false;
                    }
                }
            }
        }
        let results: Vec<_> = inputs
            .into_par_iter()
            .map(|(name, text, html)| {
                if html {
                    let report = pipeline.analyze_html(text.as_bytes());
                    let text = report
                        .as_ref()
                        .ok()
                        .and_then(|r| r.text.clone())
                        .unwrap_or_default();
                    (name, text, report)
                } else {
                    let report = pipeline.analyze(&text);
                    (name, text, report)
                }
            })
            .collect();
        for (name, text, report) in results {
            match report {
                Ok(report) => docs.push((name, text, report)),
                Err(e) => {
                    eprintln!("error: {name}: {e}");
                    ok = false;
                }
            }
        }
    } else {
        ok = for_each_report(args, default_sources, pipeline, |name, text, report| {
            docs.push((name.to_string(), text.to_string(), report));
            Ok(())
        })?;
    }
    let views: Vec<(&str, &str, &nutgraf::Report)> = docs
        .iter()
        .map(|(name, text, report)| (name.as_str(), text.as_str(), report))
        .collect();
    let page = nutgraf::render_html(&views);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(page.as_bytes())?;
    out.flush()?;
    Ok(crate::exit_code(ok))
}
