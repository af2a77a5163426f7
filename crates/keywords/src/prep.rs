//! What every algorithm needs from a [`Document`]: a word class per token, candidate phrases
//! grouped by their stems, and the final ranking into [`Keyphrase`]s.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault};
use std::ops::Range;
use std::sync::OnceLock;

use nutgraf_tokenize::{DocToken, Document, FxHasher, TermId, TokenKind};
use smallvec::{SmallVec, smallvec};

use crate::Keyphrase;
use crate::iso_extra::ISO_EXTRA;
use crate::lexicon::{
    ENGLISH_BOUNDARY, ENGLISH_WEAK, english_boundary_by_suffix, english_weak_by_suffix,
};

/// A `HashMap` with nutgraf-tokenize's [`FxHasher`]: keys here are small integers and short
/// strings from one document, where SipHash's protection against flooding buys nothing and
/// costs most of a lookup. Iteration order never reaches the output.
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub(crate) type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// The class of a token for candidate selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Punctuation or a symbol: ends every phrase.
    Punct,
    /// A number: ends a phrase (keyphrases are words).
    Number,
    /// A stopword of the tokenizer's list: ends a phrase for every algorithm.
    Stop,
    /// A closed-class word or general verb of the extra lists: ends a phrase where an
    /// algorithm asks for noun-phrase-like candidates.
    Boundary,
    /// A general adjective: may start a phrase but not end it or stand alone.
    Weak,
    /// Any other word.
    Content,
}

/// A document's tokens with their classes.
pub(crate) struct Prep<'a, 't> {
    pub doc: &'a Document<'t>,
    /// Per token.
    pub class: Vec<Class>,
    /// Per token: the index of its sentence's first token.
    pub sent_first: Vec<u32>,
    /// The words that join two nouns into one noun phrase in the document's language
    /// (Romance `de`: `chefe de Estado`, `ministère de la Santé`), empty for the others.
    pub connectors: &'static [&'static str],
    /// Whether the language writes every noun with a capital (German, Luxembourgish), so that
    /// a lowercase word cannot end a noun phrase.
    pub capitalised_nouns: bool,
}

/// Connectors of Romance noun phrases (noun + `de`/`di` + noun), by ISO 639-3 code.
const CONNECTORS: &[(&str, &[&str])] = &[
    ("cat", &["de", "del", "dels", "d"]),
    ("fra", &["de", "du", "des", "d"]),
    ("glg", &["de", "da", "do", "das", "dos"]),
    (
        "ita",
        &["di", "del", "della", "dello", "dei", "degli", "delle", "d"],
    ),
    ("por", &["de", "da", "do", "das", "dos"]),
    ("ron", &["de"]),
    ("spa", &["de", "del"]),
];

/// The class the English word lists give a word: [`Class::Boundary`] for the closed-class
/// words and general verbs, [`Class::Weak`] for the general adjectives (a word on both lists
/// is a boundary). One lookup per distinct word.
fn english_class() -> &'static FxMap<&'static str, Class> {
    static MAP: OnceLock<FxMap<&'static str, Class>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FxMap::default();
        for &w in ENGLISH_WEAK {
            map.insert(w, Class::Weak);
        }
        for &w in ENGLISH_BOUNDARY {
            map.insert(w, Class::Boundary);
        }
        map
    })
}

/// Whether the English word lists apply: the caller said so, or English function words make
/// up at least 6% of the words.
fn looks_english(doc: &Document<'_>) -> bool {
    const CORE: [&str; 10] = [
        "the", "of", "and", "to", "in", "is", "a", "for", "that", "with",
    ];
    let mut words = 0usize;
    let mut hits = 0usize;
    let mut is_core: Vec<Option<bool>> = vec![None; doc.norm_count()];
    for t in doc.tokens() {
        if t.kind != TokenKind::Word {
            continue;
        }
        words += 1;
        if let Some(slot) = is_core.get_mut(t.norm as usize) {
            let core = *slot.get_or_insert_with(|| CORE.contains(&doc.norm(t.norm)));
            hits += usize::from(core);
        }
    }
    words > 0 && hits * 100 >= words * 6
}

/// The code as this crate knows it (`eng` or a code of [`ISO_EXTRA`]), or `None`.
pub(crate) fn language_code(code: &str) -> Option<&'static str> {
    let code = code.trim();
    if code.eq_ignore_ascii_case("eng") || code.eq_ignore_ascii_case("en") {
        return Some("eng");
    }
    ISO_EXTRA
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|&(c, _)| c)
}

/// The extra boundary words of a language (sorted), empty when it has none.
fn iso_extra(code: Option<&str>) -> &'static [&'static str] {
    code.and_then(|code| ISO_EXTRA.iter().find(|(c, _)| *c == code))
        .map_or(&[], |&(_, words)| words)
}

impl<'a, 't> Prep<'a, 't> {
    pub fn new(doc: &'a Document<'t>, english: Option<bool>) -> Prep<'a, 't> {
        Prep::with_language(doc, english, None)
    }

    /// As [`Prep::new`], with the document's language (a code from [`language_code`]): its
    /// stopwords-iso words bound candidates too.
    pub fn with_language(
        doc: &'a Document<'t>,
        english: Option<bool>,
        language: Option<&str>,
    ) -> Prep<'a, 't> {
        let english = english.unwrap_or_else(|| looks_english(doc));
        let extra = iso_extra(language);
        let mut norm_class: Vec<Option<Class>> = vec![None; doc.norm_count()];
        let tokens = doc.tokens();
        let mut class = Vec::with_capacity(tokens.len());
        let mut sent_first = vec![0u32; tokens.len()];
        for s in doc.sentences() {
            for i in s.tokens.clone() {
                if let Some(slot) = sent_first.get_mut(i) {
                    *slot = s.tokens.start as u32;
                }
            }
        }
        for t in tokens {
            let c = match t.kind {
                TokenKind::Punctuation | TokenKind::Symbol => Class::Punct,
                TokenKind::Number => Class::Number,
                TokenKind::Word => match norm_class.get_mut(t.norm as usize) {
                    Some(slot) => *slot.get_or_insert_with(|| word_class(doc, t, english, extra)),
                    None => word_class(doc, t, english, extra),
                },
            };
            class.push(c);
        }
        if english {
            // a lowercase participle right before a capitalised word is a verb, not a
            // modifier: "welcomed Putin" (but "United Nations" stays)
            for i in 1..tokens.len() {
                let (Some(t), Some(next)) = (tokens.get(i - 1), tokens.get(i)) else {
                    continue;
                };
                if class.get(i - 1) == Some(&Class::Weak)
                    && english_weak_by_suffix(doc.surface(t))
                    && doc
                        .surface(next)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                    && next.sentence == t.sentence
                {
                    class[i - 1] = Class::Boundary;
                }
            }
        }
        let connectors = language
            .and_then(|code| CONNECTORS.iter().find(|(c, _)| *c == code))
            .map_or(&[][..], |&(_, words)| words);
        let capitalised_nouns = matches!(language, Some("deu" | "ltz"));
        Prep {
            doc,
            class,
            sent_first,
            connectors,
            capitalised_nouns,
        }
    }

    /// Whether token `i` is a word that may be part of a noun-phrase-like candidate.
    pub fn is_phrase_word(&self, i: usize) -> bool {
        matches!(self.class.get(i), Some(Class::Content | Class::Weak))
    }

    /// Whether tokens `a..b` look like a noun phrase: modifiers (general adjectives and
    /// participles) only before the nouns, as in `ADJ* NOUN+`, and a noun-like word last.
    pub fn is_noun_phrase(&self, a: usize, b: usize) -> bool {
        b > a
            && self.is_phrase_end(b - 1)
            && (a..b).all(|k| self.is_phrase_word(k))
            && !(a + 1..b).any(|k| self.starts_modifier(k))
    }

    /// Whether token `k` is a modifier right after a noun-like word: it cannot continue the
    /// noun phrase before it (`Putin answered`).
    pub fn starts_modifier(&self, k: usize) -> bool {
        k > 0
            && matches!(self.class.get(k), Some(Class::Weak))
            && matches!(self.class.get(k - 1), Some(Class::Content))
    }

    /// Whether token `i` may end a noun-phrase-like candidate.
    pub fn is_phrase_end(&self, i: usize) -> bool {
        matches!(self.class.get(i), Some(Class::Content))
    }

    /// The stem of token `i` (`u32::MAX` if out of range).
    pub fn stem(&self, i: usize) -> TermId {
        self.doc.tokens().get(i).map_or(TermId::MAX, |t| t.stem)
    }

    /// The sentences as token ranges.
    pub fn sentence_ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.doc.sentences().iter().map(|s| s.tokens.clone())
    }
}

fn word_class(doc: &Document<'_>, t: &DocToken, english: bool, extra: &[&str]) -> Class {
    let norm = doc.norm(t.norm);
    if t.stopword {
        return Class::Stop;
    }
    let mut chars = norm.chars();
    let first = chars.next();
    let single = chars.next().is_none();
    let cjk = first.is_some_and(is_cjk);
    if !norm.chars().any(char::is_alphabetic)
        || (single && !cjk)
        || (!english && elided_clitic(norm))
    {
        return Class::Stop;
    }
    if extra.binary_search(&norm).is_ok() {
        return Class::Boundary;
    }
    if english {
        if let Some(&class) = english_class().get(norm) {
            return class;
        }
        if english_boundary_by_suffix(norm) {
            return Class::Boundary;
        }
        if english_weak_by_suffix(norm) {
            return Class::Weak;
        }
    }
    Class::Content
}

/// Whether a word is an elided clitic standing alone (French and Italian `l'`, `d'`, `qu'`,
/// `jusqu'`, `un'`): one or two letters, or a word in `qu`, before a final apostrophe. It can
/// never be a keyphrase word. Not applied to English, whose `O'` and `D'` start names
/// (`O'Brien`).
fn elided_clitic(norm: &str) -> bool {
    let Some(stem) = norm
        .strip_suffix('\'')
        .or_else(|| norm.strip_suffix('\u{2019}'))
    else {
        return false;
    };
    stem.chars().count() <= 2 || stem.ends_with("qu")
}

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}' | '\u{AC00}'..='\u{D7AF}')
}

/// One candidate phrase: its stems and where it occurs.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    /// The stems of its tokens, in order (inline up to four: no allocation for most phrases).
    pub stems: SmallVec<[TermId; 4]>,
    /// The index of the first token of each occurrence, ascending (inline up to two: most
    /// candidates occur once or twice).
    pub occ: SmallVec<[u32; 2]>,
}

impl Candidate {
    pub fn len(&self) -> usize {
        self.stems.len()
    }

    pub fn first(&self) -> usize {
        self.occ.first().map_or(usize::MAX, |&o| o as usize)
    }

    pub fn tf(&self) -> usize {
        self.occ.len()
    }
}

/// Candidate phrases keyed by their stems, in order of first occurrence.
#[derive(Default)]
pub(crate) struct Candidates {
    pub list: Vec<Candidate>,
    /// Indexes into `list`, found by the hash of their stems (which `list` holds, once).
    table: hashbrown::HashTable<u32>,
    buf: Vec<TermId>,
}

fn stems_hash(stems: &[TermId]) -> u64 {
    BuildHasherDefault::<FxHasher>::default().hash_one(stems)
}

impl Candidates {
    /// Room for about `n` distinct candidates.
    pub fn with_capacity(n: usize) -> Candidates {
        Candidates {
            list: Vec::with_capacity(n),
            table: hashbrown::HashTable::with_capacity(n),
            buf: Vec::new(),
        }
    }

    /// Adds an occurrence of the tokens `start..end`; returns the candidate's index.
    pub fn add(&mut self, prep: &Prep<'_, '_>, start: usize, end: usize) -> usize {
        let mut stems = std::mem::take(&mut self.buf);
        stems.clear();
        stems.extend((start..end).map(|i| prep.stem(i)));
        let id = self.add_stems(&stems, start);
        self.buf = stems;
        id
    }

    /// Adds an occurrence starting at token `start` with the given stems.
    pub fn add_stems(&mut self, stems: &[TermId], start: usize) -> usize {
        let hash = stems_hash(stems);
        let list = &mut self.list;
        let found = self
            .table
            .find(hash, |&id| {
                list.get(id as usize).is_some_and(|c| *c.stems == *stems)
            })
            .copied();
        if let Some(id) = found {
            if let Some(c) = list.get_mut(id as usize) {
                if c.occ.last().is_none_or(|&o| o as usize != start) {
                    c.occ.push(start as u32);
                }
            }
            return id as usize;
        }
        let id = list.len();
        list.push(Candidate {
            stems: SmallVec::from_slice(stems),
            occ: smallvec![start as u32],
        });
        let list = &*list;
        self.table.insert_unique(hash, id as u32, |&id| {
            list.get(id as usize).map_or(0, |c| stems_hash(&c.stems))
        });
        id
    }
}

/// The longest n-gram of the algorithms that enumerate n-grams (YAKE, TF-IDF), whatever
/// `max_words` says: it keeps their cost linear in the length of a run of words.
pub(crate) const MAX_NGRAM: usize = 8;

/// Collects, in every sentence, the runs of tokens for which `inside` holds, and adds each
/// run's n-grams of 1 to `max_words` words (at most [`MAX_NGRAM`]) for which `ok(start, end)`
/// holds.
pub(crate) fn ngrams_in_runs(
    prep: &Prep<'_, '_>,
    max_words: usize,
    inside: impl Fn(usize) -> bool,
    ok: impl Fn(usize, usize) -> bool,
) -> Candidates {
    let mut cands = Candidates::default();
    for s in prep.sentence_ranges() {
        let mut i = s.start;
        while i < s.end {
            if !inside(i) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < s.end && inside(j) {
                j += 1;
            }
            for a in i..j {
                for b in a + 1..=j.min(a + max_words.min(MAX_NGRAM)) {
                    if ok(a, b) {
                        cands.add(prep, a, b);
                    }
                }
            }
            i = j;
        }
    }
    cands
}

/// Options of the final step.
pub(crate) struct Finish {
    pub top_n: usize,
    /// Drop a candidate that is a near-duplicate of a better one.
    pub merge: bool,
}

/// Ranks scored candidates (higher first; ties by first occurrence, then the longer first,
/// then by index) and
/// builds the keyphrases.
pub(crate) fn finish(
    prep: &Prep<'_, '_>,
    cands: &Candidates,
    scores: &[f64],
    opts: &Finish,
) -> Vec<Keyphrase> {
    rank_and_build(prep, cands, scores, opts, None)
}

/// As [`finish`], with one more near-duplicate test: `dup(candidate, kept)` (applied even
/// when merging is off, since it is the algorithm's own). It compares each candidate with
/// every phrase kept so far, so its cost is O(candidates x top_n).
pub(crate) fn finish_with(
    prep: &Prep<'_, '_>,
    cands: &Candidates,
    scores: &[f64],
    opts: &Finish,
    dup: impl Fn(usize, usize) -> bool,
) -> Vec<Keyphrase> {
    rank_and_build(prep, cands, scores, opts, Some(&dup))
}

/// A test by claimed words, indexed: `wants(i)` is the word a candidate needs unclaimed to
/// be kept, `claims(k)` the words a kept phrase claims. Linear in candidates and kept words.
pub(crate) struct Claims<'f> {
    pub wants: &'f dyn Fn(usize) -> Option<TermId>,
    pub claims: &'f dyn Fn(usize) -> SmallVec<[TermId; 4]>,
}

/// As [`finish`], and a candidate whose wanted word a kept phrase claims is passed over.
pub(crate) fn finish_claiming(
    prep: &Prep<'_, '_>,
    cands: &Candidates,
    scores: &[f64],
    opts: &Finish,
    claims: &Claims<'_>,
) -> Vec<Keyphrase> {
    rank_and_build_with(prep, cands, scores, opts, None, Some(claims))
}

fn rank_and_build(
    prep: &Prep<'_, '_>,
    cands: &Candidates,
    scores: &[f64],
    opts: &Finish,
    dup: Option<&dyn Fn(usize, usize) -> bool>,
) -> Vec<Keyphrase> {
    rank_and_build_with(prep, cands, scores, opts, dup, None)
}

/// Ranks and keeps the candidates. The merge of near-duplicates is indexed (by sorted stems,
/// and by every contiguous run of stems of the kept phrases), so without an algorithm's own
/// `dup` test the cost is O(candidates x words per phrase^2), whatever `top_n` is.
fn rank_and_build_with(
    prep: &Prep<'_, '_>,
    cands: &Candidates,
    scores: &[f64],
    opts: &Finish,
    dup: Option<&dyn Fn(usize, usize) -> bool>,
    claims: Option<&Claims<'_>>,
) -> Vec<Keyphrase> {
    let mut claimed: FxSet<TermId> = FxSet::default();
    let n = cands.list.len().min(scores.len());
    let mut order: Vec<usize> = Vec::with_capacity(n);
    order.extend((0..n).filter(|&i| scores.get(i).is_some_and(|s| s.is_finite())));
    // A total order (the index breaks every tie), so sorting a head apart from the rest gives
    // the same sequence as sorting the whole.
    let by_rank = |&a: &usize, &b: &usize| {
        let (sa, sb) = (scores[a], scores[b]);
        sb.total_cmp(&sa)
            .then_with(|| cands.list[a].first().cmp(&cands.list[b].first()))
            .then_with(|| cands.list[b].len().cmp(&cands.list[a].len()))
            .then_with(|| a.cmp(&b))
    };
    // Most documents fill `top_n` from the best few candidates: sort only a head of them
    // first, and the rest when the head runs out.
    let head = opts.top_n.saturating_mul(4).max(16);
    let mut sorted_up_to = order.len();
    if head < order.len() {
        order.select_nth_unstable_by(head, by_rank);
        sorted_up_to = head;
    }
    order[..sorted_up_to].sort_by(by_rank);
    let mut chosen: Vec<usize> = Vec::with_capacity(opts.top_n.min(order.len()));
    // Sorted stems of the kept phrases; kept phrases by their exact stems; and kept phrases by
    // every contiguous run of their stems (to find the kept phrases a candidate lies inside).
    // (inline vectors: phrases have at most a few words, and most lists hold one phrase)
    // Sized for the usual top ten of phrases of up to four words (three proper runs each), so
    // that they do not grow as phrases are kept.
    let kept = if opts.merge { opts.top_n.min(64) } else { 0 };
    let mut chosen_sorted: FxSet<SmallVec<[TermId; 4]>> =
        FxSet::with_capacity_and_hasher(kept, Default::default());
    let mut by_stems: FxMap<&[TermId], SmallVec<[usize; 2]>> =
        FxMap::with_capacity_and_hasher(kept, Default::default());
    let mut by_part: FxMap<&[TermId], SmallVec<[usize; 2]>> =
        FxMap::with_capacity_and_hasher(kept * 3, Default::default());
    for pos in 0..order.len() {
        if chosen.len() >= opts.top_n {
            break;
        }
        if pos == sorted_up_to {
            order[sorted_up_to..].sort_by(by_rank);
        }
        let i = order[pos];
        let c = &cands.list[i];
        if let Some(dup) = dup {
            if chosen.iter().any(|&k| dup(i, k)) {
                continue;
            }
        }
        if let Some(claims) = claims {
            if (claims.wants)(i).is_some_and(|w| claimed.contains(&w)) {
                continue;
            }
        }
        if opts.merge {
            let mut sorted = c.stems.clone();
            sorted.sort_unstable();
            if chosen_sorted.contains(&sorted) {
                continue;
            }
            let stems: &[TermId] = &c.stems;
            // kept phrases that contain this candidate
            let inside = by_part.get(stems).into_iter().flatten();
            // kept phrases that this candidate contains
            let parts = (1..stems.len()).flat_map(|len| stems.windows(len));
            let contained = parts.filter_map(|w| by_stems.get(w)).flatten();
            if inside
                .chain(contained)
                .any(|&k| same_information(c, &cands.list[k]))
            {
                continue;
            }
            chosen_sorted.insert(sorted);
            by_stems.entry(stems).or_default().push(i);
            for len in 1..stems.len() {
                for w in stems.windows(len) {
                    let list = by_part.entry(w).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        if let Some(claims) = claims {
            claimed.extend((claims.claims)(i));
        }
        chosen.push(i);
    }
    chosen
        .into_iter()
        .map(|i| keyphrase(prep, &cands.list[i], scores[i]))
        .collect()
}

/// Whether one of two phrases lies inside the other and never occurs outside it: then the
/// two say the same thing.
fn same_information(a: &Candidate, b: &Candidate) -> bool {
    let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.len() == big.len() {
        return false;
    }
    let Some(offset) = big
        .stems
        .windows(small.len())
        .position(|w| w == &*small.stems)
    else {
        return false;
    };
    if small.tf() > big.tf() {
        return false;
    }
    // every occurrence of `small` is at `offset` inside an occurrence of `big`
    let mut j = 0;
    for &o in &small.occ {
        let want = o as usize;
        while j < big.occ.len() && (big.occ[j] as usize) + offset < want {
            j += 1;
        }
        if j >= big.occ.len() || big.occ[j] as usize + offset != want {
            return false;
        }
    }
    true
}

/// The byte span of an occurrence of `len` tokens starting at token `start`.
pub(crate) fn occurrence_span(
    doc: &Document<'_>,
    start: usize,
    len: usize,
) -> Option<Range<usize>> {
    let tokens = doc.tokens();
    let first = tokens.get(start)?;
    let last = tokens.get(start + len.max(1) - 1)?;
    Some(first.span.start..last.span.end.max(first.span.start))
}

/// The text of a span with runs of white space collapsed to one space: borrowed when it has
/// nothing to collapse (words apart by single spaces, as nearly every phrase is).
fn collapse(text: &str) -> Cow<'_, str> {
    // Unchanged when every white-space character is a single ASCII space between two other
    // characters.
    let mut after_space = true; // a space at the start would be dropped
    let mut plain = true;
    for c in text.chars() {
        if c.is_whitespace() {
            if c != ' ' || after_space {
                plain = false;
                break;
            }
            after_space = true;
        } else {
            after_space = false;
        }
    }
    if text.is_empty() || (plain && !after_space) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn keyphrase(prep: &Prep<'_, '_>, c: &Candidate, score: f64) -> Keyphrase {
    let doc = prep.doc;
    let text = doc.text();
    // Occurrences in order; one that overlaps the previous (`he he` twice in `he he he`) is
    // left out, so that highlighting the spans marks each char at most once.
    let mut spans: Vec<Range<usize>> = Vec::with_capacity(c.occ.len());
    for span in c
        .occ
        .iter()
        .filter_map(|&o| occurrence_span(doc, o as usize, c.len()))
    {
        if spans.last().is_none_or(|last| last.end <= span.start) {
            spans.push(span);
        }
    }
    if let [only] = spans.as_slice() {
        // one occurrence (most phrases): its surface form is the phrase's
        let text = collapse(text.get(only.clone()).unwrap_or("")).into_owned();
        return Keyphrase { text, score, spans };
    }
    // the most frequent surface form; ties go to the earliest
    let mut surfaces: Vec<(Cow<'_, str>, usize)> = spans
        .iter()
        .enumerate()
        .map(|(k, s)| (collapse(text.get(s.clone()).unwrap_or("")), k))
        .collect();
    surfaces.sort();
    let mut best: Option<(usize, usize, usize)> = None; // (count, first index, position in surfaces)
    let mut k = 0;
    while k < surfaces.len() {
        let mut e = k;
        while e < surfaces.len() && surfaces[e].0 == surfaces[k].0 {
            e += 1;
        }
        let count = e - k;
        let first = surfaces[k].1;
        let better = match best {
            None => true,
            Some((bc, bf, _)) => count > bc || (count == bc && first < bf),
        };
        if better {
            best = Some((count, first, k));
        }
        k = e;
    }
    let text = best
        .and_then(|(_, _, k)| surfaces.get(k))
        .map(|(s, _)| s.to_string())
        .unwrap_or_default();
    Keyphrase { text, score, spans }
}

/// The convergence test of [`pagerank`], per vertex: the tolerance pke (the reference
/// implementation of TextRank, SingleRank and PositionRank) passes to networkx's `pagerank`
/// (whose own default is 1e-6). Rankings of keyphrases are settled by then: against the fixed
/// point itself (1e-7), F1@10 of the default moves by at most 0.16 on the five dev sets
/// (26.98 / 27.11 / 30.03 / 11.82 / 17.02 against 26.97 / 27.27 / 29.91 / 11.87 / 17.14 on
/// Inspec, DUC-2001, SemEval-2017, 500N-KPCrowd, SemEval-2010), at half the sweeps of 1e-5.
const TOLERANCE: f64 = 1e-4;

/// An undirected weighted graph in compressed rows: the neighbours of vertex `v` are
/// `nbr[start[v]..start[v + 1]]` with their edge weights alongside in `weight`, ascending when
/// built by [`Graph::from_edges`] and in the order the co-occurrence scan first met them when
/// built row by row (either way a fixed order, so PageRank's sums are deterministic). Every
/// edge is stored in both rows, with the same weight.
pub(crate) struct Graph {
    start: Vec<usize>,
    nbr: Vec<u32>,
    weight: Vec<f64>,
    /// The sum of all weights when they are counts, added up as integers: the same value as
    /// adding them up as f64 one after another (exact below 2^53), without a chain of
    /// thousands of dependent floating-point additions.
    count_total: Option<u64>,
}

impl Graph {
    /// The graph whose row `v` ends at entry `row_ends[v]` of `nbr` (each row starting where
    /// the previous one ends), with edge weights `counts` alongside.
    pub(crate) fn from_rows(row_ends: Vec<usize>, nbr: Vec<u32>, counts: &[u32]) -> Graph {
        let mut start = Vec::with_capacity(row_ends.len() + 1);
        start.push(0);
        start.extend(row_ends);
        Graph {
            start,
            nbr,
            weight: counts.iter().map(|&c| f64::from(c)).collect(),
            count_total: Some(counts.iter().map(|&c| u64::from(c)).sum()),
        }
    }

    /// The graph of `n` vertices with `edges`, each `(a, b, w)` with `a < b`, sorted and free
    /// of duplicates (rows come out ascending); edges naming a vertex `>= n` are dropped.
    pub(crate) fn from_edges(n: usize, edges: &[(u32, u32, f64)]) -> Graph {
        let keep = |a: usize, b: usize| a < n && b < n && a != b;
        let mut start = vec![0usize; n + 1];
        for &(a, b, _) in edges {
            let (a, b) = (a as usize, b as usize);
            if keep(a, b) {
                start[a + 1] += 1;
                start[b + 1] += 1;
            }
        }
        for v in 0..n {
            start[v + 1] += start[v];
        }
        let mut fill = start.clone();
        let mut nbr = vec![0u32; start[n]];
        let mut weight = vec![0.0f64; start[n]];
        // Sorted edges fill each row in ascending order: first the smaller neighbours (edges
        // (a, v), a < v, come earlier), then the larger ones.
        for &(a, b, w) in edges {
            let (ai, bi) = (a as usize, b as usize);
            if !keep(ai, bi) {
                continue;
            }
            nbr[fill[ai]] = b;
            weight[fill[ai]] = w;
            fill[ai] += 1;
            nbr[fill[bi]] = a;
            weight[fill[bi]] = w;
            fill[bi] += 1;
        }
        Graph {
            start,
            nbr,
            weight,
            count_total: None,
        }
    }

    /// The number of vertices.
    pub(crate) fn len(&self) -> usize {
        self.start.len().saturating_sub(1)
    }
}

/// Personalised PageRank on an undirected weighted graph, following Brin & Page (1998) as
/// TextRank uses it: `S(v) = (1-d) p(v) + d Σ_u w(u,v) / W(u) S(u)`, where `W(u)` is the
/// total weight of `u`'s edges and the score of a vertex without edges goes back through
/// `p`. `p` sums to 1 (uniform when `None`).
///
/// The fixed point is found by Gauss-Seidel sweeps (each vertex's update reads the scores
/// already updated in the same sweep), which reach it in about half the sweeps of the power
/// iteration networkx uses; the stopping rule is networkx's: at most 100 sweeps, ending when
/// the scores moved less than `TOLERANCE · n` in all (L1).
pub(crate) fn pagerank(graph: &Graph, p: Option<&[f64]>, d: f64) -> Vec<f64> {
    let n = graph.len();
    if n == 0 {
        return Vec::new();
    }
    let uniform = 1.0 / n as f64;
    let tolerance = TOLERANCE * n as f64;
    let priors: Vec<f64> = (0..n)
        .map(|v| p.and_then(|p| p.get(v).copied()).unwrap_or(uniform))
        .collect();
    // 1 / W(u), 0 for a vertex without edges
    let inverse_out: Vec<f64> = (0..n)
        .map(|v| {
            let row = graph.start[v]..graph.start[v + 1];
            let out: f64 = graph.weight[row].iter().sum();
            if out > 0.0 { 1.0 / out } else { 0.0 }
        })
        .collect();
    let dangling_vertices: Vec<usize> = (0..n).filter(|&v| inverse_out[v] == 0.0).collect();
    // Start from a first-order guess of the fixed point: the teleport share `(1-d) p` plus
    // `d` times the random walk's own stationary scores, which on an undirected graph are
    // proportional to the weighted degree. It halves the sweeps against starting from `p`;
    // the fixed point does not depend on the start.
    let total_weight: f64 = match graph.count_total {
        // exact: a document under the 128 MiB cap has far fewer than 2^53 co-occurrences
        Some(total) => total as f64,
        None => graph.weight.iter().sum(),
    };
    let mut score: Vec<f64> = if total_weight > 0.0 {
        (0..n)
            .map(|v| {
                let degree = if inverse_out[v] > 0.0 {
                    1.0 / inverse_out[v]
                } else {
                    0.0
                };
                (1.0 - d) * priors[v] + d * degree / total_weight
            })
            .collect()
    } else {
        priors.clone()
    };
    // what each vertex passes along each unit of edge weight: S(u) / W(u)
    let mut share: Vec<f64> = score.iter().zip(&inverse_out).map(|(s, i)| s * i).collect();
    for _ in 0..100 {
        // mass of vertices without edges is given back through the prior
        let dangling: f64 = dangling_vertices.iter().map(|&v| score[v]).sum();
        let mut delta = 0.0f64; // L1 change
        for v in 0..n {
            let row = graph.start[v]..graph.start[v + 1];
            let (nbr, weight) = (&graph.nbr[row.clone()], &graph.weight[row]);
            let mut sum = 0.0;
            for i in 0..nbr.len().min(weight.len()) {
                sum += weight[i] * share[nbr[i] as usize];
            }
            let prior_v = priors[v];
            let s = (1.0 - d) * prior_v + d * (sum + dangling * prior_v);
            delta += (s - score[v]).abs();
            score[v] = s;
            share[v] = s * inverse_out[v];
        }
        if delta < tolerance {
            break;
        }
    }
    score
}

/// The distinct co-occurrence edges among `pairs` (each `(a, b)` with `a < b`), sorted, each of
/// weight 1 (an unweighted graph).
pub(crate) fn distinct_edges(pairs: Vec<(u32, u32)>) -> Vec<(u32, u32, f64)> {
    // A counting sort by the first vertex, then, per first vertex, the distinct second
    // vertices gathered with a dense marker and sorted (a vertex has few neighbours): linear
    // in the pairs, where sorting them all costs a log factor more.
    let Some(max) = pairs.iter().map(|&(a, b)| a.max(b)).max() else {
        return Vec::new();
    };
    let n = max as usize + 1;
    let mut start = vec![0usize; n + 1];
    for &(a, _) in &pairs {
        start[a as usize + 1] += 1;
    }
    for v in 0..n {
        start[v + 1] += start[v];
    }
    let mut fill = start.clone();
    let mut seconds = vec![0u32; pairs.len()];
    for &(a, b) in &pairs {
        let slot = &mut fill[a as usize];
        seconds[*slot] = b;
        *slot += 1;
    }
    drop(pairs);
    let mut count = vec![0u32; n];
    let mut distinct: Vec<u32> = Vec::new();
    let mut out: Vec<(u32, u32, f64)> = Vec::new();
    for a in 0..n {
        distinct.clear();
        for &b in &seconds[start[a]..start[a + 1]] {
            let c = &mut count[b as usize];
            if *c == 0 {
                distinct.push(b);
            }
            *c = c.saturating_add(1);
        }
        distinct.sort_unstable();
        for &b in &distinct {
            count[b as usize] = 0;
            out.push((a as u32, b, 1.0));
        }
    }
    out
}

/// Maps the stems of a document to dense vertex ids, in order of first use.
pub(crate) struct Vertices {
    id: Vec<u32>,
    /// The stem of each vertex.
    pub stems: Vec<TermId>,
}

impl Vertices {
    pub fn new(stem_count: usize) -> Vertices {
        Vertices {
            id: vec![u32::MAX; stem_count],
            stems: Vec::with_capacity(stem_count),
        }
    }

    pub fn id(&mut self, stem: TermId) -> u32 {
        match self.id.get_mut(stem as usize) {
            Some(slot) => {
                if *slot == u32::MAX {
                    *slot = self.stems.len() as u32;
                    self.stems.push(stem);
                }
                *slot
            }
            None => u32::MAX,
        }
    }

    pub fn get(&self, stem: TermId) -> Option<usize> {
        self.id
            .get(stem as usize)
            .filter(|&&v| v != u32::MAX)
            .map(|&v| v as usize)
    }

    pub fn len(&self) -> usize {
        self.stems.len()
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::collapse;

    #[test]
    fn collapse_folds_white_space_and_borrows_when_nothing_folds() {
        for (text, want, borrowed) in [
            ("", "", true),
            ("Putin", "Putin", true),
            ("state visit", "state visit", true),
            ("two-day  state visit", "two-day state visit", false),
            ("state\nvisit", "state visit", false),
            (" state visit", "state visit", false),
            ("state visit ", "state visit", false),
            ("state\u{a0}visit", "state visit", false),
            ("Zürich  Ost", "Zürich Ost", false),
            ("  ", "", false),
        ] {
            let got = collapse(text);
            assert_eq!(got, want, "{text:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{text:?}");
        }
    }
}
