//! Word tokens with byte spans and a kind.
//!
//! The tokenizer is a single left-to-right pass over the `char`s of the text. It allocates
//! nothing but the output vector, and every [`Token`] carries a byte span into the original
//! text, so a token is always `&text[token.span.clone()]`.

use std::borrow::Cow;
use std::ops::Range;

use crate::segment::{self, is_spaceless};

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
    /// `high-tech`, `Xi`; in Chinese, Japanese, Thai, Lao, Khmer and Burmese, a word the
    /// segmenter of the script cut (`北京`, `ร้าน`).
    Word,
    /// Digits, possibly with inner `.`, `,` or `:` between digits, and letters glued to them
    /// (`2022`, `100.00`, `5th`, `10:30`); a Chinese date or amount (`2001年`, `50万`, `12％`)
    /// and a number written in Chinese numerals (`三十一`, `二○○一年`).
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

/// Lowercases a word and folds typographic apostrophes to `'`, full-width forms of ASCII
/// (`ＡＢＣ１２３`, typed in Chinese and Japanese text) to ASCII, and the Thai and Lao vowel
/// sara am typed in two code points to its one. Borrows when the word is already in normal
/// form (the common case for running text), so it allocates rarely.
///
/// ```
/// use nutgraf_tokenize::normalize;
/// assert_eq!(normalize("Beijing"), "beijing");
/// assert!(matches!(normalize("beijing"), std::borrow::Cow::Borrowed(_)));
/// assert_eq!(normalize("ÉTÉ"), "été");
/// assert_eq!(normalize("ＷＴＯ"), "wto");
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
        && word.chars().any(|c| {
            c.is_uppercase()
                || matches!(
                    c,
                    '\u{2019}' | '\u{02BC}' | '\u{FF01}'..='\u{FF5E}' | '\u{0E4D}' | '\u{0ECD}'
                )
        })
}

/// Appends the normal form of `word` to `out`.
fn push_normal(word: &str, out: &mut String) {
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{2019}' | '\u{02BC}' => out.push('\''),
            // full-width forms of ASCII (Chinese and Japanese typing): the ASCII character
            '\u{FF01}'..='\u{FF5E}' => {
                let ascii = char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c);
                out.push(ascii.to_ascii_lowercase());
            }
            // Thai and Lao sara am typed as nikhahit + sara aa: the one code point
            '\u{0E4D}' if chars.peek() == Some(&'\u{0E32}') => {
                chars.next();
                out.push('\u{0E33}');
            }
            '\u{0ECD}' if chars.peek() == Some(&'\u{0EB2}') => {
                chars.next();
                out.push('\u{0EB3}');
            }
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
/// - a run of Chinese, Japanese, Thai, Lao, Khmer or Burmese script, written without spaces,
///   is cut into words by a dictionary segmenter (see the crate doc for which); Korean is
///   split at its spaces like European languages;
/// - in Chinese, a number and the date unit or multiplier after it make one token (`2001年`,
///   `12月`, `50万`, `12％`), a number in Chinese numerals is one token (`二○○一年`, `三十一`),
///   and a measure word is split from the numeral before it (`三` + `个`); a run of dashes or
///   ellipses (`——`, `……`) is one punctuation token.
///
/// Cost is linear in the length of the text. The first Chinese text loads jieba's dictionary
/// (about 0.15 s and 30 MB, once per process; [`crate::warm_up`] does it ahead of time).
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
    tokenize_with(text, false, |_, start, end, kind| {
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
pub(crate) fn tokenize_with(
    text: &str,
    japanese: bool,
    mut emit: impl FnMut(&str, usize, usize, TokenKind),
) {
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
                    let (mut end, kind, apostrophe) = scan_word(text, i);
                    if kind == TokenKind::Number {
                        end = number_unit_end(text, i, end);
                    }
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
        } else if let Some(fam) = segment::family(c) {
            let (end, kana) = segment::run_end(text, i, fam);
            let run = text.get(i..end).unwrap_or("");
            segment::segment(run, i, fam, japanese || kana, &mut emit);
            i = end.max(i + len);
        } else if is_word_char(c) {
            let (mut end, kind, apostrophe) = scan_word(text, i);
            if kind == TokenKind::Number {
                end = number_unit_end(text, i, end);
            }
            push_word(text, (i, end), kind, apostrophe, &mut emit);
            i = end;
        } else {
            let kind = if is_punctuation(c) {
                TokenKind::Punctuation
            } else {
                TokenKind::Symbol
            };
            let end = if is_dash_or_ellipsis(c) {
                same_run_end(text, i, c)
            } else {
                symbol_end(text, i + len)
            };
            emit(text.get(i..end).unwrap_or(""), i, end, kind);
            i = end;
        }
    }
}

/// Where the number at bytes `start..end` of `text` ends with the Chinese or Japanese unit
/// that may follow it: a date unit (a year of four digits `2001年`, `12月`, `31日`), the multipliers `万` and `亿`
/// (`50万`, `1万亿`), or a full-width per cent sign (`90％`).
fn number_unit_end(text: &str, start: usize, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or("");
    // the units are all three-byte characters from U+3000 on
    if rest.as_bytes().first().is_none_or(|&b| b < 0xE3) {
        return end;
    }
    let mut chars = rest.chars();
    let mut to = end;
    let mut multiplier = false;
    for c in chars.by_ref() {
        if matches!(c, '万' | '亿') {
            multiplier = true;
            to += c.len_utf8();
            continue;
        }
        // a year is four digits (`2001年`); `10年` is ten years, a number and a measure word
        let year = c != '年'
            || text
                .get(start..end)
                .is_some_and(|n| n.chars().count() == 4 && n.chars().all(char::is_numeric));
        if (segment::is_date_unit(c) && !multiplier && year) || c == '％' {
            to += c.len_utf8();
        }
        break;
    }
    to
}

/// Dashes and ellipses, which Chinese and Japanese type twice (`——`, `……`): a run of one of
/// them is one punctuation token.
fn is_dash_or_ellipsis(c: char) -> bool {
    matches!(
        c,
        '\u{2014}' | '\u{2015}' | '\u{2026}' | '\u{22EF}' | '\u{2500}'
    )
}

/// The end of the run of `c` that starts at byte `start` of `text`.
fn same_run_end(text: &str, start: usize, c: char) -> usize {
    let run = text.get(start..).unwrap_or("");
    start + run.len() - run.trim_start_matches(c).len()
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
        if is_word_char(c) && !is_spaceless(c) {
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
        let next_is_word = next.is_some_and(|n| is_word_char(n) && !is_spaceless(n));
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
        // exact only if no non-ASCII char lowercases to a string found in the lists. The
        // full-width forms of ASCII (Chinese and Japanese typing) are left out: they fold to
        // ASCII, but no one types a French elision or an English clitic in them.
        let letters: String = CLITICS.iter().chain(ELISIONS.iter()).copied().collect();
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii() && !('\u{FF01}'..='\u{FF5E}').contains(c))
        {
            let lower = normalize(c.encode_utf8(&mut [0; 4])).into_owned();
            let hits = lower.is_ascii() && lower.chars().all(|l| letters.contains(l));
            assert!(!hits, "{c:?} lowercases to {lower:?}");
        }
    }
}
