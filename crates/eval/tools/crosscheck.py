r"""Cross-checks nutgraf-eval against the reference implementations (NLTK, rouge-score, score.py).

Run from the project root with the reference venv (../shared/tools/setup-anchors.sh):
    cargo build --release -p nutgraf-eval --example crosscheck
    $PY crates/eval/tools/crosscheck.py porter  [DATA_DIR]   # every distinct word of every dev set
    $PY crates/eval/tools/crosscheck.py rouge   [DATA_DIR]   # Lead-3 (+ other candidates) on the summarize dev sets
    $PY crates/eval/tools/crosscheck.py rouge_ml [DATA_DIR]  # Unicode ROUGE vs score.py summ_ml, fra/por/zho sets
    $PY crates/eval/tools/crosscheck.py oracle  [DATA_DIR]   # greedy oracle vs the same greedy on rouge-score
    $PY crates/eval/tools/crosscheck.py kw      [DATA_DIR]   # keyphrase P/R/F1@10 vs score.py kw
    $PY crates/eval/tools/crosscheck.py golden  [DATA_DIR]   # writes tests/data/porter_golden.tsv
DATA_DIR defaults to ../shared/data. Prints figures; exits non-zero on a disagreement.
"""
import collections, glob, json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
TARGET = os.environ.get('CARGO_TARGET_DIR', os.path.join(ROOT, 'target'))
BIN = os.path.join(TARGET, 'release', 'examples', 'crosscheck')


def ours(mode, lines):
    p = subprocess.run([BIN, mode], input='\n'.join(lines) + '\n', capture_output=True, text=True, check=True)
    return p.stdout.split('\n')[:-1]


def rows(path):
    return [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]


def words_of(text):
    return re.findall(r'\w+', text.lower())


def porter(data):
    from nltk.stem.porter import PorterStemmer
    ps = PorterStemmer()
    vocab = set()
    for f in sorted(glob.glob(os.path.join(data, '*', '*.jsonl'))):
        for r in rows(f):
            for field in ('text', 'summary', 'title'):
                if isinstance(r.get(field), str):
                    vocab.update(words_of(r[field]))
            for k in r.get('keyphrases') or []:
                vocab.update(words_of(k))
    vocab = sorted(w for w in vocab if '\n' not in w)
    # mixed case and made-up words stress lowercasing and rare rule paths
    extra = [w.capitalize() for w in vocab[::7]] + [w.upper() for w in vocab[::11]]
    rng = random.Random(1)
    extra += [''.join(rng.choice('aeiouybcdlstgnmrz') for _ in range(rng.randint(1, 12))) for _ in range(50000)]
    words = vocab + extra
    got = ours('stem', words)
    bad = [(w, g.split('\t', 1)[1], ps.stem(w)) for w, g in zip(words, got) if g.split('\t', 1)[1] != ps.stem(w)]
    ascii_n = sum(w.isascii() for w in vocab)
    print(json.dumps({'distinct_lowercase_words': len(vocab), 'ascii': ascii_n, 'non_ascii': len(vocab) - ascii_n,
                      'extra_cased_and_random': len(extra), 'disagreements': len(bad), 'examples': bad[:20]}))
    return not bad


def golden(data):
    """Golden file: distinct words of the openly licensed sets only (bbc_dev, golden_en, English lingua rows)."""
    from nltk.stem.porter import PorterStemmer
    ps = PorterStemmer()
    vocab = set()
    for r in rows(os.path.join(data, 'summarize', 'bbc_dev.jsonl')):
        vocab.update(words_of(r['text']))
    for r in rows(os.path.join(data, 'sentences', 'golden_en.jsonl')):
        vocab.update(words_of(r['text']))
    for r in rows(os.path.join(data, 'lang', 'lingua_dev.jsonl')):
        if r['lang'] == 'eng':
            vocab.update(words_of(r['text']))
    vocab = sorted(w for w in vocab if not w.isdigit())
    # keep every word whose stem differs from itself (the interesting ones) up to a budget, plus a sample of the rest
    changed = [w for w in vocab if ps.stem(w) != w]
    same = [w for w in vocab if ps.stem(w) == w]
    rng = random.Random(7)
    pick = sorted(rng.sample(changed, min(4000, len(changed))) + rng.sample(same, min(1000, len(same))))
    out = os.path.join(HERE, '..', 'tests', 'data', 'porter_golden.tsv')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# word<TAB>stem by NLTK %s PorterStemmer() (NLTK_EXTENSIONS); words from bbc_dev (CC0),\n'
                '# golden_en (MIT) and the English rows of lingua_dev (Apache-2.0); regenerate: tools/crosscheck.py golden\n'
                % __import__('nltk').__version__)
        for w in pick:
            f.write('%s\t%s\n' % (w, ps.stem(w)))
    print(json.dumps({'written': out, 'pairs': len(pick), 'changed': sum(ps.stem(w) != w for w in pick)}))
    return True


def summ_pairs(data, name):
    """(id, candidate sentences, reference text) with score.py's reference construction."""
    import nltk
    out = []
    for g in rows(os.path.join(data, 'summarize', name)):
        # as ../shared/tools/summ-anchors.py: paragraphs are lines, Punkt inside each
        sents = [s.strip() for p in g['text'].split('\n') if p.strip() for s in nltk.sent_tokenize(p.strip()) if s.strip()]
        ref = '\n'.join(s.strip() for line in g['summary'].split('\n') if line.strip()
                        for s in nltk.sent_tokenize(line.strip()))
        out.append((g['id'], sents, ref))
    return out


def rouge(data):
    from rouge_score import rouge_scorer
    sc = rouge_scorer.RougeScorer(['rouge1', 'rouge2', 'rougeL', 'rougeLsum'], use_stemmer=True)
    keys = ['rouge1', 'rouge2', 'rougeL', 'rougeLsum']
    ok = True
    rng = random.Random(3)
    for name in ('cnndm_dev.jsonl', 'bbc_dev.jsonl'):
        pairs = summ_pairs(data, name)
        cands = {
            'lead3': [(s[:3], r) for _, s, r in pairs],
            'random3': [(rng.sample(s, min(3, len(s))), r) for _, s, r in pairs],
            'whole_article': [(s, r) for _, s, r in pairs],
        }
        for cname, cs in cands.items():
            inp = [json.dumps({'candidate': '\n'.join(c), 'reference': r}) for c, r in cs]
            mine = [json.loads(l) for l in ours('rouge', inp)]
            ref_means = collections.Counter(); our_means = collections.Counter(); maxdiff = 0.0
            for (c, r), m in zip(cs, mine):
                s = sc.score(r, '\n'.join(c))
                for k in keys:
                    ref_means[k] += s[k].fmeasure
                    our_means[k] += m[k][2]
                    for a, b in zip((s[k].precision, s[k].recall, s[k].fmeasure), m[k]):
                        maxdiff = max(maxdiff, abs(a - b))
            n = len(cs)
            row = {'set': name, 'candidate': cname, 'n': n,
                   'rouge_score': {k: round(100 * ref_means[k] / n, 4) for k in keys},
                   'nutgraf_eval': {k: round(100 * our_means[k] / n, 4) for k in keys},
                   'max_abs_diff_per_pair': maxdiff}
            print(json.dumps(row))
            ok &= maxdiff < 1e-9
    return ok


def rouge_ml(data):
    """The Unicode tokenizer against score.py summ_ml's, pair by pair (R1/R2/RL; Lsum is not in summ_ml)."""
    import unicodedata
    from rouge_score import rouge_scorer
    cjk = '\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff'
    tok_re = re.compile(f'[{cjk}]|[^\\W{cjk}]+')  # score.py summ_ml, verbatim

    class Tok:
        def tokenize(self, text):
            return tok_re.findall(unicodedata.normalize('NFKC', text).lower())
    keys = ['rouge1', 'rouge2', 'rougeL']
    sc = rouge_scorer.RougeScorer(keys, tokenizer=Tok())
    split = re.compile(r'(?<=[.!?。！？])\s*')
    ok = True
    rng = random.Random(5)
    for name in ('orangesum_fra_dev.jsonl', 'temario_por_dev.jsonl', 'lcsts_zho_dev.jsonl'):
        rs = rows(os.path.join(data, 'summarize', name))
        pairs = [([s for s in split.split(r['text']) if s.strip()], r['summary']) for r in rs]
        cands = {
            'lead1': [(s[:1], r) for s, r in pairs],
            'random3': [(rng.sample(s, min(3, len(s))), r) for s, r in pairs],
            'whole_article': [(s, r) for s, r in pairs],
        }
        for cname, cs in cands.items():
            inp = [json.dumps({'candidate': '\n'.join(c), 'reference': r}) for c, r in cs]
            mine = [json.loads(l) for l in ours('rouge_ml', inp)]
            ref_means = collections.Counter(); our_means = collections.Counter(); maxdiff = 0.0
            for (c, r), m in zip(cs, mine):
                s = sc.score(r, '\n'.join(c))
                for k in keys:
                    ref_means[k] += s[k].fmeasure
                    our_means[k] += m[k][2]
                    for a, b in zip((s[k].precision, s[k].recall, s[k].fmeasure), m[k]):
                        maxdiff = max(maxdiff, abs(a - b))
            n = len(cs)
            print(json.dumps({'set': name, 'candidate': cname, 'n': n,
                              'summ_ml': {k: round(100 * ref_means[k] / n, 4) for k in keys},
                              'nutgraf_eval': {k: round(100 * our_means[k] / n, 4) for k in keys},
                              'max_abs_diff_per_pair': maxdiff}))
            ok &= maxdiff < 1e-9
    return ok


def oracle(data):
    from rouge_score import rouge_scorer
    sc = rouge_scorer.RougeScorer(['rouge1', 'rouge2', 'rougeLsum'], use_stemmer=True)
    ok = True
    for name in ('cnndm_dev.jsonl', 'bbc_dev.jsonl'):
        pairs = summ_pairs(data, name)
        inp = [json.dumps({'sentences': s, 'reference': r, 'k': 3}) for _, s, r in pairs]
        mine = [json.loads(l)['selected'] for l in ours('oracle', inp)]
        same = 0
        tot = collections.Counter()
        for (_, sents, ref), sel in zip(pairs, mine):
            # the same greedy on rouge-score itself: mean of R1 and R2 F1 of the selection in document order
            chosen, best = [], 0.0
            while len(chosen) < 3:
                pick = None
                for i in range(len(sents)):
                    if i in chosen:
                        continue
                    c = sorted(chosen + [i])
                    s = sc.score(ref, '\n'.join(sents[j] for j in c))
                    v = s['rouge1'].fmeasure + s['rouge2'].fmeasure
                    if v > (pick[1] if pick else best):
                        pick = (i, v)
                if pick is None:
                    break
                chosen.append(pick[0]); best = pick[1]
            same += sorted(chosen) == sel
            s = sc.score(ref, '\n'.join(sents[j] for j in sel))
            for k, v in s.items():
                tot[k] += v.fmeasure
        n = len(pairs)
        print(json.dumps({'set': name, 'n': n, 'same_selection_as_python_greedy': same,
                          'oracle_rouge_score': {k: round(100 * v / n, 2) for k, v in tot.items()}}))
        ok &= same == n
    return ok


def kw(data):
    from nltk.stem.porter import PorterStemmer
    ps = PorterStemmer(); tok = re.compile(r'\w+')
    norm = lambda s: ' '.join(ps.stem(t) for t in tok.findall(s.lower()))

    def dedup(xs):
        seen, o = set(), []
        for x in xs:
            n = norm(x)
            if n and n not in seen:
                seen.add(n); o.append(n)
        return o

    def f1(pred, gold, k=10):  # score.py's kw arithmetic
        gs = set(dedup(gold)); p_ = dedup(pred)[:k]
        tp = sum(x in gs for x in p_)
        p = tp / len(p_) if p_ else 0; r = tp / len(gs) if gs else 0
        return (p, r, 2 * p * r / (p + r) if p + r else 0)

    ok = True
    rng = random.Random(5)
    for f in sorted(glob.glob(os.path.join(data, 'keywords', '*.jsonl'))):
        gold = rows(f)
        preds = []
        for g in gold:
            # frequent 1-3 word sequences of the text (surface forms) mixed with perturbed gold phrases
            ws = re.findall(r"[\w'-]+", g['text'])
            grams = collections.Counter(' '.join(ws[i:i + n]) for n in (1, 2, 3) for i in range(len(ws) - n + 1))
            p = [x for x, _ in grams.most_common(12)]
            for k in g['keyphrases'][:8]:
                p.insert(rng.randint(0, len(p)), rng.choice([k, k.upper(), k + 's', k.title(), '  ' + k + '!']))
            preds.append(p)
        inp = [json.dumps({'predicted': p, 'gold': g['keyphrases'], 'k': 10}) for p, g in zip(preds, gold)]
        mine = [json.loads(l) for l in ours('kw', inp)]
        maxdiff = max(max(abs(a - b) for a, b in zip(f1(p, g['keyphrases']), m)) for p, g, m in zip(preds, gold, mine))
        # and score.py itself on the same predictions
        tmp = '/tmp/nutgraf-eval-crosscheck-kw.jsonl'
        with open(tmp, 'w') as o:
            for g, p in zip(gold, preds):
                o.write(json.dumps({'id': g['id'], 'keywords': p}) + '\n')
        sp = json.loads(subprocess.run([sys.executable, os.path.join(data, '..', 'tools', 'score.py'), 'kw', f, tmp],
                                       capture_output=True, text=True, check=True).stdout)
        mean = 100 * sum(m[2] for m in mine) / len(mine)
        print(json.dumps({'set': os.path.basename(f), 'n': len(gold), 'score_py_f1_at_10': sp['f1_at_10'],
                          'nutgraf_eval_f1_at_10': round(mean, 2), 'max_abs_diff_per_doc': maxdiff}))
        ok &= maxdiff < 1e-12 and round(mean, 2) == sp['f1_at_10']
    return ok


if __name__ == '__main__':
    mode = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, '..', 'shared', 'data')
    sys.exit(0 if {'porter': porter, 'golden': golden, 'rouge': rouge, 'rouge_ml': rouge_ml, 'oracle': oracle, 'kw': kw}[mode](data) else 1)
