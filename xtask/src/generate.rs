//! `cargo xtask generate`: the `nutgraf` command's shell completions and man pages, made from
//! its clap definitions and committed in `crates/cli/complete/` and `crates/cli/man/`; with
//! `--check` (run by `.ci/run`), fails when the committed files differ from what the
//! definitions give, so they cannot go stale.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::{Generator, Shell};

/// Options of `generate`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Write nothing: compare the committed files with freshly generated ones, list the
    /// differences and fail if there are any.
    #[arg(long)]
    check: bool,
}

/// The folders, under crates/cli, that hold generated files, and nothing else.
const FOLDERS: [&str; 2] = ["complete", "man"];

/// Runs the task.
pub fn run(args: Args) -> crate::Result<ExitCode> {
    let cli = crate::input::project_root().join("crates/cli");
    let fresh = generate()?;
    let mut committed = BTreeMap::new();
    for folder in FOLDERS {
        let dir = cli.join(folder);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry?.path();
            let rel = format!("{folder}/{}", file_name(&path));
            committed.insert(rel, std::fs::read(&path)?);
        }
    }
    let mut differ = Vec::new();
    for (rel, bytes) in &fresh {
        if committed.get(rel) != Some(bytes) {
            differ.push(rel.clone());
        }
    }
    let stale: Vec<&String> = committed
        .keys()
        .filter(|k| !fresh.contains_key(*k))
        .collect();
    if args.check {
        for rel in &differ {
            eprintln!("crates/cli/{rel}: differs from the clap definitions (or is missing)");
        }
        for rel in &stale {
            eprintln!("crates/cli/{rel}: no longer generated");
        }
        if differ.is_empty() && stale.is_empty() {
            println!(
                "generate --check: {} files in crates/cli/{{{}}} match the clap definitions",
                fresh.len(),
                FOLDERS.join(",")
            );
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("run `cargo xtask generate` and commit the result");
        return Ok(ExitCode::FAILURE);
    }
    for rel in stale {
        std::fs::remove_file(cli.join(rel))?;
    }
    for folder in FOLDERS {
        std::fs::create_dir_all(cli.join(folder))?;
    }
    for (rel, bytes) in &fresh {
        std::fs::write(cli.join(rel), bytes)?;
    }
    println!(
        "wrote {} files ({} changed) in crates/cli/{{{}}}",
        fresh.len(),
        differ.len(),
        FOLDERS.join(",")
    );
    Ok(ExitCode::SUCCESS)
}

/// Every generated file, by its path under crates/cli.
fn generate() -> crate::Result<BTreeMap<String, Vec<u8>>> {
    let scratch = scratch_dir()?;
    let mut cmd = nutgraf_cli::Cli::command();
    let name = cmd.get_name().to_string();
    let mut out = BTreeMap::new();
    for shell in [
        Shell::Bash,
        Shell::Elvish,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Zsh,
    ] {
        let mut bytes = Vec::new();
        clap_complete::generate(shell, &mut cmd, &name, &mut bytes);
        out.insert(format!("complete/{}", shell.file_name(&name)), bytes);
    }
    // One page for the command and one per task (nutgraf-summarize.1, ...), as clap_mangen
    // lays them out.
    clap_mangen::generate_to(nutgraf_cli::Cli::command(), &scratch)?;
    for entry in std::fs::read_dir(&scratch)? {
        let path = entry?.path();
        out.insert(format!("man/{}", file_name(&path)), std::fs::read(&path)?);
    }
    std::fs::remove_dir_all(&scratch)?;
    Ok(out)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// An empty folder for clap_mangen, which writes files.
fn scratch_dir() -> crate::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("nutgraf-generate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
