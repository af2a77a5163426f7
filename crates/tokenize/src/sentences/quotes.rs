//! Quotes and brackets: which marks open and close, and the quotations and brackets inside
//! which the sentence goes on.
//!
//! One pass over a paragraph pairs opening and closing quotes and brackets with a small stack
//! (depth at most [`MAX_DEPTH`]). A pair whose sentence continues after it (`"We are ready. We
//! will win," he said.`) yields an interval inside which no boundary is taken. A pair that ends
//! in terminal punctuation and is followed by a new sentence does not: its inner sentences are
//! split as usual. Pairs longer than [`MAX_PAIR`] bytes are ignored, so a stray quote can never
//! glue a long stretch of text into one sentence.

use super::bytes::{self, has_byte, splat};
use super::marks::{is_closer, is_opener};
use super::terminators::{is_hiragana, is_terminal};
use super::text::{char_after, char_before};

/// Deepest nesting tracked; further openers are ignored.
const MAX_DEPTH: usize = 32;
/// Longest quotation or bracket (in bytes) that can hold back inner boundaries.
pub(crate) const MAX_PAIR: usize = 600;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Paren,
    Bracket,
    FullParen,
    Straight2,
    Straight1,
    Curly2,
    Curly1,
    Low2,
    Guillemet,
    Guillemet1,
    Corner,
    WhiteCorner,
}

/// Non-zero when some byte of the eight in `w` may be [`INTERESTING`].
#[inline]
fn maybe_interesting(w: u64) -> u64 {
    // `(` and `)` differ only in the lowest bit.
    has_byte(w, b'"')
        | has_byte(w, b'\'')
        | has_byte(w & splat(0xFE), b'(')
        | has_byte(w, b'[')
        | has_byte(w, b']')
        | (w & splat(0x80))
}

/// Bytes that may start a quote or bracket character.
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = [b'"', b'\'', b'(', b')', b'[', b']', 0xC2, 0xE2, 0xE3, 0xEF];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
};

/// Appends to `out` the intervals `(open, close)` of `text[start..end]` inside which the
/// sentence continues past the closing mark: a boundary at byte `p` with `open < p <= close`
/// is to be dropped. The intervals come out sorted and disjoint. Returns whether the
/// paragraph's guillemets point inwards (»…«, as in German).
pub(crate) fn continuing_pairs(
    text: &str,
    start: usize,
    end: usize,
    caseless: bool,
    stack: &mut Vec<(Kind, usize)>,
    out: &mut Vec<(usize, usize)>,
) -> bool {
    stack.clear();
    out.clear();
    let bytes = text.as_bytes();
    let mut reversed: Option<bool> = None;
    let mut i = start;
    while i < end {
        // skip to the next byte that can open or close a pair
        match bytes
            .get(i..end)
            .and_then(|rest| bytes::find(rest, &INTERESTING, maybe_interesting))
        {
            Some(skip) => i += skip,
            None => break,
        }
        let Some(c) = char_after(text, i) else {
            i += 1;
            continue;
        };
        let len = c.len_utf8();
        let next = i + len;
        let prev_c = if i > start {
            char_before(text, i)
        } else {
            None
        };
        let next_c = if next < end {
            char_after(text, next)
        } else {
            None
        };
        let prev_space = prev_c.is_none_or(|p| p.is_whitespace() || is_opener(p));
        let next_space = next_c.is_none_or(char::is_whitespace);
        let mut pair = |kind: Kind, stack: &mut Vec<(Kind, usize)>| -> bool {
            close(text, end, caseless, kind, i, next, stack, out)
        };
        match c {
            '(' => open(Kind::Paren, i, stack),
            ')' => {
                pair(Kind::Paren, stack);
            }
            '[' => open(Kind::Bracket, i, stack),
            ']' => {
                pair(Kind::Bracket, stack);
            }
            '（' => open(Kind::FullParen, i, stack),
            '）' => {
                pair(Kind::FullParen, stack);
            }
            // «…» (French, Russian, Spanish) or »…« (German, Danish): the first guillemet of
            // the paragraph says which.
            '«' | '»' | '‹' | '›' => {
                // (A paragraph may begin inside a French quotation: "… à la Haye ». Le".)
                let opens_word = prev_space && next_c.is_some_and(char::is_alphanumeric);
                let reversed = *reversed.get_or_insert(matches!(c, '»' | '›') && opens_word);
                let kind = if matches!(c, '«' | '»') {
                    Kind::Guillemet
                } else {
                    Kind::Guillemet1
                };
                if matches!(c, '«' | '‹') != reversed {
                    open(kind, i, stack);
                } else {
                    pair(kind, stack);
                }
            }
            '「' => open(Kind::Corner, i, stack),
            '」' => {
                pair(Kind::Corner, stack);
            }
            '『' => open(Kind::WhiteCorner, i, stack),
            '』' => {
                pair(Kind::WhiteCorner, stack);
            }
            '„' => open(Kind::Low2, i, stack),
            // German and Polish close „ with “; English opens with it.
            '“' if !pair(Kind::Low2, stack) => open(Kind::Curly2, i, stack),
            '”' => {
                pair(Kind::Curly2, stack);
            }
            '‘' if prev_space && !next_space => open(Kind::Curly1, i, stack),
            '’' | '\'' => {
                let kind = if c == '\'' {
                    Kind::Straight1
                } else {
                    Kind::Curly1
                };
                let prev_alnum = prev_c.is_some_and(char::is_alphanumeric);
                let next_alnum = next_c.is_some_and(char::is_alphanumeric);
                let possessive = prev_c.is_some_and(|p| matches!(p, 's' | 'S' | 'z'))
                    && next_space
                    && next_c.is_some()
                    && char_after(text, next + next_c.map_or(0, char::len_utf8))
                        .is_some_and(char::is_alphanumeric);
                if prev_alnum && next_alnum || possessive {
                    // An apostrophe: don't, l'État, the players' union.
                } else if prev_space && next_c.is_some_and(char::is_alphabetic) {
                    open(kind, i, stack);
                } else if !prev_space && !next_alnum {
                    pair(kind, stack);
                }
            }
            '"' => {
                let has_open = stack.iter().any(|e| family(e.0) == Kind::Straight2);
                if has_open && prev_space && !next_space {
                    // Looks like an opener while one is open: the earlier quote was never
                    // closed (common across paragraphs). Start afresh from here.
                    if let Some(at) = stack.iter().rposition(|e| family(e.0) == Kind::Straight2) {
                        stack.truncate(at);
                    }
                    open(Kind::Straight2, i, stack);
                } else if has_open {
                    pair(Kind::Straight2, stack);
                } else if !next_space {
                    open(Kind::Straight2, i, stack);
                }
            }
            _ => {}
        }
        i = next;
    }
    merge(out);
    reversed.unwrap_or(false)
}

/// Quotes that may close each other.
fn family(k: Kind) -> Kind {
    match k {
        Kind::Straight2 | Kind::Curly2 | Kind::Low2 => Kind::Straight2,
        Kind::Straight1 | Kind::Curly1 => Kind::Straight1,
        other => other,
    }
}

fn open(kind: Kind, at: usize, stack: &mut Vec<(Kind, usize)>) {
    if stack.len() < MAX_DEPTH {
        stack.push((kind, at));
    }
}

/// Closes the innermost open `kind` (dropping unclosed openers inside it) and records the
/// pair if the sentence goes on after it. Returns whether an opener was found.
#[allow(clippy::too_many_arguments)]
fn close(
    text: &str,
    end: usize,
    caseless: bool,
    kind: Kind,
    at: usize,
    after: usize,
    stack: &mut Vec<(Kind, usize)>,
    out: &mut Vec<(usize, usize)>,
) -> bool {
    // A closing quote closes the innermost open quote of its family: straight and curly
    // quotes are mixed freely in scraped news ('Bale had a fantastic season,' with ‘ … ').
    // Only the German closer “ must match its „ exactly (it opens an English quote).
    let matches = |k: Kind| {
        if kind == Kind::Low2 {
            k == Kind::Low2
        } else {
            family(k) == family(kind)
        }
    };
    let Some(idx) = stack.iter().rposition(|e| matches(e.0)) else {
        return false;
    };
    let open_at = stack.get(idx).map_or(at, |e| e.1);
    stack.truncate(idx);
    if at - open_at <= MAX_PAIR && continues_after(text, end, caseless, at, after) {
        out.push((open_at, at));
    }
    true
}

/// Whether the sentence goes on after a closing mark at `at..after`: the quotation does not
/// end in terminal punctuation, or what follows is lowercase or a comma-like mark.
fn continues_after(text: &str, end: usize, caseless: bool, at: usize, after: usize) -> bool {
    // French sets a space before the closing guillemet: « Prêts ! »
    let mut before = char_before(text, at);
    if let Some(c @ (' ' | '\u{A0}' | '\u{202F}')) = before {
        before = char_before(text, at - c.len_utf8());
    }
    let ends_terminal = before.is_some_and(is_terminal);
    if !ends_terminal {
        return true;
    }
    // Skip further closers and a little white space.
    let mut p = after;
    let mut steps = 0;
    let mut next = None;
    while p < end && steps < 64 {
        let Some(c) = char_after(text, p) else { break };
        if is_closer(c) || c.is_whitespace() {
            p += c.len_utf8();
            steps += 1;
            continue;
        }
        next = Some(c);
        break;
    }
    match next {
        Some(',' | ';' | ':' | '-' | '–' | '—') => true,
        Some(c) if is_hiragana(c) => true, // Japanese と after 」
        Some(c) => !caseless && c.is_lowercase(),
        None => false,
    }
}

/// Sorts intervals by start and merges overlapping or nested ones.
fn merge(v: &mut Vec<(usize, usize)>) {
    if v.len() < 2 {
        return;
    }
    v.sort_unstable();
    let mut w = 0;
    for r in 1..v.len() {
        let (Some(&cur), Some(&last)) = (v.get(r), v.get(w)) else {
            break;
        };
        if cur.0 <= last.1 {
            if let Some(l) = v.get_mut(w) {
                l.1 = l.1.max(cur.1);
            }
        } else {
            w += 1;
            if let Some(l) = v.get_mut(w) {
                *l = cur;
            }
        }
    }
    v.truncate(w + 1);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(usize, usize)> {
        let mut stack = Vec::new();
        let mut out = Vec::new();
        continuing_pairs(text, 0, text.len(), false, &mut stack, &mut out);
        out
    }

    #[test]
    fn continuing_quote_is_kept() {
        let t = "\"We are ready. We will win,\" he said.";
        assert_eq!(pairs(t), [(0, 27)]);
    }

    #[test]
    fn quote_ending_a_sentence_is_not() {
        assert!(pairs("\"I went home. I slept.\" Then he left.").is_empty());
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(pairs("Don't stop. It's the players' union. 'We won.' Then.").is_empty());
    }

    #[test]
    fn nested_and_merged() {
        let t = "(a \"b. c\" d) e";
        assert_eq!(pairs(t), [(0, 11)]);
        let mut v = vec![(5, 9), (0, 3), (2, 4), (8, 12)];
        merge(&mut v);
        assert_eq!(v, [(0, 4), (5, 12)]);
    }

    #[test]
    fn long_pairs_are_ignored() {
        let inner = "word. ".repeat(MAX_PAIR / 6 + 2);
        let t = format!("\"{inner}\" he said.");
        assert!(pairs(&t).is_empty());
    }
}
