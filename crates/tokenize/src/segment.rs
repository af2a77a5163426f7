//! Words of the scripts written without spaces: Chinese, Japanese, Thai, Lao, Khmer, Burmese.
//!
//! The tokenizer ([`crate::tokenize`]) hands each maximal run of such a script to [`segment`],
//! which cuts it into words with a dictionary segmenter and emits them with byte spans into
//! the text. Which segmenter a run gets was chosen by measurement (see the crate doc):
//! - a run of Han ideographs (with no kana) goes to jieba-rs, without its HMM;
//! - a run with kana (Japanese), or any Han run when the caller says the text is Japanese,
//!   goes to ICU4X's dictionary segmenter;
//! - a run of Thai, Lao, Khmer or Myanmar letters goes to ICU4X's dictionary segmenter.
//!
//! In a Han or kana run, a number written in Chinese numerals is cut out first, as one token
//! with its date unit (`二〇三〇年`), and the segmenter gets the text between numbers.
//!
//! Both segmenters are built once per process, on first use ([`OnceLock`]): jieba's
//! dictionary takes a noticeable time to load (see [`warm_up`]), ICU4X's data is static.

use std::sync::OnceLock;

use icu_segmenter::WordSegmenter;
use icu_segmenter::WordSegmenterBorrowed;
use icu_segmenter::options::WordBreakInvariantOptions;
use jieba_rs::Jieba;

use crate::TokenKind;

/// The family of a script written without spaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// Han ideographs and kana (Chinese, Japanese).
    HanKana,
    /// Thai, Lao, Khmer and Myanmar letters with their marks.
    SouthEast,
}

/// The no-space family `c` belongs to, if any.
#[inline]
pub(crate) fn family(c: char) -> Option<Family> {
    if is_han(c) || is_kana(c) {
        Some(Family::HanKana)
    } else if is_south_east(c) {
        Some(Family::SouthEast)
    } else {
        None
    }
}

/// Whether `c` belongs to a script written without spaces.
#[inline]
pub(crate) fn is_spaceless(c: char) -> bool {
    family(c).is_some()
}

/// Han ideographs, with the ideographic zero and iteration marks.
#[inline]
fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3005}'..='\u{3007}' | '\u{3021}'..='\u{3029}' | '\u{3038}'..='\u{303B}'
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{323AF}')
}

/// Hiragana, katakana (with the prolonged sound mark), and half-width katakana.
#[inline]
fn is_kana(c: char) -> bool {
    matches!(c,
        '\u{3041}'..='\u{309F}' | '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
}

/// Thai, Lao, Khmer and Myanmar letters and marks (not their digits, punctuation or currency
/// signs).
#[inline]
fn is_south_east(c: char) -> bool {
    let block = matches!(c,
        '\u{0E01}'..='\u{0E7F}' | '\u{0E80}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}'
        | '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' | '\u{A9E0}'..='\u{A9FF}'
        | '\u{AA60}'..='\u{AA7F}');
    block
        && !c.is_numeric()
        && !crate::words::is_punctuation(c)
        && !matches!(c, '\u{0E3F}' | '\u{17DB}' | '\u{19E0}'..='\u{19FF}')
}

/// Chinese numerals, the digits of a written-out number.
fn is_chinese_numeral(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '○'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
            | '两'
    )
}

/// Where the run of family `fam` that starts at byte `start` of `text` ends, and whether it
/// has kana (and so is Japanese). A white circle `○` (typed for the ideographic zero `〇`)
/// continues a Han run after a Chinese numeral.
pub(crate) fn run_end(text: &str, start: usize, fam: Family) -> (usize, bool) {
    let mut end = start;
    let mut prev = '\0';
    let mut kana = false;
    for c in text.get(start..).unwrap_or("").chars() {
        let same = match fam {
            Family::HanKana => {
                let k = is_kana(c);
                kana |= k;
                is_han(c) || k || (c == '○' && is_chinese_numeral(prev))
            }
            Family::SouthEast => is_south_east(c),
        };
        if !same {
            break;
        }
        end += c.len_utf8();
        prev = c;
    }
    (end, kana)
}

/// The jieba-rs segmenter with its default dictionary, loaded on first use.
fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

/// ICU4X's word segmenter with its compiled dictionaries, built on first use.
fn icu() -> WordSegmenterBorrowed<'static> {
    static ICU: OnceLock<WordSegmenterBorrowed<'static>> = OnceLock::new();
    *ICU.get_or_init(|| WordSegmenter::new_dictionary(WordBreakInvariantOptions::default()))
}

/// Loads the segmenters now instead of at the first text that needs them: jieba's
/// dictionary takes about 0.15 s and 30 MB to load, once per process.
///
/// ```
/// nutgraf_tokenize::warm_up();
/// ```
pub fn warm_up() {
    let _ = jieba();
    let _ = icu();
}

/// The kind of a word cut from a Han run: a number when made only of Chinese numerals.
fn han_kind(word: &str) -> TokenKind {
    // most words are told apart by their first char
    if word.chars().next().is_some_and(is_chinese_numeral) && word.chars().all(is_chinese_numeral) {
        TokenKind::Number
    } else {
        TokenKind::Word
    }
}

/// Chinese numerals that are digits (not the multipliers 百, 千, 万, 亿, which cannot start
/// a number).
fn is_digit_numeral(c: char) -> bool {
    is_chinese_numeral(c) && !matches!(c, '百' | '千' | '万' | '亿')
}

/// Units that make one word with the number before them: a year, month, day or hour
/// (`2001年`, `十二月`, `31日`), as the PKU, CTB and MSR standards all write dates.
pub(crate) fn is_date_unit(c: char) -> bool {
    matches!(c, '年' | '月' | '日' | '号' | '时')
}

/// Measure words that are a word of their own after a numeral (`三|个`, `两|年`).
fn is_classifier(c: char) -> bool {
    matches!(
        c,
        '个' | '年'
            | '次'
            | '位'
            | '种'
            | '条'
            | '批'
            | '天'
            | '项'
            | '名'
            | '届'
            | '岁'
            | '家'
            | '件'
            | '张'
            | '只'
            | '座'
            | '场'
            | '部'
            | '台'
            | '所'
            | '支'
            | '份'
            | '本'
            | '辆'
            | '架'
            | '层'
            | '篇'
            | '句'
            | '段'
            | '期'
            | '轮'
            | '株'
            | '头'
            | '匹'
            | '户'
            | '封'
            | '趟'
            | '遍'
            | '番'
            | '类'
            | '组'
            | '套'
            | '笔'
            | '元'
            | '块'
            | '吨'
            | '倍'
            | '周'
            | '月'
            | '根'
            | '颗'
            | '节'
            | '点'
            | '辈'
            | '秒'
    )
}

/// Where a written-out number at byte `start` of `run` ends (with a leading `第` and a
/// trailing date unit), or `None` when there is none worth cutting out: two numerals or more
/// (`二○○一年`, `三十一日`, `第十九`), or one after `第` (`第一`).
fn numeral_end(run: &str, start: usize) -> Option<usize> {
    let mut chars = run.get(start..)?.char_indices().peekable();
    let mut ordinal = false;
    if let Some(&(_, '第')) = chars.peek() {
        ordinal = true;
        chars.next();
    }
    let mut count = 0;
    let mut end = start + if ordinal { '第'.len_utf8() } else { 0 };
    let mut first = true;
    while let Some(&(at, c)) = chars.peek() {
        let ok = if first {
            is_digit_numeral(c)
        } else {
            is_chinese_numeral(c)
        };
        if !ok {
            break;
        }
        first = false;
        count += 1;
        end = start + at + c.len_utf8();
        chars.next();
    }
    if count >= 2 || (ordinal && count >= 1) {
        if !ordinal {
            if let Some(&(at, c)) = chars.peek() {
                // a year is spelled digit by digit (`二○○一年`); `二十年` is twenty years
                let year = c != '年'
                    || !run
                        .get(start..start + at)
                        .unwrap_or("")
                        .contains(['十', '百', '千', '万', '亿', '两']);
                if is_date_unit(c) && year {
                    end = start + at + c.len_utf8();
                }
            }
        }
        Some(end)
    } else {
        None
    }
}

/// Cuts `run` (a run of one [`Family`], at byte `offset` of the text) into words and calls
/// `emit` with each word's text, start, end (byte offsets in the text) and kind, in order.
/// `japanese` (the run has kana, or the text is Japanese) sends a Han run to the Japanese
/// segmenter.
pub(crate) fn segment(
    run: &str,
    offset: usize,
    fam: Family,
    japanese: bool,
    emit: &mut impl FnMut(&str, usize, usize, TokenKind),
) {
    if fam == Family::SouthEast {
        by_icu(run, offset, emit);
        return;
    }
    // Written-out numbers are cut out first (Japanese writes them as Chinese does); the
    // segmenter gets the text between them.
    let cut = |piece: &str, at: usize, emit: &mut _| {
        if japanese {
            by_icu(piece, at, emit);
        } else {
            chinese(piece, at, emit);
        }
    };
    let mut from = 0;
    for (at, c) in run.char_indices() {
        if at < from || !(is_digit_numeral(c) || c == '第') {
            continue;
        }
        if let Some(end) = numeral_end(run, at) {
            cut(run.get(from..at).unwrap_or(""), offset + from, emit);
            emit(
                run.get(at..end).unwrap_or(""),
                offset + at,
                offset + end,
                TokenKind::Number,
            );
            from = end;
        }
    }
    cut(run.get(from..).unwrap_or(""), offset + from, emit);
}

/// Cuts a run with ICU4X's dictionary segmenter.
fn by_icu(run: &str, offset: usize, emit: &mut impl FnMut(&str, usize, usize, TokenKind)) {
    let mut last = 0;
    for at in icu().segment_str(run) {
        if at > last {
            if let Some(word) = run.get(last..at) {
                emit(word, offset + last, offset + at, TokenKind::Word);
            }
        }
        last = at;
    }
}

/// Cuts a Han run with jieba (no HMM), splitting a measure word off the numeral before it.
fn chinese(run: &str, offset: usize, emit: &mut impl FnMut(&str, usize, usize, TokenKind)) {
    if run.is_empty() {
        return;
    }
    for t in jieba().cut(run, false) {
        let (start, end) = (offset + t.byte_start, offset + t.byte_end);
        let mut chars = t.word.chars();
        if let (Some(a), Some(b), None) = (chars.next(), chars.next(), chars.next()) {
            // `一个` is a word of its own in jieba's dictionary and in the PKU standard
            let counts = is_digit_numeral(a) || a == '几' || a == '多';
            if counts && is_classifier(b) && t.word != "一个" {
                let mid = start + a.len_utf8();
                let (num, measure) = t.word.split_at(a.len_utf8());
                emit(num, start, mid, TokenKind::Number);
                emit(measure, mid, end, TokenKind::Word);
                continue;
            }
        }
        emit(t.word, start, end, han_kind(t.word));
    }
}

#[cfg(test)]
mod tests {
    use crate::{TokenKind, tokenize};

    /// The tokens of `text`, after checking that their spans cover every character of it but
    /// white space, in order and without overlap.
    fn words(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let mut rest = text;
        let mut end = 0;
        for t in &tokens {
            assert!(t.span.start >= end, "overlap at {t:?} in {text}");
            let gap = text.get(end..t.span.start).unwrap_or("x");
            assert!(gap.trim().is_empty(), "{gap:?} skipped in {text}");
            end = t.span.end;
            rest = text.get(end..).unwrap_or("");
        }
        assert!(rest.trim().is_empty(), "{rest:?} left in {text}");
        tokens.iter().map(|t| t.as_str(text)).collect()
    }

    #[test]
    fn chinese_gets_words() {
        let text = "我们明天去北京参观博物馆，顺便看看新修的地铁站。";
        assert_eq!(
            words(text),
            [
                "我们",
                "明天",
                "去",
                "北京",
                "参观",
                "博物馆",
                "，",
                "顺便",
                "看看",
                "新",
                "修",
                "的",
                "地铁站",
                "。"
            ]
        );
    }

    #[test]
    fn chinese_numbers_dates_and_measure_words() {
        let text = "2024年3月5日，三个工厂在二○二三年雇用了50万人，增长了12％。";
        assert_eq!(
            words(text),
            [
                "2024年",
                "3月",
                "5日",
                "，",
                "三",
                "个",
                "工厂",
                "在",
                "二○二三年",
                "雇用",
                "了",
                "50万",
                "人",
                "，",
                "增长",
                "了",
                "12％",
                "。"
            ]
        );
        // ten years is a number and a measure word, not a year
        assert_eq!(words("过去10年"), ["过去", "10", "年"]);
        let kinds: Vec<TokenKind> = tokenize("二○二三年").iter().map(|t| t.kind).collect();
        assert_eq!(kinds, [TokenKind::Number]);
    }

    #[test]
    fn chinese_in_mixed_text_keeps_exact_spans() {
        let text = "Apple公司在上海开设了新店——这是它的第十家店……";
        assert_eq!(
            words(text),
            [
                "Apple", "公司", "在", "上海", "开设", "了", "新店", "——", "这", "是", "它", "的",
                "第十", "家", "店", "……"
            ]
        );
    }

    #[test]
    fn japanese_gets_words() {
        let text = "私は昨日東京で友達と映画を見ました。";
        assert_eq!(
            words(text),
            [
                "私", "は", "昨日", "東京", "で", "友達", "と", "映画", "を", "見", "まし", "た",
                "。"
            ]
        );
    }

    #[test]
    fn japanese_numbers_are_one_token() {
        let text = "新路線は二〇三〇年の開業を目指す。";
        assert_eq!(
            words(text),
            [
                "新",
                "路線",
                "は",
                "二〇三〇年",
                "の",
                "開業",
                "を",
                "目指す",
                "。"
            ]
        );
    }

    #[test]
    fn thai_gets_words() {
        let text = "ฉันชอบกินข้าวผัดกับเพื่อนที่ร้านอาหารใกล้บ้าน";
        assert_eq!(
            words(text),
            [
                "ฉัน",
                "ชอบ",
                "กิน",
                "ข้าว",
                "ผัด",
                "กับ",
                "เพื่อน",
                "ที่",
                "ร้าน",
                "อาหาร",
                "ใกล้",
                "บ้าน"
            ]
        );
    }

    #[test]
    fn lao_gets_words() {
        let text = "ຂ້ອຍຮັກປະເທດລາວ ແລະ ຂ້ອຍຢາກໄປທ່ຽວວຽງຈັນ";
        assert_eq!(
            words(text),
            [
                "ຂ້ອຍ",
                "ຮັກ",
                "ປະເທດ",
                "ລາວ",
                "ແລະ",
                "ຂ້ອຍ",
                "ຢາກ",
                "ໄປ",
                "ທ່ຽວ",
                "ວຽງຈັນ"
            ]
        );
    }

    #[test]
    fn khmer_gets_words() {
        let text = "ខ្ញុំចូលចិត្តអានសៀវភៅនៅពេលល្ងាច។";
        assert_eq!(
            words(text),
            ["ខ្ញុំ", "ចូលចិត្ត", "អាន", "សៀវភៅ", "នៅពេល", "ល្ងាច", "។"]
        );
    }

    #[test]
    fn burmese_gets_words() {
        let text = "ကျွန်တော်စာအုပ်ဖတ်တယ်။";
        assert_eq!(words(text), ["ကျွန်တော်", "စာအုပ်", "ဖတ်", "တယ်", "။"]);
    }

    #[test]
    fn korean_keeps_its_spaces() {
        assert_eq!(
            words("서울에서 회의가 열렸다."),
            ["서울에서", "회의가", "열렸다", "."]
        );
    }

    #[test]
    fn a_latin_word_stops_where_thai_starts() {
        assert_eq!(words("COVID-19ระบาด"), ["COVID-19", "ระบาด"]);
    }
}
