//! `cargo xtask bench`: throughput per stage and end to end on real articles, each beside a
//! baseline measured in the same run; cost against document size; scaling with threads.
//!
//! Timings use the wall clock and are medians of several repetitions; they are for the
//! bench table only and never reach any other output.

use std::hint::black_box;
use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
use rayon::prelude::*;
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// Options of `bench`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// JSON Lines with a "text" field per article (default: ../shared/data/summarize/cnndm_dev.jsonl,
    /// or the seeds when that is missing).
    #[arg(long)]
    data: Option<PathBuf>,
    /// Repetitions per measurement; the median is reported.
    #[arg(long, default_value_t = 5)]
    reps: usize,
    /// JSON Lines of Chinese texts for the Chinese words row (default:
    /// ../shared/data/segment/pku_test_gold.jsonl, or a paragraph of the bench's own).
    #[arg(long)]
    zh_data: Option<PathBuf>,
    /// Skip the cost-against-size table (its 10 MB document takes a few seconds).
    #[arg(long)]
    no_scaling: bool,
    /// Saved web pages for the HTML stage, `*.html` or `*.html.gz` (default:
    /// ../shared/data/html/pages; the stage is skipped when that is missing).
    #[arg(long)]
    pages: Option<PathBuf>,
    /// Only the HTML stage (web pages: extraction, and the whole pipeline).
    #[arg(long)]
    html_only: bool,
    /// Print as JSON instead of a table.
    #[arg(long, value_enum, default_value_t = crate::Format::Text)]
    format: crate::Format,
}

/// One row of the stage table.
#[derive(Serialize)]
struct Row {
    stage: &'static str,
    articles_per_sec: f64,
    mb_per_sec: f64,
    baseline: &'static str,
    baseline_articles_per_sec: Option<f64>,
    ratio: Option<f64>,
}

/// One row of the cost-against-size table.
#[derive(Serialize)]
struct SizeRow {
    bytes: usize,
    sentences: usize,
    ms: f64,
    us_per_kb: f64,
}

#[derive(Serialize)]
struct Threads {
    one_thread_articles_per_sec: f64,
    two_threads_articles_per_sec: f64,
    speedup: f64,
}

#[derive(Serialize)]
struct BenchReport {
    data: String,
    articles: usize,
    megabytes: f64,
    cores: usize,
    reps: usize,
    stages: Vec<Row>,
    threads: Threads,
    scaling: Vec<SizeRow>,
}

/// Runs `f` over all texts `reps` times; the median wall time of one pass.
pub fn time_pass(reps: usize, texts: &[String], mut f: impl FnMut(&str) -> usize) -> Duration {
    let mut times: Vec<Duration> = (0..reps.max(1))
        .map(|_| {
            let start = Instant::now();
            let mut sink = 0usize;
            for t in texts {
                sink = sink.wrapping_add(f(t));
            }
            black_box(sink);
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn load(data: &Option<PathBuf>) -> crate::Result<(String, Vec<String>)> {
    let default = crate::input::project_root().join("../shared/data/summarize/cnndm_dev.jsonl");
    let path = data.clone().unwrap_or(default);
    if !path.exists() && data.is_none() {
        let texts: Vec<String> = crate::input::expand(&[], false)?
            .iter()
            .map(|s| s.read_text(nutgraf::DEFAULT_MAX_BYTES))
            .collect::<crate::Result<_>>()?;
        return Ok(("seeds/ (../shared/data is missing)".to_string(), texts));
    }
    let file = std::fs::File::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut texts = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{}: line {}: {e}", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)
            .map_err(|e| format!("{}: line {}: {e}", path.display(), n + 1))?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            texts.push(t.to_string());
        }
    }
    if texts.is_empty() {
        return Err(format!("{}: no \"text\" rows", path.display()).into());
    }
    Ok((path.display().to_string(), texts))
}

/// The saved pages of a folder, in name order.
fn load_pages(dir: &std::path::Path) -> crate::Result<Vec<Vec<u8>>> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| {
            n.strip_suffix(".html.gz")
                .or_else(|| n.strip_suffix(".html"))
                .map(str::to_string)
        })
        .collect();
    names.sort();
    names.dedup();
    names
        .iter()
        .map(|id| crate::eval_extract::read_page(dir, id))
        .collect()
}

/// Runs `f` over all pages `reps` times; the median wall time of one pass.
fn time_pages(reps: usize, pages: &[Vec<u8>], mut f: impl FnMut(&[u8]) -> usize) -> Duration {
    let mut times: Vec<Duration> = (0..reps.max(1))
        .map(|_| {
            let start = Instant::now();
            let mut sink = 0usize;
            for p in pages {
                sink = sink.wrapping_add(f(p));
            }
            black_box(sink);
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// The HTML stage: pages per second for extraction and for the whole pipeline, each beside
/// the extraction library alone (dom_smoothie) in the same run.
fn html_rows(args: &Args) -> crate::Result<Vec<Row>> {
    let default = crate::input::project_root().join("../shared/data/html/pages");
    let dir = args.pages.clone().unwrap_or(default);
    if !dir.exists() && args.pages.is_none() {
        eprintln!("bench: no pages at {}; HTML stage skipped", dir.display());
        return Ok(Vec::new());
    }
    let pages = load_pages(&dir)?;
    if pages.is_empty() {
        return Err(format!("{}: no *.html or *.html.gz pages", dir.display()).into());
    }
    let n = pages.len() as f64;
    let mb = pages.iter().map(Vec::len).sum::<usize>() as f64 / 1e6;
    eprintln!(
        "bench: {} pages ({mb:.1} MB) from {}",
        pages.len(),
        dir.display()
    );
    let pipeline = nutgraf::Pipeline::default();
    let reps = args.reps;
    // The three passes take turns within each repetition, so a load that comes and goes on
    // the machine falls on all of them alike.
    let (mut lib_t, mut ours_t, mut whole_t) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..reps.max(1) {
        lib_t.push(time_pages(1, &pages, |p| {
            crate::eval_extract::library_alone(p).len()
        }));
        ours_t.push(time_pages(1, &pages, |p| {
            nutgraf_extract::extract(p).map_or(0, |a| a.paragraphs.len())
        }));
        whole_t.push(time_pages(1, &pages, |p| {
            pipeline.analyze_html(p).map_or(0, |r| r.sentences.len())
        }));
    }
    let median = |mut v: Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (library, ours, whole) = (median(lib_t), median(ours_t), median(whole_t));
    let rate = |d: Duration| n / d.as_secs_f64().max(1e-12);
    let row = |stage, d: Duration| Row {
        stage,
        articles_per_sec: rate(d),
        mb_per_sec: mb / d.as_secs_f64().max(1e-12),
        baseline: "dom_smoothie 0.19 alone (pages/s)",
        baseline_articles_per_sec: Some(rate(library)),
        ratio: Some(rate(d) / rate(library)),
    };
    Ok(vec![
        row("html: extraction (pages/s)", ours),
        row("html: end to end (extract + analyse)", whole),
    ])
}

/// Runs the benchmarks.
pub fn run(args: Args) -> crate::Result<ExitCode> {
    if cfg!(debug_assertions) {
        eprintln!("warning: a debug build; run `cargo xtask bench` (the alias builds in release)");
    }
    if args.html_only {
        let stages = html_rows(&args)?;
        let report = BenchReport {
            data: String::new(),
            articles: 0,
            megabytes: 0.0,
            cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
            reps: args.reps,
            stages,
            threads: Threads {
                one_thread_articles_per_sec: 0.0,
                two_threads_articles_per_sec: 0.0,
                speedup: 0.0,
            },
            scaling: Vec::new(),
        };
        match args.format {
            crate::Format::Json => println!("{}", serde_json::to_string_pretty(&report)?),
            crate::Format::Text => print_text(&report),
        }
        return Ok(ExitCode::SUCCESS);
    }
    let (data, texts) = load(&args.data)?;
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    let n = texts.len() as f64;
    let reps = args.reps;
    let rate = |d: Duration| n / d.as_secs_f64().max(1e-12);

    let splitter = SentenceSplitter::for_code("eng");
    let analyzer = Analyzer::for_code("eng");
    let pipeline = nutgraf::Pipeline::default();
    let extractor = nutgraf_keywords::Extractor::default();
    let yake_stop =
        yake_rust::StopWords::predefined("en").ok_or("yake-rust has no English stopwords")?;
    let yake_config = yake_rust::Config {
        ngrams: 3,
        ..yake_rust::Config::default()
    };
    let mut stages = Vec::new();
    let mut row = |stage, ours: Duration, baseline, base: Option<Duration>| {
        let r = rate(ours);
        let b = base.map(rate);
        stages.push(Row {
            stage,
            articles_per_sec: r,
            mb_per_sec: mb / ours.as_secs_f64().max(1e-12),
            baseline,
            baseline_articles_per_sec: b,
            ratio: b.map(|b| r / b),
        });
    };
    eprintln!("bench: {} articles ({mb:.1} MB) from {data}", texts.len());

    let ours = time_pass(reps, &texts, |t| splitter.split(t).len());
    let base = time_pass(reps, &texts, |t| t.split_sentence_bound_indices().count());
    row(
        "sentences",
        ours,
        "unicode-segmentation UAX#29 sentences",
        Some(base),
    );

    let ours = time_pass(reps, &texts, |t| nutgraf_tokenize::tokenize(t).len());
    let base = time_pass(reps, &texts, |t| t.split_word_bound_indices().count());
    row(
        "words",
        ours,
        "unicode-segmentation UAX#29 words",
        Some(base),
    );

    let ours = time_pass(reps, &texts, |t| {
        Document::new(t, &splitter, &analyzer).tokens().len()
    });
    row("sentences+words+stems", ours, "-", None);

    let ours = time_pass(reps, &texts, |t| {
        nutgraf_lang::detect(t).map_or(0, |d| d.code().len())
    });
    let base = time_pass(reps, &texts, |t| {
        whatlang::detect(t).map_or(0, |d| d.lang().code().len())
    });
    row("language", ours, "whatlang 0.18 detect", Some(base));

    let ours = time_pass(reps, &texts, |t| {
        extractor
            .extract(&Document::new(t, &splitter, &analyzer))
            .len()
    });
    let base_reps = reps.clamp(1, 3);
    let base = time_pass(base_reps, &texts, |t| {
        yake_rust::get_n_best(10, t, &yake_stop, &yake_config).len()
    });
    row(
        "keyphrases (with tokenizing)",
        ours,
        "yake-rust 1.0.3, 3-grams, top 10",
        Some(base),
    );

    let lede_pass = time_pass(reps, &texts, |t| {
        lede::summarize(t, 400, lede::Mode::Default).summary.len()
    });
    let ours = time_pass(reps, &texts, |t| {
        pipeline.analyze(t).map_or(0, |r| r.sentences.len())
    });
    row(
        "end to end (all stages, summary included)",
        ours,
        "lede 0.5.1 summarize alone",
        Some(lede_pass),
    );

    // The batch path as users run it, `nutgraf summarize --jsonl --threads 1`: JSON Lines in
    // (the articles with an id each), the whole report as JSON Lines out, one thread, through
    // the nutgraf command's own code (options parsed by its clap definitions, its JSON Lines
    // reader, chunking, parsing and writer), reading memory and writing to a buffer instead of
    // standard input and output. Beside the pipeline alone, timed just above.
    let jsonl: String = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            format!(
                "{}\n",
                serde_json::json!({ "id": format!("a{i}"), "text": t })
            )
        })
        .collect();
    let cli = <nutgraf_cli::Cli as clap::Parser>::try_parse_from([
        "nutgraf",
        "summarize",
        "--jsonl",
        "--threads",
        "1",
    ])?;
    let nutgraf_cli::Command::Summarize(summarize) = cli.command else {
        return Err("`nutgraf summarize` did not parse as summarize".into());
    };
    let batch_pipeline = nutgraf::Pipeline::new(summarize.doc.config());
    let line = nutgraf_cli::common::analyze_line(&batch_pipeline, nutgraf_cli::jsonl::result_line);
    let one_thread = rayon::ThreadPoolBuilder::new().num_threads(1).build()?;
    let mut out: Vec<u8> = Vec::new();
    let mut failed = None;
    // Passes of the batch and of the pipeline alone alternate, both on the one thread of the
    // same pool, so that a change in the machine's load touches both alike; the medians are
    // compared.
    let (mut batch_times, mut alone_times) = (Vec::new(), Vec::new());
    for _ in 0..reps.max(1) {
        batch_times.push(one_thread.install(|| {
            time_pass(1, &[String::new()], |_| {
                out.clear();
                let mut progress = nutgraf_cli::progress::Progress::hidden("documents");
                let mut input = jsonl.as_bytes();
                match nutgraf_cli::jsonl::run_reader(
                    &mut input,
                    "bench",
                    summarize.doc.max_bytes,
                    &mut out,
                    &line,
                    &mut progress,
                ) {
                    Ok(counts) => counts.lines,
                    Err(e) => {
                        failed = Some(e.to_string());
                        0
                    }
                }
            })
        }));
        // On the same one-thread pool as the batch: timed on the main thread instead, the
        // pipeline alone kept its core's caches warm while the batch moved to the pool's
        // thread, and perhaps the other core, at every pass (5 to 9% of the gap measured).
        alone_times.push(one_thread.install(|| {
            time_pass(1, &texts, |t| {
                batch_pipeline.analyze(t).map_or(0, |r| r.sentences.len())
            })
        }));
    }
    if let Some(e) = failed {
        return Err(format!("the batch path failed: {e}").into());
    }
    batch_times.sort();
    alone_times.sort();
    let batch = batch_times[batch_times.len() / 2];
    let pipeline_alone = alone_times[alone_times.len() / 2];
    row(
        "batch: summarize --jsonl, report JSONL out",
        batch,
        "the pipeline alone, alternating passes",
        Some(pipeline_alone),
    );

    // Chinese words: its own texts, so its own rates; shown after the words row.
    let (source, zh_n, zh_mb, ours, base) =
        crate::bench_words::measure(args.zh_data.as_deref(), reps);
    let zh_rate = |d: Duration| zh_n as f64 / d.as_secs_f64().max(1e-12);
    eprintln!("bench: Chinese words on {zh_n} {source}");
    stages.insert(
        2.min(stages.len()),
        Row {
            stage: "words, Chinese (texts/s)",
            articles_per_sec: zh_rate(ours),
            mb_per_sec: zh_mb / ours.as_secs_f64().max(1e-12),
            baseline: "jieba-rs 0.11 cut, no HMM",
            baseline_articles_per_sec: Some(zh_rate(base)),
            ratio: Some(base.as_secs_f64() / ours.as_secs_f64().max(1e-12)),
        },
    );

    let html = html_rows(&args)?;
    stages.extend(html);

    // Threads: the same batch on a pool of one and of two threads.
    let batch = |threads: usize| -> crate::Result<Duration> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()?;
        Ok(pool.install(|| {
            time_pass(reps, &[String::new()], |_| {
                texts
                    .par_iter()
                    .map(|t| pipeline.analyze(t).map_or(0, |r| r.sentences.len()))
                    .sum()
            })
        }))
    };
    let one = rate(batch(1)?);
    let two = rate(batch(2)?);
    let threads = Threads {
        one_thread_articles_per_sec: one,
        two_threads_articles_per_sec: two,
        speedup: two / one,
    };

    // Cost against size: documents built by repeating the articles, with the clean-up off
    // (it would set the repeated lines aside as duplicates and hide the cost of the rest).
    let mut scaling = Vec::new();
    if !args.no_scaling {
        let mut config = nutgraf::Config::default();
        config.clean = nutgraf::CleanConfig::disabled();
        let pipeline = nutgraf::Pipeline::new(config);
        let corpus: String = texts.join("\n");
        for size in [1_000usize, 10_000, 100_000, 1_000_000, 10_000_000] {
            let mut doc = String::with_capacity(size + corpus.len());
            while doc.len() < size {
                doc.push_str(&corpus);
                doc.push('\n');
            }
            let mut cut = size.min(doc.len());
            while !doc.is_char_boundary(cut) {
                cut -= 1;
            }
            doc.truncate(cut);
            let doc_reps = if size >= 1_000_000 { 1 } else { reps };
            let mut sentences = 0;
            let d = time_pass(doc_reps, std::slice::from_ref(&doc), |t| {
                let r = pipeline.analyze(t).map_or(0, |r| r.sentences.len());
                sentences = r;
                r
            });
            let ms = d.as_secs_f64() * 1e3;
            scaling.push(SizeRow {
                bytes: doc.len(),
                sentences,
                ms,
                us_per_kb: d.as_secs_f64() * 1e6 / (doc.len() as f64 / 1024.0),
            });
        }
    }

    let report = BenchReport {
        data,
        articles: texts.len(),
        megabytes: mb,
        cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        reps,
        stages,
        threads,
        scaling,
    };
    match args.format {
        crate::Format::Json => println!("{}", serde_json::to_string_pretty(&report)?),
        crate::Format::Text => print_text(&report),
    }
    Ok(ExitCode::SUCCESS)
}

fn print_text(r: &BenchReport) {
    println!(
        "nutgraf bench: {} articles, {:.2} MB, from {} (median of {} runs, 1 thread unless said; {} cores)",
        r.articles, r.megabytes, r.data, r.reps, r.cores
    );
    println!();
    println!(
        "| {:<42} | {:>10} | {:>8} | {:<38} | {:>10} | {:>8} |",
        "stage", "articles/s", "MB/s", "baseline (same run)", "articles/s", "ratio"
    );
    println!(
        "|{:-<44}|{:->12}|{:->10}|{:-<40}|{:->12}|{:->10}|",
        "", "", "", "", "", ""
    );
    for row in &r.stages {
        let (b, ratio) = match (row.baseline_articles_per_sec, row.ratio) {
            (Some(b), Some(x)) => (format!("{b:.0}"), format!("{x:.2}x")),
            _ => ("-".to_string(), "-".to_string()),
        };
        println!(
            "| {:<42} | {:>10.0} | {:>8.1} | {:<38} | {:>10} | {:>8} |",
            row.stage, row.articles_per_sec, row.mb_per_sec, row.baseline, b, ratio
        );
    }
    if r.threads.one_thread_articles_per_sec == 0.0 {
        return;
    }
    println!();
    println!(
        "threads (end to end, rayon): 1 thread {:.0} articles/s, 2 threads {:.0} articles/s, speed-up {:.2}x",
        r.threads.one_thread_articles_per_sec,
        r.threads.two_threads_articles_per_sec,
        r.threads.speedup
    );
    if !r.scaling.is_empty() {
        println!();
        println!(
            "cost against size (end to end, clean-up off, one document built by repeating the articles):"
        );
        println!(
            "| {:>12} | {:>9} | {:>10} | {:>8} |",
            "bytes", "sentences", "ms", "us/KB"
        );
        println!("|{:->14}|{:->11}|{:->12}|{:->10}|", "", "", "", "");
        for s in &r.scaling {
            println!(
                "| {:>12} | {:>9} | {:>10.2} | {:>8.1} |",
                s.bytes, s.sentences, s.ms, s.us_per_kb
            );
        }
    }
}
