//! Abbreviations, initials and numbers: whether a period after a token ends the sentence.

use super::cursor::{Kind, Next, Scanner};
use super::lang::Class;
use super::lists::{is_label, label_then_capital};
use super::marks::is_closer;
use super::text::{Key, is_single_letter};

/// Longest fronted phrase (bytes) checked by the preposition rule.
pub(super) const MAX_FRONTED: usize = 80;

/// Longest stretch (bytes) searched back for the ¿ or ¡ of an inner question.
const MAX_INNER: usize = 200;

impl Scanner<'_> {
    /// Whether a single period at `i`, followed by `next` (not lowercase in cased text, not
    /// a digit), ends the sentence. This is where abbreviations, initials and numbers are told
    /// apart from sentence ends.
    pub(super) fn period_ends(&mut self, i: usize, next: &Next) -> bool {
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
        if tok.split('.').all(is_akshara) && (self.rules.akshara_initials || self.uses_danda()) {
            // An Indic initial or abbreviation: "बी. सी.", "बी.सी.", "डॉ.". (Where the
            // text ends sentences with a period, as Gujarati, Tamil or Marathi do, "છે." is
            // a word.)
            return false;
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

    /// Whether the text ends sentences with the danda (one pass over it, the first time).
    fn uses_danda(&mut self) -> bool {
        *self
            .danda
            .get_or_insert_with(|| self.text.contains(['।', '॥']))
    }

    /// Whether a single period at `i`, followed by a lowercase word, ends the sentence: only
    /// after a plain word (four letters or more, all lowercase, with a vowel, not an
    /// abbreviation of the language), a per cent sign or white space, as in informal text that
    /// does not capitalise sentences ("we are finished. i need a job"). Abbreviations are short or listed ("approx. five",
    /// "etc. and", "z.B. die" stay whole).
    pub(super) fn word_then_lowercase_ends(&self, i: usize) -> bool {
        let Some(s) = self.left_token(i) else {
            return false;
        };
        let tok = self.text.get(s..i).unwrap_or("");
        // A period set apart from the word before ("folks . can't"), or after a per cent
        // sign ("al 100 %. el diseño"), marks no abbreviation.
        if tok.is_empty() || tok.ends_with(['%', '‰']) {
            return true;
        }
        let mut letters = 0;
        let mut vowel = false;
        for c in tok.chars() {
            if !c.is_lowercase() {
                return false;
            }
            vowel |= is_vowel(c);
            letters += 1;
        }
        letters >= 4 && vowel && self.abbrev_class(s, tok).is_none()
    }

    /// Whether a question or exclamation mark at `i` (with no closing mark after it) ends the
    /// sentence before a lowercase word: when the word is one that starts sentences in the
    /// language ("is it for guitar? there will be", "¡qué bonito! el mejor"), unless an
    /// exclamation mark ends a capitalised name ("Yahoo! in", "Jeopardy! on").
    pub(super) fn lowercase_start(&self, i: usize, next: &Next) -> bool {
        let word = self.text.get(next.word.0..next.word.1).unwrap_or("");
        if !Key::of(word).is_some_and(|k| self.rules.is_starter(k.as_bytes())) {
            return false;
        }
        // Spanish opens a question or exclamation inside the sentence with ¿ or ¡: "me
        // preguntó ¿vienes? y dije que sí" goes on.
        let mut from = self.last_cut.max(i.saturating_sub(MAX_INNER));
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        let inner = self.text.get(from..i).and_then(|t| t.rfind(['¿', '¡']));
        if inner.is_some_and(|at| from + at > self.first_nonspace_at()) {
            return false;
        }
        if self.text.as_bytes().get(i) == Some(&b'!') {
            let named = self
                .left_token(i)
                .and_then(|s| self.text.get(s..i))
                .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase));
            return !named;
        }
        true
    }

    /// Whether the period at `i`, followed by a number, ends a sentence: after a plain word
    /// ("in May. 20 years later") or a number of two digits or more ("in 1950. 20 years"),
    /// or before a numbered heading ("... 3%. 9. Benaud on Botham"); not after an abbreviation
    /// ("No. 5", "p. 55", "Jan. 5"), a single digit or a symbol ("N°. 1026").
    pub(super) fn period_before_number(&self, i: usize, next: &Next) -> bool {
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
    pub(super) fn ambiguous_ends(&mut self, i: usize, next: &Next) -> bool {
        if matches!(next.kind, Kind::Other) || next.quoted {
            return true;
        }
        if !self.rules.has_starters() {
            return matches!(next.kind, Kind::Upper | Kind::Caseless) || self.caseless;
        }
        self.is_starter(next) && !self.fronted_phrase(i)
    }

    /// Whether `tok` (starting at `s`) is "a.m." or "p.m." after a number: "5 p.m.", "7:30 a.m.".
    pub(super) fn is_clock_time(&self, s: usize, tok: &str) -> bool {
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
    pub(super) fn time_ends(&mut self, i: usize, next: &Next) -> bool {
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
    pub(super) fn fronted_phrase(&mut self, i: usize) -> bool {
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
    pub(super) fn is_starter(&self, next: &Next) -> bool {
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
    pub(super) fn abbrev_class(&self, s: usize, tok: &str) -> Option<Class> {
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
}
/// Vowels of the Latin, Greek and Cyrillic alphabets (with their accented forms).
pub(super) fn is_vowel(c: char) -> bool {
    let base = c.to_lowercase().next().unwrap_or(c);
    matches!(base,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'à'..='å' | 'æ' | 'è'..='ï' | 'ò'..='ö' | 'ø'
        | 'ù'..='ý' | 'ÿ' | 'ā'..='ą' | 'ē'..='ě' | 'ĩ'..='ı' | 'ō'..='œ' | 'ũ'..='ų' | 'ŷ'
        | 'α' | 'ε' | 'η' | 'ι' | 'ο' | 'υ' | 'ω' | 'ά' | 'έ' | 'ή' | 'ί' | 'ό' | 'ύ' | 'ώ'
        | 'ϊ' | 'ϋ' | 'ΐ' | 'ΰ'
        | 'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'і' | 'ї' | 'є')
}

/// `U.S`, `e.g`, `Ph.D`, `EE.UU`: letters in groups of one or two, joined by periods.
pub(super) fn is_multi_period(tok: &str) -> bool {
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
pub(super) fn is_number(tok: &str) -> bool {
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

/// Whether `tok` is one akshara of an Indic script (a letter with its vowel signs, or a
/// conjunct joined by virama): "बी", "डॉ", "प्रो". Followed by a period it is an initial or an
/// abbreviation, since these scripts end sentences with the danda (।).
///
/// The Unicode blocks of Devanagari to Malayalam (U+0900..U+0D7F) share one layout: in each
/// block of 128, offsets 0x05..=0x39 and 0x58..=0x61 are letters, 0x4D is the virama.
pub(super) fn is_akshara(tok: &str) -> bool {
    let mut letters = 0;
    let mut after_virama = false;
    for c in tok.chars() {
        let u = u32::from(c);
        if !(0x0900..0x0D80).contains(&u) {
            return false;
        }
        let off = u & 0x7F;
        let letter = (0x05..=0x39).contains(&off) || (0x58..=0x61).contains(&off);
        if letter && !after_virama {
            letters += 1;
        }
        after_virama = off == 0x4D;
    }
    letters == 1
}
