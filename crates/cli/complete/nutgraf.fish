# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_nutgraf_global_optspecs
    string join \n h/help V/version
end

function __fish_nutgraf_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_nutgraf_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_nutgraf_using_subcommand
    set -l cmd (__fish_nutgraf_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c nutgraf -n "__fish_nutgraf_needs_command" -s h -l help -d 'Print help'
complete -c nutgraf -n "__fish_nutgraf_needs_command" -s V -l version -d 'Print version'
complete -c nutgraf -n "__fish_nutgraf_needs_command" -f -a "summarize" -d 'Analyse documents: clean-up, sentences, language, keyphrases, summary'
complete -c nutgraf -n "__fish_nutgraf_needs_command" -f -a "sentences" -d 'Print the sentences of documents, one per line'
complete -c nutgraf -n "__fish_nutgraf_needs_command" -f -a "detect" -d 'Detect the language: one line of text in, one detection out'
complete -c nutgraf -n "__fish_nutgraf_needs_command" -f -a "keywords" -d 'Print the keyphrases of documents, best first'
complete -c nutgraf -n "__fish_nutgraf_needs_command" -f -a "words" -d 'Print the words of documents (with numbers, punctuation and symbols), one per line'
complete -c nutgraf -n "__fish_nutgraf_needs_command" -f -a "extract" -d 'Print the article of web pages alone: title, byline, date, URL, language, body'
complete -c nutgraf -n "__fish_nutgraf_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l lang -d 'ISO 639-3 code of the document language; skips detection' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l max-bytes -d 'Refuse documents larger than this many bytes' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l threads -d 'Worker threads for --jsonl batches (0: one per core)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l keywords -d 'How many keyphrases to report' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l keyword-algorithm -d 'Keyphrase algorithm: nutgraf (default), yake, rake, textrank, positionrank, tfidf' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l sentences -d 'Summary length in sentences (the default budget: 3)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l words -d 'Summary length in words, at most' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l ratio -d 'Summary length as a share of the article\'s words (0 to 1)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l algorithm -d 'Summarization algorithm: nutgraf (default), lead, luhn, textrank, lexrank, centroid' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l input -d 'What the files and standard input hold: `auto` (a path ending in .html or .htm is a web page, anything else text), `text`, or `html` (web pages: the article is extracted first). JSON Lines input says it per line: "html" instead of "text"' -r -f -a "auto\t'Web pages for paths ending in `.html` or `.htm`, text otherwise'
text\t'Text'
html\t'Web pages (HTML, any charset)'"
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l format -d 'Output format: a readable report, one JSON object per document per line, or one HTML page (the article with its summary and keyphrases marked; holds every document in memory). With --jsonl, `text` and `json` both give JSON Lines' -r -f -a "text\t'A readable text report per document'
json\t'One JSON object per document per line'
html\t'One self-contained HTML page for all documents (with --jsonl too), with a table of contents when there are several'"
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l jsonl -d 'Read JSON Lines: one object per line with "text" (or "html", a web page), an optional "title" (the headline: the summary uses it) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -l no-clean -d 'Turn the news clean-up off (boilerplate, duplicate lines, reference section)'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand summarize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l lang -d 'ISO 639-3 code of the document language; skips detection' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l max-bytes -d 'Refuse documents larger than this many bytes' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l threads -d 'Worker threads for --jsonl batches (0: one per core)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l keywords -d 'How many keyphrases to report' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l keyword-algorithm -d 'Keyphrase algorithm: nutgraf (default), yake, rake, textrank, positionrank, tfidf' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l sentences -d 'Summary length in sentences (the default budget: 3)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l words -d 'Summary length in words, at most' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l ratio -d 'Summary length as a share of the article\'s words (0 to 1)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l algorithm -d 'Summarization algorithm: nutgraf (default), lead, luhn, textrank, lexrank, centroid' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l input -d 'What the files and standard input hold: `auto` (a path ending in .html or .htm is a web page, anything else text), `text`, or `html` (web pages: the article is extracted first). JSON Lines input says it per line: "html" instead of "text"' -r -f -a "auto\t'Web pages for paths ending in `.html` or `.htm`, text otherwise'
text\t'Text'
html\t'Web pages (HTML, any charset)'"
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l jsonl -d 'Read JSON Lines: one object per line with "text" (or "html", a web page), an optional "title" (the headline: the summary uses it) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -l no-clean -d 'Turn the news clean-up off (boilerplate, duplicate lines, reference section)'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand sentences" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand detect" -l threads -d 'Worker threads for --jsonl batches (0: one per core)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand detect" -l jsonl -d 'Read JSON Lines ({"id", "text"}); write {"id", "language"} per input line'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand detect" -s h -l help -d 'Print help'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l lang -d 'ISO 639-3 code of the document language; skips detection' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l max-bytes -d 'Refuse documents larger than this many bytes' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l threads -d 'Worker threads for --jsonl batches (0: one per core)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l keywords -d 'How many keyphrases to report' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l keyword-algorithm -d 'Keyphrase algorithm: nutgraf (default), yake, rake, textrank, positionrank, tfidf' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l sentences -d 'Summary length in sentences (the default budget: 3)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l words -d 'Summary length in words, at most' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l ratio -d 'Summary length as a share of the article\'s words (0 to 1)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l algorithm -d 'Summarization algorithm: nutgraf (default), lead, luhn, textrank, lexrank, centroid' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l input -d 'What the files and standard input hold: `auto` (a path ending in .html or .htm is a web page, anything else text), `text`, or `html` (web pages: the article is extracted first). JSON Lines input says it per line: "html" instead of "text"' -r -f -a "auto\t'Web pages for paths ending in `.html` or `.htm`, text otherwise'
text\t'Text'
html\t'Web pages (HTML, any charset)'"
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l jsonl -d 'Read JSON Lines: one object per line with "text" (or "html", a web page), an optional "title" (the headline: the summary uses it) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -l no-clean -d 'Turn the news clean-up off (boilerplate, duplicate lines, reference section)'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand keywords" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand words" -l lang -d 'ISO 639-3 code of the document language; skips detection (it matters for Han text, cut as Japanese in a `jpn` document and as Chinese otherwise)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand words" -l max-bytes -d 'Refuse documents larger than this many bytes' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand words" -l threads -d 'Worker threads for --jsonl batches (0: one per core)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand words" -l jsonl -d 'Read JSON Lines: one object per line with "text" and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand words" -s h -l help -d 'Print help'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand extract" -l format -d 'Output format for pages read from files or standard input' -r -f -a "text\t'The metadata, then the body\'s paragraphs separated by blank lines'
json\t'One JSON object per page per line: {"id", "title", "byline", "date", "url", "lang", "text", ...}'"
complete -c nutgraf -n "__fish_nutgraf_using_subcommand extract" -l max-bytes -d 'Refuse pages larger than this many bytes' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand extract" -l threads -d 'Worker threads for --jsonl batches (0: one per core)' -r
complete -c nutgraf -n "__fish_nutgraf_using_subcommand extract" -l jsonl -d 'Read JSON Lines: one object per line with "html" (the page) and an optional "id"; write one JSON object per input line, in input order, with the same "id" (or {"id", "error"})'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand extract" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand help; and not __fish_seen_subcommand_from summarize sentences detect keywords words extract help" -f -a "summarize" -d 'Analyse documents: clean-up, sentences, language, keyphrases, summary'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand help; and not __fish_seen_subcommand_from summarize sentences detect keywords words extract help" -f -a "sentences" -d 'Print the sentences of documents, one per line'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand help; and not __fish_seen_subcommand_from summarize sentences detect keywords words extract help" -f -a "detect" -d 'Detect the language: one line of text in, one detection out'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand help; and not __fish_seen_subcommand_from summarize sentences detect keywords words extract help" -f -a "keywords" -d 'Print the keyphrases of documents, best first'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand help; and not __fish_seen_subcommand_from summarize sentences detect keywords words extract help" -f -a "words" -d 'Print the words of documents (with numbers, punctuation and symbols), one per line'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand help; and not __fish_seen_subcommand_from summarize sentences detect keywords words extract help" -f -a "extract" -d 'Print the article of web pages alone: title, byline, date, URL, language, body'
complete -c nutgraf -n "__fish_nutgraf_using_subcommand help; and not __fish_seen_subcommand_from summarize sentences detect keywords words extract help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
