from diffcase import Cases


class Rich:
    """Comparisons that return objects other than bools, as numpy's do."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return ("lt", self.v, other.v) if self.v < other.v else []

    def __le__(self, other):
        return self.v <= other.v


C = Cases("pyl_object_compare_chains")
C.add("chain3", Rich(1), Rich(2), Rich(3), label="rich_true")
C.add("chain3", Rich(2), Rich(1), Rich(3), label="rich_first_false")
C.add("chain3", Rich(1), Rich(3), Rich(2), label="rich_second_false")
C.add("four", Rich(1), Rich(2), Rich(3), Rich(4), label="rich_four")
C.add("chain3", 1, 2, 3)
C.add("chain3", 1, "x", 3, raises=TypeError)
C.add("chain_with_call", 1, 2, 3)
C.add("chain_with_call", 3, 2, 1)
C.add("short_circuit", 3, 2, 1)
C.add("short_circuit", 1, 2, 3)
C.add("mixed_is_and_in", 1, [1, 2], [True])
C.add("mixed_is_and_in", 5, [1, 2], [False])
C.add("as_condition", 1, 2, 3)
C.add("as_condition", 1, 3, 2)
C.add("four", 1, 1, 2, 2)
C.add("four", 1, 2, 2, 3)
C.add("four", 1.5, 2, 3, 2)
