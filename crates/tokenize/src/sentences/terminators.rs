//! Terminators per script: the characters that end a sentence.
//!
//! The full stop `.` and the ellipsis are weak (they also mark abbreviations, numbers and
//! omissions, see `abbrev` and `ellipsis`); question and exclamation marks and the full stops
//! of other scripts are strong; the full-width stops of Chinese and Japanese need no space
//! after them. Strong terminators end a sentence before any word that is not lowercase.
//!
//! | script | terminators |
//! |---|---|
//! | Latin, Cyrillic, Greek, ... | `.` `…` (weak), `!` `?` `‼` `⁇` `⁈` `⁉` `‽` |
//! | Greek | `;` (U+037E, the question mark), and the ASCII `;` typed for it in Greek text |
//! | Armenian | `։` (full stop), and the ASCII `:` typed for it in Armenian text |
//! | Arabic, Persian, Urdu | `؟` (question mark), `۔` (Urdu full stop), and `.` `!` |
//! | Devanagari, Bengali, ... | `।` (danda), `॥` (double danda) |
//! | Ethiopic | `።` (full stop), `፧` (question mark), `፨` (paragraph separator) |
//! | Myanmar | `။` |
//! | Khmer | `។` `៕` |
//! | Syriac, N'Ko, Mongolian | `܀` `߹` `᠃` `᠉` |
//! | Chinese, Japanese (full width) | `。` `！` `？` `｡` `︒` `﹖` `﹗`, no space needed after them |
//!
//! The ASCII marks typed for another script's stop (`:` in Armenian, `;` in Greek) are
//! terminators only in the rules of that language (`Rules::stops`).

/// Characters that end a sentence. `.` and the ellipsis are weak (they also mark
/// abbreviations, numbers and omissions), the rest are strong.
pub(super) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '…') || is_strong(c) || is_cjk_terminal(c)
}

/// Question and exclamation marks and the full stops of scripts without a weak period.
pub(super) fn is_strong(c: char) -> bool {
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
            | '\u{37E}'
            | '።'
            | '፧'
            | '፨'
            | '။'
            | '។'
            | '៕'
            | '܀'
            | '߹'
            | '᠃'
            | '᠉'
    )
}

/// The full stops and question marks of scripts that use them for nothing else: a sentence
/// ends after one even when no space follows (`।`, `։`, `።`, `။`, `។`, `؟`).
pub(super) fn is_script_stop(c: char) -> bool {
    matches!(
        c,
        '؟' | '۔' | '।' | '॥' | '։' | '።' | '፧' | '፨' | '။' | '។' | '៕'
    )
}

/// Full-width terminators after which no space is written.
pub(super) fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡' | '︒' | '﹖' | '﹗')
}

pub(super) fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

/// Ideographs, kana and hangul: text written without spaces between sentences.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF66}'..='\u{FF9F}')
}
