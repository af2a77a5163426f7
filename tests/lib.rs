//! Shared helpers for nutgraf's whole-pipeline tests (and the command's and the runner's):
//! the seed articles, the adversarial corpus, and running a built binary ([`command`]).

use std::path::{Path, PathBuf};

pub mod command;

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
    let mut files: Vec<PathBuf> = files_in(&seeds_dir())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("seed is UTF-8");
            (file_name(&p), text)
        })
        .collect()
}

/// The UTF-8 files of the adversarial corpus (`tests/data/adversarial/`) as (file name, text),
/// in name order; the files that are not UTF-8 are left out.
///
/// # Panics
/// When the folder cannot be read.
pub fn adversarial_texts() -> Vec<(String, String)> {
    let mut files = files_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/adversarial"));
    files.sort();
    files
        .into_iter()
        .filter_map(|p| Some((file_name(&p), std::fs::read_to_string(&p).ok()?)))
        .collect()
}

/// The files (not folders) directly in `dir`, in no particular order.
fn files_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect()
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
