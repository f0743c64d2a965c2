from diffcase import Cases

C = Cases("pyl_state_machines")
C.each("is_number", ["0", " 12 ", "-3.5", "+.5", ".", "1e10", "1e", "2E-7", "e9", "--1", "1.2.3", "", "１２", "3.", "abc", "1e+", " -0.0e0 "])
C.add("is_number", 5, raises=TypeError)
INI = """; comment
[main]
Name = demo ; trailing
level=3

[ paths ]
root = /tmp
"""
C.add("parse_ini", INI)
C.add("parse_ini", "")
C.add("parse_ini", "x=1", raises=SyntaxError, msg=True)
C.add("parse_ini", "[a\nx=1", raises=SyntaxError, msg=True)
C.add("parse_ini", "[a]\n[a]", raises=KeyError, msg=True)
C.add("parse_ini", "[a]\njunk", raises=SyntaxError, msg=True)
C.add("run_light", ["tick", "tick", "tick", "fault", "reset"])
C.add("run_light", [])
C.add("run_light", ["reset"], raises=ValueError, msg=True)
C.add("run_light", ["tick"], state="blink", raises=ValueError, msg=True)
C.add("run_light", [["x"]], raises=TypeError)
C.each("brackets_ok", ["", "([]{})", "(]", "((", "a(b[c]d)e}", "{[()()]}"])
C.each("split_escaped", ["a,b,c", r"a\,b,c", "", r"a\\,b", ",,"])
C.add("split_escaped", "a;b;c", ";")
C.add("split_escaped", "a\\", raises=ValueError, msg=True)
C.add("vending", [25, 10, 5, 3, 25, 25], 30)
C.add("vending", [], 10)
C.add("vending", [5, 5], 100)
C.add("vending", [5, "x"], 10)
C.add("vending", [5, [1]], 10)
C.add("vending", [5, 5.0], 10)
