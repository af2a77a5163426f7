//! The HTML page (`cargo xtask summarize --format html`): the seed's page pinned byte for byte,
//! and the promises of `nutgraf::render_html` checked on hostile, right-to-left, CJK, empty
//! and multi-document input. Review snapshot changes with `cargo insta review`.

use nutgraf::{KeywordOut, Pipeline, Report, Span, render_html};
use nutgraf_tests::seeds;

/// A start or end tag of the page: (is end tag, name, attributes).
type Tag = (bool, String, Vec<(String, String)>);

/// The elements the page may contain; anything else was injected.
const ALLOWED: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "div", "header", "h1", "h2", "h3", "p", "ul",
    "ol", "li", "span", "nav", "a", "main", "section", "article", "aside", "b", "code", "br",
    "mark", "table", "thead", "tbody", "tr", "th", "td",
];
const VOID: &[&str] = &["meta", "br"];

/// Reads the page's tags, checking on the way that it is well-formed: every `<` opens a tag
/// of an allowed element, no attribute is an event handler, elements nest properly. Returns
/// the tags and the text between them (entities decoded), per element path.
fn tags_and_text(page: &str) -> (Vec<Tag>, String) {
    let mut tags = Vec::new();
    let mut text = String::new();
    let mut open: Vec<String> = Vec::new();
    let body = page
        .strip_prefix("<!DOCTYPE html>\n")
        .expect("the page starts with a doctype");
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        text.push_str(&unescape(&rest[..lt]));
        rest = &rest[lt + 1..];
        let gt = rest.find('>').expect("a tag is closed");
        let inner = &rest[..gt];
        rest = &rest[gt + 1..];
        let (end, inner) = match inner.strip_prefix('/') {
            Some(i) => (true, i),
            None => (false, inner),
        };
        let name: String = inner
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            ALLOWED.contains(&name.as_str()),
            "unexpected element <{inner}>"
        );
        let attrs = attributes(&inner[name.len()..]);
        for (a, _) in &attrs {
            assert!(!a.starts_with("on"), "event handler attribute {a}");
            assert!(
                a.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "odd attribute name {a:?} in <{inner}>"
            );
        }
        if end {
            assert_eq!(open.pop().as_deref(), Some(name.as_str()), "</{name}>");
        } else if name == "style" {
            let close = rest.find("</style>").expect("style is closed");
            rest = &rest[close + "</style>".len()..];
        } else if !VOID.contains(&name.as_str()) {
            open.push(name.clone());
        }
        tags.push((end, name, attrs));
    }
    assert!(rest.trim().is_empty(), "text after </html>");
    assert!(open.is_empty(), "unclosed elements {open:?}");
    (tags, text)
}

/// The attributes of a start tag (after its name); values must be double-quoted.
fn attributes(mut s: &str) -> Vec<(String, String)> {
    let mut attrs = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return attrs;
        }
        let eq = s.find('=').expect("attribute has a value");
        let name = s[..eq].to_string();
        let value = s[eq + 1..]
            .strip_prefix('"')
            .expect("attribute value is double-quoted");
        let close = value.find('"').expect("attribute value is closed");
        assert!(
            !value[..close].contains(['<', '>']),
            "raw < or > in an attribute"
        );
        attrs.push((name, unescape(&value[..close])));
        s = &value[close + 1..];
    }
}

fn unescape(s: &str) -> String {
    assert!(!s.contains('>'), "raw > in text: {s:?}");
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn count_tags(tags: &[Tag], name: &str, class: &str) -> usize {
    tags.iter()
        .filter(|(end, n, attrs)| {
            !end && n == name
                && attrs
                    .iter()
                    .any(|(a, v)| a == "class" && v.split(' ').any(|c| c == class))
        })
        .count()
}

/// The seed's page, byte for byte what `cargo xtask summarize --format html` prints.
#[test]
fn seed_html_page() {
    let seeds = seeds();
    let reports: Vec<(String, &str, Report)> = seeds
        .iter()
        .map(|(file, text)| {
            let report = Pipeline::default().analyze(text).expect("seed analyses");
            (format!("seeds/{file}"), text.as_str(), report)
        })
        .collect();
    let docs: Vec<(&str, &str, &Report)> = reports
        .iter()
        .map(|(n, t, r)| (n.as_str(), *t, r))
        .collect();
    let page = render_html(&docs);
    insta::assert_snapshot!("page", page);
}

#[test]
fn seed_page_marks_the_summary_keyphrases_and_removals() {
    for (file, text) in seeds() {
        let report = Pipeline::default().analyze(&text).expect("seed analyses");
        let page = render_html(&[(file.as_str(), text.as_str(), &report)]);
        let (tags, shown) = tags_and_text(&page);
        assert!(!report.summary.is_empty() && !report.keywords.is_empty());
        // Legend aside, one highlighted span per summary sentence.
        let highlighted: Vec<&Tag> = tags
            .iter()
            .filter(|(end, n, attrs)| {
                !end && n == "span"
                    && attrs.iter().any(|(a, v)| a == "class" && v == "s sum")
                    && attrs.iter().any(|(a, _)| a == "id")
            })
            .collect();
        assert_eq!(highlighted.len(), report.summary.len());
        for s in &report.summary {
            let id = format!("d1-s{}", s.index);
            assert!(
                highlighted
                    .iter()
                    .any(|(_, _, attrs)| attrs.iter().any(|(a, v)| a == "id" && *v == id))
            );
        }
        // Every occurrence inside a sentence is marked, except one with the same span as a
        // better keyphrase's and one crossing the end of an earlier mark.
        let mut occurrences: Vec<(usize, std::cmp::Reverse<usize>, usize)> = Vec::new();
        for (k, kw) in report.keywords.iter().enumerate() {
            for o in &kw.occurrences {
                if report
                    .sentences
                    .iter()
                    .any(|s| s.start <= o.start && o.end <= s.end)
                {
                    occurrences.push((o.start, std::cmp::Reverse(o.end), k));
                }
            }
        }
        occurrences.sort();
        occurrences.dedup_by_key(|o| (o.0, o.1));
        let mut kept: Vec<(usize, usize)> = Vec::new();
        for (s, std::cmp::Reverse(e), _) in occurrences {
            if !kept.iter().any(|&(ps, pe)| ps < s && s < pe && pe < e) {
                kept.push((s, e));
            }
        }
        assert!(!kept.is_empty());
        assert_eq!(count_tags(&tags, "mark", "kp"), kept.len());
        for r in &report.removals {
            assert!(shown.contains(&r.text), "removed text shown in place");
            assert!(shown.contains(r.reason.as_str()), "with its reason");
        }
        let reference = report.reference.as_deref().expect("the seed has one");
        let first = reference.lines().next().expect("a line").trim();
        assert!(shown.contains(first));
        let rouge = report.rouge.as_ref().expect("ROUGE against the reference");
        assert!(page.contains(&format!("{:.4}", rouge.rouge1.f1)));
        assert!(shown.contains("ROUGE-Lsum"));
        for k in &report.keywords {
            assert!(page.contains(&format!("{:.4} ×{}", k.score, k.occurrences.len())));
        }
    }
}

/// Text that would break out of its element or inject markup, everywhere text reaches the
/// page: the document, its name, and every string field of the report.
#[test]
fn hostile_text_is_escaped_everywhere() {
    let text = "Officials said <script>alert('x')</script> was found. \
                The </div></article></main> tag \"closed\" nothing.\n\
                Scroll down for video\n\
                A quote \" and ' and & and <!-- a comment --> and <img src=x onerror=alert(1)>.\n\
                Editor's P/S:\n</aside><script>alert(2)</script>";
    let mut report = Pipeline::default().analyze(text).expect("analyses");
    assert!(report.reference.is_some());
    report.keywords.push(KeywordOut {
        text: "<b onmouseover=\"x\">bold</b>".to_string(),
        score: 1.0,
        occurrences: vec![],
    });
    if let Some(l) = report.language.as_mut() {
        l.name = "</p><script>".to_string();
        l.code = "\"><x".to_string();
    }
    if let Some(s) = report.summary.first_mut() {
        s.text = "<script>in the summary</script>".to_string();
    }
    let name = "<script>name</script>\"'.txt";
    let page = render_html(&[(name, text, &report), ("second & <last>", "", &report)]);
    let (tags, shown) = tags_and_text(&page);
    assert!(!page.to_ascii_lowercase().contains("<script"));
    assert!(!page.contains("<img"));
    assert!(!page.contains("<!-- a"));
    assert!(tags.iter().all(|(_, n, _)| n != "script" && n != "img"));
    for literal in [
        "<script>alert('x')</script>",
        "</div></article></main>",
        "<img src=x onerror=alert(1)>",
        "<!-- a comment -->",
        "<script>alert(2)</script>",
        "<b onmouseover=\"x\">bold</b>",
        "</p><script>",
        "\"><x",
        "<script>in the summary</script>",
        "<script>name</script>\"'.txt",
        "second & <last>",
    ] {
        assert!(shown.contains(literal), "{literal:?} is shown as text");
    }
    // A code that is not a language subtag never reaches the lang attribute.
    assert!(
        tags.iter()
            .flat_map(|(_, _, a)| a)
            .filter(|(a, _)| a == "lang")
            .all(|(_, v)| v.chars().all(|c| c.is_ascii_lowercase()))
    );
}

/// Spans from a report built by hand may cross, repeat, point outside the text or inside a
/// character: the page stays well-formed and marks only what fits.
#[test]
fn overlapping_and_bad_spans_nest_or_are_left_out() {
    let text = "Alpha beta gamma délta. Second one here.";
    let mut report = Pipeline::default().analyze(text).expect("analyses");
    assert_eq!(report.sentences.len(), 2);
    let kw = |t: &str, spans: &[(usize, usize)]| KeywordOut {
        text: t.to_string(),
        score: 0.5,
        occurrences: spans
            .iter()
            .map(|&(start, end)| Span { start, end })
            .collect(),
    };
    report.keywords = vec![
        kw("Alpha beta", &[(0, 10)]),
        // Crosses the end of "Alpha beta": left out.
        kw("beta gamma", &[(6, 16)]),
        // Inside "Alpha beta": nested.
        kw("beta", &[(6, 10), (6, 10)]),
        // Same span as a better keyphrase: marked once.
        kw("alpha beta", &[(0, 10)]),
        // Inside a character (é is two bytes at 18..20), past the end, inverted, empty,
        // across two sentences: left out.
        kw("bad", &[(19, 22), (40, 99), (9, 3), (4, 4), (17, 30)]),
        kw("Second", &[(25, 31)]),
    ];
    report.summary.truncate(1);
    if let Some(s) = report.summary.first_mut() {
        s.index = 1;
        s.rank = 1;
    }
    report.removals.push(nutgraf::RemovalOut {
        start: 500,
        end: 600,
        reason: nutgraf::RemovalReason::Boilerplate,
        text: String::new(),
    });
    let page = render_html(&[("spans", text, &report)]);
    let (tags, shown) = tags_and_text(&page);
    assert!(page.contains(
        "<mark class=\"kp\" data-k=\"1\" style=\"--c:#4e79a7\" title=\"keyphrase 1 (0.5000)\">Alpha \
         <mark class=\"kp\" data-k=\"3\" style=\"--c:#e15759\" title=\"keyphrase 3 (0.5000)\">beta</mark></mark> gamma délta."
    ));
    assert_eq!(count_tags(&tags, "mark", "kp"), 3);
    assert!(page.contains("title=\"keyphrase 6 (0.5000)\">Second</mark>"));
    assert!(shown.contains("Alpha beta gamma délta."));
    // The summary sentence is the second one.
    assert!(page.contains("<span class=\"s sum\" id=\"d1-s1\">"));

    // Every sentence span out of range: no article text, no panic.
    let mut broken = report.clone();
    for s in &mut broken.sentences {
        s.start += 1000;
        s.end += 1000;
    }
    let page = render_html(&[("broken", text, &broken)]);
    tags_and_text(&page);
}

#[test]
fn right_to_left_paragraphs_get_dir_auto() {
    let text = "وصل الرئيس الروسي إلى بكين في زيارة رسمية تستغرق يومين. \
                وقال المسؤولون إن المحادثات ستتناول التجارة والطاقة والأمن.\n\
                ويعتبر البلدان بعضهما حليفين مهمين في مواجهة الضغوط الغربية المتزايدة.";
    let report = Pipeline::default().analyze(text).expect("analyses");
    let page = render_html(&[("عربي.txt", text, &report)]);
    let (tags, shown) = tags_and_text(&page);
    let language = report.language.as_ref().expect("Arabic is detected");
    assert_eq!(language.code, "ara");
    assert!(
        tags.iter()
            .any(|(e, n, a)| !e && n == "article" && a.contains(&("lang".into(), "ar".into())))
    );
    let article_start = tags
        .iter()
        .position(|(e, n, _)| !e && n == "article")
        .expect("an article");
    let article_end = tags
        .iter()
        .position(|(e, n, _)| *e && n == "article")
        .expect("its end");
    let paragraphs: Vec<&Tag> = tags[article_start..article_end]
        .iter()
        .filter(|(e, n, _)| !e && n == "p")
        .collect();
    assert!(paragraphs.len() >= 2);
    assert!(
        paragraphs
            .iter()
            .all(|(_, _, a)| a.contains(&("dir".into(), "auto".into())))
    );
    // The text is kept as UTF-8, not escaped to entities, and the name too.
    assert!(page.contains("وصل الرئيس الروسي"));
    assert!(shown.contains("عربي.txt"));
    assert!(page.contains("<h2 dir=\"auto\">عربي.txt</h2>"));
}

#[test]
fn cjk_text_is_kept_as_utf8_with_its_language() {
    let text = "俄罗斯总统普京抵达北京，开始为期两天的国事访问。\
                两国领导人将讨论贸易、能源和安全合作。\n\
                分析人士认为，这次访问显示了两国关系的进一步加深。";
    let report = Pipeline::default().analyze(text).expect("analyses");
    let page = render_html(&[("中文.txt", text, &report)]);
    let (tags, _) = tags_and_text(&page);
    // The charset is declared before anything else in the head.
    let head = page.find("<head>\n").expect("head") + "<head>\n".len();
    assert_eq!(&page[head..head + 22], "<meta charset=\"utf-8\">");
    assert!(page.contains("俄罗斯总统普京抵达北京"));
    assert!(report.sentences.len() >= 3);
    let language = report.language.as_ref().expect("Chinese is detected");
    assert_eq!(language.code, "cmn");
    assert!(
        tags.iter()
            .any(|(e, n, a)| !e && n == "article" && a.contains(&("lang".into(), "zh".into())))
    );
}

#[test]
fn several_documents_share_one_page_with_contents() {
    let texts = [
        "The first article is about solar panels. Solar panels are cheap now.",
        "The second article is about wind farms. Wind farms grow offshore.",
        "",
    ];
    let reports: Vec<Report> = texts
        .iter()
        .map(|t| Pipeline::default().analyze(t).expect("analyses"))
        .collect();
    let names = ["one.txt", "two & <two>.txt", "empty.txt"];
    let docs: Vec<(&str, &str, &Report)> =
        (0..3).map(|i| (names[i], texts[i], &reports[i])).collect();
    let page = render_html(&docs);
    let (tags, shown) = tags_and_text(&page);
    assert_eq!(count_tags(&tags, "nav", "toc"), 1);
    let links: Vec<&str> = tags
        .iter()
        .flat_map(|(_, _, a)| a)
        .filter(|(a, _)| a == "href")
        .map(|(_, v)| v.as_str())
        .filter(|v| v.starts_with("#doc-"))
        .collect();
    assert_eq!(links, ["#doc-1", "#doc-2", "#doc-3"]);
    for i in 1..=3 {
        assert!(page.contains(&format!("<section class=\"doc\" id=\"doc-{i}\">")));
    }
    assert!(shown.contains("two & <two>.txt"));
    assert!(shown.contains("No article text."));
    assert!(page.contains("<title>nutgraf: 3 documents</title>"));
    // Deterministic bytes.
    assert_eq!(page, render_html(&docs));
    // One document: no table of contents.
    let single = render_html(&docs[..1]);
    assert!(!single.contains("class=\"toc\""));
    assert!(single.contains("<title>nutgraf: one.txt</title>"));
    // No documents: still a page.
    tags_and_text(&render_html(&[]));
}

#[test]
fn the_page_loads_nothing_and_runs_nothing() {
    let (file, text) = seeds().into_iter().next().expect("a seed");
    let report = Pipeline::default().analyze(&text).expect("analyses");
    let page = render_html(&[(file.as_str(), text.as_str(), &report)]);
    let (tags, _) = tags_and_text(&page);
    assert!(page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
    ));
    for (_, _, attrs) in &tags {
        for (a, v) in attrs {
            if a == "href" {
                assert!(v.starts_with('#'), "only in-page links: {v}");
            }
            assert!(!v.contains("url("), "no resource in {a}");
            assert!(a != "src");
        }
    }
    let style = &page[page.find("<style>").expect("style")..page.find("</style>").expect("end")];
    assert!(!style.contains("url(") && !style.contains("@import"));
}
