//! List labels (`1.`, `2)`, `a.`) and bullets (`•`): each item is a sentence of its own.

use std::ops::Range;

use super::cursor::{Scanner, Style};
use super::marks::{is_bullet, is_opener};
use super::text::{char_after, char_before, is_single_letter};

/// Longest stretch (bytes) searched for the second item of a list run into the text.
const MAX_LIST_GAP: usize = 1000;

impl Scanner<'_> {
    /// A bullet after white space starts a new sentence.
    pub(super) fn bullet(&mut self, i: usize, out: &mut Vec<Range<usize>>) {
        if i > self.start
            && char_before(self.text, i).is_some_and(char::is_whitespace)
            && self.first_nonspace() < i
        {
            self.cut(i, out);
        }
    }

    /// A list label `1.`, `1.)`, `1)`, `a.`, `a)` whose punctuation spans `p..after`.
    /// At the start of a sentence it is just a label; later in the sentence it starts a new
    /// one when it continues the numbering of the label before (`1. … 2. …`).
    /// Returns whether `p` was a label.
    pub(super) fn label(&mut self, p: usize, after: usize, out: &mut Vec<Range<usize>>) -> bool {
        let text = self.text;
        let b = text.as_bytes();
        if after >= self.end || !char_after(text, after).is_some_and(char::is_whitespace) {
            return false;
        }
        let mut s = p;
        while s > self.start && p - s <= 3 && b.get(s - 1).is_some_and(u8::is_ascii_digit) {
            s -= 1;
        }
        let (is_num, value) = if s < p {
            if p - s > 3 {
                return false;
            }
            let v = text
                .get(s..p)
                .and_then(|d| d.parse::<u32>().ok())
                .unwrap_or(0);
            (true, v)
        } else if p > self.start && b.get(p - 1).is_some_and(u8::is_ascii_lowercase) {
            s = p - 1;
            (
                false,
                u32::from(b.get(s).copied().unwrap_or(b'a') - b'a') + 1,
            )
        } else {
            return false;
        };
        if s > self.start
            && !char_before(text, s).is_some_and(|c| c.is_whitespace() || is_bullet(c))
        {
            return false;
        }
        let sep = text.get(p..after).unwrap_or("");
        let style = match (is_num, sep) {
            (true, ".") => Style::NumDot,
            (true, ".)") => Style::NumDotParen,
            (true, _) => Style::NumParen,
            (false, ".") => Style::LetterDot,
            (false, ".)") => Style::LetterDotParen,
            (false, _) => Style::LetterParen,
        };
        // A label opens a list at the start of a sentence or right after a colon
        // ("Three steps: 1. Mix 2. Bake").
        let after_colon = char_before(text, self.skip_back_space(s)) == Some(':');
        if s == self.first_token() || after_colon {
            self.marker = Some((style, value));
            return true;
        }
        let continues = value
            .checked_sub(1)
            .is_some_and(|prev| self.marker == Some((style, prev)));
        // A list run into the text after a heading without a colon: "What to avoid 1. Long
        // letters 2. Typos" opens one when item 2 follows and item 1 starts with a capital.
        let opens = is_num
            && value == 1
            && label_then_capital(text.get(s..self.end).unwrap_or(""), self.caseless)
            && self.second_item_follows(after, sep);
        if (continues || opens) && self.cut(s, out) {
            self.marker = Some((style, value));
            return true;
        }
        false
    }

    /// Whether item 2 of a numbered list (`2` and `sep`, between spaces) follows within
    /// [`MAX_LIST_GAP`] bytes after `from`. The next " 2. ", " 2) " or " 2.)" of the
    /// paragraph is remembered, so that the searches of a paragraph together read it once.
    fn second_item_follows(&mut self, from: usize, sep: &str) -> bool {
        let stale = match self.item_two {
            Some((searched, hit)) => from < searched || hit.is_some_and(|h| h < from),
            None => true,
        };
        if stale {
            let b = self.text.as_bytes();
            let rest = b.get(from..self.end).unwrap_or(&[]);
            let hit = rest
                .windows(4)
                .position(|w| {
                    w[0] == b' '
                        && w[1] == b'2'
                        && (w[3] == b' ' || w[2..] == *b".)")
                        && matches!(w[2], b'.' | b')')
                })
                .map(|p| from + p);
            self.item_two = Some((from, hit));
        }
        let Some((_, Some(at))) = self.item_two else {
            return false;
        };
        at < from + MAX_LIST_GAP
            && self
                .text
                .get(at + 2..self.end)
                .and_then(|r| r.strip_prefix(sep))
                .is_some_and(|r| r.starts_with(' '))
    }
}
/// Whether a line starts with a list label such as `1.`, `2)` or `a.` followed by a space.
pub(super) fn starts_with_label(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = if (1..=3).contains(&digits) {
        line.get(digits..)
    } else if line.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) {
        line.get(1..)
    } else {
        None
    };
    let Some(rest) = rest else { return false };
    let rest = rest
        .strip_prefix(".)")
        .or_else(|| rest.strip_prefix('.'))
        .or_else(|| rest.strip_prefix(')'));
    rest.is_some_and(|r| r.starts_with(char::is_whitespace))
}

/// Whether `s` starts with a numbered label (`9.`, `9)`, `9.)`) followed by a word that is
/// not lowercase (or any word, in caseless text).
pub(super) fn label_then_capital(s: &str, caseless: bool) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) || !starts_with_label(s) {
        return false;
    }
    let rest = s.get(digits..).unwrap_or("");
    let rest = rest.trim_start_matches(['.', ')']).trim_start();
    let rest = rest.trim_start_matches(is_opener);
    rest.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && (caseless || !c.is_lowercase()))
}

/// `1`, `12`, `a`, `B`, `IV`: a list label or section number.
pub(super) fn is_label(tok: &str) -> bool {
    let n = tok.len();
    if (1..=3).contains(&n) && tok.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    if is_single_letter(tok) {
        return true;
    }
    (1..=4).contains(&n)
        && tok
            .bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
}
