//! Paragraphs: where line breaks end a sentence and where they only wrap it.

use std::ops::Range;

use super::abbrev::is_multi_period;
use super::bytes::{self, has_below_or_high};
use super::cursor::Scanner;
use super::lang::Class;
use super::lists::starts_with_label;
use super::marks::{is_bullet, is_closer, is_continuation, is_opener};
use super::terminators::is_terminal;
use super::text::{Key, MAX_TOKEN, char_after, char_before, is_single_letter, trimmed};

impl Scanner<'_> {
    /// The paragraphs of the text: runs of lines, where a line joins the one before it only
    /// when it clearly continues its sentence (see [`Scanner::continues`]).
    pub(super) fn paragraphs(&self, out: &mut Vec<Range<usize>>) {
        let text = self.text;
        let b = text.as_bytes();
        let mut pos = 0;
        let wrap = wrap_width(text);
        let mut para: Option<Range<usize>> = None;
        let mut prev_line: Option<Range<usize>> = None;
        let mut prev_start = 0;
        let mut hard = false;
        while pos < b.len() {
            let (line_end, next, hard_after) = next_line(b, pos);
            if let Some(line) = trimmed(text, pos..line_end) {
                match (para.take(), prev_line.take()) {
                    (Some(p), Some(prev))
                        if !hard
                            && (wrapped(text, wrap, prev_start..prev.end, line.clone())
                                || self.continues(prev.clone(), line.clone())) =>
                    {
                        para = Some(p.start..line.end);
                    }
                    (Some(p), _) => {
                        out.push(p);
                        para = Some(line.clone());
                    }
                    (None, _) => para = Some(line.clone()),
                }
                prev_line = Some(line);
                prev_start = pos;
                hard = hard_after;
            } else {
                hard = true;
            }
            pos = next;
        }
        if let Some(p) = para {
            out.push(p);
        }
    }

    /// Whether line `b` continues the sentence of line `a` (both trimmed, `b` right after `a`
    /// with a single line break between). Text with one paragraph per line must not be
    /// joined; hard-wrapped text must.
    pub(super) fn continues(&self, a: Range<usize>, b: Range<usize>) -> bool {
        let text = self.text;
        let (Some(first), Some(last)) = (char_after(text, b.start), char_before(text, a.end))
        else {
            return false;
        };
        // A bullet, dash or list label starts an item of its own.
        let second = char_after(text, b.start + first.len_utf8());
        if is_bullet(first)
            || (matches!(first, '-' | '*' | '–' | '—' | '+')
                && second.is_some_and(char::is_whitespace))
            || starts_with_label(text.get(b.clone()).unwrap_or(""))
        {
            return false;
        }
        // A line cannot start with a closing bracket or a comma.
        if is_continuation(first) {
            return true;
        }
        let (tok_start, tok_end) = last_token(text, a.start, a.end);
        let tok = text.get(tok_start..tok_end).unwrap_or("");
        let core = tok.trim_end_matches(is_closer);
        let ends_terminal = core.chars().next_back().is_some_and(is_terminal);
        let bare = core.trim_end_matches(is_terminal);
        let lower_next = !self.caseless && starts_lowercase_word(text.get(b).unwrap_or(""));
        if ends_terminal {
            if !core.ends_with('.') || core.ends_with("..") {
                return false;
            }
            let class = self.abbrev_class(tok_start, bare);
            if lower_next {
                return class.is_some() || is_multi_period(bare) || is_single_letter(bare);
            }
            return class == Some(Class::Prefix);
        }
        if lower_next {
            return true;
        }
        if matches!(last, ',' | ';' | '&') {
            return true;
        }
        if last == '-' && char_before(text, a.end - 1).is_some_and(char::is_alphabetic) {
            return true;
        }
        let word = bare.trim_start_matches(|c: char| !c.is_alphanumeric());
        Key::of(word).is_some_and(|k| self.rules.is_never_final(k.as_bytes()))
    }
}
/// Bytes that can start a line terminator: the C0 controls up to CR (LF, VT, FF, CR among
/// them) and the lead bytes of NEL (C2 85) and of the line and paragraph separators (E2 80 A8/A9).
pub(super) static LINE_END_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i <= b'\r' as usize {
        t[i] = true;
        i += 1;
    }
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// The next line from `pos`: (end of its content, start of the next line, whether its
/// terminator is a hard paragraph break: form feed or U+2029).
pub(super) fn next_line(b: &[u8], pos: usize) -> (usize, usize, bool) {
    let mut i = pos;
    while i < b.len() {
        // Most bytes can start no line terminator: skip them without the match.
        match b
            .get(i..)
            .and_then(|rest| bytes::find(rest, &LINE_END_START, |w| has_below_or_high(w, 0x0E)))
        {
            Some(skip) => i += skip,
            None => break,
        }
        match b.get(i) {
            Some(b'\n') | Some(0x0B) => return (i, i + 1, false),
            Some(0x0C) => return (i, i + 1, true),
            Some(b'\r') => {
                let next = if b.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                return (i, next, false);
            }
            Some(0xC2) if b.get(i + 1) == Some(&0x85) => return (i, i + 2, false),
            Some(0xE2) if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
                Some(0xA8) => return (i, i + 3, false),
                Some(0xA9) => return (i, i + 3, true),
                _ => i += 1,
            },
            _ => i += 1,
        }
    }
    (b.len(), b.len(), false)
}

/// The width a text is hard-wrapped at, if it is: at least four lines are followed by
/// another line, the longest line has at most 200 chars, and of the lines that are followed by
/// another line at least 70% are longer than three quarters of the longest and fewer than half
/// end in terminal punctuation. Text with one paragraph per line fails the last two tests (its
/// lines vary in length and end in periods).
pub(super) fn wrap_width(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut widest = 0;
    let mut pos = 0;
    while pos < b.len() {
        // A line of more than 200 chars has more than 200 bytes: give up without looking
        // for its end (a ten-megabyte line costs nothing here).
        let window = b.get(pos..b.len().min(pos + 4 * 201)).unwrap_or(&[]);
        let (end, next, _) = next_line(window, 0);
        if end == window.len() && pos + end < b.len() {
            return None;
        }
        let (end, next) = (pos + end, pos + next);
        let n = text
            .get(pos..end)
            .map_or(0, |l| l.trim_end().chars().count());
        widest = widest.max(n);
        if widest > 200 {
            return None;
        }
        pos = next;
    }
    let (mut candidates, mut full, mut ended) = (0usize, 0usize, 0usize);
    let mut prev: Option<(usize, bool)> = None;
    pos = 0;
    while pos < b.len() {
        let (end, next, _) = next_line(b, pos);
        let line = text.get(pos..end).unwrap_or("").trim_end();
        let blank = line.trim_start().is_empty();
        if let (Some((n, terminal)), false) = (prev, blank) {
            candidates += 1;
            full += usize::from(4 * n > 3 * widest);
            ended += usize::from(terminal);
        }
        let terminal = line
            .trim_end_matches(is_closer)
            .chars()
            .next_back()
            .is_some_and(is_terminal);
        prev = (!blank).then(|| (line.chars().count(), terminal));
        pos = next;
    }
    (candidates >= 4 && 10 * full >= 7 * candidates && 2 * ended < candidates).then_some(widest)
}

/// Whether the line break between line `a` (from its start, untrimmed at the front) and line
/// `b` is a wrap: the first word of `b` would not have fitted on `a`.
pub(super) fn wrapped(text: &str, wrap: Option<usize>, a: Range<usize>, b: Range<usize>) -> bool {
    let Some(width) = wrap else { return false };
    let b_text = text.get(b).unwrap_or("");
    if b_text.starts_with(is_bullet) || starts_with_label(b_text) {
        return false;
    }
    let a_len = text.get(a).map_or(0, |l| l.chars().count());
    // The word that did not fit, up to a breaking space (a no-break space glues words).
    let word = b_text
        .split(|c: char| c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}'))
        .next()
        .unwrap_or("");
    a_len + 1 + word.chars().count() > width
}

/// The last white-space separated token of `text[start..end]` (at most [`MAX_TOKEN`] bytes).
pub(super) fn last_token(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut s = end;
    while s > start && end - s < MAX_TOKEN {
        match char_before(text, s) {
            Some(c) if !c.is_whitespace() => s -= c.len_utf8(),
            _ => break,
        }
    }
    while s < end {
        match char_after(text, s) {
            Some(c) if is_opener(c) => s += c.len_utf8(),
            _ => break,
        }
    }
    (s, end)
}

/// Whether a line starts with a lowercase word that is not a brand like "iPhone".
pub(super) fn starts_lowercase_word(line: &str) -> bool {
    let word = line.trim_start_matches(is_opener);
    let mut chars = word.chars();
    if !chars.next().is_some_and(char::is_lowercase) {
        return false;
    }
    !chars
        .take_while(|c| c.is_alphabetic())
        .any(char::is_uppercase)
}
