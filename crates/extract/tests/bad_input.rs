//! Bad input gets a clear result, never a panic: pages written for these tests.

use nutgraf_extract::{Config, EmptyReason, Error, Extractor, extract};

const STORY: &str = "<p>The harbour authority said on Monday that the old ferry terminal would close \
    for repairs next spring, after inspectors found cracks in two of its concrete piers.</p>\
    <p>Ferries will dock at the cargo quay while the work goes on, the authority said.</p>";

#[test]
fn index_page_has_no_article() {
    let mut page = String::from("<html><body><nav>");
    for i in 0..40 {
        page.push_str(&format!("<a href=\"/s/{i}\">Story number {i}</a> "));
    }
    page.push_str("</nav><ul>");
    for i in 0..40 {
        page.push_str(&format!(
            "<li><a href=\"/t/{i}\">Another headline {i}</a></li>"
        ));
    }
    page.push_str("</ul></body></html>");
    let a = extract(page.as_bytes()).unwrap();
    assert_eq!(a.empty, Some(EmptyReason::NoArticle), "{:?}", a.paragraphs);
}

#[test]
fn error_page_has_no_article() {
    let a = extract(
        b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>",
    )
    .unwrap();
    assert_eq!(a.empty, Some(EmptyReason::NoArticle));
    assert_eq!(a.title.as_deref(), Some("404 Not Found"));
}

#[test]
fn binary_junk_is_not_html() {
    let junk: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let a = extract(&junk).unwrap();
    assert_eq!(a.empty, Some(EmptyReason::NotHtml));
}

#[test]
fn huge_page_is_refused_with_an_error() {
    let mut config = Config::default();
    config.max_bytes = 1 << 20;
    let page = vec![b'a'; (1 << 20) + 1];
    let err = Extractor::new(config).extract(&page).unwrap_err();
    assert!(matches!(err, Error::TooLarge { .. }));
    assert!(err.to_string().contains("larger than"));
}

#[test]
fn deep_nesting_is_cut_not_a_stack_overflow() {
    let depth = 100_000;
    let mut page = String::from("<html><body>");
    page.push_str(STORY);
    page.push_str(&"<div>".repeat(depth));
    page.push_str("deep text");
    page.push_str(&"</div>".repeat(depth));
    page.push_str("</body></html>");
    let a = extract(page.as_bytes()).unwrap();
    assert!(a.text().contains("ferry terminal"), "{:?}", a);
    assert!(!a.text().contains("deep text"));
}

#[test]
fn too_many_elements_gives_an_empty_article() {
    let mut config = Config::default();
    config.max_elements = 1_000;
    let page = format!("<body>{STORY}{}</body>", "<span>x</span>".repeat(2_000));
    let a = Extractor::new(config).extract(page.as_bytes()).unwrap();
    assert_eq!(a.empty, Some(EmptyReason::TooManyElements));
}

#[test]
fn broken_markup_still_yields_the_story() {
    let page =
        format!("<html><body><div><table><p>{STORY}</b></i><div></td></span>< / ><!-- unclosed");
    let a = extract(page.as_bytes()).unwrap();
    assert!(
        a.text().contains("cracks in two of its concrete piers"),
        "{:?}",
        a
    );
}

#[test]
fn declared_charset_contradicted_by_the_bytes() {
    // Declares UTF-8, written in windows-1252.
    let page = format!(
        "<html><head><meta charset=\"utf-8\"></head><body>{}</body></html>",
        STORY.replace("harbour", "harbour caf\u{e9}")
    );
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
    let a = extract(&bytes).unwrap();
    assert!(a.text().contains("harbour café"), "{}", a.text());
    assert_eq!(a.charset, "windows-1252");
}

#[test]
fn non_utf8_page_is_decoded() {
    let page = "<html><head><meta charset=\"koi8-r\"></head><body><p>Городской совет в понедельник \
        утвердил план ремонта старого паромного терминала, который закроют весной.</p><p>Паромы \
        будут причаливать у грузового причала, пока идут работы, сообщили в совете.</p></body></html>";
    let (bytes, _, _) = encoding_rs::KOI8_R.encode(page);
    let a = extract(&bytes).unwrap();
    assert_eq!(a.charset, "KOI8-R");
    assert!(a.text().contains("паромного терминала"), "{}", a.text());
}

#[test]
fn empty_and_tiny_inputs() {
    for page in [
        &b""[..],
        b"<",
        b"<html",
        b"\xef\xbb\xbf",
        b"<p>",
        b"\x00",
        b"<!DOCTYPE html>",
    ] {
        let a = extract(page).unwrap();
        assert!(a.empty.is_some());
    }
}
