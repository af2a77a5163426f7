//! `nutgraf extract`: the article of each web page alone (title, byline, date, canonical URL,
//! declared language, body), as text, or as one JSON object per page.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

/// How `extract` prints its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The metadata, then the body's paragraphs separated by blank lines.
    Text,
    /// One JSON object per page per line: {"id", "title", "byline", "date", "url", "lang", "text", ...}.
    Json,
}

/// Options of `extract`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Web pages: files, or `-` for standard input (the default). Any charset.
    pub paths: Vec<PathBuf>,
    /// Read JSON Lines: one object per line with "html" (the page) and an optional "id"; write
    /// one JSON object per input line, in input order, with the same "id" (or {"id", "error"}).
    #[arg(long)]
    pub jsonl: bool,
    /// Output format for pages read from files or standard input.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Refuse pages larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = nutgraf_extract::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    /// Worker threads for --jsonl batches (0: one per core).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub threads: usize,
}

/// One page's article, as printed with `--format json` and `--jsonl`.
#[derive(Serialize)]
struct ArticleLine<'a> {
    id: &'a serde_json::Value,
    title: &'a Option<String>,
    byline: &'a Option<String>,
    date: &'a Option<String>,
    url: &'a Option<String>,
    lang: &'a Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    site_name: &'a Option<String>,
    charset: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    empty: Option<&'static str>,
    text: String,
    paragraphs: &'a [nutgraf_extract::Paragraph],
}

fn json_line(id: &serde_json::Value, a: &nutgraf_extract::Article) -> String {
    let line = ArticleLine {
        id,
        title: &a.title,
        byline: &a.byline,
        date: &a.date,
        url: &a.url,
        lang: &a.lang,
        site_name: &a.site_name,
        charset: a.charset,
        empty: a.empty.map(|r| r.as_str()),
        text: a.text(),
        paragraphs: &a.paragraphs,
    };
    serde_json::to_string(&line).unwrap_or_default()
}

fn text_block(name: &str, a: &nutgraf_extract::Article) -> String {
    let mut out = format!("== {name} ==\n");
    for (label, value) in [
        ("title", &a.title),
        ("byline", &a.byline),
        ("date", &a.date),
        ("url", &a.url),
        ("page language", &a.lang),
    ] {
        if let Some(v) = value {
            out.push_str(&format!("{label}: {v}\n"));
        }
    }
    out.push_str(&format!("charset: {}\n", a.charset));
    if let Some(reason) = a.empty {
        out.push_str(&format!("article: none ({})\n", reason.as_str()));
    }
    out.push('\n');
    let text = a.text();
    if !text.is_empty() {
        out.push_str(&text);
        out.push('\n');
    }
    out
}

/// Runs the task.
pub fn run(args: Args, default_sources: &[crate::input::Source]) -> crate::Result<ExitCode> {
    let mut config = nutgraf_extract::Config::default();
    config.max_bytes = args.max_bytes;
    let extractor = nutgraf_extract::Extractor::new(config);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.jsonl {
        crate::jsonl::set_threads(args.threads);
        let sources = crate::input::expand(&args.paths, true, &[])?;
        let counts = crate::jsonl::run_pages(&sources, args.max_bytes, &mut out, |id, input| {
            let article = extractor
                .extract(input.text.as_bytes())
                .map_err(|e| e.to_string())?;
            Ok(json_line(id, &article))
        })?;
        out.flush()?;
        return Ok(crate::exit_code(counts.errors == 0));
    }
    let sources = crate::input::expand(&args.paths, false, default_sources)?;
    let mut ok = true;
    let mut first = true;
    for source in &sources {
        let name = source.name();
        let result = source.read_bytes(args.max_bytes).and_then(|page| {
            let article = extractor
                .extract(&page)
                .map_err(|e| format!("{name}: {e}"))?;
            match args.format {
                Format::Text => {
                    if !first {
                        writeln!(out)?;
                    }
                    first = false;
                    out.write_all(text_block(&name, &article).as_bytes())?;
                }
                Format::Json => {
                    writeln!(
                        out,
                        "{}",
                        json_line(&serde_json::Value::from(name.as_str()), &article)
                    )?;
                }
            }
            Ok(())
        });
        match result {
            Ok(()) => {}
            Err(e) if crate::common::is_broken_pipe(e.as_ref()) => return Err(e),
            Err(e) => {
                eprintln!("error: {e}");
                ok = false;
            }
        }
    }
    out.flush()?;
    Ok(crate::exit_code(ok))
}
