//! Options shared by the tasks that run the pipeline over documents.

use std::path::PathBuf;

/// Inputs and pipeline options shared by `summarize`, `sentences`, `detect` and `keywords`.
#[derive(clap::Args, Debug, Clone)]
pub struct DocArgs {
    /// Files, directories (their *.txt files in name order) or `-` for standard input
    /// (the default).
    pub paths: Vec<PathBuf>,
    /// Read JSON Lines: one object per line with "text" (or "html", a web page), an optional
    /// "title" (the headline: the summary uses it) and an optional "id"; write one JSON object
    /// per input line, in input order, with the same "id" (or {"id", "error"}).
    #[arg(long)]
    pub jsonl: bool,
    /// ISO 639-3 code of the document language; skips detection.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// Turn the news clean-up off (boilerplate, duplicate lines, reference section).
    #[arg(long)]
    pub no_clean: bool,
    /// Refuse documents larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = nutgraf::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    /// Worker threads for --jsonl batches (0: one per core).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// How many keyphrases to report.
    #[arg(long = "keywords", value_name = "N", default_value_t = 10)]
    pub keywords: usize,
    /// Keyphrase algorithm: nutgraf (default), yake, rake, textrank, positionrank, tfidf.
    #[arg(long, value_name = "NAME", default_value = "nutgraf")]
    pub keyword_algorithm: nutgraf::KeywordAlgorithm,
    /// Summary length in sentences (the default budget: 3).
    #[arg(long, value_name = "N", group = "budget")]
    pub sentences: Option<usize>,
    /// Summary length in words, at most.
    #[arg(long, value_name = "N", group = "budget")]
    pub words: Option<usize>,
    /// Summary length as a share of the article's words (0 to 1).
    #[arg(long, value_name = "F", group = "budget")]
    pub ratio: Option<f64>,
    /// Summarization algorithm: nutgraf (default), lead, luhn, textrank, lexrank, centroid.
    #[arg(long, value_name = "NAME", default_value = "nutgraf")]
    pub algorithm: nutgraf::SummaryAlgorithm,
    /// What the files and standard input hold: `auto` (a path ending in .html or .htm is a web
    /// page, anything else text), `text`, or `html` (web pages: the article is extracted
    /// first). JSON Lines input says it per line: "html" instead of "text".
    #[arg(long, value_enum, value_name = "KIND", default_value_t = InputKind::Auto)]
    pub input: InputKind,
}

/// What a document source holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum InputKind {
    /// Web pages for paths ending in `.html` or `.htm`, text otherwise.
    Auto,
    /// Text.
    Text,
    /// Web pages (HTML, any charset).
    Html,
}

impl InputKind {
    /// Whether `source` is read as a web page.
    pub fn is_html(self, source: &crate::input::Source) -> bool {
        match (self, source) {
            (InputKind::Html, _) => true,
            (InputKind::Text, _) => false,
            (InputKind::Auto, crate::input::Source::File(path, _)) => path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm")),
            (InputKind::Auto, crate::input::Source::Stdin) => false,
        }
    }
}

impl DocArgs {
    /// The pipeline configuration these options describe.
    pub fn config(&self) -> nutgraf::Config {
        let mut config = nutgraf::Config::default();
        config.language = self.lang.clone();
        if self.no_clean {
            config.clean = nutgraf::CleanConfig::disabled();
        }
        config.max_bytes = self.max_bytes;
        config.keywords = self.keywords;
        config.keyword_algorithm = self.keyword_algorithm;
        config.summary = match (self.sentences, self.words, self.ratio) {
            (Some(n), _, _) => nutgraf::Budget::Sentences(n),
            (_, Some(n), _) => nutgraf::Budget::Words(n),
            (_, _, Some(f)) => nutgraf::Budget::Ratio(f),
            _ => nutgraf::Budget::default(),
        };
        config.summary_algorithm = self.algorithm;
        config
    }
}

/// Runs `per_doc` over every plain-text document (not JSONL); reports unreadable ones on
/// standard error and goes on. Returns whether every document succeeded.
pub fn for_each_document(
    args: &DocArgs,
    default_sources: &[crate::input::Source],
    mut per_doc: impl FnMut(&str, &str) -> crate::Result<()>,
) -> crate::Result<bool> {
    let sources = crate::input::expand(&args.paths, false, default_sources)?;
    let mut ok = true;
    for source in &sources {
        let name = source.name();
        let result = source
            .read_text(args.max_bytes)
            .and_then(|text| per_doc(&name, &text));
        match result {
            Ok(()) => {}
            // Standard output is gone: no later document can be written either.
            Err(e) if is_broken_pipe(e.as_ref()) => return Err(e),
            Err(e) => {
                eprintln!("error: {e}");
                ok = false;
            }
        }
    }
    Ok(ok)
}

/// Runs the pipeline over every document (not JSONL), web pages through extraction first (see
/// [`InputKind`]), and `per_doc(name, text, report)` on each, `text` being what the report's
/// spans index into; reports unreadable or refused documents on standard error and goes on.
/// Returns whether every document succeeded.
pub fn for_each_report(
    args: &DocArgs,
    default_sources: &[crate::input::Source],
    pipeline: &nutgraf::Pipeline,
    mut per_doc: impl FnMut(&str, &str, nutgraf::Report) -> crate::Result<()>,
) -> crate::Result<bool> {
    let sources = crate::input::expand(&args.paths, false, default_sources)?;
    let mut ok = true;
    for source in &sources {
        let name = source.name();
        let result = if args.input.is_html(source) {
            source.read_bytes(args.max_bytes).and_then(|page| {
                let report = pipeline
                    .analyze_html(&page)
                    .map_err(|e| format!("{name}: {e}"))?;
                let text = report.text.clone().unwrap_or_default();
                per_doc(&name, &text, report)
            })
        } else {
            source.read_text(args.max_bytes).and_then(|text| {
                let report = pipeline
                    .analyze(&text)
                    .map_err(|e| format!("{name}: {e}"))?;
                per_doc(&name, &text, report)
            })
        };
        match result {
            Ok(()) => {}
            Err(e) if is_broken_pipe(e.as_ref()) => return Err(e),
            Err(e) => {
                eprintln!("error: {e}");
                ok = false;
            }
        }
    }
    Ok(ok)
}

/// The `--jsonl` mode of a document task: runs the pipeline on every line and writes the line
/// `render(id, report)` gives (see [`crate::jsonl::run`]); exit status 1 if any line failed.
pub fn run_jsonl(
    args: &DocArgs,
    pipeline: &nutgraf::Pipeline,
    out: &mut impl std::io::Write,
    render: impl Fn(&serde_json::Value, &nutgraf::Report) -> String + Sync,
) -> crate::Result<std::process::ExitCode> {
    crate::jsonl::set_threads(args.threads);
    let sources = crate::input::expand(&args.paths, true, &[])?;
    let counts = crate::jsonl::run_pages(
        &sources,
        args.max_bytes,
        out,
        analyze_line(pipeline, render),
    )?;
    Ok(crate::exit_code(counts.errors == 0))
}

/// What a `--jsonl` document task does with one line: the pipeline on its text (after
/// extraction, for a page; with its `"title"`, for a text that has one), then the output line
/// `render` makes of the report (or the pipeline's error).
pub fn analyze_line<'a>(
    pipeline: &'a nutgraf::Pipeline,
    render: impl Fn(&serde_json::Value, &nutgraf::Report) -> String + Sync + 'a,
) -> impl Fn(&serde_json::Value, crate::jsonl::Input<'_>) -> Result<String, String> + Sync + 'a {
    move |id, input| {
        let report = if input.html {
            pipeline.analyze_html(input.text.as_bytes())
        } else {
            pipeline.analyze_titled(input.text, input.title)
        };
        Ok(render(id, &report.map_err(|e| e.to_string())?))
    }
}

/// Whether an error, or one of its sources, is a write to a closed pipe.
pub fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut next = Some(e);
    while let Some(err) = next {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return true;
            }
        }
        next = err.source();
    }
    false
}
