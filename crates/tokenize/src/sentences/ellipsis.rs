//! Ellipses: `...`, `…` and spaced `. . .`, which end a sentence or mark an omission inside it.

use std::ops::Range;

use super::cursor::{Kind, Next, Scanner};
use super::text::{char_after, char_before};

impl Scanner<'_> {
    /// Spaced dots `. . .` starting at `i`. Returns where to continue.
    ///
    /// Three spaced dots after a space are an ellipsis inside the sentence; a fourth dot
    /// ends it. A period right after a word followed by three spaced dots ends the sentence
    /// at the period, and the dots begin the next one (when it starts with a capital).
    pub(super) fn spaced_dots(&mut self, i: usize, out: &mut Vec<Range<usize>>) -> usize {
        let text = self.text;
        let b = text.as_bytes();
        let mut j = i;
        let mut n = 0;
        loop {
            n += 1;
            j += 1;
            if j + 1 < self.end && b.get(j) == Some(&b' ') && b.get(j + 1) == Some(&b'.') {
                j += 1;
            } else {
                break;
            }
        }
        while j < self.end && b.get(j) == Some(&b'.') {
            j += 1;
            n += 1;
        }
        let attached = i > self.start && char_before(text, i).is_some_and(|c| !c.is_whitespace());
        let k = self.skip_closers(j);
        let spaced_after = k < self.end && char_after(text, k).is_some_and(char::is_whitespace);
        let next = if spaced_after {
            Some(self.next_word(k))
        } else {
            None
        };
        if attached && n == 4 {
            if next.is_some_and(|w| self.starts_sentence(&w)) {
                self.cut(i + 1, out);
            }
        } else if n != 3 || attached {
            if let Some(w) = next {
                if w.kind != Kind::End && self.ellipsis_ends(i, j, &w) {
                    self.cut(k, out);
                }
            }
        }
        j
    }

    /// Whether an ellipsis `i..j` followed by `next` ends the sentence.
    pub(super) fn ellipsis_ends(&self, i: usize, j: usize, next: &Next) -> bool {
        let text = self.text;
        let bracketed = char_before(text, i).is_some_and(|c| matches!(c, '[' | '('))
            && char_after(text, j).is_some_and(|c| matches!(c, ']' | ')'));
        if bracketed {
            return false;
        }
        match next.kind {
            Kind::Digit | Kind::End | Kind::Continuation => false,
            Kind::Lower => self.caseless && self.is_starter(next),
            Kind::Upper | Kind::Caseless | Kind::Other => true,
        }
    }

    /// Whether the word after an ellipsis or dots can open a sentence.
    pub(super) fn starts_sentence(&self, next: &Next) -> bool {
        match next.kind {
            Kind::Upper | Kind::Caseless | Kind::Other => true,
            Kind::Lower => self.caseless && self.is_starter(next),
            Kind::Digit | Kind::End | Kind::Continuation => false,
        }
    }
}
