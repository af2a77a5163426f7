//! Small helpers every rule family uses: the char before or after a byte offset, trimming,
//! whether a text is written without capitals, and [`Key`], a lowercase copy of a word on the
//! stack for word-list lookups.

use std::ops::Range;

use super::bytes;

/// Longest token (in bytes) looked at as a possible abbreviation.
pub(super) const MAX_TOKEN: usize = 64;

/// Longest word (in bytes) looked up as a sentence starter.
pub(super) const MAX_WORD: usize = 32;

/// Most opening or closing marks skipped around a boundary.
pub(super) const MAX_MARKS: usize = 8;

/// What is trimmed from the ends of a sentence: white space, control characters, and the
/// invisible format characters that text often carries (BOM, zero-width space and joiners).
pub(super) fn is_trim(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}'
        )
}

/// The char starting at byte `i`, if `i` is a char boundary inside `text`.
pub(super) fn char_after(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The char ending at byte `i`, if `i` is a char boundary inside `text`.
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// `text[r]` with [`is_trim`] characters cut from both ends, or `None` if nothing is left.
pub(super) fn trimmed(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = text.get(r.clone())?;
    let t = s.trim_start_matches(is_trim);
    let lead = s.len() - t.len();
    let t = t.trim_end_matches(is_trim);
    if t.is_empty() {
        return None;
    }
    Some(r.start + lead..r.start + lead + t.len())
}

/// Whether the text has (almost) no capital letters, so that case says nothing about where
/// sentences start. Some corpora are lowercased wholesale.
pub(super) fn is_caseless(text: &str) -> bool {
    let (mut upper, mut lower) = bytes::ascii_case_counts(text.as_bytes());
    if upper + lower < 32 {
        upper = 0;
        lower = 0;
        for c in text.chars() {
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
        }
    }
    lower >= 16 && upper * 200 < lower
}

/// A small lowercase copy of a word or token, on the stack.
pub(super) struct Key {
    buf: [u8; MAX_TOKEN],
    len: usize,
}

impl Key {
    pub(super) fn new() -> Key {
        Key {
            buf: [0; MAX_TOKEN],
            len: 0,
        }
    }

    /// Appends `s` lowercased; false (and the key is unusable) if it does not fit.
    pub(super) fn push(&mut self, s: &str) -> bool {
        if s.is_ascii() {
            let Some(dst) = self.buf.get_mut(self.len..self.len + s.len()) else {
                return false;
            };
            dst.copy_from_slice(s.as_bytes());
            dst.make_ascii_lowercase();
            self.len += s.len();
            return true;
        }
        for c in s.chars().flat_map(char::to_lowercase) {
            let mut tmp = [0u8; 4];
            let enc = c.encode_utf8(&mut tmp).as_bytes();
            let Some(dst) = self.buf.get_mut(self.len..self.len + enc.len()) else {
                return false;
            };
            dst.copy_from_slice(enc);
            self.len += enc.len();
        }
        true
    }

    /// The key's bytes (always UTF-8: only whole strings and chars are pushed).
    pub(super) fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }

    #[cfg(test)]
    pub(super) fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }

    pub(super) fn of(s: &str) -> Option<Key> {
        let mut k = Key::new();
        k.push(s).then_some(k)
    }
}

pub(super) fn is_single_letter(tok: &str) -> bool {
    let mut c = tok.chars();
    c.next().is_some_and(char::is_alphabetic) && c.next().is_none()
}
