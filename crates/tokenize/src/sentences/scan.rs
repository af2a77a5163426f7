//! The scanner: paragraphs, then candidate boundaries inside each paragraph.
//!
//! Every look-back and look-ahead here is bounded by a small constant (a token of at most
//! [`MAX_TOKEN`] bytes, a few opening or closing marks), and every pass moves forward only, so
//! the cost is linear in the length of the text whatever it contains.

use std::ops::Range;

use super::bytes::{self, has_below_or_high, has_byte};
use super::lang::{Class, Rules};
use super::quotes;

/// Longest token (in bytes) looked at as a possible abbreviation.
const MAX_TOKEN: usize = 64;
/// Longest word (in bytes) looked up as a sentence starter.
const MAX_WORD: usize = 32;
/// Most opening or closing marks skipped around a boundary.
const MAX_MARKS: usize = 8;
/// Longest fronted phrase (bytes) checked by the preposition rule.
const MAX_FRONTED: usize = 80;

/// Characters that end a sentence. `.` and the ellipsis are weak (they also mark
/// abbreviations, numbers and omissions), the rest are strong.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '…') || is_strong(c) || is_cjk_terminal(c)
}

/// Question and exclamation marks and the full stops of scripts without a weak period.
fn is_strong(c: char) -> bool {
    matches!(
        c,
        '!' | '?'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '‽'
            | '؟'
            | '۔'
            | '।'
            | '॥'
            | '։'
            | '።'
            | '፧'
            | '။'
            | '܀'
            | '߹'
            | '᠃'
            | '᠉'
    )
}

/// Full-width terminators after which no space is written.
fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡' | '︒' | '﹖' | '﹗')
}

pub(crate) fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

/// Ideographs, kana and hangul: text written without spaces between sentences.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF66}'..='\u{FF9F}')
}

/// Marks that may follow terminal punctuation inside the same sentence.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | ')'
            | ']'
            | '}'
            | '»'
            | '›'
            | '」'
            | '』'
            | '）'
            | '］'
            | '｝'
            | '〉'
            | '》'
            | '】'
            | '〕'
            | '〗'
            | '＂'
            | '＇'
    )
}

/// Marks that cannot start a sentence: closing brackets and comma-like punctuation.
fn is_continuation(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '）'
            | '］'
            | '｝'
            | '〉'
            | '》'
            | '】'
            | '〕'
            | '〗'
            | ','
            | ';'
            | ':'
            | '、'
            | '，'
            | '；'
            | '：'
    )
}

/// Marks that may stand before the first word of a sentence.
pub(crate) fn is_opener(c: char) -> bool {
    is_quote_opener(c)
        || matches!(
            c,
            '(' | '['
                | '{'
                | '¿'
                | '¡'
                | '（'
                | '［'
                | '【'
                | '〈'
                | '《'
                | '〔'
                | '*'
                | '_'
                | '-'
                | '–'
                | '—'
                | '―'
        )
}

fn is_quote_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '„' | '‚' | '«' | '‹' | '»' | '「' | '『' | '＂' | '＇'
    )
}

/// List bullets: each starts a sentence of its own.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣' | '⁃' | '◦' | '▪' | '▸' | '►' | '●' | '■' | '◆' | '❖' | '➢'
    )
}

/// What is trimmed from the ends of a sentence: white space, control characters, and the
/// invisible format characters that text often carries (BOM, zero-width space and joiners).
pub(crate) fn is_trim(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}'
        )
}

/// The char starting at byte `i`, if `i` is a char boundary inside `text`.
pub(crate) fn char_after(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The char ending at byte `i`, if `i` is a char boundary inside `text`.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// `text[r]` with [`is_trim`] characters cut from both ends, or `None` if nothing is left.
pub(crate) fn trimmed(text: &str, r: Range<usize>) -> Option<Range<usize>> {
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
fn is_caseless(text: &str) -> bool {
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
struct Key {
    buf: [u8; MAX_TOKEN],
    len: usize,
}

impl Key {
    fn new() -> Key {
        Key {
            buf: [0; MAX_TOKEN],
            len: 0,
        }
    }

    /// Appends `s` lowercased; false (and the key is unusable) if it does not fit.
    fn push(&mut self, s: &str) -> bool {
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
    fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }

    #[cfg(test)]
    fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }

    fn of(s: &str) -> Option<Key> {
        let mut k = Key::new();
        k.push(s).then_some(k)
    }
}

/// What the next word after a candidate boundary starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
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
struct Next {
    kind: Kind,
    /// The word's letters (a prefix of at most [`MAX_WORD`] bytes).
    word: (usize, usize),
    /// An opening quotation mark stood before it.
    quoted: bool,
    /// The word is one letter followed by a period (an initial, not a word).
    initial: bool,
}

/// Numbered or lettered list labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    NumDot,
    NumDotParen,
    NumParen,
    LetterDot,
    LetterDotParen,
    LetterParen,
}

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
    };
    let mut paras = Vec::new();
    s.paragraphs(&mut paras);
    for p in paras {
        s.paragraph(p, out);
    }
}

struct Scanner<'t> {
    text: &'t str,
    rules: &'t Rules,
    caseless: bool,
    /// Current paragraph.
    start: usize,
    end: usize,
    /// Where the current sentence began (the last boundary, or the paragraph start).
    last_cut: usize,
    /// Cached: first char of the current sentence that is not space or a bullet.
    first: Option<usize>,
    /// Cached: first char of the current sentence that is not space.
    first_nonspace: Option<usize>,
    /// The last list label seen in this paragraph.
    marker: Option<(Style, u32)>,
    /// Intervals (sorted, disjoint) inside which boundaries are dropped.
    pairs: Vec<(usize, usize)>,
    stack: Vec<(quotes::Kind, usize)>,
    pair_at: usize,
    /// Run-in sentence starts of the current paragraph, in order (see [`Scanner::run_ins`]).
    run_ins: Vec<usize>,
}

impl Scanner<'_> {
    // ---------------------------------------------------------------- paragraphs

    /// The paragraphs of the text: runs of lines, where a line joins the one before it only
    /// when it clearly continues its sentence (see [`Scanner::continues`]).
    fn paragraphs(&self, out: &mut Vec<Range<usize>>) {
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
    fn continues(&self, a: Range<usize>, b: Range<usize>) -> bool {
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

    // ---------------------------------------------------------------- one paragraph

    fn paragraph(&mut self, p: Range<usize>, out: &mut Vec<Range<usize>>) {
        self.start = p.start;
        self.end = p.end;
        self.last_cut = p.start;
        self.first = None;
        self.first_nonspace = None;
        self.marker = None;
        self.pair_at = 0;
        quotes::continuing_pairs(
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
            match b
                .get(i..p.end)
                .and_then(|rest| bytes::find(rest, &INTERESTING, maybe))
            {
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

    /// Collects into `found` (cleared first) the run-in sentence starts of paragraph `p`: a
    /// capitalised word of the language's run-in list ("The", "He", "In") that follows a
    /// content word or a number with only a space between, and is followed by a lowercase
    /// word or a number. "... with his Jack Russell Sam The retired charity worker said"
    /// holds one before "The"; "told The National Enquirer", "in The Times" and "Plan A is"
    /// hold none (the word before is a function word, the word after is capitalised, "A" is
    /// not on the list). Quotations that the sentence continues after are respected, as for
    /// every boundary. Lowercased text and languages without a list have none.
    fn run_ins(&self, p: Range<usize>, found: &mut Vec<usize>) {
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
    fn is_run_in(&self, i: usize) -> bool {
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
    fn title_case_before(&self, mut s: usize) -> bool {
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

    /// Ends the current sentence at `pos` unless `pos` lies inside a quotation whose
    /// sentence continues. Returns whether it did.
    fn cut(&mut self, pos: usize, out: &mut Vec<Range<usize>>) -> bool {
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

    fn suppressed(&mut self, pos: usize) -> bool {
        while self.pairs.get(self.pair_at).is_some_and(|p| p.1 < pos) {
            self.pair_at += 1;
        }
        self.pairs.get(self.pair_at).is_some_and(|p| p.0 < pos)
    }

    /// First char of the current sentence that is neither space nor a bullet.
    fn first_token(&mut self) -> usize {
        if let Some(f) = self.first {
            return f;
        }
        let from = self.first_nonspace();
        let f = self.skip(from, |c| is_trim(c) || is_bullet(c));
        self.first = Some(f);
        f
    }

    /// First char of the current sentence that is not space.
    fn first_nonspace(&mut self) -> usize {
        if let Some(f) = self.first_nonspace {
            return f;
        }
        let f = self.skip(self.last_cut, is_trim);
        self.first_nonspace = Some(f);
        f
    }

    /// Steps back over at most a few white-space characters before `p`.
    fn skip_back_space(&self, mut p: usize) -> usize {
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

    fn skip(&self, mut p: usize, pred: impl Fn(char) -> bool) -> usize {
        while p < self.end {
            match char_after(self.text, p) {
                Some(c) if pred(c) => p += c.len_utf8(),
                _ => break,
            }
        }
        p
    }

    // ---------------------------------------------------------------- candidates

    /// A bullet after white space starts a new sentence.
    fn bullet(&mut self, i: usize, out: &mut Vec<Range<usize>>) {
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
    fn label(&mut self, p: usize, after: usize, out: &mut Vec<Range<usize>>) -> bool {
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
        if continues && self.cut(s, out) {
            self.marker = Some((style, value));
            return true;
        }
        false
    }

    /// Terminal punctuation at `i`. Returns where to continue scanning.
    fn terminal(&mut self, i: usize, out: &mut Vec<Range<usize>>) -> usize {
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
        while j < self.end {
            let Some(c) = char_after(text, j) else { break };
            if !is_terminal(c) {
                break;
            }
            match c {
                '.' => dots += 1,
                '…' => ellipsis = true,
                c if is_cjk_terminal(c) => cjk = true,
                _ => strong = true,
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
        if !after.is_whitespace() {
            if strong && is_cjk(after) {
                self.cut(k, out);
            }
            return j;
        }
        let next = self.next_word(k);
        if matches!(next.kind, Kind::End | Kind::Continuation) {
            return j;
        }
        let take = if strong {
            next.kind != Kind::Lower || self.caseless
        } else if dots >= 3 || ellipsis {
            self.ellipsis_ends(i, j, &next)
        } else {
            match next.kind {
                Kind::Digit => self.period_before_number(i, &next),
                Kind::Lower if !self.caseless => false,
                _ => self.period_ends(i, &next),
            }
        };
        if take {
            self.cut(k, out);
        }
        j
    }

    /// Spaced dots `. . .` starting at `i`. Returns where to continue.
    ///
    /// Three spaced dots after a space are an ellipsis inside the sentence; a fourth dot
    /// ends it. A period right after a word followed by three spaced dots ends the sentence
    /// at the period, and the dots begin the next one (when it starts with a capital).
    fn spaced_dots(&mut self, i: usize, out: &mut Vec<Range<usize>>) -> usize {
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
    fn ellipsis_ends(&self, i: usize, j: usize, next: &Next) -> bool {
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
    fn starts_sentence(&self, next: &Next) -> bool {
        match next.kind {
            Kind::Upper | Kind::Caseless | Kind::Other => true,
            Kind::Lower => self.caseless && self.is_starter(next),
            Kind::Digit | Kind::End | Kind::Continuation => false,
        }
    }

    /// Whether a single period at `i`, followed by `next` (not lowercase in cased text, not
    /// a digit), ends the sentence. This is where abbreviations, initials and numbers are told
    /// apart from sentence ends.
    fn period_ends(&mut self, i: usize, next: &Next) -> bool {
        let text = self.text;
        let Some(s) = self.left_token(i) else {
            return true; // a long token: a URL or a word, not an abbreviation
        };
        let tok = text.get(s..i).unwrap_or("");
        let Some(last) = tok.chars().next_back() else {
            return true; // a lone period
        };
        if is_closer(last) {
            return true; // "(see below)."
        }
        if s == self.first_token() && is_label(tok) {
            return false; // "1. The first item", "IV. Results"
        }
        if let Some(class) = self.abbrev_class(s, tok) {
            return match class {
                Class::Prefix => false,
                Class::Ambiguous => self.ambiguous_ends(i, next),
            };
        }
        if is_multi_period(tok) {
            if self.rules.has_after_time() && self.is_clock_time(s, tok) {
                return self.time_ends(i, next);
            }
            return self.ambiguous_ends(i, next);
        }
        if is_single_letter(tok) {
            if last.is_uppercase() {
                // An initial ("Jonas E. Smith"), unless a new sentence clearly starts, or the
                // letter is a word ("you and I.") after a lowercase word.
                if self.is_starter(next) {
                    return true;
                }
                if self.rules.one_letter_words.contains(&last)
                    && matches!(next.kind, Kind::Upper | Kind::Caseless | Kind::Other)
                {
                    return self
                        .prev_token(s)
                        .is_some_and(|p| !p.chars().next().is_some_and(char::is_uppercase));
                }
                return false;
            }
            return self.is_starter(next);
        }
        if is_number(tok) {
            if self.rules.ordinal_dot && tok.len() <= 3 && tok.bytes().all(|b| b.is_ascii_digit()) {
                return self.is_starter(next) || next.quoted;
            }
            return true;
        }
        true
    }

    /// Whether the period at `i`, followed by a number, ends a sentence: after a plain word
    /// ("in May. 20 years later") or a number of two digits or more ("in 1950. 20 years"),
    /// or before a numbered heading ("... 3%. 9. Benaud on Botham"); not after an abbreviation
    /// ("No. 5", "p. 55", "Jan. 5"), a single digit or a symbol ("N°. 1026").
    fn period_before_number(&self, i: usize, next: &Next) -> bool {
        let text = self.text;
        let Some(s) = self.left_token(i) else {
            return true;
        };
        let tok = text.get(s..i).unwrap_or("");
        if tok.is_empty() || is_single_letter(tok) || is_multi_period(tok) {
            return false;
        }
        if Key::of(tok).is_some_and(|k| self.rules.abbrev(k.as_bytes(), true).is_some()) {
            return false;
        }
        if tok.chars().all(char::is_alphabetic) {
            // Without a list, a short word before a number is likely an abbreviation
            // (Danish "kr. 100", Polish "ok. 60 km"); so is a short word without vowels
            // in any language ("nr. 5", "pl. 3").
            let n = tok.chars().count();
            let listless = !self.rules.has_starters() && n <= 3;
            let vowelless = n <= 4 && !tok.chars().any(is_vowel);
            return !listless && !vowelless;
        }
        if is_number(tok) && tok.bytes().filter(u8::is_ascii_digit).count() >= 2 {
            return !self.rules.ordinal_dot;
        }
        label_then_capital(text.get(next.word.0..self.end).unwrap_or(""), self.caseless)
    }

    /// After an abbreviation that may end a sentence: a boundary only before a word that
    /// usually starts one, and not when the "sentence" would be a fronted phrase such as
    /// "At 5 a.m.".
    fn ambiguous_ends(&mut self, i: usize, next: &Next) -> bool {
        if matches!(next.kind, Kind::Other) || next.quoted {
            return true;
        }
        if !self.rules.has_starters() {
            return matches!(next.kind, Kind::Upper | Kind::Caseless) || self.caseless;
        }
        self.is_starter(next) && !self.fronted_phrase(i)
    }

    /// Whether `tok` (starting at `s`) is "a.m." or "p.m." after a number: "5 p.m.", "7:30 a.m.".
    fn is_clock_time(&self, s: usize, tok: &str) -> bool {
        let t = tok.as_bytes();
        let ampm = t.len() == 3
            && matches!(t.first(), Some(b'a' | b'p' | b'A' | b'P'))
            && t.get(1) == Some(&b'.')
            && matches!(t.get(2), Some(b'm' | b'M'));
        ampm && self
            .prev_token(s)
            .is_some_and(|p| p.bytes().next_back().is_some_and(|b| b.is_ascii_digit()))
    }

    /// After a clock time ("at 7:30 p.m."): a capitalised word starts a new sentence unless it
    /// belongs to the time (a weekday, a month, a time zone), or the sentence so far is a
    /// fronted phrase ("At 5 a.m. Mr. Smith left.").
    fn time_ends(&mut self, i: usize, next: &Next) -> bool {
        match next.kind {
            Kind::Other => true,
            Kind::Upper | Kind::Caseless => {
                let word = self.text.get(next.word.0..next.word.1).unwrap_or("");
                let belongs = Key::of(word).is_some_and(|k| self.rules.is_after_time(k.as_bytes()));
                !belongs && !self.fronted_phrase(i)
            }
            Kind::Lower => self.caseless && self.is_starter(next) && !self.fronted_phrase(i),
            Kind::Digit | Kind::End | Kind::Continuation => false,
        }
    }

    /// Whether the current sentence up to `i` is a short phrase opening with a preposition.
    fn fronted_phrase(&mut self, i: usize) -> bool {
        let f = self.first_token();
        if f >= i || i - f > MAX_FRONTED {
            return false;
        }
        let frag = self.text.get(f..i).unwrap_or("");
        let mut words = frag.split_whitespace();
        let Some(first) = words.next() else {
            return false;
        };
        if words.count() + 1 > 4 {
            return false;
        }
        let first = first.trim_matches(|c: char| !c.is_alphabetic());
        Key::of(first).is_some_and(|k| self.rules.is_preposition(k.as_bytes()))
    }

    /// Whether `next` is a word that typically starts a sentence (or a title such as "Mr").
    fn is_starter(&self, next: &Next) -> bool {
        let cased = match next.kind {
            Kind::Upper | Kind::Caseless => true,
            Kind::Lower => self.caseless,
            _ => false,
        };
        if !cased || next.initial {
            return false;
        }
        let word = self.text.get(next.word.0..next.word.1).unwrap_or("");
        let Some(key) = Key::of(word) else {
            return false;
        };
        let key = key.as_bytes();
        self.rules.is_starter(key) || self.rules.abbrev(key, true) == Some(Class::Prefix)
    }

    /// The abbreviation class of token `tok` starting at byte `s`, trying the spaced form
    /// with the token before ("z. B", "p. ex") and the part after a hyphen or an elided
    /// article ("ex-Gov", "L'On").
    fn abbrev_class(&self, s: usize, tok: &str) -> Option<Class> {
        let cap = self.caseless || tok.chars().next().is_some_and(char::is_uppercase);
        if self.rules.has_spaced && tok.chars().count() <= 3 {
            if let Some(prev) = self.prev_token(s) {
                if prev.len() <= 8 {
                    let mut key = Key::new();
                    if key.push(prev) && key.push(" ") && key.push(tok) {
                        let pcap =
                            self.caseless || prev.chars().next().is_some_and(char::is_uppercase);
                        if let Some(c) = self.rules.abbrev(key.as_bytes(), pcap) {
                            return Some(c);
                        }
                    }
                }
            }
        }
        if let Some(c) = Key::of(tok).and_then(|k| self.rules.abbrev(k.as_bytes(), cap)) {
            return Some(c);
        }
        // '–' and '’' start with 0xE2: a token without these bytes is its own tail.
        if !tok.bytes().any(|b| matches!(b, b'-' | b'/' | b'\'' | 0xE2)) {
            return None;
        }
        let tail = tok.rsplit(['-', '–', '/', '\'', '’']).next().unwrap_or(tok);
        if tail.len() < tok.len() && !tail.is_empty() {
            let cap = self.caseless || tail.chars().next().is_some_and(char::is_uppercase);
            return Key::of(tail).and_then(|k| self.rules.abbrev(k.as_bytes(), cap));
        }
        None
    }

    // ---------------------------------------------------------------- looking around

    /// Start of the token ending at `i` (back to white space, without leading opening
    /// marks), or `None` if it is longer than [`MAX_TOKEN`] bytes.
    fn left_token(&self, i: usize) -> Option<usize> {
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
    fn skip_openers(&self, mut s: usize, i: usize) -> usize {
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
    fn prev_token(&self, s: usize) -> Option<&str> {
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
    fn skip_closers(&self, mut j: usize) -> usize {
        let mut n = 0;
        while j < self.end && n < MAX_MARKS {
            match char_after(self.text, j) {
                Some(c) if is_closer(c) => {
                    j += c.len_utf8();
                    n += 1;
                }
                Some(c @ (' ' | '\u{A0}' | '\u{202F}')) => {
                    let after = j + c.len_utf8();
                    match char_after(self.text, after) {
                        Some(g @ ('»' | '›')) if after < self.end => {
                            j = after + g.len_utf8();
                            n += 1;
                        }
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        j
    }

    /// The word after white space at `k`: its kind and its letters.
    fn next_word(&self, k: usize) -> Next {
        let text = self.text;
        let mut p = self.skip(k, is_trim);
        if char_after(text, p).is_some_and(is_continuation) && p < self.end {
            return Next {
                kind: Kind::Continuation,
                word: (p, p),
                quoted: false,
                initial: false,
            };
        }
        let mut quoted = false;
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

/// Bytes that can start a line terminator: the C0 controls up to CR (LF, VT, FF, CR among
/// them) and the lead bytes of NEL (C2 85) and of the line and paragraph separators (E2 80 A8/A9).
static LINE_END_START: [bool; 256] = {
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

/// Bytes at which the paragraph scan must look closer: terminal punctuation, `)` of list
/// labels, and lead bytes of the non-ASCII terminals and bullets.
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b')' as usize] = true;
    // Armenian, Arabic, Syriac, N'Ko, Devanagari, Ethiopic/Myanmar/Mongolian, general
    // punctuation and shapes, CJK punctuation, full-width forms.
    let leads = [0xD5u8, 0xD8, 0xDB, 0xDC, 0xDF, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF];
    let mut i = 0;
    while i < leads.len() {
        t[leads[i] as usize] = true;
        i += 1;
    }
    t
};

/// The next line from `pos`: (end of its content, start of the next line, whether its
/// terminator is a hard paragraph break: form feed or U+2029).
fn next_line(b: &[u8], pos: usize) -> (usize, usize, bool) {
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
fn wrap_width(text: &str) -> Option<usize> {
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
fn wrapped(text: &str, wrap: Option<usize>, a: Range<usize>, b: Range<usize>) -> bool {
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
fn last_token(text: &str, start: usize, end: usize) -> (usize, usize) {
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
fn starts_lowercase_word(line: &str) -> bool {
    let word = line.trim_start_matches(is_opener);
    let mut chars = word.chars();
    if !chars.next().is_some_and(char::is_lowercase) {
        return false;
    }
    !chars
        .take_while(|c| c.is_alphabetic())
        .any(char::is_uppercase)
}

/// Whether a line starts with a list label such as `1.`, `2)` or `a.` followed by a space.
fn starts_with_label(line: &str) -> bool {
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
fn label_then_capital(s: &str, caseless: bool) -> bool {
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
fn is_label(tok: &str) -> bool {
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

/// Vowels of the Latin, Greek and Cyrillic alphabets (with their accented forms).
fn is_vowel(c: char) -> bool {
    let base = c.to_lowercase().next().unwrap_or(c);
    matches!(base,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'à'..='å' | 'æ' | 'è'..='ï' | 'ò'..='ö' | 'ø'
        | 'ù'..='ý' | 'ÿ' | 'ā'..='ą' | 'ē'..='ě' | 'ĩ'..='ı' | 'ō'..='œ' | 'ũ'..='ų' | 'ŷ'
        | 'α' | 'ε' | 'η' | 'ι' | 'ο' | 'υ' | 'ω' | 'ά' | 'έ' | 'ή' | 'ί' | 'ό' | 'ύ' | 'ώ'
        | 'ϊ' | 'ϋ' | 'ΐ' | 'ΰ'
        | 'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'і' | 'ї' | 'є')
}

fn is_single_letter(tok: &str) -> bool {
    let mut c = tok.chars();
    c.next().is_some_and(char::is_alphabetic) && c.next().is_none()
}

/// `U.S`, `e.g`, `Ph.D`, `EE.UU`: letters in groups of one or two, joined by periods.
fn is_multi_period(tok: &str) -> bool {
    if !tok.bytes().any(|b| b == b'.') {
        return false; // one part
    }
    let mut parts = 0;
    for part in tok.split('.') {
        let n = part.chars().count();
        if n == 0 || n > 2 || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// `100.00`, `$5`, `1,026.253`, `-3`: a number, possibly with a sign or currency.
fn is_number(tok: &str) -> bool {
    let t = tok.trim_start_matches(['$', '£', '€', '¥', '+', '-', '−', '#', '№']);
    let mut digit = false;
    let mut last_digit = false;
    for c in t.chars() {
        if c.is_ascii_digit() {
            digit = true;
            last_digit = true;
        } else if matches!(c, '.' | ',' | '\'' | '’' | ' ') {
            last_digit = false;
        } else {
            return false;
        }
    }
    digit && last_digit
}

#[cfg(test)]
mod tests {
    use super::*;

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
