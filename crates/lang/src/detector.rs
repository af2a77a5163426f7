//! [`Detector`] and [`Detection`].

use whatlang::{Lang, Script};

use crate::Language;
use crate::model::{self, GroupId, ScoreParams};

/// What the detector found: a language, the script it was seen in, and how sure it is.
///
/// ```
/// let d = nutgraf_lang::detect("Der schnelle braune Fuchs springt über den faulen Hund.").unwrap();
/// assert_eq!((d.code(), d.name(), d.script()), ("deu", "German", "Latin"));
/// assert!(d.confidence() > 0.9 && d.is_reliable());
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    language: Language,
    script: Script,
    confidence: f64,
    reliable: bool,
}

impl Detection {
    /// The language found.
    ///
    /// ```
    /// let d = nutgraf_lang::detect("Привіт, як справи у тебе сьогодні?").unwrap();
    /// assert_eq!(d.language(), nutgraf_lang::Language::from_code("ukr").unwrap());
    /// ```
    pub fn language(&self) -> Language {
        self.language
    }

    /// The language's ISO 639-3 code as whatlang spells it (`"eng"`, `"cmn"`, `"pes"`).
    ///
    /// ```
    /// assert_eq!(nutgraf_lang::detect("これは日本語の文です。").unwrap().code(), "jpn");
    /// ```
    pub fn code(&self) -> &'static str {
        self.language.code()
    }

    /// The language's English name (`"English"`).
    ///
    /// ```
    /// assert_eq!(nutgraf_lang::detect("한국어 문장입니다").unwrap().name(), "Korean");
    /// ```
    pub fn name(&self) -> &'static str {
        self.language.name()
    }

    /// The name of the main script of the text, as whatlang names it (`"Latin"`, `"Cyrillic"`,
    /// `"Mandarin"` for Han characters, `"Hiragana"`, ...).
    ///
    /// ```
    /// assert_eq!(nutgraf_lang::detect("Καλημέρα σας").unwrap().script(), "Greek");
    /// ```
    pub fn script(&self) -> &'static str {
        script_name(self.script)
    }

    /// How sure the detector is, in `0.0..=1.0`: the probability of this language against the
    /// other candidates under the model (1.0 when the script admits only one language).
    ///
    /// ```
    /// let c = nutgraf_lang::detect("house").unwrap().confidence();
    /// assert!((0.0..=1.0).contains(&c));
    /// ```
    pub fn confidence(&self) -> f64 {
        self.confidence
    }

    /// Whether the detection can be trusted: the confidence is high and there is enough text.
    /// A single ambiguous word is usually not reliable even when it is detected right.
    ///
    /// ```
    /// assert!(nutgraf_lang::detect("This is clearly an English sentence about the weather.")
    ///     .unwrap()
    ///     .is_reliable());
    /// ```
    pub fn is_reliable(&self) -> bool {
        self.reliable
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Detection {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Detection", 5)?;
        st.serialize_field("code", self.code())?;
        st.serialize_field("name", self.name())?;
        st.serialize_field("script", self.script())?;
        st.serialize_field("confidence", &self.confidence)?;
        st.serialize_field("reliable", &self.reliable)?;
        st.end()
    }
}

fn script_name(script: Script) -> &'static str {
    match script {
        Script::Arabic => "Arabic",
        Script::Armenian => "Armenian",
        Script::Bengali => "Bengali",
        Script::Cyrillic => "Cyrillic",
        Script::Devanagari => "Devanagari",
        Script::Ethiopic => "Ethiopic",
        Script::Georgian => "Georgian",
        Script::Greek => "Greek",
        Script::Gujarati => "Gujarati",
        Script::Gurmukhi => "Gurmukhi",
        Script::Hangul => "Hangul",
        Script::Hebrew => "Hebrew",
        Script::Hiragana => "Hiragana",
        Script::Kannada => "Kannada",
        Script::Katakana => "Katakana",
        Script::Khmer => "Khmer",
        Script::Latin => "Latin",
        Script::Malayalam => "Malayalam",
        Script::Mandarin => "Mandarin",
        Script::Myanmar => "Myanmar",
        Script::Oriya => "Oriya",
        Script::Sinhala => "Sinhala",
        Script::Tamil => "Tamil",
        Script::Telugu => "Telugu",
        Script::Thai => "Thai",
    }
}

/// Weight of whatlang's per-language score (in `0..=1`, per scored letter) for Devanagari.
const GAMMA: f64 = 10.0;
/// Prior for Chinese over Japanese, in nats, for Han characters without kana.
const HAN_PRIOR: f64 = 1.0;

/// whatlang sees at most this many bytes of a text (about 150 words: enough for its answer).
const WHATLANG_BYTES: usize = 1024;
/// The main script is counted on at most this many bytes of a text: the n-gram tables read at
/// most 1,000 letters anyway, and a long text costs no more than its head.
const SCRIPT_BYTES: usize = 1024;

/// Words read by the second look of the common-word test before asking whatlang.
const PLAINLY_WORDS: usize = 256;

/// The longest prefix of `text` of at most `max` bytes that ends on a char boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// Whether every character of `text` is ASCII, in U+0080..=U+024F (Latin-1 Supplement and
/// Latin Extended-A/B, all Latin for whatlang) or in General Punctuation (U+2000..=U+206F, no
/// script for whatlang), with at least one Latin character: then whatlang's script count puts
/// Latin first, since no other script has a character.
fn plainly_latin(text: &str) -> bool {
    // ASCII text (most English news), checked a word at a time: Latin if it has a letter
    if text.is_ascii() {
        return text.bytes().any(|b| b.is_ascii_alphabetic());
    }
    let mut latin = false;
    for c in text.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '\u{0080}'..='\u{024F}' => latin = true,
            '\u{0000}'..='\u{007F}' | '\u{2000}'..='\u{206F}' => {}
            _ => return false,
        }
    }
    latin
}

/// Which languages a [`Detector`] may answer.
#[derive(Clone, Debug, Default, PartialEq)]
enum Filter {
    #[default]
    All,
    Allow(Vec<Lang>),
    Deny(Vec<Lang>),
}

impl Filter {
    fn allows(&self, lang: Lang) -> bool {
        match self {
            Filter::All => true,
            Filter::Allow(list) => list.contains(&lang),
            Filter::Deny(list) => !list.contains(&lang),
        }
    }
}

/// A configured language detector: which languages it may answer and how sure it must be.
///
/// `Detector::default()` considers all of [`Language::all`] and has no minimum confidence; it
/// is what [`detect`](crate::detect) uses. Setters take `&mut self` and return it for chaining;
/// none of them panics.
///
/// ```
/// use nutgraf_lang::{Detector, Language};
///
/// let codes = ["dan", "nob", "swe"];
/// let mut detector = Detector::new();
/// detector
///     .allowlist(codes.iter().filter_map(|c| Language::from_code(c)))
///     .min_confidence(0.5);
/// let d = detector.detect("Jeg har ikke tid i dag, men vi kan ses i morgen.").unwrap();
/// assert!(codes.contains(&d.code()));
/// assert!(detector.detect("Guten Morgen, wie geht es dir?").map_or(true, |d| codes.contains(&d.code())));
/// ```
#[derive(Clone, Debug)]
pub struct Detector {
    filter: Filter,
    min_confidence: f64,
    params: ScoreParams,
    whatlang: whatlang::Detector,
}

impl Default for Detector {
    fn default() -> Self {
        Self {
            filter: Filter::All,
            min_confidence: 0.0,
            params: ScoreParams::default(),
            whatlang: whatlang::Detector::new(),
        }
    }
}

impl Detector {
    /// The default detector: every language, no minimum confidence.
    ///
    /// ```
    /// let d = nutgraf_lang::Detector::new().detect("Dobrý den, jak se máte?").unwrap();
    /// assert_eq!(d.code(), "ces");
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Answers only these languages (replaces any earlier allowlist or denylist). An empty list
    /// allows nothing, so every detection is `None`.
    ///
    /// ```
    /// use nutgraf_lang::{Detector, Language};
    /// let mut d = Detector::new();
    /// d.allowlist([Language::from_code("spa").unwrap(), Language::from_code("por").unwrap()]);
    /// assert_eq!(d.detect("Obrigado pela atenção").unwrap().code(), "por");
    /// ```
    pub fn allowlist(&mut self, languages: impl IntoIterator<Item = Language>) -> &mut Self {
        let list: Vec<Lang> = languages.into_iter().map(|l| l.0).collect();
        self.whatlang = whatlang::Detector::with_allowlist(list.clone());
        self.filter = Filter::Allow(list);
        self
    }

    /// Never answers these languages (replaces any earlier allowlist or denylist).
    ///
    /// ```
    /// use nutgraf_lang::{Detector, Language};
    /// let mut d = Detector::new();
    /// d.denylist([Language::from_code("eng").unwrap()]);
    /// assert_ne!(d.detect("the house is big").map(|d| d.code()), Some("eng"));
    /// ```
    pub fn denylist(&mut self, languages: impl IntoIterator<Item = Language>) -> &mut Self {
        let list: Vec<Lang> = languages.into_iter().map(|l| l.0).collect();
        self.whatlang = whatlang::Detector::with_denylist(list.clone());
        self.filter = Filter::Deny(list);
        self
    }

    /// Detections whose confidence is below `min` become `None`. `min` is clamped to
    /// `0.0..=1.0`; NaN means 0.
    ///
    /// ```
    /// let mut d = nutgraf_lang::Detector::new();
    /// d.min_confidence(0.99);
    /// assert!(d.detect("a").is_none());
    /// ```
    pub fn min_confidence(&mut self, min: f64) -> &mut Self {
        self.min_confidence = if min.is_nan() {
            0.0
        } else {
            min.clamp(0.0, 1.0)
        };
        self
    }

    /// Whether this detector may answer `language`.
    ///
    /// ```
    /// let d = nutgraf_lang::Detector::new();
    /// assert!(d.allows(nutgraf_lang::Language::from_code("eng").unwrap()));
    /// ```
    pub fn allows(&self, language: Language) -> bool {
        self.filter.allows(language.0)
    }

    /// Detects the language of `text`; `None` if the text has no letters (empty, digits,
    /// punctuation, emoji), if no allowed language can be written in its script, or if the
    /// confidence is below the minimum.
    ///
    /// ```
    /// let d = nutgraf_lang::Detector::new();
    /// assert_eq!(d.detect("¿Dónde está la biblioteca? Quiero leer un libro.").unwrap().code(), "spa");
    /// assert!(d.detect("12:30 !!! 🙂").is_none());
    /// ```
    pub fn detect(&self, text: &str) -> Option<Detection> {
        // No letter, no linguistic signal (whatlang counts some punctuation, such as `¿`, as
        // script characters and would otherwise guess).
        if !text.chars().any(char::is_alphabetic) {
            return None;
        }
        let head = prefix(text, SCRIPT_BYTES);
        // A head written in Latin letters and script-less characters only is in Latin script
        // for whatlang too: skip its slower per-character walk over 25 scripts.
        let scripts = if plainly_latin(head) {
            None
        } else {
            Some(whatlang::dev::raw_detect_script(head))
        };
        let (script, count) = match &scripts {
            None => (Script::Latin, 1),
            Some(s) => *s.counters.first()?,
        };
        if count == 0 {
            return None;
        }
        let found = match script {
            Script::Latin => self.detect_in_group(text, GroupId::Latin, script),
            Script::Cyrillic => self.detect_in_group(text, GroupId::Cyrillic, script),
            Script::Arabic => self.detect_in_group(text, GroupId::Arabic, script),
            Script::Devanagari => self.detect_in_group(text, GroupId::Devanagari, script),
            Script::Mandarin => {
                let kana: usize = scripts
                    .iter()
                    .flat_map(|s| &s.counters)
                    .filter(|(s, _)| matches!(s, Script::Hiragana | Script::Katakana))
                    .map(|&(_, n)| n)
                    .sum();
                self.detect_han(text, kana)
            }
            _ => self.whatlang_only(text),
        };
        found.filter(|d| d.confidence >= self.min_confidence && self.filter.allows(d.language.0))
    }

    /// whatlang's own answer, with this detector's filter.
    fn whatlang_only(&self, text: &str) -> Option<Detection> {
        let info = self.whatlang.detect(prefix(text, WHATLANG_BYTES))?;
        if !self.filter.allows(info.lang()) {
            return None;
        }
        Some(Detection {
            language: Language(info.lang()),
            script: info.script(),
            confidence: info.confidence().clamp(0.0, 1.0),
            reliable: info.is_reliable(),
        })
    }

    /// Han characters: any kana means Japanese; otherwise the Han table decides between
    /// Chinese and Japanese (Japanese written in kanji alone).
    fn detect_han(&self, text: &str, kana: usize) -> Option<Detection> {
        let (cmn, jpn) = (self.filter.allows(Lang::Cmn), self.filter.allows(Lang::Jpn));
        if kana > 0 && jpn {
            return Some(Detection {
                language: Language(Lang::Jpn),
                script: Script::Mandarin,
                confidence: 1.0,
                reliable: true,
            });
        }
        if !(cmn && jpn) {
            return self.whatlang_only(text);
        }
        self.detect_in_group(text, GroupId::Han, Script::Mandarin)
    }

    /// Scores the text with the group's n-gram tables.
    fn detect_in_group(&self, text: &str, id: GroupId, script: Script) -> Option<Detection> {
        let Some(group) = model::model().and_then(|m| m.group(id)) else {
            return self.whatlang_only(text);
        };
        let mut mask = 0u64;
        for (i, &l) in group.langs.iter().enumerate() {
            if self.filter.allows(l) {
                mask |= 1 << i;
            }
        }
        // Languages of this script that whatlang knows but the tables do not.
        let untabled: Vec<Lang> = script
            .langs()
            .iter()
            .copied()
            .filter(|&l| self.filter.allows(l) && !group.langs.contains(&l))
            .collect();
        if mask == 0 {
            return if untabled.is_empty() {
                None
            } else {
                self.whatlang_only(text)
            };
        }
        // The common-word votes first: they are part of the score the decisive-lead test
        // looks at, so running text whose common words already speak for one language needs
        // fewer letters of n-grams to settle.
        let mut prior = vec![0.0f64; group.langs.len()];
        let votes =
            crate::stopwords::vote(text, id, &group.langs, &mut prior, self.params.stopword);
        let mut scores = group.score_from(text, mask, self.params, prior);
        if scores.letters == 0 {
            return self.whatlang_only(text);
        }
        if id == GroupId::Devanagari {
            if let Some(whatlang::dev::RawLangInfo::MultiScript(raw)) =
                whatlang::dev::raw_detect(prefix(text, WHATLANG_BYTES)).lang_info
            {
                for (l, w) in raw.scores {
                    if let Some(i) = group.langs.iter().position(|&g| g == l) {
                        scores.log_lik[i] += GAMMA * w * scores.letters as f64;
                    }
                }
            }
        }
        if id == GroupId::Han {
            if let Some(i) = group.langs.iter().position(|&g| g == Lang::Cmn) {
                scores.log_lik[i] += HAN_PRIOR;
            }
        }
        let mut best = None::<(usize, f64)>;
        for (i, &s) in scores.log_lik.iter().enumerate() {
            if mask & (1 << i) != 0 && best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
        let (bi, bs) = best?;
        let lang = *group.langs.get(bi)?;
        let total: f64 = scores
            .log_lik
            .iter()
            .filter(|s| s.is_finite())
            .map(|&s| (s - bs).exp())
            .sum();
        let confidence = if total > 0.0 {
            (1.0 / total).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let found = Detection {
            language: Language(lang),
            script,
            confidence,
            reliable: confidence >= 0.999 && scores.letters >= 12,
        };
        // whatlang is slow (it costs more than the tables): it is not asked when the text is
        // plainly in the tables' best language by its common words, among the first
        // MAX_WORDS words or, at a second look, the first PLAINLY_WORDS (an article's
        // dateline, byline and names can crowd its first sentences).
        if untabled.is_empty()
            || votes.plainly(bi)
            || crate::stopwords::plainly_over(text, id, &group.langs, bi, PLAINLY_WORDS)
        {
            return Some(found);
        }
        // An untabled language wins only if whatlang, choosing between it and the tables' best,
        // picks it and is reliable about it. Restricting whatlang to these few candidates keeps
        // its cost low.
        let mut candidates = untabled;
        candidates.push(lang);
        match whatlang::Detector::with_allowlist(candidates).detect(prefix(text, WHATLANG_BYTES)) {
            Some(w) if w.is_reliable() && w.lang() != lang => Some(Detection {
                language: Language(w.lang()),
                script,
                confidence: w.confidence().clamp(0.0, 1.0),
                reliable: true,
            }),
            _ => Some(found),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use whatlang::Script;

    use super::plainly_latin;

    /// What the shortcut skips: whatlang's own count of the scripts.
    fn whatlang_first(text: &str) -> Option<(Script, usize)> {
        whatlang::dev::raw_detect_script(text)
            .counters
            .first()
            .copied()
            .filter(|&(_, n)| n > 0)
    }

    #[test]
    fn plainly_latin_text_is_latin_for_whatlang() {
        for text in [
            "The cat sat.",
            "“Quoted” – dashed … text",
            "Ça coûte 5 $ à Zürich, señor.",
            "©",
        ] {
            assert!(plainly_latin(text), "{text}");
            assert_eq!(whatlang_first(text).map(|(s, _)| s), Some(Script::Latin));
        }
        for text in [
            "",
            "1234 !?",
            "“ ” – …",
            "5 €",
            "Привет",
            "The cat и собака",
            "東京 Tokyo",
        ] {
            assert!(!plainly_latin(text), "{text}");
        }
    }

    proptest! {
        // Characters from the shortcut's ranges and just beyond them.
        #[test]
        fn shortcut_agrees_with_whatlang(text in "[\\x00-\\x7f\\u{80}-\\u{260}\\u{1ff0}-\\u{2080}\\u{400}-\\u{410}]{0,40}") {
            if plainly_latin(&text) {
                prop_assert_eq!(whatlang_first(&text).map(|(s, _)| s), Some(Script::Latin));
            }
        }
    }
}
