//! Per-language word lists for the sentence splitter.
//!
//! Each language has five short lists, written here as they appear in text:
//!
//! - `prefix`: abbreviations that stand *before* what they qualify and never end a sentence
//!   ("Mr.", "Dr.", "e.g.", "z.B.", "M.", "ул."). A period after one is never a boundary.
//! - `ambiguous`: abbreviations that often end a sentence ("Inc.", "Co.", "Jr.", "etc.",
//!   months, "г."). After one, a boundary is taken only when the next word is a likely
//!   sentence starter (see `starters`).
//! - `starters`: lowercase function words that begin sentences (pronouns, articles,
//!   conjunctions, common adverbs). Used only to decide after an ambiguous abbreviation or an
//!   initial, never on their own.
//! - `prepositions`: a short sentence that begins with one of these and ends in an ambiguous
//!   abbreviation is a fronted phrase ("At 5 a.m. Mr. Smith left."), not a sentence.
//! - `never_final`: words a paragraph cannot end with (articles, "of", "and"): a line ending in
//!   one is hard-wrapped and continues on the next line.
//! - `run_in`: function words that, capitalised in the middle of a sentence after a content
//!   word and before a lowercase one, begin a sentence whose terminator is missing ("... in
//!   his garden The retired charity worker said"). Scraped news glues picture captions to
//!   the text this way. Only English has the list so far.
//!
//! - `stops`: ASCII marks typed for the language's own terminators (`:` for the Armenian
//!   full stop, `;` for the Greek question mark).
//!
//! English, German, French, Spanish, Italian, Portuguese, Dutch, Russian and Ukrainian have
//! all the lists (English alone has run-in starts); Greek, Armenian, Danish, Norwegian, Swedish, Hungarian, Romanian,
//! Turkish, Polish and Tamil have abbreviations only (their commonest titles, Latin and local
//! abbreviations, units and months), so the generic decisions apply after them.
//!
//! An abbreviation written with a capital first letter ("Ill", "Gen", "Mar") only matches
//! tokens that start with a capital too (so "ill." and "mar." stay ordinary words), unless the
//! whole text is lowercase. Lowercase entries match any case. Entries may contain inner periods
//! ("e.g", "т.е") and one space for spaced forms ("z. B", "p. ex").

use std::sync::OnceLock;

use hashbrown::HashTable;

use crate::fxhash::key_of_bytes as key;

/// How an abbreviation behaves before a capitalised word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Never ends a sentence.
    Prefix,
    /// May end a sentence: ends one when the next word is a sentence starter.
    Ambiguous,
}

/// The raw lists of one language.
pub(crate) struct Lists {
    pub code: &'static str,
    pub prefix: &'static [&'static str],
    pub ambiguous: &'static [&'static str],
    pub starters: &'static [&'static str],
    pub prepositions: &'static [&'static str],
    pub never_final: &'static [&'static str],
    pub run_in: &'static [&'static str],
    /// Capitalised words that follow a clock time inside the sentence ("5 p.m. Tuesday",
    /// "9 a.m. EST"). When given, any other capitalised word after "a.m."/"p.m." starts a
    /// sentence.
    pub after_time: &'static [&'static str],
    /// Capital letters that are words of their own and may end a sentence (English "I").
    pub one_letter_words: &'static [char],
    /// Whether a number followed by a period is an ordinal ("3. Oktober").
    pub ordinal_dot: bool,
    /// ASCII marks typed for the language's own terminators, which end a sentence as they
    /// do: `:` for the Armenian full stop `։`, `;` for the Greek question mark `;`.
    pub stops: &'static [char],
    /// Whether one Indic akshara before a period is an initial even in text that ends
    /// sentences with a period (Tamil names: "மு. கருணாநிதி").
    pub akshara_initials: bool,
}

/// A language's lists, lowercased and sorted for binary search.
#[derive(Debug)]
pub(crate) struct Rules {
    pub code: &'static str,
    abbrevs: Table<(Class, bool)>,
    /// Whether some abbreviation is written in two parts ("z. B").
    pub has_spaced: bool,
    starters: Table<()>,
    prepositions: Table<()>,
    never_final: Table<()>,
    run_in: Table<()>,
    /// The capital letters the run-in words begin with.
    run_in_initials: [bool; 256],
    after_time: Table<()>,
    pub one_letter_words: &'static [char],
    pub ordinal_dot: bool,
    pub stops: &'static [char],
    pub akshara_initials: bool,
}

impl Rules {
    fn compile(lists: &Lists) -> Rules {
        let mut abbrevs = Vec::new();
        for (list, class) in [
            (lists.prefix, Class::Prefix),
            (lists.ambiguous, Class::Ambiguous),
        ] {
            for entry in list {
                let cap_only = entry.chars().next().is_some_and(char::is_uppercase);
                abbrevs.push((entry.to_lowercase(), (class, cap_only)));
            }
        }
        let has_spaced = abbrevs.iter().any(|e| e.0.contains(' '));
        Rules {
            code: lists.code,
            abbrevs: Table::new(abbrevs),
            has_spaced,
            starters: Table::words(lists.starters),
            prepositions: Table::words(lists.prepositions),
            never_final: Table::words(lists.never_final),
            run_in: Table::words(lists.run_in),
            run_in_initials: initials(lists.run_in),
            after_time: Table::words(lists.after_time),
            one_letter_words: lists.one_letter_words,
            ordinal_dot: lists.ordinal_dot,
            stops: lists.stops,
            akshara_initials: lists.akshara_initials,
        }
    }

    /// The class of abbreviation `key` (lowercase); `capitalised` says whether the token in
    /// the text starts with a capital (or the text has no case to go by).
    pub fn abbrev(&self, key: impl AsRef<[u8]>, capitalised: bool) -> Option<Class> {
        let (class, cap_only) = self.abbrevs.get(key.as_ref())?;
        (!cap_only || capitalised).then_some(class)
    }

    /// Whether the lowercase word `key` is a sentence starter.
    pub fn is_starter(&self, key: impl AsRef<[u8]>) -> bool {
        self.starters.get(key.as_ref()).is_some()
    }

    /// Whether the language has a starter list at all (the generic rules do not).
    pub fn has_starters(&self) -> bool {
        !self.starters.keys.is_empty()
    }

    /// Whether the lowercase word `key` is a preposition that fronts a phrase.
    pub fn is_preposition(&self, key: impl AsRef<[u8]>) -> bool {
        self.prepositions.get(key.as_ref()).is_some()
    }

    /// Whether clock times have a list of words that may follow them (see `Lists`).
    pub fn has_after_time(&self) -> bool {
        !self.after_time.keys.is_empty()
    }

    /// Whether the lowercase word `key` may follow a clock time in the same sentence.
    pub fn is_after_time(&self, key: impl AsRef<[u8]>) -> bool {
        self.after_time.get(key.as_ref()).is_some()
    }

    /// Whether the lowercase word `key` cannot end a paragraph.
    pub fn is_never_final(&self, key: impl AsRef<[u8]>) -> bool {
        self.never_final.get(key.as_ref()).is_some()
    }

    /// Whether the lowercase word `key` may begin a run-in sentence (see the module doc).
    pub fn is_run_in(&self, key: impl AsRef<[u8]>) -> bool {
        self.run_in.get(key.as_ref()).is_some()
    }

    /// Whether ASCII byte `c` is the capital initial of a run-in word.
    pub fn is_run_in_initial(&self, c: u8) -> bool {
        self.run_in_initials[usize::from(c)]
    }

    /// Whether the language has a run-in list at all.
    pub fn has_run_in(&self) -> bool {
        !self.run_in.keys.is_empty()
    }

    /// Whether the lowercase word `key` is a function word of any of the lists (a starter,
    /// a preposition, a word a paragraph cannot end with, a run-in word).
    pub fn is_function_word(&self, key: impl AsRef<[u8]>) -> bool {
        let key = key.as_ref();
        self.is_starter(key)
            || self.is_preposition(key)
            || self.is_never_final(key)
            || self.is_run_in(key)
    }
}

/// The ASCII capital letters that the words of `list` begin with.
fn initials(list: &[&str]) -> [bool; 256] {
    let mut t = [false; 256];
    for w in list {
        if let Some(&c) = w.as_bytes().first().filter(|c| c.is_ascii_alphabetic()) {
            t[usize::from(c.to_ascii_uppercase())] = true;
        }
    }
    t
}

/// A table of short lowercase keys, found by hash.
#[derive(Debug)]
struct Table<T> {
    /// The keys, sorted, without duplicates.
    keys: Vec<(String, T)>,
    /// Positions in `keys`, by the [`key`] hash of the key.
    index: HashTable<u32>,
    max_len: usize,
}

impl<T: Copy> Table<T> {
    fn new(mut keys: Vec<(String, T)>) -> Table<T> {
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        keys.dedup_by(|a, b| a.0 == b.0);
        let hash = |k: &str| key(k.as_bytes()).hash;
        let mut index = HashTable::with_capacity(keys.len());
        for (i, (k, _)) in keys.iter().enumerate() {
            let Ok(i) = u32::try_from(i) else { break };
            index.insert_unique(hash(k), i, |&j: &u32| {
                keys.get(j as usize).map_or(0, |e| hash(&e.0))
            });
        }
        let max_len = keys.iter().map(|k| k.0.len()).max().unwrap_or(0);
        Table {
            keys,
            index,
            max_len,
        }
    }

    fn get(&self, k: &[u8]) -> Option<T> {
        if k.len() > self.max_len || k.is_empty() {
            return None;
        }
        let entry = |i: u32| self.keys.get(i as usize);
        let &i = self.index.find(key(k).hash, |&i| {
            entry(i).is_some_and(|e| e.0.as_bytes() == k)
        })?;
        entry(i).map(|e| e.1)
    }
}

impl Table<()> {
    fn words(list: &[&str]) -> Table<()> {
        Table::new(list.iter().map(|w| (w.to_lowercase(), ())).collect())
    }
}

/// The languages with lists of their own, plus the generic fallbacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Lang {
    Generic,
    GenericOrdinal,
    Eng,
    Deu,
    Fra,
    Spa,
    Ita,
    Por,
    Nld,
    Rus,
    Ukr,
    Ell,
    Hye,
    Dan,
    Nob,
    Swe,
    Hun,
    Ron,
    Tur,
    Pol,
    Tam,
}

impl Lang {
    /// The rules for an ISO 639-3 or 639-1 code (case-insensitive; a region suffix such as
    /// `en-US` is ignored). Unknown codes get the generic rules.
    pub fn from_code(code: &str) -> Lang {
        let base = code.split(['-', '_']).next().unwrap_or("").trim();
        let mut buf = [0u8; 8];
        let Some(lower) = ascii_lower(base, &mut buf) else {
            return Lang::Generic;
        };
        match lower {
            "en" | "eng" => Lang::Eng,
            "de" | "deu" | "ger" => Lang::Deu,
            "fr" | "fra" | "fre" => Lang::Fra,
            "es" | "spa" => Lang::Spa,
            "it" | "ita" => Lang::Ita,
            "pt" | "por" => Lang::Por,
            "nl" | "nld" | "dut" => Lang::Nld,
            "ru" | "rus" => Lang::Rus,
            "uk" | "ukr" => Lang::Ukr,
            "el" | "ell" | "gre" => Lang::Ell,
            "hy" | "hye" | "arm" => Lang::Hye,
            "da" | "dan" => Lang::Dan,
            "no" | "nor" | "nb" | "nob" | "nn" | "nno" => Lang::Nob,
            "sv" | "swe" => Lang::Swe,
            "hu" | "hun" => Lang::Hun,
            "ro" | "ron" | "rum" | "mo" | "mol" => Lang::Ron,
            "tr" | "tur" => Lang::Tur,
            "pl" | "pol" => Lang::Pol,
            "ta" | "tam" => Lang::Tam,
            // Languages that write ordinals as "3." but have no lists here.
            "fi" | "fin" | "cs" | "ces" | "cze" | "sk" | "slk" | "slo" | "hr" | "hrv" | "sl"
            | "slv" | "sr" | "srp" | "bs" | "bos" | "is" | "isl" | "ice" | "et" | "est" | "lv"
            | "lav" => Lang::GenericOrdinal,
            _ => Lang::Generic,
        }
    }

    /// The compiled rules, built once per process.
    pub fn rules(self) -> &'static Rules {
        static CELLS: [OnceLock<Rules>; 21] = [const { OnceLock::new() }; 21];
        let (i, lists) = match self {
            Lang::Generic => (0, &GENERIC),
            Lang::GenericOrdinal => (1, &GENERIC_ORDINAL),
            Lang::Eng => (2, &ENGLISH),
            Lang::Deu => (3, &GERMAN),
            Lang::Fra => (4, &FRENCH),
            Lang::Spa => (5, &SPANISH),
            Lang::Ita => (6, &ITALIAN),
            Lang::Por => (7, &PORTUGUESE),
            Lang::Nld => (8, &DUTCH),
            Lang::Rus => (9, &RUSSIAN),
            Lang::Ukr => (10, &UKRAINIAN),
            Lang::Ell => (11, &GREEK),
            Lang::Hye => (12, &ARMENIAN),
            Lang::Dan => (13, &DANISH),
            Lang::Nob => (14, &NORWEGIAN),
            Lang::Swe => (15, &SWEDISH),
            Lang::Hun => (16, &HUNGARIAN),
            Lang::Ron => (17, &ROMANIAN),
            Lang::Tur => (18, &TURKISH),
            Lang::Pol => (19, &POLISH),
            Lang::Tam => (20, &TAMIL),
        };
        CELLS[i].get_or_init(|| Rules::compile(lists))
    }
}

fn ascii_lower<'b>(s: &str, buf: &'b mut [u8; 8]) -> Option<&'b str> {
    if s.len() > buf.len() || !s.is_ascii() {
        return None;
    }
    let out = buf.get_mut(..s.len())?;
    out.copy_from_slice(s.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Every list, for tests of their shape.
#[cfg(test)]
pub(crate) const ALL: [&Lists; 21] = [
    &GENERIC,
    &GENERIC_ORDINAL,
    &ENGLISH,
    &GERMAN,
    &FRENCH,
    &SPANISH,
    &ITALIAN,
    &PORTUGUESE,
    &DUTCH,
    &RUSSIAN,
    &UKRAINIAN,
    &GREEK,
    &ARMENIAN,
    &DANISH,
    &NORWEGIAN,
    &SWEDISH,
    &HUNGARIAN,
    &ROMANIAN,
    &TURKISH,
    &POLISH,
    &TAMIL,
];

const GENERIC_PREFIX: &[&str] = &["dr", "mr", "mrs", "ms", "prof"];
const GENERIC_AMBIGUOUS: &[&str] = &["co", "corp", "etc", "inc", "jr", "ltd", "sr", "st"];

/// No lists at all: the base the languages with only abbreviation lists start from.
const GENERIC_LISTS: Lists = Lists {
    code: "und",
    prefix: &[],
    ambiguous: &[],
    starters: &[],
    prepositions: &[],
    never_final: &[],
    run_in: &[],
    after_time: &[],
    one_letter_words: &[],
    ordinal_dot: false,
    stops: &[],
    akshara_initials: false,
};

const GENERIC: Lists = Lists {
    code: "und",
    prefix: GENERIC_PREFIX,
    ambiguous: GENERIC_AMBIGUOUS,
    starters: &[],
    prepositions: &[],
    never_final: &[],
    run_in: &[],
    after_time: &[],
    one_letter_words: &[],
    ordinal_dot: false,
    stops: &[],
    akshara_initials: false,
};

const GENERIC_ORDINAL: Lists = Lists {
    ordinal_dot: true,
    stops: &[],
    akshara_initials: false,
    ..GENERIC
};

const ENGLISH: Lists = Lists {
    code: "eng",
    prefix: &[
        // Titles and ranks.
        "mr", "mrs", "ms", "mx", "messrs", "mmes", "dr", "drs", "prof", "profs", "Gen", "Sen",
        "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Capt", "Cpt", "Cmdr", "Cdr", "Sgt",
        "Cpl", "Pvt", "Pfc", "Maj", "Adm", "Brig", "Pres", "Supt", "Insp", "Det", "Const", "Rev",
        "Revd", "Hon", "Rt", "Msgr", "Atty", "Amb", "Ald", "Mt", "Ft",
        // Latin and other prefixes.
        "e.g", "i.e", "viz", "cf", "vs", "approx", "ca", "incl", "excl", "esp",
    ],
    ambiguous: &[
        // Companies and names.
        "inc", "corp", "ltd", "co", "cos", "llc", "plc", "bros", "jr", "sr", "esq", "et al", "etc",
        "dept", "univ", "assn", "govt", "intl", "natl", "mfg", "est", // Places.
        "st", "ave", "rd", "blvd", "hwy", "pt", "sq", // Numbers and references.
        "No", "Nos", "vol", "vols", "fig", "figs", "pp", "para", "ch", "chap", "Art", "eq", "tel",
        "ext", "ref", "op. cit", "ibid", "min", "hr", "hrs", "yr", "yrs", "wk", "wks", "mo", "mos",
        "oz", "lb", "lbs", "sec", // Months and days.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
        "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // U.S. states as the AP writes them.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
        "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr",
        "Nev", "Okla", "Ore", "Oreg", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis",
        "Wisc", "Wyo",
    ],
    starters: &[
        "a",
        "about",
        "according",
        "after",
        "again",
        "all",
        "also",
        "although",
        "among",
        "an",
        "and",
        "another",
        "any",
        "are",
        "as",
        "at",
        "because",
        "before",
        "both",
        "but",
        "by",
        "could",
        "despite",
        "did",
        "do",
        "does",
        "during",
        "each",
        "earlier",
        "either",
        "even",
        "every",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "indeed",
        "instead",
        "is",
        "it",
        "its",
        "just",
        "last",
        "later",
        "many",
        "meanwhile",
        "more",
        "most",
        "much",
        "my",
        "neither",
        "never",
        "nevertheless",
        "next",
        "no",
        "none",
        "nor",
        "not",
        "nothing",
        "now",
        "of",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "over",
        "perhaps",
        "she",
        "since",
        "so",
        "some",
        "still",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "therefore",
        "these",
        "they",
        "this",
        "those",
        "though",
        "thus",
        "to",
        "today",
        "tomorrow",
        "under",
        "unlike",
        "until",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "why",
        "with",
        "without",
        "would",
        "yes",
        "yesterday",
        "yet",
        "you",
        "your",
    ],
    prepositions: &[
        "about",
        "after",
        "around",
        "at",
        "before",
        "between",
        "by",
        "during",
        "following",
        "for",
        "from",
        "in",
        "near",
        "on",
        "since",
        "through",
        "throughout",
        "till",
        "until",
        "within",
    ],
    never_final: &[
        "a", "an", "and", "by", "from", "her", "his", "into", "its", "my", "nor", "of", "or",
        "our", "than", "the", "their", "to", "with", "your",
    ],
    run_in: &[
        "after", "an", "and", "at", "before", "but", "he", "her", "his", "in", "it", "its", "on",
        "she", "that", "the", "their", "there", "these", "they", "this", "those", "we", "when",
        "while",
    ],
    after_time: &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "et",
        "est",
        "edt",
        "ct",
        "cst",
        "cdt",
        "mt",
        "mst",
        "mdt",
        "pt",
        "pst",
        "pdt",
        "gmt",
        "bst",
        "utc",
        "cet",
        "cest",
        "aest",
        "aedt",
        "ist",
        "eastern",
        "central",
        "mountain",
        "pacific",
        "local",
        "christmas",
        "easter",
        "new",
    ],
    one_letter_words: &['I'],
    ordinal_dot: false,
    stops: &[],
    akshara_initials: false,
};

const GERMAN: Lists = Lists {
    code: "deu",
    prefix: &[
        "dr", "prof", "Hr", "Hrn", "Frl", "Dipl", "Ing", "Mag", "Dir", "z.B", "z. b", "d.h",
        "d. h", "u.a", "u. a", "v.a", "v. a", "bzw", "ca", "vgl", "evtl", "ggf", "inkl", "exkl",
        "zzgl", "bspw", "sog", "insb", "insbes", "gegr", "allg", "evang", "kath", "näml", "Fa",
        "Tel", "gem", "lt", "geb", "gest", "verh", "ehem", "einschl", "entspr", "bes", "dt",
        "engl", "franz", "St", "Abs", "Nr", "Bd", "Hrsg",
    ],
    ambiguous: &[
        "usw", "etc", "o.ä", "u.ä", "s.o", "s.u", "Mio", "Mrd", "Tsd", "Jh", "Jhd", "Str", "Co",
        "Std", "Min", "Sek", "Bsp", "Abt", "Aufl", "Ausg", "Kl", "Jan", "Feb", "Mär", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So",
        "Art",
    ],
    starters: &[
        "aber",
        "alle",
        "allerdings",
        "als",
        "also",
        "am",
        "an",
        "anschließend",
        "auch",
        "auf",
        "aus",
        "außerdem",
        "bei",
        "beim",
        "bereits",
        "bis",
        "bisher",
        "da",
        "dabei",
        "dadurch",
        "dafür",
        "dagegen",
        "daher",
        "damals",
        "damit",
        "danach",
        "dann",
        "darauf",
        "darüber",
        "das",
        "dass",
        "dazu",
        "dem",
        "den",
        "denn",
        "der",
        "deren",
        "derzeit",
        "des",
        "deshalb",
        "dessen",
        "die",
        "dies",
        "diese",
        "diesem",
        "diesen",
        "dieser",
        "dieses",
        "doch",
        "dort",
        "du",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "er",
        "erst",
        "es",
        "etwa",
        "frau",
        "für",
        "gegen",
        "gestern",
        "herr",
        "heute",
        "hier",
        "ich",
        "ihr",
        "ihre",
        "im",
        "immer",
        "in",
        "ins",
        "inzwischen",
        "ja",
        "jedoch",
        "jetzt",
        "kein",
        "keine",
        "laut",
        "man",
        "mehr",
        "mit",
        "morgen",
        "nach",
        "nachdem",
        "neben",
        "nein",
        "nicht",
        "noch",
        "nun",
        "nur",
        "ob",
        "obwohl",
        "oder",
        "ohne",
        "schon",
        "sein",
        "seine",
        "seit",
        "sie",
        "so",
        "sogar",
        "sowie",
        "statt",
        "trotz",
        "trotzdem",
        "um",
        "und",
        "unter",
        "vom",
        "von",
        "vor",
        "während",
        "wann",
        "warum",
        "was",
        "weil",
        "weiter",
        "wenn",
        "wer",
        "wie",
        "wir",
        "wo",
        "zudem",
        "zugleich",
        "zum",
        "zunächst",
        "zur",
        "zwar",
        "zwischen",
        "über",
    ],
    prepositions: &[
        "ab", "am", "an", "auf", "bei", "bis", "gegen", "im", "in", "nach", "seit", "um", "vor",
        "während", "zwischen",
    ],
    never_final: &[
        "am", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einem", "einen", "einer",
        "eines", "im", "mit", "oder", "und", "von", "zu", "zum", "zur",
    ],
    run_in: &[],
    after_time: &[],
    one_letter_words: &[],
    ordinal_dot: true,
    stops: &[],
    akshara_initials: false,
};

const FRENCH: Lists = Lists {
    code: "fra",
    prefix: &[
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "dr", "Pr", "prof", "St", "Ste",
        "p. ex", "c.-à-d", "cf", "env", "av", "apr", "bd", "boul", "Gén", "Col", "Cdt", "Lt",
        "Sgt", "vs", "ex", "Art", "vol", "chap", "éd", "coll", "fig", "tél", "hab",
    ],
    ambiguous: &[
        "etc", "cie", "J.-C", "janv", "févr", "avr", "juil", "juill", "sept", "oct", "nov", "déc",
        "min", "max",
    ],
    starters: &[
        "à",
        "afin",
        "ainsi",
        "alors",
        "après",
        "au",
        "aucun",
        "aujourd",
        "aussi",
        "autre",
        "aux",
        "avant",
        "avec",
        "c",
        "ce",
        "ceci",
        "cela",
        "celle",
        "celui",
        "cependant",
        "ces",
        "cet",
        "cette",
        "chaque",
        "comme",
        "comment",
        "d",
        "dans",
        "de",
        "depuis",
        "des",
        "donc",
        "dont",
        "du",
        "elle",
        "elles",
        "en",
        "encore",
        "enfin",
        "entre",
        "et",
        "hier",
        "il",
        "ils",
        "j",
        "je",
        "jusqu",
        "l",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lors",
        "lorsque",
        "madame",
        "mais",
        "malgré",
        "même",
        "mes",
        "moi",
        "mon",
        "monsieur",
        "ne",
        "ni",
        "nos",
        "notre",
        "nous",
        "on",
        "or",
        "ou",
        "où",
        "par",
        "parce",
        "parmi",
        "pas",
        "pendant",
        "peu",
        "plus",
        "plusieurs",
        "pour",
        "pourquoi",
        "pourtant",
        "puis",
        "qu",
        "quand",
        "que",
        "quel",
        "quelle",
        "quelques",
        "qui",
        "s",
        "sa",
        "sans",
        "se",
        "selon",
        "ses",
        "si",
        "sinon",
        "son",
        "sous",
        "sur",
        "toutefois",
        "tous",
        "tout",
        "toute",
        "toutes",
        "un",
        "une",
        "vers",
        "voici",
        "voilà",
        "vous",
        "y",
    ],
    prepositions: &[
        "à", "après", "avant", "dans", "depuis", "dès", "durant", "en", "entre", "jusqu",
        "pendant", "pour", "sous", "sur", "vers",
    ],
    never_final: &[
        "au", "aux", "de", "des", "du", "et", "la", "le", "les", "ou", "un", "une",
    ],
    run_in: &[],
    after_time: &[],
    one_letter_words: &[],
    ordinal_dot: false,
    stops: &[],
    akshara_initials: false,
};

const SPANISH: Lists = Lists {
    code: "spa",
    prefix: &[
        "Sr", "Sra", "Sres", "Sras", "Srta", "dr", "Dra", "Lic", "Ing", "prof", "Profa", "Arq",
        "Dña", "Ud", "Uds", "Vd", "Vds", "Excmo", "Excma", "Ilmo", "Ilma", "Sto", "Sta", "Gral",
        "Cnel", "Tte", "Av", "Avda", "Pza", "Mons", "p. ej", "p.ej", "ej", "aprox", "vs", "cf",
        "núm", "núms", "pág", "págs", "art", "arts", "párr", "párrf", "EE",
    ],
    ambiguous: &[
        "etc", "Cía", "Ltda", "Hnos", "ene", "feb", "Mar", "abr", "jun", "jul", "ago", "sep",
        "sept", "oct", "nov", "dic", "tel", "vol", "cap", "col", "depto", "dpto", "izq", "dcha",
        "máx", "mín", "min", "seg", "hab", "No", "ee.uu", "ee. uu", "Lun", "Miér", "Jue", "Vie",
        "Sáb", "Dom",
    ],
    starters: &[
        "a", "además", "al", "algunos", "allí", "ante", "antes", "aquí", "así", "aun", "aunque",
        "ayer", "cada", "como", "cómo", "con", "cuando", "cuándo", "de", "del", "desde", "después",
        "donde", "dónde", "durante", "el", "él", "ella", "ellas", "ellos", "en", "entonces",
        "entre", "es", "esa", "ese", "eso", "esta", "estas", "este", "esto", "estos", "fue", "ha",
        "hace", "hasta", "hay", "hoy", "la", "las", "le", "les", "lo", "los", "luego", "mientras",
        "muchos", "muy", "nada", "ni", "no", "nos", "nosotros", "o", "otra", "otro", "otros",
        "para", "pero", "por", "porque", "pues", "qué", "quién", "se", "según", "señor", "señora",
        "si", "sí", "sin", "sobre", "su", "sus", "también", "tampoco", "tan", "tras", "un", "una",
        "uno", "unos", "unas", "usted", "ustedes", "y", "ya", "yo",
    ],
    prepositions: &[
        "a", "ante", "con", "desde", "durante", "en", "entre", "hacia", "hasta", "para", "por",
        "sobre", "tras",
    ],
    never_final: &[
        "al", "de", "del", "el", "la", "las", "los", "o", "un", "una", "y",
    ],
    run_in: &[],
    after_time: &[],
    one_letter_words: &[],
    ordinal_dot: false,
    stops: &[],
    akshara_initials: false,
};

const ITALIAN: Lists = Lists {
    code: "ita",
    prefix: &[
        "Sig", "Sigg", "Sig.ra", "Sig.na", "Dott", "Dott.ssa", "prof", "Prof.ssa", "Avv", "Ing",
        "Arch", "Geom", "Rag", "On", "Sen", "Gen", "Col", "Mons", "dr", "es", "cfr", "ca", "vs",
        "pag", "pagg", "fig", "tel", "art",
    ],
    ambiguous: &[
        "ecc", "etc", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "sett", "ott", "nov", "dic",
        "sec", "min", "tab",
    ],
    starters: &[
        "a", "ad", "al", "alla", "alle", "allora", "anche", "ancora", "c", "che", "chi", "ci",
        "come", "con", "così", "cosa", "da", "dai", "dal", "dalla", "degli", "dei", "del", "della",
        "delle", "dello", "di", "dopo", "dove", "dunque", "durante", "e", "è", "ecco", "egli",
        "ella", "era", "essi", "fra", "gli", "già", "ha", "hanno", "i", "ieri", "il", "in",
        "infatti", "inoltre", "invece", "io", "l", "la", "le", "lei", "lo", "loro", "lui", "ma",
        "mentre", "molti", "negli", "nei", "nel", "nella", "nelle", "noi", "non", "oggi", "oltre",
        "ora", "ovvero", "per", "perché", "però", "più", "poi", "poiché", "prima", "quando",
        "quanto", "quella", "quelle", "quelli", "quello", "questa", "queste", "questi", "questo",
        "qui", "se", "secondo", "sempre", "si", "sì", "sia", "signor", "signora", "solo", "sono",
        "su", "sua", "sul", "sulla", "suo", "tra", "tuttavia", "tutti", "tutto", "un", "una",
        "uno", "voi",
    ],
    prepositions: &[
        "a", "al", "alla", "alle", "da", "dal", "dalla", "dopo", "durante", "entro", "fino", "fra",
        "in", "nel", "nella", "per", "prima", "tra",
    ],
    never_final: &[
        "a", "al", "alla", "con", "da", "del", "della", "di", "e", "gli", "il", "la", "le", "lo",
        "o", "per", "un", "una",
    ],
    run_in: &[],
    after_time: &[],
    one_letter_words: &[],
    ordinal_dot: false,
    stops: &[],
    akshara_initials: false,
};

const PORTUGUESE: Lists = Lists {
    code: "por",
    prefix: &[
        "Sr", "Sra", "Srs", "Sras", "Srta", "dr", "Dra", "Drs", "prof", "Profa", "Eng", "Exmo",
        "Exma", "Exmos", "Ilmo", "Ilma", "V.Exa", "Av", "Pç", "Pça", "Gen", "Cel", "Ten", "Cap",
        "Sgt", "Dep", "Sen", "Gov", "Pe", "Sto", "Sta", "p. ex", "p.ex", "ex", "cf", "vs", "aprox",
        "pág", "págs", "art", "tel", "vol",
    ],
    ambiguous: &[
        "etc", "Ltda", "Cia", "jan", "fev", "Mar", "abr", "mai", "jun", "jul", "ago", "set", "out",
        "nov", "dez", "séc", "min", "máx",
    ],
    starters: &[
        "a",
        "à",
        "ao",
        "aos",
        "após",
        "as",
        "às",
        "assim",
        "até",
        "com",
        "como",
        "contudo",
        "da",
        "das",
        "de",
        "depois",
        "desde",
        "do",
        "dos",
        "durante",
        "e",
        "é",
        "ela",
        "elas",
        "ele",
        "eles",
        "em",
        "embora",
        "enquanto",
        "entre",
        "entretanto",
        "essa",
        "esse",
        "esta",
        "este",
        "eu",
        "foi",
        "há",
        "hoje",
        "isso",
        "isto",
        "já",
        "mas",
        "mesmo",
        "muitos",
        "na",
        "nas",
        "não",
        "nem",
        "no",
        "nos",
        "nós",
        "num",
        "numa",
        "o",
        "onde",
        "ontem",
        "os",
        "ou",
        "para",
        "pela",
        "pelo",
        "pois",
        "por",
        "porém",
        "porque",
        "quando",
        "que",
        "quem",
        "se",
        "segundo",
        "sem",
        "senhor",
        "senhora",
        "seu",
        "seus",
        "sobre",
        "sua",
        "suas",
        "também",
        "todos",
        "um",
        "uma",
        "umas",
        "uns",
        "você",
    ],
    prepositions: &[
        "a", "após", "até", "com", "desde", "durante", "em", "entre", "na", "no", "para", "por",
        "sob", "sobre",
    ],
    never_final: &[
        "a", "as", "da", "de", "do", "e", "o", "os", "ou", "um", "uma",
    ],
    run_in: &[],
    after_time: &[],
    one_letter_words: &[],
    ordinal_dot: false,
    stops: &[],
    akshara_initials: false,
};

const DUTCH: Lists = Lists {
    code: "nld",
    prefix: &[
        "dhr", "mevr", "mw", "mr", "dr", "drs", "ir", "ing", "prof", "ds", "mgr", "zr", "bijv",
        "bv", "d.w.z", "o.a", "m.a.w", "t.a.v", "i.p.v", "m.b.t", "zgn", "resp", "ca", "vs", "nl",
        "incl", "excl", "blz", "nr", "tel",
    ],
    ambiguous: &[
        "enz", "etc", "e.d", "jl", "St", "v.Chr", "n.Chr", "jan", "feb", "mrt", "apr", "jun",
        "jul", "aug", "sep", "sept", "okt", "nov", "dec", "min",
    ],
    starters: &[
        "aan", "achter", "al", "alle", "als", "bij", "daar", "daarna", "daarom", "dan", "dat",
        "de", "deze", "die", "dit", "door", "dus", "een", "en", "er", "geen", "gisteren", "had",
        "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "ik", "in", "is", "je", "jij", "maar",
        "met", "meneer", "mevrouw", "na", "naar", "niet", "nog", "nu", "of", "om", "omdat",
        "ondanks", "ook", "op", "over", "sinds", "tegen", "terwijl", "tijdens", "toch", "toen",
        "tot", "u", "uit", "van", "vandaag", "veel", "volgens", "voor", "waar", "waarom", "want",
        "was", "wat", "we", "wel", "welke", "wie", "wij", "zij", "ze", "zo", "zoals", "zijn",
        "zonder",
    ],
    prepositions: &[
        "bij", "in", "na", "om", "op", "rond", "sinds", "tijdens", "tot", "tussen", "vanaf", "voor",
    ],
    never_final: &["de", "een", "en", "het", "of", "van"],
    run_in: &[],
    after_time: &[],
    one_letter_words: &[],
    ordinal_dot: false,
    stops: &[],
    akshara_initials: false,
};

const RUSSIAN: Lists = Lists {
    code: "rus",
    prefix: &[
        "т.е",
        "т. е",
        "т.к",
        "т. к",
        "т.н",
        "т. н",
        "напр",
        "ул",
        "просп",
        "пл",
        "пер",
        "им",
        "акад",
        "проф",
        "доц",
        "ген",
        "ср",
        "св",
        "гр",
        "тов",
        "кв",
        "рис",
        "табл",
        "гл",
        "пп",
    ],
    ambiguous: &[
        "г",
        "гг",
        "в",
        "вв",
        "т.д",
        "т. д",
        "т.п",
        "т. п",
        "др",
        "пр",
        "тыс",
        "млн",
        "млрд",
        "руб",
        "коп",
        "долл",
        "чел",
        "км",
        "кг",
        "мин",
        "сек",
        "обл",
        "см",
        "стр",
        "ст",
        "янв",
        "фев",
        "февр",
        "мар",
        "апр",
        "авг",
        "сен",
        "сент",
        "окт",
        "ноя",
        "нояб",
        "дек",
        "англ",
        "нем",
        "франц",
        "лат",
        "греч",
    ],
    starters: &[
        "а",
        "без",
        "в",
        "во",
        "вот",
        "все",
        "всё",
        "вчера",
        "где",
        "да",
        "для",
        "до",
        "его",
        "ее",
        "её",
        "если",
        "еще",
        "ещё",
        "же",
        "за",
        "затем",
        "здесь",
        "и",
        "из",
        "или",
        "их",
        "к",
        "как",
        "когда",
        "кроме",
        "кто",
        "между",
        "мы",
        "на",
        "накануне",
        "напомним",
        "не",
        "нет",
        "ни",
        "но",
        "о",
        "об",
        "однако",
        "он",
        "она",
        "они",
        "оно",
        "от",
        "по",
        "поэтому",
        "после",
        "потому",
        "при",
        "причем",
        "с",
        "сегодня",
        "сейчас",
        "со",
        "так",
        "также",
        "тем",
        "теперь",
        "то",
        "тогда",
        "только",
        "у",
        "уже",
        "хотя",
        "что",
        "чтобы",
        "это",
        "эта",
        "эти",
        "этот",
        "я",
    ],
    prepositions: &[
        "в",
        "во",
        "до",
        "за",
        "к",
        "на",
        "накануне",
        "от",
        "по",
        "после",
        "при",
        "с",
        "со",
        "у",
    ],
    never_final: &["а", "в", "и", "к", "на", "но", "о", "по", "с", "у"],
    run_in: &[],
    after_time: &[],
    one_letter_words: &[],
    ordinal_dot: false,
    stops: &[],
    akshara_initials: false,
};

// The languages below have abbreviation lists only: no sentence starters, so after an
// abbreviation that may end a sentence any capitalised word starts one (as in the generic
// rules), and initials and numbers follow the generic rules.

const UKRAINIAN: Lists = Lists {
    code: "ukr",
    prefix: &[
        "т.зв",
        "т. зв",
        "напр",
        "вул",
        "просп",
        "пл",
        "пров",
        "ім",
        "акад",
        "проф",
        "доц",
        "св",
        "див",
        "рис",
        "табл",
        "гр",
        "пан",
        "пані",
    ],
    ambiguous: &[
        "р",
        "рр",
        "ст",
        "т.д",
        "т. д",
        "т.п",
        "т. п",
        "тис",
        "млн",
        "млрд",
        "грн",
        "коп",
        "дол",
        "км",
        "кг",
        "хв",
        "обл",
        "стор",
        "ін",
        "ред",
        "січ",
        "лют",
        "бер",
        "квіт",
        "трав",
        "черв",
        "лип",
        "серп",
        "вер",
        "жовт",
        "листоп",
        "груд",
    ],
    starters: &[
        "а",
        "але",
        "в",
        "вже",
        "від",
        "він",
        "вона",
        "вони",
        "воно",
        "вчора",
        "де",
        "для",
        "до",
        "його",
        "її",
        "з",
        "за",
        "зараз",
        "і",
        "із",
        "їх",
        "й",
        "коли",
        "крім",
        "ми",
        "на",
        "наразі",
        "не",
        "немає",
        "ні",
        "однак",
        "окрім",
        "проте",
        "по",
        "після",
        "при",
        "саме",
        "сьогодні",
        "та",
        "так",
        "також",
        "там",
        "тепер",
        "те",
        "то",
        "тоді",
        "тому",
        "у",
        "утім",
        "це",
        "цей",
        "ця",
        "ці",
        "через",
        "що",
        "щоб",
        "як",
        "який",
        "яка",
        "які",
        "я",
    ],
    prepositions: &[
        "в",
        "від",
        "до",
        "з",
        "за",
        "із",
        "на",
        "по",
        "після",
        "під",
        "при",
        "у",
        "через",
    ],
    never_final: &["а", "в", "з", "і", "й", "на", "та", "у", "що"],
    ..GENERIC_LISTS
};

const GREEK: Lists = Lists {
    code: "ell",
    prefix: &[
        // κ. (κύριος, Mr), κα (κυρία, Mrs), Δρ, καθ. (professor), π.χ. (e.g.), δηλ. (i.e.),
        // βλ. (see), αγ. (saint), οδ. (street).
        "κ", "κα", "Δρ", "καθ", "π.χ", "δηλ", "βλ", "αγ", "οδ", "αρ",
    ],
    ambiguous: &[
        "κ.λπ", "κ.ά", "κλπ", "χλμ", "εκατ", "δισ", "χιλ", "μ.Χ", "σελ", "τηλ", "ευρ", "π.μ",
        "μ.μ", "Ιαν", "Φεβ", "Μαρ", "Απρ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Σεπτ", "Οκτ", "Νοε",
        "Δεκ",
    ],
    // The ASCII semicolon typed for the Greek question mark.
    stops: &[';'],
    ..GENERIC_LISTS
};

const ARMENIAN: Lists = Lists {
    code: "hye",
    // պրոֆ. (professor), ակադ. (academician), դոկտ. (doctor), փ. (street).
    prefix: &["պրոֆ", "ակադ", "դոկտ", "փ"],
    // թ. (year), թթ. (years), դ. (century), էջ (page), կոպ. (kopeck).
    ambiguous: &["թ", "թթ", "դ", "էջ", "կոպ"],
    // The ASCII colon typed for the Armenian full stop ։.
    stops: &[':'],
    ..GENERIC_LISTS
};

const DANISH: Lists = Lists {
    code: "dan",
    prefix: &[
        "hr", "fr", "dr", "prof", "bl.a", "f.eks", "dvs", "ca", "jf", "nr", "pga", "mht", "iflg",
        "evt", "inkl", "ekskl",
    ],
    ambiguous: &[
        "osv", "mv", "m.m", "kr", "mio", "mia", "mill", "jan", "feb", "apr", "aug", "sep", "sept",
        "okt", "nov", "dec", "tlf", "st",
    ],
    ordinal_dot: true,
    ..GENERIC_LISTS
};

const NORWEGIAN: Lists = Lists {
    code: "nob",
    prefix: &[
        "hr", "fr", "dr", "prof", "bl.a", "f.eks", "dvs", "ca", "jf", "nr", "pga", "mht", "iflg",
        "evt", "inkl", "ekskl",
    ],
    ambiguous: &[
        "osv", "mv", "m.m", "kr", "mill", "mrd", "jan", "feb", "apr", "aug", "sep", "sept", "okt",
        "nov", "des", "tlf", "st",
    ],
    ordinal_dot: true,
    ..GENERIC_LISTS
};

const SWEDISH: Lists = Lists {
    code: "swe",
    prefix: &[
        "dr", "prof", "bl.a", "t.ex", "d.v.s", "dvs", "ca", "jfr", "nr", "p.g.a", "pga", "s.k",
        "f.d", "fr.o.m", "t.o.m", "inkl", "resp",
    ],
    ambiguous: &[
        "osv", "m.m", "etc", "kr", "milj", "mdr", "jan", "feb", "apr", "aug", "sep", "sept", "okt",
        "nov", "dec", "tel", "st",
    ],
    ..GENERIC_LISTS
};

const HUNGARIAN: Lists = Lists {
    code: "hun",
    prefix: &[
        "dr", "id", "ifj", "özv", "pl", "ill", "kb", "ún", "vö", "sz", "u", "prof", "ny",
    ],
    ambiguous: &[
        "stb", "évf", "ker", "kft", "rt", "zrt", "jan", "febr", "márc", "ápr", "máj", "jún", "júl",
        "aug", "szept", "okt", "nov", "dec", "db", "Ft",
    ],
    ordinal_dot: true,
    ..GENERIC_LISTS
};

const ROMANIAN: Lists = Lists {
    code: "ron",
    prefix: &[
        "dl", "dna", "d-l", "d-na", "dr", "prof", "ing", "str", "nr", "pct", "art", "ex", "cca",
        "aprox", "Sf", "conf", "lect",
    ],
    ambiguous: &[
        "etc", "lei", "mil", "mld", "ian", "feb", "mar", "apr", "iun", "iul", "aug", "sept", "oct",
        "nov", "dec", "pag", "vol",
    ],
    ..GENERIC_LISTS
};

const POLISH: Lists = Lists {
    code: "pol",
    prefix: &[
        "ul", "al", "pl", "os", "gen", "prof", "dr", "inż", "mgr", "ks", "św", "im", "tzw", "np",
        "m.in", "tj", "ok", "pocz", "godz", "nr", "płk", "mjr", "kpt", "red", "doc", "hab",
    ],
    ambiguous: &[
        "r", "w", "tys", "mln", "mld", "zł", "gr", "proc", "itd", "itp", "in", "str", "tel", "wg",
    ],
    ordinal_dot: true,
    ..GENERIC_LISTS
};

const TAMIL: Lists = Lists {
    code: "tam",
    // திரு. (Mr), திருமதி. (Mrs), செல்வி. (Miss), பேரா. (professor), டாக். (doctor).
    prefix: &["திரு", "திருமதி", "செல்வி", "பேரா", "டாக்"],
    // கி.மு. (BC), கி.பி. (AD).
    ambiguous: &["கி.மு", "கி.பி"],
    akshara_initials: true,
    ..GENERIC_LISTS
};

const TURKISH: Lists = Lists {
    code: "tur",
    prefix: &[
        "Dr", "Prof", "Doç", "Av", "Yrd", "Sn", "bkz", "örn", "Cad", "Sok", "Mah", "Op", "Öğr",
    ],
    ambiguous: &["vb", "vs", "vd", "Şti", "Ltd", "A.Ş", "Tel"],
    ordinal_dot: true,
    ..GENERIC_LISTS
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_clean() {
        for lists in ALL {
            let all = [
                lists.prefix,
                lists.ambiguous,
                lists.starters,
                lists.prepositions,
                lists.never_final,
                lists.run_in,
                lists.after_time,
            ];
            for list in all {
                for w in list {
                    assert!(!w.is_empty(), "{}: empty entry", lists.code);
                    assert_eq!(w.trim(), *w, "{}: {w:?} has outer spaces", lists.code);
                    assert!(
                        !w.ends_with('.'),
                        "{}: {w:?} ends with a period",
                        lists.code
                    );
                    assert!(w.len() < 32, "{}: {w:?} too long", lists.code);
                }
            }
            for list in [
                lists.starters,
                lists.prepositions,
                lists.never_final,
                lists.after_time,
            ] {
                for w in list {
                    assert_eq!(w.to_lowercase(), *w, "{}: {w:?} not lowercase", lists.code);
                }
            }
            // An abbreviation is either prefix or ambiguous, not both.
            for p in lists.prefix {
                let lp = p.to_lowercase();
                assert!(
                    !lists.ambiguous.iter().any(|a| a.to_lowercase() == lp),
                    "{}: {p:?} in both lists",
                    lists.code
                );
            }
        }
    }

    #[test]
    fn codes() {
        assert_eq!(Lang::from_code("eng"), Lang::Eng);
        assert_eq!(Lang::from_code("EN-us"), Lang::Eng);
        assert_eq!(Lang::from_code("de"), Lang::Deu);
        assert_eq!(Lang::from_code("ger"), Lang::Deu);
        assert_eq!(Lang::from_code("pt_BR"), Lang::Por);
        assert_eq!(Lang::from_code("dan"), Lang::Dan);
        assert_eq!(Lang::from_code("pol"), Lang::Pol);
        assert_eq!(Lang::from_code("ces"), Lang::GenericOrdinal);
        assert_eq!(Lang::from_code("hy"), Lang::Hye);
        assert_eq!(Lang::from_code("xyz"), Lang::Generic);
        assert_eq!(Lang::from_code(""), Lang::Generic);
        assert_eq!(Lang::from_code("ßßßßßßßßß"), Lang::Generic);
        assert_eq!(Lang::Rus.rules().code, "rus");
    }

    #[test]
    fn lookups() {
        let en = Lang::Eng.rules();
        assert_eq!(en.abbrev("mr", true), Some(Class::Prefix));
        assert_eq!(en.abbrev("mr", false), Some(Class::Prefix));
        assert_eq!(en.abbrev("ill", true), Some(Class::Ambiguous));
        assert_eq!(en.abbrev("ill", false), None);
        assert_eq!(en.abbrev("said", true), None);
        assert!(en.is_starter("the"));
        assert!(!en.is_starter("government"));
        let de = Lang::Deu.rules();
        assert_eq!(de.abbrev("z.b", false), Some(Class::Prefix));
        assert_eq!(de.abbrev("z. b", false), Some(Class::Prefix));
    }
}
