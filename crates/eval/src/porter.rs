//! An exact port of NLTK's `nltk.stem.porter.PorterStemmer` in its default
//! `NLTK_EXTENSIONS` mode (NLTK 3.x), the stemmer behind Google's `rouge-score`
//! (`use_stemmer=True`) and the standard keyphrase evaluation.
//!
//! The port works on Unicode scalar values (`char`), as Python works on code
//! points, so words with non-ASCII letters stem exactly as NLTK stems them:
//! only `a e i o u` are vowels, every other character (including `é`) is a
//! consonant, and `y` is a vowel after a consonant.

use std::borrow::Cow;

/// NLTK's Porter stemmer, `NLTK_EXTENSIONS` mode (the default of
/// `nltk.stem.porter.PorterStemmer()`).
///
/// It follows Porter (1980) "An algorithm for suffix stripping" with Martin
/// Porter's published extensions and NLTK's own: a small table of irregular
/// forms (`skies` → `sky`, `dying` → `die`, `news` → `news`, ...), `ies`/`ied`
/// of four-letter words to `ie`, the `y` → `i` rule only after a consonant that
/// is not the first letter, `alli`/`fulli`/`logi` in step 2, and words of one
/// or two characters left unchanged.
///
/// Like NLTK's `stem(word)` it lowercases the word first (full Unicode
/// lowercasing). It never panics and runs in time linear in the word's length.
///
/// # Examples
///
/// ```
/// use nutgraf_eval::PorterStemmer;
///
/// let stemmer = PorterStemmer::new();
/// assert_eq!(stemmer.stem("running"), "run");
/// assert_eq!(stemmer.stem("Generalizations"), "gener");
/// assert_eq!(stemmer.stem("skies"), "sky");
/// assert_eq!(stemmer.stem("happy"), "happi");
/// assert_eq!(stemmer.stem("enjoy"), "enjoy");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PorterStemmer;

/// NLTK's irregular forms (`NLTK_EXTENSIONS` only): word → stem.
const IRREGULAR: &[(&str, &str)] = &[
    ("sky", "sky"),
    ("skies", "sky"),
    ("dying", "die"),
    ("lying", "lie"),
    ("tying", "tie"),
    ("news", "news"),
    ("innings", "inning"),
    ("inning", "inning"),
    ("outings", "outing"),
    ("outing", "outing"),
    ("cannings", "canning"),
    ("canning", "canning"),
    ("howe", "howe"),
    ("proceed", "proceed"),
    ("exceed", "exceed"),
    ("succeed", "succeed"),
];

/// A word being stemmed: a vector of characters, as Python sees a `str`.
type Word = Vec<char>;

/// The condition of a suffix rule, evaluated on the stem left once the suffix is removed.
#[derive(Clone, Copy)]
enum Cond {
    /// No condition.
    Always,
    /// `m > 0`.
    MeasurePositive,
    /// `m > 1`.
    MeasureAbove1,
    /// `m > 1` and the stem ends in `s` or `t` (step 4 `ion`).
    MeasureAbove1AndST,
    /// NLTK's step 2 `logi` rule: `m > 0` of the word minus its last three letters.
    LogiNltk,
    /// Step 1c in NLTK mode: the stem is longer than one character and ends in a consonant.
    Step1cNltk,
    /// Step 1b's `*d` rule: the last character of the step 1b stem is not `l`, `s` or `z`.
    NotLsz,
    /// Step 1b's last rule: `m = 1` and `*o`.
    MeasureOneAndCvc,
    /// Step 5b: `m > 1` of the word minus its last character.
    Step5b,
}

/// A suffix rule: suffix (`"*d"` is the double-consonant pseudo-suffix), replacement, condition.
type Rule = (&'static str, Replacement, Cond);

/// The replacement of a rule.
#[derive(Clone, Copy)]
enum Replacement {
    /// A fixed string.
    Str(&'static str),
    /// The last character of the step 1b stem (the `*d` rule).
    LastChar(char),
}

impl PorterStemmer {
    /// A stemmer (it holds no state: NLTK's irregular-forms table is static).
    ///
    /// # Examples
    ///
    /// ```
    /// let stemmer = nutgraf_eval::PorterStemmer::new();
    /// assert_eq!(stemmer.stem("caresses"), "caress");
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        PorterStemmer
    }

    /// Stems one word exactly as NLTK's `PorterStemmer().stem(word)` does
    /// (lowercasing it first).
    ///
    /// Returns the input borrowed when the stem equals it, so an already
    /// lowercase word that does not change costs no allocation for the result.
    ///
    /// # Examples
    ///
    /// ```
    /// use nutgraf_eval::PorterStemmer;
    ///
    /// let s = PorterStemmer::new();
    /// assert_eq!(s.stem("relational"), "relat");
    /// assert_eq!(s.stem("ponies"), "poni");
    /// assert_eq!(s.stem("ties"), "tie");
    /// assert_eq!(s.stem("is"), "is");
    /// assert_eq!(s.stem(""), "");
    /// ```
    #[must_use]
    pub fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        let lower: Cow<'a, str> = if word.is_ascii() {
            if word.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(word.to_ascii_lowercase())
            } else {
                Cow::Borrowed(word)
            }
        } else {
            let l = word.to_lowercase();
            if l == word {
                Cow::Borrowed(word)
            } else {
                Cow::Owned(l)
            }
        };
        if let Some(&(_, stem)) = IRREGULAR.iter().find(|(w, _)| *w == lower) {
            return if stem == word {
                Cow::Borrowed(word)
            } else {
                Cow::Owned(stem.to_owned())
            };
        }
        // NLTK tests the length of the word as given, not of its lowercase form.
        if word.chars().count() <= 2 {
            return lower;
        }
        let mut w: Word = lower.chars().collect();
        step1a(&mut w);
        step1b(&mut w);
        step1c(&mut w);
        step2(&mut w);
        step3(&mut w);
        step4(&mut w);
        step5a(&mut w);
        step5b(&mut w);
        let out: String = w.into_iter().collect();
        if out == word {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(out)
        }
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// NLTK's `_is_consonant(word, i)`; `false` when `i` is out of range.
fn is_consonant(w: &[char], i: usize) -> bool {
    let Some(&c) = w.get(i) else {
        return false;
    };
    if is_vowel(c) {
        return false;
    }
    if c == 'y' {
        let mut negate = false;
        let mut i = i;
        while i > 0 && w.get(i) == Some(&'y') {
            negate = !negate;
            i -= 1;
        }
        let prev_is_cons = w.get(i).is_some_and(|&p| !is_vowel(p));
        return prev_is_cons != negate;
    }
    true
}

/// The consonant flags of every character in one left-to-right pass
/// (NLTK's `_consonant_flags`), folded into the measure and vowel tests.
fn for_each_flag(w: &[char], mut f: impl FnMut(bool)) {
    let mut prev = false;
    for (i, &c) in w.iter().enumerate() {
        let cons = if is_vowel(c) {
            false
        } else if c == 'y' {
            i == 0 || !prev
        } else {
            true
        };
        f(cons);
        prev = cons;
    }
}

/// Porter's measure `m`: the number of vowel-then-consonant transitions.
fn measure(w: &[char]) -> usize {
    let mut m = 0;
    let mut prev_vowel = false;
    for_each_flag(w, |cons| {
        if cons && prev_vowel {
            m += 1;
        }
        prev_vowel = !cons;
    });
    m
}

fn contains_vowel(w: &[char]) -> bool {
    let mut any = false;
    for_each_flag(w, |cons| any |= !cons);
    any
}

fn ends_double_consonant(w: &[char]) -> bool {
    let n = w.len();
    n >= 2 && w[n - 1] == w[n - 2] && is_consonant(w, n - 1)
}

/// Condition `*o` with NLTK's two-letter extension.
fn ends_cvc(w: &[char]) -> bool {
    let n = w.len();
    (n >= 3
        && is_consonant(w, n - 3)
        && !is_consonant(w, n - 2)
        && is_consonant(w, n - 1)
        && !matches!(w[n - 1], 'w' | 'x' | 'y'))
        || (n == 2 && !is_consonant(w, 0) && is_consonant(w, 1))
}

fn ends_with(w: &[char], suffix: &str) -> bool {
    let k = suffix.chars().count();
    k <= w.len() && w[w.len() - k..].iter().copied().eq(suffix.chars())
}

fn truncate_suffix(w: &mut Word, suffix: &str) {
    let k = suffix.chars().count().min(w.len());
    w.truncate(w.len() - k);
}

fn check(cond: Cond, stem: &[char], word: &[char]) -> bool {
    match cond {
        Cond::Always => true,
        Cond::MeasurePositive => measure(stem) > 0,
        Cond::MeasureAbove1 => measure(stem) > 1,
        Cond::MeasureAbove1AndST => {
            measure(stem) > 1 && matches!(stem.last(), Some('s') | Some('t'))
        }
        Cond::LogiNltk => measure(&word[..word.len().saturating_sub(3)]) > 0,
        Cond::Step1cNltk => stem.len() > 1 && is_consonant(stem, stem.len() - 1),
        Cond::NotLsz => true, // decided by the caller, which knows the step 1b stem
        Cond::MeasureOneAndCvc => measure(stem) == 1 && ends_cvc(stem),
        Cond::Step5b => measure(&word[..word.len().saturating_sub(1)]) > 1,
    }
}

/// NLTK's `_apply_rule_list`: the first rule whose suffix matches decides.
fn apply_rules(w: &mut Word, rules: &[Rule], not_lsz: bool) {
    for &(suffix, replacement, cond) in rules {
        let k = if suffix == "*d" && ends_double_consonant(w) {
            2
        } else if ends_with(w, suffix) {
            suffix.chars().count()
        } else {
            continue;
        };
        let stem = &w[..w.len() - k];
        let ok = match cond {
            Cond::NotLsz => not_lsz,
            c => check(c, stem, w),
        };
        if ok {
            w.truncate(w.len() - k);
            match replacement {
                Replacement::Str(s) => w.extend(s.chars()),
                Replacement::LastChar(c) => w.push(c),
            }
        }
        return;
    }
}

fn step1a(w: &mut Word) {
    if ends_with(w, "ies") && w.len() == 4 {
        truncate_suffix(w, "ies");
        w.extend(['i', 'e']);
        return;
    }
    use Replacement::Str;
    apply_rules(
        w,
        &[
            ("sses", Str("ss"), Cond::Always),
            ("ies", Str("i"), Cond::Always),
            ("ss", Str("ss"), Cond::Always),
            ("s", Str(""), Cond::Always),
        ],
        false,
    );
}

fn step1b(w: &mut Word) {
    if ends_with(w, "ied") {
        let four = w.len() == 4;
        truncate_suffix(w, "ied");
        w.push('i');
        if four {
            w.push('e');
        }
        return;
    }
    if ends_with(w, "eed") {
        let stem = &w[..w.len() - 3];
        if measure(stem) > 0 {
            w.truncate(w.len() - 1); // "eed" -> "ee"
        }
        return;
    }
    let mut succeeded = false;
    for suffix in ["ed", "ing"] {
        if ends_with(w, suffix) {
            let k = suffix.len();
            if contains_vowel(&w[..w.len() - k]) {
                w.truncate(w.len() - k);
                succeeded = true;
                break;
            }
        }
    }
    if !succeeded {
        return;
    }
    // The stem contains a vowel, so it is not empty.
    let Some(&last) = w.last() else {
        return;
    };
    use Replacement::Str;
    apply_rules(
        w,
        &[
            ("at", Str("ate"), Cond::Always),
            ("bl", Str("ble"), Cond::Always),
            ("iz", Str("ize"), Cond::Always),
            ("*d", Replacement::LastChar(last), Cond::NotLsz),
            ("", Str("e"), Cond::MeasureOneAndCvc),
        ],
        !matches!(last, 'l' | 's' | 'z'),
    );
}

fn step1c(w: &mut Word) {
    apply_rules(w, &[("y", Replacement::Str("i"), Cond::Step1cNltk)], false);
}

fn step2(w: &mut Word) {
    if ends_with(w, "alli") && measure(&w[..w.len() - 4]) > 0 {
        w.truncate(w.len() - 2); // "alli" -> "al"
        return step2(w);
    }
    use Cond::MeasurePositive as P;
    use Replacement::Str;
    apply_rules(
        w,
        &[
            ("ational", Str("ate"), P),
            ("tional", Str("tion"), P),
            ("enci", Str("ence"), P),
            ("anci", Str("ance"), P),
            ("izer", Str("ize"), P),
            ("bli", Str("ble"), P),
            ("alli", Str("al"), P),
            ("entli", Str("ent"), P),
            ("eli", Str("e"), P),
            ("ousli", Str("ous"), P),
            ("ization", Str("ize"), P),
            ("ation", Str("ate"), P),
            ("ator", Str("ate"), P),
            ("alism", Str("al"), P),
            ("iveness", Str("ive"), P),
            ("fulness", Str("ful"), P),
            ("ousness", Str("ous"), P),
            ("aliti", Str("al"), P),
            ("iviti", Str("ive"), P),
            ("biliti", Str("ble"), P),
            ("fulli", Str("ful"), P),
            ("logi", Str("log"), Cond::LogiNltk),
        ],
        false,
    );
}

fn step3(w: &mut Word) {
    use Cond::MeasurePositive as P;
    use Replacement::Str;
    apply_rules(
        w,
        &[
            ("icate", Str("ic"), P),
            ("ative", Str(""), P),
            ("alize", Str("al"), P),
            ("iciti", Str("ic"), P),
            ("ical", Str("ic"), P),
            ("ful", Str(""), P),
            ("ness", Str(""), P),
        ],
        false,
    );
}

fn step4(w: &mut Word) {
    use Cond::MeasureAbove1 as M;
    use Replacement::Str;
    let e = Str("");
    apply_rules(
        w,
        &[
            ("al", e, M),
            ("ance", e, M),
            ("ence", e, M),
            ("er", e, M),
            ("ic", e, M),
            ("able", e, M),
            ("ible", e, M),
            ("ant", e, M),
            ("ement", e, M),
            ("ment", e, M),
            ("ent", e, M),
            ("ion", e, Cond::MeasureAbove1AndST),
            ("ou", e, M),
            ("ism", e, M),
            ("ate", e, M),
            ("iti", e, M),
            ("ous", e, M),
            ("ive", e, M),
            ("ize", e, M),
        ],
        false,
    );
}

fn step5a(w: &mut Word) {
    if w.last() == Some(&'e') {
        let stem = &w[..w.len() - 1];
        let m = measure(stem);
        if m > 1 || (m == 1 && !ends_cvc(stem)) {
            w.truncate(w.len() - 1);
        }
    }
}

fn step5b(w: &mut Word) {
    apply_rules(w, &[("ll", Replacement::Str("l"), Cond::Step5b)], false);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(w: &str) -> String {
        PorterStemmer::new().stem(w).into_owned()
    }

    #[test]
    fn paper_examples() {
        for (w, want) in [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("ties", "tie"),
            ("caress", "caress"),
            ("cats", "cat"),
            ("feed", "feed"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("bled", "bled"),
            ("motoring", "motor"),
            ("sing", "sing"),
            ("conflated", "conflat"),
            ("troubled", "troubl"),
            ("sized", "size"),
            ("hopping", "hop"),
            ("tanned", "tan"),
            ("falling", "fall"),
            ("hissing", "hiss"),
            ("fizzed", "fizz"),
            ("failing", "fail"),
            ("filing", "file"),
            ("happy", "happi"),
            ("sky", "sky"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("rational", "ration"),
            ("generalization", "gener"),
            ("controlling", "control"),
            ("roll", "roll"),
            ("dying", "die"),
            ("news", "news"),
            ("succeeded", "succeed"),
        ] {
            assert_eq!(s(w), want, "{w}");
        }
    }

    #[test]
    fn lowercases_and_handles_non_ascii() {
        assert_eq!(s("RUNNING"), "run");
        assert_eq!(s("Ab"), "ab");
        // é is a consonant for NLTK.
        assert_eq!(s("cafés"), "café");
        assert_eq!(s("ÉTATS"), "état");
    }

    #[test]
    fn borrows_when_unchanged() {
        assert!(matches!(
            PorterStemmer::new().stem("roll"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(PorterStemmer::new().stem("rolls"), Cow::Owned(_)));
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for w in [
            "",
            "y",
            "yy",
            "yyyyyyyyyy",
            "ied",
            "eed",
            "ing",
            "ed",
            "*d",
            "x*d",
            "ſs",
        ] {
            let _ = s(w);
        }
        let long = "y".repeat(100_000);
        assert!(s(&long).len() <= long.len());
    }
}
