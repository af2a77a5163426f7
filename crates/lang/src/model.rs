//! Compact character n-gram tables (`data/ngrams.bin`) and their scoring.
//!
//! The tables are distilled from lingua-rs's language models (Apache-2.0); `gen/` builds them and
//! documents the byte format. Each [`Group`] holds the languages that share one script, so a text
//! is only scored against languages that can be written in its script.

use std::sync::OnceLock;

use whatlang::Lang;

/// The n-gram tables shipped with the crate.
static BLOB: &[u8] = include_bytes!("../data/ngrams.bin");

/// Which script a group of languages is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GroupId {
    Latin,
    Cyrillic,
    Arabic,
    Devanagari,
    /// Han characters: Chinese and Japanese (unigrams only).
    Han,
}

impl GroupId {
    fn from_byte(b: u8) -> Option<Self> {
        Some(match b {
            0 => Self::Latin,
            1 => Self::Cyrillic,
            2 => Self::Arabic,
            3 => Self::Devanagari,
            4 => Self::Han,
            _ => return None,
        })
    }
}

/// The languages of one script and their n-gram log-probabilities.
#[derive(Debug)]
pub(crate) struct Group {
    pub(crate) id: GroupId,
    /// The group's languages; an entry's language index points here.
    pub(crate) langs: Vec<Lang>,
    /// Alphabet as (char, index), sorted by char for binary search; indices start at 1.
    alphabet: Vec<(char, u16)>,
    max_order: usize,
    bits: u32,
    /// Sorted packed n-grams.
    keys: Vec<u64>,
    /// `entries[offsets[i]..offsets[i + 1]]` belong to `keys[i]`.
    offsets: Vec<u32>,
    /// (language index, -ln P quantised to 1/8 nat).
    entries: Vec<(u8, u8)>,
    /// Open-addressing hash index into `keys` (`u32::MAX` = empty slot), a power of two in
    /// size, at most half full: one probe or two per lookup instead of a binary search.
    slots: Vec<u32>,
}

/// All groups.
#[derive(Debug)]
pub(crate) struct Model {
    pub(crate) groups: Vec<Group>,
}

/// The shared model, parsed once; `None` only if the shipped tables are corrupt (a test checks
/// they are not), in which case detection falls back to whatlang alone.
pub(crate) fn model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL.get_or_init(|| Model::parse(BLOB)).as_ref()
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let s = self.bytes.get(self.pos..end)?;
        self.pos = end;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|s| s[0])
    }
    fn u16(&mut self) -> Option<u16> {
        let s = self.take(2)?;
        Some(u16::from_le_bytes([s[0], s[1]]))
    }
    fn u32(&mut self) -> Option<u32> {
        let s = self.take(4)?;
        Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

impl Model {
    fn parse(bytes: &[u8]) -> Option<Model> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4)? != b"NGL1" {
            return None;
        }
        let n_groups = r.u8()?;
        let mut groups = Vec::with_capacity(usize::from(n_groups));
        for _ in 0..n_groups {
            let id = GroupId::from_byte(r.u8()?)?;
            let n_langs = r.u8()?;
            if n_langs > 64 {
                return None;
            }
            let mut langs = Vec::with_capacity(usize::from(n_langs));
            for _ in 0..n_langs {
                let code = std::str::from_utf8(r.take(3)?).ok()?;
                langs.push(Lang::from_code(code)?);
            }
            let n_chars = r.u16()?;
            let mut alphabet = Vec::with_capacity(usize::from(n_chars));
            for i in 0..n_chars {
                let c = char::from_u32(r.u32()?)?;
                alphabet.push((c, i.checked_add(1)?));
            }
            alphabet.sort_unstable();
            let max_order = usize::from(r.u8()?);
            let bits = u32::from(r.u8()?);
            if !(1..=16).contains(&bits)
                || max_order == 0
                || max_order > 8
                || bits as usize * max_order > 64
            {
                return None;
            }
            let n_keys = r.u32()? as usize;
            let mut keys = Vec::with_capacity(n_keys);
            let mut offsets = Vec::with_capacity(n_keys + 1);
            let mut entries = Vec::new();
            let mut prev = 0u64;
            offsets.push(0u32);
            for _ in 0..n_keys {
                prev = prev.checked_add(r.varint()?)?;
                keys.push(prev);
                let n = r.u8()?;
                for _ in 0..n {
                    let l = r.u8()?;
                    if l >= n_langs {
                        return None;
                    }
                    entries.push((l, r.u8()?));
                }
                offsets.push(u32::try_from(entries.len()).ok()?);
            }
            let slots = build_slots(&keys)?;
            groups.push(Group {
                slots,
                id,
                langs,
                alphabet,
                max_order,
                bits,
                keys,
                offsets,
                entries,
            });
        }
        (r.pos == bytes.len()).then_some(Model { groups })
    }

    /// The group of `id`, if the tables have one.
    pub(crate) fn group(&self, id: GroupId) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }
}

fn slot_of(key: u64, mask: usize) -> usize {
    // Fibonacci hashing: the high bits of key * 2^64/phi.
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
}

/// The hash index of `keys` (see [`Group::slots`]); `None` if there are too many keys.
fn build_slots(keys: &[u64]) -> Option<Vec<u32>> {
    let size = keys
        .len()
        .checked_mul(2)?
        .max(16)
        .checked_next_power_of_two()?;
    if size > 1 << 31 {
        return None;
    }
    let mask = size - 1;
    let mut slots = vec![u32::MAX; size];
    for (i, &key) in keys.iter().enumerate() {
        let mut pos = slot_of(key, mask);
        while slots.get(pos).is_some_and(|&s| s != u32::MAX) {
            pos = (pos + 1) & mask;
        }
        *slots.get_mut(pos)? = u32::try_from(i).ok()?;
    }
    Some(slots)
}

/// Scoring constants (natural-log units).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ScoreParams {
    /// Added each time the lookup backs off to a shorter n-gram.
    pub(crate) backoff: f64,
    /// Score of a letter a language's table does not know at all.
    pub(crate) floor: f64,
    /// Added for each word of the text that is in a language's stopword list.
    pub(crate) stopword: f64,
    /// Letters scored at most (from the start of the text): beyond this, more text does not
    /// change the answer in practice, and the cost stays bounded.
    pub(crate) max_letters: usize,
    /// Scoring stops early, checked every 8 letters, once the best language leads every
    /// other allowed one by this many nats: more letters could not overturn such a margin
    /// in practice, and long texts then cost a fraction of `max_letters`.
    pub(crate) decisive_margin: f64,
}

impl Default for ScoreParams {
    fn default() -> Self {
        Self {
            backoff: -1.5,
            floor: -10.0,
            stopword: 2.0,
            max_letters: 1000,
            decisive_margin: 60.0,
        }
    }
}

/// The result of scoring a text against one group.
#[derive(Debug)]
pub(crate) struct Scores {
    /// Log-likelihood per group language (same order as `Group::langs`).
    pub(crate) log_lik: Vec<f64>,
    /// Letters scored.
    pub(crate) letters: usize,
}

impl Group {
    fn index_of(&self, c: char) -> Option<u64> {
        self.alphabet
            .binary_search_by_key(&c, |&(ch, _)| ch)
            .ok()
            .and_then(|i| self.alphabet.get(i))
            .map(|&(_, ix)| u64::from(ix))
    }

    /// The content of the first slot `key` probes (see [`Group::lookup_from`]).
    fn first_probe(&self, key: u64) -> u32 {
        let mask = self.slots.len().wrapping_sub(1);
        self.slots
            .get(slot_of(key, mask))
            .copied()
            .unwrap_or(u32::MAX)
    }

    /// The entries of `key`, given the content of its first probe, `first`.
    fn lookup_from(&self, key: u64, first: u32) -> &[(u8, u8)] {
        let mask = self.slots.len().wrapping_sub(1);
        let mut pos = slot_of(key, mask);
        let mut ix = first;
        // At most half full, so an empty slot ends every probe sequence.
        for probe in 0..self.slots.len() {
            if probe > 0 {
                let Some(&next) = self.slots.get(pos) else {
                    return &[];
                };
                ix = next;
            }
            if ix == u32::MAX {
                return &[];
            }
            let i = ix as usize;
            if self.keys.get(i) == Some(&key) {
                let lo = self.offsets.get(i).copied().unwrap_or(0) as usize;
                let hi = self.offsets.get(i + 1).copied().unwrap_or(0) as usize;
                return self.entries.get(lo..hi).unwrap_or(&[]);
            }
            pos = (pos + 1) & mask;
        }
        &[]
    }

    /// [`Group::score_from`] from zero scores.
    #[cfg(test)]
    pub(crate) fn score(&self, text: &str, mask: u64, params: ScoreParams) -> Scores {
        self.score_from(text, mask, params, vec![0.0; self.langs.len()])
    }

    /// Scores `text` as a character language model per language: each letter adds
    /// ln P(letter | up to `max_order - 1` preceding letters of its word), backing off to shorter
    /// contexts (with a penalty) where a language's table has no entry, and `floor` where it has
    /// none at all. Letters outside the group's alphabet and non-letters end the current word and
    /// are not scored. `mask` has bit `i` set for each language to score (others get `-inf`).
    ///
    /// Scores start from `prior` (one per group language: the common-word votes), which the
    /// decisive-lead test sees, so a text whose common words already speak for one language
    /// stops after fewer letters.
    pub(crate) fn score_from(
        &self,
        text: &str,
        mask: u64,
        params: ScoreParams,
        prior: Vec<f64>,
    ) -> Scores {
        let n_langs = self.langs.len();
        let mut log_lik = prior;
        log_lik.resize(n_langs, 0.0);
        let prior_kept = log_lik.clone();
        let mut ctx: [u64; 8] = [0; 8];
        let mut ctx_len = 0usize;
        let mut letters = 0usize;
        let keep = self.max_order.saturating_sub(1).min(ctx.len() - 1);
        let full = if n_langs >= 64 {
            u64::MAX
        } else {
            (1u64 << n_langs) - 1
        };
        let mask = mask & full;
        for lower in text.chars().flat_map(char::to_lowercase) {
            let idx = if lower.is_alphabetic() || is_combining_letter_part(lower) {
                self.index_of(lower)
            } else {
                None
            };
            let Some(idx) = idx else {
                ctx_len = 0;
                continue;
            };
            if letters >= params.max_letters {
                break;
            }
            letters += 1;
            // ctx[0..ctx_len] holds the preceding letters, oldest first.
            let mut resolved: u64 = !mask & full;
            let longest = ctx_len + 1;
            // The n-grams ending at this letter, longest first, and the first probe of each:
            // the probes do not depend on one another, so their cache misses overlap instead
            // of following one after the other through the back-off.
            let mut keys = [0u64; 8];
            let mut probes = [u32::MAX; 8];
            for (k, n) in (1..=longest).rev().enumerate() {
                let mut key = 0u64;
                let start = ctx_len + 1 - n;
                for (j, &c) in ctx[start..ctx_len].iter().enumerate() {
                    key |= c << (self.bits * j as u32);
                }
                key |= idx << (self.bits * (n as u32 - 1));
                if let (Some(kk), Some(p)) = (keys.get_mut(k), probes.get_mut(k)) {
                    *kk = key;
                    *p = self.first_probe(key);
                }
            }
            for (k, n) in (1..=longest).rev().enumerate() {
                let (key, probe) = (keys.get(k).copied(), probes.get(k).copied());
                let (Some(key), Some(probe)) = (key, probe) else {
                    break;
                };
                let penalty = params.backoff * (longest - n) as f64;
                for &(l, q) in self.lookup_from(key, probe) {
                    let bit = 1u64 << l;
                    if resolved & bit == 0 {
                        resolved |= bit;
                        if let Some(s) = log_lik.get_mut(usize::from(l)) {
                            *s += penalty - f64::from(q) / 8.0;
                        }
                    }
                }
                if resolved == full {
                    break;
                }
            }
            let unresolved_penalty = params.floor + params.backoff * ctx_len as f64;
            // only the languages left unresolved (usually few), lowest first
            let mut unresolved = !resolved & full;
            while unresolved != 0 {
                let l = unresolved.trailing_zeros() as usize;
                if let Some(s) = log_lik.get_mut(l) {
                    *s += unresolved_penalty;
                }
                unresolved &= unresolved - 1;
            }
            if letters.is_multiple_of(8)
                && lead_settled(&log_lik, &prior_kept, letters, mask, params)
            {
                break;
            }
            // shift the context window
            if ctx_len < keep {
                ctx[ctx_len] = idx;
                ctx_len += 1;
            } else if keep > 0 {
                ctx.copy_within(1..keep, 0);
                ctx[keep - 1] = idx;
            }
        }
        for (l, s) in log_lik.iter_mut().enumerate() {
            if mask & (1u64 << l) == 0 {
                *s = f64::NEG_INFINITY;
            }
        }
        Scores { log_lik, letters }
    }
}

/// The decisive-lead test after `letters` letters: with the starting scores counted from the
/// 16th letter on, on the n-grams alone at the 8th. (A text scored on fewer than 12 letters is
/// never called reliable, so the common-word votes alone must not end scoring that early.)
fn lead_settled(
    log_lik: &[f64],
    prior: &[f64],
    letters: usize,
    mask: u64,
    params: ScoreParams,
) -> bool {
    if letters >= 16 {
        return decided(log_lik, mask, params.decisive_margin);
    }
    let mut ngrams = [0.0f64; 64];
    for ((n, &s), &p) in ngrams.iter_mut().zip(log_lik).zip(prior) {
        *n = s - p;
    }
    decided(
        ngrams.get(..log_lik.len()).unwrap_or_default(),
        mask,
        params.decisive_margin,
    )
}

/// Whether the best allowed language leads every other allowed one by at least `margin`.
fn decided(log_lik: &[f64], mask: u64, margin: f64) -> bool {
    let mut best = f64::NEG_INFINITY;
    let mut second = f64::NEG_INFINITY;
    for (l, &s) in log_lik.iter().enumerate() {
        if mask & (1u64 << l) == 0 {
            continue;
        }
        if s > best {
            second = best;
            best = s;
        } else if s > second {
            second = s;
        }
    }
    best - second >= margin
}

/// Combining marks that are part of letters in Devanagari, Arabic and other scripts (vowel signs,
/// viramas, harakat): `char::is_alphabetic` is false for some of them, but they belong to words.
fn is_combining_letter_part(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_tables_parse() {
        let m = model().expect("data/ngrams.bin parses");
        for id in [
            GroupId::Latin,
            GroupId::Cyrillic,
            GroupId::Arabic,
            GroupId::Devanagari,
            GroupId::Han,
        ] {
            let g = m.group(id).expect("group present");
            assert!(!g.langs.is_empty());
            assert!(g.keys.windows(2).all(|w| w[0] < w[1]), "keys sorted");
            assert_eq!(g.offsets.len(), g.keys.len() + 1);
        }
    }

    #[test]
    fn corrupt_tables_are_rejected() {
        assert!(Model::parse(b"").is_none());
        assert!(Model::parse(b"NGL1").is_none());
        assert!(Model::parse(&BLOB[..BLOB.len() / 2]).is_none());
        let mut extra = BLOB.to_vec();
        extra.push(0);
        assert!(Model::parse(&extra).is_none());
    }

    #[test]
    fn english_word_scores_best_as_english() {
        let g = model()
            .and_then(|m| m.group(GroupId::Latin))
            .expect("latin");
        let s = g.score("the weather", u64::MAX, ScoreParams::default());
        let best = (0..g.langs.len())
            .max_by(|&a, &b| s.log_lik[a].total_cmp(&s.log_lik[b]))
            .expect("langs");
        assert_eq!(g.langs[best], Lang::Eng);
        assert_eq!(s.letters, 10);
    }

    #[test]
    fn a_decisive_prior_ends_scoring_early() {
        let g = model()
            .and_then(|m| m.group(GroupId::Latin))
            .expect("latin");
        let eng = g.langs.iter().position(|&l| l == Lang::Eng).expect("eng");
        let text = "the committee said on tuesday that the weather would improve";
        let params = ScoreParams::default();
        let plain = g.score(text, u64::MAX, params);
        let mut prior = vec![0.0; g.langs.len()];
        prior[eng] = params.decisive_margin;
        let early = g.score_from(text, u64::MAX, params, prior);
        // the n-grams alone do not reach the margin on this sentence; with the prior the
        // first check that counts it (after 16 letters) stops, and English still leads
        assert!(plain.letters > 16, "{}", plain.letters);
        assert_eq!(early.letters, 16);
        let best = (0..g.langs.len())
            .max_by(|&a, &b| early.log_lik[a].total_cmp(&early.log_lik[b]))
            .expect("langs");
        assert_eq!(best, eng);
    }
}
