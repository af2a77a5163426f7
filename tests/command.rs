//! Running a built binary of the workspace from the project root, as the command's and the
//! runner's integration tests do, and reading what it printed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs the binary at `bin` (a test's `env!("CARGO_BIN_EXE_<name>")`) with `args` from the
/// project root. `stdin` is written from another thread, so that a big input cannot dead-lock
/// against a full output pipe.
///
/// # Panics
/// When the binary cannot be started or waited for.
pub fn run(bin: &str, args: &[&str], stdin: Option<Vec<u8>>) -> Output {
    let mut cmd = Command::new(bin);
    cmd.args(args)
        .current_dir(root())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("{bin} runs: {e}"));
    let writer = stdin.map(|input| {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        std::thread::spawn(move || {
            // The binary may stop reading early only by failing; the test sees that.
            let _ = pipe.write_all(&input);
        })
    });
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("{bin} finishes: {e}"));
    if let Some(w) = writer {
        w.join().expect("writer thread");
    }
    out
}

/// The project root (the workspace folder).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Standard output, which must be UTF-8.
///
/// # Panics
/// When it is not UTF-8.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

/// Standard error, lossily decoded (for messages).
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A new empty folder under the system's temporary folder, named after the test file's
/// `group`, the test's `name` and this process.
///
/// # Panics
/// When the folder cannot be made.
pub fn temp_dir(group: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nutgraf-{group}-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The seed report as the seed snapshots pin it: the body of every
/// `tests/tests/snapshots/seed__report__*.snap` (after insta's `---` header), in name order,
/// separated by a blank line, without a final newline: what `summarize` on `seeds/` prints
/// (less its last newline).
///
/// # Panics
/// When the snapshots cannot be read, have no header, or there are none.
pub fn pinned_seed_report() -> String {
    let snaps = root().join("tests/tests/snapshots");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&snaps)
        .expect("snapshots dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("seed__report__"))
        })
        .collect();
    names.sort();
    let bodies: Vec<String> = names
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("snapshot exists");
            text.splitn(3, "---\n")
                .nth(2)
                .expect("snapshot has a header")
                .to_string()
        })
        .collect();
    let expected = bodies.join("\n");
    assert!(!expected.is_empty(), "no seed report snapshot");
    expected.trim_end().to_string()
}
