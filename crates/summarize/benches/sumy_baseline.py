"""Same-run baseline for nutgraf-summarize: Lead-3 and sumy's LexRank, TextRank, Luhn and LSA on
the articles of a summarization set ({"id", "text", "summary"} per line), scored with rouge-score
(F1, use_stemmer=True, Lsum over reference sentences split by NLTK Punkt, 3 sentences) and timed per
article; with --nutgraf, `cargo xtask eval summarize --algorithm all` runs on the same rows right
after, and its rows are printed below with the speed ratio to sumy's LexRank.

Run from the project root with the venv of ../shared/tools/setup-anchors.sh:
  eval "$(bash ../shared/tools/setup-anchors.sh | tail -1)"
  $PY crates/summarize/benches/sumy_baseline.py ../shared/data/summarize/cnndm_dev.jsonl --nutgraf

sumy's time per article covers parsing (sentences, words) and summarizing; nutgraf's docs/s from
`eval summarize` covers its whole pipeline (clean-up, language, sentences, tokens, summary).
Both run on one thread.

--dump FILE writes one JSON line per system and article ({"system", "id", "sentences",
"chosen", "text", "rouge"}: sumy's sentence count, the indices and texts it chose, ROUGE F1 x100),
to compare selections document by document with `cargo xtask summarize --jsonl --algorithm NAME`."""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import nltk
from rouge_score import rouge_scorer
from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

K = 3


def sentences(text):
    """Paragraphs are lines; NLTK Punkt inside each (as ../shared/data/README.md measures)."""
    return [s.strip() for p in text.split('\n') if p.strip() for s in nltk.sent_tokenize(p.strip()) if s.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('data')
    ap.add_argument('--limit', type=int, default=None)
    ap.add_argument('--nutgraf', action='store_true', help='also run cargo xtask eval summarize on the same rows')
    ap.add_argument('--dump', metavar='FILE', help='write each system\'s chosen sentences per article as JSON Lines')
    args = ap.parse_args()

    docs = [json.loads(l) for l in open(args.data, encoding='utf-8') if l.strip()][: args.limit]
    tok, stem, stop = Tokenizer('english'), Stemmer('english'), get_stop_words('english')

    def sumy(cls):
        s = cls(stem)
        s.stop_words = stop

        def run(t):
            doc = PlaintextParser.from_string(t.replace('\n', '\n\n'), tok).document
            return [str(x) for x in s(doc, K)], [str(x) for x in doc.sentences]
        return run

    systems = {
        'lead3': lambda t: (lambda ss: (ss[:K], ss))(sentences(t)),
        'sumy_lexrank': sumy(LexRankSummarizer),
        'sumy_textrank': sumy(TextRankSummarizer),
        'sumy_luhn': sumy(LuhnSummarizer),
        'sumy_lsa': sumy(LsaSummarizer),
    }
    scorer = rouge_scorer.RougeScorer(['rouge1', 'rouge2', 'rougeL', 'rougeLsum'], use_stemmer=True)
    refs = ['\n'.join(sentences(d['summary'])) for d in docs]
    print(f'{len(docs)} documents from {args.data}, {K} sentences, ROUGE F1 x100 (rouge-score, stemming)')
    print(f'| {"system":<22} | {"R1":>6} | {"R2":>6} | {"RL":>6} | {"RLsum":>6} | {"words":>6} | {"ms/doc":>8} | {"docs/s":>8} |')
    print(f'|{"-" * 24}|{"-" * 8}|{"-" * 8}|{"-" * 8}|{"-" * 8}|{"-" * 8}|{"-" * 10}|{"-" * 10}|')
    speed = {}
    dump = open(args.dump, 'w', encoding='utf-8') if args.dump else None
    for name, f in systems.items():
        f(docs[0]['text'])  # warm-up (imports, caches)
        r = {'rouge1': [], 'rouge2': [], 'rougeL': [], 'rougeLsum': [], 'ms': [], 'words': []}
        for d, ref in zip(docs, refs):
            t0 = time.perf_counter()
            out, all_sentences = f(d['text'])
            r['ms'].append((time.perf_counter() - t0) * 1000)
            scores = scorer.score(ref, '\n'.join(out))
            for k, v in scores.items():
                r[k].append(100 * v.fmeasure)
            r['words'].append(sum(len(s.split()) for s in out))
            if dump:
                chosen = [all_sentences.index(s) if s in all_sentences else None for s in out]
                dump.write(json.dumps({'system': name, 'id': d.get('id'), 'sentences': len(all_sentences),
                                       'chosen': chosen, 'text': out,
                                       'rouge': {k: round(100 * v.fmeasure, 4) for k, v in scores.items()}},
                                      ensure_ascii=False) + '\n')
        m = {k: statistics.mean(v) for k, v in r.items()}
        speed[name] = 1000 / m['ms'] if m['ms'] > 0 else float('inf')
        print(f'| {name:<22} | {m["rouge1"]:6.2f} | {m["rouge2"]:6.2f} | {m["rougeL"]:6.2f} | {m["rougeLsum"]:6.2f} '
              f'| {m["words"]:6.1f} | {m["ms"]:8.2f} | {speed[name]:8.1f} |', flush=True)

    if dump:
        dump.close()

    if args.nutgraf:
        cmd = ['cargo', 'xtask', 'eval', 'summarize', '--data', args.data, '--algorithm', 'all', '--format', 'json']
        if args.limit:
            cmd += ['--limit', str(args.limit)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=os.environ).stdout
        results = json.loads(out)['results']
        for r in results:
            rg = r['rouge']
            dps = r.get('docs_per_second')
            ratio = f'  ({dps / speed["sumy_lexrank"]:.0f}x sumy LexRank)' if dps else ''
            ms = f'{1000 / dps:8.2f}' if dps else f'{"-":>8}'
            dps_s = f'{dps:8.1f}' if dps else f'{"-":>8}'
            print(f'| nutgraf {r["system"]:<14} | {100 * rg["rouge1"]["f1"]:6.2f} | {100 * rg["rouge2"]["f1"]:6.2f} '
                  f'| {100 * rg["rouge_l"]["f1"]:6.2f} | {100 * rg["rouge_lsum"]["f1"]:6.2f} | {r["mean_words"]:6.1f} '
                  f'| {ms} | {dps_s} |{ratio}')
        print('nutgraf rows: our sentences and our ROUGE port (nutgraf-eval), references split by our splitter.')
    return 0


if __name__ == '__main__':
    sys.exit(main())
