//! Behaviour of every algorithm: budgets, order, spans, determinism, edge cases.

use nutgraf_summarize::{Algorithm, Budget, Extract, Idf, Summarizer};
use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};

fn doc<'t>(text: &'t str, lang: &str) -> Document<'t> {
    Document::new(
        text,
        &SentenceSplitter::for_code(lang),
        &Analyzer::for_code(lang),
    )
}

fn indices(summary: &[Extract]) -> Vec<usize> {
    summary.iter().map(|e| e.index).collect()
}

fn seed() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    std::fs::read_to_string(&paths[0]).expect("seed is UTF-8")
}

/// The invariants every summary keeps, whatever the algorithm and budget.
fn check(d: &Document<'_>, budget: Budget, summary: &[Extract]) {
    let n = d.sentences().len();
    if n == 0 {
        assert!(summary.is_empty());
        return;
    }
    assert!(!summary.is_empty(), "a non-empty document gets a sentence");
    assert!(
        summary.windows(2).all(|w| w[0].index < w[1].index),
        "document order, no repeats"
    );
    for e in summary {
        assert!(e.index < n);
        assert_eq!(e.span, d.sentences()[e.index].span);
        assert!(d.text().get(e.span.clone()).is_some());
        assert!(e.score.is_finite());
    }
    let words = |e: &Extract| {
        d.sentence_tokens(e.index)
            .iter()
            .filter(|t| t.is_word())
            .count()
    };
    let total: usize = summary.iter().map(words).sum();
    if summary.len() > 1 {
        match budget {
            Budget::Sentences(k) => assert!(summary.len() <= k),
            Budget::Words(w) => assert!(total <= w, "{total} words > {w}"),
            Budget::Ratio(r) => {
                let all: usize = (0..n)
                    .map(|i| d.sentence_tokens(i).iter().filter(|t| t.is_word()).count())
                    .sum();
                assert!(total as f64 <= r * all as f64);
            }
        }
    }
}

#[test]
fn names_round_trip() {
    let mut names: Vec<&str> = Algorithm::ALL.iter().map(|a| a.name()).collect();
    for a in Algorithm::ALL {
        assert_eq!(a.name().parse::<Algorithm>(), Ok(a));
        assert_eq!(a.name().to_uppercase().parse::<Algorithm>(), Ok(a));
        assert_eq!(a.to_string(), a.name());
    }
    assert_eq!("default".parse::<Algorithm>(), Ok(Algorithm::default()));
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), Algorithm::ALL.len());
    let err = "pagerank".parse::<Algorithm>().unwrap_err().to_string();
    assert!(err.contains("pagerank") && err.contains("lexrank"), "{err}");
}

#[test]
fn empty_and_blank_documents_give_nothing() {
    for text in ["", "   \n\n  ", "\u{feff}"] {
        let d = doc(text, "eng");
        for a in Algorithm::ALL {
            let s = Summarizer::new(a, Budget::default()).summarize(&d);
            check(&d, Budget::default(), &s);
        }
    }
}

#[test]
fn one_sentence_is_always_returned() {
    let text = "The only sentence of this article is rather long and says everything.";
    let d = doc(text, "eng");
    assert_eq!(d.sentences().len(), 1);
    for a in Algorithm::ALL {
        for budget in [
            Budget::Sentences(0),
            Budget::Sentences(3),
            Budget::Words(0),
            Budget::Words(2),
            Budget::Ratio(0.0),
            Budget::Ratio(f64::NAN),
            Budget::Ratio(-1.0),
            Budget::Ratio(7.0),
        ] {
            let s = Summarizer::new(a, budget).summarize(&d);
            assert_eq!(indices(&s), [0], "{a} {budget:?}");
        }
    }
}

#[test]
fn lead_takes_the_first_sentences() {
    let seed = seed();
    let d = doc(&seed, "eng");
    let s = Summarizer::new(Algorithm::Lead, Budget::Sentences(3)).summarize(&d);
    assert_eq!(indices(&s), [0, 1, 2]);
    let s = Summarizer::new(Algorithm::Lead, Budget::Sentences(1)).summarize(&d);
    assert_eq!(indices(&s), [0]);
}

#[test]
fn budgets_hold_on_the_seed() {
    let seed = seed();
    let d = doc(&seed, "eng");
    for a in Algorithm::ALL {
        for budget in [
            Budget::Sentences(1),
            Budget::Sentences(3),
            Budget::Sentences(5),
            Budget::Sentences(1000),
            Budget::Words(1),
            Budget::Words(40),
            Budget::Words(80),
            Budget::Words(100_000),
            Budget::Ratio(0.1),
            Budget::Ratio(0.25),
            Budget::Ratio(1.0),
        ] {
            let s = Summarizer::new(a, budget).summarize(&d);
            check(&d, budget, &s);
            if let Budget::Sentences(k) = budget {
                // The default leaves out sentences that repeat a chosen one (the seed has a
                // caption twice), so it fills small budgets but not "everything".
                if a != Algorithm::Nutgraf || k <= 5 {
                    assert_eq!(s.len(), k.min(d.sentences().len()), "{a} fills {budget:?}");
                }
            }
            let texts: Vec<&str> = s.iter().map(|e| d.sentence_text(e.index)).collect();
            if a == Algorithm::Nutgraf {
                for (i, t) in texts.iter().enumerate() {
                    assert!(!texts[..i].contains(t), "{budget:?}: {t} twice");
                }
            }
        }
        let all = Summarizer::new(a, Budget::Ratio(1.0)).summarize(&d);
        if a == Algorithm::Nutgraf {
            // Everything but what repeats a chosen sentence: the caption's second copy, and
            // sentences of the Editor's P/S that restate the article.
            let picked = indices(&all);
            let caption = |i: usize| d.sentence_text(i).starts_with("The Russian flag flies");
            assert_eq!(
                picked.iter().filter(|&&i| caption(i)).count(),
                1,
                "{picked:?}"
            );
            assert!(picked.len() + 4 >= d.sentences().len(), "{picked:?}");
        } else {
            assert_eq!(
                all.len(),
                d.sentences().len(),
                "{a}: ratio 1 takes everything"
            );
        }
    }
}

#[test]
fn deterministic() {
    let seed = seed();
    let d1 = doc(&seed, "eng");
    let d2 = doc(&seed, "eng");
    for a in Algorithm::ALL {
        let s = Summarizer::new(a, Budget::Sentences(4));
        assert_eq!(s.summarize(&d1), s.summarize(&d2));
    }
}

#[test]
fn the_default_does_not_repeat_itself() {
    // The second sentence restates the first; the default keeps one of them.
    let text = "Floods closed the main bridge in Leeds on Monday, police said. \
                Floods closed the main bridge in Leeds on Monday, police said. \
                The river rose two metres overnight after heavy rain. \
                Rescue crews moved forty families from homes near the bridge. \
                Schools in the city will stay shut until the water falls.";
    let d = doc(text, "eng");
    let lead = Summarizer::new(Algorithm::Lead, Budget::Sentences(3)).summarize(&d);
    assert_eq!(indices(&lead), [0, 1, 2]);
    let ours = Summarizer::new(Algorithm::Nutgraf, Budget::Sentences(3)).summarize(&d);
    let picked = indices(&ours);
    assert_eq!(picked.len(), 3);
    assert!(!(picked.contains(&0) && picked.contains(&1)), "{picked:?}");
}

#[test]
fn central_sentences_win_in_graph_algorithms() {
    // Sentence 2 shares words with every other sentence; sentence 3 with none.
    let text = "Apples grow in orchards. \
                Bananas grow on plants in warm places. \
                Apples, bananas and cherries all grow as fruit in orchards and warm places. \
                Cars need fuel. \
                Cherries grow on trees in orchards.";
    let d = doc(text, "eng");
    for a in [
        Algorithm::TextRank,
        Algorithm::LexRank,
        Algorithm::Centroid,
        Algorithm::Luhn,
    ] {
        let s = Summarizer::new(a, Budget::Sentences(1)).summarize(&d);
        assert_eq!(indices(&s), [2], "{a}");
        if a == Algorithm::LexRank {
            // The paper's matrix keeps the diagonal, so the unrelated sentence is a component
            // of its own and keeps its starting share 1/5: below the central sentence, but
            // not necessarily below the others (see `lexrank_keeps_the_diagonal`).
            let all = Summarizer::new(a, Budget::Sentences(5)).summarize(&d);
            assert!((all[3].score - 0.2).abs() < 1e-6, "{all:?}");
            assert!(all[2].score > all[3].score, "{all:?}");
            continue;
        }
        let s = Summarizer::new(a, Budget::Sentences(4)).summarize(&d);
        assert!(
            !indices(&s).contains(&3),
            "{a} leaves the unrelated sentence out"
        );
    }
}

#[test]
fn corpus_idf_changes_lexrank() {
    let text = "Markets fell in Tokyo. Markets fell in London. Rain fell in Tokyo and London. \
                Markets rose later.";
    let d = doc(text, "eng");
    let plain = Summarizer::new(Algorithm::LexRank, Budget::Sentences(1));
    let mut idf = Idf::new();
    // A corpus in which "market" is everywhere and "tokyo" rare.
    for _ in 0..50 {
        idf.add_stems(["market", "fell", "rose"]);
    }
    idf.add_stems(["tokyo", "london", "rain"]);
    let with_idf = plain.clone().with_idf(idf);
    let a = plain.summarize(&d);
    let b = with_idf.summarize(&d);
    check(&d, Budget::Sentences(1), &a);
    check(&d, Budget::Sentences(1), &b);
    assert_ne!(a[0].score, b[0].score);
    // An empty table is ignored.
    let empty = plain.clone().with_idf(Idf::new()).summarize(&d);
    assert_eq!(empty, a);
}

#[test]
fn languages_without_stemmer_or_stopwords() {
    let cases = [
        (
            "pol",
            "Rząd przyjął projekt ustawy. Ustawa trafi do Sejmu w maju. Posłowie ocenią projekt ustawy. Pada deszcz.",
        ),
        (
            "xyz",
            "Alpha beta gamma. Beta gamma delta. Gamma delta alpha beta. Omega.",
        ),
        ("cmn", "今天北京下雨。北京的交通很慢。很多人在北京坐地铁。"),
        (
            "ara",
            "وصل الرئيس إلى بكين. ناقش الرئيس التجارة مع الصين. الطقس ممطر.",
        ),
    ];
    for (lang, text) in cases {
        let d = doc(text, lang);
        assert!(d.sentences().len() >= 3, "{lang}: {:?}", d.sentences());
        for a in Algorithm::ALL {
            let s = Summarizer::new(a, Budget::Sentences(2)).summarize(&d);
            check(&d, Budget::Sentences(2), &s);
            assert_eq!(s.len(), 2, "{lang} {a}");
        }
    }
}

#[test]
fn sentences_without_content_words() {
    // Only stopwords and punctuation: every similarity is zero, nothing may divide by zero.
    let text = "The and of. It is what it is. ... !!! -- . And so on.";
    let d = doc(text, "eng");
    for a in Algorithm::ALL {
        for budget in [Budget::Sentences(2), Budget::Words(5), Budget::Ratio(0.5)] {
            let s = Summarizer::new(a, budget).summarize(&d);
            check(&d, budget, &s);
        }
    }
}

#[test]
fn thousands_of_sentences() {
    let mut text = String::new();
    for i in 0..1500 {
        text.push_str(&format!(
            "Report {i} says the council met {} times about topic {}. ",
            i % 7,
            i % 13
        ));
    }
    let d = doc(&text, "eng");
    assert_eq!(d.sentences().len(), 1500);
    for a in Algorithm::ALL {
        for budget in [
            Budget::Sentences(3),
            Budget::Sentences(1200),
            Budget::Ratio(0.9),
        ] {
            let s = Summarizer::new(a, budget).summarize(&d);
            check(&d, budget, &s);
        }
    }
}

#[test]
fn a_sentence_of_a_megabyte() {
    let mut big = String::with_capacity(1 << 20);
    let words = [
        "council", "budget", "river", "school", "bridge", "the", "of",
    ];
    let mut i = 0usize;
    while big.len() < (1 << 20) {
        big.push_str(words[i % words.len()]);
        big.push(' ');
        i = i.wrapping_mul(31).wrapping_add(7) % 1_000_003;
    }
    let text = format!("The council met on Monday. {big}end. The school reopened.");
    let d = doc(&text, "eng");
    for a in Algorithm::ALL {
        for budget in [Budget::Sentences(2), Budget::Words(10), Budget::Ratio(0.5)] {
            let s = Summarizer::new(a, budget).summarize(&d);
            check(&d, budget, &s);
        }
    }
}

/// The scores of every sentence of `text` under `algorithm`, in document order.
fn all_scores(algorithm: Algorithm, text: &str) -> Vec<f64> {
    let d = doc(text, "eng");
    let n = d.sentences().len();
    let s = Summarizer::new(algorithm, Budget::Sentences(n)).summarize(&d);
    assert_eq!(indices(&s), (0..n).collect::<Vec<_>>());
    s.iter().map(|e| e.score).collect()
}

#[test]
fn luhn_clusters_end_at_four_insignificant_words() {
    // "alpha" and "beta" occur twice, so they are significant; the x-words occur once.
    // Three insignificant words between them: one cluster of 2 significant words in 5 words.
    let three = all_scores(Algorithm::Luhn, "Alpha xaa xbb xcc beta. Alpha beta.");
    assert!((three[0] - 4.0 / 5.0).abs() < 1e-12, "{three:?}");
    // Four between them: the limit, so two clusters of one word each, scoring 1.
    let four = all_scores(Algorithm::Luhn, "Alpha xaa xbb xcc xdd beta. Alpha beta.");
    assert!((four[0] - 1.0).abs() < 1e-12, "{four:?}");
    // Adjacent: 2² / 2.
    assert!((four[1] - 2.0).abs() < 1e-12, "{four:?}");
    // Stopwords count in a cluster's length but are never significant.
    let stop = all_scores(Algorithm::Luhn, "Alpha and the beta. Alpha beta.");
    assert!((stop[0] - 1.0).abs() < 1e-12, "{stop:?}");
}

#[test]
fn lexrank_keeps_the_diagonal() {
    // The paper's matrix links each sentence to itself (cosine 1), so the random walk stays
    // on a sentence that shares nothing with the others: its score is exactly the uniform
    // 1/N (no row is empty here), and the scores are a distribution.
    let text = "Markets fell in Tokyo on Monday. Markets fell in London on Monday. \
                Rain fell in Tokyo and London. Penguins waddle.";
    let scores = all_scores(Algorithm::LexRank, text);
    assert_eq!(scores.len(), 4);
    assert!(
        (scores.iter().sum::<f64>() - 1.0).abs() < 1e-6,
        "{scores:?}"
    );
    assert!((scores[3] - 0.25).abs() < 1e-6, "{scores:?}");
    assert!(scores[0] > scores[3] && scores[1] > scores[3], "{scores:?}");
}

/// The title decides between two sentences the document alone cannot rank apart; it is never
/// picked itself, and its terms that the document lacks change nothing.
#[test]
fn the_title_decides_between_two_sentences() {
    let analyzer = Analyzer::for_code("eng");
    let text = "Ferries from the harbour will stop running next year. \
                Bus fares across the county will rise in the spring. \
                The council met on Monday and took both decisions. \
                Residents had little to say about either plan.";
    let d = doc(text, "eng");
    let s = Summarizer::new(Algorithm::Nutgraf, Budget::Sentences(1));
    let plain = indices(&s.summarize(&d));
    let ferries = s.summarize_titled(&d, "Harbour ferries to stop running", &analyzer);
    let buses = s.summarize_titled(&d, "Bus fares in the county to rise", &analyzer);
    check(&d, Budget::Sentences(1), &ferries);
    check(&d, Budget::Sentences(1), &buses);
    assert_eq!(plain, [0]);
    assert_eq!(indices(&ferries), [0]);
    assert_eq!(indices(&buses), [1]);
    // A title with no term in the document, or an empty one, is no title.
    assert_eq!(
        s.summarize_titled(&d, "Zebra quokka", &analyzer),
        s.summarize(&d)
    );
    assert_eq!(s.summarize_titled(&d, "  ", &analyzer), s.summarize(&d));
    // Other algorithms ignore it.
    let lead = Summarizer::new(Algorithm::Lead, Budget::Sentences(1));
    assert_eq!(
        lead.summarize_titled(&d, "Bus fares", &analyzer),
        lead.summarize(&d)
    );
}
