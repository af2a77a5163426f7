//! The algorithms: YAKE, RAKE, TextRank, PositionRank and nutgraf's own ranking.

use nutgraf_tokenize::{TermId, TokenKind};

use crate::Keyphrase;
use crate::prep::{
    Candidates, Claims, Class, Finish, FxMap, FxSet, Graph, MAX_NGRAM, Prep, Vertices,
    distinct_edges, finish, finish_claiming, finish_with, pagerank,
};
use smallvec::SmallVec;

// ---------------------------------------------------------------------------------------
// YAKE! (Campos et al. 2020), as the reference implementation (LIAAD/yake) and its Rust
// port yake-rust 1.0.3 compute it.
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tag {
    /// `d`: a number.
    Digit,
    /// punctuation: ends a block.
    Punct,
    /// `u`: unparsable (digits and letters mixed).
    Unparsable,
    /// `a`: acronym.
    Acronym,
    /// `n`: capitalised inside a sentence.
    Upper,
    /// `p`: plain.
    Plain,
}

/// YAKE's "unique term": the lowercase word with a final `s` dropped from words longer
/// than three characters.
fn singular(norm: &str) -> &str {
    if norm.chars().take(4).count() > 3 {
        norm.strip_suffix('s').unwrap_or(norm)
    } else {
        norm
    }
}

fn yake_tag(prep: &Prep<'_, '_>, i: usize) -> Tag {
    let doc = prep.doc;
    let Some(t) = doc.tokens().get(i) else {
        return Tag::Punct;
    };
    match t.kind {
        TokenKind::Punctuation | TokenKind::Symbol => Tag::Punct,
        TokenKind::Number => {
            let s: String = doc.surface(t).chars().filter(|&c| c != ',').collect();
            if s.parse::<f64>().is_ok() {
                Tag::Digit
            } else {
                Tag::Unparsable
            }
        }
        TokenKind::Word => {
            let surface = doc.surface(t);
            if surface.chars().any(|c| c.is_ascii_digit()) {
                return Tag::Unparsable;
            }
            if surface.chars().all(char::is_uppercase) {
                return Tag::Acronym;
            }
            let first = prep.sent_first.get(i).is_some_and(|&f| f as usize == i);
            let mut chars = surface.chars();
            let strict_capital =
                chars.next().is_some_and(char::is_uppercase) && !chars.any(char::is_uppercase);
            if strict_capital && !first {
                Tag::Upper
            } else {
                Tag::Plain
            }
        }
    }
}

#[derive(Default, Clone)]
struct TermStats {
    tf: f64,
    tf_a: f64,
    tf_n: f64,
    sentences: Vec<u32>,
}

/// YAKE!: scores 1 to 3 word candidates from term features (casing, position, frequency,
/// relatedness to context, spread over sentences); the lower YAKE's score the better, so the
/// keyphrase score reported is `1 / (1 + S)`.
pub(crate) fn yake(prep: &Prep<'_, '_>, max_words: usize, opts: &Finish) -> Vec<Keyphrase> {
    let doc = prep.doc;
    let tokens = doc.tokens();
    // YAKE's stopword test: the word or its singular is in the list, or the singular has
    // fewer than three characters.
    let mut stop_norms: FxSet<&str> = FxSet::default();
    for (i, t) in tokens.iter().enumerate() {
        if matches!(
            prep.class.get(i),
            Some(Class::Stop | Class::Boundary | Class::Weak)
        ) {
            stop_norms.insert(doc.norm(t.norm));
        }
    }
    let is_stop_norm = |norm: &str| -> bool {
        let single = singular(norm);
        stop_norms.contains(norm)
            || stop_norms.contains(single)
            || single.chars().filter(|c| !c.is_ascii_punctuation()).count() < 3
    };
    // per norm: unique term id and stopword flag
    let mut uterm_ids: FxMap<&str, u32> = FxMap::default();
    let mut norm_uterm: Vec<u32> = vec![u32::MAX; doc.norm_count()];
    let mut norm_stop: Vec<bool> = vec![false; doc.norm_count()];
    let mut stats: Vec<TermStats> = Vec::new();
    let mut tags: Vec<Tag> = Vec::with_capacity(tokens.len());
    let mut skip: Vec<bool> = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        let norm = doc.norm(t.norm);
        // segtok splits clitics such as 's off and YAKE drops them; here they end a block
        // so that a candidate's occurrences stay contiguous
        let clitic = t.kind == TokenKind::Word && norm.starts_with('\'');
        tags.push(if clitic {
            Tag::Punct
        } else {
            yake_tag(prep, i)
        });
        skip.push(false);
        if let Some(slot) = norm_uterm.get_mut(t.norm as usize) {
            if *slot == u32::MAX {
                let u = singular(norm);
                let next = uterm_ids.len() as u32;
                let id = *uterm_ids.entry(u).or_insert(next);
                if id as usize == stats.len() {
                    stats.push(TermStats::default());
                }
                *slot = id;
                if let Some(s) = norm_stop.get_mut(t.norm as usize) {
                    *s = is_stop_norm(norm);
                }
            }
        }
    }
    let uterm = |i: usize| -> usize {
        tokens
            .get(i)
            .and_then(|t| norm_uterm.get(t.norm as usize))
            .map_or(usize::MAX, |&u| u as usize)
    };
    let token_stop = |i: usize| -> bool {
        tokens
            .get(i)
            .and_then(|t| norm_stop.get(t.norm as usize))
            .copied()
            .unwrap_or(true)
    };
    // occurrences and co-occurrences within blocks (window 1)
    let mut pairs: FxMap<(u32, u32), u32> = FxMap::default();
    let n_sentences = doc.sentences().len().max(1);
    for (s, range) in prep.sentence_ranges().enumerate() {
        let mut prev: Option<(usize, Tag)> = None;
        for i in range {
            if skip.get(i).copied().unwrap_or(true) {
                continue;
            }
            let tag = tags[i];
            if tag == Tag::Punct {
                prev = None;
                continue;
            }
            let u = uterm(i);
            let Some(st) = stats.get_mut(u) else { continue };
            st.tf += 1.0;
            if tag == Tag::Acronym {
                st.tf_a += 1.0;
            }
            if tag == Tag::Upper {
                st.tf_n += 1.0;
            }
            if st.sentences.last() != Some(&(s as u32)) {
                st.sentences.push(s as u32);
            }
            if !matches!(tag, Tag::Digit | Tag::Unparsable) {
                if let Some((p, ptag)) = prev {
                    if !matches!(ptag, Tag::Digit | Tag::Unparsable) {
                        *pairs.entry((p as u32, u as u32)).or_insert(0) += 1;
                    }
                }
            }
            prev = Some((u, tag));
        }
    }
    let n_terms = stats.len();
    let mut left = vec![(0u32, 0u32); n_terms]; // (distinct, total)
    let mut right = vec![(0u32, 0u32); n_terms];
    for (&(a, b), &c) in &pairs {
        if let Some(r) = right.get_mut(a as usize) {
            r.0 += 1;
            r.1 += c;
        }
        if let Some(l) = left.get_mut(b as usize) {
            l.0 += 1;
            l.1 += c;
        }
    }
    // frequency normalisation over terms that are not stopwords
    let mut nsw_tf: Vec<f64> = Vec::new();
    let mut counted = vec![false; n_terms];
    for (norm_id, &u) in norm_uterm.iter().enumerate() {
        if u == u32::MAX || norm_stop.get(norm_id).copied().unwrap_or(true) {
            continue;
        }
        if let Some(c) = counted.get_mut(u as usize) {
            if !*c {
                *c = true;
                nsw_tf.push(stats[u as usize].tf);
            }
        }
    }
    let (mean, std) = mean_std(&nsw_tf);
    let max_tf = stats.iter().map(|s| s.tf).fold(0.0, f64::max);
    let term_score: Vec<f64> = stats
        .iter()
        .enumerate()
        .map(|(u, st)| {
            if st.tf <= 0.0 {
                return f64::INFINITY;
            }
            let casing = st.tf_a.max(st.tf_n) / (1.0 + st.tf.ln());
            let position = (3.0 + median(&st.sentences)).ln().ln();
            let frequency = st.tf / (mean + std);
            let ratio = |(d, t): (u32, u32)| if t == 0 { 0.0 } else { d as f64 / t as f64 };
            let relatedness = 1.0 + (ratio(left[u]) + ratio(right[u])) * (st.tf / max_tf);
            let spread = st.sentences.len() as f64 / n_sentences as f64;
            (relatedness * position) / (casing + frequency / relatedness + spread / relatedness)
        })
        .collect();
    // candidates: n-grams inside a block, not starting or ending with a stopword, no
    // number or unparsable word, at least 3 characters
    let mut lc = Candidates::default();
    let mut norms: Vec<TermId> = Vec::new();
    for range in prep.sentence_ranges() {
        let idx: Vec<usize> = range.filter(|&i| !skip[i]).collect();
        for (a, &start) in idx.iter().enumerate() {
            if token_stop(start) || tags[start] == Tag::Punct {
                continue;
            }
            let mut chars = 0usize;
            for b in a..idx.len().min(a + max_words.min(MAX_NGRAM)) {
                let i = idx[b];
                if matches!(tags[i], Tag::Digit | Tag::Punct | Tag::Unparsable) {
                    break;
                }
                chars += tokens
                    .get(i)
                    .map_or(0, |t| doc.norm(t.norm).chars().count());
                if token_stop(i) || chars < 3 {
                    continue;
                }
                norms.clear();
                norms.extend(
                    idx[a..=b]
                        .iter()
                        .filter_map(|&k| tokens.get(k).map(|t| t.norm)),
                );
                // the candidate's tokens may not be contiguous when a clitic was skipped:
                // store the index list through the first token and the length below
                let id = lc.add_stems(&norms, start);
                let _ = id;
            }
        }
    }
    // weight each candidate
    let pair = |a: usize, b: usize| -> f64 {
        pairs.get(&(a as u32, b as u32)).copied().unwrap_or(0) as f64
    };
    let mut lc_scores: Vec<f64> = Vec::with_capacity(lc.list.len());
    for c in &lc.list {
        // the unique terms, from the first occurrence's tokens
        let start = c.first();
        let terms: Vec<(usize, bool)> = (start..tokens.len())
            .filter(|&i| !skip[i])
            .take(c.len())
            .map(|i| (uterm(i), token_stop(i)))
            .collect();
        let mut prod = 1.0f64;
        let mut sum = 0.0f64;
        for (j, &(u, stop)) in terms.iter().enumerate() {
            if stop {
                let prev = j.checked_sub(1).and_then(|p| terms.get(p));
                let next = terms.get(j + 1);
                let p_prev = prev.map_or(0.0, |&(pu, _)| {
                    pair(pu, u) / stats.get(pu).map_or(1.0, |s| s.tf.max(1.0))
                });
                let p_next = next.map_or(0.0, |&(nu, _)| {
                    pair(u, nu) / stats.get(nu).map_or(1.0, |s| s.tf.max(1.0))
                });
                let prob = p_prev * p_next;
                prod *= 1.0 + (1.0 - prob);
                sum -= 1.0 - prob;
            } else if let Some(&s) = term_score.get(u) {
                prod *= s;
                sum += s;
            }
        }
        if sum == -1.0 {
            sum = 0.999999999;
        }
        lc_scores.push(prod / (c.tf() as f64 * (1.0 + sum)));
    }
    // group the lowercase candidates by stems, keeping the best (lowest) score
    let mut cands = Candidates::default();
    let mut best: Vec<f64> = Vec::new();
    let mut label: Vec<String> = Vec::new();
    let mut order: Vec<usize> = (0..lc.list.len()).collect();
    order.sort_by(|&a, &b| lc_scores[a].total_cmp(&lc_scores[b]).then(a.cmp(&b)));
    for k in order {
        let c = &lc.list[k];
        let stems: Vec<TermId> = (c.first()..tokens.len())
            .filter(|&i| !skip[i])
            .take(c.len())
            .map(|i| prep.stem(i))
            .collect();
        let mut id = usize::MAX;
        for &o in &c.occ {
            id = cands.add_stems(&stems, o as usize);
        }
        if id == best.len() {
            best.push(lc_scores[k]);
            let words: Vec<&str> = c.stems.iter().map(|&n| doc.norm(n)).collect();
            label.push(words.join(" "));
        }
    }
    for c in &mut cands.list {
        c.occ.sort_unstable();
        c.occ.dedup();
    }
    let scores: Vec<f64> = best.iter().map(|&s| 1.0 / (1.0 + s.max(0.0))).collect();
    // YAKE's own deduplication: Levenshtein ratio above 0.9 with a better candidate
    finish_with(prep, &cands, &scores, opts, |a, b| {
        levenshtein_ratio(&label[a], &label[b]) > 0.9
    })
}

fn mean_std(xs: &[f64]) -> (f64, f64) {
    if xs.is_empty() {
        return (0.0, 0.0);
    }
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / n;
    (mean, var.sqrt())
}

fn median(sorted: &[u32]) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return 0.0;
    }
    if n % 2 == 1 {
        sorted[n / 2] as f64
    } else {
        (sorted[n / 2 - 1] as f64 + sorted[n / 2] as f64) / 2.0
    }
}

/// `1 - levenshtein(a, b) / max(len a, len b)`, over bytes as yake-rust measures it.
fn levenshtein_ratio(a: &str, b: &str) -> f64 {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // quadratic: phrases longer than any real keyphrase only compare equal or not
    if a.len() > 256 || b.len() > 256 {
        return if a == b { 1.0 } else { 0.0 };
    }
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if ca == cb {
                diag
            } else {
                1 + diag.min(up).min(row[j])
            };
            diag = up;
        }
    }
    1.0 - row[b.len()] as f64 / longest as f64
}

// ---------------------------------------------------------------------------------------
// RAKE (Rose et al. 2010)
// ---------------------------------------------------------------------------------------

/// RAKE: candidates are the runs of words between stopwords and punctuation; a word scores
/// `deg(w) / freq(w)` (degree: the summed length of the candidate occurrences it is in);
/// a candidate scores the sum of its words. Two keywords that adjoin twice or more with the
/// same stopwords between them (`axis of evil`) become a candidate too.
pub(crate) fn rake(prep: &Prep<'_, '_>, max_words: usize, opts: &Finish) -> Vec<Keyphrase> {
    let doc = prep.doc;
    // the stoplist: the tokenizer's stopwords and, for English, the closed-class words and
    // general verbs (Rose et al. used Fox's 1989 list of the same kind)
    let inside = |i: usize| matches!(prep.class.get(i), Some(Class::Content | Class::Weak));
    let mut cands = Candidates::default();
    // runs as (sentence range index, start, end) for the adjoining pass
    let mut runs: Vec<(usize, usize, usize)> = Vec::new();
    for (s, range) in prep.sentence_ranges().enumerate() {
        let mut i = range.start;
        while i < range.end {
            if !inside(i) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < range.end && inside(j) {
                j += 1;
            }
            if j - i <= max_words {
                let id = cands.add(prep, i, j);
                runs.push((s, i, id));
            }
            i = j;
        }
    }
    let n_stems = doc.stem_count();
    let mut freq = vec![0.0f64; n_stems];
    let mut deg = vec![0.0f64; n_stems];
    for c in &cands.list {
        let len = c.len() as f64;
        let tf = c.tf() as f64;
        for &s in c.stems.iter() {
            if let (Some(f), Some(d)) = (freq.get_mut(s as usize), deg.get_mut(s as usize)) {
                *f += tf;
                *d += tf * len;
            }
        }
    }
    let word_score = |s: TermId| -> f64 {
        let f = freq.get(s as usize).copied().unwrap_or(0.0);
        if f > 0.0 {
            deg.get(s as usize).copied().unwrap_or(0.0) / f
        } else {
            0.0
        }
    };
    let plain_count = cands.list.len();
    // adjoining keywords: candidate, stopwords (no punctuation), candidate, in one sentence
    // stems of the adjoined phrase -> where it starts
    let mut adjoined: FxMap<Vec<TermId>, Vec<usize>> = FxMap::default();
    for w in runs.windows(2) {
        let ((s1, a1, id1), (s2, a2, id2)) = (w[0], w[1]);
        if s1 != s2 {
            continue;
        }
        let end1 = a1 + cands.list[id1].len();
        let gap_ok = end1 < a2
            && (end1..a2).all(|k| matches!(prep.class.get(k), Some(Class::Stop | Class::Boundary)));
        let len2 = cands.list[id2].len();
        if !gap_ok || a2 + len2 - a1 > max_words {
            continue;
        }
        let stems: Vec<TermId> = (a1..a2 + len2).map(|k| prep.stem(k)).collect();
        adjoined.entry(stems).or_default().push(a1);
    }
    let mut adj: Vec<(Vec<usize>, Vec<TermId>)> = adjoined
        .into_iter()
        .filter(|(_, starts)| starts.len() >= 2)
        .map(|(stems, starts)| (starts, stems))
        .collect();
    adj.sort();
    for (starts, stems) in adj {
        for start in starts {
            cands.add_stems(&stems, start);
        }
    }
    let scores: Vec<f64> = cands
        .list
        .iter()
        .enumerate()
        .map(|(k, c)| {
            c.stems
                .iter()
                .enumerate()
                .filter(|&(j, _)| {
                    k < plain_count || c.occ.first().is_some_and(|&o| inside(o as usize + j))
                })
                .map(|(_, &s)| word_score(s))
                .sum()
        })
        .collect();
    finish(prep, &cands, &scores, opts)
}

// ---------------------------------------------------------------------------------------
// TextRank (Mihalcea & Tarau 2004) and PositionRank (Florescu & Caragea 2017)
// ---------------------------------------------------------------------------------------

/// TextRank: PageRank (unweighted, d = 0.85) over noun/adjective-like words linked when
/// adjacent in the text (window 2). Keyphrases are the maximal runs of such words, scored
/// by the sum of their words' ranks, as the reference implementation (pke) does by default;
/// the paper's cut-off (only the top third of the words may form keyphrases) keeps mostly
/// single words and halves the F1 on abstracts.
pub(crate) fn textrank(prep: &Prep<'_, '_>, max_words: usize, opts: &Finish) -> Vec<Keyphrase> {
    let n_tokens = prep.class.len();
    let mut vertices = Vertices::new(prep.doc.stem_count());
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for i in 0..n_tokens {
        if !prep.is_phrase_word(i) {
            continue;
        }
        let a = vertices.id(prep.stem(i));
        if i + 1 < n_tokens && prep.is_phrase_word(i + 1) {
            let b = vertices.id(prep.stem(i + 1));
            if a != b {
                pairs.push((a.min(b), a.max(b)));
            }
        }
    }
    let graph = Graph::from_edges(vertices.len(), &distinct_edges(pairs));
    let rank = pagerank(&graph, None, 0.85);
    let cands = noun_phrases(prep, max_words);
    let scores = sum_scores(&cands, &vertices, &rank);
    finish(prep, &cands, &scores, opts)
}

fn sum_scores(cands: &Candidates, vertices: &Vertices, rank: &[f64]) -> Vec<f64> {
    cands
        .list
        .iter()
        .map(|c| {
            c.stems
                .iter()
                .map(|&s| {
                    vertices
                        .get(s)
                        .and_then(|v| rank.get(v))
                        .copied()
                        .unwrap_or(0.0)
                })
                .sum()
        })
        .collect()
}

/// A position-biased co-occurrence graph over the tokens for which `word` holds: edges
/// weighted by how often two words occur within `window` tokens of each other, the prior of
/// a word the sum of `1 / position` over its occurrences. Returns the vertices and PageRank.
fn position_graph(
    prep: &Prep<'_, '_>,
    window: usize,
    word: impl Fn(usize) -> bool,
) -> (Vertices, Vec<f64>) {
    let n_tokens = prep.class.len();
    let mut vertices = Vertices::new(prep.doc.stem_count());
    let mut prior: Vec<f64> = Vec::with_capacity(prep.doc.stem_count());
    let mut seq: Vec<(usize, u32)> = Vec::with_capacity(n_tokens / 2); // (position, vertex)
    for i in 0..n_tokens {
        if !word(i) {
            continue;
        }
        let v = vertices.id(prep.stem(i));
        if v == u32::MAX {
            continue;
        }
        if prior.len() < vertices.len() {
            prior.resize(vertices.len(), 0.0);
        }
        prior[v as usize] += 1.0 / (i as f64 + 1.0);
        seq.push((i, v));
    }
    let graph = window_graph(&seq, vertices.len(), window);
    let total: f64 = prior.iter().sum();
    if total > 0.0 {
        for p in &mut prior {
            *p /= total;
        }
    }
    let rank = pagerank(&graph, Some(&prior), 0.85);
    (vertices, rank)
}

/// The co-occurrence graph of `seq` (token position, vertex; positions ascending): two
/// different vertices are linked with the weight of how many pairs of their occurrences lie
/// less than `window` positions apart.
///
/// Built row by row from each vertex's occurrences, looking both ways within the window, so
/// that every row comes out whole without materialising (or sorting) the pairs of
/// occurrences: memory stays proportional to the distinct edges.
fn window_graph(seq: &[(usize, u32)], n_vertices: usize, window: usize) -> Graph {
    // the occurrences (indexes into `seq`) of each vertex, ascending
    let mut start = vec![0usize; n_vertices + 1];
    for &(_, v) in seq {
        if let Some(s) = start.get_mut(v as usize + 1) {
            *s += 1;
        }
    }
    for v in 0..n_vertices {
        start[v + 1] += start[v];
    }
    let mut fill = start.clone();
    let mut occ = vec![0usize; seq.len()];
    for (k, &(_, v)) in seq.iter().enumerate() {
        if let Some(f) = fill.get_mut(v as usize) {
            occ[*f] = k;
            *f += 1;
        }
    }
    // Each row is tallied in a scratch row (a row holds at most `n_vertices - 1` neighbours,
    // plus one spare entry: the tally writes a neighbour at `len` before it knows whether the
    // neighbour is new) and then appended, so that only the distinct edges are ever copied
    // and nothing the size of all pairs of occurrences is allocated or zeroed.
    //
    // The edge vectors are reserved (not written) for the most the rows can hold: each
    // occurrence meets at most 2 (window - 1) others, and a row holds each other vertex at
    // most once. Capped at a million entries (4 MB) for long documents, whose vectors grow.
    let most = seq
        .len()
        .saturating_mul(2 * window.saturating_sub(1))
        .min(n_vertices.saturating_mul(n_vertices.saturating_sub(1)))
        .min(1 << 20);
    let mut nbr: Vec<u32> = Vec::with_capacity(most);
    let mut count: Vec<u32> = Vec::with_capacity(most);
    let mut row_nbr = vec![0u32; n_vertices + 1];
    let mut row_count = vec![0u32; n_vertices + 1];
    let mut row_ends = Vec::with_capacity(n_vertices);
    // slot[b]: where vertex b sits in the row being built, u32::MAX when it is not in it
    let mut slot = vec![u32::MAX; n_vertices];
    for a in 0..n_vertices {
        let a32 = a as u32;
        let mut len = 0usize;
        // Without a branch on whether `b` is new to the row (it is about four times in five,
        // unpredictably): `b` is written at `len` either way, and `len` moves only if it was
        // new; a repeat adds to its entry instead. Entries from `len` on count zero.
        let mut tally = |b: u32| {
            if b == a32 {
                return;
            }
            let (Some(s), Some(n)) = (slot.get_mut(b as usize), row_nbr.get_mut(len)) else {
                return;
            };
            let new = *s == u32::MAX;
            let at = if new { len as u32 } else { *s };
            *n = b;
            *s = at;
            if let Some(c) = row_count.get_mut(at as usize) {
                *c = c.saturating_add(1);
            }
            len += usize::from(new);
        };
        for &k in &occ[start[a]..start[a + 1]] {
            let pos = seq[k].0;
            for &(pos2, b) in &seq[k + 1..] {
                if pos2 - pos >= window {
                    break;
                }
                tally(b);
            }
            for &(pos2, b) in seq[..k].iter().rev() {
                if pos - pos2 >= window {
                    break;
                }
                tally(b);
            }
        }
        let row = row_nbr.get(..len).unwrap_or_default();
        for &b in row {
            if let Some(s) = slot.get_mut(b as usize) {
                *s = u32::MAX;
            }
        }
        nbr.extend_from_slice(row);
        if let Some(counts) = row_count.get_mut(..len) {
            count.extend_from_slice(counts);
            counts.fill(0);
        }
        row_ends.push(nbr.len());
    }
    // The counts convert to f64 exactly: the weights are the sums of ones they were when
    // tallied in f64.
    Graph::from_rows(row_ends, nbr, &count)
}

/// PositionRank: a position-biased PageRank over noun/adjective-like words (window 10);
/// candidates are the runs of such words ending in a noun-like word, at most 3 words,
/// scored by the sum of their words' scores.
pub(crate) fn positionrank(prep: &Prep<'_, '_>, max_words: usize, opts: &Finish) -> Vec<Keyphrase> {
    let (vertices, rank) = position_graph(prep, 10, |i| prep.is_phrase_word(i));
    let cands = noun_phrases(prep, max_words);
    let scores = sum_scores(&cands, &vertices, &rank);
    finish(prep, &cands, &scores, opts)
}

fn noun_phrases(prep: &Prep<'_, '_>, max_words: usize) -> Candidates {
    noun_phrases_with(prep, max_words, false)
}

/// Whether token `k`, last of a run of phrase words, reads as the finite verb of a clause whose
/// subject is the words before it: a lowercase word not in `-s` right after a plural in `-s`
/// (`troops move`, `users click`, `services depend`; Portuguese `militares morreram`, where an
/// adjective would agree in `-s`), followed in the same sentence by a boundary word (a
/// preposition, adverb or article, not punctuation). Measured on the English dev sets, the
/// trim raised precision@10 on four of five (inspec 31.31 to 31.62, semeval2017 39.92 to
/// 40.46). A singular subject with an `-s` verb (`flag flies`) is not caught: the same
/// shape is a noun compound (`state elections`, `neural networks`), and the trim cost
/// 2 points of F1 on Inspec. A subject that starts its run is spared (`users click` stays,
/// `Russian troops move` loses `move`): trimming those too cost about 0.1 F1@10 on SemEval-2010's
/// full papers (rank shifts as the trimmed subjects gain occurrences), below that set's figure
/// before the trim. Sparing them keeps every English dev set at or above it (inspec 27.24,
/// duc2001 27.67, semeval2017 30.26, semeval2010 17.07, 500n 12.03) for about a point on
/// Portuguese (29.78 to 28.83, still above every other algorithm there).
fn verb_after_subject(prep: &Prep<'_, '_>, start: usize, k: usize, end: usize) -> bool {
    if k <= start + 1 || k + 1 >= end {
        return false;
    }
    let doc = prep.doc;
    let tokens = doc.tokens();
    let (Some(prev), Some(t)) = (tokens.get(k - 1), tokens.get(k)) else {
        return false;
    };
    if !matches!(prep.class.get(k + 1), Some(Class::Boundary | Class::Stop)) {
        return false;
    }
    let (p, w) = (doc.surface(prev), doc.surface(t));
    if !w.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    plural(p) && !plural(w)
}

/// Whether token `k` starts with a capital letter.
fn starts_with_capital(prep: &Prep<'_, '_>, k: usize) -> bool {
    let doc = prep.doc;
    doc.tokens()
        .get(k)
        .and_then(|t| doc.surface(t).chars().next())
        .is_some_and(char::is_uppercase)
}

/// Where the phrase `a..b` starts once a lowercase lead before a name is dropped: when the
/// phrase is lowercase words and then only capitalised words, the name alone (`marks Putin`,
/// `weaken Russia`); otherwise `a`. A lowercase word mid-phrase keeps its lead (`hidden Markov
/// models`).
fn name_after_lowercase(prep: &Prep<'_, '_>, a: usize, b: usize) -> usize {
    let capital = |k: usize| starts_with_capital(prep, k);
    let mut m = a;
    while m < b && !capital(m) {
        m += 1;
    }
    if m > a && m < b && (m..b).all(capital) {
        m
    } else {
        a
    }
}

/// The end of a noun phrase joined by a connector at token `k` (`chefe` + `de Estado`): the
/// connector, then a run of phrase words ending in a noun-like word; `None` when there is none.
fn connected_phrase(prep: &Prep<'_, '_>, k: usize, limit: usize) -> Option<usize> {
    if prep.connectors.is_empty() || k + 1 >= limit {
        return None;
    }
    let doc = prep.doc;
    let t = doc.tokens().get(k)?;
    if !prep.connectors.contains(&doc.norm(t.norm)) {
        return None;
    }
    let mut e = k + 1;
    while e < limit && prep.is_phrase_word(e) && !prep.starts_modifier(e) {
        e += 1;
    }
    while e > k + 1 && !prep.is_phrase_end(e - 1) {
        e -= 1;
    }
    (e > k + 1).then_some(e)
}

/// Whether a word looks like a plural in `-s` (not `-ss`, `-us`, `-is`: `class`, `status`,
/// `analysis`), longer than three bytes.
fn plural(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
}

/// The maximal runs of phrase words, trailing general adjectives trimmed, of at most
/// `max_words` words. With `verbs` (the default's rules): a trailing verb after its subject is
/// trimmed ([`verb_after_subject`]), in a language that capitalises its nouns a lowercase word
/// after them trimmed, a lowercase lead before a name dropped ([`name_after_lowercase`]), and a phrase joined to the next by a Romance connector is a
/// candidate too ([`connected_phrase`]).
fn noun_phrases_with(prep: &Prep<'_, '_>, max_words: usize, verbs: bool) -> Candidates {
    // about one candidate per six tokens in news (cnndm_dev: 114 per 646): sized for one per
    // four, so the list and its table do not grow (or rehash) on a news article
    let mut cands = Candidates::with_capacity(prep.class.len() / 4 + 16);
    for range in prep.sentence_ranges() {
        let mut i = range.start;
        while i < range.end {
            if !prep.is_phrase_word(i) {
                i += 1;
                continue;
            }
            // a run of phrase words, cut where a modifier follows a noun
            let mut j = i + 1;
            while j < range.end && prep.is_phrase_word(j) && !prep.starts_modifier(j) {
                j += 1;
            }
            let mut end = j;
            while end > i && !prep.is_phrase_end(end - 1) {
                end -= 1;
            }
            if verbs && prep.capitalised_nouns {
                // German nouns are capitalised: a lowercase word after the nouns is a verb or
                // an adverb (`Museum zeigt`, `Stadtgeschichte eröffnet`, `Weber hinzu`).
                while end > i && !starts_with_capital(prep, end - 1) {
                    end -= 1;
                }
            }
            if verbs && end == j && end > i && verb_after_subject(prep, i, end - 1, range.end) {
                end -= 1;
                while end > i && !prep.is_phrase_end(end - 1) {
                    end -= 1;
                }
            }
            let start = if verbs {
                name_after_lowercase(prep, i, end)
            } else {
                i
            };
            if end > start && end - start <= max_words {
                cands.add(prep, start, end);
                if verbs && end == j {
                    // every way of closing the joined phrase: the recurring ones survive
                    let last = connected_phrase(prep, end, range.end).unwrap_or(end);
                    for e in end + 2..=last.min(start + max_words) {
                        if prep.is_phrase_end(e - 1) {
                            cands.add(prep, start, e);
                        }
                    }
                }
            }
            i = j;
        }
    }
    cands
}

// ---------------------------------------------------------------------------------------
// nutgraf's own ranking
// ---------------------------------------------------------------------------------------

/// The co-occurrence window of the default ranking, in tokens. Wider than PositionRank's
/// 10: in news, the words of one topic spread over a sentence or two.
const NUTGRAF_WINDOW: usize = 20;

/// The least number of occurrences of a phrase joined by a connector for the default to keep it.
const JOINED_MIN_TF: usize = 2;

/// nutgraf's default: see [`crate::Algorithm::Nutgraf`].
pub(crate) fn nutgraf(prep: &Prep<'_, '_>, max_words: usize, opts: &Finish) -> Vec<Keyphrase> {
    let (vertices, rank) = position_graph(prep, NUTGRAF_WINDOW, |i| prep.is_phrase_word(i));
    let cands = noun_phrases_with(prep, max_words, true);
    let scores: Vec<f64> = sum_scores(&cands, &vertices, &rank)
        .into_iter()
        .zip(&cands.list)
        .map(|(sum, c)| {
            // A phrase joined by a connector (`chefe de Estado`) stands only when it recurs: once,
            // it is mostly a passing construction, and its summed score would push out the
            // single words that make up most keys (on 110-PT-BN-KP every joined phrase kept
            // cost 5 points of F1@10; kept from two occurrences, +0.4).
            let joined = (c.first()..c.first() + c.len()).any(|k| !prep.is_phrase_word(k));
            if joined && c.tf() < JOINED_MIN_TF {
                f64::NAN
            } else {
                sum * (1.0 + (c.tf() as f64).ln())
            }
        })
        .collect();
    // A name already said in a better-ranked phrase, as its head or in the name that ends it,
    // is not listed again ("Putin" after "Russian President Vladimir Putin", "Xi" after
    // "Chinese leader Xi Jinping"). Measured: F1@10 +0.2 on DUC-2001, -0.3 on 500N-KPCrowd
    // (whose crowd keys list surnames beside full names), within 0.05 elsewhere. The other
    // way round (a phrase dropped after its name) cost 0.9 on DUC-2001, whose keys are the
    // full phrases ("Hurricane Gilbert").
    let names = name_heads(prep, &cands);
    let wants = |i: usize| -> Option<TermId> {
        if names.get(i).copied().unwrap_or(false) {
            cands.list.get(i).and_then(|c| c.stems.first().copied())
        } else {
            None
        }
    };
    let claims = |k: usize| -> SmallVec<[TermId; 4]> {
        let Some(kept) = cands.list.get(k) else {
            return SmallVec::new();
        };
        if kept.len() < 2 {
            return SmallVec::new();
        }
        let mut out: SmallVec<[TermId; 4]> = kept
            .stems
            .get(name_tail(prep, kept)..)
            .map(SmallVec::from_slice)
            .unwrap_or_default();
        out.extend(kept.stems.last().copied());
        out
    };
    finish_claiming(
        prep,
        &cands,
        &scores,
        opts,
        &Claims {
            wants: &wants,
            claims: &claims,
        },
    )
}

/// Where the name at the end of a phrase starts (as an offset into its words): after the
/// last lowercase word of its first occurrence; the phrase's length when it has none (all
/// capitalised: the head rule covers it) or ends lowercase.
fn name_tail(prep: &Prep<'_, '_>, c: &crate::prep::Candidate) -> usize {
    let doc = prep.doc;
    let first = c.first();
    let lower = |k: usize| {
        doc.tokens()
            .get(first + k)
            .and_then(|t| doc.surface(t).chars().next())
            .is_some_and(char::is_lowercase)
    };
    match (0..c.len()).rev().find(|&k| lower(k)) {
        Some(k) => k + 1,
        None => c.len(),
    }
}

/// Per candidate: whether it is one word written as a name (capitalised at every occurrence
/// that does not start a sentence, and at least one such occurrence).
fn name_heads(prep: &Prep<'_, '_>, cands: &Candidates) -> Vec<bool> {
    let doc = prep.doc;
    cands
        .list
        .iter()
        .map(|c| {
            if c.len() != 1 {
                return false;
            }
            let mut inside = 0usize;
            for &o in &c.occ {
                let o = o as usize;
                if prep.sent_first.get(o).is_some_and(|&f| f as usize == o) {
                    continue;
                }
                let Some(t) = doc.tokens().get(o) else {
                    return false;
                };
                if !doc
                    .surface(t)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                {
                    return false;
                }
                inside += 1;
            }
            inside > 0
        })
        .collect()
}
