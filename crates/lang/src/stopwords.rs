//! Common-word votes: a word of the text that is in a language's stopword list (NLTK's lists, or
//! stopwords-iso's where NLTK has none, both via the `stop-words` crate) adds a fixed bonus to
//! that language's score.

use std::collections::HashMap;
use std::sync::OnceLock;

use whatlang::Lang;

use crate::model::GroupId;

/// At most this many words of a text vote (keeps the cost bounded on long texts, where the
/// n-gram evidence decides anyway).
const MAX_WORDS: usize = 64;

/// The `stop-words` code of a language, if it has a list.
fn list_code(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::Afr => "af",
        Lang::Aze => "az",
        Lang::Cat => "ca",
        Lang::Ces => "cs",
        Lang::Dan => "da",
        Lang::Deu => "de",
        Lang::Eng => "en",
        Lang::Epo => "eo",
        Lang::Est => "et",
        Lang::Fin => "fi",
        Lang::Fra => "fr",
        Lang::Hrv => "hr",
        Lang::Hun => "hu",
        Lang::Ind => "id",
        Lang::Ita => "it",
        Lang::Lat => "la",
        Lang::Lav => "lv",
        Lang::Lit => "lt",
        Lang::Nld => "nl",
        Lang::Nob => "no",
        Lang::Pol => "pl",
        Lang::Por => "pt",
        Lang::Ron => "ro",
        Lang::Slk => "sk",
        Lang::Slv => "sl",
        Lang::Spa => "es",
        Lang::Swe => "sv",
        Lang::Tgl => "tl",
        Lang::Tur => "tr",
        Lang::Vie => "vi",
        Lang::Zul => "zu",
        Lang::Bel => "be",
        Lang::Bul => "bg",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Ara => "ar",
        Lang::Pes => "fa",
        Lang::Urd => "ur",
        Lang::Hin => "hi",
        Lang::Mar => "mr",
        _ => return None,
    })
}

/// Per group: word -> bit set of the group's languages whose list has it.
type Index = HashMap<&'static str, u64, foldhash::fast::FixedState>;

fn index(id: GroupId, langs: &[Lang]) -> &'static Index {
    static INDEXES: OnceLock<Vec<(GroupId, Index)>> = OnceLock::new();
    let all = INDEXES.get_or_init(|| {
        let mut out = Vec::new();
        if let Some(model) = crate::model::model() {
            for g in &model.groups {
                let mut idx = Index::default();
                for (i, &l) in g.langs.iter().enumerate() {
                    let words = list_code(l).and_then(stop_words::lookup).unwrap_or(&[]);
                    for w in words {
                        *idx.entry(w).or_default() |= 1u64 << i;
                    }
                }
                out.push((g.id, idx));
            }
        }
        out
    });
    static EMPTY: OnceLock<Index> = OnceLock::new();
    let _ = langs;
    all.iter()
        .find(|(g, _)| *g == id)
        .map(|(_, i)| i)
        .unwrap_or_else(|| EMPTY.get_or_init(Index::default))
}

/// Adds `bonus` to `log_lik[i]` for each of the first [`MAX_WORDS`] words of `text` that is in
/// the list of language `i`, and returns how many words were read and how many of them each
/// language's list has.
pub(crate) fn vote(
    text: &str,
    id: GroupId,
    langs: &[Lang],
    log_lik: &mut [f64],
    bonus: f64,
) -> Votes {
    let mut votes = Votes {
        words: 0,
        hits: vec![0; log_lik.len()],
    };
    if bonus == 0.0 {
        return votes;
    }
    let idx = index(id, langs);
    if idx.is_empty() {
        return votes;
    }
    for_each_word(text, MAX_WORDS, |word| {
        votes.words += 1;
        if let Some(&bits) = idx.get(word) {
            // the languages whose list has the word: only the set bits, lowest first
            let mut rest = bits;
            while rest != 0 {
                let i = rest.trailing_zeros() as usize;
                if let (Some(s), Some(h)) = (log_lik.get_mut(i), votes.hits.get_mut(i)) {
                    *s += bonus;
                    *h += 1;
                }
                rest &= rest - 1;
            }
        }
    });
    votes
}

/// Whether language `i` of the group is plainly the language of the first `max_words` words
/// of `text`, by the test of [`Votes::plainly`]; for texts whose first [`MAX_WORDS`] words do
/// not settle it (a dateline, a byline and names), at no change to the scores.
pub(crate) fn plainly_over(
    text: &str,
    id: GroupId,
    langs: &[Lang],
    i: usize,
    max_words: usize,
) -> bool {
    let idx = index(id, langs);
    let mut votes = Votes {
        words: 0,
        hits: vec![0; i + 1],
    };
    for_each_word(text, max_words, |word| {
        votes.words += 1;
        if idx.get(word).is_some_and(|&bits| bits & (1u64 << i) != 0) {
            votes.hits[i] += 1;
        }
    });
    votes.plainly(i)
}

/// Calls `f` with each of the first `max` words of `text` (letters and apostrophes),
/// lowercased.
fn for_each_word(text: &str, max: usize, mut f: impl FnMut(&str)) {
    let mut buf = String::new();
    for word in text
        .split(|c: char| !(c.is_alphabetic() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(max)
    {
        buf.clear();
        if word.is_ascii() {
            buf.push_str(word);
            buf.make_ascii_lowercase();
        } else {
            buf.extend(word.chars().flat_map(char::to_lowercase));
        }
        f(&buf);
    }
}

/// What [`vote`] saw: the words it read and, per language of the group, how many were in that
/// language's list.
pub(crate) struct Votes {
    pub(crate) words: usize,
    pub(crate) hits: Vec<usize>,
}

impl Votes {
    /// Whether the text is plainly written in language `i`: at least 12 of the words read, and at
    /// least a third of them, are common words of that language. Running text in a language has
    /// a third or more of its words in its stopword list; a text in another language of the same
    /// script, even a close one, does not reach that on a dozen words or more.
    pub(crate) fn plainly(&self, i: usize) -> bool {
        let hits = self.hits.get(i).copied().unwrap_or(0);
        hits >= 12 && hits * 3 >= self.words
    }
}
