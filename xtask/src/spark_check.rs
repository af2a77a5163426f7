//! `cargo xtask spark-check`: JSON Lines articles through the release `nutgraf` binary on a
//! real Spark, in local mode with two worker threads, and the batch contract checked on what
//! comes out.
//!
//! It installs what it needs when missing: pyspark from PyPI into a virtual environment under
//! `target/spark/venv` (reused), and Java 17 from Debian's packages when no `java` is on the
//! PATH. The Spark job is `xtask/spark/pipe.py` (shown in README's scale-out section): it
//! ships the binary with `SparkContext.addFile`, reads the input in at least 4 partitions and
//! runs `rdd.pipe("nutgraf summarize --jsonl --threads 1")`. The checks: as many output lines
//! as input lines, in input order; every id exactly once; each output line byte for byte what
//! `nutgraf summarize --jsonl` prints when run directly on that one line; a line of bad JSON
//! gives its error line (the same as a direct run's, but for the line number, which counts
//! lines in the partition's stream) and the job still succeeds.
//!
//! Input: `../shared/data/summarize/cnndm_dev.jsonl` when present (or `--data`), otherwise
//! copies of the seed articles with their own ids.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use serde_json::Value;

/// The pyspark release the check installs (4.x runs on Java 17).
const PYSPARK: &str = "pyspark==4.3.0";

/// Options of `spark-check`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// JSON Lines articles ({"id", "text"} per line). Default:
    /// ../shared/data/summarize/cnndm_dev.jsonl when present, else copies of the seeds.
    #[arg(long, value_name = "PATH")]
    data: Option<PathBuf>,
    /// Copies of each seed article when there is no data set.
    #[arg(long, value_name = "N", default_value_t = 200)]
    copies: usize,
    /// Partitions Spark reads the input in, at least.
    #[arg(long, value_name = "N", default_value_t = 4)]
    partitions: usize,
}

/// Runs the task.
pub fn run(args: Args) -> crate::Result<ExitCode> {
    let start = Instant::now();
    let root = crate::input::project_root();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map_or_else(|| root.join("target"), |t| root.join(t));
    let work = target.join("spark");
    std::fs::create_dir_all(&work)?;

    // The release binary, as users ship it; Java and pyspark are installed while it builds
    // (apt and pip wait on the disk and the network more than on the processors).
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut build = Command::new(cargo)
        .args(["build", "--release", "--quiet", "-p", "nutgraf-cli"])
        .current_dir(&root)
        .spawn()?;
    let installs = ensure_java().and_then(|java| Ok((java, ensure_pyspark(&work)?)));
    let installed = start.elapsed();
    let status = build.wait()?;
    if !status.success() {
        return Err("cargo build --release -p nutgraf-cli failed".into());
    }
    let built = start.elapsed();
    let (java, python) = installs?;
    let nutgraf = target.join("release/nutgraf");

    let (source, mut lines) = input_lines(&root, &args)?;
    // A line of bad JSON in the middle: it must give its error line, not fail the job.
    let bad = "{\"id\": \"bad-json\", \"text\": \"an unterminated string".to_string();
    let bad_at = lines.len() / 2;
    lines.insert(bad_at, bad);
    let input = work.join("input.jsonl");
    let output = work.join("output.jsonl");
    let _ = std::fs::remove_file(&output);
    std::fs::write(
        &input,
        lines.iter().map(|l| format!("{l}\n")).collect::<String>(),
    )?;

    let job = Instant::now();
    let out = Command::new(&python)
        .arg(root.join("xtask/spark/pipe.py"))
        .arg(&nutgraf)
        .arg(&input)
        .arg(&output)
        .arg(args.partitions.to_string())
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .env("PYSPARK_PYTHON", &python)
        .stdin(Stdio::null())
        .output()?;
    let job_secs = job.elapsed().as_secs_f64();
    let summary = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() {
        return Err(format!(
            "the Spark job failed ({}):\n{}\n{}",
            out.status,
            summary,
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let partitions: usize = summary
        .split_whitespace()
        .find_map(|w| w.strip_prefix("partitions="))
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("the Spark job printed no partition count: {summary}"))?;
    let spark = summary
        .split_whitespace()
        .find_map(|w| w.strip_prefix("spark="))
        .unwrap_or("?")
        .to_string();
    let got = std::fs::read_to_string(&output)?;
    let got: Vec<&str> = got.lines().collect();

    // The checks.
    let mut failures = Vec::new();
    if partitions < args.partitions {
        failures.push(format!(
            "read in {partitions} partitions, fewer than {}",
            args.partitions
        ));
    }
    if got.len() != lines.len() {
        failures.push(format!("{} lines in, {} lines out", lines.len(), got.len()));
    }
    let ids_in: Vec<String> = lines.iter().map(|l| id_of(l)).collect();
    let ids_out: Vec<String> = got.iter().map(|l| id_of(l)).collect();
    let mut seen = std::collections::HashMap::new();
    for id in &ids_out {
        *seen.entry(id.as_str()).or_insert(0usize) += 1;
    }
    let distinct_in: std::collections::HashSet<&str> = ids_in.iter().map(String::as_str).collect();
    if distinct_in.len() != ids_in.len() {
        failures.push("the input repeats an id".to_string());
    }
    for id in &ids_in {
        match seen.get(id.as_str()) {
            Some(1) => {}
            Some(n) => failures.push(format!("id {id} is in the output {n} times")),
            None => failures.push(format!("id {id} is not in the output")),
        }
    }
    if ids_in != ids_out && failures.is_empty() {
        failures.push("the output is not in input order".to_string());
    }
    let direct = Instant::now();
    let mut identical = 0usize;
    for (i, line) in lines.iter().enumerate() {
        let Some(spark) = got.get(i) else { break };
        let alone = run_direct(&nutgraf, line)?;
        if i == bad_at {
            let ok = spark.contains("\"error\"")
                && spark.contains("invalid JSON")
                && without_line_number(spark) == without_line_number(&alone);
            if !ok {
                failures.push(format!(
                    "the bad JSON line gave {spark:?}; run directly: {alone:?}"
                ));
            }
        } else if *spark == alone {
            identical += 1;
        } else {
            failures.push(format!(
                "line {}: Spark's output differs from a direct run",
                i + 1
            ));
        }
    }
    let direct_secs = direct.elapsed().as_secs_f64();

    // GNU parallel, when it is installed: the same input in blocks, one nutgraf per block,
    // order kept; the same lines as one direct run on the whole input (the bad line's number
    // aside, which counts lines of its block).
    let parallel = match Command::new("parallel").arg("--version").output() {
        Ok(o) if o.status.success() => {
            let whole = run_file(
                Command::new(&nutgraf).args(["summarize", "--jsonl", "--threads", "1"]),
                &input,
            )?;
            let blocks = run_file(
                Command::new("parallel")
                    .args(["--will-cite", "--pipe", "--keep-order", "--block", "64k"])
                    .arg(&nutgraf)
                    .args(["summarize", "--jsonl", "--threads", "1"]),
                &input,
            )?;
            let same = whole.lines().count() == lines.len()
                && whole.lines().count() == blocks.lines().count()
                && whole
                    .lines()
                    .zip(blocks.lines())
                    .all(|(a, b)| without_line_number(a) == without_line_number(b));
            if !same {
                failures.push("GNU parallel's output differs from a direct run's".to_string());
            }
            format!(
                "GNU parallel --pipe --keep-order --block 64k: {} lines, {}",
                blocks.lines().count(),
                if same {
                    "the same as one direct run"
                } else {
                    "DIFFERENT from a direct run"
                }
            )
        }
        _ => "GNU parallel: not installed, not checked".to_string(),
    };

    println!("spark-check: {source}");
    println!(
        "  Spark {spark} (pyspark, {java}), local[2]: {} lines in {partitions} partitions through `nutgraf summarize --jsonl --threads 1` (rdd.pipe, binary shipped with addFile): {job_secs:.1} s",
        lines.len(),
    );
    println!(
        "  {} lines out, in input order; {} ids, each exactly once; {identical} of {} article lines byte-identical to a direct run ({direct_secs:.1} s); the bad-JSON line (line {}) gave its error line and the job succeeded",
        got.len(),
        distinct_in.len(),
        lines.len() - 1,
        bad_at + 1,
    );
    println!("  {parallel}");
    println!(
        "  time: release build {:.1} s (installs {:.1} s of it, alongside), total {:.1} s",
        built.as_secs_f64(),
        installed.as_secs_f64(),
        start.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        println!("spark-check: ok");
        return Ok(ExitCode::SUCCESS);
    }
    for f in failures.iter().take(20) {
        eprintln!("spark-check: FAILED: {f}");
    }
    Ok(ExitCode::FAILURE)
}

/// The articles, one JSON line each, and where they came from.
fn input_lines(root: &Path, args: &Args) -> crate::Result<(String, Vec<String>)> {
    let default = root.join("../shared/data/summarize/cnndm_dev.jsonl");
    let path = args.data.clone().unwrap_or(default);
    if path.exists() {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let lines: Vec<String> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect();
        return Ok((format!("{} ({} lines)", path.display(), lines.len()), lines));
    }
    if args.data.is_some() {
        return Err(format!("{}: no such file", path.display()).into());
    }
    let mut lines = Vec::new();
    for source in crate::input::seeds()? {
        let text = source.read_text(nutgraf::DEFAULT_MAX_BYTES)?;
        for copy in 0..args.copies {
            let id = format!("{}#{copy}", source.name());
            lines.push(serde_json::json!({ "id": id, "text": text }).to_string());
        }
    }
    Ok((
        format!(
            "{} copies of each seed article with their own ids (../shared/data is missing)",
            args.copies
        ),
        lines,
    ))
}

/// The id of a JSON line as JSON text (`null` when it has none or is not JSON).
fn id_of(line: &str) -> String {
    serde_json::from_str::<Value>(line)
        .ok()
        .and_then(|v| v.get("id").cloned())
        .unwrap_or(Value::Null)
        .to_string()
}

/// What `nutgraf summarize --jsonl` prints for `line` alone, without its final newline.
fn run_direct(nutgraf: &Path, line: &str) -> crate::Result<String> {
    let mut child = Command::new(nutgraf)
        .args(["summarize", "--jsonl", "--threads", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    stdin.write_all(line.as_bytes())?;
    stdin.write_all(b"\n")?;
    drop(stdin);
    let out = child.wait_with_output()?;
    let text = String::from_utf8(out.stdout)?;
    Ok(text.strip_suffix('\n').unwrap_or(&text).to_string())
}

/// What `cmd` prints with the file at `input` on its standard input; it must succeed or
/// exit 1 (some line gave an error line).
fn run_file(cmd: &mut Command, input: &Path) -> crate::Result<String> {
    let out = cmd
        .stdin(std::fs::File::open(input)?)
        .stderr(Stdio::null())
        .output()?;
    if !matches!(out.status.code(), Some(0 | 1)) {
        return Err(format!("{cmd:?} failed: {}", out.status).into());
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// An error line with its `line N: ` prefix taken out.
fn without_line_number(line: &str) -> String {
    match line.find("\"error\":\"line ") {
        Some(at) => {
            let rest = &line[at + "\"error\":\"line ".len()..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            format!("{}\"error\":\"line N{}", &line[..at], &rest[digits..])
        }
        None => line.to_string(),
    }
}

/// Java's version line; installs Debian's Java 17 when there is no `java` on the PATH.
fn ensure_java() -> crate::Result<String> {
    let version = || {
        Command::new("java")
            .arg("-version")
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| {
                String::from_utf8_lossy(&o.stderr)
                    .lines()
                    .next()
                    .unwrap_or("java")
                    .to_string()
            })
    };
    if let Some(v) = version() {
        return Ok(v);
    }
    eprintln!("spark-check: no java on the PATH; installing Debian's openjdk-17-jre-headless");
    let ok = Command::new("apt-get").arg("update").status()?.success()
        && Command::new("apt-get")
            .args(["install", "-y", "openjdk-17-jre-headless"])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()?
            .success();
    if !ok {
        return Err("apt-get install openjdk-17-jre-headless failed".into());
    }
    version().ok_or_else(|| "java is still not on the PATH after installing it".into())
}

/// The virtual environment's python, with pyspark installed in it (once).
fn ensure_pyspark(work: &Path) -> crate::Result<PathBuf> {
    let venv = work.join("venv");
    let python = venv.join("bin/python");
    let has_pyspark = |python: &Path| {
        Command::new(python)
            .args(["-c", "import pyspark"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if python.exists() && has_pyspark(&python) {
        return Ok(python);
    }
    eprintln!(
        "spark-check: installing {PYSPARK} into {} (about 300 MB, once)",
        venv.display()
    );
    if !python.exists() {
        let ok = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()?
            .success();
        if !ok {
            return Err("python3 -m venv failed".into());
        }
    }
    let ok = Command::new(&python)
        .args(["-m", "pip", "install", "--quiet", PYSPARK])
        .status()?
        .success();
    if !ok || !has_pyspark(&python) {
        return Err(format!("pip install {PYSPARK} failed").into());
    }
    Ok(python)
}
