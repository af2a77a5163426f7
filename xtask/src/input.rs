//! Where documents come from: files, directories of `*.txt` files, or standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One named document source.
#[derive(Clone, Debug)]
pub enum Source {
    /// A file on disk, and the name reports print for it.
    File(PathBuf, String),
    /// Standard input (`-`).
    Stdin,
}

impl Source {
    /// The name printed in reports and errors.
    pub fn name(&self) -> String {
        match self {
            Source::File(_, name) => name.clone(),
            Source::Stdin => "-".to_string(),
        }
    }

    /// Reads the whole source as UTF-8 text; the error names the source.
    pub fn read_text(&self) -> crate::Result<String> {
        let bytes = self.read_bytes()?;
        String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            format!(
                "{}: not valid UTF-8 (first bad byte at offset {at})",
                self.name()
            )
            .into()
        })
    }

    /// Reads the whole source as bytes; the error names the source.
    pub fn read_bytes(&self) -> crate::Result<Vec<u8>> {
        match self {
            Source::File(p, name) => std::fs::read(p).map_err(|e| format!("{name}: {e}").into()),
            Source::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut buf)
                    .map_err(|e| format!("standard input: {e}"))?;
                Ok(buf)
            }
        }
    }

    /// Opens the source for streaming.
    pub fn open(&self) -> crate::Result<Box<dyn std::io::BufRead + Send>> {
        match self {
            Source::File(p, name) => {
                let f = std::fs::File::open(p).map_err(|e| format!("{name}: {e}"))?;
                Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, f)))
            }
            Source::Stdin => Ok(Box::new(std::io::BufReader::with_capacity(
                1 << 16,
                std::io::stdin(),
            ))),
        }
    }
}

/// The project root (the workspace folder), found from this crate's manifest directory.
pub fn project_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// Expands command-line paths: a file is itself, a directory is its `*.txt` files in name
/// order, `-` is standard input; no path means the project's `seeds/` (named `seeds/<file>`
/// in reports, wherever the project is checked out). `jsonl` switches the directory filter
/// to `*.jsonl`, and no path then means standard input.
pub fn expand(paths: &[PathBuf], jsonl: bool) -> crate::Result<Vec<Source>> {
    if paths.is_empty() {
        if jsonl {
            return Ok(vec![Source::Stdin]);
        }
        let root = project_root();
        let seeds = expand(&[root.join("seeds")], false)?;
        return Ok(seeds
            .into_iter()
            .map(|s| match s {
                Source::File(path, _) => {
                    let name = path.strip_prefix(&root).map_or_else(
                        |_| path.display().to_string(),
                        |rel| rel.to_string_lossy().replace('\\', "/"),
                    );
                    Source::File(path, name)
                }
                other => other,
            })
            .collect());
    }
    let ext = if jsonl { "jsonl" } else { "txt" };
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
        if meta.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == ext) && p.is_file())
                .collect();
            if files.is_empty() {
                return Err(format!("{}: directory has no *.{ext} files", path.display()).into());
            }
            files.sort();
            out.extend(files.into_iter().map(|p| {
                let name = p.display().to_string();
                Source::File(p, name)
            }));
        } else {
            out.push(Source::File(path.clone(), path.display().to_string()));
        }
    }
    Ok(out)
}
