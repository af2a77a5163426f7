//! The scanner's state and the look-around every rule family uses: the token before a
//! period, the word after a boundary, skipping closing marks, and taking a cut.
//!
//! Every look-back and look-ahead here is bounded by a small constant (a token of at most
//! [`MAX_TOKEN`](super::text::MAX_TOKEN) bytes, a few opening or closing marks), so the cost
//! of a candidate boundary does not depend on the length of the text.

use std::ops::Range;

use super::lang::Rules;
use super::marks::{is_bullet, is_closer, is_continuation, is_opener, is_quote_opener};
use super::quotes;
use super::terminators::is_terminal;
use super::text::{MAX_MARKS, MAX_TOKEN, MAX_WORD, char_after, char_before, is_trim, trimmed};

/// Numbered or lettered list labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    NumDot,
    NumDotParen,
    NumParen,
    LetterDot,
    LetterDotParen,
    LetterParen,
}

/// What the next word after a candidate boundary starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A lowercase letter.
    Lower,
    /// An uppercase or titlecase letter.
    Upper,
    /// A letter of a script without case.
    Caseless,
    /// A digit.
    Digit,
    /// Anything else (symbols, emoji).
    Other,
    /// A closing bracket or a comma-like mark: the sentence goes on ("etc. )", "Inc. ,").
    Continuation,
    /// Nothing: the paragraph ends.
    End,
}

/// The word after a candidate boundary.
#[derive(Clone, Copy, Debug)]
pub(super) struct Next {
    pub(super) kind: Kind,
    /// The word's letters (a prefix of at most [`MAX_WORD`] bytes).
    pub(super) word: (usize, usize),
    /// An opening quotation mark stood before it.
    pub(super) quoted: bool,
    /// The word is one letter followed by a period (an initial, not a word).
    pub(super) initial: bool,
}

pub(super) struct Scanner<'t> {
    pub(super) text: &'t str,
    pub(super) rules: &'t Rules,
    pub(super) caseless: bool,
    /// Current paragraph.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Where the current sentence began (the last boundary, or the paragraph start).
    pub(super) last_cut: usize,
    /// Cached: first char of the current sentence that is not space or a bullet.
    pub(super) first: Option<usize>,
    /// Cached: first char of the current sentence that is not space.
    pub(super) first_nonspace: Option<usize>,
    /// The last list label seen in this paragraph.
    pub(super) marker: Option<(Style, u32)>,
    /// Intervals (sorted, disjoint) inside which boundaries are dropped.
    pub(super) pairs: Vec<(usize, usize)>,
    pub(super) stack: Vec<(quotes::Kind, usize)>,
    pub(super) pair_at: usize,
    /// Run-in sentence starts of the current paragraph, in order (see [`Scanner::run_ins`]).
    pub(super) run_ins: Vec<usize>,
    /// Cached: whether the text ends sentences with the danda (।), so that a period after an
    /// Indic letter marks an abbreviation.
    pub(super) danda: Option<bool>,
    /// The current paragraph's guillemets point inwards (»…«): after a space, » opens.
    pub(super) guillemets_inwards: bool,
    /// Cached for the current paragraph: (searched from, the next list item " 2. " after it).
    pub(super) item_two: Option<(usize, Option<usize>)>,
}

impl Scanner<'_> {
    /// Whether `c` ends a sentence in this language: a terminator of any script, or an ASCII
    /// mark typed for the language's own (`:` for the Armenian full stop, `;` for the Greek
    /// question mark).
    pub(super) fn is_stop(&self, c: char) -> bool {
        is_terminal(c) || self.rules.stops.contains(&c)
    }

    /// Ends the current sentence at `pos` unless `pos` lies inside a quotation whose
    /// sentence continues. Returns whether it did.
    pub(super) fn cut(&mut self, pos: usize, out: &mut Vec<Range<usize>>) -> bool {
        if pos <= self.last_cut || pos >= self.end || self.suppressed(pos) {
            return false;
        }
        if let Some(r) = trimmed(self.text, self.last_cut..pos) {
            out.push(r);
        }
        self.last_cut = pos;
        self.first = None;
        self.first_nonspace = None;
        true
    }

    pub(super) fn suppressed(&mut self, pos: usize) -> bool {
        while self.pairs.get(self.pair_at).is_some_and(|p| p.1 < pos) {
            self.pair_at += 1;
        }
        self.pairs.get(self.pair_at).is_some_and(|p| p.0 < pos)
    }

    /// First char of the current sentence that is neither space nor a bullet.
    pub(super) fn first_token(&mut self) -> usize {
        if let Some(f) = self.first {
            return f;
        }
        let from = self.first_nonspace();
        let f = self.skip(from, |c| is_trim(c) || is_bullet(c));
        self.first = Some(f);
        f
    }

    /// First char of the current sentence that is not space, without caching it.
    pub(super) fn first_nonspace_at(&self) -> usize {
        self.first_nonspace
            .unwrap_or_else(|| self.skip(self.last_cut, is_trim))
    }

    /// First char of the current sentence that is not space.
    pub(super) fn first_nonspace(&mut self) -> usize {
        if let Some(f) = self.first_nonspace {
            return f;
        }
        let f = self.skip(self.last_cut, is_trim);
        self.first_nonspace = Some(f);
        f
    }

    /// Steps back over at most a few white-space characters before `p`.
    pub(super) fn skip_back_space(&self, mut p: usize) -> usize {
        let mut n = 0;
        while p > self.start && n < MAX_MARKS {
            match char_before(self.text, p) {
                Some(c) if c.is_whitespace() => {
                    p -= c.len_utf8();
                    n += 1;
                }
                _ => break,
            }
        }
        p
    }

    pub(super) fn skip(&self, mut p: usize, pred: impl Fn(char) -> bool) -> usize {
        while p < self.end {
            match char_after(self.text, p) {
                Some(c) if pred(c) => p += c.len_utf8(),
                _ => break,
            }
        }
        p
    }

    /// Start of the token ending at `i` (back to white space, without leading opening
    /// marks), or `None` if it is longer than [`MAX_TOKEN`] bytes.
    pub(super) fn left_token(&self, i: usize) -> Option<usize> {
        let text = self.text;
        let before = text.get(self.start..i)?;
        let mut s = i;
        // ASCII back to white space a byte at a time; at a non-ASCII byte, start over by chars.
        let mut ascii = true;
        for (p, &b) in before.as_bytes().iter().enumerate().rev() {
            if !b.is_ascii() {
                ascii = false;
                break;
            }
            if char::from(b).is_whitespace() {
                break;
            }
            if i - (self.start + p) > MAX_TOKEN {
                return None;
            }
            s = self.start + p;
        }
        if ascii {
            return Some(self.skip_openers(s, i));
        }
        s = i;
        for (p, c) in before.char_indices().rev() {
            if c.is_whitespace() {
                break;
            }
            if i - (self.start + p) > MAX_TOKEN {
                return None;
            }
            s = self.start + p;
        }
        Some(self.skip_openers(s, i))
    }

    /// Past the opening marks and bullets at `s` (up to `i`).
    pub(super) fn skip_openers(&self, mut s: usize, i: usize) -> usize {
        while s < i {
            match char_after(self.text, s) {
                Some(c) if is_opener(c) || is_bullet(c) => s += c.len_utf8(),
                _ => break,
            }
        }
        s
    }

    /// The token before the one starting at `s`, if a single stretch of space separates
    /// them and it is short.
    pub(super) fn prev_token(&self, s: usize) -> Option<&str> {
        let text = self.text;
        let mut e = s;
        let mut spaces = 0;
        while e > self.start && spaces < 4 {
            match char_before(text, e) {
                Some(c) if c.is_whitespace() => {
                    e -= c.len_utf8();
                    spaces += 1;
                }
                _ => break,
            }
        }
        if e == s || e <= self.start {
            return None;
        }
        let mut b = e;
        while b > self.start && e - b <= MAX_WORD {
            match char_before(text, b) {
                Some(c) if !c.is_whitespace() => b -= c.len_utf8(),
                _ => break,
            }
        }
        let tok = text.get(b..e)?;
        let tok = tok.trim_start_matches(is_opener);
        (!tok.is_empty()).then_some(tok)
    }

    /// Skips at most [`MAX_MARKS`] closing marks from `j`, including French closing
    /// guillemets after a space ("prêts. »").
    pub(super) fn skip_closers(&self, mut j: usize) -> usize {
        let text = self.text;
        let mut n = 0;
        while j < self.end && n < MAX_MARKS {
            let Some(c) = char_after(text, j) else { break };
            let after = j + c.len_utf8();
            let next = (after < self.end)
                .then(|| char_after(text, after))
                .flatten();
            match c {
                c if is_closer(c) => {
                    j = after;
                    n += 1;
                }
                // Marks that open a quotation in one style and close it in another (German
                // „…“ and »…«, Danish ›…‹): closing here, before a space or the end.
                '«' | '‹' | '“' | '‘' if next.is_none_or(|d| d.is_whitespace() || is_closer(d)) =>
                {
                    j = after;
                    n += 1;
                }
                // A citation or footnote mark belongs to the sentence before it: "end.[12]",
                // "end.¹²".
                '[' => match citation_end(text, after, self.end) {
                    Some(e) => {
                        j = e;
                        n += 1;
                    }
                    None => break,
                },
                c if is_superscript_digit(c) => {
                    j = after;
                    n += 1;
                }
                // French and Dutch set a space before the closing mark: "prêts. »", "is. ''".
                ' ' | '\u{A0}' | '\u{202F}' => match next {
                    // (Not an opening » of German style: »Das ist gut«.)
                    Some(g @ ('»' | '›'))
                        if !self.guillemets_inwards
                            || char_after(text, after + g.len_utf8())
                                .is_none_or(|d| !d.is_alphanumeric()) =>
                    {
                        j = after + g.len_utf8();
                        n += 1;
                    }
                    Some('\'')
                        if text.get(after..).is_some_and(|r| r.starts_with("''"))
                            && char_after(text, after + 2).is_none_or(char::is_whitespace) =>
                    {
                        j = after + 2;
                        n += 1;
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        j
    }

    /// The word after white space at `k`: its kind and its letters.
    pub(super) fn next_word(&self, k: usize) -> Next {
        let text = self.text;
        let mut p = self.skip(k, is_trim);
        // Dutch opens a quotation with two commas: ,,Wij weten
        let dutch_quote = text.get(p..).is_some_and(|r| r.starts_with(",,"));
        if char_after(text, p).is_some_and(is_continuation) && p < self.end && !dutch_quote {
            return Next {
                kind: Kind::Continuation,
                word: (p, p),
                quoted: false,
                initial: false,
            };
        }
        let mut quoted = dutch_quote;
        if dutch_quote {
            p += 2;
        }
        let mut n = 0;
        while p < self.end && n < MAX_MARKS {
            match char_after(text, p) {
                Some(c) if is_opener(c) || matches!(c, '$' | '£' | '€' | '¥' | '#') => {
                    quoted |= is_quote_opener(c);
                    p += c.len_utf8();
                    n += 1;
                }
                _ => break,
            }
        }
        let Some(c) = (p < self.end).then(|| char_after(text, p)).flatten() else {
            return Next {
                kind: if n == 0 { Kind::End } else { Kind::Other },
                word: (p, p),
                quoted,
                initial: false,
            };
        };
        let kind = if c.is_lowercase() {
            Kind::Lower
        } else if c.is_uppercase() || c.is_alphabetic() && c.to_lowercase().next() != Some(c) {
            Kind::Upper
        } else if c.is_alphabetic() {
            Kind::Caseless
        } else if c.is_numeric() {
            Kind::Digit
        } else {
            Kind::Other
        };
        let mut e = p;
        let mut letters = 0;
        while e < self.end && e - p < MAX_WORD {
            match char_after(text, e) {
                Some(c) if c.is_alphabetic() => {
                    e += c.len_utf8();
                    letters += 1;
                }
                _ => break,
            }
        }
        let initial = letters == 1 && char_after(text, e) == Some('.');
        Next {
            kind,
            word: (p, e),
            quoted,
            initial,
        }
    }
}

/// The end of a citation mark `[1]`, `[13]`, `[a]` whose `[` ends at `from`: at most three
/// digits or one letter, then `]`.
fn citation_end(text: &str, from: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes().get(from..end)?;
    let digits = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    let inner = if digits > 0 && digits <= 3 {
        digits
    } else if b.first().is_some_and(u8::is_ascii_lowercase) {
        1
    } else {
        return None;
    };
    (b.get(inner) == Some(&b']')).then_some(from + inner + 1)
}

/// Superscript digits, as footnote marks: ¹ ² ³ and ⁰ ⁴ … ⁹.
fn is_superscript_digit(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '⁰' | '⁴'..='⁹')
}
