
use builtin;
use str;

set edit:completion:arg-completer[nutgraf] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'nutgraf'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'nutgraf'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand summarize 'Analyse documents: clean-up, sentences, language, keyphrases, summary'
            cand sentences 'Print the sentences of documents, one per line'
            cand detect 'Detect the language: one line of text in, one detection out'
            cand keywords 'Print the keyphrases of documents, best first'
            cand words 'Print the words of documents (with numbers, punctuation and symbols), one per line'
            cand extract 'Print the article of web pages alone: title, byline, date, URL, language, body'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'nutgraf;summarize'= {
            cand --lang 'ISO 639-3 code of the document language; skips detection'
            cand --max-bytes 'Refuse documents larger than this many bytes'
            cand --threads 'Worker threads for --jsonl batches (0: one per core)'
            cand --keywords 'How many keyphrases to report'
            cand --keyword-algorithm 'Keyphrase algorithm: nutgraf (default), yake, rake, textrank, positionrank, tfidf'
            cand --sentences 'Summary length in sentences (the default budget: 3)'
            cand --words 'Summary length in words, at most'
            cand --ratio 'Summary length as a share of the article''s words (0 to 1)'
            cand --algorithm 'Summarization algorithm: nutgraf (default), lead, luhn, textrank, lexrank, centroid'
            cand --input 'What the files and standard input hold: `auto` (a path ending in .html or .htm is a web page, anything else text), `text`, or `html` (web pages: the article is extracted first). JSON Lines input says it per line: "html" instead of "text"'
            cand --format 'Output format: a readable report, one JSON object per document per line, or one HTML page (the article with its summary and keyphrases marked; holds every document in memory). With --jsonl, `text` and `json` both give JSON Lines'
            cand --jsonl 'Read JSON Lines: one object per line with "text" (or "html", a web page), an optional "title" (the headline: the summary uses it) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})'
            cand --no-clean 'Turn the news clean-up off (boilerplate, duplicate lines, reference section)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'nutgraf;sentences'= {
            cand --lang 'ISO 639-3 code of the document language; skips detection'
            cand --max-bytes 'Refuse documents larger than this many bytes'
            cand --threads 'Worker threads for --jsonl batches (0: one per core)'
            cand --keywords 'How many keyphrases to report'
            cand --keyword-algorithm 'Keyphrase algorithm: nutgraf (default), yake, rake, textrank, positionrank, tfidf'
            cand --sentences 'Summary length in sentences (the default budget: 3)'
            cand --words 'Summary length in words, at most'
            cand --ratio 'Summary length as a share of the article''s words (0 to 1)'
            cand --algorithm 'Summarization algorithm: nutgraf (default), lead, luhn, textrank, lexrank, centroid'
            cand --input 'What the files and standard input hold: `auto` (a path ending in .html or .htm is a web page, anything else text), `text`, or `html` (web pages: the article is extracted first). JSON Lines input says it per line: "html" instead of "text"'
            cand --jsonl 'Read JSON Lines: one object per line with "text" (or "html", a web page), an optional "title" (the headline: the summary uses it) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})'
            cand --no-clean 'Turn the news clean-up off (boilerplate, duplicate lines, reference section)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'nutgraf;detect'= {
            cand --threads 'Worker threads for --jsonl batches (0: one per core)'
            cand --jsonl 'Read JSON Lines ({"id", "text"}); write {"id", "language"} per input line'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'nutgraf;keywords'= {
            cand --lang 'ISO 639-3 code of the document language; skips detection'
            cand --max-bytes 'Refuse documents larger than this many bytes'
            cand --threads 'Worker threads for --jsonl batches (0: one per core)'
            cand --keywords 'How many keyphrases to report'
            cand --keyword-algorithm 'Keyphrase algorithm: nutgraf (default), yake, rake, textrank, positionrank, tfidf'
            cand --sentences 'Summary length in sentences (the default budget: 3)'
            cand --words 'Summary length in words, at most'
            cand --ratio 'Summary length as a share of the article''s words (0 to 1)'
            cand --algorithm 'Summarization algorithm: nutgraf (default), lead, luhn, textrank, lexrank, centroid'
            cand --input 'What the files and standard input hold: `auto` (a path ending in .html or .htm is a web page, anything else text), `text`, or `html` (web pages: the article is extracted first). JSON Lines input says it per line: "html" instead of "text"'
            cand --jsonl 'Read JSON Lines: one object per line with "text" (or "html", a web page), an optional "title" (the headline: the summary uses it) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})'
            cand --no-clean 'Turn the news clean-up off (boilerplate, duplicate lines, reference section)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'nutgraf;words'= {
            cand --lang 'ISO 639-3 code of the document language; skips detection (it matters for Han text, cut as Japanese in a `jpn` document and as Chinese otherwise)'
            cand --max-bytes 'Refuse documents larger than this many bytes'
            cand --threads 'Worker threads for --jsonl batches (0: one per core)'
            cand --jsonl 'Read JSON Lines: one object per line with "text" and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'nutgraf;extract'= {
            cand --format 'Output format for pages read from files or standard input'
            cand --max-bytes 'Refuse pages larger than this many bytes'
            cand --threads 'Worker threads for --jsonl batches (0: one per core)'
            cand --jsonl 'Read JSON Lines: one object per line with "html" (the page) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'nutgraf;help'= {
            cand summarize 'Analyse documents: clean-up, sentences, language, keyphrases, summary'
            cand sentences 'Print the sentences of documents, one per line'
            cand detect 'Detect the language: one line of text in, one detection out'
            cand keywords 'Print the keyphrases of documents, best first'
            cand words 'Print the words of documents (with numbers, punctuation and symbols), one per line'
            cand extract 'Print the article of web pages alone: title, byline, date, URL, language, body'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'nutgraf;help;summarize'= {
        }
        &'nutgraf;help;sentences'= {
        }
        &'nutgraf;help;detect'= {
        }
        &'nutgraf;help;keywords'= {
        }
        &'nutgraf;help;words'= {
        }
        &'nutgraf;help;extract'= {
        }
        &'nutgraf;help;help'= {
        }
    ]
    $completions[$command]
}
