"""Binary helpers: hexdump, checksums, varints, base-N encoding, struct
records, bytearray editing."""
import struct


def hexdump(bytes data, int width=8):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexpart:<{width * 3 - 1}}  |{text}|")
    return "\n".join(lines)


def adler32(bytes data):
    cdef unsigned long a = 1, b = 0
    cdef unsigned char byte
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return s2 << 8 | s1


def varint_encode(n):
    if n < 0:
        raise ValueError("varint must be non-negative")
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def varint_decode(bytes data):
    result = 0
    shift = 0
    for i, byte in enumerate(data):
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, i + 1
        shift += 7
    raise ValueError("truncated varint")


def base_encode(bytes data, str alphabet="0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"):
    n = int.from_bytes(data, "big")
    base = len(alphabet)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(alphabet[r])
    pad = len(data) - len(data.lstrip(b"\0"))
    return alphabet[0] * pad + "".join(reversed(out))


def pack_records(records):
    buf = bytearray()
    for rid, value, name in records:
        encoded = name.encode("utf-8")
        buf += struct.pack("<IdH", rid, value, len(encoded)) + encoded
    return bytes(buf)


def unpack_records(bytes data):
    out = []
    cdef Py_ssize_t off = 0
    head = struct.calcsize("<IdH")
    while off < len(data):
        rid, value, n = struct.unpack_from("<IdH", data, off)
        off += head
        out.append((rid, value, data[off:off + n].decode("utf-8")))
        off += n
    return out


def xor_cipher(bytes data, bytes key):
    if not key:
        raise ValueError("empty key")
    out = bytearray(len(data))
    cdef Py_ssize_t i
    for i in range(len(data)):
        out[i] = data[i] ^ key[i % len(key)]
    return bytes(out)


def bytearray_edit(bytes data):
    ba = bytearray(data)
    ba[0:2] = b"XY"
    del ba[-1:]
    ba.extend(b"!!")
    ba.insert(1, 0x2D)
    ba.reverse()
    return bytes(ba), ba.count(b"!"), ba.find(b"Y")


def bits_to_bytes(str bits):
    if len(bits) % 8:
        raise ValueError("length must be a multiple of 8")
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
