//! News clean-up: set page furniture aside and split off an embedded reference summary.
//!
//! The clean-up never edits text: it marks byte spans of the input as removed (each with a
//! [`RemovalReason`]) and returns the spans that remain as [`Cleaned::blocks`]. Everything
//! downstream works on those spans of the original text, so every span nutgraf reports points
//! into the input as given.

use std::collections::HashMap;
use std::ops::Range;

use serde::Serialize;

/// Why a span of the input was set aside.
///
/// ```
/// use nutgraf::RemovalReason;
/// assert_eq!(RemovalReason::PhotoCredit.as_str(), "photo credit");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RemovalReason {
    /// The line repeats an earlier line exactly (a caption printed twice).
    DuplicateLine,
    /// A photo credit such as `Thomas Peter/Pool/Reuters`.
    PhotoCredit,
    /// A "Related article" marker line.
    RelatedMarker,
    /// The headline that follows a "Related article" marker.
    RelatedHeadline,
    /// Boilerplate such as "Scroll down for video" or "Advertisement".
    Boilerplate,
    /// A photo caption: the line (printed once or more) right above a photo credit.
    Caption,
    /// The marker that opens an embedded reference summary ("Editor's P/S:"); the summary
    /// itself is reported as the reference.
    ReferenceMarker,
    /// A wire-service dateline before the first sentence: `WASHINGTON (AP) —`, `(CNN)`.
    Dateline,
}

impl RemovalReason {
    /// A short human-readable name, as printed in reports.
    ///
    /// ```
    /// use nutgraf::RemovalReason;
    /// assert_eq!(RemovalReason::DuplicateLine.as_str(), "duplicate line");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            RemovalReason::DuplicateLine => "duplicate line",
            RemovalReason::PhotoCredit => "photo credit",
            RemovalReason::RelatedMarker => "related-article marker",
            RemovalReason::RelatedHeadline => "related-article headline",
            RemovalReason::Boilerplate => "boilerplate",
            RemovalReason::Caption => "caption",
            RemovalReason::ReferenceMarker => "reference marker",
            RemovalReason::Dateline => "dateline",
        }
    }
}

/// A span of the input set aside by the clean-up.
///
/// ```
/// let cleaned = nutgraf::clean("Scroll down for video\nThe story.", &nutgraf::CleanConfig::default());
/// let r = &cleaned.removals[0];
/// assert_eq!(r.span, 0..21);
/// assert_eq!(r.reason, nutgraf::RemovalReason::Boilerplate);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removal {
    /// Byte range in the input (trimmed of surrounding white space).
    pub span: Range<usize>,
    /// Why it was removed.
    pub reason: RemovalReason,
}

/// What the clean-up does. All rules are on by default; [`CleanConfig::disabled`] turns the
/// whole clean-up off (the text is then analysed as given, reference section included).
///
/// ```
/// let mut config = nutgraf::CleanConfig::default();
/// config.duplicate_lines = false;
/// assert!(config.enabled);
/// assert!(!nutgraf::CleanConfig::disabled().enabled);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CleanConfig {
    /// Master switch.
    pub enabled: bool,
    /// Set aside exact repeats of earlier lines.
    pub duplicate_lines: bool,
    /// Set aside photo-credit lines.
    pub photo_credits: bool,
    /// Set aside the caption right above a photo credit.
    pub captions: bool,
    /// Set aside "Related article" markers and the headline that follows.
    pub related_articles: bool,
    /// Set aside boilerplate ("Scroll down for video", "Advertisement", ...).
    pub boilerplate: bool,
    /// Split off a trailing "Editor's P/S:" section as the reference summary.
    pub reference: bool,
    /// Set aside a wire-service dateline (`WASHINGTON (AP) —`) before the first sentence.
    pub dateline: bool,
}

impl Default for CleanConfig {
    fn default() -> Self {
        CleanConfig {
            enabled: true,
            duplicate_lines: true,
            photo_credits: true,
            captions: true,
            related_articles: true,
            boilerplate: true,
            reference: true,
            dateline: true,
        }
    }
}

impl CleanConfig {
    /// A configuration that changes nothing.
    ///
    /// ```
    /// let c = nutgraf::clean("a\na", &nutgraf::CleanConfig::disabled());
    /// assert!(c.removals.is_empty());
    /// ```
    pub fn disabled() -> Self {
        CleanConfig {
            enabled: false,
            ..CleanConfig::default()
        }
    }
}

/// The result of [`clean`]: what remains, what was removed, and the reference summary.
///
/// ```
/// let text = "Body line.\nEditor's P/S:\nThe summary.";
/// let c = nutgraf::clean(text, &nutgraf::CleanConfig::default());
/// assert_eq!(c.blocks, [0..10]);
/// assert_eq!(&text[c.reference.clone().unwrap()], "The summary.");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// The paragraphs of article text that remain, in order, trimmed. A blank line always ends
    /// a paragraph; a single line break does too, unless the text is hard-wrapped there (the
    /// line does not end a sentence and the next starts in lowercase). Sentences never cross a
    /// paragraph boundary.
    pub blocks: Vec<Range<usize>>,
    /// The spans set aside, in order.
    pub removals: Vec<Removal>,
    /// The embedded reference summary (trimmed), when the text has one.
    pub reference: Option<Range<usize>>,
}

/// Lines that are boilerplate wherever they stand (compared lowercase, trailing `.:!` and
/// white space ignored).
const BOILERPLATE_LINES: &[&str] = &[
    "scroll down for video",
    "scroll down for videos",
    "scroll down to watch the video",
    "advertisement",
    "advertisements",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading the main story",
    "continue reading below",
    "share this article",
    "share or comment on this article",
    "click to play video",
    "play video",
    "watch the video",
    "watch video",
    "video",
    "sign up for our newsletter",
    "subscribe to our newsletter",
    "follow us on twitter",
    "follow us on facebook",
    "skip to main content",
    "enlarge this image",
    "toggle caption",
    "hide caption",
    "image caption",
    "media caption",
    "close",
];

/// Boilerplate phrases removed even inside a line (Daily Mail prints "Scroll down for video"
/// glued to the next caption).
const BOILERPLATE_PHRASES: &[&str] = &["scroll down for video", "scroll down for videos"];

/// Marker lines announcing a related article (compared like [`BOILERPLATE_LINES`]).
const RELATED_MARKERS: &[&str] = &[
    "related article",
    "related articles",
    "related",
    "related content",
    "related stories",
    "related story",
    "read more",
    "see also",
    "more on this story",
    "you may also like",
];

/// Agencies and words that make a short slash-separated line a photo credit.
const CREDIT_WORDS: &[&str] = &[
    "reuters",
    "ap",
    "afp",
    "getty images",
    "getty",
    "pool",
    "epa",
    "epa-efe",
    "efe",
    "bloomberg",
    "xinhua",
    "sputnik",
    "tass",
    "anadolu",
    "shutterstock",
    "alamy",
    "pa",
    "pa images",
    "pa wire",
    "rex",
    "rex features",
    "the new york times",
    "redux",
    "zuma",
    "zuma press",
    "sipa",
    "nurphoto",
    "abaca",
    "kyodo",
    "yonhap",
    "imaginechina",
    "file",
    "handout",
    "ap photo",
    "afp via getty images",
    "via getty images",
    "cnn",
    "bbc",
];

/// Prefixes that open a credit line.
const CREDIT_PREFIXES: &[&str] = &[
    "photo:",
    "photo by",
    "photos:",
    "photograph:",
    "photograph by",
    "image:",
    "image credit:",
    "images:",
    "picture:",
    "credit:",
    "credits:",
    "source:",
    "(photo",
    "(image",
];

/// Markers that open a reference summary at the end of the text (compared lowercase with
/// typographic apostrophes folded, trailing `:` and white space ignored).
const REFERENCE_MARKERS: &[&str] = &[
    "editor's p/s",
    "editors' p/s",
    "editor's ps",
    "editor's p.s.",
    "editor's p.s",
    "editor’s p/s",
];

/// The longest line taken for a caption, in words: captions are a sentence or two, a
/// paragraph of the story is often longer.
///
/// ```
/// use nutgraf::{CleanConfig, RemovalReason, clean};
/// let long = "word ".repeat(nutgraf::CAPTION_MAX_WORDS + 1);
/// let text = format!("The lede.\n{long}\nThomas Peter/Pool/Reuters");
/// let c = clean(&text, &CleanConfig::default());
/// assert!(c.removals.iter().all(|r| r.reason != RemovalReason::Caption));
/// ```
pub const CAPTION_MAX_WORDS: usize = 60;

/// Marks as [`RemovalReason::Caption`] the line right above each photo credit and the
/// identical lines right above that one (a caption printed twice), unless it is too long, set
/// aside for another reason, or the first line of the article.
fn mark_captions(text: &str, lines: &[Range<usize>], removed: &mut [Option<RemovalReason>]) {
    let first = lines
        .iter()
        .position(|l| !text[l.clone()].trim().is_empty());
    for i in 1..lines.len().min(removed.len()) {
        if removed[i] != Some(RemovalReason::PhotoCredit) {
            continue;
        }
        let caption = text[lines[i - 1].clone()].trim();
        if caption.is_empty()
            || caption.split_whitespace().count() > CAPTION_MAX_WORDS
            || !matches!(removed[i - 1], None | Some(RemovalReason::DuplicateLine))
        {
            continue;
        }
        let mut top = i - 1;
        while top > 0
            && matches!(removed[top - 1], None | Some(RemovalReason::DuplicateLine))
            && text[lines[top - 1].clone()].trim() == caption
        {
            top -= 1;
        }
        if Some(top) == first {
            continue;
        }
        for r in &mut removed[top..i] {
            *r = Some(RemovalReason::Caption);
        }
    }
}

/// Sets aside the page furniture of a news article and splits off an embedded reference
/// summary. Cost is linear in the length of the text.
///
/// Rules, each reported with its [`RemovalReason`]:
/// - a line that repeats an earlier line exactly;
/// - a photo credit: a short line without sentence punctuation whose `/`-separated parts end
///   in an agency (`Thomas Peter/Pool/Reuters`), or that opens with `Photo:`, `Credit:`...;
/// - a caption: the line right above a photo credit (no blank line between), with its copies
///   printed right above it, when it has at most [`CAPTION_MAX_WORDS`] words and is not the
///   article's first line (which is its lede, or its headline);
/// - a "Related article" marker line and the headline line that follows it;
/// - boilerplate lines ("Scroll down for video", "Advertisement", ...), and the phrase
///   "Scroll down for video" wherever it stands;
/// - a copyright notice that ends the article (`© Copyright 2011 Associated Press. All
///   rights reserved. This material may not be published...`): from "©" or "Copyright" to the
///   end of the last paragraph, at most 400 bytes, holding a year and "©" or "all rights
///   reserved";
/// - a trailing "Editor's P/S:" section: the marker is removed and the rest of the text is
///   the [`Cleaned::reference`], never article text;
/// - a wire-service dateline at the start of the first or second paragraph (the first may
///   be a headline): an optional place and date, a news agency in brackets and an optional
///   dash, as in `WASHINGTON (AP) —`, `LONDON, March 5 (Reuters) -` or `(CNN)`.
///
/// ```
/// use nutgraf::{clean, CleanConfig, RemovalReason};
/// let text = "A caption.\nA caption.\nThomas Peter/Pool/Reuters\nRelated article\nA headline\nThe story goes on.";
/// let c = clean(text, &CleanConfig::default());
/// let reasons: Vec<RemovalReason> = c.removals.iter().map(|r| r.reason).collect();
/// assert_eq!(reasons, [
///     RemovalReason::DuplicateLine,
///     RemovalReason::PhotoCredit,
///     RemovalReason::RelatedMarker,
///     RemovalReason::RelatedHeadline,
/// ]);
/// let kept: Vec<&str> = c.blocks.iter().map(|b| &text[b.clone()]).collect();
/// assert_eq!(kept, ["A caption.", "The story goes on."]);
/// ```
pub fn clean(text: &str, config: &CleanConfig) -> Cleaned {
    let lines = line_spans(text);
    if !config.enabled {
        let whole = trim_span(text, 0..text.len());
        return Cleaned {
            blocks: if whole.is_empty() {
                vec![]
            } else {
                vec![whole]
            },
            removals: vec![],
            reference: None,
        };
    }
    let mut removals: Vec<Removal> = Vec::new();
    let mut reference = None;
    let mut end_of_article = lines.len();

    if config.reference {
        if let Some((i, ref_span)) = find_reference(text, &lines) {
            end_of_article = i;
            let marker = trim_span(text, lines[i].clone());
            let marker_end = marker.start + marker_len(&text[marker.clone()]);
            removals.push(Removal {
                span: marker.start..marker_end,
                reason: RemovalReason::ReferenceMarker,
            });
            if !ref_span.is_empty() {
                reference = Some(ref_span);
            }
        }
    }

    // Per line: Some(reason) when the whole line is set aside.
    let mut line_removed: Vec<Option<RemovalReason>> = vec![None; end_of_article];
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut expect_headline = false;
    for (i, span) in lines[..end_of_article].iter().enumerate() {
        let line = text[span.clone()].trim();
        if line.is_empty() {
            continue;
        }
        let key = comparable(line);
        if expect_headline {
            expect_headline = false;
            if config.related_articles && looks_like_headline(line) {
                line_removed[i] = Some(RemovalReason::RelatedHeadline);
                continue;
            }
        }
        if config.related_articles && RELATED_MARKERS.contains(&key.as_str()) {
            line_removed[i] = Some(RemovalReason::RelatedMarker);
            expect_headline = true;
            continue;
        }
        if config.boilerplate && BOILERPLATE_LINES.contains(&key.as_str()) {
            line_removed[i] = Some(RemovalReason::Boilerplate);
            continue;
        }
        if config.photo_credits && is_photo_credit(line) {
            line_removed[i] = Some(RemovalReason::PhotoCredit);
            continue;
        }
        if config.duplicate_lines {
            if seen.contains_key(line) {
                line_removed[i] = Some(RemovalReason::DuplicateLine);
                continue;
            }
            seen.insert(line, i);
        }
    }

    if config.captions && config.photo_credits {
        mark_captions(text, &lines[..end_of_article], &mut line_removed);
    }

    // Build the kept blocks: runs of kept lines, with inline boilerplate phrases cut out.
    let mut blocks = Vec::new();
    let mut block: Option<Range<usize>> = None;
    for (i, span) in lines[..end_of_article].iter().enumerate() {
        if let Some(reason) = line_removed[i] {
            if let Some(b) = block.take() {
                push_block(text, b, config, &mut blocks, &mut removals);
            }
            removals.push(Removal {
                span: trim_span(text, span.clone()),
                reason,
            });
            continue;
        }
        let line = &text[span.clone()];
        if line.trim().is_empty() {
            // A blank line ends a paragraph.
            if let Some(b) = block.take() {
                push_block(text, b, config, &mut blocks, &mut removals);
            }
            continue;
        }
        match &mut block {
            Some(b) if continues_paragraph(&text[b.clone()], line) => b.end = span.end,
            Some(_) => {
                if let Some(b) = block.take() {
                    push_block(text, b, config, &mut blocks, &mut removals);
                }
                block = Some(span.clone());
            }
            None => block = Some(span.clone()),
        }
    }
    if let Some(b) = block.take() {
        push_block(text, b, config, &mut blocks, &mut removals);
    }
    if config.dateline {
        cut_dateline(text, &mut blocks, &mut removals);
    }
    if config.boilerplate {
        cut_copyright(text, &mut blocks, &mut removals);
    }
    removals.retain(|r| !r.span.is_empty());
    removals.sort_by_key(|r| (r.span.start, r.span.end));
    Cleaned {
        blocks,
        removals,
        reference,
    }
}

/// News agencies whose name in brackets makes a dateline.
const AGENCIES: &[&str] = &[
    "AAP",
    "AFP",
    "ANSA",
    "AP",
    "Bloomberg",
    "CNN",
    "CP",
    "dpa",
    "EFE",
    "IANS",
    "Kyodo",
    "PA",
    "PTI",
    "Reuters",
    "TASS",
    "UPI",
    "Xinhua",
    "Yonhap",
];

/// The length of the wire-service dateline that `s` starts with, dash and following white
/// space included: an optional place and date (at most 60 bytes of letters, digits, spaces
/// and `.,'’-`, starting with a capital letter), an agency of [`AGENCIES`] in brackets, then
/// an optional dash (`—`, `–`, `--`, `-`). Text must follow.
///
/// ```text
/// WASHINGTON (AP) — The Senate voted.   -> "WASHINGTON (AP) — "
/// (CNN)This week is ...                 -> "(CNN)"
/// Apple (AAPL) shares rose.             -> none
/// ```
fn dateline_len(s: &str) -> Option<usize> {
    let open = s.find('(')?;
    let place = &s[..open];
    // Every word of the place and date starts with a capital letter or a digit ("New Delhi,
    // India", "LONDON, March 5"), so that a sentence ("Officials said (AP) ...") is not one.
    let place_word = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '\'' | '’' | '-'))
    };
    if open > 60 || !place.split_whitespace().all(place_word) {
        return None;
    }
    let close = open + s[open..].find(')')?;
    if !AGENCIES.contains(&&s[open + 1..close]) {
        return None;
    }
    let mut end = close + 1;
    let rest = s[end..].trim_start();
    let after_dash = ["—", "–", "--", "-"]
        .iter()
        .find_map(|d| rest.strip_prefix(d))
        .filter(|r| r.starts_with(char::is_whitespace));
    if let Some(r) = after_dash {
        end = s.len() - r.len();
    }
    end = s.len() - s[end..].trim_start().len();
    (end < s.len()).then_some(end)
}

/// Sets aside a dateline at the start of the first or second block (the first may be a
/// headline).
fn cut_dateline(text: &str, blocks: &mut [Range<usize>], removals: &mut Vec<Removal>) {
    for k in 0..blocks.len().min(2) {
        let b = blocks[k].clone();
        if let Some(len) = dateline_len(&text[b.clone()]) {
            removals.push(Removal {
                span: trim_span(text, b.start..b.start + len),
                reason: RemovalReason::Dateline,
            });
            blocks[k] = trim_span(text, b.start + len..b.end);
            return;
        }
    }
}

/// Where a copyright notice starts in `s` if one runs to its end (see [`clean`]): "©" or
/// "Copyright" (any case) on a word boundary, at most 400 bytes from the end, followed by a
/// year within 40 bytes and holding "©" or "all rights reserved".
fn copyright_start(s: &str) -> Option<usize> {
    const MAX: usize = 400;
    let from = s.len().saturating_sub(MAX);
    let from = (from..=s.len()).find(|&i| s.is_char_boundary(i))?;
    let tail = &s[from..];
    let lower = tail.to_ascii_lowercase();
    let starts = lower
        .match_indices("copyright")
        .map(|(i, _)| i)
        .chain(lower.match_indices('©').map(|(i, _)| i));
    let start = starts
        .filter(|&i| i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric())
        .filter(|&i| {
            let notice = &lower[i..];
            let head = &notice.as_bytes()[..notice.len().min(40)];
            let year = head.windows(4).any(|w| {
                (w.starts_with(b"19") || w.starts_with(b"20")) && w.iter().all(u8::is_ascii_digit)
            });
            year && (notice.contains('©') || notice.contains("all rights reserved"))
        })
        .min()?;
    Some(from + start)
}

/// Sets aside a copyright notice at the end of the last block.
fn cut_copyright(text: &str, blocks: &mut Vec<Range<usize>>, removals: &mut Vec<Removal>) {
    let Some(last) = blocks.last().cloned() else {
        return;
    };
    let Some(at) = copyright_start(&text[last.clone()]) else {
        return;
    };
    removals.push(Removal {
        span: trim_span(text, last.start + at..last.end),
        reason: RemovalReason::Boilerplate,
    });
    let rest = trim_span(text, last.start..last.start + at);
    if rest.is_empty() {
        blocks.pop();
    } else if let Some(b) = blocks.last_mut() {
        *b = rest;
    }
}

/// Adds a run of kept lines as one or more blocks, cutting out inline boilerplate phrases.
fn push_block(
    text: &str,
    block: Range<usize>,
    config: &CleanConfig,
    blocks: &mut Vec<Range<usize>>,
    removals: &mut Vec<Removal>,
) {
    let mut start = block.start;
    if config.boilerplate {
        let slice = &text[block.clone()];
        for (at, len) in find_phrases(slice) {
            let cut = block.start + at..block.start + at + len;
            let before = trim_span(text, start..cut.start);
            if !before.is_empty() {
                blocks.push(before);
            }
            removals.push(Removal {
                span: cut.clone(),
                reason: RemovalReason::Boilerplate,
            });
            start = cut.end;
        }
    }
    let rest = trim_span(text, start..block.end);
    if !rest.is_empty() {
        blocks.push(rest);
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `word` that may be `b` (the zero bytes of `word ^ b..`): the
/// lowest flagged byte is always a `b`, and a `b` is never missed; a byte above a `b` may be
/// flagged wrongly.
fn byte_mask(word: u64, b: u8) -> u64 {
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let x = word ^ (ONES * u64::from(b));
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// Whether one of the eight bytes of `word` is `b`.
fn has_byte(word: u64, b: u8) -> bool {
    byte_mask(word, b) != 0
}

/// [`byte_mask`] for `s` or `S`.
fn s_mask(word: u64) -> u64 {
    byte_mask(word | (ONES * 0x20), b's')
}

/// The bytes of `word` that may be an `s` or `S` followed by a `c` or `C` (the next byte of
/// the word): a pair is never missed within the word (the first seven bytes), and the lowest
/// flag is at or before the first pair.
fn sc_mask(word: u64) -> u64 {
    s_mask(word) & (byte_mask(word | (ONES * 0x20), b'c') >> 8)
}

/// Whether one of the eight bytes of `word` is `s` or `S`.
#[cfg(test)]
fn has_s(word: u64) -> bool {
    s_mask(word) != 0
}

/// The eight bytes of `bytes` from `i` as one word, if there are eight.
fn word_at(bytes: &[u8], i: usize) -> Option<u64> {
    let chunk = bytes.get(i..i.checked_add(8)?)?;
    let mut word = [0u8; 8];
    word.copy_from_slice(chunk);
    Some(u64::from_le_bytes(word))
}

/// Finds the inline boilerplate phrases of a slice (ASCII case-insensitive, on word bounds):
/// (offset, length) pairs in order, not overlapping.
fn find_phrases(slice: &str) -> Vec<(usize, usize)> {
    let bytes = slice.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Every phrase starts with "sc": go seven bytes at a time (words of eight overlap by
        // one, so a pair across two words is seen too) to the next possible one.
        if let Some(w) = word_at(bytes, i) {
            let m = sc_mask(w);
            if m == 0 {
                i += 7;
                continue;
            }
            i += (m.trailing_zeros() / 8) as usize;
        }
        let mut matched = 0;
        if bytes[i].eq_ignore_ascii_case(&b's') && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
        {
            for phrase in BOILERPLATE_PHRASES {
                let p = phrase.as_bytes();
                if bytes.len() - i >= p.len()
                    && bytes[i..i + p.len()].eq_ignore_ascii_case(p)
                    && bytes
                        .get(i + p.len())
                        .is_none_or(|b| !b.is_ascii_alphanumeric())
                {
                    matched = matched.max(p.len());
                }
            }
        }
        if matched > 0 {
            // Take a following " ." or ":" that belongs to the phrase.
            let mut end = i + matched;
            while end < bytes.len() && matches!(bytes[end], b' ' | b'.' | b':') {
                end += 1;
            }
            let len = slice[i..end].trim_end().len();
            found.push((i, len));
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

/// Finds a reference marker line; returns its line index and the trimmed span of what
/// follows it (text after the marker on the same line, and all later lines).
fn find_reference(text: &str, lines: &[Range<usize>]) -> Option<(usize, Range<usize>)> {
    for (i, span) in lines.iter().enumerate() {
        let line = text[span.clone()].trim();
        let len = marker_len(line);
        if len == 0 {
            continue;
        }
        let line_start = trim_span(text, span.clone()).start;
        let rest = trim_span(text, line_start + len..text.len());
        return Some((i, rest));
    }
    None
}

/// When `line` opens with a reference marker, the byte length of the marker (with its colon);
/// else 0.
fn marker_len(line: &str) -> usize {
    let folded: String = line
        .chars()
        .take(24)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect::<String>()
        .to_lowercase();
    for marker in REFERENCE_MARKERS {
        if let Some(after) = folded.strip_prefix(marker) {
            let after_trim = after.trim_start();
            if after_trim.is_empty() || after_trim.starts_with(':') {
                // Map the folded length back to the original line: count chars.
                let chars = marker.chars().count()
                    + (after.len() - after_trim.len())
                    + usize::from(after_trim.starts_with(':'));
                return line
                    .char_indices()
                    .nth(chars)
                    .map_or(line.len(), |(b, _)| b);
            }
        }
    }
    0
}

/// A line made comparable with the marker lists: lowercase, typographic apostrophes
/// folded, trailing `.:!` and white space dropped.
fn comparable(line: &str) -> String {
    if line.len() > 64 {
        return String::new();
    }
    line.trim_end_matches(|c: char| matches!(c, '.' | ':' | '!' | '>' | '»') || c.is_whitespace())
        .replace('\u{2019}', "'")
        .to_lowercase()
}

/// Whether `next` continues the paragraph that ends with `prev` (hard-wrapped text): `prev`
/// does not end with sentence-final punctuation and `next` starts with a lowercase letter.
fn continues_paragraph(prev: &str, next: &str) -> bool {
    let prev_end = prev.trim_end().chars().next_back();
    let ends_sentence = prev_end.is_none_or(|c| {
        matches!(
            c,
            '.' | '!' | '?' | ':' | '"' | '\u{201D}' | '\u{2019}' | ')' | '\u{3002}'
        )
    });
    let next_start = next.trim_start().chars().next();
    !ends_sentence && next_start.is_some_and(char::is_lowercase)
}

/// A short line without sentence punctuation: what a headline looks like.
fn looks_like_headline(line: &str) -> bool {
    !line.ends_with('.') && line.split_whitespace().take(26).count() <= 25
}

/// Whether a line is a photo credit.
fn is_photo_credit(line: &str) -> bool {
    if line.ends_with(['.', '!', '?', '"', '\u{201D}']) {
        return false;
    }
    // At most 14 words: a paragraph-long line is read no further than its 15th word.
    let words = line.split_whitespace().take(15).count();
    if words == 0 || words > 14 {
        return false;
    }
    let lower = line.to_lowercase();
    if CREDIT_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    if lower.ends_with("getty images") || lower.ends_with("/ap") || lower.ends_with("/afp") {
        return true;
    }
    if !line.contains('/') {
        return false;
    }
    // Name/Agency/Agency: at least one part after a slash is a known agency, and no part is
    // long enough to be a sentence.
    let parts: Vec<&str> = lower.split('/').map(str::trim).collect();
    parts.iter().all(|p| p.split_whitespace().count() <= 6)
        && parts[1..].iter().any(|p| CREDIT_WORDS.contains(p))
}

/// The spans of the lines of `text`, without their line ends (`\n`, `\r\n` or a lone `\r`).
fn line_spans(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // skip eight bytes at a time while none ends a line
        if word_at(bytes, i).is_some_and(|w| !has_byte(w, b'\n') && !has_byte(w, b'\r')) {
            i += 8;
            continue;
        }
        match bytes[i] {
            b'\n' => {
                lines.push(start..i);
                start = i + 1;
            }
            b'\r' => {
                lines.push(start..i);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        lines.push(start..bytes.len());
    }
    lines
}

/// Shrinks a span to exclude leading and trailing white space.
pub(crate) fn trim_span(text: &str, span: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(span.clone()) else {
        return span.start..span.start;
    };
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    span.start + lead..span.start + lead + trimmed.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_copyright_notices_are_set_aside() {
        let ap = "They welcomed their son in January. \u{a9} Copyright 2011 Associated Press. \
                  All rights reserved. This material may not be published, broadcast, \
                  rewritten or redistributed.";
        let c = clean(ap, &CleanConfig::default());
        let kept: Vec<&str> = c.blocks.iter().map(|b| &ap[b.clone()]).collect();
        assert_eq!(kept, ["They welcomed their son in January."]);
        assert_eq!(c.removals.len(), 1);
        assert!(ap[c.removals[0].span.clone()].starts_with("\u{a9} Copyright 2011"));
        // A notice alone in the last paragraph goes with it.
        let own = "The story.\n\nCopyright 2011 The Salt Lake Tribune. All rights reserved.";
        let c = clean(own, &CleanConfig::default());
        let kept: Vec<&str> = c.blocks.iter().map(|b| &own[b.clone()]).collect();
        assert_eq!(kept, ["The story."]);
        // Not notices: no year, no "all rights reserved" or "\u{a9}", or not at the end.
        for text in [
            "Copyright law changed in 2011 and the courts followed.",
            "The band sued over copyright. \u{a9} Copyright: News Today Online.",
            "Copyright 2011 All rights reserved.\n\nThe story goes on for a while.",
        ] {
            let c = clean(text, &CleanConfig::default());
            assert!(c.removals.is_empty(), "{text}");
        }
    }

    #[test]
    fn captions_above_a_credit_are_set_aside() {
        let reasons = |text: &str, config: &CleanConfig| -> Vec<(String, &'static str)> {
            clean(text, config)
                .removals
                .iter()
                .map(|r| (text[r.span.clone()].to_string(), r.reason.as_str()))
                .collect()
        };
        // Printed twice, as in the seed: both copies are the caption.
        let twice = "The lede.\nA flag flies over the hall.\nA flag flies over the hall.\n\
                     Thomas Peter/Pool/Reuters\nThe story goes on.";
        assert_eq!(
            reasons(twice, &CleanConfig::default()),
            [
                ("A flag flies over the hall.".to_string(), "caption"),
                ("A flag flies over the hall.".to_string(), "caption"),
                ("Thomas Peter/Pool/Reuters".to_string(), "photo credit"),
            ]
        );
        // Printed once.
        let once = "The lede.\nMourners gather outside the church on Sunday.\nGetty Images\nMore.";
        let r = reasons(once, &CleanConfig::default());
        assert_eq!(r[0].1, "caption");
        // Not captions: the article's first line, a line after a blank line, a long
        // paragraph, and nothing when the rule (or the credit rule it stands on) is off.
        for text in [
            "The lede is here.\nThomas Peter/Pool/Reuters\nThe story.",
            "The lede.\nA paragraph.\n\nThomas Peter/Pool/Reuters\nThe story.",
            &format!(
                "The lede.\n{}\nThomas Peter/Pool/Reuters",
                "word ".repeat(61)
            ),
        ] {
            let r = reasons(text, &CleanConfig::default());
            assert!(r.iter().all(|(_, why)| *why != "caption"), "{text}");
        }
        for off in [
            CleanConfig {
                captions: false,
                ..CleanConfig::default()
            },
            CleanConfig {
                photo_credits: false,
                ..CleanConfig::default()
            },
        ] {
            let r = reasons(once, &off);
            assert!(r.iter().all(|(_, why)| *why != "caption"), "{off:?}");
        }
    }

    #[test]
    fn datelines_are_set_aside() {
        let cases = [
            (
                "WASHINGTON (AP) — The Senate voted.",
                Some("WASHINGTON (AP) —"),
                "The Senate voted.",
            ),
            (
                "(CNN)This week is the anniversary.",
                Some("(CNN)"),
                "This week is the anniversary.",
            ),
            (
                "New Delhi, India (CNN) -- Floods hit.",
                Some("New Delhi, India (CNN) --"),
                "Floods hit.",
            ),
            (
                "LONDON, March 5 (Reuters) - Shares fell.",
                Some("LONDON, March 5 (Reuters) -"),
                "Shares fell.",
            ),
            (
                "Senate passes bill\n\nWASHINGTON (AP) — The vote.",
                Some("WASHINGTON (AP) —"),
                "The vote.",
            ),
            (
                "Apple (AAPL) shares rose.",
                None,
                "Apple (AAPL) shares rose.",
            ),
            (
                "Officials said (AP) it rained.",
                None,
                "Officials said (AP) it rained.",
            ),
            ("(AP)", None, "(AP)"),
            ("The court (AP) ruled.", None, "The court (AP) ruled."),
        ];
        for (text, removed, last) in cases {
            let c = clean(text, &CleanConfig::default());
            let dateline: Vec<&str> = c
                .removals
                .iter()
                .filter(|r| r.reason == RemovalReason::Dateline)
                .map(|r| &text[r.span.clone()])
                .collect();
            assert_eq!(dateline, removed.into_iter().collect::<Vec<_>>(), "{text}");
            let kept = c.blocks.last().map(|b| &text[b.clone()]);
            assert_eq!(kept, Some(last), "{text}");
        }
        let off = CleanConfig {
            dateline: false,
            ..CleanConfig::default()
        };
        let c = clean("WASHINGTON (AP) — The Senate voted.", &off);
        assert!(c.removals.is_empty());
    }

    #[test]
    fn the_eight_byte_skips_never_miss_a_byte() {
        // every phrase must start with "sc" for the skip in find_phrases to be sound
        assert!(BOILERPLATE_PHRASES.iter().all(|p| p.starts_with("sc")));
        for b in 0..=255u8 {
            for k in 0..8 {
                let mut word = *b"xxxxxxxx";
                word[k] = b;
                let is_s = b == b's' || b == b'S';
                assert_eq!(has_s(u64::from_le_bytes(word)), is_s, "byte {b} at {k}");
                let w = u64::from_le_bytes(word);
                assert_eq!(has_byte(w, b'\n'), b == b'\n', "byte {b} at {k}");
            }
        }
        // the lowest flagged byte is the first s, in every word over a few tricky bytes
        // (bytes just above and below 's' | 0x20 and zero, which trip the word-wise test)
        let alphabet = [b's', b'S', b'r', b't', 0x01, 0x00];
        for code in 0..alphabet.len().pow(8) {
            let mut word = [0u8; 8];
            let mut c = code;
            for b in &mut word {
                *b = alphabet[c % alphabet.len()];
                c /= alphabet.len();
            }
            let first = word.iter().position(|&b| b == b's' || b == b'S');
            let m = s_mask(u64::from_le_bytes(word));
            let lowest = (m != 0).then(|| (m.trailing_zeros() / 8) as usize);
            assert_eq!(lowest, first, "{word:?}");
        }
        // the lowest flag of the pair mask is at or before the first "sc", and no "sc" in the
        // first seven bytes is missed
        let alphabet = [b's', b'S', b'c', b'C', b'r', 0x00, 0x03];
        for code in 0..alphabet.len().pow(8) {
            let mut word = [0u8; 8];
            let mut c = code;
            for b in &mut word {
                *b = alphabet[c % alphabet.len()];
                c /= alphabet.len();
            }
            let first = word
                .windows(2)
                .position(|p| p[0].eq_ignore_ascii_case(&b's') && p[1].eq_ignore_ascii_case(&b'c'));
            let m = sc_mask(u64::from_le_bytes(word));
            if let Some(first) = first {
                assert!(
                    m != 0 && (m.trailing_zeros() / 8) as usize <= first,
                    "{word:?}"
                );
            }
        }
        // at a chunk's edges and across them, at every offset
        for pad in 0..9 {
            let text = format!(
                "{}Scroll down for video bbbbbb scroll down for videos. scroll, sc",
                "a".repeat(pad) + " "
            );
            assert_eq!(find_phrases(&text).len(), 2, "{text:?}");
        }
        // line ends at and across the edges of eight-byte chunks, CRLF split by one
        let text = "1234567\n1234567\r\n12345678\r1\n\nend";
        let lines: Vec<&str> = line_spans(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(lines, ["1234567", "1234567", "12345678", "1", "", "end"]);
    }

    fn reasons(text: &str) -> Vec<(String, RemovalReason)> {
        clean(text, &CleanConfig::default())
            .removals
            .iter()
            .map(|r| (text[r.span.clone()].to_string(), r.reason))
            .collect()
    }

    #[test]
    fn credits() {
        assert!(is_photo_credit("Thomas Peter/Pool/Reuters"));
        assert!(is_photo_credit("Mark Schiefelbein/AP"));
        assert!(is_photo_credit("Photo: Jane Doe"));
        assert!(is_photo_credit("Kevin Frayer/Getty Images"));
        assert!(!is_photo_credit(
            "He said/she said politics dominated the day."
        ));
        assert!(!is_photo_credit("Input/output"));
    }

    #[test]
    fn inline_scroll_down() {
        let text = "He said so. Scroll down for video . The next part.";
        let c = clean(text, &CleanConfig::default());
        let kept: Vec<&str> = c.blocks.iter().map(|b| &text[b.clone()]).collect();
        assert_eq!(kept, ["He said so.", "The next part."]);
        assert_eq!(reasons(text)[0].0, "Scroll down for video .");
    }

    #[test]
    fn reference_with_text_on_marker_line() {
        let text = "Body.\nEditor’s P/S: The gist.\nMore gist.";
        let c = clean(text, &CleanConfig::default());
        assert_eq!(&text[c.reference.clone().unwrap()], "The gist.\nMore gist.");
        assert_eq!(
            reasons(text),
            [("Editor’s P/S:".to_string(), RemovalReason::ReferenceMarker)]
        );
    }

    #[test]
    fn line_ends_and_empty() {
        assert_eq!(line_spans("a\r\nb\rc\n"), [0..1, 3..4, 5..6]);
        let c = clean("", &CleanConfig::default());
        assert!(c.blocks.is_empty() && c.removals.is_empty() && c.reference.is_none());
        let c = clean(" \n \r\n", &CleanConfig::default());
        assert!(c.blocks.is_empty());
    }

    #[test]
    fn related_marker_without_headline_keeps_next_sentence() {
        let text = "Related article\nThe story resumes here with a full sentence.";
        assert_eq!(reasons(text).len(), 1);
    }

    #[test]
    fn paragraphs() {
        let text = "First paragraph.\nSecond one, hard\nwrapped here.\n\nThird\nFourth.";
        let c = clean(text, &CleanConfig::default());
        let kept: Vec<&str> = c.blocks.iter().map(|b| &text[b.clone()]).collect();
        assert_eq!(
            kept,
            [
                "First paragraph.",
                "Second one, hard\nwrapped here.",
                "Third",
                "Fourth."
            ]
        );
    }

    #[test]
    fn disabled_keeps_everything() {
        let text = "x\nx\nEditor's P/S:\ny";
        let c = clean(text, &CleanConfig::disabled());
        assert_eq!(c.blocks, vec![0..text.len()]);
        assert!(c.reference.is_none());
    }
}
