"""Unit conversion: parsing quantities like '12.5 km', converting through
base units, formatting results, rejecting unknown or incompatible units."""

UNITS = {
    "m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "mm": ("length", 0.001),
    "mi": ("length", 1609.344), "ft": ("length", 0.3048), "in": ("length", 0.0254),
    "g": ("mass", 1.0), "kg": ("mass", 1000.0), "lb": ("mass", 453.59237), "oz": ("mass", 28.349523125),
    "s": ("time", 1.0), "min": ("time", 60.0), "h": ("time", 3600.0), "d": ("time", 86400.0),
}
ALIASES = {"meter": "m", "meters": "m", "kilometers": "km", "miles": "mi", "feet": "ft", "hours": "h", "seconds": "s"}


def parse_quantity(str text):
    text = text.strip()
    cdef Py_ssize_t i = 0
    while i < len(text) and (text[i].isdigit() or text[i] in "+-.eE_"):
        if text[i] in "eE" and (i == 0 or not text[i - 1].isdigit()):
            break
        i += 1
    number, unit = text[:i], text[i:].strip()
    if not number:
        raise ValueError(f"no number in {text!r}")
    unit = ALIASES.get(unit.lower(), unit)
    if unit not in UNITS:
        raise KeyError(f"unknown unit {unit!r}")
    return float(number), unit


def convert(value, str src, str dst):
    try:
        kind_a, fa = UNITS[src]
        kind_b, fb = UNITS[dst]
    except KeyError as e:
        raise ValueError(f"unknown unit {e.args[0]!r}") from None
    if kind_a != kind_b:
        raise ValueError(f"cannot convert {kind_a} to {kind_b}")
    return value * fa / fb


def convert_text(str text, str dst, int digits=3):
    value, unit = parse_quantity(text)
    result = convert(value, unit, dst)
    return f"{round(result, digits):g} {dst}"


def best_unit(double meters):
    candidates = sorted((f, u) for u, (k, f) in UNITS.items() if k == "length")
    best = "m"
    for f, u in candidates:
        if abs(meters) >= f:
            best = u
    return f"{meters / UNITS[best][1]:.2f} {best}"


def pace(str distance, str duration):
    d, du = parse_quantity(distance)
    t, tu = parse_quantity(duration)
    km = convert(d, du, "km")
    minutes = convert(t, tu, "min")
    if km == 0:
        raise ZeroDivisionError("zero distance")
    per_km = minutes / km
    m, s = divmod(round(per_km * 60), 60)
    return f"{m}:{s:02d} /km"


def sum_quantities(items, str dst):
    total = 0.0
    for text in items:
        v, u = parse_quantity(text)
        total += convert(v, u, dst)
    return round(total, 9)


def table(double value, str src, targets):
    return {t: round(convert(value, src, t), 6) for t in targets}
