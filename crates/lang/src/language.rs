//! [`Language`]: one of the languages whatlang knows, named by ISO 639-3 code.

use std::fmt;

use whatlang::Lang;

/// A language the detector can report: one of whatlang's 70, named by its ISO 639-3 code as
/// whatlang spells it (`cmn` for Mandarin Chinese, `pes` for Persian, `nob` for Norwegian Bokmål).
///
/// ```
/// use nutgraf_lang::Language;
///
/// let german = Language::from_code("deu").unwrap();
/// assert_eq!(german.code(), "deu");
/// assert_eq!(german.name(), "German");
/// assert!(Language::from_code("xyz").is_none());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language(pub(crate) Lang);

impl Language {
    /// The language of an ISO 639-3 code (lowercase, as whatlang spells it), or `None` if the code
    /// is not one of [`Language::all`].
    ///
    /// ```
    /// assert_eq!(nutgraf_lang::Language::from_code("eng").map(|l| l.name()), Some("English"));
    /// ```
    pub fn from_code(code: &str) -> Option<Language> {
        Lang::all()
            .iter()
            .find(|l| l.code() == code)
            .map(|&l| Language(l))
    }

    /// The ISO 639-3 code, e.g. `"eng"`.
    ///
    /// ```
    /// assert_eq!(nutgraf_lang::Language::from_code("ukr").unwrap().code(), "ukr");
    /// ```
    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// The English name, e.g. `"Ukrainian"`.
    ///
    /// ```
    /// assert_eq!(nutgraf_lang::Language::from_code("ukr").unwrap().name(), "Ukrainian");
    /// ```
    pub fn name(self) -> &'static str {
        self.0.eng_name()
    }

    /// Every language the detector can report, sorted by code.
    ///
    /// ```
    /// let all: Vec<&str> = nutgraf_lang::Language::all().map(|l| l.code()).collect();
    /// assert!(all.contains(&"eng") && all.contains(&"cmn"));
    /// assert!(all.windows(2).all(|w| w[0] < w[1]));
    /// ```
    pub fn all() -> impl Iterator<Item = Language> {
        let mut all: Vec<Lang> = Lang::all().to_vec();
        all.sort_unstable_by_key(|l| l.code());
        all.into_iter().map(Language)
    }

    /// Whether nutgraf-lang covers this language with evidence of its own: n-gram tables, or a
    /// script no other language uses (57 of the 70, the languages lingua also supports). The
    /// other 13 (`aka`, `amh`, `jav`, `kan`, `khm`, `mal`, `mya`, `nep`, `ori`, `sin`, `tuk`,
    /// `uzb`, `yid`) are detected by whatlang alone: by their script where it is theirs alone,
    /// and otherwise only when whatlang is reliable about them.
    ///
    /// ```
    /// use nutgraf_lang::Language;
    /// assert!(Language::from_code("nob").unwrap().is_covered());
    /// assert!(!Language::from_code("uzb").unwrap().is_covered());
    /// ```
    pub fn is_covered(self) -> bool {
        !matches!(
            self.0,
            Lang::Aka
                | Lang::Amh
                | Lang::Jav
                | Lang::Kan
                | Lang::Khm
                | Lang::Mal
                | Lang::Mya
                | Lang::Nep
                | Lang::Ori
                | Lang::Sin
                | Lang::Tuk
                | Lang::Uzb
                | Lang::Yid
        )
    }
}

impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}
