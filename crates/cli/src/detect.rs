//! `nutgraf detect`: one line of text in, one detection out.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use crate::input::{Source, expand};

/// Options of `detect`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files, directories (their *.txt files in name order) or `-` for standard input
    /// (the default).
    pub paths: Vec<std::path::PathBuf>,
    /// Read JSON Lines ({"id", "text"}); write {"id", "language"} per input line.
    #[arg(long)]
    pub jsonl: bool,
    /// Worker threads for --jsonl batches (0: one per core).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub threads: usize,
}

#[derive(serde::Serialize)]
struct Out {
    language: Option<nutgraf_lang::Detection>,
}

/// Runs the task. Plain text: each input line gives one output line,
/// `code<TAB>name<TAB>script<TAB>confidence<TAB>reliable|unreliable`, or `-` when the line
/// has no linguistic signal.
pub fn run(args: Args, default_sources: &[Source]) -> crate::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.jsonl {
        crate::jsonl::set_threads(args.threads);
        let sources = expand(&args.paths, true, &[])?;
        let counts = crate::jsonl::run(
            &sources,
            nutgraf::DEFAULT_MAX_BYTES,
            &mut out,
            |id, text| {
                let language = nutgraf_lang::detect(text);
                Ok(crate::jsonl::result_line(id, &Out { language }))
            },
        )?;
        return Ok(crate::exit_code(counts.errors == 0));
    }
    let mut ok = true;
    for source in expand(&args.paths, false, default_sources)? {
        if let Err(e) = detect_lines(&source, &mut out) {
            eprintln!("error: {e}");
            ok = false;
        }
    }
    out.flush()?;
    Ok(crate::exit_code(ok))
}

fn detect_lines(source: &Source, out: &mut impl Write) -> crate::Result<()> {
    let mut reader = source.open()?;
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        if reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| format!("{}: {e}", source.name()))?
            == 0
        {
            return Ok(());
        }
        line_no += 1;
        let line = std::str::from_utf8(&buf)
            .map_err(|_| format!("{}: line {line_no}: not valid UTF-8", source.name()))?;
        match nutgraf_lang::detect(line) {
            Some(d) => writeln!(
                out,
                "{}\t{}\t{}\t{:.3}\t{}",
                d.code(),
                d.name(),
                d.script(),
                d.confidence(),
                if d.is_reliable() {
                    "reliable"
                } else {
                    "unreliable"
                }
            )?,
            None => writeln!(out, "-")?,
        }
    }
}
