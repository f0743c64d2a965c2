"""Small state machines: number recognizer, INI parser, traffic light,
bracket matcher, escape-aware splitter."""

START, SIGN, INT, DOT, FRAC, EXP, EXP_SIGN, EXP_INT = range(8)
ACCEPT = frozenset([INT, FRAC, EXP_INT])


cdef int char_class(str ch):
    if ch.isdigit():
        return 0
    if ch in "+-":
        return 1
    if ch == ".":
        return 2
    if ch in "eE":
        return 3
    return 4


def is_number(str s):
    cdef int state = START
    cdef int cls
    for ch in s.strip():
        cls = char_class(ch)
        if state == START or state == SIGN:
            if cls == 0:
                state = INT
            elif cls == 1 and state == START:
                state = SIGN
            elif cls == 2:
                state = DOT
            else:
                return False
        elif state == INT:
            if cls == 0:
                pass
            elif cls == 2:
                state = FRAC
            elif cls == 3:
                state = EXP
            else:
                return False
        elif state == DOT or state == FRAC:
            if cls == 0:
                state = FRAC
            elif cls == 3 and state == FRAC:
                state = EXP
            else:
                return False
        elif state == EXP:
            if cls == 1:
                state = EXP_SIGN
            elif cls == 0:
                state = EXP_INT
            else:
                return False
        elif state in (EXP_SIGN, EXP_INT):
            if cls == 0:
                state = EXP_INT
            else:
                return False
    return state in ACCEPT


def parse_ini(str text):
    sections = {}
    current = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line[0] == "[":
            if line[-1] != "]":
                raise SyntaxError(f"line {n}: bad section header")
            current = line[1:-1].strip()
            if current in sections:
                raise KeyError(f"duplicate section {current}")
            sections[current] = {}
        elif "=" in line:
            if current is None:
                raise SyntaxError(f"line {n}: key outside section")
            key, _, value = line.partition("=")
            sections[current][key.strip().lower()] = value.strip()
        else:
            raise SyntaxError(f"line {n}: cannot parse {line!r}")
    return sections


TRANSITIONS = {
    ("red", "tick"): "green",
    ("green", "tick"): "yellow",
    ("yellow", "tick"): "red",
    ("red", "fault"): "blink",
    ("green", "fault"): "blink",
    ("yellow", "fault"): "blink",
    ("blink", "reset"): "red",
}


def run_light(events, state="red"):
    history = [state]
    for ev in events:
        try:
            state = TRANSITIONS[state, ev]
        except KeyError:
            raise ValueError(f"no transition from {state} on {ev}") from None
        history.append(state)
    return history


def brackets_ok(str s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return False, i
            stack.pop()
    if stack:
        return False, stack[-1][1]
    return True, -1


def split_escaped(str s, str sep=",", str esc="\\"):
    out = []
    cur = ""
    escaped = False
    for ch in s:
        if escaped:
            cur += ch
            escaped = False
        elif ch == esc:
            escaped = True
        elif ch == sep:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if escaped:
        raise ValueError("trailing escape")
    out.append(cur)
    return out


def vending(coins, int price):
    cdef int paid = 0
    state = "idle"
    log = []
    for c in coins:
        if c not in (5, 10, 25):
            log.append(f"reject {c}")
            continue
        paid += c
        state = "collecting"
        if paid >= price:
            log.append(f"vend, change {paid - price}")
            paid = 0
            state = "idle"
    else:
        log.append(f"end {state} {paid}")
    return log
