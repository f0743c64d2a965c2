from types import SimpleNamespace

from diffcase import Cases

C = Cases("pyl_template_engine")
C.each("tokenize", ["plain", "a {{ x }} b", "{% if y %}Y{% endif %}", "{not a tag}", "", "end{"])
C.add("tokenize", "{{ open", raises=SyntaxError, msg=True)
C.add("render", "Hello, {{ name|title }}!", name="ada lovelace")
C.add("render", "{{ user.name|upper }} has {{ user.tags|len }} tags", user={"name": "bo", "tags": [1, 2]})
C.add("render", "{% for x in items %}[{{ x }}]{% endfor %}", items=[1, "two", 3.5])
C.add("render", "{% for x in items %}[{{ x }}]{% endfor %}done", items=[])
C.add("render", "{% if flag %}yes{% else %}no{% endif %}", flag=0)
C.add("render", "{% if flag %}yes{% else %}no{% endif %}", flag=[1])
C.add("render", "{% for r in rows %}{% if r.ok %}{{ r.name }} {% endif %}{% endfor %}", rows=[{"ok": True, "name": "a"}, {"ok": False, "name": "b"}, {"ok": 1, "name": "c"}])
C.add("render", "{{ missing|default:none }}", missing="")
C.add("render", '{{ "lit"|upper|reverse }} {{ 42 }}')
C.add("render", "{{ obj.real }} {{ seq.1 }}", obj=SimpleNamespace(real="R"), seq=["a", "b"])
C.add("render", "{{ nope }}", raises=KeyError, msg=True)
C.add("render", "{{ x|shout }}", x="a", raises=ValueError, msg=True)
C.add("render", "{% for x in %}{% endfor %}", raises=SyntaxError, msg=True)
C.add("render", "{% for x in xs %}", xs=[1], raises=SyntaxError, msg=True)
C.add("render", "{% while x %}", raises=SyntaxError, msg=True)
C.add("render", "{{ x.nope }}", x=SimpleNamespace(), raises=AttributeError)
C.add("render", "{{ x|upper }}", x=5, raises=TypeError)
