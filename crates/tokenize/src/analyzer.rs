//! Per-language stopwords and stemming behind one [`Analyzer`].

use std::borrow::Cow;
use std::fmt;
use std::sync::RwLock;

use hashbrown::HashTable;
use hashbrown::hash_table::Entry;
use rust_stemmers::{Algorithm, Stemmer};

use crate::fxhash::{FxHashSet, Key, key, same};

/// How many words an [`Analyzer`] remembers the stems of. A language's working vocabulary fits;
/// past this the cache stops growing (memory stays bounded) and new words are stemmed each time.
const STEM_CACHE_WORDS: usize = 200_000;

/// The languages with a Snowball stemmer in rust-stemmers, by ISO 639-3 code (as whatlang
/// spells them), with their ISO 639-1 code for the stopword lists.
const STEMMED: [(&str, &str, Algorithm); 17] = [
    ("ara", "ar", Algorithm::Arabic),
    ("dan", "da", Algorithm::Danish),
    ("nld", "nl", Algorithm::Dutch),
    ("eng", "en", Algorithm::English),
    ("fra", "fr", Algorithm::French),
    ("deu", "de", Algorithm::German),
    ("ell", "el", Algorithm::Greek),
    ("hun", "hu", Algorithm::Hungarian),
    ("ita", "it", Algorithm::Italian),
    ("nob", "no", Algorithm::Norwegian),
    ("por", "pt", Algorithm::Portuguese),
    ("ron", "ro", Algorithm::Romanian),
    ("rus", "ru", Algorithm::Russian),
    ("spa", "es", Algorithm::Spanish),
    ("swe", "sv", Algorithm::Swedish),
    ("tam", "ta", Algorithm::Tamil),
    ("tur", "tr", Algorithm::Turkish),
];

/// Languages with a stopword list but no stemmer: ISO 639-3 code and ISO 639-1 code.
const UNSTEMMED: [(&str, &str); 35] = [
    ("afr", "af"),
    ("bul", "bg"),
    ("ben", "bn"),
    ("cat", "ca"),
    ("ces", "cs"),
    ("epo", "eo"),
    ("est", "et"),
    ("eus", "eu"),
    ("pes", "fa"),
    ("fin", "fi"),
    ("gle", "ga"),
    ("glg", "gl"),
    ("guj", "gu"),
    ("heb", "he"),
    ("hin", "hi"),
    ("hrv", "hr"),
    ("hye", "hy"),
    ("ind", "id"),
    ("jpn", "ja"),
    ("kor", "ko"),
    ("lat", "la"),
    ("lit", "lt"),
    ("lav", "lv"),
    ("mar", "mr"),
    ("zsm", "ms"),
    ("pol", "pl"),
    ("slk", "sk"),
    ("slv", "sl"),
    ("som", "so"),
    ("swh", "sw"),
    ("tha", "th"),
    ("tgl", "tl"),
    ("ukr", "uk"),
    ("urd", "ur"),
    ("vie", "vi"),
];

/// Other spellings accepted for a language code: ISO 639-1 codes, ISO 639-2/B codes and the
/// macrolanguage codes some tools use.
const ALIASES: [(&str, &str); 10] = [
    ("nor", "nob"),
    ("nno", "nob"),
    ("fas", "pes"),
    ("per", "pes"),
    ("msa", "zsm"),
    ("may", "zsm"),
    ("swa", "swh"),
    ("ger", "deu"),
    ("fre", "fra"),
    ("dut", "nld"),
];

/// Stopwords and stemming for one language, chosen by ISO 639-3 code.
///
/// Stopword lists come from the `stop-words` crate (NLTK's lists where NLTK has one, else
/// the stopwords-iso lists); stemmers are rust-stemmers' Snowball stemmers. A language
/// without a stemmer gets none (words are only lowercased), and an unknown code gets neither
/// stemmer nor stopwords; neither is an error, since every text can still be processed.
///
/// ```
/// use nutgraf_tokenize::Analyzer;
/// let en = Analyzer::for_code("eng");
/// assert!(en.is_stopword("the"));
/// assert_eq!(en.stem("meetings"), "meet");
///
/// let unknown = Analyzer::for_code("xyz");
/// assert!(!unknown.is_stopword("the"));
/// assert_eq!(unknown.stem("meetings"), "meetings");
/// ```
pub struct Analyzer {
    code: Option<&'static str>,
    stemmer: Option<Stemmer>,
    stopwords: FxHashSet<&'static str>,
    /// Stems already computed, shared by every document analysed with this analyzer, found by
    /// the [`Key`] of the word.
    cache: RwLock<HashTable<CachedWord>>,
}

/// What an [`Analyzer`] remembers of a word it has stemmed.
struct CachedWord {
    /// [`Key`] of `word`.
    key: Key,
    /// The word, in normal form.
    word: Box<str>,
    /// Its stem, or `None` when the stem is the word itself.
    stem: Option<Box<str>>,
    /// [`Key`] of the stem.
    stem_key: Key,
    /// Whether the word is a stopword.
    stopword: bool,
}

impl Analyzer {
    /// The analyzer for an ISO 639-3 code (`"eng"`, `"deu"`, `"cmn"`, ...). ISO 639-1 codes
    /// (`"en"`) and a few other common spellings are accepted too; case is ignored.
    ///
    /// ```
    /// use nutgraf_tokenize::Analyzer;
    /// assert_eq!(Analyzer::for_code("EN").code(), Some("eng"));
    /// assert!(Analyzer::for_code("fra").has_stemmer());
    /// assert!(!Analyzer::for_code("pol").has_stemmer());
    /// assert!(Analyzer::for_code("pol").is_stopword("się"));
    /// ```
    pub fn for_code(code: &str) -> Analyzer {
        let code = code.trim().to_ascii_lowercase();
        let code = ALIASES
            .iter()
            .find(|(alias, _)| *alias == code)
            .map_or(code.as_str(), |(_, to)| to);
        for (iso3, iso1, algorithm) in STEMMED {
            if code == iso3 || code == iso1 {
                return Analyzer::build(Some(iso3), iso1, Some(algorithm));
            }
        }
        for (iso3, iso1) in UNSTEMMED {
            if code == iso3 || code == iso1 {
                return Analyzer::build(Some(iso3), iso1, None);
            }
        }
        if code == "cmn" || code == "zh" || code == "zho" {
            return Analyzer::build(Some("cmn"), "zh", None);
        }
        Analyzer::none()
    }

    /// An analyzer that only lowercases: no stopwords, no stemming.
    ///
    /// ```
    /// use nutgraf_tokenize::Analyzer;
    /// assert_eq!(Analyzer::none().code(), None);
    /// ```
    pub fn none() -> Analyzer {
        Analyzer {
            code: None,
            stemmer: None,
            stopwords: FxHashSet::default(),
            cache: RwLock::new(HashTable::new()),
        }
    }

    fn build(code: Option<&'static str>, iso1: &str, algorithm: Option<Algorithm>) -> Analyzer {
        let stopwords = stop_words::lookup(iso1)
            .map(|words| words.iter().copied().collect())
            .unwrap_or_default();
        Analyzer {
            code,
            stemmer: algorithm.map(Stemmer::create),
            stopwords,
            cache: RwLock::new(HashTable::new()),
        }
    }

    /// The ISO 639-3 code of the language, or `None` for [`Analyzer::none`].
    ///
    /// ```
    /// use nutgraf_tokenize::Analyzer;
    /// assert_eq!(Analyzer::for_code("de").code(), Some("deu"));
    /// ```
    pub fn code(&self) -> Option<&'static str> {
        self.code
    }

    /// Whether words are stemmed (a Snowball stemmer exists for the language).
    ///
    /// ```
    /// use nutgraf_tokenize::Analyzer;
    /// assert!(Analyzer::for_code("eng").has_stemmer());
    /// ```
    pub fn has_stemmer(&self) -> bool {
        self.stemmer.is_some()
    }

    /// Whether a word in normal form (lowercase, see [`crate::normalize`]) is a stopword.
    ///
    /// ```
    /// use nutgraf_tokenize::Analyzer;
    /// assert!(Analyzer::for_code("deu").is_stopword("und"));
    /// ```
    pub fn is_stopword(&self, normal: &str) -> bool {
        self.stopwords.contains(normal)
    }

    /// The number of stopwords known for the language.
    ///
    /// ```
    /// use nutgraf_tokenize::Analyzer;
    /// assert!(Analyzer::for_code("eng").stopword_count() > 100);
    /// ```
    pub fn stopword_count(&self) -> usize {
        self.stopwords.len()
    }

    /// Stems a word in normal form (lowercase); returns it unchanged when the language has no
    /// stemmer. Borrows when the stem equals the word.
    ///
    /// ```
    /// use nutgraf_tokenize::Analyzer;
    /// assert_eq!(Analyzer::for_code("eng").stem("relationships"), "relationship");
    /// ```
    pub fn stem<'a>(&self, normal: &'a str) -> Cow<'a, str> {
        match &self.stemmer {
            Some(stemmer) => stemmer.stem(normal),
            None => Cow::Borrowed(normal),
        }
    }
}

impl Analyzer {
    /// Calls `f`, in order, with the stem of each word of `words` (a word in normal form and
    /// its [`Key`]), the stem's [`Key`], and whether the word is a stopword: the same stem as
    /// [`Analyzer::stem`] and the same flag as [`Analyzer::is_stopword`].
    ///
    /// Stems come from the cache when this analyzer has seen the word before, so a known word
    /// costs one hash-table probe. The whole batch (a document's new words) takes the cache's
    /// read lock once, and the words it had to stem go into the cache together afterwards,
    /// under one write lock: two lock operations per document instead of two per word, and
    /// the probes follow one another closely enough for their cache misses to overlap.
    pub(crate) fn with_words<'w>(
        &self,
        words: impl IntoIterator<Item = (&'w str, Key)>,
        mut f: impl FnMut(&str, Key, bool),
    ) {
        let Some(stemmer) = &self.stemmer else {
            for (normal, k) in words {
                f(normal, k, self.is_stopword(normal));
            }
            return;
        };
        let mut missed: Vec<CachedWord> = Vec::new();
        {
            let cache = self.cache.read().ok();
            for (normal, k) in words {
                let is_word =
                    |w: &CachedWord| same(w.word.as_bytes(), w.key.head, normal.as_bytes(), k);
                if let Some(w) = cache.as_ref().and_then(|c| c.find(k.hash, is_word)) {
                    match &w.stem {
                        Some(stem) => f(stem, w.stem_key, w.stopword),
                        None => f(normal, k, w.stopword),
                    }
                    continue;
                }
                let stem = stemmer.stem(normal);
                let stopword = self.is_stopword(normal);
                let unchanged = stem == normal;
                let stem_key = if unchanged { k } else { key(&stem) };
                f(&stem, stem_key, stopword);
                missed.push(CachedWord {
                    key: k,
                    word: normal.into(),
                    stem: (!unchanged).then(|| stem.as_ref().into()),
                    stem_key,
                    stopword,
                });
            }
        }
        if missed.is_empty() {
            return;
        }
        if let Ok(mut cache) = self.cache.write() {
            for w in missed {
                if cache.len() >= STEM_CACHE_WORDS {
                    break;
                }
                let is_word =
                    |c: &CachedWord| same(c.word.as_bytes(), c.key.head, w.word.as_bytes(), w.key);
                if let Entry::Vacant(slot) = cache.entry(w.key.hash, is_word, |c| c.key.hash) {
                    slot.insert(w);
                }
            }
        }
    }
}

impl fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Analyzer")
            .field("code", &self.code)
            .field("stemmer", &self.stemmer.is_some())
            .field("stopwords", &self.stopwords.len())
            .finish()
    }
}

/// The ISO 639-3 codes that [`Analyzer::for_code`] knows (with stopwords, and with a stemmer
/// where rust-stemmers has one), sorted.
///
/// ```
/// assert!(nutgraf_tokenize::supported_languages().contains(&"eng"));
/// ```
pub fn supported_languages() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = STEMMED
        .iter()
        .map(|(c, _, _)| *c)
        .chain(UNSTEMMED.iter().map(|(c, _)| *c))
        .chain(std::iter::once("cmn"))
        .collect();
    codes.sort_unstable();
    codes
}
