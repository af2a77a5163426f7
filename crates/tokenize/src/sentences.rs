//! Sentence segmentation with byte spans.
//!
//! [`SentenceSplitter`] finds sentences with a forward scanner written for news text rather
//! than with the Unicode default rules (UAX #29), which split at every "Mr." and "U.S." and
//! never split enumerated lists (UAX #29 passes 28 of the 48 English Golden Rules; this
//! splitter passes all 48). The rules follow the Golden Rules of the Pragmatic Segmenter
//! (Kevin S. Dias) as collected by pySBD (Sadvilkar & Neumann, 2020), implemented as general
//! rules over word lists rather than as regular-expression rewrites; see [`SentenceSplitter`].
//!
//! One scanner (`scan` drives it, `cursor` holds its state and look-around) walks each
//! paragraph once; each family of rules has a module of its own:
//!
//! | module | rules |
//! |---|---|
//! | `paragraphs` | line breaks: paragraph ends and hard-wrapped lines |
//! | `terminators` | the characters that end a sentence, per script |
//! | `marks` | opening and closing marks (quotes, brackets), comma-like marks, bullets |
//! | `quotes` | quotations and brackets the sentence goes on after |
//! | `abbrev` | abbreviations, initials and numbers before a period |
//! | `ellipsis` | `...`, `…` and `. . .` |
//! | `lists` | list labels and bullets |
//! | `run_in` | sentences glued to the one before without a terminator |
//! | `lang` | the word lists of each language |
//!
//! The rule modules depend only on `cursor`, `text`, `lang`, the character classes and each
//! other downward; none of them calls back into `scan`.

mod abbrev;
mod bytes;
mod cursor;
mod ellipsis;
mod lang;
mod lists;
mod marks;
mod paragraphs;
mod quotes;
mod run_in;
mod scan;
mod terminators;
mod text;

use std::ops::Range;

use lang::Lang;

/// Splits text into sentences, with the rules of one language.
///
/// # Rules
///
/// - **Paragraphs.** A blank line, a form feed or U+2029 always ends a sentence. A single
///   line break does too (news files often hold one paragraph per line), unless the next line
///   clearly continues the sentence: it starts with a lowercase word and the line before does
///   not end in terminal punctuation, or the line before ends in a comma, a hyphenated word
///   break, a title such as "Mr." or a word like "the" or "of". In text hard-wrapped at a
///   fixed width (detected from its line lengths: most lines close to the longest, most not
///   ending in punctuation), a line also continues when its first word would not have fitted
///   on the line before. A line starting with a bullet, dash or list label never continues.
/// - **Terminal punctuation** `. ! ? …` and the stops of other scripts (Armenian `։`, Greek
///   `;`, Arabic `؟`, Urdu `۔`, Devanagari `। ॥`, Ethiopic `። ፧ ፨`, Burmese `။`, Khmer `។`)
///   end a sentence when white space and a word that is not lowercase follow, after any
///   closing quotes and brackets (`"This is great." She said` splits after the quote; `"This
///   is great." she said` does not) and any citation mark (`end.[12]`, `end.¹`), which stays
///   with its sentence. The full-width `。！？` end a sentence with no space after them, and
///   so do the stops of the other scripts before a letter. A lowercase word starts a sentence
///   after a period that follows a plain word ("we are finished. i need"), and after `?` or
///   `!` when it is a word that starts sentences ("for guitar? there is"), but not after a
///   Spanish `¿…?` opened inside the sentence ("me preguntó ¿vienes? y dije").
/// - **Abbreviations.** Each language has a list of titles and prefixes that never end a
///   sentence ("Mr.", "Dr.", "Gen.", "e.g.", German "z.B.", French "M.", Russian "т.е.") and
///   of abbreviations that may ("Inc.", "Co.", "Jr.", "etc.", months, "St."). After the
///   latter, and after letters joined by periods ("U.S.", "a.m.", "Ph.D."), a sentence ends
///   only if the next word usually starts one ("the", "he", "how", "Mr", ...): "the U.S.
///   Government" stays whole, "in the U.S. How about you?" splits. A short sentence opening
///   with a preposition is a fronted phrase, not a sentence ("At 5 a.m. Mr. Smith left.").
/// - **Initials**: a capital letter and a period before a capitalised word is an initial
///   ("Jonas E. Smith"), unless the next word starts a sentence or the letter is a word of the
///   language after a lowercase word ("you and I. Did you").
/// - **Numbers**: a period between digits or before a digit does not end a sentence
///   ("$100.00", "No. 5", "p. 55"); after a number it does ("She has $100.00. It is").
///   In languages that write ordinals with a period (German, Danish, Czech, ...) "am
///   3. Oktober" stays whole.
/// - **Ellipses**: `...` and `…` end a sentence before a capitalised word but not inside
///   brackets (`[...]`); `. . .` with spaces around is an omission inside the sentence, a
///   fourth period ends it.
/// - **Quotes and brackets**: no sentence ends inside a quotation or bracket (up to 600 bytes)
///   after which the sentence goes on: `"We are ready. We will win," he said.` is one sentence.
///   The quotation styles of Europe are paired both ways: `"…"`, `“…”`, `„…“`, `„…”`, `«…»`
///   and `‹…›` (French, Russian), `»…«` and `›…‹` (German, Danish: the first guillemet of a
///   paragraph says which way they point), Dutch `,,…''`, and `「…」` `『…』`.
/// - **Lists**: `1.`, `1.)`, `1)`, `a.` at the start of a sentence are labels, and a label
///   that continues the numbering (`1. … 2. …`) starts a new sentence even without
///   punctuation before it; so does a bullet (`•`) after white space. A list run into the
///   text after a heading without a colon ("What to avoid 1. Long letters 2. Typos") starts
///   at its "1." when a "2." follows within 1,000 bytes.
/// - **URLs, e-mail addresses, decimals** never split: a period inside a token (no space
///   after it) is never a boundary.
/// - **Run-in sentences** (English): scraped news glues picture captions and headings to the
///   text with no punctuation between ("... with his Jack Russell Sam The retired charity
///   worker said"). A sentence starts without a terminator before a capitalised function word
///   ("The", "He", "It", "In", "But", ...) that follows a content word, a number or a closing
///   bracket ("(pictured)") after a single space, and is followed by a lowercase word or a
///   number. "told The National Enquirer", "The Big One" and "Plan A is" stay whole, and so
///   does a title-case headline ("How To Make It on a Budget": a capitalised function word
///   among the four words before, not first in its sentence, says the capitals are style).
/// - **Lowercased text.** When a text has (almost) no capital letters, case is ignored:
///   periods end sentences except after abbreviations, and line breaks are not joined.
///
/// # Languages
///
/// Every splitter knows the terminators, quotation marks and brackets of every script; the
/// language adds word lists (abbreviations that never end a sentence, such as titles, and
/// abbreviations that may; words that typically start a sentence; prepositions of fronted
/// phrases; run-in sentence starts) and a few script rules:
///
/// | code | language | word lists | other rules |
/// |---|---|---|---|
/// | `eng` | English | abbreviations, starters, prepositions, run-in starts, clock times | the pronoun "I" may end a sentence |
/// | `deu` | German | abbreviations, starters, prepositions | ordinals "3." |
/// | `fra` `spa` `ita` `por` `nld` | French, Spanish, Italian, Portuguese, Dutch | abbreviations, starters, prepositions | |
/// | `rus` `ukr` | Russian, Ukrainian | abbreviations, starters, prepositions | |
/// | `ell` | Greek | abbreviations | `;` is a question mark |
/// | `hye` | Armenian | abbreviations | `:` is a full stop |
/// | `dan` `nob` `hun` `tur` `pol` | Danish, Norwegian, Hungarian, Turkish, Polish | abbreviations | ordinals "3." |
/// | `swe` `ron` | Swedish, Romanian | abbreviations | |
/// | `tam` | Tamil | abbreviations | one letter before a period is an initial |
/// | `fin` `ces` `slk` `hrv` `slv` `srp` `bos` `isl` `est` `lav` | | generic | ordinals "3." |
/// | any other | | generic: "Dr.", "Mr.", "Prof.", "Inc.", "Co.", "etc." ... | |
///
/// Languages without starters end a sentence after an abbreviation that may end one whenever
/// a capitalised word follows. Everywhere: initials in any cased script ("А. С. Пушкин",
/// "Γ. Παπαδόπουλος"), an Indic akshara before a period in text that ends sentences with
/// the danda ("डॉ.", "बी. सी."), multi-period abbreviations, numbers, lists, ellipses and
/// quotations as above.
///
/// It does **not** use a statistical model (Punkt, a classifier): unknown abbreviations
/// followed by a capitalised word end a sentence, and so does an unlisted lowercase
/// abbreviation of four letters or more before a lowercase word ("approx." is listed, "quant."
/// is not); a capitalised word after an abbreviation that may end a sentence ("in the U.S.
/// Officials said") does not start one unless it is a typical sentence starter. A run-in sentence that begins with a content word ("... in
/// Mexico Officials said") stays glued to the one before, as does one in another language
/// than English; and a name that ends in a listed word before a lowercase one ("the horse
/// Don't Push It won") is split.
///
/// # Performance
///
/// One pass to find line breaks (two more to detect hard-wrapped text when lines are short),
/// one to pair quotes, one to scan for boundaries; every look-around is bounded by a small
/// constant, so the cost is linear in the text whatever it holds (a megabyte of dots, a
/// ten-megabyte line without a period). On news text it runs about three times as fast as
/// `unicode-segmentation`'s `split_sentence_bound_indices` (see `benches/sentences.rs`). Word
/// lists are compiled once per process on first use.
///
/// # Untrusted input
///
/// Never panics, on any `&str` (binary junk, NUL, lone CR, BOM, mixed scripts). Allocates the
/// output, the list of paragraphs, and buffers for the quotations of one paragraph. Spans
/// always lie on `char` boundaries inside the text.
///
/// ```
/// use nutgraf_tokenize::SentenceSplitter;
/// let text = "Hello World. My name is Jonas.";
/// let spans = SentenceSplitter::for_code("eng").split(text);
/// assert_eq!(spans.len(), 2);
/// assert_eq!(&text[spans[1].clone()], "My name is Jonas.");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SentenceSplitter {
    lang: Lang,
}

impl Default for SentenceSplitter {
    /// The generic rules (no language-specific word lists), as for an unknown language.
    ///
    /// ```
    /// use nutgraf_tokenize::SentenceSplitter;
    /// assert_eq!(SentenceSplitter::default().language(), "und");
    /// ```
    fn default() -> SentenceSplitter {
        SentenceSplitter {
            lang: Lang::Generic,
        }
    }
}

impl SentenceSplitter {
    /// The splitter for an ISO 639-3 (or 639-1) code, case-insensitive, with any region
    /// suffix (`en-US`) ignored. The languages in the table of [`SentenceSplitter`] have
    /// rules of their own; other codes get the generic rules.
    ///
    /// ```
    /// use nutgraf_tokenize::SentenceSplitter;
    /// let de = SentenceSplitter::for_code("deu");
    /// assert_eq!(de.split("Das ist z.B. ein Test. Am 3. Oktober kam er.").len(), 2);
    /// assert_eq!(SentenceSplitter::for_code("de-AT").language(), "deu");
    /// assert_eq!(SentenceSplitter::for_code("xx").language(), "und");
    /// ```
    pub fn for_code(code: &str) -> SentenceSplitter {
        SentenceSplitter {
            lang: Lang::from_code(code),
        }
    }

    /// The ISO 639-3 code whose rules this splitter uses, or `"und"` for the generic rules.
    ///
    /// ```
    /// assert_eq!(nutgraf_tokenize::SentenceSplitter::for_code("fr").language(), "fra");
    /// ```
    pub fn language(&self) -> &'static str {
        self.lang.rules().code
    }

    /// The sentences of `text`: byte spans that are trimmed (no white space, control or
    /// zero-width characters at either end), non-empty, in order, not overlapping, and on
    /// `char` boundaries. Never panics; the cost is linear in the length of the text.
    ///
    /// ```
    /// use nutgraf_tokenize::SentenceSplitter;
    /// let text = "Mr. Smith works for the U.S. Government.\n\nHe left at 6 P.M. It was late.";
    /// let got: Vec<&str> = SentenceSplitter::for_code("eng")
    ///     .split(text)
    ///     .into_iter()
    ///     .map(|r| &text[r])
    ///     .collect();
    /// assert_eq!(got, ["Mr. Smith works for the U.S. Government.", "He left at 6 P.M.", "It was late."]);
    /// ```
    pub fn split(&self, text: &str) -> Vec<Range<usize>> {
        // News text has a sentence every hundred bytes or so: grow at most once or twice.
        let mut out = Vec::with_capacity(text.len() / 64 + 4);
        scan::split_into(text, self.lang.rules(), &mut out);
        out
    }

    /// The text cut into consecutive segments, one per sentence: segment `i` runs from the
    /// start of sentence `i` to the start of sentence `i + 1` (the first from byte 0, the last
    /// to the end of the text), so it holds sentence `i` of [`split`](Self::split) and the
    /// space after it.
    ///
    /// Invariant: the segments are non-empty, the first starts at 0, each starts where the
    /// one before ends, and the last ends at `text.len()`; concatenated they give back `text`.
    /// A text without sentences (empty, or only white space) gives no segment if it is empty
    /// and a single segment otherwise.
    ///
    /// ```
    /// use nutgraf_tokenize::SentenceSplitter;
    /// let text = "  One. Two.\n";
    /// let seg = SentenceSplitter::default().segments(text);
    /// assert_eq!(seg, [0..7, 7..12]);
    /// assert_eq!(seg.iter().map(|r| &text[r.clone()]).collect::<String>(), text);
    /// ```
    pub fn segments(&self, text: &str) -> Vec<Range<usize>> {
        let spans = self.split(text);
        if spans.is_empty() {
            let mut whole = Vec::new();
            if !text.is_empty() {
                whole.push(0..text.len());
            }
            return whole;
        }
        let starts = spans.iter().skip(1).map(|r| r.start).chain([text.len()]);
        let mut prev = 0;
        starts
            .map(|end| {
                let r = prev..end;
                prev = end;
                r
            })
            .collect()
    }
}
