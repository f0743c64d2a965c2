"""Classical ciphers and string transforms: Caesar, Vigenere, Atbash,
rail fence, anagram grouping, run of character classes."""

ALPHA = "abcdefghijklmnopqrstuvwxyz"


cdef str shift_char(str ch, int k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - 97 + k) % 26 + 97)
    if "A" <= ch <= "Z":
        return chr((ord(ch) - 65 + k) % 26 + 65)
    return ch


def caesar(str text, int k):
    return "".join([shift_char(ch, k) for ch in text])


def vigenere(str text, str key, bint decrypt=False):
    if not key.isalpha():
        raise ValueError("key must be alphabetic")
    shifts = [ord(c) - 97 for c in key.lower()]
    out = []
    cdef int j = 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            k = shifts[j % len(shifts)]
            out.append(shift_char(ch, -k if decrypt else k))
            j += 1
        else:
            out.append(ch)
    return "".join(out)


def atbash(str text):
    table = str.maketrans(ALPHA + ALPHA.upper(), ALPHA[::-1] + ALPHA.upper()[::-1])
    return text.translate(table)


def rail_fence(str text, int rails):
    if rails < 2:
        return text
    rows = [[] for _ in range(rails)]
    cdef int r = 0, step = 1
    for ch in text:
        rows[r].append(ch)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    return "".join("".join(row) for row in rows)


def rail_fence_decode(str cipher, int rails):
    if rails < 2:
        return cipher
    n = len(cipher)
    pattern = []
    r, step = 0, 1
    for _ in range(n):
        pattern.append(r)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    order = sorted(range(n), key=lambda i: (pattern[i], i))
    out = [""] * n
    for ch, idx in zip(cipher, order):
        out[idx] = ch
    return "".join(out)


def anagram_groups(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w.lower())), []).append(w)
    return sorted([sorted(g) for g in groups.values() if len(g) > 1], key=lambda g: g[0])


def crack_caesar(str cipher):
    common = "etaoinshr"
    best = None
    best_score = -1
    for k in range(26):
        plain = caesar(cipher, -k)
        score = sum(plain.lower().count(c) * (9 - i) for i, c in enumerate(common))
        if score > best_score:
            best, best_score = (k, plain), score
    return best


def letter_histogram(str text):
    counts = [0] * 26
    for ch in text.lower():
        if "a" <= ch <= "z":
            counts[ord(ch) - 97] += 1
    return {ALPHA[i]: c for i, c in enumerate(counts) if c}
