"""A tiny template engine: {{ name|filter }} substitutions, dotted lookups,
{% for %} / {% if %} blocks, with errors that point at the template line."""

FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "strip": str.strip,
    "len": len,
    "reverse": lambda s: s[::-1],
}


def lookup(ctx, str dotted):
    cur = ctx
    for part in dotted.split("."):
        if isinstance(cur, dict):
            if part not in cur:
                raise KeyError(f"undefined: {dotted}")
            cur = cur[part]
        elif part.isdigit():
            cur = cur[int(part)]
        else:
            cur = getattr(cur, part)
    return cur


def render_expr(str expr, dict ctx):
    name, *filters = [p.strip() for p in expr.split("|")]
    if name.startswith('"') and name.endswith('"'):
        value = name[1:-1]
    elif name.lstrip("-").isdigit():
        value = int(name)
    else:
        value = lookup(ctx, name)
    for f in filters:
        if f.startswith("default:"):
            value = value or f[8:]
            continue
        try:
            value = FILTERS[f](value)
        except KeyError:
            raise ValueError(f"unknown filter {f!r}") from None
    return str(value)


def tokenize(str template):
    tokens = []
    cdef Py_ssize_t i = 0, j
    while i < len(template):
        j = template.find("{", i)
        if j < 0 or j + 1 >= len(template):
            tokens.append(("text", template[i:]))
            break
        if template[j + 1] in "{%":
            if j > i:
                tokens.append(("text", template[i:j]))
            close = "}}" if template[j + 1] == "{" else "%}"
            k = template.find(close, j + 2)
            if k < 0:
                raise SyntaxError(f"unclosed tag at {j}")
            tokens.append(("expr" if close == "}}" else "tag", template[j + 2:k].strip()))
            i = k + 2
        else:
            tokens.append(("text", template[i:j + 1]))
            i = j + 1
    return tokens


def _render(list tokens, Py_ssize_t pos, dict ctx, str until=""):
    out = []
    while pos < len(tokens):
        kind, val = tokens[pos]
        if kind == "text":
            out.append(val)
        elif kind == "expr":
            out.append(render_expr(val, ctx))
        else:
            words = val.split()
            if words[0] == until or (until == "endif" and words[0] == "else"):
                return "".join(out), pos
            if words[0] == "for":
                if len(words) != 4 or words[2] != "in":
                    raise SyntaxError(f"bad for tag: {val!r}")
                seq = lookup(ctx, words[3])
                end = pos
                body_parts = []
                for item in seq:
                    inner = dict(ctx)
                    inner[words[1]] = item
                    text, end = _render(tokens, pos + 1, inner, "endfor")
                    body_parts.append(text)
                if not body_parts:
                    _, end = _render(tokens, pos + 1, ctx, "endfor") if False else skip(tokens, pos + 1, "endfor")
                out.extend(body_parts)
                pos = end
            elif words[0] == "if":
                cond = lookup(ctx, words[1]) if len(words) == 2 else None
                if len(words) != 2:
                    raise SyntaxError(f"bad if tag: {val!r}")
                then_text, p = _render(tokens, pos + 1, ctx, "endif")
                else_text = ""
                if tokens[p][1] == "else":
                    else_text, p = _render(tokens, p + 1, ctx, "endif")
                out.append(then_text if cond else else_text)
                pos = p
            else:
                raise SyntaxError(f"unknown tag {words[0]!r}")
        pos += 1
    if until:
        raise SyntaxError(f"missing {{% {until} %}}")
    return "".join(out), pos


def skip(list tokens, Py_ssize_t pos, str until):
    depth = 0
    while pos < len(tokens):
        kind, val = tokens[pos]
        if kind == "tag":
            w = val.split()[0]
            if w == "for":
                depth += 1
            elif w == until:
                if depth == 0:
                    return None, pos
                depth -= 1
        pos += 1
    raise SyntaxError(f"missing {{% {until} %}}")


def render(str template, **ctx):
    text, _ = _render(tokenize(template), 0, ctx)
    return text
