"""A bank ledger: Decimal money, transactions validated and applied, with
rollback on error."""
from decimal import Decimal, ROUND_HALF_UP, InvalidOperation

CENT = Decimal("0.01")
LIMITS = {"checking": Decimal("-500"), "savings": Decimal("0")}


def to_money(value):
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not a money amount: {value!r}") from None
    if not d.is_finite():
        raise ValueError("amount must be finite")
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


def apply(dict balances, list transactions):
    """Apply (kind, account, amount[, target]) tuples atomically."""
    new = dict(balances)
    for n, tx in enumerate(transactions):
        kind, account = tx[0], tx[1]
        amount = to_money(tx[2])
        if amount <= 0:
            raise ValueError(f"tx {n}: amount must be positive")
        if account not in new:
            raise KeyError(f"tx {n}: unknown account {account}")
        if kind == "deposit":
            new[account] += amount
        elif kind == "withdraw":
            new[account] -= amount
        elif kind == "transfer":
            target = tx[3]
            if target not in new:
                raise KeyError(f"tx {n}: unknown account {target}")
            new[account] -= amount
            new[target] += amount
        else:
            raise ValueError(f"tx {n}: unknown kind {kind}")
        kind_of = account.split(":")[0]
        if new[account] < LIMITS.get(kind_of, Decimal(0)):
            raise ValueError(f"tx {n}: {account} would go to {new[account]}")
    return {k: str(v) for k, v in sorted(new.items())}


def open_accounts(names):
    return {name: Decimal("0.00") for name in names}


def run(names, transactions):
    return apply(open_accounts(names), transactions)


def interest(principal, rate, int years, int periods=12):
    p = to_money(principal)
    r = Decimal(str(rate)) / periods
    history = []
    for y in range(years):
        for _ in range(periods):
            p = (p * (1 + r)).quantize(CENT, rounding=ROUND_HALF_UP)
        history.append(str(p))
    return history


def split_bill(total, int people):
    if people <= 0:
        raise ValueError("need at least one person")
    t = to_money(total)
    share = (t / people).quantize(CENT, rounding="ROUND_DOWN")
    shares = [share] * people
    remainder = t - share * people
    cdef int i = 0
    while remainder > 0:
        shares[i] += CENT
        remainder -= CENT
        i += 1
    return [str(s) for s in shares], str(sum(shares))


def float_vs_decimal(int n):
    f = 0.0
    d = Decimal(0)
    for _ in range(n):
        f += 0.1
        d += Decimal("0.1")
    return f, str(d), f == float(d)


def money_fmt(value):
    d = to_money(value)
    sign = "-" if d < 0 else ""
    whole, _, frac = str(abs(d)).partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{','.join(groups)}.{frac}"
