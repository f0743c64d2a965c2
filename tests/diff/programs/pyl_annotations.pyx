"""def functions typed through annotations (Cython 3 honours them): int,
float, str, list, dict, bool, Optional, return annotations."""
from typing import Optional


def scale(x: float, k: float = 2.0) -> float:
    return x * k


def count_up(n: int) -> list:
    out = []
    for i in range(n):
        out.append(i)
    return out


def greet(name: str, excited: bool = False) -> str:
    return f"Hello, {name}{'!' if excited else '.'}"


def total(xs: list) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def keys(d: dict) -> list:
    return sorted(d)


def maybe(x: Optional[int] = None) -> str:
    return "none" if x is None else f"int {x}"


def big(n: int) -> int:
    return n ** 3


def div(a: int, b: int) -> float:
    return a / b


def floor_div(a: int, b: int):
    return a // b, a % b


def untyped_annotation(x: "anything") -> "also anything":
    return x


def tuple_ann(t: tuple) -> tuple:
    return t[::-1]
