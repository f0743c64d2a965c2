from diffcase import Cases

C = Cases("py_decorators")
C.each("fib", [0, 10, 80])
C.add("fib", [1], raises=TypeError, msg=True)
C.add("tagged_add", 1, 2)
C.add("is_tagged")
