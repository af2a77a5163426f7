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
const UNSTEMMED: [(&str, &str); 39] = [
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
    ("cmn", "zh"),
    ("ind", "id"),
    ("jpn", "ja"),
    ("kor", "ko"),
    ("lat", "la"),
    ("lit", "lt"),
    ("lav", "lv"),
    ("lao", "lo"),
    ("khm", "km"),
    ("mar", "mr"),
    ("mya", "my"),
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
const ALIASES: [(&str, &str); 14] = [
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
    ("zho", "cmn"),
    ("chi", "cmn"),
    ("bur", "mya"),
    ("tai", "tha"),
];

/// Chinese stopwords that NLTK's list (the one the `stop-words` crate has) lacks: function
/// words and adverbs; localizers (`上` in `会议上`, `前` in `2030年前`); measure words, which
/// the tokenizer splits off their numerals (`三` + `条`); the reporting verbs of news.
#[rustfmt::skip]
const ZH_EXTRA: &[&str] = &[
    "没有", "已经", "没", "们", "只", "再", "约", "总", "共", "还", "又", "很", "都", "也",
    "就", "才", "更", "最", "太", "已", "曾", "正", "将", "会", "能", "可", "该", "得",
    "着", "过", "此", "各", "每", "某", "并", "被", "让", "给", "向", "由", "自", "至",
    "据", "多", "少", "约为", "左右",
    "上", "下", "中", "里", "内", "外", "前", "后", "间", "旁",
    "个", "位", "名", "种", "条", "项", "次", "座", "家", "件", "张", "些", "批", "届",
    "场", "台", "辆", "架", "篇", "句", "段", "轮", "层", "份", "双", "套", "类", "元",
    "说", "称", "表示", "指出", "认为", "据介绍", "据悉", "据了解",
];

/// Japanese stopwords that the stopwords-iso list lacks: the inflected forms the segmenter
/// cuts (`見` + `まし` + `た`) and compound particles.
#[rustfmt::skip]
const JA_EXTRA: &[&str] = &[
    "した", "して", "され", "ました", "まし", "でし", "ませ", "ん", "しょう", "ましょう",
    "という", "として", "について", "における", "により", "によって", "ず", "的",
];

/// Stopwords added to (or, for Lao, Khmer and Burmese, standing in for) the list the
/// `stop-words` crate has for a language (NLTK's for Chinese, stopwords-iso's for Japanese
/// and Thai), by ISO 639-1 code: function words that the lists lack, in the forms the word
/// segmenters cut them (`まし` + `た`). The Lao, Khmer and Burmese lists were written for
/// nutgraf from the grammar of each language: conjunctions, prepositions, particles,
/// pronouns, auxiliaries and demonstratives.
const EXTRA_STOPWORDS: [(&str, &[&str]); 5] = [
    ("zh", ZH_EXTRA),
    ("ja", JA_EXTRA),
    (
        "lo",
        &[
            "ແລະ",
            "ຂອງ",
            "ທີ່",
            "ໃນ",
            "ເປັນ",
            "ມີ",
            "ໄດ້",
            "ຈະ",
            "ບໍ່",
            "ກັບ",
            "ໃຫ້",
            "ຈາກ",
            "ນີ້",
            "ນັ້ນ",
            "ວ່າ",
            "ແມ່ນ",
            "ກໍ",
            "ຫຼື",
            "ແຕ່",
            "ຢູ່",
            "ເຊິ່ງ",
            "ຕໍ່",
            "ໂດຍ",
            "ຍັງ",
            "ແລ້ວ",
            "ຂ້ອຍ",
            "ເຂົາ",
            "ພວກ",
            "ເຮົາ",
            "ທ່ານ",
            "ຄື",
            "ເພື່ອ",
            "ຫາ",
            "ກ່ຽວກັບ",
        ],
    ),
    (
        "km",
        &[
            "និង",
            "ជា",
            "នៅ",
            "បាន",
            "ដែល",
            "ក្នុង",
            "ពី",
            "នេះ",
            "នោះ",
            "មាន",
            "ទៅ",
            "របស់",
            "ថា",
            "ដើម្បី",
            "ឬ",
            "គឺ",
            "ទេ",
            "មិន",
            "ហើយ",
            "ក៏",
            "ដល់",
            "ជាមួយ",
            "សម្រាប់",
            "តែ",
            "គេ",
            "ខ្ញុំ",
            "យើង",
            "គាត់",
            "វា",
            "នឹង",
            "ត្រូវ",
            "លើ",
            "ដោយ",
            "ផង",
            "ដែរ",
        ],
    ),
    (
        "my",
        &[
            "သည်",
            "က",
            "ကို",
            "၏",
            "နှင့်",
            "နဲ့",
            "မှာ",
            "တွင်",
            "၌",
            "ပါ",
            "တယ်",
            "ခဲ့",
            "မည်",
            "မယ်",
            "များ",
            "တို့",
            "ဖြစ်",
            "ရှိ",
            "မှ",
            "လည်း",
            "သို့",
            "ဟု",
            "ပြီး",
            "သော",
            "ဒီ",
            "ထို",
            "၍",
            "လို့",
            "ကြ",
            "နေ",
            "ပြီ",
            "သူ",
            "ကျွန်တော်",
            "ကျွန်မ",
            "ဤ",
            "ရန်",
        ],
    ),
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
    stopwords: FxHashSet<Cow<'static, str>>,
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
        let extra = EXTRA_STOPWORDS
            .iter()
            .find(|(code, _)| *code == iso1)
            .map_or(&[][..], |(_, words)| *words);
        // The lists are not all in normal form (Thai writes the vowel sara am in two code
        // points in places): each entry is looked up as the tokens' normal forms are.
        let stopwords = stop_words::lookup(iso1)
            .unwrap_or_default()
            .iter()
            .chain(extra)
            .map(|&w| crate::normalize(w))
            .collect();
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
        .collect();
    codes.sort_unstable();
    codes
}

#[cfg(test)]
mod tests {
    use super::Analyzer;
    use crate::{Document, SentenceSplitter};

    #[test]
    fn scripts_without_spaces_have_stopwords() {
        for (code, stop, content) in [
            ("cmn", "的", "工厂"),
            ("zho", "已经", "北京"),
            ("jpn", "は", "映画"),
            ("jpn", "まし", "東京"),
            ("tha", "ที่", "ร้าน"),
            // the stopwords-iso list writes sara am in two code points; text has one
            ("tha", "ทำ", "อาหาร"),
            ("lao", "ແລະ", "ປະເທດ"),
            ("khm", "និង", "សៀវភៅ"),
            ("mya", "သည်", "စာအုပ်"),
        ] {
            let a = Analyzer::for_code(code);
            assert!(a.is_stopword(stop), "{code} {stop}");
            assert!(!a.is_stopword(content), "{code} {content}");
        }
    }

    #[test]
    fn a_chinese_document_has_content_words() {
        let text = "新的地铁线路今天开通了，市民们纷纷前来乘坐。地铁线路缩短了通勤时间。";
        let doc = Document::new(
            text,
            &SentenceSplitter::for_code("cmn"),
            &Analyzer::for_code("cmn"),
        );
        let content: Vec<&str> = doc
            .tokens()
            .iter()
            .filter(|t| t.is_content())
            .map(|t| doc.norm(t.norm))
            .collect();
        assert_eq!(
            content,
            [
                "新", "地铁", "线路", "开通", "市民", "纷纷", "前来", "乘坐", "地铁", "线路",
                "缩短", "通勤", "时间"
            ]
        );
    }

    #[test]
    fn han_in_a_japanese_document_is_cut_as_japanese() {
        // a run of kanji alone between punctuation: the Japanese segmenter, when told
        let text = "「東京都知事」";
        let whole = std::iter::once(0..text.len()).collect();
        let doc = Document::from_sentences(text, whole, &Analyzer::for_code("jpn"));
        let words: Vec<&str> = doc.tokens().iter().map(|t| doc.surface(t)).collect();
        assert_eq!(words, ["「", "東京", "都知事", "」"]);
        let chinese: Vec<&str> = crate::tokenize(text)
            .iter()
            .map(|t| t.as_str(text))
            .collect();
        assert_ne!(chinese, words);
    }
}
