//! The HTML page: the article with its summary and keyphrases marked, and a side panel.
//!
//! [`render_html`] writes one self-contained page (inline CSS, no scripts, nothing fetched)
//! for one or more analysed documents. It works from the input text and the byte spans of the
//! [`Report`]: nothing is searched for again in the text.

use std::fmt::{self, Write as _};

use crate::clean::RemovalReason;
use crate::pipeline::Report;

/// Renders one self-contained HTML page for documents given as `(name, input text, report)`,
/// where the report is what [`Pipeline::analyze`](crate::Pipeline::analyze) returned for that
/// text. Several documents give one page with a table of contents.
///
/// Per document the page shows the article in its paragraphs (the input's line breaks), the
/// summary sentences highlighted with their rank, every occurrence of the keyphrases marked
/// (from the report's occurrence spans), and the clean-up's removals greyed in place with their
/// reason; a side panel gives the language, the keyphrases with their scores, the summary as a
/// list and, when the document has a reference summary, the ROUGE scores of the summary against
/// it and the reference itself, then statistics.
///
/// The page has inline CSS only: no scripts (a Content-Security-Policy forbids them), fonts or
/// other resources, so it works offline and opens from disk. All text is HTML-escaped; text
/// blocks carry `dir="auto"` so right-to-left paragraphs display correctly. The output depends
/// only on the arguments (same input, same bytes).
///
/// Spans that do not fit the text (out of range, not on a character boundary, overlapping an
/// earlier sentence or removal) are skipped, never trusted: the function does not panic on any
/// report. Keyphrase occurrences are marked when they lie inside one sentence; where
/// occurrences of different keyphrases overlap, marks nest (the longer outside), and an
/// occurrence that would cross the end of an earlier mark is left unmarked, so the markup is
/// always well-formed. Identical spans of two keyphrases are marked once, for the better one.
/// Cost is linear in the size of the text and the reports, plus sorting the spans.
///
/// ```
/// let text = "Solar panels are cheap. Solar panels power homes.\nScroll down for video\nRooftop solar panels grow.";
/// let report = nutgraf::Pipeline::default().analyze(text)?;
/// let page = nutgraf::render_html(&[("solar.txt", text, &report)]);
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert!(page.contains(r#"<meta charset="utf-8">"#));
/// assert!(page.contains(r#"class="rm""#)); // the boilerplate line, greyed with its reason
/// assert!(!page.contains("<script"));
/// # Ok::<(), nutgraf::Error>(())
/// ```
pub fn render_html(docs: &[(&str, &str, &Report)]) -> String {
    let size: usize = docs.iter().map(|(_, text, _)| text.len()).sum();
    let mut out = String::with_capacity(STYLE.len() + 16 * 1024 + size + size / 2);
    // Writing to a String cannot fail.
    let _ = write_page(&mut out, docs);
    out
}

/// The keyphrase colours, by keyphrase rank modulo their number (Tableau 10, darkened where
/// needed so text underlined in them stays readable on white).
const COLOURS: &[&str] = &[
    "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#76b7b2", "#c9a227", "#ff6f91",
    "#9c755f", "#7f7f7f",
];

const STYLE: &str = r#"
:root{color-scheme:light;--ink:#1d1d1f;--muted:#6b6b70;--line:#e3e3e8;--sum:#fff1b8;--sum-edge:#f0c419;--panel:#f7f7f9}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",sans-serif}
.page{max-width:1200px;margin:0 auto;padding:24px 32px 64px}
.top{border-bottom:1px solid var(--line);padding-bottom:12px;margin-bottom:8px}
.top h1{font-size:22px;margin:0;letter-spacing:.01em}
.top p{margin:4px 0 0;color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;margin:10px 0 0;padding:0;list-style:none;color:var(--muted);font-size:13px}
.toc{margin:18px 0;padding:12px 18px;background:var(--panel);border:1px solid var(--line);border-radius:8px}
.toc h2{font-size:15px;margin:0 0 6px}
.toc ol{margin:0;padding-left:1.6em}
.toc a{color:#1a56a8;text-decoration:none}
.toc a:hover{text-decoration:underline}
.toc .meta{color:var(--muted);font-size:13px}
.doc{margin-top:28px;padding-top:8px}
.doc+.doc{border-top:2px solid var(--line)}
.doc>h2{font-size:19px;margin:0 0 14px;overflow-wrap:anywhere}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:36px;align-items:start}
@media (max-width:900px){.cols{grid-template-columns:minmax(0,1fr)}}
.text{font:18px/1.65 Georgia,"Noto Serif","Liberation Serif","Times New Roman",serif;overflow-wrap:break-word}
.text p{margin:0 0 .9em;text-align:start}
.text p.empty{color:var(--muted);font-style:italic}
.s.sum{background:var(--sum);box-shadow:0 0 0 2px var(--sum);border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.rank{display:inline-block;min-width:1.45em;margin:0 .3em 0 .1em;padding:0 .3em;border-radius:.7em;background:var(--sum-edge);color:#3a2c00;font:700 12px/1.45em system-ui,sans-serif;text-align:center;vertical-align:.15em}
mark.kp{background:transparent;color:inherit;border-bottom:2px solid var(--c);padding-bottom:2px}
mark.kp mark.kp{padding-bottom:0}
.rm{color:#9a9aa0;text-decoration:line-through;text-decoration-color:#c8c8cc}
.why{display:inline-block;margin:0 .35em;padding:0 .45em;border:1px solid #d6d6db;border-radius:.6em;color:#8a8a90;font:500 11px/1.5 system-ui,sans-serif;text-decoration:none;vertical-align:.2em;white-space:nowrap}
p.removed{margin:.2em 0 .7em;font-size:15px;line-height:1.45}
.refsec{color:#8a8a90;font-style:italic}
p.refpara{font-size:15px;line-height:1.5;border-left:3px solid var(--line);padding-left:10px}
.gap{color:var(--muted)}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:4px 18px 14px;font-size:14px}
.panel h3{font-size:12px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:16px 0 6px}
.panel ol{margin:0;padding:0;list-style:none}
.kws li{display:flex;align-items:baseline;gap:8px;padding:2px 0;border-bottom:1px dotted var(--line)}
.kw{min-width:0;overflow-wrap:anywhere;border-bottom:2px solid var(--c)}
.kn{color:var(--muted);font-size:12px;width:1.6em;text-align:right;flex:none}
.num{margin-left:auto;padding-left:6px;font-variant-numeric:tabular-nums;color:var(--muted);font-size:12px;white-space:nowrap}
.sumlist li{margin:0 0 8px;line-height:1.45}
.sumlist a{color:inherit;text-decoration:none}
.sumlist a:hover{text-decoration:underline}
.lang b{font-size:16px}
code{font:12px/1.4 ui-monospace,"DejaVu Sans Mono",monospace;background:#ececf0;border-radius:3px;padding:0 .3em}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:2px 4px;text-align:right;border-bottom:1px solid var(--line)}
th:first-child,td:first-child{text-align:left}
thead th{color:var(--muted);font-weight:600;font-size:12px}
.stats td:first-child{color:var(--muted)}
.ref p{margin:0 0 .6em;font-style:italic;line-height:1.5}
.none{color:var(--muted);font-style:italic}
"#;

fn write_page(out: &mut String, docs: &[(&str, &str, &Report)]) -> fmt::Result {
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>nutgraf: ");
    match docs {
        [(name, _, _)] => escape(out, name),
        _ => write!(out, "{} documents", docs.len())?,
    }
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<div class=\"page\">\n");
    out.push_str("<header class=\"top\">\n<h1>nutgraf</h1>\n");
    writeln!(
        out,
        "<p>What is this article about? {} document{}: the summary sentences are highlighted \
         with their rank, keyphrases underlined in their colour, and what the clean-up set aside \
         is greyed with its reason.</p>",
        docs.len(),
        if docs.len() == 1 { "" } else { "s" }
    )?;
    out.push_str(
        "<ul class=\"legend\"><li><span class=\"s sum\"><span class=\"rank\">1</span>summary \
         sentence, by rank</span></li><li><span class=\"kw\" style=\"--c:#4e79a7\">keyphrase\
         </span></li><li><span class=\"rm\">removed</span><span class=\"why\">reason</span>\
         </li></ul>\n</header>\n",
    );
    if docs.len() > 1 {
        write_toc(out, docs)?;
    }
    out.push_str("<main>\n");
    for (i, (name, text, report)) in docs.iter().enumerate() {
        write_doc(out, i + 1, name, text, report)?;
    }
    out.push_str("</main>\n</div>\n</body>\n</html>\n");
    Ok(())
}

fn write_toc(out: &mut String, docs: &[(&str, &str, &Report)]) -> fmt::Result {
    out.push_str("<nav class=\"toc\">\n<h2>Contents</h2>\n<ol>\n");
    for (i, (name, _, report)) in docs.iter().enumerate() {
        write!(out, "<li><a href=\"#doc-{}\" dir=\"auto\">", i + 1)?;
        escape(out, name);
        out.push_str("</a> <span class=\"meta\">");
        if let Some(l) = &report.language {
            escape(out, &l.name);
            out.push_str(" · ");
        }
        write!(
            out,
            "{} sentences, {} in the summary",
            report.sentences.len(),
            report.summary.len()
        )?;
        if let Some(r) = &report.rouge {
            write!(out, ", ROUGE-1 F1 {:.3}", r.rouge1.f1)?;
        }
        out.push_str("</span></li>\n");
    }
    out.push_str("</ol>\n</nav>\n");
    Ok(())
}

fn write_doc(out: &mut String, n: usize, name: &str, text: &str, r: &Report) -> fmt::Result {
    write!(
        out,
        "<section class=\"doc\" id=\"doc-{n}\">\n<h2 dir=\"auto\">"
    )?;
    escape(out, name);
    out.push_str("</h2>\n");
    if let Some(a) = &r.article {
        write_article_meta(out, a);
    }
    out.push_str("<div class=\"cols\">\n<article class=\"text\"");
    // The language of the text (browsers pick fonts by it); "" (unknown) rather than the
    // page's English when detection is unsure.
    let tag = r
        .language
        .as_ref()
        .filter(|l| l.reliable)
        .and_then(|l| html_lang(&l.code))
        .unwrap_or("");
    write!(out, " lang=\"{tag}\"")?;
    out.push_str(">\n");
    write_article(out, n, text, r)?;
    out.push_str("</article>\n");
    write_panel(out, n, r)?;
    out.push_str("</div>\n</section>\n");
    Ok(())
}

/// What a piece of the article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// A sentence: its position in `Report::sentences`.
    Sentence(usize),
    /// A removal: its position in `Report::removals`.
    Removal(usize),
}

/// A span of the article to render, checked against the text.
#[derive(Clone, Copy, Debug)]
struct Item {
    start: usize,
    end: usize,
    kind: Kind,
}

/// A keyphrase mark: a span and the keyphrase's position in `Report::keywords`.
#[derive(Clone, Copy, Debug)]
struct Mark {
    start: usize,
    end: usize,
    k: usize,
}

/// Whether `start..end` is a non-inverted span of `text` on character boundaries.
fn fits(text: &str, start: usize, end: usize) -> bool {
    start <= end && text.get(start..end).is_some()
}

/// The sentences and removals in text order, without any span that does not fit the text or
/// overlaps an earlier one.
fn items(text: &str, r: &Report) -> Vec<Item> {
    let mut all: Vec<Item> = r
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| Item {
            start: s.start,
            end: s.end,
            kind: Kind::Sentence(i),
        })
        .chain(r.removals.iter().enumerate().map(|(i, m)| Item {
            start: m.start,
            end: m.end,
            kind: Kind::Removal(i),
        }))
        .filter(|it| it.start < it.end && fits(text, it.start, it.end))
        .collect();
    all.sort_by_key(|it| (it.start, it.end, it.kind));
    let mut kept: Vec<Item> = Vec::with_capacity(all.len());
    let mut cursor = 0;
    for it in all {
        if it.start >= cursor {
            cursor = it.end;
            kept.push(it);
        }
    }
    kept
}

/// The keyphrase marks of each kept sentence (keyed by the item's position in `items`), in
/// text order and properly nested (see [`render_html`]).
fn marks(text: &str, r: &Report, items: &[Item]) -> Vec<Vec<Mark>> {
    let mut all: Vec<Mark> = Vec::new();
    for (k, kw) in r.keywords.iter().enumerate() {
        for o in &kw.occurrences {
            if o.start < o.end && fits(text, o.start, o.end) {
                all.push(Mark {
                    start: o.start,
                    end: o.end,
                    k,
                });
            }
        }
    }
    // Text order; at one start the longer first (so it contains the shorter), then the
    // better keyphrase.
    all.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), m.k));
    all.dedup_by_key(|m| (m.start, m.end));
    let mut per_item: Vec<Vec<Mark>> = vec![Vec::new(); items.len()];
    for m in all {
        // The last item starting at or before the mark; it must be a sentence holding it.
        let at = items.partition_point(|it| it.start <= m.start);
        let Some(i) = at.checked_sub(1) else {
            continue;
        };
        let Some(item) = items.get(i) else {
            continue;
        };
        if !matches!(item.kind, Kind::Sentence(_)) || m.end > item.end {
            continue;
        }
        if let Some(list) = per_item.get_mut(i) {
            list.push(m);
        }
    }
    for list in &mut per_item {
        // Keep a laminar family: drop a mark that crosses the end of an open one.
        let mut open: Vec<usize> = Vec::new();
        list.retain(|m| {
            while open.last().is_some_and(|&end| end <= m.start) {
                open.pop();
            }
            if open.last().is_some_and(|&end| m.end > end) {
                return false;
            }
            open.push(m.end);
            true
        });
    }
    per_item
}

/// One paragraph of the rendered article.
#[derive(Default)]
struct Para {
    html: String,
    /// Whether it holds a sentence or article text, a removal, reference text.
    text: bool,
    removed: bool,
    reference: bool,
}

impl Para {
    fn class(&self) -> &'static str {
        if self.text {
            ""
        } else if self.reference {
            " class=\"refpara\""
        } else if self.removed {
            " class=\"removed\""
        } else {
            ""
        }
    }
}

fn write_article(out: &mut String, n: usize, text: &str, r: &Report) -> fmt::Result {
    let items = items(text, r);
    let marks = marks(text, r, &items);
    // Summary rank by sentence position.
    let mut rank: Vec<Option<usize>> = vec![None; r.sentences.len()];
    for s in &r.summary {
        if let Some(slot) = rank.get_mut(s.index) {
            if slot.is_none_or(|old| s.rank < old) {
                *slot = Some(s.rank);
            }
        }
    }
    let mut paras: Vec<Para> = Vec::new();
    let mut para = Para::default();
    let mut cursor = 0;
    let mut in_reference = false;
    for (i, it) in items.iter().enumerate() {
        gap(
            &mut paras,
            &mut para,
            text.get(cursor..it.start).unwrap_or(""),
            in_reference,
        );
        match it.kind {
            Kind::Sentence(s) => {
                para.text = true;
                let h = &mut para.html;
                match rank.get(s).copied().flatten() {
                    Some(rk) => write!(
                        h,
                        "<span class=\"s sum\" id=\"d{n}-s{s}\"><span class=\"rank\" \
                         title=\"summary sentence, rank {rk}\">{rk}</span>"
                    )?,
                    None => write!(h, "<span class=\"s\" id=\"d{n}-s{s}\">")?,
                }
                let ms = marks.get(i).map_or(&[][..], Vec::as_slice);
                marked(h, text, it.start, it.end, ms, &r.keywords)?;
                h.push_str("</span>");
            }
            Kind::Removal(m) => {
                para.removed = true;
                let reason = r
                    .removals
                    .get(m)
                    .map_or(RemovalReason::Boilerplate, |x| x.reason);
                if reason == RemovalReason::ReferenceMarker {
                    in_reference = true;
                }
                let h = &mut para.html;
                write!(
                    h,
                    "<span class=\"rm\" title=\"removed by the clean-up: {0}\">",
                    reason.as_str()
                )?;
                escape(h, text.get(it.start..it.end).unwrap_or(""));
                write!(h, "</span><span class=\"why\">{}</span>", reason.as_str())?;
            }
        }
        cursor = it.end;
    }
    gap(
        &mut paras,
        &mut para,
        text.get(cursor..).unwrap_or(""),
        in_reference,
    );
    end_para(&mut paras, &mut para);
    if paras.is_empty() {
        out.push_str("<p class=\"empty\">No article text.</p>\n");
    }
    for p in &paras {
        write!(out, "<p dir=\"auto\"{}>", p.class())?;
        out.push_str(p.html.trim_end());
        out.push_str("</p>\n");
    }
    Ok(())
}

/// Adds text between items: line breaks end paragraphs; other text is shown as it is (in the
/// reference section, styled as such).
fn gap(paras: &mut Vec<Para>, para: &mut Para, between: &str, in_reference: bool) {
    for (j, line) in between.split('\n').enumerate() {
        if j > 0 {
            end_para(paras, para);
        }
        if line.trim().is_empty() {
            if !line.is_empty() && !para.html.is_empty() && !para.html.ends_with(' ') {
                para.html.push(' ');
            }
            continue;
        }
        // Keep the white space around the text as one space.
        if line.starts_with(char::is_whitespace) && !para.html.is_empty() {
            para.html.push(' ');
        }
        if in_reference {
            para.reference = true;
            para.html
                .push_str("<span class=\"refsec\" title=\"the reference summary\">");
        } else {
            para.text = true;
            para.html.push_str("<span class=\"gap\">");
        }
        escape(&mut para.html, line.trim());
        para.html.push_str("</span>");
        if line.ends_with(char::is_whitespace) {
            para.html.push(' ');
        }
    }
}

fn end_para(paras: &mut Vec<Para>, para: &mut Para) {
    let done = std::mem::take(para);
    if !done.html.trim().is_empty() {
        paras.push(done);
    }
}

/// Writes `text[start..end]` with the keyphrase marks (properly nested, inside the span).
fn marked(
    h: &mut String,
    text: &str,
    start: usize,
    end: usize,
    marks: &[Mark],
    keywords: &[crate::pipeline::KeywordOut],
) -> fmt::Result {
    let mut cursor = start;
    let mut open: Vec<usize> = Vec::new();
    for m in marks {
        while let Some(&e) = open.last() {
            if e > m.start {
                break;
            }
            escape(h, text.get(cursor..e).unwrap_or(""));
            h.push_str("</mark>");
            cursor = e;
            open.pop();
        }
        escape(h, text.get(cursor..m.start).unwrap_or(""));
        let score = keywords.get(m.k).map_or(0.0, |k| k.score);
        write!(
            h,
            "<mark class=\"kp\" data-k=\"{0}\" style=\"--c:{1}\" title=\"keyphrase {0} ({2:.4})\">",
            m.k + 1,
            colour(m.k),
            score
        )?;
        cursor = m.start;
        open.push(m.end);
    }
    while let Some(e) = open.pop() {
        escape(h, text.get(cursor..e).unwrap_or(""));
        h.push_str("</mark>");
        cursor = e;
    }
    escape(h, text.get(cursor..end).unwrap_or(""));
    Ok(())
}

fn colour(k: usize) -> &'static str {
    COLOURS.get(k % COLOURS.len()).copied().unwrap_or("#7f7f7f")
}

/// The headline, byline, date and link of a web page's article.
fn write_article_meta(out: &mut String, a: &crate::pipeline::ArticleOut) {
    out.push_str("<header class=\"article-meta\">\n");
    if let Some(title) = &a.title {
        out.push_str("<p class=\"headline\" dir=\"auto\"><b>");
        escape(out, title);
        out.push_str("</b></p>\n");
    }
    let mut parts: Vec<(&str, &str)> = Vec::new();
    if let Some(b) = &a.byline {
        parts.push(("byline", b));
    }
    if let Some(d) = &a.date {
        parts.push(("date", d));
    }
    if !parts.is_empty() || a.url.is_some() {
        out.push_str("<p class=\"byline\">");
        for (i, (class, value)) in parts.iter().enumerate() {
            if i > 0 {
                out.push_str(" · ");
            }
            out.push_str("<span class=\"");
            out.push_str(class);
            out.push_str("\">");
            escape(out, value);
            out.push_str("</span>");
        }
        // Only web links become links (never `javascript:` or `data:`).
        if let Some(url) = a
            .url
            .as_deref()
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        {
            if !parts.is_empty() {
                out.push_str(" · ");
            }
            out.push_str("<a class=\"source\" rel=\"noopener noreferrer\" href=\"");
            escape(out, url);
            out.push_str("\">");
            escape(out, url);
            out.push_str("</a>");
        }
        out.push_str("</p>\n");
    }
    if let Some(reason) = &a.empty {
        out.push_str("<p class=\"none\">");
        escape(out, reason);
        out.push_str("</p>\n");
    }
    out.push_str("</header>\n");
}

fn write_panel(out: &mut String, n: usize, r: &Report) -> fmt::Result {
    out.push_str("<aside class=\"panel\">\n<h3>Language</h3>\n");
    match &r.language {
        Some(l) => {
            out.push_str("<p class=\"lang\"><b>");
            escape(out, &l.name);
            out.push_str("</b> <code>");
            escape(out, &l.code);
            out.push_str("</code>");
            if let Some(script) = &l.script {
                out.push_str(" · ");
                escape(out, script);
            }
            write!(out, "<br>confidence {:.2}", l.confidence)?;
            out.push_str(if l.given {
                ", given"
            } else if l.reliable {
                ", reliable"
            } else {
                ", not reliable"
            });
            out.push_str("</p>\n");
        }
        None => out.push_str("<p class=\"none\">none detected</p>\n"),
    }

    out.push_str("<h3>Keyphrases</h3>\n");
    if r.keywords.is_empty() {
        out.push_str("<p class=\"none\">none</p>\n");
    } else {
        out.push_str("<ol class=\"kws\">\n");
        for (k, kw) in r.keywords.iter().enumerate() {
            write!(
                out,
                "<li><span class=\"kn\">{}</span><span class=\"kw\" dir=\"auto\" style=\"--c:{}\">",
                k + 1,
                colour(k)
            )?;
            escape(out, &kw.text);
            writeln!(
                out,
                "</span><span class=\"num\">{:.4} ×{}</span></li>",
                kw.score,
                kw.occurrences.len()
            )?;
        }
        out.push_str("</ol>\n");
    }

    out.push_str("<h3>Summary</h3>\n");
    if r.summary.is_empty() {
        out.push_str("<p class=\"none\">none</p>\n");
    } else {
        out.push_str("<ol class=\"sumlist\">\n");
        for s in &r.summary {
            write!(
                out,
                "<li dir=\"auto\"><a href=\"#d{n}-s{0}\" title=\"sentence {0}, score {1:.4}\"><span class=\"rank\">{2}</span>",
                s.index, s.score, s.rank
            )?;
            escape(out, &s.text);
            out.push_str("</a></li>\n");
        }
        out.push_str("</ol>\n");
    }

    if let Some(rouge) = &r.rouge {
        out.push_str(
            "<h3>ROUGE of the summary</h3>\n<table class=\"rouge\">\n<thead><tr><th></th>\
             <th>precision</th><th>recall</th><th>F1</th></tr></thead>\n<tbody>\n",
        );
        for (label, score) in [
            ("ROUGE-1", &rouge.rouge1),
            ("ROUGE-2", &rouge.rouge2),
            ("ROUGE-L", &rouge.rouge_l),
            ("ROUGE-Lsum", &rouge.rouge_lsum),
        ] {
            writeln!(
                out,
                "<tr><th>{label}</th><td>{:.4}</td><td>{:.4}</td><td>{:.4}</td></tr>",
                score.precision, score.recall, score.f1
            )?;
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if let Some(reference) = &r.reference {
        out.push_str("<h3>Reference summary</h3>\n<div class=\"ref\">\n");
        for line in reference.lines().map(str::trim).filter(|l| !l.is_empty()) {
            out.push_str("<p dir=\"auto\">");
            escape(out, line);
            out.push_str("</p>\n");
        }
        out.push_str("</div>\n");
    }
    let s = &r.stats;
    out.push_str("<h3>Statistics</h3>\n<table class=\"stats\">\n");
    for (label, value) in [
        ("bytes", s.bytes),
        ("characters", s.chars),
        ("paragraphs", s.paragraphs),
        ("sentences", s.sentences),
        ("words", s.words),
        ("distinct stems", s.distinct_stems),
        ("removed by the clean-up", s.removed),
        ("summary sentences", r.summary.len()),
        ("reference words", s.reference_words),
    ] {
        writeln!(out, "<tr><td>{label}</td><td>{value}</td></tr>")?;
    }
    out.push_str("</table>\n");

    out.push_str("</aside>\n");
    Ok(())
}

/// Appends `s` HTML-escaped (for text and for quoted attribute values). NUL and other C0
/// controls, which HTML does not allow, show as U+FFFD.
fn escape(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(at) = rest.find(|c: char| {
        matches!(c, '&' | '<' | '>' | '"' | '\'')
            || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    }) {
        out.push_str(&rest[..at]);
        let c = rest[at..].chars().next().unwrap_or('\u{FFFD}');
        out.push_str(match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => "\u{FFFD}",
        });
        rest = &rest[at + c.len_utf8()..];
    }
    out.push_str(rest);
}

/// ISO 639-3 codes and their two-letter ISO 639-1 equivalents, sorted by the first.
#[rustfmt::skip]
const TWO: &[(&str, &str)] = &[
    ("afr", "af"), ("aka", "ak"), ("amh", "am"), ("ara", "ar"), ("aze", "az"),
    ("bel", "be"), ("ben", "bn"), ("bos", "bs"), ("bul", "bg"), ("cat", "ca"),
    ("ces", "cs"), ("cmn", "zh"), ("cym", "cy"), ("dan", "da"), ("deu", "de"),
    ("ell", "el"), ("eng", "en"), ("epo", "eo"), ("est", "et"), ("eus", "eu"),
    ("fas", "fa"), ("fin", "fi"), ("fra", "fr"), ("gle", "ga"), ("glg", "gl"),
    ("guj", "gu"), ("hau", "ha"), ("heb", "he"), ("hin", "hi"), ("hrv", "hr"),
    ("hun", "hu"), ("hye", "hy"), ("ibo", "ig"), ("ind", "id"), ("isl", "is"),
    ("ita", "it"), ("jav", "jv"), ("jpn", "ja"), ("kan", "kn"), ("kat", "ka"),
    ("kaz", "kk"), ("khm", "km"), ("kir", "ky"), ("kor", "ko"), ("lat", "la"),
    ("lav", "lv"), ("lit", "lt"), ("ltz", "lb"), ("mal", "ml"), ("mar", "mr"),
    ("mkd", "mk"), ("mlt", "mt"), ("mon", "mn"), ("msa", "ms"), ("mya", "my"),
    ("nep", "ne"), ("nld", "nl"), ("nno", "nn"), ("nob", "nb"), ("nor", "no"),
    ("ori", "or"), ("pan", "pa"), ("pes", "fa"), ("pol", "pl"), ("por", "pt"),
    ("pus", "ps"), ("ron", "ro"), ("rus", "ru"), ("sin", "si"), ("slk", "sk"),
    ("slv", "sl"), ("sna", "sn"), ("som", "so"), ("spa", "es"), ("sqi", "sq"),
    ("srp", "sr"), ("swa", "sw"), ("swe", "sv"), ("tam", "ta"), ("tel", "te"),
    ("tgk", "tg"), ("tgl", "tl"), ("tha", "th"), ("tuk", "tk"), ("tur", "tr"),
    ("ukr", "uk"), ("urd", "ur"), ("uzb", "uz"), ("vie", "vi"), ("xho", "xh"),
    ("yid", "yi"), ("yor", "yo"), ("zho", "zh"), ("zul", "zu"),
];

/// The BCP 47 tag for an ISO 639-3 code: the two-letter code where one exists (browsers
/// choose fonts by it: `zh`, `ja`, `ko`), else the code itself when it is three letters.
fn html_lang(code: &str) -> Option<&str> {
    if let Ok(i) = TWO.binary_search_by(|(three, _)| (*three).cmp(code)) {
        return TWO.get(i).map(|(_, two)| *two);
    }
    (code.len() == 3 && code.bytes().all(|b| b.is_ascii_lowercase())).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        let mut s = String::new();
        escape(&mut s, "<a href=\"x\">'&'</a>\0");
        assert_eq!(
            s,
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\u{FFFD}"
        );
    }

    #[test]
    fn language_tags() {
        assert_eq!(html_lang("cmn"), Some("zh"));
        assert_eq!(html_lang("eng"), Some("en"));
        assert_eq!(html_lang("yue"), Some("yue"));
        assert_eq!(html_lang("x\"y"), None);
    }

    #[test]
    fn language_table_is_sorted_for_binary_search() {
        assert!(TWO.windows(2).all(|w| w[0].0 < w[1].0));
        for (three, two) in TWO {
            assert_eq!(html_lang(three), Some(*two));
        }
    }
}
