//! nutgraf's additions on the library's DOM: page signals read before extraction, and the walk
//! of the extracted article into typed paragraphs with the news clean-up rules.

use dom_query::{Document, NodeRef};

use crate::{BlockKind, Paragraph};

/// An article shorter than this (in bytes of text) counts as no article.
pub(crate) const MIN_ARTICLE_BYTES: usize = 120;

/// Metadata the library does not read, or reads less well.
pub(crate) struct PageSignals {
    pub canonical: Option<String>,
    pub lang: Option<String>,
    /// `og:title`, else `<title>`: the title when the library finds no article.
    pub title: Option<String>,
    /// The publication date from a meta tag (`article:published_time`, `date`, `dc.date`,
    /// ...), an `itemprop="datePublished"` element, or the first `<time datetime>`: used when
    /// the library finds none.
    pub date: Option<String>,
}

pub(crate) fn page_signals(doc: &Document) -> PageSignals {
    let mut signals = PageSignals {
        canonical: None,
        lang: None,
        title: None,
        date: None,
    };
    let html = doc.html_root();
    let mut lang = html
        .attr("lang")
        .or_else(|| html.attr("xml:lang"))
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty());
    let (mut og_url, mut og_locale, mut og_title, mut content_lang, mut title) =
        (None, None, None, None, None);
    // One pass over the head's elements (meta, link and title live there).
    if let Some(head) = doc.head() {
        for node in head.children_it(false).filter(|n| n.is_element()) {
            let Some(name) = node.qual_name_ref().map(|q| q.local.to_string()) else {
                continue;
            };
            let value = |attr: &str| {
                node.attr(attr)
                    .map(|v| v.trim().to_string())
                    .filter(|v| !v.is_empty())
            };
            match name.as_str() {
                "link" => {
                    let rel = node.attr("rel").unwrap_or_default().to_ascii_lowercase();
                    if signals.canonical.is_none()
                        && rel.split_whitespace().any(|r| r == "canonical")
                    {
                        signals.canonical = value("href")
                            .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
                    }
                }
                "meta" => {
                    let key = node
                        .attr("property")
                        .or_else(|| node.attr("name"))
                        .or_else(|| node.attr("http-equiv"))
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    match key.as_str() {
                        "og:url" if og_url.is_none() => og_url = value("content"),
                        "og:locale" if og_locale.is_none() => og_locale = value("content"),
                        "og:title" if og_title.is_none() => og_title = value("content"),
                        "content-language" if content_lang.is_none() => {
                            content_lang = value("content")
                        }
                        "article:published_time"
                        | "date"
                        | "pubdate"
                        | "publishdate"
                        | "publish-date"
                        | "dc.date"
                        | "dc.date.issued"
                        | "dcterms.created"
                        | "sailthru.date"
                        | "parsely-pub-date"
                            if signals.date.is_none() =>
                        {
                            signals.date = value("content")
                        }
                        _ => {}
                    }
                }
                "title" if title.is_none() => {
                    let t = node.text().split_whitespace().collect::<Vec<_>>().join(" ");
                    title = (!t.is_empty()).then_some(t);
                }
                _ => {}
            }
        }
    }
    if signals.date.is_none() {
        // One selector query over the body: the first of these in document order.
        let found = doc.select("[itemprop=datePublished], time[datetime]");
        signals.date = found.nodes().iter().find_map(|n| {
            n.attr("content")
                .or_else(|| n.attr("datetime"))
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        });
    }
    signals.canonical = signals.canonical.or(og_url);
    lang = lang.or(content_lang).or(og_locale);
    signals.lang = lang.map(|l| l.replace('_', "-"));
    signals.title = og_title.or(title);
    signals
}

/// Elements whose content is never article text.
fn skipped_tag(name: &str) -> bool {
    matches!(
        name,
        "figure"
            | "figcaption"
            | "script"
            | "style"
            | "noscript"
            | "nav"
            | "aside"
            | "footer"
            | "button"
            | "form"
            | "svg"
            | "iframe"
            | "select"
            | "input"
            | "textarea"
            | "template"
            | "img"
            | "picture"
            | "video"
            | "audio"
            | "object"
            | "embed"
            | "time"
    )
}

/// Whether a block element starts a new paragraph, and of which kind.
fn block_kind(name: &str) -> Option<Option<BlockKind>> {
    Some(match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(BlockKind::Heading),
        "li" | "dt" | "dd" => Some(BlockKind::ListItem),
        "blockquote" => Some(BlockKind::Quote),
        "pre" => Some(BlockKind::Preformatted),
        "p" | "div" | "section" | "article" | "main" | "header" | "ul" | "ol" | "dl" | "table"
        | "tbody" | "thead" | "tr" | "td" | "th" | "br" | "hr" | "center" | "address"
        | "details" | "summary" | "caption" => None,
        _ => return None,
    })
}

/// Words of class and id names that mark page furniture. A class or id is split into words at
/// `-`, `_` and white space; a word matches when it starts with one of these.
const NOISE_WORDS: &[&str] = &[
    "caption",
    "credit",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscri",
    "signup",
    "related",
    "recommend",
    "promo",
    "advert",
    "sponsor",
    "byline",
    "author",
    "timestamp",
    "dateline",
    "breadcrumb",
    "cookie",
    "consent",
    "gallery",
    "slideshow",
    "toolbar",
    "popular",
    "trending",
    "mostread",
    "outbrain",
    "taboola",
    "disclaimer",
];

/// Class and id words that mark furniture only as a whole word (`ad` in `ad-slot`, not in `head`).
const NOISE_EXACT: &[&str] = &[
    "ad", "ads", "bio", "tags", "tag", "date", "meta", "hidden", "print", "photo", "image",
    "comment", "comments",
];

fn noisy_name(value: &str) -> bool {
    value
        .split(|c: char| c == '-' || c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .any(|w| {
            let w = w.to_ascii_lowercase();
            NOISE_EXACT.contains(&w.as_str()) || NOISE_WORDS.iter().any(|p| w.starts_with(p))
        })
}

/// A paragraph under construction.
struct Buf {
    text: String,
    link_bytes: usize,
}

struct Walker {
    out: Vec<Para>,
    buf: Buf,
    kinds: Vec<BlockKind>,
}

/// A paragraph with what the text rules need to know about it.
struct Para {
    kind: BlockKind,
    text: String,
    link_share: f32,
}

impl Walker {
    fn flush(&mut self) {
        let text = self.buf.text.trim();
        if !text.is_empty() {
            let kind = self.kinds.last().copied().unwrap_or(BlockKind::Paragraph);
            let link_share = self.buf.link_bytes as f32 / text.len().max(1) as f32;
            self.out.push(Para {
                kind,
                text: text.to_string(),
                link_share,
            });
        }
        self.buf.text.clear();
        self.buf.link_bytes = 0;
    }

    fn push_text(&mut self, s: &str, in_link: bool) {
        for (i, word) in s.split_whitespace().enumerate() {
            let space = (i > 0 || s.starts_with(char::is_whitespace)) && !self.buf.text.is_empty();
            if space && !self.buf.text.ends_with(' ') {
                self.buf.text.push(' ');
            }
            self.buf.text.push_str(word);
            if in_link {
                self.buf.link_bytes += word.len();
            }
        }
        if s.ends_with(char::is_whitespace)
            && !self.buf.text.is_empty()
            && !self.buf.text.ends_with(' ')
        {
            self.buf.text.push(' ');
        }
    }
}

/// The article the library found, as typed paragraphs. With `clean`, nutgraf's rules drop
/// furniture; without, every block of the library's article is kept.
/// Also returns the share of the kept text that is link text.
pub(crate) fn paragraphs(
    doc: &Document,
    clean: bool,
    title: Option<&str>,
    byline: Option<&str>,
) -> (Vec<Paragraph>, f32) {
    let root_sel = doc.select_single("#readability-page-1");
    let Some(root) = root_sel.nodes().first().copied() else {
        return (Vec::new(), 0.0);
    };
    let total_text = if clean { text_len(&root) } else { 0 };
    let mut w = Walker {
        out: Vec::new(),
        buf: Buf {
            text: String::new(),
            link_bytes: 0,
        },
        kinds: Vec::new(),
    };
    // Explicit stack of (node, entering, in_link); an exit event closes a block.
    enum Ev<'a> {
        Enter(NodeRef<'a>, bool),
        Exit(bool),
    }
    let mut stack = vec![Ev::Enter(root, false)];
    while let Some(ev) = stack.pop() {
        match ev {
            Ev::Exit(pushed_kind) => {
                w.flush();
                if pushed_kind {
                    w.kinds.pop();
                }
            }
            Ev::Enter(node, in_link) => {
                if node.is_text() {
                    w.push_text(&node.text(), in_link);
                    continue;
                }
                if !node.is_element() {
                    continue;
                }
                let Some(name) = node.qual_name_ref().map(|q| q.local.to_string()) else {
                    continue;
                };
                if clean && (skipped_tag(&name) || furniture(&node, total_text)) {
                    continue;
                }
                if name == "br" || name == "hr" {
                    w.flush();
                    continue;
                }
                let in_link = in_link || name == "a";
                if name == "td" || name == "th" {
                    w.push_text(" ", false);
                }
                if let Some(kind) = block_kind(&name) {
                    w.flush();
                    if let Some(k) = kind {
                        w.kinds.push(k);
                    }
                    stack.push(Ev::Exit(kind.is_some()));
                }
                let children: Vec<_> = node.children_it(true).collect();
                for child in children {
                    stack.push(Ev::Enter(child, in_link));
                }
            }
        }
    }
    w.flush();
    let paras = w.out;
    let (mut all, mut linked) = (0.0f32, 0.0f32);
    for p in &paras {
        all += p.text.len() as f32;
        linked += p.link_share * p.text.len() as f32;
    }
    let link_ratio = if all > 0.0 { linked / all } else { 0.0 };
    let out = if clean {
        text_rules(paras, title, byline)
    } else {
        paras
            .into_iter()
            .map(|p| Paragraph {
                kind: p.kind,
                text: p.text,
            })
            .collect()
    };
    (out, link_ratio)
}

/// Whether an element is page furniture by its class or id, and holds little of the article.
fn furniture(node: &NodeRef<'_>, total_text: usize) -> bool {
    let noisy = node.attr("class").is_some_and(|c| noisy_name(&c))
        || node.attr("id").is_some_and(|c| noisy_name(&c))
        || node.attr("role").is_some_and(|r| {
            matches!(
                &*r,
                "complementary" | "navigation" | "banner" | "contentinfo"
            )
        })
        || node.attr("aria-hidden").is_some_and(|v| &*v == "true")
        || node.has_attr("hidden");
    noisy && text_len(node) * 4 < total_text
}

fn text_len(node: &NodeRef<'_>) -> usize {
    node.descendants_it()
        .filter(|n| n.is_text())
        .map(|n| n.text().trim().len())
        .sum()
}

/// Text rules over the walked paragraphs.
fn text_rules(paras: Vec<Para>, title: Option<&str>, byline: Option<&str>) -> Vec<Paragraph> {
    let title_key = title.map(key);
    let byline_key = byline.map(key).filter(|k| !k.is_empty());
    let mut recent: Vec<String> = Vec::with_capacity(3);
    let mut out: Vec<Paragraph> = Vec::with_capacity(paras.len());
    let mut in_link_box = false;
    for p in paras {
        let k = key(&p.text);
        if k.is_empty() && !p.text.contains('_') {
            continue;
        }
        // A box of links under a "Related" / "More from" heading: the heading and the link
        // lines after it, up to the next paragraph of running text.
        if is_box_heading(&p.text) || (p.link_share > 0.4 && box_prefix(&p.text)) {
            in_link_box = true;
            continue;
        }
        if in_link_box && (p.link_share > 0.8 || p.kind == BlockKind::ListItem) {
            continue;
        }
        in_link_box = false;
        // A caption or pull quote printed twice comes right after its first copy; a
        // recipe's or a table's repeated labels come far apart and stay.
        if !k.is_empty() && recent.contains(&k) {
            continue;
        }
        if recent.len() == 3 {
            recent.remove(0);
        }
        recent.push(k.clone());
        if title_key.as_deref() == Some(k.as_str()) || byline_key.as_deref() == Some(k.as_str()) {
            continue;
        }
        if is_credit_or_counter(&p.text) || is_date_line(&p.text) {
            continue;
        }
        // A linked headline in capitals ("SEAN SPICER ELIMINATED FROM ..."): a promotion.
        if p.link_share > 0.9
            && word_count(&p.text) >= 3
            && is_upper(&p.text)
            && !ends_sentence(&p.text)
        {
            continue;
        }
        if is_copyright(&p.text) {
            continue;
        }
        out.push(Paragraph {
            kind: p.kind,
            text: p.text,
        });
    }
    out
}

/// Lowercased alphanumerics, single-spaced: the comparison key for repeated lines.
fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(['"', '\'', '”', '’', ')', '»']);
    s.ends_with(['.', '!', '?', '。', '！', '？', ':', '…'])
}

/// The heading of a box of links: "Related", "More from UK", "You may also like", ...
fn is_box_heading(s: &str) -> bool {
    let t = s.trim().trim_end_matches([':', '.', '…']);
    if word_count(t) > 6 || t.ends_with(['!', '?']) {
        return false;
    }
    let l = t.to_lowercase();
    const HEADS: &[&str] = &[
        "related",
        "related stories",
        "related articles",
        "related content",
        "related coverage",
        "related links",
        "related news",
        "more from",
        "more on",
        "more stories",
        "more news",
        "you may also like",
        "you might also like",
        "also read",
        "read more",
        "read also",
        "see also",
        "most read",
        "most popular",
        "recommended",
        "trending",
        "latest news",
        "top stories",
        "popular",
        "more",
        "latest",
        "subscribe",
        "sign up",
        "highlights",
    ];
    // One-word headings match whole ("Latest", not "Latest developments"); phrases may go on
    // ("More from UK").
    HEADS
        .iter()
        .any(|h| l == *h || (h.contains(' ') && l.starts_with(&format!("{h} "))))
}

/// "Related: <link>", "Read more: <link>": a pointer to another article.
fn box_prefix(s: &str) -> bool {
    let l = s.trim_start().to_lowercase();
    [
        "related:",
        "related article:",
        "related articles:",
        "related story:",
        "read more:",
        "read also:",
        "also read:",
        "see also:",
        "more:",
        "watch:",
        "recommended:",
    ]
    .iter()
    .any(|p| l.starts_with(p))
}

/// Whether every letter of `s` is upper case (and it has letters).
fn is_upper(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    letters > 0
}

/// A short copyright notice: "Copyright © 2019 Press TV. All rights reserved."
fn is_copyright(s: &str) -> bool {
    let l = s.trim_start().to_lowercase();
    word_count(s) <= 15
        && (l.starts_with("copyright") || l.starts_with('©') || l.starts_with("(c) "))
}

/// Photo credits, image counters and gallery controls: `Photo: Agency`, `Image 1 of 5`,
/// `(Image: © Agency)`, `Caption`, `Close`.
fn is_credit_or_counter(s: &str) -> bool {
    let t = s.trim().trim_start_matches(['(', '[']);
    let l = t.to_lowercase();
    if word_count(t) <= 12 {
        for p in [
            "photo:",
            "photos:",
            "image:",
            "images:",
            "picture:",
            "credit:",
            "photo credit",
            "image credit",
            "image copyright",
            "image caption",
            "foto:",
            "bild:",
            "source: getty",
        ] {
            if l.starts_with(p) {
                return true;
            }
        }
        if matches!(
            l.trim_end_matches(['.', '…', '!']).trim(),
            "caption"
                | "close"
                | "advertisement"
                | "advert"
                | "hide caption"
                | "toggle caption"
                | "share"
                | "enlarge this image"
                | "comments"
                | "loading"
                | "loading content"
                | "tell us what you think"
                | "print"
                | "email"
        ) {
            return true;
        }
    }
    // "Image 1 of 5", "1 of 4", "Image 1 of / 5"
    let words: Vec<&str> = l.split_whitespace().collect();
    let of = words.iter().position(|w| *w == "of");
    if let Some(i) = of {
        if (1..=2).contains(&i)
            && words.len() <= 5
            && words[i - 1].chars().all(|c| c.is_ascii_digit())
        {
            return true;
        }
    }
    false
}

/// English month names and their abbreviations, matched as whole words.
const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];

/// A short line that is only a date or time stamp ("Updated 12:24 am EST, Wednesday, November
/// 20, 2019", "November 20, 2019", "05/10/2018 - Published by: ...").
fn is_date_line(s: &str) -> bool {
    if word_count(s) > 14
        || ends_sentence(s)
            && !s.trim_end().ends_with(['m', 'M'])
            && s.trim_end().ends_with('.')
            && word_count(s) > 6
    {
        return false;
    }
    let l = s.to_lowercase();
    let has_year = l
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    let has_month = l
        .split(|c: char| !c.is_alphabetic())
        .any(|w| MONTHS.contains(&w));
    // A day of the month: a number of one or two digits (`20,`, `20th`, `1st`).
    let has_day = l.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (1..=2).contains(&digits.len())
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th")
    });
    let numeric_date = l.split_whitespace().any(|w| {
        let parts: Vec<&str> = w.split(['/', '.', '-']).collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
    });
    let stamp = [
        "updated",
        "published",
        "posted",
        "last modified",
        "publicado",
        "actualizado",
        "veröffentlicht",
        "aktualisiert",
        "mis à jour",
        "publié",
    ]
    .iter()
    .any(|w| l.contains(w));
    let full_date = has_year && has_month && has_day;
    (full_date && word_count(s) <= 8) || ((has_year && has_month || numeric_date) && stamp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noise_names() {
        assert!(noisy_name("article-share-bar"));
        assert!(noisy_name("ad"));
        assert!(noisy_name("related_links"));
        assert!(!noisy_name("article-body"));
        assert!(!noisy_name("header"));
        assert!(!noisy_name("lead"));
    }

    #[test]
    fn dates() {
        assert!(is_date_line(
            "Updated 12:24 am EST, Wednesday, November 20, 2019"
        ));
        assert!(is_date_line("November 20, 2019"));
        assert!(is_date_line("05/10/2018 - Publicado por: Ana"));
        assert!(!is_date_line(
            "The vote on November 20, 2019 was close, and the council said it would appeal."
        ));
        assert!(!is_date_line("Mayor resigns"));
        assert!(!is_date_line("Market outlook for 2020"));
        assert!(!is_date_line("What may happen in 2020"));
        assert!(is_date_line("Published November 20th, 2019 - 07:50 GMT"));
        assert!(is_date_line("Nov. 20, 2019"));
    }

    #[test]
    fn credits() {
        assert!(is_credit_or_counter("Photo: Meg Kinnard, AP"));
        assert!(is_credit_or_counter("Image 1 of / 5"));
        assert!(is_credit_or_counter("(Image: © TNG Collaboration)"));
        assert!(is_credit_or_counter("2 of 4"));
        assert!(!is_credit_or_counter("One of the largest banks said so."));
    }

    #[test]
    fn box_headings() {
        assert!(is_box_heading("More from UK"));
        assert!(is_box_heading("You may also like..."));
        assert!(is_box_heading("Related:"));
        assert!(is_box_heading("Related stories"));
        assert!(!is_box_heading("Latest developments"));
        assert!(!is_box_heading("More than 100 people died"));
        assert!(!is_box_heading(
            "Related questions remain about the deal, officials said."
        ));
    }
}
