//! Shared helpers for nutgraf's whole-pipeline tests: where the seed articles are.

use std::path::{Path, PathBuf};

/// The project's `seeds/` folder.
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("seeds")
}

/// The seed articles as (file name, text), in name order.
///
/// # Panics
/// When `seeds/` cannot be read: the tests cannot run without it.
pub fn seeds() -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(seeds_dir())
        .expect("seeds/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("seed is UTF-8");
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, text)
        })
        .collect()
}
