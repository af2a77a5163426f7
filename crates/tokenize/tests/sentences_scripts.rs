//! Sentences in every script the splitter supports: terminators, quotation styles, citation
//! marks, ellipses, and abbreviations and initials in Cyrillic, Greek and the languages with a
//! stemmer. Every text here was written for these tests.

use nutgraf_tokenize::SentenceSplitter;

fn sents<'t>(code: &str, text: &'t str) -> Vec<&'t str> {
    SentenceSplitter::for_code(code)
        .split(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

// ------------------------------------------------------------------ terminators per script

#[test]
fn armenian_full_stop_and_the_colon_typed_for_it() {
    let text = "Երևանում այսօր անձրև է։ Վաղը արև կլինի: Պրոֆ. Սարգսյանը կխոսի։";
    assert_eq!(
        sents("hye", text),
        [
            "Երևանում այսօր անձրև է։",
            "Վաղը արև կլինի:",
            "Պրոֆ. Սարգսյանը կխոսի։"
        ]
    );
    // The colon is a full stop only in Armenian.
    assert_eq!(sents("eng", "Note: The room is full.").len(), 1);
    // The Armenian full stop ends a sentence in any language's rules.
    assert_eq!(sents("und", "Նա եկավ։ Նա գնաց։").len(), 2);
}

#[test]
fn greek_question_mark_and_the_semicolon_typed_for_it() {
    let text = "Πού πας; Πάω σπίτι. Ο κ. Παπαδόπουλος ήρθε χθες.";
    assert_eq!(
        sents("ell", text),
        ["Πού πας;", "Πάω σπίτι.", "Ο κ. Παπαδόπουλος ήρθε χθες."]
    );
    // U+037E is the Greek question mark everywhere; ';' only in Greek.
    assert_eq!(sents("und", "Πού πας\u{37E} Πάω σπίτι.").len(), 2);
    assert_eq!(sents("eng", "We came; They left.").len(), 1);
}

#[test]
fn ethiopic_stops() {
    let text = "ዛሬ ዝናብ ዘነበ። ነገ ፀሐይ ትወጣለች፧ አዎ፨ በቃ።";
    assert_eq!(
        sents("amh", text),
        ["ዛሬ ዝናብ ዘነበ።", "ነገ ፀሐይ ትወጣለች፧", "አዎ፨", "በቃ።"]
    );
}

#[test]
fn devanagari_danda_and_indic_initials() {
    let text = "आज बारिश हुई। कल धूप होगी॥ डॉ. शर्मा ने कहा कि बी. सी. में पुलिस आई।";
    assert_eq!(
        sents("hin", text),
        [
            "आज बारिश हुई।",
            "कल धूप होगी॥",
            "डॉ. शर्मा ने कहा कि बी. सी. में पुलिस आई।"
        ]
    );
    // Where a period is the full stop (Gujarati), a one-letter word before it is a word.
    assert_eq!(
        sents("guj", "આ સારું છે. તે ઘરે ગયો."),
        ["આ સારું છે.", "તે ઘરે ગયો."]
    );
    // Tamil ends sentences with a period and writes initials before names.
    assert_eq!(
        sents("tam", "மு. கருணாநிதி சென்னையில் பிறந்தார். திரு. ராமன் வந்தார்."),
        ["மு. கருணாநிதி சென்னையில் பிறந்தார்.", "திரு. ராமன் வந்தார்."]
    );
    // No space is needed after a danda.
    assert_eq!(sents("hin", "आज बारिश हुई।कल धूप होगी।").len(), 2);
}

#[test]
fn arabic_and_urdu() {
    assert_eq!(
        sents("ara", "هل أنت هنا؟ نعم، أنا هنا. شكرا لك."),
        ["هل أنت هنا؟", "نعم، أنا هنا.", "شكرا لك."]
    );
    assert_eq!(
        sents("urd", "میں گھر گیا۔ وہ بازار گئی۔"),
        ["میں گھر گیا۔", "وہ بازار گئی۔"]
    );
}

#[test]
fn burmese_and_khmer() {
    assert_eq!(
        sents("mya", "ဒီနေ့ မိုးရွာတယ်။ မနက်ဖြန် နေသာမယ်။"),
        ["ဒီနေ့ မိုးရွာတယ်။", "မနက်ဖြန် နေသာမယ်။"]
    );
    assert_eq!(
        sents("khm", "ថ្ងៃនេះភ្លៀង។ ថ្ងៃស្អែកថ្ងៃចេញ។"),
        ["ថ្ងៃនេះភ្លៀង។", "ថ្ងៃស្អែកថ្ងៃចេញ។"]
    );
    // Without a space after the stop, too.
    assert_eq!(sents("khm", "ថ្ងៃនេះភ្លៀង។ថ្ងៃស្អែកថ្ងៃចេញ។").len(), 2);
}

#[test]
fn full_width_stops_and_closing_brackets() {
    assert_eq!(
        sents(
            "jpn",
            "今日は雨です。明日は晴れるでしょう！「本当？」と彼は聞いた。"
        ),
        [
            "今日は雨です。",
            "明日は晴れるでしょう！",
            "「本当？」と彼は聞いた。"
        ]
    );
    assert_eq!(
        sents("zho", "他说：“我们明天出发。”大家都同意了。（完）"),
        ["他说：“我们明天出发。”", "大家都同意了。", "（完）"]
    );
    assert_eq!(
        sents("jpn", "「行くよ。」彼は言った。"),
        ["「行くよ。」", "彼は言った。"]
    );
}

// ------------------------------------------------------------------ Spanish ¿…? ¡…!

#[test]
fn spanish_inverted_marks() {
    assert_eq!(
        sents(
            "spa",
            "¿Vienes mañana? ¡Claro que sí! Nos vemos a las cinco."
        ),
        [
            "¿Vienes mañana?",
            "¡Claro que sí!",
            "Nos vemos a las cinco."
        ]
    );
    // A question inside the sentence goes on after its closing mark.
    assert_eq!(
        sents(
            "spa",
            "Me preguntó ¿vienes? y le dije que sí. Luego salimos."
        ),
        ["Me preguntó ¿vienes? y le dije que sí.", "Luego salimos."]
    );
    assert_eq!(
        sents(
            "spa",
            "Leímos el art. 4 y el párrf. 2 de la ley de los EE. UU. ayer."
        ),
        ["Leímos el art. 4 y el párrf. 2 de la ley de los EE. UU. ayer."]
    );
}

// ------------------------------------------------------------------ quotation styles of Europe

#[test]
fn german_guillemets_pointing_inwards() {
    // The paragraph of the issue: three sentences, not one.
    let text = "Er sagte: »Wir kommen morgen.« Dann ging er nach Hause. »Das ist gut«, meinte sie.";
    assert_eq!(
        sents("deu", text),
        [
            "Er sagte: »Wir kommen morgen.«",
            "Dann ging er nach Hause.",
            "»Das ist gut«, meinte sie."
        ]
    );
}

#[test]
fn german_low_high_quotes() {
    assert_eq!(
        sents(
            "deu",
            "Sie fragte: „Kommst du heute?“ Er antwortete nicht. „Ja“, sagte er später."
        ),
        [
            "Sie fragte: „Kommst du heute?“",
            "Er antwortete nicht.",
            "„Ja“, sagte er später."
        ]
    );
}

#[test]
fn quotes_of_the_north_and_east() {
    // Swedish and Finnish: »…» and ”…”; Polish and Czech: „…” and „…“; German single ‚…‘.
    assert_eq!(
        sents(
            "swe",
            "Han sa: »Jag kommer.» Sedan gick han. ”Bra”, sa hon."
        ),
        ["Han sa: »Jag kommer.»", "Sedan gick han.", "”Bra”, sa hon."]
    );
    assert_eq!(
        sents(
            "pol",
            "Powiedział: „Przyjdę jutro.” Potem wyszedł. „Dobrze” – odpowiedziała."
        ),
        [
            "Powiedział: „Przyjdę jutro.”",
            "Potem wyszedł.",
            "„Dobrze” – odpowiedziała."
        ]
    );
    assert_eq!(
        sents("ces", "Řekl: „Přijdu zítra.“ Potom odešel."),
        ["Řekl: „Přijdu zítra.“", "Potom odešel."]
    );
    assert_eq!(
        sents("deu", "Er sagte: ‚Ich komme.‘ Dann ging er."),
        ["Er sagte: ‚Ich komme.‘", "Dann ging er."]
    );
}

#[test]
fn french_guillemets_with_spaces() {
    assert_eq!(
        sents(
            "fra",
            "Il a dit : « Nous sommes prêts ! » Puis il est parti. « Très bien », dit-elle."
        ),
        [
            "Il a dit : « Nous sommes prêts ! »",
            "Puis il est parti.",
            "« Très bien », dit-elle."
        ]
    );
    // Scraped text that lost the space after the closing guillemet.
    assert_eq!(
        sents("fra", "« Il faut agir en 2022. »S'il refuse, il part."),
        ["« Il faut agir en 2022. »", "S'il refuse, il part."]
    );
    // A paragraph that begins inside a quotation keeps the French direction.
    assert_eq!(
        sents("fra", "à la gare ». Le train part. « Vite », dit-il."),
        ["à la gare ».", "Le train part.", "« Vite », dit-il."]
    );
}

#[test]
fn single_guillemets_both_ways() {
    assert_eq!(
        sents(
            "dan",
            "Han sagde: ›Jeg kommer.‹ Så gik han. ›Godt‹, sagde hun."
        ),
        [
            "Han sagde: ›Jeg kommer.‹",
            "Så gik han.",
            "›Godt‹, sagde hun."
        ]
    );
    assert_eq!(
        sents("fra", "Il dit : ‹ Oui. › Puis il part."),
        ["Il dit : ‹ Oui. ›", "Puis il part."]
    );
}

#[test]
fn russian_guillemets_and_dutch_commas() {
    assert_eq!(
        sents(
            "rus",
            "Он сказал: «Мы готовы». Потом ушёл. «Хорошо», ответила она."
        ),
        [
            "Он сказал: «Мы готовы».",
            "Потом ушёл.",
            "«Хорошо», ответила она."
        ]
    );
    assert_eq!(
        sents(
            "nld",
            "Het werk is klaar. ,,Wij zijn blij'', zei hij. Dat klopt."
        ),
        [
            "Het werk is klaar.",
            ",,Wij zijn blij'', zei hij.",
            "Dat klopt."
        ]
    );
}

// ------------------------------------------------------------------ citation marks, ellipses

#[test]
fn citation_marks_stay_with_the_sentence_before() {
    assert_eq!(
        sents(
            "eng",
            "The river is long.[1] It flows north.[13] Most towns lie on it.² Trade was brisk."
        ),
        [
            "The river is long.[1]",
            "It flows north.[13]",
            "Most towns lie on it.²",
            "Trade was brisk."
        ]
    );
    // An ordinary bracket after a full stop is not a citation: no boundary before it.
    assert_eq!(
        sents("eng", "It rained.[Editor's note: it did.] Then it stopped."),
        ["It rained.[Editor's note: it did.]", "Then it stopped."]
    );
}

#[test]
fn ellipses() {
    assert_eq!(
        sents("eng", "I waited... Then I left. She paused… Nobody spoke."),
        [
            "I waited...",
            "Then I left.",
            "She paused…",
            "Nobody spoke."
        ]
    );
    assert_eq!(sents("eng", "He said . . . nothing at all.").len(), 1);
    assert_eq!(sents("deu", "Er wartete ... und wartete.").len(), 1);
}

#[test]
fn informal_text_without_capitals() {
    assert_eq!(
        sents(
            "eng",
            "We are finished here. i need a new job. Call me at 5 p.m. and not later."
        ),
        [
            "We are finished here.",
            "i need a new job.",
            "Call me at 5 p.m. and not later."
        ]
    );
    assert_eq!(
        sents(
            "eng",
            "Is it for guitar? there is no tab. She works at Yahoo! in the sales team."
        ),
        [
            "Is it for guitar?",
            "there is no tab.",
            "She works at Yahoo! in the sales team."
        ]
    );
}

// ------------------------------------------------------------------ abbreviations and initials

#[test]
fn cyrillic_initials_and_abbreviations() {
    assert_eq!(
        sents(
            "rus",
            "А. С. Пушкин родился в 1799 г. в Москве. Он писал стихи, т.е. был поэтом."
        ),
        [
            "А. С. Пушкин родился в 1799 г. в Москве.",
            "Он писал стихи, т.е. был поэтом."
        ]
    );
    assert_eq!(
        sents(
            "ukr",
            "Т. Г. Шевченко жив на вул. Хрещатик. Він написав багато віршів, пісень тощо."
        ),
        [
            "Т. Г. Шевченко жив на вул. Хрещатик.",
            "Він написав багато віршів, пісень тощо."
        ]
    );
    // Initials joined by periods: the name is no sentence starter.
    assert_eq!(
        sents("ukr", "Т.Г. Шевченко народився в Києві. Він був поетом."),
        ["Т.Г. Шевченко народився в Києві.", "Він був поетом."]
    );
    assert_eq!(
        sents("ukr", "Це сталося 1991 р. Тоді країна стала незалежною."),
        ["Це сталося 1991 р.", "Тоді країна стала незалежною."]
    );
}

#[test]
fn greek_initials_and_abbreviations() {
    assert_eq!(
        sents(
            "ell",
            "Ο κ. Γ. Παπαδόπουλος ήρθε. Είδε π.χ. το σπίτι. Η κα Νικολάου έμεινε."
        ),
        [
            "Ο κ. Γ. Παπαδόπουλος ήρθε.",
            "Είδε π.χ. το σπίτι.",
            "Η κα Νικολάου έμεινε."
        ]
    );
}

#[test]
fn abbreviations_of_the_stemmer_languages() {
    let cases: &[(&str, &str, usize)] = &[
        (
            "dan",
            "Hr. Jensen kommer bl.a. med sin kone. De bor i Aarhus.",
            2,
        ),
        ("nob", "Vi kjøpte f.eks. brød og melk. Det kostet mye.", 2),
        ("swe", "Vi åt bl.a. fisk, t.ex. lax. Sedan gick vi hem.", 2),
        (
            "hun",
            "Dr. Kovács és ifj. Nagy jöttek el. Minden jó volt.",
            2,
        ),
        (
            "ron",
            "Dl. Popescu locuiește pe str. Eminescu. El este medic.",
            2,
        ),
        (
            "tur",
            "Prof. Dr. Ahmet Yılmaz geldi. Kitap, defter vb. şeyler aldık.",
            2,
        ),
        (
            "deu",
            "Das ist z.B. ein Test. Frau Dr. Weber kam am 3. Oktober.",
            2,
        ),
        (
            "fra",
            "M. Dupont habite av. Foch. Il travaille p. ex. le dimanche.",
            2,
        ),
        (
            "ita",
            "Il Sig. Rossi e il Dott. Bianchi sono arrivati. Poi sono usciti.",
            2,
        ),
        ("por", "O Sr. Silva mora na Av. Paulista. Ele é médico.", 2),
        ("nld", "Dhr. Jansen woont in de Kerkstraat. Hij is arts.", 2),
        (
            "spa",
            "El Sr. García vive en la Avda. Libertad. Es médico.",
            2,
        ),
    ];
    for &(code, text, n) in cases {
        assert_eq!(
            sents(code, text).len(),
            n,
            "{code}: {:?}",
            sents(code, text)
        );
    }
}

// ------------------------------------------------------------------ lists run into the text

#[test]
fn a_list_run_into_the_text_after_a_heading() {
    assert_eq!(
        sents(
            "por",
            "O que evitar 1. Cartas longas demais 2. Erros no nome da empresa"
        ),
        [
            "O que evitar",
            "1. Cartas longas demais",
            "2. Erros no nome da empresa"
        ]
    );
    // Without a second item, "1." is a number that ends the sentence.
    assert_eq!(
        sents("eng", "He won race 1. Then he rested."),
        ["He won race 1.", "Then he rested."]
    );
}
