//! Word tokens with byte spans and a kind.
//!
//! The tokenizer is a single left-to-right pass over the `char`s of the text. It allocates
//! nothing but the output vector, and every [`Token`] carries a byte span into the original
//! text, so a token is always `&text[token.span.clone()]`.

use std::borrow::Cow;
use std::ops::Range;

/// What a [`Token`] is made of.
///
/// ```
/// use nutgraf_tokenize::{tokenize, TokenKind};
/// let kinds: Vec<TokenKind> = tokenize("Pay $5.50 now!").iter().map(|t| t.kind).collect();
/// assert_eq!(
///     kinds,
///     [TokenKind::Word, TokenKind::Symbol, TokenKind::Number, TokenKind::Word, TokenKind::Punctuation]
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TokenKind {
    /// Letters (with marks), possibly joined by inner apostrophes or hyphens: `don't`,
    /// `high-tech`, `Xi`. A CJK ideograph or kana is a word of its own.
    Word,
    /// Digits, possibly with inner `.`, `,` or `:` between digits, and letters glued to them
    /// (`2022`, `100.00`, `5th`, `10:30`).
    Number,
    /// Punctuation: `. , ; : ! ? " ' ( ) [ ] { } - … « » “ ”` and the like.
    Punctuation,
    /// Anything else that is not white space: currency and math signs, emoji, `@`, `#`, `&`.
    Symbol,
}

/// One token: a byte span into the text it came from and its [`TokenKind`].
///
/// ```
/// use nutgraf_tokenize::tokenize;
/// let text = "Putin's visit";
/// let tokens = tokenize(text);
/// assert_eq!(tokens[0].as_str(text), "Putin");
/// assert_eq!(tokens[1].as_str(text), "'s");
/// assert_eq!(tokens[2].normal(text), "visit");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// Byte range of the token in the text; always on `char` boundaries.
    pub span: Range<usize>,
    /// What the token is made of.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text. Returns `""` if `text` is not the text the token came from and the
    /// span does not fit it (never panics).
    ///
    /// ```
    /// use nutgraf_tokenize::tokenize;
    /// assert_eq!(tokenize("Hi there")[1].as_str("Hi there"), "there");
    /// ```
    #[inline]
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.clone()).unwrap_or("")
    }

    /// The token's normal form: lowercase, with typographic apostrophes (`’`) folded to `'`.
    /// Borrows when nothing changes.
    ///
    /// ```
    /// use nutgraf_tokenize::tokenize;
    /// let text = "Don’t";
    /// assert_eq!(tokenize(text)[0].normal(text), "don't");
    /// ```
    pub fn normal<'t>(&self, text: &'t str) -> Cow<'t, str> {
        normalize(self.as_str(text))
    }
}

/// Lowercases a word and folds typographic apostrophes to `'`. Borrows when the word is
/// already in normal form (the common case for running text), so it allocates rarely.
///
/// ```
/// use nutgraf_tokenize::normalize;
/// assert_eq!(normalize("Beijing"), "beijing");
/// assert!(matches!(normalize("beijing"), std::borrow::Cow::Borrowed(_)));
/// assert_eq!(normalize("ÉTÉ"), "été");
/// ```
pub fn normalize(word: &str) -> Cow<'_, str> {
    if !needs_normalizing(word) {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    push_normal(word, &mut out);
    Cow::Owned(out)
}

/// Whether [`normalize`] changes `word`.
fn needs_normalizing(word: &str) -> bool {
    // One pass over the bytes; words with non-ASCII letters take the char path.
    let mut ascii = true;
    for b in word.bytes() {
        if b.is_ascii_uppercase() {
            return true;
        }
        ascii &= b.is_ascii();
    }
    !ascii
        && word
            .chars()
            .any(|c| c.is_uppercase() || c == '\u{2019}' || c == '\u{02BC}')
}

/// Appends the normal form of `word` to `out`.
fn push_normal(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{02BC}' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Writes the normal form of `word` (see [`normalize`]) into `buf` when it differs, and
/// returns it: `word` itself when already normal, else `buf`. No allocation once `buf` has
/// grown to the longest word.
pub(crate) fn normalize_into<'a>(word: &'a str, buf: &'a mut String) -> &'a str {
    if !needs_normalizing(word) {
        return word;
    }
    buf.clear();
    push_normal(word, buf);
    buf
}

/// Splits `text` into word, number, punctuation and symbol tokens; white space is skipped.
///
/// Rules, chosen for English, German, French and the other languages nutgraf stems:
/// - an apostrophe (`'` or `’`) between letters joins them (`don't`, `O'Neill`), except that
///   an English clitic `'s`, `'re`, `'ve`, `'ll`, `'d`, `'m` at the end of a word is a token
///   of its own (`Putin` + `'s`), and a French or Italian elision (`l'`, `d'`, `qu'`, `j'`,
///   `dell'`, ...) is split after the apostrophe (`l'` + `homme`);
/// - a hyphen between letters or digits joins them (`high-tech`, `COVID-19`);
/// - `.`, `,` and `:` between digits stay inside a number (`100.00`, `1,000`, `10:30`);
/// - each CJK ideograph, kana or Hangul syllable block run is split per character, as
///   UAX #29 does for ideographs, because those scripts do not use spaces.
///
/// Cost is linear in the length of the text.
///
/// ```
/// use nutgraf_tokenize::tokenize;
/// let text = "L'homme can't buy high-tech for $1,000.50.";
/// let words: Vec<&str> = tokenize(text).iter().map(|t| t.as_str(text)).collect();
/// assert_eq!(words, ["L'", "homme", "can't", "buy", "high-tech", "for", "$", "1,000.50", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, 0, &mut out);
    out
}

/// Like [`tokenize`], but appends to `out` and adds `offset` to every span, for tokenizing
/// a slice (a sentence) of a larger text without allocating a vector per slice.
///
/// ```
/// use nutgraf_tokenize::{tokenize_into, Token};
/// let text = "One. Two three.";
/// let mut tokens: Vec<Token> = Vec::new();
/// tokenize_into(&text[5..], 5, &mut tokens);
/// assert_eq!(tokens[0].as_str(text), "Two");
/// ```
pub fn tokenize_into(text: &str, offset: usize, out: &mut Vec<Token>) {
    tokenize_with(text, |_, start, end, kind| {
        out.push(Token {
            span: offset + start..offset + end,
            kind,
        });
    });
}

/// What an ASCII byte is to the tokenizer (see [`ASCII_CLASS`]).
const SPACE: u8 = 0;
const ALNUM: u8 = 1;
const PUNCT: u8 = 2;
const SYMBOL: u8 = 3;

/// The class of each ASCII byte: white space, letter or digit, punctuation, or symbol (the
/// other ASCII bytes, controls included).
static ASCII_CLASS: [u8; 128] = {
    let mut table = [SYMBOL; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_whitespace() {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if c.is_ascii_punctuation() && !is_ascii_symbol(c) {
            PUNCT
        } else {
            SYMBOL
        };
        b += 1;
    }
    table
};

/// Whether each byte is an ASCII letter or digit.
static IS_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether each byte ends a word for certain: ASCII, and neither a letter or digit nor a
/// joiner (`.` `,` `:` `-` `'`) that may continue it.
static ENDS_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = !c.is_ascii_alphanumeric() && !matches!(c, b'.' | b',' | b':' | b'-' | b'\'');
        b += 1;
    }
    table
};

/// The length of the run of ASCII letters and digits that `bytes` starts with.
#[inline]
fn alnum_run(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|&b| !IS_ALNUM[usize::from(b)])
        .unwrap_or(bytes.len())
}

/// The tokenizer behind [`tokenize_into`]: calls `emit` with the text, start, end and kind
/// of each token, spans relative to `text`, in order.
#[inline]
pub(crate) fn tokenize_with(text: &str, mut emit: impl FnMut(&str, usize, usize, TokenKind)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII fast paths.
        if let Some(&class) = ASCII_CLASS.get(usize::from(b)) {
            match class {
                SPACE => i += 1,
                ALNUM => {
                    // Most words are ASCII letters or digits up to a space or punctuation
                    // that cannot join: emit those without the general scan.
                    let end = i + bytes.get(i..).map_or(0, alnum_run);
                    if bytes.get(end).is_none_or(|&b| ENDS_WORD[usize::from(b)]) {
                        let kind = if b.is_ascii_digit() {
                            TokenKind::Number
                        } else {
                            TokenKind::Word
                        };
                        emit(text.get(i..end).unwrap_or(""), i, end, kind);
                        i = end;
                        continue;
                    }
                    let (end, kind, apostrophe) = scan_word(text, i);
                    push_word(text, (i, end), kind, apostrophe, &mut emit);
                    i = end;
                }
                _ => {
                    let kind = if class == PUNCT {
                        TokenKind::Punctuation
                    } else {
                        TokenKind::Symbol
                    };
                    emit(text.get(i..i + 1).unwrap_or(""), i, i + 1, kind);
                    i += 1;
                }
            }
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let len = c.len_utf8();
        if c.is_whitespace() || is_invisible(c) {
            i += len;
        } else if is_cjk(c) {
            emit(
                text.get(i..i + len).unwrap_or(""),
                i,
                i + len,
                TokenKind::Word,
            );
            i += len;
        } else if is_word_char(c) {
            let (end, kind, apostrophe) = scan_word(text, i);
            push_word(text, (i, end), kind, apostrophe, &mut emit);
            i = end;
        } else {
            let kind = if is_punctuation(c) {
                TokenKind::Punctuation
            } else {
                TokenKind::Symbol
            };
            let end = symbol_end(text, i + len);
            emit(text.get(i..end).unwrap_or(""), i, end, kind);
            i = end;
        }
    }
}

/// Where a punctuation mark or symbol ending before `end` really ends: a character's trailing
/// combining marks and variation selectors (emoji sequences) stay with it.
fn symbol_end(text: &str, mut end: usize) -> usize {
    while let Some(n) = text.get(end..).and_then(|rest| rest.chars().next()) {
        if is_mark(n) || n == '\u{200D}' || ('\u{FE00}'..='\u{FE0F}').contains(&n) {
            end += n.len_utf8();
            // after a zero-width joiner, the joined character belongs here too
            if n == '\u{200D}' {
                if let Some(j) = text.get(end..).and_then(|rest| rest.chars().next()) {
                    if !j.is_whitespace() {
                        end += j.len_utf8();
                    }
                }
            }
        } else if ('\u{1F3FB}'..='\u{1F3FF}').contains(&n) {
            end += n.len_utf8();
        } else {
            break;
        }
    }
    end
}

const fn is_ascii_symbol(b: u8) -> bool {
    matches!(
        b,
        b'$' | b'%'
            | b'&'
            | b'*'
            | b'+'
            | b'<'
            | b'='
            | b'>'
            | b'@'
            | b'^'
            | b'|'
            | b'~'
            | b'#'
            | b'`'
    )
}

/// Letters, digits and combining marks make words.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_mark(c)
}

fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05BD}'
        | '\u{05BF}' | '\u{05C1}'..='\u{05C2}' | '\u{05C4}'..='\u{05C5}' | '\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}'
        | '\u{0951}'..='\u{0957}' | '\u{0962}'..='\u{0963}' | '\u{0981}'..='\u{0983}'
        | '\u{09BC}'..='\u{09D7}' | '\u{0A01}'..='\u{0A03}' | '\u{0A3C}'..='\u{0A51}'
        | '\u{0A81}'..='\u{0A83}' | '\u{0ABC}'..='\u{0ACD}' | '\u{0B01}'..='\u{0B03}'
        | '\u{0B3C}'..='\u{0B57}' | '\u{0B82}' | '\u{0BBE}'..='\u{0BCD}' | '\u{0BD7}'
        | '\u{0C00}'..='\u{0C04}' | '\u{0C3E}'..='\u{0C56}' | '\u{0C81}'..='\u{0C83}'
        | '\u{0CBC}'..='\u{0CD6}' | '\u{0D00}'..='\u{0D03}' | '\u{0D3B}'..='\u{0D57}'
        | '\u{0D81}'..='\u{0D83}' | '\u{0DCA}'..='\u{0DF3}' | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}'
        | '\u{0E47}'..='\u{0E4E}' | '\u{0EB1}' | '\u{0EB4}'..='\u{0EBC}' | '\u{0EC8}'..='\u{0ECD}'
        | '\u{0F18}'..='\u{0F19}' | '\u{0F35}' | '\u{0F37}' | '\u{0F39}' | '\u{0F3E}'..='\u{0F3F}'
        | '\u{0F71}'..='\u{0F84}' | '\u{1000}'..='\u{103F}' | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{302A}'..='\u{302F}'
        | '\u{3099}'..='\u{309A}' | '\u{FE20}'..='\u{FE2F}')
}

/// Characters that render as nothing and separate nothing: zero-width space, joiners outside
/// words, byte-order mark, soft hyphen, bidi controls.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Han ideographs, kana and the like: scripts written without spaces, one token a character.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}' | '\u{31F0}'..='\u{31FF}'
        | '\u{FF66}'..='\u{FF9D}')
}

/// Unicode punctuation beyond ASCII (general categories P*), for the blocks news text uses.
pub(crate) fn is_punctuation(c: char) -> bool {
    matches!(c,
        '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
        | '\u{037E}' | '\u{0387}' | '\u{055A}'..='\u{055F}' | '\u{0589}'..='\u{058A}'
        | '\u{05BE}' | '\u{05C0}' | '\u{05C3}' | '\u{05C6}' | '\u{05F3}'..='\u{05F4}'
        | '\u{0609}'..='\u{060A}' | '\u{060C}'..='\u{060D}' | '\u{061B}' | '\u{061D}'..='\u{061F}'
        | '\u{066A}'..='\u{066D}' | '\u{06D4}' | '\u{0964}'..='\u{0965}' | '\u{0970}'
        | '\u{0E4F}' | '\u{0E5A}'..='\u{0E5B}' | '\u{104A}'..='\u{104F}' | '\u{10FB}'
        | '\u{1360}'..='\u{1368}' | '\u{166E}' | '\u{1800}'..='\u{180A}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{2043}' | '\u{2045}'..='\u{2051}'
        | '\u{2053}'..='\u{205E}' | '\u{207D}'..='\u{207E}' | '\u{208D}'..='\u{208E}'
        | '\u{2308}'..='\u{230B}' | '\u{2329}'..='\u{232A}' | '\u{2768}'..='\u{2775}'
        | '\u{27C5}'..='\u{27C6}' | '\u{27E6}'..='\u{27EF}' | '\u{2983}'..='\u{2998}'
        | '\u{29D8}'..='\u{29DB}' | '\u{29FC}'..='\u{29FD}' | '\u{2CF9}'..='\u{2CFC}'
        | '\u{2CFE}'..='\u{2CFF}' | '\u{2E00}'..='\u{2E4F}' | '\u{3001}'..='\u{3003}'
        | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301F}' | '\u{3030}' | '\u{303D}'
        | '\u{30A0}' | '\u{30FB}' | '\u{FE10}'..='\u{FE19}' | '\u{FE30}'..='\u{FE52}'
        | '\u{FE54}'..='\u{FE61}' | '\u{FE63}' | '\u{FE68}' | '\u{FE6A}'..='\u{FE6B}'
        | '\u{FF01}'..='\u{FF03}' | '\u{FF05}'..='\u{FF0A}' | '\u{FF0C}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF1B}' | '\u{FF1F}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF3D}'
        | '\u{FF3F}' | '\u{FF5B}' | '\u{FF5D}' | '\u{FF5F}'..='\u{FF65}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Scans a word or number starting at `start` (which holds a word character); returns its end,
/// its kind, and whether an apostrophe joined two of its parts.
fn scan_word(text: &str, start: usize) -> (usize, TokenKind, bool) {
    let bytes = text.as_bytes();
    let mut pos = start;
    let mut kind = TokenKind::Word;
    let mut first = true;
    let mut prev_digit = false;
    let mut apostrophe = false;
    loop {
        // ASCII letters and digits, a byte at a time (most of the text).
        let run = pos;
        pos += bytes.get(pos..).map_or(0, alnum_run);
        if pos > run {
            if first && bytes.get(run).is_some_and(u8::is_ascii_digit) {
                kind = TokenKind::Number;
            }
            first = false;
            prev_digit = bytes.get(pos - 1).is_some_and(u8::is_ascii_digit);
        }
        // An ASCII byte that is no joiner ends the word (space, most punctuation).
        if bytes.get(pos).is_none_or(|&b| ENDS_WORD[usize::from(b)]) {
            break;
        }
        let mut rest = text.get(pos..).unwrap_or("").chars();
        let Some(c) = rest.next() else {
            break;
        };
        if is_word_char(c) && !is_cjk(c) {
            if first && c.is_numeric() {
                kind = TokenKind::Number;
            }
            first = false;
            prev_digit = c.is_numeric();
            pos += c.len_utf8();
            continue;
        }
        // A joiner is kept only when a word character follows it.
        let next = rest.next();
        let next_is_word = next.is_some_and(|n| is_word_char(n) && !is_cjk(n));
        let joins = match c {
            '.' | ',' | ':' => prev_digit && next.is_some_and(|n| n.is_ascii_digit()),
            '-' | '\u{2010}' | '\u{2011}' => next_is_word,
            c if is_apostrophe(c) => {
                let joins = next_is_word && kind == TokenKind::Word;
                apostrophe |= joins;
                joins
            }
            _ => false,
        };
        if !joins {
            break;
        }
        pos += c.len_utf8();
        prev_digit = false;
    }
    (pos, kind, apostrophe)
}

/// English clitics split off the end of a word.
const CLITICS: [&str; 7] = ["s", "re", "ve", "ll", "d", "m", "t"];
/// French and Italian elided articles and pronouns split after the apostrophe.
const ELISIONS: [&str; 17] = [
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "dell",
    "all", "dall", "nell",
];

/// Emits a word, splitting a trailing English clitic or a leading elision at an apostrophe.
#[inline]
fn push_word(
    text: &str,
    (start, end): (usize, usize),
    kind: TokenKind,
    apostrophe: bool,
    emit: &mut impl FnMut(&str, usize, usize, TokenKind),
) {
    let word = text.get(start..end).unwrap_or("");
    if apostrophe && kind == TokenKind::Word && word.len() > 2 {
        if let Some(at) = split_point(word) {
            let (head, tail) = word.split_at_checked(at).unwrap_or((word, ""));
            emit(head, start, start + at, kind);
            emit(tail, start + at, end, kind);
            return;
        }
    }
    emit(word, start, end, kind);
}

/// Where a word joined by an apostrophe splits: after a French or Italian elision, or before
/// an English clitic; `None` to keep it whole.
#[inline(never)]
fn split_point(word: &str) -> Option<usize> {
    let (apos, c) = word.char_indices().find(|&(_, c)| is_apostrophe(c))?;
    let head = &word[..apos];
    let tail = &word[apos + c.len_utf8()..];
    // Whether the normal form of `s` is in `list`, without building it: the lists hold ASCII
    // letters other than 'k', and the only other char whose lowercase is an ASCII letter is
    // the Kelvin sign (lowercase 'k'), so ASCII case folding gives the same answer.
    let listed = |s: &str, list: &[&str]| list.iter().any(|w| s.eq_ignore_ascii_case(w));
    // "don't": keep whole ("n't" is not split: "do" + "n't" helps no user here).
    if listed(head, &ELISIONS) && !tail.is_empty() {
        Some(apos + c.len_utf8())
    } else if listed(tail, &CLITICS)
        && !tail.eq_ignore_ascii_case("t")
        && !head.contains(is_apostrophe)
        && head.chars().count() > 1
    {
        Some(apos)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{CLITICS, ELISIONS, normalize};

    #[test]
    fn clitic_and_elision_lists_match_by_ascii_case_folding() {
        // split_point compares with eq_ignore_ascii_case instead of normalizing: that is
        // exact only if no non-ASCII char lowercases to a string found in the lists.
        let letters: String = CLITICS.iter().chain(ELISIONS.iter()).copied().collect();
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii())
        {
            let lower = normalize(c.encode_utf8(&mut [0; 4])).into_owned();
            let hits = lower.is_ascii() && lower.chars().all(|l| letters.contains(l));
            assert!(!hits, "{c:?} lowercases to {lower:?}");
        }
    }
}
