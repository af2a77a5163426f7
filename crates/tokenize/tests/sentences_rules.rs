//! Sentence rules on news-like text written for these tests, and each language's
//! abbreviations.

use nutgraf_tokenize::SentenceSplitter;

fn sents<'t>(code: &str, text: &'t str) -> Vec<&'t str> {
    SentenceSplitter::for_code(code)
        .split(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

fn en(text: &str) -> Vec<&str> {
    sents("eng", text)
}

// ------------------------------------------------------------------ English

#[test]
fn titles_never_end_a_sentence() {
    assert_eq!(
        en(
            "Sen. Warren met Rep. Jordan and Gov. Newsom. Lt. Col. Vindman and Gen. Milley did not. \
            Dr. Fauci, Prof. Lee and Mrs. Biden came."
        ),
        [
            "Sen. Warren met Rep. Jordan and Gov. Newsom.",
            "Lt. Col. Vindman and Gen. Milley did not.",
            "Dr. Fauci, Prof. Lee and Mrs. Biden came."
        ]
    );
}

#[test]
fn multi_period_abbreviations() {
    assert_eq!(
        en(
            "The U.S. Supreme Court ruled. The U.K. government disagreed. She lives in the U.S. \
            They moved to Washington, D.C. The city is large."
        ),
        [
            "The U.S. Supreme Court ruled.",
            "The U.K. government disagreed.",
            "She lives in the U.S.",
            "They moved to Washington, D.C.",
            "The city is large."
        ]
    );
}

#[test]
fn company_suffixes() {
    assert_eq!(
        en(
            "Shares of Apple Inc. rose 3%. Microsoft Corp. Chief Executive Satya Nadella spoke. \
            He worked for Acme Ltd. It closed."
        ),
        [
            "Shares of Apple Inc. rose 3%.",
            "Microsoft Corp. Chief Executive Satya Nadella spoke.",
            "He worked for Acme Ltd.",
            "It closed."
        ]
    );
}

#[test]
fn latin_and_reference_abbreviations() {
    assert_eq!(
        en(
            "Some fruits, e.g. Apples, are sweet. Others, i.e. Lemons, are not. It was Smith vs. \
            Jones. Turn to p. 55 and see Fig. 3 for approx. 40 cases."
        ),
        [
            "Some fruits, e.g. Apples, are sweet.",
            "Others, i.e. Lemons, are not.",
            "It was Smith vs. Jones.",
            "Turn to p. 55 and see Fig. 3 for approx. 40 cases."
        ]
    );
}

#[test]
fn numbers_after_and_before_periods() {
    assert_eq!(
        en(
            "No. 10 Downing Street is old. He wore the no. 7 shirt. Inflation was 2.5% in May. \
            Rates stayed at 0.75. He was born in 1950. 20 years later he left."
        ),
        [
            "No. 10 Downing Street is old.",
            "He wore the no. 7 shirt.",
            "Inflation was 2.5% in May.",
            "Rates stayed at 0.75.",
            "He was born in 1950.",
            "20 years later he left."
        ]
    );
}

#[test]
fn months_and_places() {
    assert_eq!(
        en(
            "They met on Jan. 5 at St. Paul's Cathedral. Then they climbed Mt. Everest. He lives \
            on Main St. The house is old."
        ),
        [
            "They met on Jan. 5 at St. Paul's Cathedral.",
            "Then they climbed Mt. Everest.",
            "He lives on Main St.",
            "The house is old."
        ]
    );
}

#[test]
fn initials_and_the_pronoun_i() {
    assert_eq!(
        en(
            "Franklin D. Roosevelt was president. J. K. Rowling wrote it. It was me and I. \
            Then we left. They chose Plan B. The rest failed."
        ),
        [
            "Franklin D. Roosevelt was president.",
            "J. K. Rowling wrote it.",
            "It was me and I.",
            "Then we left.",
            "They chose Plan B.",
            "The rest failed."
        ]
    );
}

#[test]
fn times_of_day() {
    assert_eq!(
        en(
            "The meeting starts at 9 a.m. Tuesday. The store closes at 9 p.m. The staff then \
            leave. By 10 p.m. Police had left."
        ),
        [
            "The meeting starts at 9 a.m. Tuesday.",
            "The store closes at 9 p.m.",
            "The staff then leave.",
            "By 10 p.m. Police had left."
        ]
    );
    assert_eq!(
        en(
            "The fire broke out at 3 a.m. Firefighters arrived at 3:20 a.m. EST and left at \
            7 p.m. Sunday. Nobody was hurt."
        ),
        [
            "The fire broke out at 3 a.m.",
            "Firefighters arrived at 3:20 a.m. EST and left at 7 p.m. Sunday.",
            "Nobody was hurt."
        ]
    );
}

#[test]
fn quotations() {
    // The sentence goes on after the quote: no boundary inside it.
    assert_eq!(
        en("\"We are ready. We will win,\" he said. The crowd cheered."),
        [
            "\"We are ready. We will win,\" he said.",
            "The crowd cheered."
        ]
    );
    // British style, single quotes, as in the Daily Mail.
    assert_eq!(
        en("'It was terrible. I will never forget it,' she said. Police are investigating."),
        [
            "'It was terrible. I will never forget it,' she said.",
            "Police are investigating."
        ]
    );
    assert_eq!(
        en("He said: \u{201c}We are ready. We will win\u{201d}. Then he left."),
        [
            "He said: \u{201c}We are ready. We will win\u{201d}.",
            "Then he left."
        ]
    );
    // Scraped news mixes curly and straight quotes.
    assert_eq!(
        en("\u{2018}It was fine. He played well,' he said. Fans cheered."),
        [
            "\u{2018}It was fine. He played well,' he said.",
            "Fans cheered."
        ]
    );
    // A quotation that ends its sentence is split like any other text.
    assert_eq!(
        en("\"I went home. I slept.\" Then he left."),
        ["\"I went home.", "I slept.\"", "Then he left."]
    );
    // Possessive apostrophes are not quotation marks.
    assert_eq!(
        en(
            "The players' union met. 'We won,' said Jones. Fans cheered at St James' Park. \
            'It was great. Really,' he said."
        ),
        [
            "The players' union met.",
            "'We won,' said Jones.",
            "Fans cheered at St James' Park.",
            "'It was great. Really,' he said."
        ]
    );
}

#[test]
fn ellipses() {
    assert_eq!(
        en("He paused... Then he spoke. He paused... and then spoke. It was [...] fine."),
        [
            "He paused...",
            "Then he spoke.",
            "He paused... and then spoke.",
            "It was [...] fine."
        ]
    );
    assert_eq!(
        en("Wait\u{2026} What? It ended\u{2026} and began."),
        ["Wait\u{2026}", "What?", "It ended\u{2026} and began."]
    );
}

#[test]
fn no_sentence_starts_with_a_closing_bracket_or_comma() {
    assert_eq!(
        en("The list (apples, pears, etc. ) is long. He said no ! , she said."),
        [
            "The list (apples, pears, etc. ) is long.",
            "He said no ! , she said."
        ]
    );
    assert_eq!(
        en("They sold fruit (apples, pears, etc.\n) and bread."),
        ["They sold fruit (apples, pears, etc.\n) and bread."]
    );
}

#[test]
fn urls_emails_and_names_with_bangs() {
    assert_eq!(
        en(
            "Visit www.bbc.co.uk/news for more. Or write to news@bbc.co.uk. She works at Yahoo! \
            in sales. Thanks."
        ),
        [
            "Visit www.bbc.co.uk/news for more.",
            "Or write to news@bbc.co.uk.",
            "She works at Yahoo! in sales.",
            "Thanks."
        ]
    );
}

#[test]
fn lists_and_bullets() {
    assert_eq!(
        en("Three steps: 1. Mix the flour 2. Add water 3. Bake it"),
        [
            "Three steps: 1. Mix the flour",
            "2. Add water",
            "3. Bake it"
        ]
    );
    assert_eq!(
        en("Key points: \u{2022} Prices rose \u{2022} Wages fell"),
        ["Key points:", "\u{2022} Prices rose", "\u{2022} Wages fell"]
    );
    // A numbered heading run into the text, as in scraped news: the label starts a
    // sentence, and the heading ends before the run-in "His comments".
    assert_eq!(
        en("The sport evolved. 9. BENAUD ON BOTHAM His comments were sharp."),
        [
            "The sport evolved.",
            "9. BENAUD ON BOTHAM",
            "His comments were sharp."
        ]
    );
    // Numbering that does not continue is not a list.
    assert_eq!(
        en("He finished 2. The team won."),
        ["He finished 2.", "The team won."]
    );
}

#[test]
fn paragraphs_and_lines() {
    // One paragraph per line, a headline without a period, and a blank line.
    assert_eq!(
        en(
            "Putin lands in Beijing\nHe arrived on Thursday. Talks begin today.\n\nRelated article\n\
            How the war brought them closer"
        ),
        [
            "Putin lands in Beijing",
            "He arrived on Thursday.",
            "Talks begin today.",
            "Related article",
            "How the war brought them closer"
        ]
    );
    // Hard-wrapped text is joined.
    assert_eq!(
        en(
            "The minister said the\nplan would be ready by\nMarch. Critics were not convinced and\n\
            asked Mr.\nSmith for details."
        ),
        [
            "The minister said the\nplan would be ready by\nMarch.",
            "Critics were not convinced and\nasked Mr.\nSmith for details."
        ]
    );
    // Text wrapped at a fixed width: a line ends where the next word did not fit, so a
    // capitalised word at the start of the next line still continues the sentence.
    let wrapped = "Officials from the European Union and the\nUnited States met in Brussels on Tuesday to\n\
                   discuss new tariffs on steel. The talks, led\nby Commissioner Maros Sefcovic and Secretary\n\
                   Gina Raimondo, ended without an agreement.\nBoth sides said they would meet again in\nJune.";
    let got: Vec<String> = en(wrapped).iter().map(|s| s.replace('\n', " ")).collect();
    assert_eq!(
        got,
        [
            "Officials from the European Union and the United States met in Brussels on Tuesday to discuss new tariffs on steel.",
            "The talks, led by Commissioner Maros Sefcovic and Secretary Gina Raimondo, ended without an agreement.",
            "Both sides said they would meet again in June."
        ]
    );
    // A line starting with a lowercase brand name is not a continuation.
    assert_eq!(
        en("Apple launched a phone.\niPhone sales rose."),
        ["Apple launched a phone.", "iPhone sales rose."]
    );
    // Dashed items stay apart even after a comma.
    assert_eq!(
        en("He must:\n- pay a fine,\n- attend meetings"),
        ["He must:", "- pay a fine,", "- attend meetings"]
    );
    // CRLF, lone CR, U+2028 and U+2029 are line breaks too.
    assert_eq!(
        en("One.\r\nTwo.\rThree.\u{2028}Four.\u{2029}five"),
        ["One.", "Two.", "Three.", "Four.", "five"]
    );
}

#[test]
fn lowercased_text() {
    assert_eq!(
        en(
            "the uk economy grew by 2.5% in 2004. mr smith said it was good. the u.s. economy \
            slowed.\nthe bank of england raised rates. \"we are careful,\" it said."
        ),
        [
            "the uk economy grew by 2.5% in 2004.",
            "mr smith said it was good.",
            "the u.s. economy slowed.",
            "the bank of england raised rates.",
            "\"we are careful,\" it said."
        ]
    );
}

#[test]
fn cjk_and_other_scripts() {
    assert_eq!(
        sents("zho", "我很好。你呢？他走了！"),
        ["我很好。", "你呢？", "他走了！"]
    );
    assert_eq!(
        sents("jpn", "「こんにちは。元気？」と言った。次の文です。"),
        ["「こんにちは。元気？」と言った。", "次の文です。"]
    );
    assert_eq!(
        sents("hin", "यह एक वाक्य है। यह दूसरा है।"),
        ["यह एक वाक्य है।", "यह दूसरा है।"]
    );
    assert_eq!(sents("ara", "هل أنت بخير؟ نعم."), ["هل أنت بخير؟", "نعم."]);
}

#[test]
fn segments_cover_the_text() {
    let s = SentenceSplitter::for_code("eng");
    let text = "\u{feff}  Mr. Smith left.  He came back!\n\nThe end ";
    let seg = s.segments(text);
    let spans = s.split(text);
    assert_eq!(seg.len(), spans.len());
    assert_eq!(seg.first().map(|r| r.start), Some(0));
    assert_eq!(seg.last().map(|r| r.end), Some(text.len()));
    for (g, sp) in seg.iter().zip(&spans) {
        assert!(g.start <= sp.start && sp.end <= g.end);
    }
    assert_eq!(
        seg.iter().map(|r| &text[r.clone()]).collect::<String>(),
        text
    );
    assert!(s.segments("").is_empty());
    let whole = s.segments(" \n ");
    assert_eq!(whole.len(), 1);
    assert_eq!(whole.first(), Some(&(0..3)));
    assert!(s.split(" \n ").is_empty());
}

// ------------------------------------------------------------------ other languages

#[test]
fn german() {
    assert_eq!(
        sents(
            "deu",
            "Das ist z.B. ein Test. Dr. Müller kam am 3. Oktober nach Berlin. Er blieb bzw. \
             wohnte dort ca. drei Wochen. Die Firma verlor 5 Mio. Euro. Das geschah im 19. Jh. \
             Die Stadt wuchs. Er kam z. B. aus Wien. Nr. 5 ist frei."
        ),
        [
            "Das ist z.B. ein Test.",
            "Dr. Müller kam am 3. Oktober nach Berlin.",
            "Er blieb bzw. wohnte dort ca. drei Wochen.",
            "Die Firma verlor 5 Mio. Euro.",
            "Das geschah im 19. Jh.",
            "Die Stadt wuchs.",
            "Er kam z. B. aus Wien.",
            "Nr. 5 ist frei."
        ]
    );
    // English rules would split at "3. Oktober"; German ones do not.
    assert_eq!(sents("eng", "Am 3. Oktober kam er.").len(), 2);
    assert_eq!(
        sents("deu", "Am 3. Oktober kam er. Er blieb 3. Der Rest ging.").len(),
        3
    );
}

#[test]
fn french() {
    assert_eq!(
        sents(
            "fra",
            "M. Dupont est arrivé. Il a vu Mme Martin et M. Durand hier. On trouve p. ex. des \
             pommes. Il est né en 300 av. J.-C. à Rome. Le Dr. Martin, c.-à-d. le médecin, est là."
        ),
        [
            "M. Dupont est arrivé.",
            "Il a vu Mme Martin et M. Durand hier.",
            "On trouve p. ex. des pommes.",
            "Il est né en 300 av. J.-C. à Rome.",
            "Le Dr. Martin, c.-à-d. le médecin, est là."
        ]
    );
    assert_eq!(
        sents(
            "fra",
            "« Nous sommes prêts. Nous gagnerons », a-t-il dit. L'équipe a gagné."
        ),
        [
            "« Nous sommes prêts. Nous gagnerons », a-t-il dit.",
            "L'équipe a gagné."
        ]
    );
}

#[test]
fn spanish() {
    assert_eq!(
        sents(
            "spa",
            "El Sr. García llegó. La Sra. López también. Viajó a EE.UU. en 2020. Vive en la \
             Avda. Libertad, núm. 5. ¿Qué pasó? ¡Nada!"
        ),
        [
            "El Sr. García llegó.",
            "La Sra. López también.",
            "Viajó a EE.UU. en 2020.",
            "Vive en la Avda. Libertad, núm. 5.",
            "¿Qué pasó?",
            "¡Nada!"
        ]
    );
}

#[test]
fn italian() {
    assert_eq!(
        sents(
            "ita",
            "Il Sig. Rossi è arrivato. La Dott.ssa Bianchi no. Ci sono mele, pere ecc. Il resto \
             è finito. L'On. Verdi parla."
        ),
        [
            "Il Sig. Rossi è arrivato.",
            "La Dott.ssa Bianchi no.",
            "Ci sono mele, pere ecc.",
            "Il resto è finito.",
            "L'On. Verdi parla."
        ]
    );
}

#[test]
fn portuguese() {
    assert_eq!(
        sents(
            "por",
            "O Sr. Silva chegou. A Dra. Costa também. Comprou frutas, p. ex. maçãs. Depois saiu. \
             A Av. Paulista é longa."
        ),
        [
            "O Sr. Silva chegou.",
            "A Dra. Costa também.",
            "Comprou frutas, p. ex. maçãs.",
            "Depois saiu.",
            "A Av. Paulista é longa."
        ]
    );
}

#[test]
fn dutch() {
    assert_eq!(
        sents(
            "nld",
            "Dhr. Jansen kwam. Hij bleef bijv. drie dagen. Dat is d.w.z. klaar. Mevr. De Vries \
             sprak. Het werkt."
        ),
        [
            "Dhr. Jansen kwam.",
            "Hij bleef bijv. drie dagen.",
            "Dat is d.w.z. klaar.",
            "Mevr. De Vries sprak.",
            "Het werkt."
        ]
    );
}

#[test]
fn russian() {
    assert_eq!(
        sents(
            "rus",
            "Это, т.е. пример, готово. В 2010 г. он переехал в Москву. Там он жил на ул. Ленина. \
             Президент В. В. Путин прибыл. Это было в 1990 г. Он уехал. Он живёт в г. Москва."
        ),
        [
            "Это, т.е. пример, готово.",
            "В 2010 г. он переехал в Москву.",
            "Там он жил на ул. Ленина.",
            "Президент В. В. Путин прибыл.",
            "Это было в 1990 г.",
            "Он уехал.",
            "Он живёт в г. Москва."
        ]
    );
}

#[test]
fn generic_rules_for_unknown_languages() {
    assert_eq!(
        sents(
            "xx",
            "Dr. Who arrived. He left at 5 p.m. Then J. Smith came."
        ),
        [
            "Dr. Who arrived.",
            "He left at 5 p.m.",
            "Then J. Smith came."
        ]
    );
    assert_eq!(
        SentenceSplitter::default(),
        SentenceSplitter::for_code("und")
    );
    // Without word lists, a short word before a number is taken for an abbreviation.
    assert_eq!(
        sents("dan", "Prisen er ca. 42.000 kr. for to. Det er dyrt."),
        ["Prisen er ca. 42.000 kr. for to.", "Det er dyrt."]
    );
    assert_eq!(
        sents(
            "pol",
            "Klub ma ok. 1,2 mln zł długu. Blok przy ul. 5 Maja stoi."
        ),
        [
            "Klub ma ok. 1,2 mln zł długu.",
            "Blok przy ul. 5 Maja stoi."
        ]
    );
}

#[test]
fn run_in_sentences_without_a_terminator() {
    // Scraped news glues picture captions to the text without punctuation.
    assert_eq!(
        en(
            "Shocked: Mr Cooper spotted the badger in his garden with his Jack Russell Sam \
            The retired charity worker said it was huge."
        ),
        [
            "Shocked: Mr Cooper spotted the badger in his garden with his Jack Russell Sam",
            "The retired charity worker said it was huge."
        ]
    );
    assert_eq!(
        en("The volcano erupted (above) in Mexico The 12,400 feet high volcano is active."),
        [
            "The volcano erupted (above) in Mexico",
            "The 12,400 feet high volcano is active."
        ]
    );
    assert_eq!(
        en("The dog slept by the fire (pictured) It was cold outside."),
        [
            "The dog slept by the fire (pictured)",
            "It was cold outside."
        ]
    );
    assert_eq!(
        en("Boca won 2-0 in 2004 And the link grew stronger."),
        ["Boca won 2-0 in 2004", "And the link grew stronger."]
    );
}

#[test]
fn capitalised_function_words_inside_a_sentence() {
    for text in [
        // A function word before: a title of a work or a name.
        "She told The National Enquirer that she was fine.",
        "He was named The Big One by the crowd.",
        "They went to The Hague in spring.",
        // A capitalised word after: a name.
        "He sang with The Recording Academy choir.",
        "Fans of This Is England cheered.",
        // Not on the list.
        "Plan A is fine and I think so too.",
        // A list label before.
        "1) The first item",
        // A comma, colon or quote before.
        "When he left, The crowd cheered.",
        // A capital in the middle of the word.
        "He bought ThePhone in store.",
        // Title-case headlines: a capitalised function word inside says capitals are style.
        "How To Make It on a Budget",
        "Why We Love It in the Summer",
        "Ten Things We Learned This week",
    ] {
        assert_eq!(en(text), [text], "{text}");
    }
    // Lowercased text has no case to go by.
    assert_eq!(
        en("the dog slept the retired man said it was late."),
        ["the dog slept the retired man said it was late."]
    );
    // Languages without a run-in list keep the sentence whole.
    assert_eq!(
        sents("deu", "Er sah den Hund Die Katze schlief."),
        ["Er sah den Hund Die Katze schlief."]
    );
}
