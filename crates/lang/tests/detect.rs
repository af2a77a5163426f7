//! Behaviour of nutgraf-lang on text written for these tests and on the seed article.

use nutgraf_lang::{Detector, Language, detect};
use proptest::prelude::*;

fn code(text: &str) -> Option<&'static str> {
    detect(text).map(|d| d.code())
}

#[test]
fn sentences_in_many_languages() {
    let cases = [
        (
            "eng",
            "The city council approved the new budget after a long debate.",
        ),
        (
            "deu",
            "Der Stadtrat hat den neuen Haushalt nach langer Debatte beschlossen.",
        ),
        (
            "fra",
            "Le conseil municipal a adopté le nouveau budget après un long débat.",
        ),
        (
            "spa",
            "El ayuntamiento aprobó el nuevo presupuesto tras un largo debate.",
        ),
        (
            "por",
            "A câmara municipal aprovou o novo orçamento depois de um longo debate.",
        ),
        (
            "ita",
            "Il consiglio comunale ha approvato il nuovo bilancio dopo un lungo dibattito.",
        ),
        (
            "nld",
            "De gemeenteraad heeft na een lang debat de nieuwe begroting goedgekeurd.",
        ),
        (
            "swe",
            "Kommunfullmäktige godkände den nya budgeten efter en lång debatt.",
        ),
        (
            "dan",
            "Byrådet vedtog det nye budget efter en lang debat i går aftes.",
        ),
        (
            "pol",
            "Rada miasta przyjęła nowy budżet po długiej debacie.",
        ),
        (
            "ces",
            "Zastupitelstvo schválilo nový rozpočet po dlouhé debatě.",
        ),
        (
            "fin",
            "Kaupunginvaltuusto hyväksyi uuden talousarvion pitkän keskustelun jälkeen.",
        ),
        (
            "hun",
            "A városi tanács hosszú vita után elfogadta az új költségvetést.",
        ),
        (
            "tur",
            "Belediye meclisi uzun bir tartışmanın ardından yeni bütçeyi onayladı.",
        ),
        (
            "rus",
            "Городской совет утвердил новый бюджет после долгих дебатов.",
        ),
        (
            "ukr",
            "Міська рада затвердила новий бюджет після тривалих дебатів.",
        ),
        (
            "bul",
            "Общинският съвет прие новия бюджет след дълъг дебат.",
        ),
        (
            "ara",
            "وافق مجلس المدينة على الميزانية الجديدة بعد نقاش طويل.",
        ),
        ("pes", "شورای شهر پس از بحثی طولانی بودجه جدید را تصویب کرد."),
        ("hin", "नगर परिषद ने लंबी बहस के बाद नया बजट पारित किया।"),
        ("cmn", "市议会经过长时间辩论后批准了新的预算。"),
        ("jpn", "市議会は長い議論の末、新しい予算を承認した。"),
        ("kor", "시의회는 긴 논쟁 끝에 새 예산을 승인했다."),
        (
            "ell",
            "Το δημοτικό συμβούλιο ενέκρινε τον νέο προϋπολογισμό.",
        ),
        ("heb", "מועצת העיר אישרה את התקציב החדש לאחר ויכוח ארוך."),
        ("tha", "สภาเมืองอนุมัติงบประมาณใหม่หลังจากการอภิปรายที่ยาวนาน"),
    ];
    for (want, text) in cases {
        let d = detect(text).unwrap_or_else(|| panic!("no detection for {text:?}"));
        assert_eq!(d.code(), want, "{text:?}");
        assert!(d.confidence() > 0.9, "{text:?}: {d:?}");
        assert!(d.is_reliable(), "{text:?}: {d:?}");
    }
}

#[test]
fn single_words_and_pairs() {
    let cases = [
        ("deu", "Straßenbahn"),
        ("deu", "Bürgermeister"),
        ("fra", "aujourd'hui"),
        ("spa", "mañana"),
        ("por", "não"),
        ("pol", "źdźbło"),
        ("hun", "sőt"),
        ("ron", "și"),
        ("tur", "ğöz değil"),
        ("eng", "the weather"),
        ("nld", "het weer"),
        ("ita", "della città"),
        ("swe", "och också"),
        ("ces", "když se"),
        ("fin", "hyvää päivää"),
        ("rus", "сегодня вечером"),
        ("ukr", "їжак"),
        ("srp", "ђак"),
        ("mkd", "ѓубре"),
    ];
    for (want, text) in cases {
        assert_eq!(code(text), Some(want), "{text:?}");
    }
}

#[test]
fn scripts_decide_alone() {
    assert_eq!(code("ひらがな"), Some("jpn"));
    assert_eq!(code("カタカナ"), Some("jpn"));
    assert_eq!(code("漢字とかな"), Some("jpn"));
    assert_eq!(code("안녕하세요"), Some("kor"));
    assert_eq!(code("ქართული"), Some("kat"));
    assert_eq!(code("Հայերեն"), Some("hye"));
    assert_eq!(code("ελληνικά"), Some("ell"));
    let k = detect("안녕").expect("hangul");
    assert_eq!((k.script(), k.confidence()), ("Hangul", 1.0));
}

#[test]
fn no_signal_is_none() {
    for text in [
        "",
        " ",
        "\n\t",
        "12345",
        "3.14 + 2,71 = 5.85",
        "!!! ??? ...",
        "🙂🚀🎉",
        "—",
        "@#$%^&*()",
    ] {
        assert!(detect(text).is_none(), "{text:?}");
    }
}

#[test]
fn seed_is_confident_english() {
    let seed = include_str!("../../../seeds/000_41a3ba1b02c85ae1.txt");
    let d = detect(seed).expect("seed detected");
    assert_eq!(
        (d.code(), d.name(), d.script()),
        ("eng", "English", "Latin")
    );
    assert!(d.confidence() > 0.99, "{d:?}");
    assert!(d.is_reliable());
}

#[test]
fn allowlist_denylist_and_min_confidence() {
    let lang = |c: &str| Language::from_code(c).expect("known code");
    let mut d = Detector::new();
    d.allowlist([lang("dan"), lang("swe")]);
    for text in [
        "Hvad hedder du?",
        "Vad heter du?",
        "What is your name?",
        "Как тебя зовут?",
    ] {
        if let Some(found) = d.detect(text) {
            assert!(
                ["dan", "swe"].contains(&found.code()),
                "{text:?}: {found:?}"
            );
        }
    }
    assert!(
        d.detect("Как тебя зовут?").is_none(),
        "no allowed Cyrillic language"
    );
    d.allowlist([]);
    assert!(d.detect("What is your name?").is_none());

    let mut d = Detector::new();
    d.denylist([lang("eng")]);
    assert_ne!(
        d.detect("What is your name?").map(|x| x.code()),
        Some("eng")
    );
    d.denylist([lang("cmn")]);
    assert_eq!(d.detect("天气").map(|x| x.code()), Some("jpn"));

    let mut d = Detector::new();
    d.min_confidence(f64::NAN).min_confidence(2.0);
    assert!(
        d.detect("The weather is nice today.")
            .is_some_and(|x| x.confidence() >= 1.0)
            || d.detect("The weather is nice today.").is_none()
    );
    d.min_confidence(-1.0);
    assert!(d.detect("a").is_some());
}

#[test]
fn language_codes_round_trip() {
    let all: Vec<Language> = Language::all().collect();
    assert_eq!(all.len(), 70);
    assert_eq!(all.iter().filter(|l| l.is_covered()).count(), 57);
    for l in all {
        assert_eq!(Language::from_code(l.code()), Some(l));
        assert!(!l.name().is_empty());
    }
    assert_eq!(Language::from_code("ENG"), None);
}

#[cfg(feature = "serde")]
#[test]
fn serializes_as_the_pipeline_expects() {
    let d = detect("The weather is nice today, isn't it?").expect("english");
    let v = serde_json::to_value(d).expect("serialize");
    assert_eq!(v["code"], "eng");
    assert_eq!(v["name"], "English");
    assert_eq!(v["script"], "Latin");
    assert!(
        v["confidence"]
            .as_f64()
            .is_some_and(|c| (0.0..=1.0).contains(&c))
    );
    assert_eq!(v["reliable"], true);
    assert_eq!(serde_json::to_value(d.language()).expect("lang"), "eng");
}

#[test]
fn deterministic() {
    let texts = ["a", "ok", "nie", "the weather", "Hvad så", "天", "Привет"];
    let first: Vec<_> = texts.iter().map(|t| detect(t)).collect();
    for _ in 0..3 {
        let again: Vec<_> = texts.iter().map(|t| detect(t)).collect();
        assert_eq!(first, again);
        let fresh = Detector::new();
        let other: Vec<_> = texts.iter().map(|t| fresh.detect(t)).collect();
        assert_eq!(first, other);
    }
}

proptest! {
    #[test]
    fn never_panics_and_confidence_in_range(text in any::<String>()) {
        if let Some(d) = detect(&text) {
            prop_assert!((0.0..=1.0).contains(&d.confidence()));
            prop_assert!(Language::from_code(d.code()).is_some());
        }
    }

    #[test]
    fn never_panics_on_letters_of_many_scripts(text in "[a-zäöüßøñőșğđ\\u{0400}-\\u{04FF}\\u{0600}-\\u{06FF}\\u{0900}-\\u{097F}\\u{4E00}-\\u{4E80}\\u{3040}-\\u{30FF} ]{0,40}") {
        let _ = detect(&text);
    }
}

/// Latin-script languages without n-gram tables (Javanese, Uzbek) are still answered when
/// whatlang is sure of them: the shortcut that skips whatlang for a text full of the tables'
/// best language's common words must not swallow them.
#[test]
fn untabled_latin_languages_survive_the_common_word_shortcut() {
    let javanese = "Basa Jawa iku basa sing dienggo wong Jawa ing tlatah Jawa Tengah, Jawa Timur, \
                    lan Daerah Istimewa Yogyakarta. Basa iki uga dienggo ing Suriname lan \
                    Kaledonia Anyar, amarga akeh wong Jawa sing manggon ing kana wiwit jaman \
                    biyen. Wong Jawa seneng nganggo basa iki kanggo omong-omongan saben dina.";
    let uzbek = "O'zbekiston Respublikasi Markaziy Osiyoning markaziy qismida joylashgan \
                 davlat. Poytaxti Toshkent shahri. Mamlakatda o'n ikkita viloyat va \
                 Qoraqalpog'iston Respublikasi bor. O'zbek tili davlat tili hisoblanadi va \
                 aholining ko'pchiligi shu tilda gaplashadi.";
    for (text, want) in [(javanese, "jav"), (uzbek, "uzb")] {
        let d = nutgraf_lang::detect(text).expect("a detection");
        assert_eq!(d.code(), want, "{text}");
        // past the first 64 words, where the shortcut takes a second look over 256
        let long = [text; 5].join(" ");
        assert_eq!(nutgraf_lang::detect(&long).unwrap().code(), want, "{long}");
    }
    // and plain English is still English, without asking whatlang
    let english = "The government said on Monday that it would raise taxes on the largest \
                   companies, and that the money would go to the schools and the hospitals of \
                   the poorest regions of the country, where the need is greatest.";
    assert_eq!(nutgraf_lang::detect(english).unwrap().code(), "eng");
}
