//! Bytes to text: the charset a page declares (a byte-order mark, `<meta charset>`), checked
//! against the bytes, else the one chardetng detects. Decoding never fails: bytes that are not
//! valid in the chosen charset become U+FFFD.

use encoding_rs::{Encoding, UTF_8};
use serde::Serialize;

/// How far into a page the `<meta charset>` pre-scan looks, as browsers do (the HTML standard's
/// pre-scan reads 1024 bytes; pages put comments and scripts first often enough that nutgraf
/// reads a little more).
pub const PRESCAN_BYTES: usize = 4096;

/// Where the charset used to decode a page came from.
///
/// ```
/// let page = nutgraf_extract::decode(b"<meta charset=\"iso-8859-1\"><p>Caf\xe9</p>");
/// assert_eq!(page.charset, "windows-1252");
/// assert_eq!(page.source, nutgraf_extract::CharsetSource::Declared);
/// assert!(page.text.contains("Café"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum CharsetSource {
    /// A byte-order mark.
    Bom,
    /// The page's `<meta charset>` or `<meta http-equiv="Content-Type">`, and the bytes agree.
    Declared,
    /// Nothing declared; the bytes are valid UTF-8.
    Utf8,
    /// Detected from the bytes by chardetng (nothing declared, or the declaration was wrong).
    Detected,
}

/// A page decoded to text.
///
/// ```
/// let page = nutgraf_extract::decode("<p>naïve</p>".as_bytes());
/// assert_eq!((page.charset, page.text.as_str()), ("UTF-8", "<p>naïve</p>"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The page as UTF-8 text.
    pub text: String,
    /// The charset's WHATWG name (`UTF-8`, `windows-1252`, `Shift_JIS`, ...).
    pub charset: &'static str,
    /// Where that charset came from.
    pub source: CharsetSource,
    /// The charset the page declared, when it declared one that the bytes contradict.
    pub declared_wrongly: Option<&'static str>,
}

/// Decodes a page: BOM, else the declared charset if the bytes agree with it, else UTF-8 if the
/// bytes are valid UTF-8, else chardetng's guess. Linear in the input; never fails.
///
/// A declaration is overruled in two cases, both common on the web: a page that declares
/// UTF-8 but is not valid UTF-8 (detected instead), and a page that declares a legacy
/// single-byte charset but whose bytes are valid UTF-8 with non-ASCII characters (UTF-8).
///
/// ```
/// // Declares UTF-8, written in windows-1252.
/// let page = nutgraf_extract::decode(b"<meta charset=utf-8><p>Caf\xe9 cr\xe8me br\xfbl\xe9e</p>");
/// assert_eq!(page.source, nutgraf_extract::CharsetSource::Detected);
/// assert_eq!(page.declared_wrongly, Some("UTF-8"));
/// assert!(page.text.contains("Café crème brûlée"));
/// ```
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text: text.into_owned(),
            charset: enc.name(),
            source: CharsetSource::Bom,
            declared_wrongly: None,
        };
    }
    let declared = prescan(&bytes[..bytes.len().min(PRESCAN_BYTES)]);
    let utf8 = std::str::from_utf8(bytes).ok();
    let mut declared_wrongly = None;
    if let Some(enc) = declared {
        match (enc == UTF_8, utf8) {
            (true, Some(s)) => return utf8_page(s, CharsetSource::Declared),
            (false, Some(s)) if !s.is_ascii() && enc.is_single_byte() => {
                return Decoded {
                    declared_wrongly: Some(enc.name()),
                    ..utf8_page(s, CharsetSource::Utf8)
                };
            }
            (false, _) => {
                let (text, _, _) = enc.decode(bytes);
                return Decoded {
                    text: text.into_owned(),
                    charset: enc.name(),
                    source: CharsetSource::Declared,
                    declared_wrongly: None,
                };
            }
            (true, None) => declared_wrongly = Some(enc.name()),
        }
    } else if let Some(s) = utf8 {
        return utf8_page(s, CharsetSource::Utf8);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, _) = enc.decode(bytes);
    Decoded {
        text: text.into_owned(),
        charset: enc.name(),
        source: CharsetSource::Detected,
        declared_wrongly,
    }
}

fn utf8_page(s: &str, source: CharsetSource) -> Decoded {
    Decoded {
        text: s.to_owned(),
        charset: UTF_8.name(),
        source,
        declared_wrongly: None,
    }
}

/// The charset named by the first `<meta charset=...>` or `<meta http-equiv ... content="...;
/// charset=...">` in `head`, as encoding_rs resolves labels (`iso-8859-1` is windows-1252,
/// a UTF-16 label means UTF-8, as the HTML standard says for a declaration in the page).
fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while let Some(off) = find_ci(&head[i..], b"<meta") {
        let start = i + off + 5;
        let end = head[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |p| start + p);
        let tag = &head[start..end];
        if let Some(p) = find_ci(tag, b"charset") {
            let rest = &tag[p + 7..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let len = rest
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..len]) {
                    let utf16 = enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE;
                    return Some(if utf16 { UTF_8 } else { enc });
                }
            }
        }
        i = end.max(start);
        if i >= head.len() {
            break;
        }
    }
    None
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins() {
        let d = decode(b"\xef\xbb\xbf<meta charset=windows-1252><p>\xc3\xa9</p>");
        assert_eq!((d.charset, d.source), ("UTF-8", CharsetSource::Bom));
        assert_eq!(d.text, "<meta charset=windows-1252><p>é</p>");
    }

    #[test]
    fn http_equiv_declaration() {
        let d = decode(
            b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\"><p>\x93\xfa\x96\x7b</p>",
        );
        assert_eq!(
            (d.charset, d.source),
            ("Shift_JIS", CharsetSource::Declared)
        );
        assert!(d.text.contains("日本"));
    }

    #[test]
    fn declared_latin1_but_utf8() {
        let d = decode("<meta charset='latin1'><p>Zürich</p>".as_bytes());
        assert_eq!((d.charset, d.source), ("UTF-8", CharsetSource::Utf8));
        assert_eq!(d.declared_wrongly, Some("windows-1252"));
        assert!(d.text.contains("Zürich"));
    }

    #[test]
    fn undeclared_legacy_is_detected() {
        // KOI8-R Cyrillic, no declaration.
        let (bytes, _, _) = encoding_rs::KOI8_R.encode(
            "<p>Москва — столица России, крупнейший по численности населения город страны.</p>",
        );
        let d = decode(&bytes);
        assert_eq!(d.source, CharsetSource::Detected);
        assert!(d.text.contains("Москва"), "{} {}", d.charset, d.text);
    }

    #[test]
    fn junk_and_truncated_tags() {
        for b in [
            &b""[..],
            b"<meta",
            b"<meta charset",
            b"<meta charset=",
            b"\xff\xfe\x00",
            b"<meta charset=\"bogus\">",
        ] {
            let _ = decode(b);
        }
    }
}
