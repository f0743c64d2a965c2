"""Huffman coding with heapq: frequency table, code construction, encode
and decode through bit strings, compression ratio."""
import heapq


def frequencies(data):
    freq = {}
    for sym in data:
        freq[sym] = freq.get(sym, 0) + 1
    return freq


def build_codes(dict freq):
    if not freq:
        return {}
    if len(freq) == 1:
        return {next(iter(freq)): "0"}
    heap = []
    cdef int seq = 0
    for sym, n in sorted(freq.items(), key=lambda kv: (kv[1], repr(kv[0]))):
        heap.append((n, seq, sym))
        seq += 1
    heapq.heapify(heap)
    while len(heap) > 1:
        n1, _, left = heapq.heappop(heap)
        n2, _, right = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, seq, (left, right)))
        seq += 1
    codes = {}
    stack = [(heap[0][2], "")]
    while stack:
        node, prefix = stack.pop()
        if isinstance(node, tuple):
            stack.append((node[0], prefix + "0"))
            stack.append((node[1], prefix + "1"))
        else:
            codes[node] = prefix
    return dict(sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[1])))


def encode(data):
    codes = build_codes(frequencies(data))
    return "".join([codes[s] for s in data]), codes


def decode(str bits, dict codes):
    rev = {v: k for k, v in codes.items()}
    out = []
    cur = ""
    for b in bits:
        if b not in "01":
            raise ValueError(f"invalid bit {b!r}")
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    if cur:
        raise ValueError(f"trailing bits {cur!r}")
    return out


def roundtrip(str text):
    bits, codes = encode(text)
    return "".join(decode(bits, codes)) == text, len(bits), len(text) * 8


def ratio(str text):
    if not text:
        return None
    bits, _ = encode(text)
    return round(len(bits) / (8 * len(text)), 6)


def bits_to_bytes(str bits):
    padded = bits + "0" * (-len(bits) % 8)
    return bytes([int(padded[i:i + 8], 2) for i in range(0, len(padded), 8)]), (-len(bits)) % 8


def weighted_length(dict freq):
    codes = build_codes(freq)
    return sum(freq[s] * len(c) for s, c in codes.items())
