//! Punctuation other than terminators, by what it does at a sentence boundary: opening
//! marks (quotes, brackets, dashes) that may stand before a sentence's first word, closing
//! marks that may follow its terminator, comma-like marks that continue it, and list bullets.

/// Marks that may follow terminal punctuation inside the same sentence.
pub(super) fn is_closer(c: char) -> bool {
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
pub(super) fn is_continuation(c: char) -> bool {
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
            | '/'
            | '、'
            | '，'
            | '；'
            | '：'
    )
}

/// Marks that may stand before the first word of a sentence.
pub(super) fn is_opener(c: char) -> bool {
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

pub(super) fn is_quote_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '„' | '‚' | '«' | '‹' | '»' | '›' | '「' | '『' | '＂' | '＇'
    )
}

/// List bullets: each starts a sentence of its own.
pub(super) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣' | '⁃' | '◦' | '▪' | '▸' | '►' | '●' | '■' | '◆' | '❖' | '➢'
    )
}
