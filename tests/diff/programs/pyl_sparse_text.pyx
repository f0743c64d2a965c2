"""Sparse vectors as dicts and a tiny TF-IDF search index."""
import math


def tokenize(str text):
    out = []
    word = []
    for ch in text.lower():
        if ch.isalnum():
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


def tf(tokens):
    counts = {}
    for t in tokens:
        counts[t] = counts.get(t, 0) + 1
    n = len(tokens)
    return {t: c / n for t, c in counts.items()} if n else {}


def dot(dict a, dict b):
    if len(a) > len(b):
        a, b = b, a
    cdef double s = 0.0
    for k, v in a.items():
        w = b.get(k)
        if w is not None:
            s += v * w
    return s


def norm(dict v):
    return math.sqrt(sum(x * x for x in v.values()))


def cosine(dict a, dict b):
    na, nb = norm(a), norm(b)
    if na == 0 or nb == 0:
        return 0.0
    return dot(a, b) / (na * nb)


def build_index(docs):
    df = {}
    tfs = []
    for d in docs:
        toks = tokenize(d)
        tfs.append(tf(toks))
        for t in sorted(set(toks)):
            df[t] = df.get(t, 0) + 1
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}
    vectors = [{t: w * idf[t] for t, w in v.items()} for v in tfs]
    return idf, vectors


def search(docs, str query, int k=3):
    idf, vectors = build_index(docs)
    q = {t: w * idf.get(t, 0.0) for t, w in tf(tokenize(query)).items()}
    scored = [(round(cosine(q, v), 9), i) for i, v in enumerate(vectors)]
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [(i, s) for s, i in scored[:k] if s > 0]


def add_scaled(dict a, dict b, double alpha):
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0.0) + alpha * v
        if out[k] == 0:
            del out[k]
    return dict(sorted(out.items()))


def top_terms(docs, int k=3):
    idf, vectors = build_index(docs)
    return [_top(v, k) for v in vectors]


def _top(dict v, int k):
    return sorted(v, key=lambda t: (-v[t], t))[:k]


def jaccard(str a, str b):
    sa, sb = set(tokenize(a)), set(tokenize(b))
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def ngrams(str text, int n=2):
    toks = tokenize(text)
    return [" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)]
