//! `cargo xtask browser-check`: the seed's HTML page rendered by headless Chromium.
//!
//! It runs this binary's own `summarize --format html` (the page users get) and
//! `summarize --format json` (the reports the expectations are computed from), loads the page
//! from disk in headless Chromium, and checks the DOM Chromium built: one section per
//! document, every summary sentence highlighted with its rank and its text, every keyphrase
//! mark the report's occurrence spans call for (count per keyphrase and the marked text), no
//! script element. Then it takes a screenshot and checks the PNG is not blank. A missing
//! browser is an error, not a skip.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Options of `browser-check`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The Chromium binary. Default: $CHROMIUM, else the first of chromium, chromium-browser,
    /// google-chrome on PATH.
    #[arg(long, value_name = "PATH")]
    chromium: Option<PathBuf>,
    /// Keep the page, the DOM Chromium built and the screenshot in this folder (default: a
    /// temporary folder, removed afterwards).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Seconds each browser run may take.
    #[arg(long, value_name = "SECONDS", default_value_t = 120)]
    timeout: u64,
}

/// Runs the task.
pub fn run(args: Args) -> crate::Result<ExitCode> {
    let chromium = find_chromium(args.chromium.as_deref())?;
    let version = Command::new(&chromium)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!("browser: {} ({version})", chromium.display());

    let (dir, keep) = match &args.out {
        Some(d) => (d.clone(), true),
        None => (
            std::env::temp_dir().join(format!(
                "nutgraf-browser-check-{}-{}",
                std::process::id(),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos())
            )),
            false,
        ),
    };
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let result = check(&chromium, &dir, Duration::from_secs(args.timeout));
    if keep {
        println!("kept in {}", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
    result?;
    println!("ok");
    Ok(ExitCode::SUCCESS)
}

fn check(chromium: &Path, dir: &Path, timeout: Duration) -> crate::Result<()> {
    let page = own_output(&["summarize", "--format", "html"])?;
    let json = own_output(&["summarize", "--format", "json"])?;
    let page_path = dir.join("seed.html");
    std::fs::write(&page_path, &page).map_err(|e| format!("{}: {e}", page_path.display()))?;
    let docs = expectations(&json)?;
    println!(
        "page: {} bytes, {} document(s): {}",
        page.len(),
        docs.len(),
        docs.iter()
            .map(|d| d.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );

    let url = file_url(&page_path)?;
    let dom_out = dir.join("dom.html");
    browser(
        chromium,
        dir,
        "dom",
        &["--dump-dom".to_string(), url.clone()],
        &dom_out,
        timeout,
    )?;
    let dom = std::fs::read_to_string(&dom_out).map_err(|e| format!("reading the DOM: {e}"))?;
    check_dom(&dom, &docs)?;

    let png = dir.join("seed.png");
    browser(
        chromium,
        dir,
        "shot",
        &[
            format!("--screenshot={}", png.display()),
            format!("--window-size={},{}", SCREEN.0, SCREEN.1),
            "--hide-scrollbars".to_string(),
            url,
        ],
        &dir.join("shot.out"),
        timeout,
    )?;
    check_png(&png, SCREEN)
}

/// The window size of the screenshot.
const SCREEN: (usize, usize) = (1280, 2000);

/// What one document's page must show, from its JSON report.
struct Expected {
    name: String,
    /// (rank, sentence text) of the summary, in document order.
    summary: Vec<(u64, String)>,
    /// (keyphrase number from 1, marked text) in document order (marks nest, outer first).
    marks: Vec<(usize, String)>,
    keyphrases: usize,
}

/// The expectations per document from `summarize --format json` lines and the input files.
fn expectations(json: &[u8]) -> crate::Result<Vec<Expected>> {
    let text = std::str::from_utf8(json).map_err(|e| format!("JSON output: {e}"))?;
    let mut docs = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let report: Value = serde_json::from_str(line)?;
        let name = report["name"]
            .as_str()
            .ok_or("a report without a name")?
            .to_string();
        let input = std::fs::read_to_string(crate::input::project_root().join(&name))
            .map_err(|e| format!("{name}: {e}"))?;
        let span = |v: &Value| -> crate::Result<(usize, usize)> {
            let n = |k: &str| {
                v[k].as_u64()
                    .and_then(|x| usize::try_from(x).ok())
                    .ok_or_else(|| format!("{name}: a span without {k}"))
            };
            Ok((n("start")?, n("end")?))
        };
        let list = |k: &str| report[k].as_array().cloned().unwrap_or_default();
        let sentences = list("sentences")
            .iter()
            .map(span)
            .collect::<crate::Result<Vec<_>>>()?;
        let mut summary = Vec::new();
        for s in list("summary") {
            let rank = s["rank"]
                .as_u64()
                .ok_or("a summary sentence without rank")?;
            let text = s["text"]
                .as_str()
                .ok_or("a summary sentence without text")?;
            summary.push((span(&s)?.0, rank, text.to_string()));
        }
        summary.sort();
        // Every occurrence inside a sentence is marked, except one with the same span as a
        // better keyphrase's and one that crosses the end of an earlier mark.
        let keywords = list("keywords");
        let mut occ: Vec<(usize, std::cmp::Reverse<usize>, usize)> = Vec::new();
        for (k, kw) in keywords.iter().enumerate() {
            for o in kw["occurrences"].as_array().into_iter().flatten() {
                let (s, e) = span(o)?;
                if s < e && sentences.iter().any(|&(a, b)| a <= s && e <= b) {
                    occ.push((s, std::cmp::Reverse(e), k));
                }
            }
        }
        occ.sort();
        occ.dedup_by_key(|o| (o.0, o.1));
        let mut kept: Vec<(usize, usize, usize)> = Vec::new();
        for (s, std::cmp::Reverse(e), k) in occ {
            if !kept.iter().any(|&(ps, pe, _)| ps < s && s < pe && pe < e) {
                kept.push((s, e, k));
            }
        }
        let marks = kept
            .into_iter()
            .map(|(s, e, k)| {
                input
                    .get(s..e)
                    .map(|t| (k + 1, t.to_string()))
                    .ok_or_else(|| format!("{name}: occurrence {s}..{e} is not a span"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        docs.push(Expected {
            name,
            summary: summary.into_iter().map(|(_, r, t)| (r, t)).collect(),
            marks,
            keyphrases: keywords.len(),
        });
    }
    if docs.is_empty() {
        return Err("summarize printed no report".into());
    }
    Ok(docs)
}

fn check_dom(dom: &str, docs: &[Expected]) -> crate::Result<()> {
    let root = parse(dom);
    let mut fail: Vec<String> = Vec::new();
    if !root.find(&|e| e.tag == "script").is_empty() {
        fail.push("the DOM has a script element".into());
    }
    let articles = root.find(&|e| e.tag == "article");
    if articles.len() != docs.len() {
        fail.push(format!(
            "{} article elements for {} documents",
            articles.len(),
            docs.len()
        ));
    }
    let mut total_sum = 0;
    let mut total_marks = 0;
    for (doc, article) in docs.iter().zip(&articles) {
        let sums: Vec<(u64, String)> = article
            .find(&|e| e.tag == "span" && e.has_class("sum"))
            .iter()
            .map(|e| {
                let rank = e
                    .find(&|x| x.has_class("rank"))
                    .first()
                    .and_then(|r| r.text().trim().parse().ok())
                    .unwrap_or(0);
                (rank, e.text_without("rank"))
            })
            .collect();
        if sums != doc.summary {
            fail.push(format!(
                "{}: highlighted summary sentences {:?}, expected {:?}",
                doc.name, sums, doc.summary
            ));
        }
        let marks: Vec<(usize, String)> = article
            .find(&|e| e.tag == "mark" && e.has_class("kp"))
            .iter()
            .map(|e| {
                let k = e.attr("data-k").and_then(|k| k.parse().ok()).unwrap_or(0);
                (k, e.text())
            })
            .collect();
        if marks != doc.marks {
            let per_k = |m: &[(usize, String)]| {
                (1..=doc.keyphrases)
                    .map(|k| m.iter().filter(|x| x.0 == k).count().to_string())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            fail.push(format!(
                "{}: keyphrase marks per keyphrase [{}], expected [{}] (or their texts differ)",
                doc.name,
                per_k(&marks),
                per_k(&doc.marks)
            ));
        }
        total_sum += sums.len();
        total_marks += marks.len();
        println!(
            "DOM {}: {} of {} summary sentences highlighted with rank and text, {} of {} keyphrase marks for {} keyphrases, each marking its span's text",
            doc.name,
            sums.len(),
            doc.summary.len(),
            marks.len(),
            doc.marks.len(),
            doc.keyphrases
        );
    }
    if total_sum == 0 || total_marks == 0 {
        fail.push("the seed must give at least one summary sentence and one mark".into());
    }
    if fail.is_empty() {
        Ok(())
    } else {
        Err(fail.join("\n").into())
    }
}

/// Decodes the screenshot and checks that it shows something: many colours, a fair share of
/// non-background pixels, and some coloured (not grey) pixels from the highlights.
fn check_png(path: &Path, size: (usize, usize)) -> crate::Result<()> {
    let file = std::fs::File::open(path).map_err(|e| format!("screenshot: {e}"))?;
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info()?;
    let buf_len = reader
        .output_buffer_size()
        .ok_or("screenshot too large to decode")?;
    let mut buf = vec![0; buf_len];
    let info = reader.next_frame(&mut buf)?;
    let channels = match info.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        png::ColorType::Indexed => return Err("screenshot: palette not expanded".into()),
    };
    let (w, h) = (info.width as usize, info.height as usize);
    let mut counts: std::collections::BTreeMap<[u8; 3], usize> = Default::default();
    for row in buf[..info.buffer_size()].chunks_exact(info.line_size) {
        for px in row.chunks_exact(channels).take(w) {
            let rgb = match channels {
                1 | 2 => [px[0]; 3],
                _ => [px[0], px[1], px[2]],
            };
            *counts.entry(rgb).or_default() += 1;
        }
    }
    let total = (w * h).max(1);
    let (background, bg_count) = counts
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(c, n)| (*c, *n))
        .unwrap_or(([0; 3], 0));
    let colourful: usize = counts
        .iter()
        .filter(|(c, _)| {
            let hi = c.iter().max().copied().unwrap_or(0);
            let lo = c.iter().min().copied().unwrap_or(0);
            hi - lo >= 48
        })
        .map(|(_, n)| n)
        .sum();
    let ink = 100.0 * (total - bg_count) as f64 / total as f64;
    let colour = 100.0 * colourful as f64 / total as f64;
    println!(
        "screenshot: {w}x{h}, {} colours, background #{:02x}{:02x}{:02x}, {ink:.1}% non-background, {colour:.1}% coloured",
        counts.len(),
        background[0],
        background[1],
        background[2]
    );
    if (w, h) != size {
        return Err(format!("screenshot is {w}x{h}, expected {}x{}", size.0, size.1).into());
    }
    if counts.len() < 64 || ink < 2.0 || colour < 0.5 {
        return Err(
            "the screenshot is blank or nearly so (too few colours, non-background or coloured pixels)"
                .into(),
        );
    }
    Ok(())
}

/// Runs this binary with `args` from the project root; its standard output.
fn own_output(args: &[&str]) -> crate::Result<Vec<u8>> {
    let exe = std::env::current_exe()?;
    let out = Command::new(exe)
        .args(args)
        .current_dir(crate::input::project_root())
        .stdin(Stdio::null())
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "`cargo xtask {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(out.stdout)
}

/// The browser binary: the option, $CHROMIUM, or the first known name on PATH.
fn find_chromium(given: Option<&Path>) -> crate::Result<PathBuf> {
    if let Some(p) = given {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("CHROMIUM").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    Err("no Chromium found (install Debian's `chromium`, or pass --chromium PATH)".into())
}

/// Runs headless Chromium with a fresh profile, standard output to `stdout_file`; fails on a
/// non-zero exit or after `timeout`.
fn browser(
    chromium: &Path,
    dir: &Path,
    tag: &str,
    extra: &[String],
    stdout_file: &Path,
    timeout: Duration,
) -> crate::Result<()> {
    let profile = dir.join(format!("profile-{tag}"));
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::create_dir_all(&profile)?;
    let stderr_file = dir.join(format!("{tag}.err"));
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(stdout_file)?)
        .stderr(std::fs::File::create(&stderr_file)?)
        .spawn()
        .map_err(|e| format!("{}: {e}", chromium.display()))?;
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("Chromium ({tag}) took longer than {timeout:?}").into());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let _ = std::fs::remove_dir_all(&profile);
    if !status.success() {
        let err = std::fs::read_to_string(&stderr_file).unwrap_or_default();
        let tail: Vec<&str> = err.lines().rev().take(15).collect();
        return Err(format!(
            "Chromium ({tag}) failed with {status}:\n{}",
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        )
        .into());
    }
    Ok(())
}

/// A `file://` URL for an absolute path, percent-encoding all but unreserved bytes and `/`.
fn file_url(path: &Path) -> crate::Result<String> {
    let abs = std::path::absolute(path)?;
    let s = abs.to_str().ok_or("the temporary path is not UTF-8")?;
    let mut url = String::from("file://");
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            url.push(char::from(b));
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    Ok(url)
}

/// An element of the DOM as Chromium serialised it.
#[derive(Debug, Default)]
struct Element {
    tag: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
}

#[derive(Debug)]
enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_ascii_whitespace().any(|x| x == class))
    }

    /// The text content.
    fn text(&self) -> String {
        self.text_without("")
    }

    /// The text content, leaving out descendants of class `skip`.
    fn text_without(&self, skip: &str) -> String {
        let mut s = String::new();
        self.push_text(&mut s, skip);
        s
    }

    fn push_text(&self, s: &mut String, skip: &str) {
        for c in &self.children {
            match c {
                Node::Text(t) => s.push_str(t),
                Node::Element(e) if skip.is_empty() || !e.has_class(skip) => e.push_text(s, skip),
                Node::Element(_) => {}
            }
        }
    }

    /// The descendants matching `pred`, in document order.
    fn find<'a>(&'a self, pred: &dyn Fn(&Element) -> bool) -> Vec<&'a Element> {
        let mut found = Vec::new();
        self.collect(pred, &mut found);
        found
    }

    fn collect<'a>(&'a self, pred: &dyn Fn(&Element) -> bool, found: &mut Vec<&'a Element>) {
        for c in &self.children {
            if let Node::Element(e) = c {
                if pred(e) {
                    found.push(e);
                }
                e.collect(pred, found);
            }
        }
    }
}

/// Parses serialised HTML as Chromium writes it (well-formed: every non-void element closed,
/// attributes quoted) into a tree; enough for the checks, not a general HTML parser.
fn parse(html: &str) -> Element {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ];
    let mut stack: Vec<Element> = vec![Element::default()];
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_node(&mut stack, Node::Text(unescape(rest)));
            break;
        };
        if lt > 0 {
            push_node(&mut stack, Node::Text(unescape(&rest[..lt])));
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        if rest.starts_with("<!") {
            rest = rest.find('>').map_or("", |i| &rest[i + 1..]);
            continue;
        }
        if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').unwrap_or(after.len());
            let tag = after[..end].trim().to_ascii_lowercase();
            rest = after.get(end + 1..).unwrap_or("");
            // Close up to the matching element.
            if stack.iter().skip(1).any(|e| e.tag == tag) {
                while let Some(e) = stack.pop() {
                    let done = e.tag == tag;
                    push_node(&mut stack, Node::Element(e));
                    if done {
                        break;
                    }
                }
            }
            continue;
        }
        let (element, len) = start_tag(rest);
        rest = rest.get(len..).unwrap_or("");
        let tag = element.tag.clone();
        if VOID.contains(&tag.as_str()) {
            push_node(&mut stack, Node::Element(element));
        } else if tag == "style" || tag == "script" || tag == "title" || tag == "textarea" {
            // Raw text up to the end tag.
            let close = format!("</{tag}");
            let end = rest.find(&close).unwrap_or(rest.len());
            let mut element = element;
            element.children.push(Node::Text(rest[..end].to_string()));
            push_node(&mut stack, Node::Element(element));
            rest = &rest[end..];
            rest = rest.find('>').map_or("", |i| &rest[i + 1..]);
        } else {
            stack.push(element);
        }
    }
    while stack.len() > 1 {
        if let Some(e) = stack.pop() {
            push_node(&mut stack, Node::Element(e));
        }
    }
    stack.pop().unwrap_or_default()
}

fn push_node(stack: &mut [Element], node: Node) {
    if let Some(top) = stack.last_mut() {
        top.children.push(node);
    }
}

/// Parses a start tag at the start of `s`; the element and the tag's length in bytes.
fn start_tag(s: &str) -> (Element, usize) {
    let bytes = s.as_bytes();
    let mut i = 1;
    let name_end = s[i..]
        .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
        .map_or(s.len(), |j| i + j);
    let mut element = Element {
        tag: s[i..name_end].to_ascii_lowercase(),
        ..Element::default()
    };
    i = name_end;
    while i < bytes.len() {
        match bytes[i] {
            b'>' => return (element, i + 1),
            b if b.is_ascii_whitespace() || b == b'/' => i += 1,
            _ => {
                let end = s[i..]
                    .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
                    .map_or(s.len(), |j| i + j);
                let name = s[i..end].to_ascii_lowercase();
                i = end;
                let mut value = String::new();
                if bytes.get(i) == Some(&b'=') {
                    i += 1;
                    match bytes.get(i) {
                        Some(&q) if q == b'"' || q == b'\'' => {
                            let close = s[i + 1..]
                                .find(char::from(q))
                                .map_or(s.len(), |j| i + 1 + j);
                            value = unescape(&s[i + 1..close]);
                            i = close + 1;
                        }
                        _ => {
                            let close = s[i..]
                                .find(|c: char| c.is_ascii_whitespace() || c == '>')
                                .map_or(s.len(), |j| i + j);
                            value = unescape(&s[i..close]);
                            i = close;
                        }
                    }
                }
                element.attrs.push((name, value));
            }
        }
    }
    (element, s.len())
}

/// Decodes the character references Chromium writes (`&amp; &lt; &gt; &quot; &nbsp;` and
/// numeric ones).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_marks_and_entities() {
        let dom = "<html><head><style>a>b{}</style></head><body><article>\
                   <p><span class=\"s sum\"><span class=\"rank\">2</span>A &amp; <mark class=\"kp\" data-k=\"1\">B <mark class=\"kp\" data-k=\"3\">C</mark></mark>.</span><br></p>\
                   </article></body></html>";
        let root = parse(dom);
        let article = root.find(&|e| e.tag == "article");
        assert_eq!(article.len(), 1);
        let marks = article[0].find(&|e| e.tag == "mark");
        let got: Vec<(Option<&str>, String)> =
            marks.iter().map(|m| (m.attr("data-k"), m.text())).collect();
        assert_eq!(
            got,
            [(Some("1"), "B C".to_string()), (Some("3"), "C".to_string())]
        );
        let sum = article[0].find(&|e| e.has_class("sum"));
        assert_eq!(sum[0].text(), "2A & B C.");
        assert_eq!(sum[0].text_without("rank"), "A & B C.");
        assert!(root.find(&|e| e.tag == "style")[0].text().contains("a>b"));
    }

    fn expected() -> Expected {
        Expected {
            name: "doc".to_string(),
            summary: vec![(1, "A & B C.".to_string())],
            marks: vec![(1, "B C".to_string()), (3, "C".to_string())],
            keyphrases: 3,
        }
    }

    const DOM: &str = "<html><body><article><p><span class=\"s sum\" id=\"d1-s0\"><span class=\"rank\">1</span>A &amp; \
                       <mark class=\"kp\" data-k=\"1\">B <mark class=\"kp\" data-k=\"3\">C</mark></mark>.</span></p></article></body></html>";

    #[test]
    fn dom_check_passes_the_expected_page_and_fails_others() {
        check_dom(DOM, &[expected()]).unwrap();
        // A mark missing, a mark with other text, a rank missing, a script, two documents.
        for broken in [
            DOM.replace("<mark class=\"kp\" data-k=\"3\">C</mark>", "C"),
            DOM.replace(">C</mark>", ">D</mark>"),
            DOM.replace("<span class=\"rank\">1</span>", ""),
            DOM.replace("</body>", "<script></script></body>"),
            DOM.replace("</article>", "</article><article></article>"),
        ] {
            assert!(check_dom(&broken, &[expected()]).is_err(), "{broken}");
        }
    }

    fn write_png(path: &Path, w: u32, h: u32, pixel: impl Fn(u32, u32) -> [u8; 3]) {
        let file = std::fs::File::create(path).unwrap();
        let mut enc = png::Encoder::new(std::io::BufWriter::new(file), w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().unwrap();
        let data: Vec<u8> = (0..h)
            .flat_map(|y| (0..w).map(move |x| (x, y)))
            .flat_map(|(x, y)| pixel(x, y))
            .collect();
        writer.write_image_data(&data).unwrap();
    }

    #[test]
    fn blank_screenshots_fail() {
        let dir = std::env::temp_dir().join(format!("nutgraf-png-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let blank = dir.join("blank.png");
        write_png(&blank, 128, 200, |_, _| [255, 255, 255]);
        assert!(check_png(&blank, (128, 200)).is_err());
        // Grey text-like noise but no colour: still not a page with highlights.
        let grey = dir.join("grey.png");
        write_png(&grey, 128, 200, |x, y| [((x * 7 + y * 13) % 200) as u8; 3]);
        assert!(check_png(&grey, (128, 200)).is_err());
        let page = dir.join("page.png");
        write_png(&page, 128, 200, |x, y| {
            if y % 40 < 20 {
                [255, 255, 255]
            } else if x < 60 && y < 40 {
                [255, 241, 184]
            } else {
                [((x * 7 + y * 13) % 200) as u8; 3]
            }
        });
        check_png(&page, (128, 200)).unwrap();
        assert!(check_png(&page, (1280, 2000)).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn file_urls_are_encoded() {
        let url = file_url(Path::new("/tmp/a b/é.html")).unwrap();
        assert_eq!(url, "file:///tmp/a%20b/%C3%A9.html");
    }
}
