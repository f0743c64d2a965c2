"""A tiny arithmetic tokenizer and evaluator (shunting-yard), the kind of
helper a Cython module keeps next to its kernels."""

OPS = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (3, "R")}
DIGITS = "0123456789"


def tokenize(str text):
    """Split `text` into numbers, names, operators and parentheses."""
    cdef Py_ssize_t i = 0
    cdef Py_ssize_t n = len(text)
    tokens = []
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in DIGITS or (ch == "." and i + 1 < n and text[i + 1] in DIGITS):
            start = i
            seen_dot = False
            while i < n and (text[i] in DIGITS or (text[i] == "." and not seen_dot)):
                if text[i] == ".":
                    seen_dot = True
                i += 1
            lit = text[start:i]
            tokens.append(("num", float(lit) if seen_dot else int(lit)))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(("name", text[start:i]))
        elif ch in OPS:
            tokens.append(("op", ch))
            i += 1
        elif ch in "()":
            tokens.append(("paren", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens


def to_rpn(tokens):
    out = []
    stack = []
    for kind, value in tokens:
        if kind == "num" or kind == "name":
            out.append(value)
        elif kind == "op":
            prec, assoc = OPS[value]
            while stack and stack[-1] != "(":
                top_prec = OPS[stack[-1]][0]
                if top_prec > prec or (top_prec == prec and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(value)
        elif value == "(":
            stack.append(value)
        else:
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
    while stack:
        op = stack.pop()
        if op == "(":
            raise SyntaxError("unbalanced '('")
        out.append(op)
    return out


def eval_rpn(rpn, env=None):
    if env is None:
        env = {}
    stack = []
    for item in rpn:
        if isinstance(item, str) and item in OPS:
            if len(stack) < 2:
                raise ValueError("stack underflow at " + item)
            b = stack.pop()
            a = stack.pop()
            if item == "+":
                stack.append(a + b)
            elif item == "-":
                stack.append(a - b)
            elif item == "*":
                stack.append(a * b)
            elif item == "/":
                stack.append(a / b)
            elif item == "%":
                stack.append(a % b)
            else:
                stack.append(a ** b)
        elif isinstance(item, str):
            try:
                stack.append(env[item])
            except KeyError as exc:
                raise NameError(f"unknown variable {item}") from exc
        else:
            stack.append(item)
    if len(stack) != 1:
        raise ValueError(f"malformed expression ({len(stack)} values left)")
    return stack[0]


def evaluate(str text, **env):
    return eval_rpn(to_rpn(tokenize(text)), env)


def count_kinds(str text):
    counts = {}
    for kind, _ in tokenize(text):
        counts[kind] = counts.get(kind, 0) + 1
    return sorted(counts.items())


def names_used(str text):
    return sorted({v for k, v in tokenize(text) if k == "name"})


def roundtrip(str text):
    parts = []
    for kind, value in tokenize(text):
        parts.append(str(value))
    return " ".join(parts)


def cause_name(str text):
    try:
        evaluate(text)
    except NameError as e:
        return type(e.__cause__).__name__, str(e)
    return None
