//! Behaviour of every algorithm on the seed article and on hand-written text: spans, surface
//! forms, merging, determinism, other languages, and no panic on any input.

use nutgraf_keywords::{Algorithm, DocumentFrequencies, Extractor, Keyphrase};
use nutgraf_tokenize::{Analyzer, Document, SentenceSplitter};
use proptest::prelude::*;

fn seed() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds directory")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    std::fs::read_to_string(&paths[0]).expect("seed article")
}

fn extract(text: &str, algorithm: Algorithm) -> Vec<Keyphrase> {
    let doc = Document::new(
        text,
        &SentenceSplitter::for_code("eng"),
        &Analyzer::for_code("eng"),
    );
    // short texts have too few function words for the English lists to switch on by themselves
    Extractor::new(algorithm).english(Some(true)).extract(&doc)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_algorithm_finds_ten_phrases_in_the_seed_with_exact_spans() {
    let text = seed();
    for algorithm in Algorithm::ALL {
        let top = extract(&text, algorithm);
        assert_eq!(top.len(), 10, "{algorithm}");
        for k in &top {
            assert!(
                !k.text.is_empty() && k.score.is_finite(),
                "{algorithm}: {k:?}"
            );
            assert!(!k.spans.is_empty(), "{algorithm}: {k:?}");
            // the surface form is the text of one of its occurrences
            assert!(
                k.spans.iter().any(|s| collapse(&text[s.clone()]) == k.text),
                "{algorithm}: {k:?}"
            );
            assert!(
                k.spans.windows(2).all(|w| w[0].end <= w[1].start),
                "{algorithm}: {k:?}"
            );
        }
        // best first
        assert!(
            top.windows(2).all(|w| w[0].score >= w[1].score),
            "{algorithm}"
        );
        // ten different things: no two with the same lowercase text
        let mut texts: Vec<String> = top.iter().map(|k| k.text.to_lowercase()).collect();
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), 10, "{algorithm}");
    }
}

#[test]
fn the_default_finds_what_the_seed_is_about() {
    let top = extract(&seed(), Algorithm::Nutgraf);
    let texts: Vec<&str> = top.iter().map(|k| k.text.as_str()).collect();
    let has = |needle: &str| texts.iter().any(|t| t.contains(needle));
    assert!(has("Putin"), "{texts:?}");
    assert!(has("Xi") || has("China") || has("Beijing"), "{texts:?}");
}

#[test]
fn output_is_deterministic() {
    let text = seed();
    for algorithm in Algorithm::ALL {
        let a = extract(&text, algorithm);
        let b = extract(&text, algorithm);
        assert_eq!(a, b, "{algorithm}");
    }
}

#[test]
fn occurrences_with_the_same_stems_are_one_keyphrase_with_the_commonest_surface() {
    let text = "Trading partners met. The trade partner then resigned. Trading partners agreed. \
                Then came the trading partners.";
    for algorithm in Algorithm::ALL {
        let top = extract(text, algorithm);
        let k = top
            .iter()
            .find(|k| k.text.to_lowercase().contains("partner"))
            .unwrap_or_else(|| panic!("{algorithm}: {top:?}"));
        if k.text.contains(' ') {
            assert_eq!(k.text, "Trading partners", "{algorithm}");
            assert_eq!(k.spans.len(), 4, "{algorithm}");
        }
    }
}

#[test]
fn a_phrase_never_seen_outside_a_longer_one_is_merged_into_it() {
    let text = "Xi Jinping met Putin. Xi Jinping spoke. Putin answered Xi Jinping.";
    let top = extract(text, Algorithm::Nutgraf);
    let texts: Vec<&str> = top.iter().map(|k| k.text.as_str()).collect();
    assert!(texts.contains(&"Xi Jinping"), "{texts:?}");
    assert!(!texts.contains(&"Jinping"), "{texts:?}");
}

#[test]
fn max_words_and_top_n_are_respected() {
    let text = seed();
    let doc = Document::new(
        &text,
        &SentenceSplitter::for_code("eng"),
        &Analyzer::for_code("eng"),
    );
    for algorithm in Algorithm::ALL {
        let top = Extractor::new(algorithm)
            .top_n(4)
            .max_words(1)
            .extract(&doc);
        assert_eq!(top.len(), 4, "{algorithm}");
        assert!(
            top.iter().all(|k| !k.text.contains(' ')),
            "{algorithm}: {top:?}"
        );
    }
}

#[test]
fn other_languages_use_their_own_stopwords() {
    let text = "Die Bundesregierung plant neue Regeln für den Klimaschutz. Der Klimaschutz \
                kostet Geld, sagt die Bundesregierung. Die Regeln gelten ab Januar.";
    let doc = Document::new(
        text,
        &SentenceSplitter::for_code("deu"),
        &Analyzer::for_code("deu"),
    );
    for algorithm in Algorithm::ALL {
        let top = Extractor::new(algorithm).extract(&doc);
        assert!(!top.is_empty(), "{algorithm}");
        assert!(
            top.iter()
                .all(|k| !["die", "der", "den", "für"].contains(&k.text.to_lowercase().as_str())),
            "{algorithm}: {top:?}"
        );
    }
}

#[test]
fn german_phrases_end_in_a_noun() {
    // German writes every noun with a capital: a lowercase word after the nouns is a verb or an
    // adverb, never the head of a keyphrase.
    let text = "Die Stadt Köln hat ein neues Museum eröffnet. Das Museum zeigt Münzen aus \
                römischer Zeit. Der Bau des Museums kostete viel Geld. Die Stadtverwaltung \
                verteidigt die Kosten. Das Museum öffnet täglich.";
    let doc = Document::new(
        text,
        &SentenceSplitter::for_code("deu"),
        &Analyzer::for_code("deu"),
    );
    let top = Extractor::new(Algorithm::Nutgraf)
        .language(Some("deu"))
        .extract(&doc);
    assert!(top.iter().any(|k| k.text == "Museum"), "{top:?}");
    for k in &top {
        let last = k.text.split_whitespace().last().unwrap_or("");
        assert!(
            last.chars().next().is_some_and(char::is_uppercase),
            "{:?} ends in a lowercase word: {top:?}",
            k.text
        );
    }
}

#[test]
fn tfidf_prefers_phrases_rare_in_the_collection() {
    let (splitter, analyzer) = (SentenceSplitter::for_code("eng"), Analyzer::for_code("eng"));
    let collection = [
        "Stock markets fell on Monday.",
        "Stock markets rose on Tuesday.",
        "Stock markets were calm.",
        "Copper prices jumped.",
    ];
    let mut df = DocumentFrequencies::new();
    for t in collection {
        df.add(&Document::new(t, &splitter, &analyzer));
    }
    let doc = Document::new(
        "Stock markets ignored the copper mine strike.",
        &splitter,
        &analyzer,
    );
    let with = Extractor::new(Algorithm::TfIdf)
        .document_frequencies(df)
        .extract(&doc);
    assert!(with[0].text.starts_with("copper mine"), "{with:?}");
    assert!(with.iter().position(|k| k.text == "Stock markets") > Some(0));
}

#[test]
fn empty_and_wordless_documents_give_nothing() {
    for text in ["", "   \n\t", "... !!! ???", "123 456 7.5"] {
        for algorithm in Algorithm::ALL {
            assert!(
                extract(text, algorithm).is_empty(),
                "{algorithm} on {text:?}"
            );
        }
    }
}

#[test]
fn a_long_document_stays_linear_and_sane() {
    // the seed twelve times over, with every sentence's words reversed in every other copy
    let seed = seed();
    let mut text = String::new();
    for copy in 0..12 {
        if copy % 2 == 0 {
            text.push_str(&seed);
        } else {
            for line in seed.lines() {
                let words: Vec<&str> = line.split(' ').rev().collect();
                text.push_str(&words.join(" "));
                text.push('\n');
            }
        }
        text.push('\n');
    }
    let start = std::time::Instant::now();
    for algorithm in Algorithm::ALL {
        let top = extract(&text, algorithm);
        assert_eq!(top.len(), 10, "{algorithm}");
        assert!(
            top.iter().all(|k| k.spans.len() <= text.len()),
            "{algorithm}"
        );
    }
    // generous even for a debug build on a loaded machine; quadratic code would take minutes
    assert!(start.elapsed().as_secs() < 60);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn no_panic_and_valid_spans_on_any_text(text in "\\PC{0,300}", n in 0usize..12, words in 1usize..6) {
        let doc = Document::new(&text, &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng"));
        for algorithm in Algorithm::ALL {
            let top = Extractor::new(algorithm).top_n(n).max_words(words).extract(&doc);
            prop_assert!(top.len() <= n);
            for k in &top {
                prop_assert!(k.score.is_finite());
                for s in &k.spans {
                    prop_assert!(text.get(s.clone()).is_some());
                }
            }
        }
    }

    #[test]
    fn no_panic_on_word_salad(words in proptest::collection::vec("[A-Za-z]{1,8}|[.,;!?]|of|the|and", 0..120)) {
        let text = words.join(" ");
        let doc = Document::new(&text, &SentenceSplitter::for_code("eng"), &Analyzer::for_code("eng"));
        for algorithm in Algorithm::ALL {
            let top = Extractor::new(algorithm).extract(&doc);
            prop_assert!(top.len() <= 10);
        }
    }
}

#[test]
fn the_default_trims_a_verb_after_a_plural_subject_and_a_lowercase_lead_before_a_name() {
    let text = "Farm workers protest in the capital. Farm workers want better pay, and the \
                minister meets Alvarez on Monday. Farm workers say the minister ignores them. \
                Alvarez leads the union of farm workers.";
    let top = extract(text, Algorithm::Nutgraf);
    let texts: Vec<String> = top.iter().map(|k| k.text.to_lowercase()).collect();
    assert!(texts.iter().any(|t| t == "farm workers"), "{texts:?}");
    assert!(
        !texts.iter().any(|t| t.contains("workers protest")),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("meets alvarez")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t == "alvarez"), "{texts:?}");
}

#[test]
fn the_default_lists_a_name_once_beside_the_phrase_that_ends_in_it() {
    let top = extract(&seed(), Algorithm::Nutgraf);
    let texts: Vec<&str> = top.iter().map(|k| k.text.as_str()).collect();
    assert!(
        texts.contains(&"Russian President Vladimir Putin"),
        "{texts:?}"
    );
    assert!(!texts.contains(&"Putin"), "{texts:?}");
    assert!(texts.contains(&"Chinese leader Xi Jinping"), "{texts:?}");
    assert!(!texts.contains(&"Xi"), "{texts:?}");
    assert!(texts.contains(&"Russian troops"), "{texts:?}");
}

#[test]
fn a_named_language_bounds_phrases_with_its_stopwords_iso_words() {
    let text = "Hoje dois soldados portugueses chegaram a Lisboa. Os soldados portugueses \
                foram recebidos hoje pelo ministro da defesa. Agora os dois soldados descansam.";
    let doc = Document::new(
        text,
        &SentenceSplitter::for_code("por"),
        &Analyzer::for_code("por"),
    );
    let plain = Extractor::default().extract(&doc);
    let named = Extractor::default().language(Some("por")).extract(&doc);
    let has = |ks: &[Keyphrase], w: &str| ks.iter().any(|k| k.text.to_lowercase().contains(w));
    assert!(has(&plain, "dois") || has(&plain, "hoje"), "{plain:?}");
    assert!(!has(&named, "dois") && !has(&named, "hoje"), "{named:?}");
    assert!(has(&named, "soldados portugueses"), "{named:?}");
}

#[test]
fn a_romance_phrase_joined_by_de_is_a_candidate_when_it_recurs() {
    let text = "A ministra da Saúde visitou Braga. A ministra da Saúde falou com autarcas. \
                Em Braga, a ministra da Saúde inaugurou um hospital. O hospital custou caro.";
    let doc = Document::new(
        text,
        &SentenceSplitter::for_code("por"),
        &Analyzer::for_code("por"),
    );
    let top = Extractor::default().language(Some("por")).extract(&doc);
    assert!(top.iter().any(|k| k.text == "ministra da Saúde"), "{top:?}");
    // once only: not joined
    let once = "A ministra da Saúde visitou Braga. A ponte de Braga custou caro. Braga gostou.";
    let doc = Document::new(
        once,
        &SentenceSplitter::for_code("por"),
        &Analyzer::for_code("por"),
    );
    let top = Extractor::default().language(Some("por")).extract(&doc);
    assert!(
        top.iter()
            .all(|k| !k.text.contains(" da ") && !k.text.contains(" de ")),
        "{top:?}"
    );
}

#[test]
fn a_french_elided_article_never_starts_a_keyphrase() {
    let text = "L'épidémie frappe l'Ehpad de Nanterre. Dans l'Ehpad, l'équipe soignante \
                manque de masques. L'équipe soignante de l'Ehpad demande de l'aide.";
    let doc = Document::new(
        text,
        &SentenceSplitter::for_code("fra"),
        &Analyzer::for_code("fra"),
    );
    let top = Extractor::default().language(Some("fra")).extract(&doc);
    assert!(!top.is_empty());
    for k in &top {
        let lower = k.text.to_lowercase();
        assert!(
            !lower.starts_with("l'") && !lower.starts_with("l’"),
            "{top:?}"
        );
    }
    assert!(top.iter().any(|k| k.text == "Ehpad"), "{top:?}");
}
