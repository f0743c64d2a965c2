import random

from diffcase import Cases

C = Cases("pyl_csv_lines")
rng = random.Random(8)
C.each("split_line", ["", "a,b,c", 'x,"y,z",w', '"he said ""hi""",2', ",,", "a;b", "é,ü"])
C.add("split_line", "a::b::c", "::")
C.add("split_line", '"open,field', raises=ValueError, msg=True)
C.add("split_line", None, raises=TypeError)
TABLE = """name, qty, price, ok
# a comment
apple, 3, 1.25, yes
"pear, green", 10, 0.5, no

kiwi, -2, 3e2, TRUE
"""
SCHEMA = {"qty": "int", "price": "float", "ok": "bool"}
C.add("parse_table", TABLE, SCHEMA)
C.add("parse_table", "", SCHEMA)
C.add("parse_table", "a,b\n1\n", {}, raises=ValueError, msg=True)
C.add("parse_table", "a,b\n1,x\n", {"b": "int"}, raises=ValueError, msg=True)
C.add("parse_table", "a\n1\n", {"a": "complex"}, raises=KeyError)
rows = "k,v\n" + "\n".join(f"{rng.choice('xyz')},{rng.randint(-100, 100)}" for _ in range(30))
C.add("parse_table", rows, {"v": "int"})
C.add("column", [{"a": 1}, {"b": 2}], "a")
C.add("column", [{"a": 1}, {"b": 2}], "a", default=0)
C.add("group_sum", [{"k": "x", "v": 1}, {"k": "y", "v": 2.5}, {"k": "x", "v": 3}], "k", "v")
C.add("group_sum", [{"k": "x"}], "k", "v", raises=KeyError)
C.each("join_line", [["a", "b"], [1, 2.5, None], ['q"t', "a,b", "l\nm"], []])
C.add("join_line", ["a", "b"], "\t")
C.each("roundtrip", [["a", 'b"', "c,d"], [1, 2, 3], [""]])
C.each("sniff_delimiter", ["a,b,c\n1,2,3", "a;b\n1;2;3", "a\tb\n1\t2", "plain", ""])
C.add("to_records", TABLE, types=SCHEMA, qty="quantity")
C.add("to_records", "a,b\n1,2\n", a="A", b="B")
