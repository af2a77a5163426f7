//! A small, fast, deterministic hasher for interning short strings (the FxHash function of
//! rustc). Not resistant to collision attacks; fine for interning a document's own words, where
//! the worst case is a slower table, never a wrong answer.

use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: rotate, xor, multiply, one machine word at a time (the hash of rustc).
///
/// For tables keyed by a document's own words and [`TermId`](crate::TermId)s, where
/// SipHash's protection against flooding buys nothing and costs most of a lookup. Bytes are
/// read eight at a time as little-endian words, the last few zero-padded; integers are one
/// word each. Deterministic, but not resistant to collision attacks: never let iteration
/// order of a table built with it reach an output.
///
/// ```
/// use std::collections::HashMap;
/// use std::hash::BuildHasherDefault;
/// use nutgraf_tokenize::FxHasher;
///
/// let mut counts: HashMap<&str, u32, BuildHasherDefault<FxHasher>> = HashMap::default();
/// *counts.entry("oil").or_default() += 1;
/// assert_eq!(counts["oil"], 1);
/// ```
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // the same zero-padded word, without a copy of variable length (a call to memcpy)
            let tail = rest
                .iter()
                .enumerate()
                .fold(0u64, |v, (i, &b)| v | u64::from(b) << (8 * i));
            self.add(tail);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashSet` with [`FxHasher`].
pub(crate) type FxHashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

/// The high bits of the 128-bit product fold back into the low ones, so that every output bit
/// depends on every input bit (hashbrown takes its bucket from the low bits of a hash and its
/// tag from the top seven).
#[inline]
fn folded_multiply(x: u64, k: u64) -> u64 {
    let full = u128::from(x) * u128::from(k);
    (full as u64) ^ ((full >> 64) as u64)
}

const WORD_SEED: u64 = 0x243f_6a88_85a3_08d3;
const WORD_MUL: u64 = 0x9e37_79b9_7f4a_7c15;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// How the interner and the stem cache find a word: its hash, and its first eight bytes
/// (zero-padded), which settle most comparisons without a call to `memcmp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Key {
    /// Hash of the whole word: every output bit depends on every input bit.
    pub(crate) hash: u64,
    /// The first eight bytes, little-endian, zero-padded: the whole word when it is short.
    pub(crate) head: u64,
}

/// The bytes of a slice of one to seven bytes as a little-endian number, zero-padded, with
/// three or four loads instead of a copy of variable length.
#[inline]
fn short_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        // Two overlapping four-byte loads; the overlap holds the same bytes in both.
        let lo = rest.get(..4).map_or(0, load4);
        let hi = rest.get(n - 4..).map_or(0, load4);
        lo | (hi << ((n - 4) * 8))
    } else {
        // first, middle and last byte (some the same byte, at the same place)
        let at = |i: usize| rest.get(i).map_or(0, |&b| u64::from(b) << (i * 8));
        at(0) | at(n / 2) | at(n.saturating_sub(1))
    }
}

#[inline]
fn load4(b: &[u8]) -> u64 {
    let mut word = [0u8; 4];
    word.copy_from_slice(b);
    u64::from(u32::from_le_bytes(word))
}

/// The [`Key`] of the bytes of a word (hashed eight at a time) and, in the high bit of each
/// byte of the second value, whether some byte is non-ASCII or an ASCII capital letter
/// (meaning the word may not be in normal form).
#[inline]
pub(crate) fn key_and_flags(bytes: &[u8]) -> (Key, u64) {
    // For a byte below 0x80, `b + 0x3f` has its high bit set when `b >= b'A'` and `b + 0x25`
    // when `b > b'Z'`; there is no carry into the next byte. A byte of 0x80 or more sets the
    // flag by itself, whatever the carries did.
    #[inline]
    fn flags(w: u64) -> u64 {
        w | (w.wrapping_add(0x3f3f_3f3f_3f3f_3f3f) & !w.wrapping_add(0x2525_2525_2525_2525))
    }
    let mut h = WORD_SEED;
    let mut f = 0;
    let mut head = None;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        head.get_or_insert(w);
        f |= flags(w);
        h = folded_multiply(h ^ w, WORD_MUL);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let w = short_word(rest);
        head.get_or_insert(w);
        f |= flags(w);
        h = folded_multiply(h ^ w, WORD_MUL);
    }
    let key = Key {
        hash: h,
        head: head.unwrap_or(0),
    };
    (key, f & HIGH_BITS)
}

/// The [`Key`] of a string for the interner and the stem cache: fast on short words.
/// Strings that differ only by trailing NUL bytes have the same key (the comparison that
/// follows a lookup tells them apart).
#[inline]
pub(crate) fn key(s: &str) -> Key {
    key_and_flags(s.as_bytes()).0
}

/// The [`Key`] of a byte string (the same as [`key`] of the same bytes as a `str`).
#[inline]
pub(crate) fn key_of_bytes(b: &[u8]) -> Key {
    key_and_flags(b).0
}

/// Whether `s` is the string with key `k` whose bytes are `stored`: compares the length and
/// the first eight bytes, and the rest only for a long string.
#[inline]
pub(crate) fn same(stored: &[u8], head: u64, s: &[u8], k: Key) -> bool {
    head == k.head && stored.len() == s.len() && (s.len() <= 8 || stored.get(8..) == s.get(8..))
}

#[cfg(test)]
mod tests {
    use std::hash::Hasher;

    use super::{FxHasher, key, key_and_flags};

    #[test]
    fn fx_hasher_reads_bytes_as_zero_padded_little_endian_words() {
        let text = "a keyphrase extraction sentence";
        for len in 0..=text.len() {
            let bytes = &text.as_bytes()[..len];
            let mut h = FxHasher::default();
            h.write(bytes);
            h.write_u8(0xff);
            h.write_u32(7);
            // the definition, word by word
            let mut want = FxHasher::default();
            for chunk in bytes.chunks(8) {
                let mut word = [0u8; 8];
                word[..chunk.len()].copy_from_slice(chunk);
                want.add(u64::from_le_bytes(word));
            }
            want.add(0xff);
            want.add(7);
            assert_eq!(h.finish(), want.finish(), "{len}");
        }
    }

    #[test]
    fn flags_mark_capitals_and_non_ascii_only() {
        for w in [
            "",
            "a",
            "abcdefgh",
            "abcdefghijklmnopq",
            "z@[`{09' -.",
            "hello world",
        ] {
            assert_eq!(key_and_flags(w.as_bytes()).1, 0, "{w}");
        }
        for w in [
            "A",
            "aZ",
            "abcdefghI",
            "abcdefghijklmnoP",
            "é",
            "abcdefgh\u{2019}",
        ] {
            assert_ne!(key_and_flags(w.as_bytes()).1, 0, "{w}");
        }
        for b in 0u8..0x80 {
            let flagged = key_and_flags(&[b'x', b, b'y']).1 != 0;
            assert_eq!(flagged, b.is_ascii_uppercase(), "{b}");
        }
    }

    #[test]
    fn hashes_differ_on_nearby_words() {
        let words = [
            "the", "then", "them", "they", "abcdefgh", "abcdefgi", "bbcdefgh", "",
        ];
        let mut hashes: Vec<u64> = words
            .iter()
            .map(|w| key_and_flags(w.as_bytes()).0.hash)
            .collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), words.len());
    }

    #[test]
    fn heads_are_the_zero_padded_first_bytes() {
        for n in 0..20 {
            let w: String = "abcdefghijklmnopqrstu".chars().take(n).collect();
            let mut head = [0u8; 8];
            for (i, b) in w.bytes().take(8).enumerate() {
                head[i] = b;
            }
            assert_eq!(key(&w).head, u64::from_le_bytes(head), "{w}");
        }
    }

    #[test]
    fn hashes_see_every_byte() {
        let base = "abcdefghijklmnopqrst";
        let mut hashes = Vec::new();
        for n in 0..base.len() {
            hashes.push(key(&base[..n]).hash);
            let mut v = base[..n].to_string().into_bytes();
            if let Some(last) = v.last_mut() {
                *last = b'Z';
                hashes.push(key(std::str::from_utf8(&v).unwrap_or("")).hash);
            }
        }
        let all = hashes.len();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), all);
    }
}
