from diffcase import Cases

C = Cases("pyl_sparse_text")
DOCS = ["The quick brown fox", "jumps over the lazy dog", "the fox and the dog are friends",
        "Quick thinking saves the day", "nothing in common here", "Ünïcode wörds café café"]
C.each("tokenize", ["Hello, World! 42x", "", "  ...  ", "Café-crème über"])
C.each("tf", [["a", "b", "a"], []])
C.add("dot", {"a": 1, "b": 2}, {"b": 3, "c": 4})
C.add("dot", {}, {"a": 1})
C.add("dot", {"a": "x"}, {"a": 2}, raises=TypeError)
C.each("norm", [{"a": 3, "b": 4}, {}])
C.each("cosine", [({"a": 1}, {"a": 2}), ({"a": 1}, {"b": 1}), ({}, {"a": 1})])
C.add("build_index", DOCS, approx=True)
C.add("search", DOCS, "quick fox")
C.add("search", DOCS, "café", 1)
C.add("search", DOCS, "zzz")
C.add("search", [], "x")
C.add("add_scaled", {"a": 1.0, "b": 2.0}, {"b": -2.0, "c": 1.0}, 1.0)
C.add("add_scaled", {}, {"x": 1}, 0.5)
C.add("top_terms", DOCS, 2)
C.each("jaccard", [("a b c", "b c d"), ("", ""), ("x", "")])
C.each("ngrams", [("the quick brown fox", 2), ("a b", 3), ("a b c d", 1)])
