//! Same input, same bytes: the report's JSON and its text rendering do not depend on the run,
//! on the pipeline instance or what it analysed before (its per-language cache), on the order
//! documents are analysed in, or on how many threads share the work.
//!
//! Hash maps get new random keys for every instance, so a hash order that reached the output
//! would show up as a difference between repeated runs in one process; each document is
//! analysed many times to make that likely. The runner's byte-for-byte comparison across
//! processes and `--threads` is in `crates/cli/tests/batch.rs`.

use nutgraf::{Config, Pipeline};
use rayon::prelude::*;

/// The documents: the seed articles, the UTF-8 files of the adversarial corpus, and a few
/// texts in other languages and scripts.
fn documents() -> Vec<(String, String)> {
    let mut docs = nutgraf_tests::seeds();
    docs.extend(nutgraf_tests::adversarial_texts());
    let others = [
        "Der Bundestag hat am 3. Oktober ein Gesetz beschlossen. Die Opposition, z.B. die Grünen, stimmte dagegen. Der Kanzler sprach von einem guten Tag.",
        "Le président a rencontré M. Dupont à Paris. Ils ont parlé du commerce. « Nous sommes prêts », a-t-il dit.",
        "Президент России прибыл в Пекин. Торговля между странами выросла, т.е. на 30 %. Переговоры продолжатся завтра.",
        "我们今天去北京参观了故宫。天气很好，人也很多！明天我们去长城吗？",
        "El presidente llegó a Madrid. ¿Crecerá el comercio? Los ministros, p. ej. el de Economía, lo creen.",
        "Trade trade trade. Trade grew. Trade fell. Trade grew again, and trade fell again.",
    ];
    for (i, t) in others.iter().enumerate() {
        docs.push((format!("other-{i}"), (*t).to_string()));
    }
    docs
}

/// The output bytes for one document: the JSON report and the text rendering.
fn output(pipeline: &Pipeline, name: &str, text: &str) -> String {
    match pipeline.analyze(text) {
        Ok(r) => {
            let json = serde_json::to_string(&r).expect("report serializes");
            format!("{json}\n{}", nutgraf::render_text(name, &r))
        }
        Err(e) => format!("error: {e}"),
    }
}

fn configs() -> Vec<Config> {
    let mut no_clean = Config::default();
    no_clean.clean = nutgraf::CleanConfig::disabled();
    let mut given = Config::default();
    given.language = Some("eng".to_string());
    vec![Config::default(), no_clean, given]
}

#[test]
fn repeated_runs_and_fresh_pipelines_agree() {
    let docs = documents();
    assert!(docs.len() >= 10);
    for config in configs() {
        let shared = Pipeline::new(config.clone());
        for (name, text) in &docs {
            let first = output(&Pipeline::new(config.clone()), name, text);
            for run in 0..8 {
                assert_eq!(
                    output(&shared, name, text),
                    first,
                    "{name}: run {run} of a shared pipeline differs from a fresh one"
                );
            }
        }
    }
}

#[test]
fn order_of_documents_does_not_matter() {
    let docs = documents();
    let forward = Pipeline::default();
    let expected: Vec<String> = docs.iter().map(|(n, t)| output(&forward, n, t)).collect();
    // A pipeline that saw the documents in reverse (other languages' tools cached first).
    let backward = Pipeline::default();
    let mut got: Vec<String> = docs
        .iter()
        .rev()
        .map(|(n, t)| output(&backward, n, t))
        .collect();
    got.reverse();
    assert_eq!(got, expected);
}

#[test]
fn thread_counts_do_not_matter() {
    let docs = documents();
    let sequential = Pipeline::default();
    let expected: Vec<String> = docs
        .iter()
        .map(|(n, t)| output(&sequential, n, t))
        .collect();
    for threads in [1, 2, 4] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool");
        // One pipeline shared by all threads, its cache filled concurrently.
        let shared = Pipeline::default();
        let got: Vec<String> = pool.install(|| {
            docs.par_iter()
                .map(|(n, t)| output(&shared, n, t))
                .collect()
        });
        assert_eq!(got, expected, "{threads} threads");
    }
    // Plain threads racing on the same documents.
    let shared = Pipeline::default();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    docs.iter()
                        .map(|(n, t)| output(&shared, n, t))
                        .collect::<Vec<String>>()
                })
            })
            .collect();
        for h in handles {
            assert_eq!(h.join().expect("no panic"), expected);
        }
    });
}

#[test]
fn stages_are_deterministic_on_their_own() {
    for (_, text) in documents() {
        let c1 = nutgraf::clean(&text, &nutgraf::CleanConfig::default());
        let c2 = nutgraf::clean(&text, &nutgraf::CleanConfig::default());
        assert_eq!(c1, c2);
        let splitter = nutgraf_tokenize::SentenceSplitter::for_code("eng");
        assert_eq!(splitter.split(&text), splitter.split(&text));
        assert_eq!(
            nutgraf_tokenize::tokenize(&text),
            nutgraf_tokenize::tokenize(&text)
        );
        let d1 = nutgraf_lang::detect(&text).map(|d| (d.code(), d.confidence().to_bits()));
        let d2 = nutgraf_lang::detect(&text).map(|d| (d.code(), d.confidence().to_bits()));
        assert_eq!(d1, d2);
        // Interned ids are given in order of first occurrence: identical across builds.
        let analyzer = nutgraf_tokenize::Analyzer::for_code("eng");
        let a = nutgraf_tokenize::Document::new(&text, &splitter, &analyzer);
        let b = nutgraf_tokenize::Document::new(&text, &splitter, &analyzer);
        assert_eq!(a.tokens(), b.tokens());
    }
}
