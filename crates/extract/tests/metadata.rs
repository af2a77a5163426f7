//! Page-level signals the library leaves unused: pages written for these tests.

use nutgraf_extract::extract;

const STORY: &str = "<p>The harbour authority said on Monday that the old ferry terminal would close \
    for repairs next spring, after inspectors found cracks in two of its concrete piers.</p>\
    <p>Ferries will dock at the cargo quay while the work goes on, the authority said.</p>";

#[test]
fn date_from_an_itemprop_or_a_time_element() {
    let page = format!(
        "<html><body><article><span itemprop=\"datePublished\" content=\"2024-03-04T09:00:00Z\">4 March</span>{STORY}</article></body></html>"
    );
    assert_eq!(
        extract(page.as_bytes()).unwrap().date.as_deref(),
        Some("2024-03-04T09:00:00Z")
    );
    let page = format!(
        "<html><body><article><time datetime=\"2024-03-05\">5 March</time>{STORY}</article></body></html>"
    );
    assert_eq!(
        extract(page.as_bytes()).unwrap().date.as_deref(),
        Some("2024-03-05")
    );
}

#[test]
fn language_from_og_locale_and_url_from_og_url() {
    let page = format!(
        "<html><head><meta property=\"og:locale\" content=\"pt_BR\">\
         <meta property=\"og:url\" content=\"https://example.org/balsa\"></head><body>{STORY}</body></html>"
    );
    let a = extract(page.as_bytes()).unwrap();
    assert_eq!(a.lang.as_deref(), Some("pt-BR"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/balsa"));
}

#[test]
fn furniture_is_dropped_and_the_story_kept() {
    let page = format!(
        "<html><head><title>Ferry terminal to close</title></head><body><article>\
         <h1>Ferry terminal to close</h1><p>Updated 12:24 am EST, Wednesday, November 20, 2019</p>{STORY}\
         <figure><img src=a.jpg><figcaption>The terminal in winter.</figcaption></figure>\
         <p>Photo: Harbour Agency</p><p>Image 1 of 5</p>\
         <div class=\"social-share\"><a href=\"#\">Share on Facebook</a></div>\
         <h3>More from Harbour News</h3><ul><li><a href=\"/a\">Port traffic hits a record</a></li>\
         <li><a href=\"/b\">New cranes arrive</a></li></ul></article></body></html>"
    );
    let a = extract(page.as_bytes()).unwrap();
    let text = a.text();
    assert!(text.starts_with("The harbour authority said"), "{text}");
    for gone in [
        "Updated",
        "winter",
        "Photo:",
        "Image 1",
        "Facebook",
        "More from",
        "cranes",
    ] {
        assert!(!text.contains(gone), "{gone} kept: {text}");
    }
    assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
}
