"""Validation helpers that raise descriptive exceptions, chain causes and
collect errors."""


cdef int check_range(long value, long lo, long hi) except -1:
    if not lo <= value <= hi:
        raise ValueError(f"{value} not in [{lo}, {hi}]")
    return 0


cdef double checked_ratio(double a, double b) except? -1.0:
    if b == 0:
        raise ZeroDivisionError("ratio with zero denominator")
    return a / b


def validate_port(port):
    if isinstance(port, bool) or not isinstance(port, int):
        raise TypeError(f"port must be int, not {type(port).__name__}")
    check_range(port, 1, 65535)
    return port


def ratio(a, b):
    return checked_ratio(a, b)


def validate_user(dict user):
    errors = []
    name = user.get("name")
    if not name:
        errors.append("name: required")
    elif not isinstance(name, str):
        errors.append("name: must be a string")
    elif len(name) > 12:
        errors.append(f"name: too long ({len(name)} > 12)")
    age = user.get("age")
    if age is not None:
        try:
            check_range(age, 0, 150)
        except (ValueError, TypeError, OverflowError) as e:
            errors.append(f"age: {type(e).__name__}")
    email = user.get("email", "")
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        errors.append("email: malformed")
    if errors:
        raise ValueError("; ".join(errors))
    return True


def parse_version(str s):
    parts = s.split(".")
    if not 1 <= len(parts) <= 3:
        raise ValueError("expected 1-3 components")
    try:
        nums = [int(p) for p in parts]
    except ValueError as exc:
        raise ValueError(f"bad version {s!r}") from exc
    assert all(n >= 0 for n in nums), "negative component"
    while len(nums) < 3:
        nums.append(0)
    return tuple(nums)


def version_cause(str s):
    try:
        parse_version(s)
    except ValueError as e:
        c = e.__cause__
        return (str(e), type(c).__name__ if c is not None else None, e.__suppress_context__)
    return None


def require(cond, msg="requirement failed"):
    assert cond, msg
    return cond


def check_all(values, str kind):
    validator = VALIDATORS[kind]
    ok = []
    bad = {}
    for i, v in enumerate(values):
        try:
            ok.append(validator(v))
        except Exception as e:
            bad[i] = type(e).__name__
        else:
            continue
        finally:
            pass
    return ok, bad


VALIDATORS = {}


def coerce_bool(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if value in (0, 1):
            return bool(value)
        raise ValueError(f"cannot coerce {value!r} to bool")
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("true", "yes", "on", "1"):
            return True
        if v in ("false", "no", "off", "0", ""):
            return False
    raise ValueError("cannot coerce %r to bool" % (value,))


def nested_reraise(int level):
    try:
        try:
            if level == 0:
                raise KeyError("inner")
            elif level == 1:
                raise IndexError("inner index")
            return "fine"
        except KeyError as e:
            raise LookupError("wrapped") from e
    except LookupError as outer:
        ctx = outer.__context__
        return type(outer).__name__, str(outer), type(ctx).__name__ if ctx else None


VALIDATORS.update(port=validate_port, bool=coerce_bool, int=int, version=parse_version)
