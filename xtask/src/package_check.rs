//! `cargo xtask package-check`: every publishable crate of the workspace (every member whose
//! manifest does not say `publish = false`, found with `cargo metadata`, so a new crate is
//! checked without editing this file) is packaged with `cargo package` and built from its own
//! tarball, as a user's `cargo add` would get it (cargo's verify step; sibling crates come
//! from cargo's temporary local registry of the other tarballs); each names a README.md that
//! exists in its folder; and its documentation builds with no warning
//! (`RUSTDOCFLAGS="-D warnings" cargo doc --no-deps`), as docs.rs would build it.

use std::process::{Command, ExitCode};
use std::time::Instant;

use serde_json::Value;

/// Options of `package-check`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Skip building each crate from its tarball (`cargo package --no-verify`).
    #[arg(long)]
    no_verify: bool,
    /// Package uncommitted changes too (`cargo package --allow-dirty`), for a check before
    /// committing.
    #[arg(long)]
    allow_dirty: bool,
}

/// Runs the task.
pub fn run(args: Args) -> crate::Result<ExitCode> {
    let root = crate::input::project_root();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let meta = Command::new(&cargo)
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .current_dir(&root)
        .output()?;
    if !meta.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&meta.stderr)
        )
        .into());
    }
    let meta: Value = serde_json::from_slice(&meta.stdout)?;
    let members: Vec<&str> = meta["workspace_members"]
        .as_array()
        .ok_or("cargo metadata: no workspace_members")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut publish = Vec::new();
    let mut private = Vec::new();
    let mut failures = Vec::new();
    for package in meta["packages"]
        .as_array()
        .ok_or("cargo metadata: no packages")?
    {
        let id = package["id"].as_str().unwrap_or_default();
        if !members.contains(&id) {
            continue;
        }
        let name = package["name"].as_str().unwrap_or_default().to_string();
        // `publish = false` is an empty list of registries; absent means crates.io.
        if package["publish"].as_array().is_some_and(Vec::is_empty) {
            private.push(name);
            continue;
        }
        let manifest = std::path::Path::new(package["manifest_path"].as_str().unwrap_or_default());
        let dir = manifest.parent().unwrap_or(manifest);
        match package["readme"].as_str() {
            Some(readme) if dir.join(readme).is_file() => {}
            Some(readme) => failures.push(format!("{name}: readme {readme} does not exist")),
            None => failures.push(format!("{name}: no `readme` in Cargo.toml")),
        }
        for field in ["description", "license", "repository"] {
            if package[field].is_null() {
                failures.push(format!("{name}: no `{field}` in Cargo.toml"));
            }
        }
        publish.push(name);
    }
    publish.sort();
    private.sort();
    println!(
        "package-check: publishable: {}; not published: {}",
        publish.join(", "),
        private.join(", ")
    );

    forget_unpacked_tarballs(&publish)?;
    forget_packaged_tarballs(&root)?;
    let start = Instant::now();
    let mut package = Command::new(&cargo);
    package.args(["package", "--workspace"]).current_dir(&root);
    for name in &private {
        package.args(["--exclude", name]);
    }
    if args.no_verify {
        package.arg("--no-verify");
    }
    if args.allow_dirty {
        package.arg("--allow-dirty");
    }
    if !package.status()?.success() {
        failures.push("cargo package failed".to_string());
    }
    let packaged = start.elapsed().as_secs_f64();

    let start = Instant::now();
    let mut doc = Command::new(&cargo);
    doc.args(["doc", "--no-deps"])
        .env("RUSTDOCFLAGS", "-D warnings")
        .current_dir(&root);
    for name in &publish {
        doc.args(["-p", name]);
    }
    if !doc.status()?.success() {
        failures.push("cargo doc with -D warnings failed".to_string());
    }
    let documented = start.elapsed().as_secs_f64();

    if failures.is_empty() {
        println!(
            "package-check: ok: {} crates packaged{} in {packaged:.1} s; docs without warnings in {documented:.1} s",
            publish.len(),
            if args.no_verify {
                ""
            } else {
                " and built from their tarballs"
            },
        );
        return Ok(ExitCode::SUCCESS);
    }
    for f in &failures {
        eprintln!("package-check: FAILED: {f}");
    }
    Ok(ExitCode::FAILURE)
}

/// Removes the copies of our own crates that an earlier `cargo package --workspace` unpacked
/// from its temporary local registry (`$CARGO_HOME/registry/{src,cache}/-<hash>/<name>-<version>`).
/// Cargo names that registry by a hash that does not change between runs and does not unpack a
/// crate whose folder is already there, so without this a second run on the same machine
/// verifies each crate against the previous run's tarballs of its siblings (same name and
/// version, older code) and fails or, worse, passes on stale code. Only folders of registries
/// whose name has no host (crates.io's is `index.crates.io-...`) are touched.
fn forget_unpacked_tarballs(names: &[String]) -> crate::Result<()> {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".cargo")));
    let Some(home) = home else {
        return Ok(());
    };
    for kind in ["src", "cache"] {
        let Ok(registries) = std::fs::read_dir(home.join("registry").join(kind)) else {
            continue;
        };
        for registry in registries.flatten() {
            if !registry.file_name().to_string_lossy().starts_with('-') {
                continue;
            }
            let Ok(entries) = std::fs::read_dir(registry.path()) else {
                continue;
            };
            for entry in entries.flatten() {
                let file = entry.file_name().to_string_lossy().into_owned();
                let ours = names.iter().any(|name| {
                    file.strip_prefix(name.as_str())
                        .and_then(|rest| rest.strip_prefix('-'))
                        .is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit()))
                });
                if !ours {
                    continue;
                }
                let path = entry.path();
                let removed = if path.is_dir() {
                    std::fs::remove_dir_all(&path)
                } else {
                    std::fs::remove_file(&path)
                };
                removed.map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
    }
    Ok(())
}

/// Removes the tarballs and the temporary registry that an earlier run left in
/// `target/package/` (or `$CARGO_TARGET_DIR/package/`): cargo kept an earlier run's
/// `.crate` files there on a second run in the same clone and verified against them.
fn forget_packaged_tarballs(root: &std::path::Path) -> crate::Result<()> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .map(|t| if t.is_absolute() { t } else { root.join(t) })
        .unwrap_or_else(|| root.join("target"));
    let package = target.join("package");
    let Ok(entries) = std::fs::read_dir(&package) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let removed = if name == "tmp-registry" {
            std::fs::remove_dir_all(&path)
        } else if name.ends_with(".crate") {
            std::fs::remove_file(&path)
        } else {
            continue;
        };
        removed.map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
