//! Run-in starts: sentences that begin without a terminator before them, in scraped news
//! where captions and headings are glued to the text ("... with his Jack Russell Sam The
//! retired charity worker said").

use std::ops::Range;

use super::bytes;
use super::cursor::Scanner;
use super::lists::is_label;
use super::marks::is_opener;
use super::text::{Key, MAX_WORD, char_after};

impl Scanner<'_> {
    /// Collects into `found` (cleared first) the run-in sentence starts of paragraph `p`: a
    /// capitalised word of the language's run-in list ("The", "He", "In") that follows a
    /// content word or a number with only a space between, and is followed by a lowercase
    /// word or a number. "... with his Jack Russell Sam The retired charity worker said"
    /// holds one before "The"; "told The National Enquirer", "in The Times" and "Plan A is"
    /// hold none (the word before is a function word, the word after is capitalised, "A" is
    /// not on the list). Quotations that the sentence continues after are respected, as for
    /// every boundary. Lowercased text and languages without a list have none.
    pub(super) fn run_ins(&self, p: Range<usize>, found: &mut Vec<usize>) {
        found.clear();
        if self.caseless || !self.rules.has_run_in() {
            return;
        }
        let b = self.text.as_bytes();
        let para = b.get(p.clone()).unwrap_or(&[]);
        let rules = self.rules;
        // A capital that may begin a run-in word, with one space and a letter, digit or
        // bracket before it (most capitals start a sentence after ". " or a quote).
        let candidate = |k: usize| {
            rules.is_run_in_initial(para[k])
                && k >= 2
                && para[k - 1] == b' '
                && (para[k - 2].is_ascii_alphanumeric()
                    || para[k - 2] == b')'
                    || para[k - 2] >= 0x80)
        };
        let mut chunks = para.chunks_exact(8);
        let mut base = 0;
        for chunk in &mut chunks {
            // Each capital letter of the chunk, by its bit.
            let mut m = bytes::capitals(bytes::load(chunk));
            while m != 0 {
                let k = base + (m.trailing_zeros() / 8) as usize;
                if candidate(k) && self.is_run_in(p.start + k) {
                    found.push(p.start + k);
                }
                m &= m - 1;
            }
            base += 8;
        }
        for (k, c) in chunks.remainder().iter().enumerate() {
            let k = base + k;
            if c.is_ascii_uppercase() && candidate(k) && self.is_run_in(p.start + k) {
                found.push(p.start + k);
            }
        }
    }

    /// Whether the capital letter at `i` begins a run-in sentence (see [`Scanner::run_ins`]).
    pub(super) fn is_run_in(&self, i: usize) -> bool {
        let text = self.text;
        let b = text.as_bytes();
        // (The caller checked the capital and the space and letter before it.)
        // A word of capital-then-small ASCII letters, then one space, then a small letter or digit.
        let rest = b.get(i + 1..self.end).unwrap_or(&[]);
        let small = rest
            .iter()
            .take(6)
            .take_while(|c| c.is_ascii_lowercase())
            .count();
        if small > 5 || rest.get(small) != Some(&b' ') {
            return false;
        }
        let after = i + 1 + small + 1;
        let next_ok = match b.get(after) {
            Some(&c) if c < 0x80 => c.is_ascii_lowercase() || c.is_ascii_digit(),
            Some(_) => char_after(text, after).is_some_and(char::is_lowercase),
            None => false,
        };
        if !next_ok || after >= self.end {
            return false;
        }
        let Some(word) = text.get(i..i + 1 + small) else {
            return false;
        };
        if !Key::of(word).is_some_and(|k| self.rules.is_run_in(k.as_bytes())) {
            return false;
        }
        // The word before: a content word or a number, or a closing bracket ("(pictured) The").
        let Some(prev) = self.prev_token(i) else {
            return false;
        };
        if let Some(inner) = prev.strip_suffix(')') {
            // "(pictured)", "(file image)": a word closed the bracket. Not a list label such
            // as "1)", "b)" or "iv)".
            let inner = inner.trim_start_matches('(');
            let roman = inner.bytes().all(|c| matches!(c, b'i' | b'v' | b'x'));
            return inner.len() >= 2
                && inner.chars().all(char::is_alphabetic)
                && !is_label(inner)
                && !(roman && inner.len() <= 4);
        }
        if !prev.chars().next_back().is_some_and(char::is_alphanumeric) {
            return false;
        }
        if Key::of(prev).is_some_and(|k| self.rules.is_function_word(k.as_bytes())) {
            return false;
        }
        // `prev` ends one byte before the space before `i`.
        !self.title_case_before(i - 1 - prev.len())
    }

    /// Whether one of the (at most four) words before byte `s`, back to the start of their
    /// sentence, is a capitalised function word that does not begin the sentence: the text
    /// is a title-case headline ("How To Make It on a Budget"), where a capital says nothing
    /// about where a sentence starts.
    pub(super) fn title_case_before(&self, mut s: usize) -> bool {
        let text = self.text;
        let b = text.as_bytes();
        let ends_clause = |c: u8| matches!(c, b'.' | b'!' | b'?' | b':' | b';');
        for _ in 0..4 {
            // Back over the spaces before `s`, then over the word before them.
            let mut e = s;
            while e > self.start && b.get(e - 1) == Some(&b' ') {
                e -= 1;
            }
            if e == s || e <= self.start || b.get(e - 1).is_some_and(|&c| ends_clause(c)) {
                return false;
            }
            let mut t = e;
            while t > self.start && !b.get(t - 1).is_some_and(u8::is_ascii_whitespace) {
                t -= 1;
                if e - t > MAX_WORD {
                    return false;
                }
            }
            let Some(word) = text.get(t..e) else {
                return false;
            };
            let word = word.trim_start_matches(is_opener);
            let mut letters = word.bytes();
            let capitalised = letters.next().is_some_and(|c| c.is_ascii_uppercase())
                && letters.all(|c| c.is_ascii_lowercase());
            if capitalised
                && Key::of(word).is_some_and(|k| self.rules.is_function_word(k.as_bytes()))
            {
                // Not the first word of its sentence: something other than a clause end
                // stands before it in the paragraph.
                let mut before = t;
                while before > self.start && b.get(before - 1) == Some(&b' ') {
                    before -= 1;
                }
                let first =
                    before <= self.start || b.get(before - 1).is_some_and(|&c| ends_clause(c));
                if !first {
                    return true;
                }
            }
            s = t;
        }
        false
    }
}
