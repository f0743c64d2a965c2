# cython: language_level=3
"""String and bytes processing in the style of tokenizers, parsers and
serialisers found in real Cython modules: typed str/bytes locals, char*
and const char* conversions, ord/chr loops, split/join/encode/decode,
f-strings, % formatting and str.format."""
from libc.string cimport strlen

cdef str VOWELS = "aeiouAEIOU"
cdef bytes SEP = b","


def tokenize(str text):
    cdef list tokens = []
    cdef str cur = ""
    for ch in text:
        if ch.isalnum() or ch == u"_":
            cur += ch
        else:
            if cur:
                tokens.append(cur)
                cur = ""
            if not ch.isspace():
                tokens.append(ch)
    if cur:
        tokens.append(cur)
    return tokens


def count_vowels(str s):
    cdef int n = 0
    for c in s:
        if c in VOWELS:
            n += 1
    return n


def caesar(str s, int shift):
    cdef list out = []
    cdef int o
    for c in s:
        o = ord(c)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + shift) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((o - 65 + shift) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def parse_csv_line(bytes line):
    cdef list fields = line.split(SEP)
    return [f.strip().decode("utf-8") for f in fields]


def parse_kv(str s):
    cdef dict out = {}
    for part in s.split(";"):
        if not part.strip():
            continue
        key, _, value = part.partition("=")
        out[key.strip()] = value.strip()
    return out




def char_ptr_len(bytes data):
    cdef const char* p = data
    return strlen(p), len(data)




def encode_roundtrip(str s, str encoding="utf-8"):
    cdef bytes b = s.encode(encoding)
    return b, len(b), b.decode(encoding) == s


def decode_errors(bytes b):
    return b.decode("utf-8", "replace"), b.decode("latin-1"), b.decode("ascii", errors="ignore")


def strict_decode(bytes b):
    return b.decode("utf-8")


def format_record(str name, int age, double score):
    a = "%s is %d years old, score %.2f" % (name, age, score)
    b = "{0} ({1}) -> {2:.1f}".format(name, age, score)
    c = f"{name!r:>12}|{age:04d}|{score:+.3e}"
    d = "{name}:{age}".format(name=name, age=age)
    return a, b, c, d


def pad_table(rows):
    width = max([len(str(r[0])) for r in rows] or [0])
    lines = []
    for key, val in rows:
        lines.append(f"{str(key).ljust(width)} = {val}")
    return "\n".join(lines)


def _freq_key(kv):
    return (-kv[1], kv[0])


def word_freq(str text):
    counts = {}
    for w in text.lower().split():
        w = w.strip(".,;:!?\"'")
        if w:
            counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=_freq_key)


def is_palindrome(str s):
    cdef str t = "".join([c.lower() for c in s if c.isalnum()])
    return t == t[::-1]


def hex_dump(bytes data, int width=4):
    out = []
    cdef int i
    for i in range(0, len(data), width):
        chunk = data[i:i + width]
        out.append("%04x: %s" % (i, " ".join(["%02x" % b for b in chunk])))
    return out


def str_index_ops(str s, str sub):
    return s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub), sub in s


def str_index_raises(str s, str sub):
    return s.index(sub)






def join_numbers(list xs, str sep=", "):
    return sep.join([str(x) for x in xs])


def split_lines(str s):
    return s.splitlines(), s.splitlines(True), s.split("\n"), s.rsplit(" ", 1)


def replace_chain(str s):
    return s.replace("\t", "    ").replace("  ", " ").strip().lstrip("#").rstrip("!")


def str_predicates(str s):
    return s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower(), s.isidentifier()


def zfill_center(str s, int n):
    return s.zfill(n), s.center(n, "*"), s.rjust(n), s.ljust(n, "-")


def bytes_to_str_typed(bytes b):
    cdef str s = b.decode("ascii")
    return s


def str_to_bytes_typed(str s):
    cdef bytes b = s.encode("ascii")
    return b




def concat_types(a, b):
    return a + b


def str_mult_join(int n):
    return "-".join(["ab"] * n) + "|" * n


def fmt_percent_dict(dict d):
    return "%(name)s=%(value)05.1f" % d


def title_words(str s):
    return " ".join([w[:1].upper() + w[1:] for w in s.split(" ")])


def bytearray_build(int n):
    cdef bytearray ba = bytearray()
    cdef int i
    for i in range(n):
        ba.append(65 + i % 26)
    ba.extend(b"!!")
    return bytes(ba), len(ba)


def str_compare_typed(str a, str b):
    return a == b, a != b, a < b, a >= b



def bytes_signed_chars(bytes b):
    cdef char c
    out = []
    for c in b:
        out.append(c)
    return out


def bytes_unsigned_sum(bytes b):
    cdef unsigned char c
    cdef unsigned int total = 0
    for c in b:
        total += c
    return total


def bytes_at(bytes b, Py_ssize_t i):
    cdef unsigned char c = b[i]
    return c


def bytes_methods(bytes b):
    return b.find(b"l"), b.split(b","), b.strip(), b.startswith(b"a"), b"l" in b, b.hex(), b.count(b"l")


def percent_c_values(int i, double d, bint b, float f):
    return "%d|%s|%r|%.1f|%s|%s|%5.2e" % (i, i, d, d, b, f, f)


def fstring_c_values(bint b, unsigned char u, char c, double d, float f):
    return f"{b}|{u}|{c}|{d}|{d:.2f}|{b!r}|{f}|{u:08b}|{c:+d}"
