//! `nutgraf words`: the tokens of documents, one per line, or
//! `{"id", "words": [{"start", "end", "text", "kind"}]}` per JSONL line.
//!
//! The tokens are those every later stage counts: words (cut by a dictionary segmenter in
//! Chinese, Japanese, Thai, Lao, Khmer and Burmese), numbers, punctuation and symbols, with
//! byte spans into the document's text as given (no clean-up runs first).

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use nutgraf_tokenize::{Analyzer, Document, TokenKind};

/// Options of `words`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files, directories (their *.txt files in name order) or `-` for standard input.
    pub paths: Vec<PathBuf>,
    /// Read JSON Lines: one object per line with "text" and an optional "id"; write one JSON
    /// object per input line, in input order, with the same "id" (or {"id", "error"}).
    #[arg(long)]
    pub jsonl: bool,
    /// ISO 639-3 code of the document language; skips detection (it matters for Han text,
    /// cut as Japanese in a `jpn` document and as Chinese otherwise).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// Refuse documents larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = nutgraf::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    /// Worker threads for --jsonl batches (0: one per core).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub threads: usize,
}

/// One token in the JSON Lines output.
#[derive(serde::Serialize)]
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
}

#[derive(serde::Serialize)]
struct Words<'a> {
    words: Vec<Word<'a>>,
}

/// How much text language detection reads, as the pipeline does.
const DETECT_BYTES: usize = 2048;

/// The name of a token kind in the output.
fn kind_name(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Word => "word",
        TokenKind::Number => "number",
        TokenKind::Punctuation => "punctuation",
        TokenKind::Symbol => "symbol",
    }
}

/// Analyzers by language code, built once each.
#[derive(Default)]
struct Analyzers(Mutex<HashMap<String, Arc<Analyzer>>>);

impl Analyzers {
    /// The analyzer for `text`: of `lang` when given, else of its detected language.
    fn for_text(&self, lang: Option<&str>, text: &str) -> Arc<Analyzer> {
        let code = match lang {
            Some(code) => code.to_string(),
            None => {
                let mut cut = text.len().min(DETECT_BYTES);
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                let sample = text.get(..cut).unwrap_or("");
                nutgraf_lang::detect(sample).map_or(String::new(), |d| d.code().to_string())
            }
        };
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(code)
            .or_insert_with_key(|code| Arc::new(Analyzer::for_code(code)))
            .clone()
    }
}

/// The tokens of `text`: a [`Document`] over the whole text as one span, so that the spans
/// are exact and no sentence rule can change a token.
fn document<'t>(text: &'t str, analyzer: &Analyzer) -> Document<'t> {
    let whole = std::iter::once(0..text.len()).collect();
    Document::from_sentences(text, whole, analyzer)
}

/// Runs the task.
pub fn run(args: Args, default_sources: &[crate::input::Source]) -> crate::Result<ExitCode> {
    let analyzers = Analyzers::default();
    let lang = args.lang.as_deref();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.jsonl {
        crate::jsonl::set_threads(args.threads);
        let sources = crate::input::expand(&args.paths, true, &[])?;
        let counts = crate::jsonl::run(&sources, args.max_bytes, &mut out, |id, text| {
            let analyzer = analyzers.for_text(lang, text);
            let doc = document(text, &analyzer);
            let words = doc
                .tokens()
                .iter()
                .map(|t| Word {
                    start: t.span.start,
                    end: t.span.end,
                    text: doc.surface(t),
                    kind: kind_name(t.kind),
                })
                .collect();
            Ok(crate::jsonl::result_line(id, &Words { words }))
        })?;
        out.flush()?;
        return Ok(crate::exit_code(counts.errors == 0));
    }
    let sources = crate::input::expand(&args.paths, false, default_sources)?;
    let mut ok = true;
    for source in &sources {
        let name = source.name();
        let result = source.read_text(args.max_bytes).and_then(|text| {
            let analyzer = analyzers.for_text(lang, &text);
            let doc = document(&text, &analyzer);
            for t in doc.tokens() {
                writeln!(out, "{}", doc.surface(t))?;
            }
            Ok(())
        });
        match result {
            Ok(()) => {}
            Err(e) if crate::common::is_broken_pipe(e.as_ref()) => return Err(e),
            Err(e) => {
                eprintln!("error: {name}: {e}");
                ok = false;
            }
        }
    }
    out.flush()?;
    Ok(crate::exit_code(ok))
}
