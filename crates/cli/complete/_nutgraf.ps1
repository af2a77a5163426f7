
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'nutgraf' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'nutgraf'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'nutgraf' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('summarize', 'summarize', [CompletionResultType]::ParameterValue, 'Analyse documents: clean-up, sentences, language, keyphrases, summary')
            [CompletionResult]::new('sentences', 'sentences', [CompletionResultType]::ParameterValue, 'Print the sentences of documents, one per line')
            [CompletionResult]::new('detect', 'detect', [CompletionResultType]::ParameterValue, 'Detect the language: one line of text in, one detection out')
            [CompletionResult]::new('keywords', 'keywords', [CompletionResultType]::ParameterValue, 'Print the keyphrases of documents, best first')
            [CompletionResult]::new('words', 'words', [CompletionResultType]::ParameterValue, 'Print the words of documents (with numbers, punctuation and symbols), one per line')
            [CompletionResult]::new('extract', 'extract', [CompletionResultType]::ParameterValue, 'Print the article of web pages alone: title, byline, date, URL, language, body')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'nutgraf;summarize' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'ISO 639-3 code of the document language; skips detection')
            [CompletionResult]::new('--max-bytes', '--max-bytes', [CompletionResultType]::ParameterName, 'Refuse documents larger than this many bytes')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Worker threads for --jsonl batches (0: one per core)')
            [CompletionResult]::new('--keywords', '--keywords', [CompletionResultType]::ParameterName, 'How many keyphrases to report')
            [CompletionResult]::new('--keyword-algorithm', '--keyword-algorithm', [CompletionResultType]::ParameterName, 'Keyphrase algorithm: nutgraf (default), yake, rake, textrank, positionrank, tfidf')
            [CompletionResult]::new('--sentences', '--sentences', [CompletionResultType]::ParameterName, 'Summary length in sentences (the default budget: 3)')
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Summary length in words, at most')
            [CompletionResult]::new('--ratio', '--ratio', [CompletionResultType]::ParameterName, 'Summary length as a share of the article''s words (0 to 1)')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'Summarization algorithm: nutgraf (default), lead, luhn, textrank, lexrank, centroid')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'What the files and standard input hold: `auto` (a path ending in .html or .htm is a web page, anything else text), `text`, or `html` (web pages: the article is extracted first). JSON Lines input says it per line: "html" instead of "text"')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a readable report, one JSON object per document per line, or one HTML page (the article with its summary and keyphrases marked; holds every document in memory). With --jsonl, `text` and `json` both give JSON Lines')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Read JSON Lines: one object per line with "text" (or "html", a web page), an optional "title" (the headline: the summary uses it) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})')
            [CompletionResult]::new('--no-clean', '--no-clean', [CompletionResultType]::ParameterName, 'Turn the news clean-up off (boilerplate, duplicate lines, reference section)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'nutgraf;sentences' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'ISO 639-3 code of the document language; skips detection')
            [CompletionResult]::new('--max-bytes', '--max-bytes', [CompletionResultType]::ParameterName, 'Refuse documents larger than this many bytes')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Worker threads for --jsonl batches (0: one per core)')
            [CompletionResult]::new('--keywords', '--keywords', [CompletionResultType]::ParameterName, 'How many keyphrases to report')
            [CompletionResult]::new('--keyword-algorithm', '--keyword-algorithm', [CompletionResultType]::ParameterName, 'Keyphrase algorithm: nutgraf (default), yake, rake, textrank, positionrank, tfidf')
            [CompletionResult]::new('--sentences', '--sentences', [CompletionResultType]::ParameterName, 'Summary length in sentences (the default budget: 3)')
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Summary length in words, at most')
            [CompletionResult]::new('--ratio', '--ratio', [CompletionResultType]::ParameterName, 'Summary length as a share of the article''s words (0 to 1)')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'Summarization algorithm: nutgraf (default), lead, luhn, textrank, lexrank, centroid')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'What the files and standard input hold: `auto` (a path ending in .html or .htm is a web page, anything else text), `text`, or `html` (web pages: the article is extracted first). JSON Lines input says it per line: "html" instead of "text"')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Read JSON Lines: one object per line with "text" (or "html", a web page), an optional "title" (the headline: the summary uses it) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})')
            [CompletionResult]::new('--no-clean', '--no-clean', [CompletionResultType]::ParameterName, 'Turn the news clean-up off (boilerplate, duplicate lines, reference section)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'nutgraf;detect' {
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Worker threads for --jsonl batches (0: one per core)')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Read JSON Lines ({"id", "text"}); write {"id", "language"} per input line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'nutgraf;keywords' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'ISO 639-3 code of the document language; skips detection')
            [CompletionResult]::new('--max-bytes', '--max-bytes', [CompletionResultType]::ParameterName, 'Refuse documents larger than this many bytes')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Worker threads for --jsonl batches (0: one per core)')
            [CompletionResult]::new('--keywords', '--keywords', [CompletionResultType]::ParameterName, 'How many keyphrases to report')
            [CompletionResult]::new('--keyword-algorithm', '--keyword-algorithm', [CompletionResultType]::ParameterName, 'Keyphrase algorithm: nutgraf (default), yake, rake, textrank, positionrank, tfidf')
            [CompletionResult]::new('--sentences', '--sentences', [CompletionResultType]::ParameterName, 'Summary length in sentences (the default budget: 3)')
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Summary length in words, at most')
            [CompletionResult]::new('--ratio', '--ratio', [CompletionResultType]::ParameterName, 'Summary length as a share of the article''s words (0 to 1)')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'Summarization algorithm: nutgraf (default), lead, luhn, textrank, lexrank, centroid')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'What the files and standard input hold: `auto` (a path ending in .html or .htm is a web page, anything else text), `text`, or `html` (web pages: the article is extracted first). JSON Lines input says it per line: "html" instead of "text"')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Read JSON Lines: one object per line with "text" (or "html", a web page), an optional "title" (the headline: the summary uses it) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})')
            [CompletionResult]::new('--no-clean', '--no-clean', [CompletionResultType]::ParameterName, 'Turn the news clean-up off (boilerplate, duplicate lines, reference section)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'nutgraf;words' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'ISO 639-3 code of the document language; skips detection (it matters for Han text, cut as Japanese in a `jpn` document and as Chinese otherwise)')
            [CompletionResult]::new('--max-bytes', '--max-bytes', [CompletionResultType]::ParameterName, 'Refuse documents larger than this many bytes')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Worker threads for --jsonl batches (0: one per core)')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Read JSON Lines: one object per line with "text" and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'nutgraf;extract' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for pages read from files or standard input')
            [CompletionResult]::new('--max-bytes', '--max-bytes', [CompletionResultType]::ParameterName, 'Refuse pages larger than this many bytes')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Worker threads for --jsonl batches (0: one per core)')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Read JSON Lines: one object per line with "html" (the page) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'nutgraf;help' {
            [CompletionResult]::new('summarize', 'summarize', [CompletionResultType]::ParameterValue, 'Analyse documents: clean-up, sentences, language, keyphrases, summary')
            [CompletionResult]::new('sentences', 'sentences', [CompletionResultType]::ParameterValue, 'Print the sentences of documents, one per line')
            [CompletionResult]::new('detect', 'detect', [CompletionResultType]::ParameterValue, 'Detect the language: one line of text in, one detection out')
            [CompletionResult]::new('keywords', 'keywords', [CompletionResultType]::ParameterValue, 'Print the keyphrases of documents, best first')
            [CompletionResult]::new('words', 'words', [CompletionResultType]::ParameterValue, 'Print the words of documents (with numbers, punctuation and symbols), one per line')
            [CompletionResult]::new('extract', 'extract', [CompletionResultType]::ParameterValue, 'Print the article of web pages alone: title, byline, date, URL, language, body')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'nutgraf;help;summarize' {
            break
        }
        'nutgraf;help;sentences' {
            break
        }
        'nutgraf;help;detect' {
            break
        }
        'nutgraf;help;keywords' {
            break
        }
        'nutgraf;help;words' {
            break
        }
        'nutgraf;help;extract' {
            break
        }
        'nutgraf;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
