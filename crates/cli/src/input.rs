//! Where documents come from: files, directories of `*.txt` files, or standard input.

use std::io::Read;
use std::path::PathBuf;

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

    /// Reads the whole source as UTF-8 text, refusing (without reading it whole) a source
    /// larger than `max_bytes`; the error names the source.
    pub fn read_text(&self, max_bytes: usize) -> crate::Result<String> {
        let bytes = self.read_bytes(max_bytes)?;
        String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            format!(
                "{}: not valid UTF-8 (first bad byte at offset {at})",
                self.name()
            )
            .into()
        })
    }

    /// Reads the whole source as bytes, at most `max_bytes` of them: a larger source is an
    /// error that names it, and only `max_bytes + 1` bytes are ever held.
    pub fn read_bytes(&self, max_bytes: usize) -> crate::Result<Vec<u8>> {
        let too_large = |size: String| -> crate::Error {
            format!(
                "{}: document of {size} bytes is larger than the ceiling of {max_bytes} bytes (raise it with --max-bytes)",
                self.name()
            )
            .into()
        };
        let limit = u64::try_from(max_bytes)
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        let mut buf = Vec::new();
        match self {
            Source::File(p, name) => {
                let f = std::fs::File::open(p).map_err(|e| format!("{name}: {e}"))?;
                if let Ok(meta) = f.metadata() {
                    if meta.len() > limit - 1 {
                        return Err(too_large(meta.len().to_string()));
                    }
                }
                f.take(limit)
                    .read_to_end(&mut buf)
                    .map_err(|e| format!("{name}: {e}"))?;
            }
            Source::Stdin => {
                std::io::stdin()
                    .take(limit)
                    .read_to_end(&mut buf)
                    .map_err(|e| format!("standard input: {e}"))?;
            }
        }
        if buf.len() > max_bytes {
            return Err(too_large(format!("more than {max_bytes}")));
        }
        Ok(buf)
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

/// Expands command-line paths: a file is itself, a directory is its `*.txt` files in name
/// order, `-` is standard input. No path means `default` (for plain text) or standard input
/// (with `jsonl`, which also switches the directory filter to `*.jsonl`).
pub fn expand(paths: &[PathBuf], jsonl: bool, default: &[Source]) -> crate::Result<Vec<Source>> {
    if paths.is_empty() {
        if jsonl {
            return Ok(vec![Source::Stdin]);
        }
        return Ok(default.to_vec());
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
