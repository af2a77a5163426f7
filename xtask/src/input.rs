//! Where the runner's documents come from: the CLI's sources, and the project's seeds/ when a
//! task names no path.

use std::path::{Path, PathBuf};

use nutgraf_cli::input::Source;

/// The project root (the workspace folder), found from this crate's manifest directory.
pub fn project_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The project's `seeds/*.txt`, in name order, named `seeds/<file>` in reports wherever the
/// project is checked out: what `cargo xtask summarize` and the other user tasks read when
/// they are given no path.
pub fn seeds() -> crate::Result<Vec<Source>> {
    let root = project_root();
    let seeds = nutgraf_cli::input::expand(&[root.join("seeds")], false, &[])?;
    Ok(seeds
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
        .collect())
}

/// The CLI's expansion of command-line paths, with the project's seeds when there are none
/// (and not `jsonl`).
pub fn expand(paths: &[PathBuf], jsonl: bool) -> crate::Result<Vec<Source>> {
    if paths.is_empty() && !jsonl {
        return seeds();
    }
    nutgraf_cli::input::expand(paths, jsonl, &[])
}
