//! The driver: for each paragraph, find the candidate boundaries (terminal punctuation, list
//! labels, bullets, run-in starts) and let the rule families decide.
//!
//! Every pass moves forward only and each candidate costs a bounded look-around, so the cost
//! is linear in the length of the text whatever it contains.

use std::ops::Range;

use super::bytes::{self, has_byte};
use super::cursor::{Kind, Scanner};
use super::lang::Rules;
use super::marks::is_bullet;
use super::quotes;
use super::terminators::{is_cjk, is_cjk_terminal, is_hiragana, is_script_stop, is_terminal};
use super::text::{char_after, is_caseless, trimmed};

/// Splits `text` into trimmed sentence spans, appended to `out`.
pub(crate) fn split_into(text: &str, rules: &Rules, out: &mut Vec<Range<usize>>) {
    if text.is_empty() {
        return;
    }
    let mut s = Scanner {
        text,
        rules,
        caseless: is_caseless(text),
        start: 0,
        end: 0,
        last_cut: 0,
        first: None,
        first_nonspace: None,
        marker: None,
        pairs: Vec::new(),
        stack: Vec::new(),
        pair_at: 0,
        run_ins: Vec::new(),
        danda: None,
        guillemets_inwards: false,
        item_two: None,
    };
    let mut paras = Vec::new();
    s.paragraphs(&mut paras);
    for p in paras {
        s.paragraph(p, out);
    }
}

impl Scanner<'_> {
    pub(super) fn paragraph(&mut self, p: Range<usize>, out: &mut Vec<Range<usize>>) {
        self.start = p.start;
        self.end = p.end;
        self.last_cut = p.start;
        self.first = None;
        self.first_nonspace = None;
        self.marker = None;
        self.pair_at = 0;
        self.item_two = None;
        self.guillemets_inwards = quotes::continuing_pairs(
            self.text,
            p.start,
            p.end,
            self.caseless,
            &mut self.stack,
            &mut self.pairs,
        );
        let text = self.text;
        let b = text.as_bytes();
        let mut run_ins = std::mem::take(&mut self.run_ins);
        self.run_ins(p.clone(), &mut run_ins);
        let mut next_run_in = 0;
        let stops = (!self.rules.stops.is_empty()).then_some(&INTERESTING_STOPS);
        let mut i = p.start;
        while i < p.end {
            // skip to the next byte that may end a sentence or start a bullet
            let maybe = |w| {
                has_byte(w, b'.')
                    | has_byte(w, b'!')
                    | has_byte(w, b'?')
                    | has_byte(w, b')')
                    | (w & bytes::splat(0x80))
            };
            let found = match stops {
                // `:` in Armenian, `;` in Greek.
                Some(table) => b.get(i..p.end).and_then(|rest| {
                    bytes::find(rest, table, |w| {
                        maybe(w) | has_byte(w, b':') | has_byte(w, b';')
                    })
                }),
                None => b
                    .get(i..p.end)
                    .and_then(|rest| bytes::find(rest, &INTERESTING, maybe)),
            };
            match found {
                Some(skip) => i += skip,
                None => break,
            }
            // Run-in starts before this byte come first: cuts go left to right.
            while let Some(&r) = run_ins.get(next_run_in).filter(|&&r| r < i) {
                self.cut(r, out);
                next_run_in += 1;
            }
            let Some(&x) = b.get(i) else { break };
            i = match x {
                b'.' | b'!' | b'?' => self.terminal(i, out),
                b':' | b';' if self.rules.stops.contains(&char::from(x)) => self.terminal(i, out),
                b')' => {
                    self.label(i, i + 1, out);
                    i + 1
                }
                _ => match char_after(text, i) {
                    Some(c) if is_terminal(c) => self.terminal(i, out),
                    Some(c) => {
                        if is_bullet(c) {
                            self.bullet(i, out);
                        }
                        i + c.len_utf8()
                    }
                    None => i + 1,
                },
            };
        }
        for &r in run_ins.get(next_run_in..).unwrap_or(&[]) {
            self.cut(r, out);
        }
        self.run_ins = run_ins;
        if let Some(r) = trimmed(text, self.last_cut..p.end) {
            out.push(r);
        }
    }

    /// Terminal punctuation at `i`. Returns where to continue scanning.
    pub(super) fn terminal(&mut self, i: usize, out: &mut Vec<Range<usize>>) -> usize {
        let text = self.text;
        let b = text.as_bytes();
        if b.get(i) == Some(&b'.') {
            let after = if b.get(i + 1) == Some(&b')') {
                i + 2
            } else {
                i + 1
            };
            if self.label(i, after, out) {
                return after;
            }
            if b.get(i + 1) == Some(&b' ')
                && b.get(i + 2) == Some(&b'.')
                && (i == self.start || b.get(i - 1) != Some(&b'.'))
            {
                return self.spaced_dots(i, out);
            }
        }
        // The run of terminal characters.
        let (mut j, mut dots, mut ellipsis, mut strong, mut cjk) = (i, 0usize, false, false, false);
        let mut script_stop = false;
        while j < self.end {
            let Some(c) = char_after(text, j) else { break };
            if !self.is_stop(c) {
                break;
            }
            match c {
                '.' => dots += 1,
                '…' => ellipsis = true,
                c if is_cjk_terminal(c) => cjk = true,
                c => {
                    strong = true;
                    script_stop |= is_script_stop(c);
                }
            }
            j += c.len_utf8();
        }
        if j == i {
            return i + 1;
        }
        let k = self.skip_closers(j);
        if k >= self.end {
            return j;
        }
        if cjk {
            // 「元気？」と言った: the quotation goes on into the sentence.
            let quoted_on = k > j && char_after(text, k).is_some_and(is_hiragana);
            if !quoted_on {
                self.cut(k, out);
            }
            return j;
        }
        let Some(after) = char_after(text, k) else {
            return j;
        };
        // A capital glued to a closing quote ("2022. »S'il", scraped text that lost a space)
        // is read as if the space were there.
        let glued = k > j && after.is_uppercase();
        if !after.is_whitespace() && !glued {
            // Before an ideograph, or a letter right after a stop that is nothing else (।, ։).
            if strong && (is_cjk(after) || script_stop && after.is_alphabetic()) {
                self.cut(k, out);
            }
            return j;
        }
        let next = self.next_word(k);
        if matches!(next.kind, Kind::End | Kind::Continuation) {
            return j;
        }
        let take = if strong {
            next.kind != Kind::Lower || self.caseless || k == j && self.lowercase_start(i, &next)
        } else if dots >= 3 || ellipsis {
            self.ellipsis_ends(i, j, &next)
        } else {
            match next.kind {
                Kind::Digit => self.period_before_number(i, &next),
                // A closing mark after the period: the quotation ends, the sentence goes on.
                Kind::Lower if !self.caseless => k == j && self.word_then_lowercase_ends(i),
                _ => self.period_ends(i, &next),
            }
        };
        if take {
            self.cut(k, out);
        }
        j
    }
}
/// Bytes at which the paragraph scan must look closer: terminal punctuation, `)` of list
/// labels, and lead bytes of the non-ASCII terminals and bullets.
pub(super) static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b')' as usize] = true;
    // Greek, Armenian, Arabic, Syriac, N'Ko, Devanagari, Ethiopic/Myanmar/Khmer/Mongolian,
    // general punctuation and shapes, CJK punctuation, full-width forms.
    let leads = [
        0xCDu8, 0xD6, 0xD8, 0xDB, 0xDC, 0xDF, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF,
    ];
    let mut i = 0;
    while i < leads.len() {
        t[leads[i] as usize] = true;
        i += 1;
    }
    t
};

/// [`INTERESTING`] and the ASCII marks that some languages type for their full stop or
/// question mark (`:` in Armenian, `;` in Greek); [`Scanner::is_stop`] says which apply.
static INTERESTING_STOPS: [bool; 256] = {
    let mut t = INTERESTING;
    t[b':' as usize] = true;
    t[b';' as usize] = true;
    t
};

#[cfg(test)]
mod tests {
    use super::super::abbrev::{is_multi_period, is_number};
    use super::super::lists::{is_label, starts_with_label};
    use super::super::paragraphs::{next_line, starts_lowercase_word};
    use super::super::text::{Key, MAX_TOKEN, is_caseless, trimmed};

    #[test]
    fn helpers() {
        assert!(is_multi_period("U.S"));
        assert!(is_multi_period("Ph.D"));
        assert!(is_multi_period("EE.UU"));
        assert!(!is_multi_period("example.com"));
        assert!(!is_multi_period("U"));
        assert!(is_number("$100.00"));
        assert!(is_number("1026.253.553"));
        assert!(!is_number("5th"));
        assert!(!is_number("$"));
        assert!(is_label("12"));
        assert!(is_label("IV"));
        assert!(!is_label("1998"));
        assert!(starts_with_label("2) The"));
        assert!(starts_with_label("b. The"));
        assert!(!starts_with_label("2019 was"));
        assert!(starts_lowercase_word("the end"));
        assert!(!starts_lowercase_word("iPhone sales"));
        assert!(is_caseless(
            "the uk manufacturing sector will face serious challenges."
        ));
        assert!(!is_caseless(
            "The UK manufacturing sector will face serious challenges."
        ));
        assert_eq!(next_line(b"a\r\nb", 0), (1, 3, false));
        assert_eq!(next_line("a\u{2029}b".as_bytes(), 0), (1, 4, true));
        assert_eq!(trimmed(" \u{feff} a ", 0..7), Some(5..6));
        let mut k = Key::new();
        assert!(k.push("ÉTÉ"));
        assert_eq!(k.as_str(), "été");
        assert!(Key::of(&"x".repeat(MAX_TOKEN + 1)).is_none());
    }
}
