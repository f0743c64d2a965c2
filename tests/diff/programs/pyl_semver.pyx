"""Semantic versions: parsing, ordering with pre-releases, range
constraints (^, ~, comparison lists), picking the best match."""

_OPS = {
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}


def parse(str v):
    v = v.strip().lstrip("v")
    core, _, pre = v.partition("-")
    parts = core.split(".")
    if len(parts) != 3:
        raise ValueError(f"invalid version {v!r}")
    try:
        major, minor, patch = [int(p) for p in parts]
    except ValueError:
        raise ValueError(f"invalid version {v!r}") from None
    if min(major, minor, patch) < 0:
        raise ValueError("negative component")
    pre_key = tuple((0, int(x)) if x.isdigit() else (1, x) for x in pre.split(".")) if pre else ()
    return major, minor, patch, pre_key


def sort_key(str v):
    major, minor, patch, pre = parse(v)
    # a release sorts after its pre-releases
    return (major, minor, patch, 0 if pre else 1, pre)


def compare(str a, str b):
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)


def sort_versions(versions):
    return sorted(versions, key=sort_key)


def satisfies(str version, str constraint):
    key = sort_key(version)
    for clause in constraint.split(","):
        clause = clause.strip()
        if clause.startswith("^"):
            base = parse(clause[1:])
            lo = sort_key(clause[1:])
            if base[0] > 0:
                hi = (base[0] + 1, 0, 0, 0, ())
            elif base[1] > 0:
                hi = (0, base[1] + 1, 0, 0, ())
            else:
                hi = (0, 0, base[2] + 1, 0, ())
            if not lo <= key < hi:
                return False
        elif clause.startswith("~"):
            base = parse(clause[1:])
            if not sort_key(clause[1:]) <= key < (base[0], base[1] + 1, 0, 0, ()):
                return False
        else:
            for op in (">=", "<=", "==", "!=", ">", "<"):
                if clause.startswith(op):
                    if not _OPS[op](key, sort_key(clause[len(op):])):
                        return False
                    break
            else:
                if key != sort_key(clause):
                    return False
    return True


def best_match(versions, str constraint, bint allow_pre=False):
    ok = [v for v in versions if satisfies(v, constraint) and (allow_pre or not parse(v)[3])]
    return max(ok, key=sort_key) if ok else None


def bump(str v, str part):
    major, minor, patch, pre = parse(v)
    if part == "major":
        return f"{major + 1}.0.0"
    elif part == "minor":
        return f"{major}.{minor + 1}.0"
    elif part == "patch":
        return f"{major}.{minor}.{patch if pre else patch + 1}"
    raise ValueError(f"unknown part {part!r}")
